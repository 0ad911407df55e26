//! The whole page as the prerender step renders it: the shell around every page (header,
//! footer, contact bar) and the page the route names. Native only: in the browser the page is
//! the HTML it was built as, and only its widgets run (`widgets`).

use crate::components::{footer::Footer, header::Header, quick_contact::QuickContact};
use crate::data::Data;
use crate::pages::{
    article::ArticlePage,
    contact::ContactPage,
    guide::GuidePage,
    home::HomePage,
    invest::InvestPage,
    news::NewsPage,
    news_list::NewsListPage,
    not_found::NotFound,
    park::ParkPage,
    parks::ParksPage,
    policies::PoliciesPage,
    privacy::PrivacyPage,
    steps::{Steps, StepsPage},
};
use crate::text::texts;
use domain::routes::Page;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};

/// The document title as the meta context writes it into `<title>`: as it is, unescaped, so a
/// `</title>` in the content could end the element; it is escaped here.
fn title_text(title: String) -> String {
    title.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The page `page` names (`domain::routes::Page`, the one route table), in the site's shell;
/// `None` is the not-found page.
#[component]
pub fn App(page: Option<Page>) -> impl IntoView {
    provide_meta_context();
    let t = texts();
    let site_name = Data::get().site().name.clone();
    let body = match page {
        Some(Page::Home) => view! { <HomePage/> }.into_any(),
        Some(Page::Parks) => view! { <ParksPage/> }.into_any(),
        Some(Page::Park(id)) => view! { <ParkPage id=id/> }.into_any(),
        Some(Page::News) => view! { <NewsPage/> }.into_any(),
        Some(Page::NewsList(list)) => view! { <NewsListPage list=list/> }.into_any(),
        Some(Page::Article(id)) => view! { <ArticlePage id=id/> }.into_any(),
        Some(Page::Invest) => view! { <InvestPage/> }.into_any(),
        Some(Page::Register) => view! { <StepsPage steps=Steps::Register/> }.into_any(),
        Some(Page::Foreign) => view! { <StepsPage steps=Steps::Foreign/> }.into_any(),
        Some(Page::Policies) => view! { <PoliciesPage/> }.into_any(),
        Some(Page::Contact) => view! { <ContactPage/> }.into_any(),
        Some(Page::Privacy) => view! { <PrivacyPage/> }.into_any(),
        Some(Page::Guide) => view! { <GuidePage/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    };
    view! {
        <Title formatter=move |page: String| title_text((t.title_with_site)(&page, &site_name))/>
        <Header/>
        <main id="main" tabindex="-1">{body}</main>
        <QuickContact/>
        <Footer/>
    }
}

//! The app root: the contexts whoever started the app provides (deployment base, locale,
//! content), the router, the routes table and the shell around every page. Renders the same
//! natively (the prerender step) and in the browser.

use crate::components::{footer::Footer, header::Header, quick_contact::QuickContact};
use crate::data::{ContentSource, Data, Preloaded};
use crate::inquiries::{Inquiries, OfflineAtBuild};
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
use crate::text::{texts, Locale};
use crate::web::focus::focus_main_on_page_change;
use domain::date::PartialDate;
use domain::model::Site;
use domain::routes::Base;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use std::sync::Arc;

/// What whoever starts the app tells it: `main.rs` reads it from the page in the browser, the
/// prerender step builds it natively.
#[derive(Clone, Debug)]
pub struct Start {
    /// Where the site is mounted (`/sub`).
    pub site_base: Base,
    /// Where this page's language is mounted: the site base, or `<site base>/en`.
    pub base: Base,
    pub locale: Locale,
    /// The site chrome, which every page shows.
    pub site: Arc<Site>,
    /// Where content nobody preloaded comes from.
    pub source: ContentSource,
    /// Content the page starts with.
    pub preloaded: Preloaded,
    /// The date “currently valid” means (the visitor's clock in the browser, the build's natively).
    pub today: PartialDate,
    /// The build's config.json named no inquiry endpoint (`<html data-inquiries-offline>`).
    pub inquiries_offline: bool,
}

/// Where the whole site is mounted, whatever the page's language (for the language switch).
#[derive(Clone, Debug)]
pub struct SiteBase(pub Base);

/// Today's date, as whoever started the app reads its clock.
#[derive(Clone, Copy, Debug)]
pub struct Today(pub PartialDate);

/// Provides what every view reads: the base, the locale and the content cache. Call it in the
/// root owner before rendering `App`; the returned cache is what the page was rendered from.
pub fn provide_start(start: Start) -> Data {
    provide_context(start.base);
    provide_context(SiteBase(start.site_base));
    provide_context(start.locale);
    provide_context(Today(start.today));
    provide_context(OfflineAtBuild(start.inquiries_offline));
    Data::provide(start.site, start.source, &start.preloaded, start.locale == Locale::En)
}

/// The document title as the meta context takes it. Rendering natively, leptos_meta writes it
/// into `<title>` as it is, unescaped, so a `</title>` in the content could end the element:
/// there it is escaped. In the browser it becomes `document.title`, which is text.
fn title_text(title: String) -> String {
    if cfg!(feature = "ssr") {
        title.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
    } else {
        title
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let t = texts();
    let site_name = Data::get().site().name.clone();
    let base = expect_context::<Base>();
    Inquiries::provide();
    view! {
        <Title formatter=move |page: String| title_text((t.title_with_site)(&page, &site_name))/>
        <Router base=base.as_str().to_string()>
            {focus_main_on_page_change()}
            <Header/>
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/parks") view=ParksPage/>
                    <Route path=path!("/parks/:id") view=ParkPage/>
                    <Route path=path!("/news") view=NewsPage/>
                    // The static news lists (`domain::news_lists`); `/news/<id>` is an article.
                    <Route path=path!("/news/page/:page") view=NewsListPage/>
                    <Route path=path!("/news/park/:park") view=NewsListPage/>
                    <Route path=path!("/news/park/:park/page/:page") view=NewsListPage/>
                    <Route path=path!("/news/year/:year") view=NewsListPage/>
                    <Route path=path!("/news/year/:year/page/:page") view=NewsListPage/>
                    <Route path=path!("/news/:id") view=ArticlePage/>
                    <Route path=path!("/invest") view=InvestPage/>
                    <Route path=path!("/invest/register") view=|| view! { <StepsPage steps=Steps::Register/> }/>
                    <Route path=path!("/invest/foreign") view=|| view! { <StepsPage steps=Steps::Foreign/> }/>
                    <Route path=path!("/policies") view=PoliciesPage/>
                    <Route path=path!("/contact") view=ContactPage/>
                    <Route path=path!("/privacy") view=PrivacyPage/>
                    <Route path=path!("/guide") view=GuidePage/>
                </Routes>
            </main>
            <QuickContact/>
            <Footer/>
        </Router>
    }
}

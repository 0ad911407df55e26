//! The site header: name, hotline, and the source site's navigation, collapsible on phones.

use crate::components::hotline::HotlineLink;
use crate::components::link::{use_base, Link};
use crate::context::PageUrl;
use crate::context::SiteBase;
use crate::data::Data;
use crate::text::texts;
use domain::nav::current_link;
use domain::routes::{on_this_page, other_language};
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let t = texts();
    let site = Data::get().site();
    let (name, hotline_label) = (site.name.clone(), site.hotline_label.clone());
    let location = PageUrl::get();
    let (pathname, search) = (location.pathname(), location.search.get_untracked());
    let base = use_base();
    let paths: Vec<&str> = site.nav.iter().map(|item| item.path.as_str()).collect();
    let current = current_link(&paths, base.strip(&pathname), &search);
    let site_base = use_context::<SiteBase>().map(|s| s.0).unwrap_or_default();
    // The widgets keep it following their state in the address (`web::history`).
    let switch_href = other_language(&site_base, &pathname, &search);
    let skip_href = on_this_page(&pathname, &search, "main");
    let links = site
        .nav
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let sub = item.path.contains('?');
            let (path, label) = (item.path.clone(), item.label.clone());
            let aria_current: Signal<Option<&'static str>> = Signal::stored((current == Some(i)).then_some("page"));
            view! { <li class:sub=sub><Link href=path aria_current=aria_current>{label}</Link></li> }
        })
        .collect_view();
    view! {
        <header class="site-header">
            // The page's first script focuses the main region in place (index.html).
            <a class="skip-link" href=skip_href>{t.skip_link}</a>
            <div class="header-bar">
                <Link href="/" class="brand">{name}</Link>
                <a class="language-switch" href=switch_href hreflang=t.other_language_tag
                    lang=t.other_language_tag aria-label=t.other_language_name>{t.other_language}</a>
                <span class="header-hotline">
                    <span class="hotline-label">{hotline_label}</span>
                    <HotlineLink class="hotline"/>
                </span>
                <button
                    type="button"
                    class="menu-toggle"
                    aria-controls="site-nav"
                    aria-expanded="false"
                >
                    {t.menu}
                </button>
            </div>
            // The page's first script opens and closes it on phones (index.html).
            <nav id="site-nav" aria-label=t.main_nav>
                <ul>{links}</ul>
            </nav>
        </header>
    }
}

//! The site header: name, hotline, and the source site's navigation, collapsible on phones.

use crate::app::SiteBase;
use crate::components::hotline::HotlineLink;
use crate::components::link::{use_base, Link};
use crate::data::Data;
use crate::text::texts;
use domain::nav::current_link;
use domain::routes::{on_this_page, other_language};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn Header() -> impl IntoView {
    let t = texts();
    let site = Data::get().site();
    let (name, hotline_label) = (site.name.clone(), site.hotline_label.clone());
    let menu_open = RwSignal::new(false);
    let location = use_location();
    let base = use_base();
    let paths: Vec<String> = site.nav.iter().map(|item| item.path.clone()).collect();
    let current = Memo::new(move |_| {
        let paths: Vec<&str> = paths.iter().map(String::as_str).collect();
        current_link(&paths, base.strip(&location.pathname.get()), &location.search.get())
    });
    let site_base = use_context::<SiteBase>().map(|s| s.0).unwrap_or_default();
    let switch_href = move || other_language(&site_base, &location.pathname.get(), &location.search.get());
    let skip_href = move || on_this_page(&location.pathname.get(), &location.search.get(), "main");
    let links = site
        .nav
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let sub = item.path.contains('?');
            let (path, label) = (item.path.clone(), item.label.clone());
            let aria_current = Signal::derive(move || (current.get() == Some(i)).then_some("page"));
            view! { <li class:sub=sub><Link href=path aria_current=aria_current>{label}</Link></li> }
        })
        .collect_view();
    // Not a navigation (`rel="external"` keeps the router off it): focus the main region in place.
    let skip_to_main = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        crate::web::focus::focus_by_id("main");
    };
    view! {
        <header class="site-header">
            <a class="skip-link" href=skip_href rel="external" on:click=skip_to_main>{t.skip_link}</a>
            <div class="header-bar">
                <Link href="/" class="brand">{name}</Link>
                // A full page load (rel="external" keeps the router off it): the other language is
                // another app, with its own texts and content.
                <a class="language-switch" href=switch_href hreflang=t.other_language_tag rel="external"
                    lang=t.other_language_tag aria-label=t.other_language_name>{t.other_language}</a>
                <span class="header-hotline">
                    <span class="hotline-label">{hotline_label}</span>
                    <HotlineLink class="hotline"/>
                </span>
                <button
                    type="button"
                    class="menu-toggle"
                    aria-controls="site-nav"
                    aria-expanded=move || menu_open.get().to_string()
                    on:click=move |_| menu_open.update(|open| *open = !*open)
                >
                    {t.menu}
                </button>
            </div>
            // Following a link closes the phone menu.
            <nav id="site-nav" aria-label=t.main_nav class:open=move || menu_open.get() on:click=move |_| menu_open.set(false)>
                <ul>{links}</ul>
            </nav>
        </header>
    }
}

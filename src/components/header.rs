//! The site header: name, hotline, and the source site's navigation, collapsible on phones.

use crate::components::hotline::HotlineLink;
use crate::components::link::Link;
use crate::domain::nav::current_link;
use crate::web::{base, data::Data};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn Header() -> impl IntoView {
    let site = Data::get().site();
    let menu_open = RwSignal::new(false);
    let location = use_location();
    let current = Memo::new(move |_| {
        let site = site.get();
        let paths: Vec<&str> = site.nav.iter().map(|item| item.path.as_str()).collect();
        current_link(&paths, &base::strip(&location.pathname.get()), &location.search.get())
    });
    let links = move || {
        site.get()
            .nav
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let sub = item.path.contains('?');
                let (path, label) = (item.path.clone(), item.label.clone());
                let aria_current = Signal::derive(move || (current.get() == Some(i)).then_some("page"));
                view! { <li class:sub=sub><Link href=path aria_current=aria_current>{label}</Link></li> }
            })
            .collect_view()
    };
    view! {
        <header class="site-header">
            <a class="skip-link" href="#main">"跳到正文"</a>
            <div class="header-bar">
                <Link href="/" class="brand">{move || site.get().name.clone()}</Link>
                <span class="header-hotline">
                    <span class="hotline-label">{move || site.get().hotline_label.clone()}</span>
                    <HotlineLink class="hotline"/>
                </span>
                <button
                    type="button"
                    class="menu-toggle"
                    aria-controls="site-nav"
                    aria-expanded=move || menu_open.get().to_string()
                    on:click=move |_| menu_open.update(|open| *open = !*open)
                >
                    "菜单"
                </button>
            </div>
            // Following a link closes the phone menu.
            <nav id="site-nav" aria-label="主导航" class:open=move || menu_open.get() on:click=move |_| menu_open.set(false)>
                <ul>{links}</ul>
            </nav>
        </header>
    }
}

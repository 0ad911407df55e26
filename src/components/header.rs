//! The site header: name, hotline, and the source site's navigation, collapsible on phones.

use crate::components::hotline::HotlineLink;
use crate::web::data::Data;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Header() -> impl IntoView {
    let site = Data::get().site();
    let menu_open = RwSignal::new(false);
    let links = move || {
        site.get()
            .nav
            .iter()
            .map(|item| {
                let sub = item.path.contains('?');
                let (path, label) = (item.path.clone(), item.label.clone());
                view! { <li class:sub=sub><A href=path>{label}</A></li> }
            })
            .collect_view()
    };
    view! {
        <header class="site-header">
            <a class="skip-link" href="#main">"跳到正文"</a>
            <div class="header-bar">
                <A href="/" attr:class="brand">{move || site.get().name.clone()}</A>
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

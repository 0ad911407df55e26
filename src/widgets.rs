//! Start-up in the browser. A page is the HTML it was built as; each widget is a program of
//! its own (`src/bin/<name>.rs`, built to `widgets/<name>-<hash>.js` by `scripts/build-widgets`)
//! that the page loads because its HTML holds the widget's element (`data-widget="<name>"`,
//! see the prerender step). The widget reads the page (base, language, embedded content),
//! renders the same view the prerender step rendered there, and replaces that element's
//! content with it: nothing outside the element is touched. The outbox sender runs on any
//! other page while an inquiry on this device waits to be sent.

use crate::context::provide_start;
use crate::inquiries::Inquiries;
use crate::web::page;
use leptos::prelude::*;

/// Mounts `view` in the page's `data-widget="<name>"` element in place of its prerendered
/// content, keeping what the visitor had typed there and the focus; then marks the page ready.
pub fn mount<V: IntoView + 'static>(name: &str, view: impl FnOnce() -> V + 'static) {
    console_error_panic_hook::set_once();
    let Some(element) = page::widget_element(name) else {
        leptos::logging::warn!("no [data-widget=\"{name}\"] element on this page");
        return;
    };
    let Some(start) = page::read_start() else {
        leptos::logging::warn!("this page carries no site.json: the {name} widget stays as it was built");
        return;
    };
    // The header was built without the address's query: its links that carry it now do.
    crate::web::history::sync_header_links(&start.site_base);
    let mut typed = page::fields_before_mount(&element);
    page::clear_widget(&element);
    let handle = leptos::mount::mount_to(element, move || {
        provide_start(start);
        view()
    });
    // The widget lives as long as the page.
    handle.forget();
    page::mark_ready();
    // The focus at once, so that no key pressed meanwhile is lost; the values after the
    // widget's start-up effects (which may restore a saved draft) have run, for up to about two
    // seconds while a field's content is still loading.
    typed.restore_focus();
    set_timeout(move || typed.restore(120), std::time::Duration::ZERO);
}

/// Sends the inquiries waiting on this device (the outbox service in an owner of its own,
/// mounted nowhere), then stays for as long as the page to retry. It reads no content.
pub fn send_waiting_inquiries() {
    console_error_panic_hook::set_once();
    let detached = document().create_element("div").expect("a document can create a div");
    let handle = leptos::mount::mount_to(wasm_bindgen::JsCast::unchecked_into(detached), || {
        Inquiries::provide();
    });
    handle.forget();
}

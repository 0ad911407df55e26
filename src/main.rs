//! Starts the app in the browser: reads the page (base, embedded content), and once the
//! prerendered page has been painted, replaces its markup with the running app's identical
//! markup in one task and marks the page as taken over. On a page that needs no app (the
//! page loads it only when an inquiry on this device still waits to be sent), it sends the
//! waiting inquiries and leaves the page alone.
#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::request_animation_frame;
    use wuqing_parks::app::{provide_start, App};
    use wuqing_parks::inquiries::Inquiries;
    use wuqing_parks::web::page;
    console_error_panic_hook::set_once();
    if !page::is_interactive() {
        // The outbox service in an owner of its own, mounted nowhere; it lives as long as the page.
        let detached = leptos::prelude::document().create_element("div").expect("a document can create a div");
        let handle = leptos::mount::mount_to(wasm_bindgen::JsCast::unchecked_into(detached), || {
            Inquiries::provide();
        });
        handle.forget();
        return;
    }
    let start = page::read_start();
    // Two frames: the first paint shows the prerendered page, so the largest paint is the
    // prerendered content (the app's identical nodes are not larger, so they add no new one).
    request_animation_frame(move || {
        request_animation_frame(move || {
            // A visitor may already have typed into the prerendered fields (a search, the form).
            let mut typed = page::fields_before_takeover();
            page::clear_prerendered();
            leptos::mount::mount_to_body(move || {
                provide_start(start);
                leptos::view! { <App/> }
            });
            page::mark_ready();
            // The focus at once, so that no key pressed meanwhile is lost; the values after
            // the app's start-up effects (which may restore a saved draft) have run, for up
            // to about two seconds while a field's content is still loading.
            typed.restore_focus();
            leptos::prelude::set_timeout(move || typed.restore(120), std::time::Duration::ZERO);
        })
    });
}

/// The app runs in the browser; natively, the prerender step renders it (see `prerender/`).
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("wuqing-parks is the browser app: build it with trunk; the prerender step renders it natively.");
}

//! The browser history: a widget's state written into the address without a page load, and
//! the header's links that carry the address kept up with it (the language switch leads to the
//! same view in the other language, the skip link stays on this view). Browser only: called
//! from start-up, timers and event handlers.

use domain::routes::{on_this_page, other_language, Base};

/// Puts `url` (a path with its query, base included) in the address bar, as a new history
/// entry or in place of the current one.
pub fn write(url: &str, replace: bool, site_base: &Base) {
    let Some(window) = web_sys::window() else { return };
    let Ok(history) = window.history() else { return };
    let written = match replace {
        true => history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url)),
        false => history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url)),
    };
    if written.is_ok() {
        sync_header_links(site_base);
    }
}

/// The query of the current address (`?…`, or empty).
pub fn current_search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Points the header's language switch at the current address in the other language, and its
/// skip link at the current address's main region.
pub fn sync_header_links(site_base: &Base) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let (Ok(pathname), Ok(search)) = (location.pathname(), location.search()) else { return };
    let switch = window.document().and_then(|d| d.query_selector("a.language-switch").ok().flatten());
    if let Some(switch) = switch {
        let _ = switch.set_attribute("href", &other_language(site_base, &pathname, &search));
    }
    let skip = window.document().and_then(|d| d.query_selector("a.skip-link").ok().flatten());
    if let Some(skip) = skip {
        let _ = skip.set_attribute("href", &on_this_page(&pathname, &search, "main"));
    }
}

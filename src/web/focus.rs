//! Moves keyboard and screen-reader focus to the main region after the visitor goes to
//! another page, as a full page load would; query-only changes (typing a search, choosing a
//! filter) leave focus where it is.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// Call once inside the router.
pub fn focus_main_on_page_change() {
    let pathname = use_location().pathname;
    Effect::new(move |previous: Option<String>| {
        let current = pathname.get();
        if previous.is_some_and(|p| p != current) {
            let main = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("main"))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(main) = main {
                let _ = main.focus();
            }
        }
        current
    });
}

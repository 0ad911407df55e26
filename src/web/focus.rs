//! Keyboard and screen-reader focus: moved to the main region after the visitor goes to
//! another page, as a full page load would (query-only changes, typing a search or choosing a
//! filter, leave it where it is); moved to an element by id (the skip link, the form's error
//! summary). Browser only: called from effects and event handlers.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// Call once inside the router.
pub fn focus_main_on_page_change() {
    let pathname = use_location().pathname;
    Effect::new(move |previous: Option<String>| {
        let current = pathname.get();
        if previous.is_some_and(|p| p != current) {
            focus_by_id("main");
        }
        current
    });
}

/// Focuses the element with this id; returns it (to scroll it into view, say).
pub fn focus_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    let element = web_sys::window()?.document()?.get_element_by_id(id)?.dyn_into::<web_sys::HtmlElement>().ok()?;
    let _ = element.focus();
    Some(element)
}

//! Keyboard and screen-reader focus moved to an element by id (the form's error summary, the
//! form's heading when an inquiry is taken back). Browser only: called from effect and event
//! handlers.

use wasm_bindgen::JsCast;

/// Focuses the element with this id; returns it (to scroll it into view, say).
pub fn focus_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    let element = web_sys::window()?.document()?.get_element_by_id(id)?.dyn_into::<web_sys::HtmlElement>().ok()?;
    let _ = element.focus();
    Some(element)
}

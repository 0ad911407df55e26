//! The document's title, which a widget changes while the page stays (the contact form puts
//! “错误：” first while it shows errors). Browser only: called from effects.

/// Sets `document.title`, which is text.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

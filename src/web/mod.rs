//! The edge between the app and the browser: reading the page at start, loading content
//! files, focus, and URL writes. Nothing outside this module touches the document directly,
//! and nothing here runs during rendering: only at start, in effects and in event handlers.

#[cfg(target_arch = "wasm32")]
pub mod fetch;
pub mod focus;
#[cfg(target_arch = "wasm32")]
pub mod page;
pub mod url_state;

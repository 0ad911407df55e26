//! The edge between the app and the browser: reading the page at start, loading content
//! files, focus, URL writes, search highlights, next-frame updates, device storage, cross-tab
//! locks, the clipboard and the inquiry endpoint. Nothing outside this module touches the document directly, and nothing
//! here runs during rendering: only at start, in effects and in event handlers.

#[cfg(target_arch = "wasm32")]
pub mod clipboard;
pub mod device;
#[cfg(target_arch = "wasm32")]
pub mod fetch;
pub mod focus;
pub mod highlight;
pub mod history;
#[cfg(target_arch = "wasm32")]
pub mod inquiry_http;
#[cfg(target_arch = "wasm32")]
pub mod locks;
pub mod next_frame;
#[cfg(target_arch = "wasm32")]
pub mod page;
pub mod storage;
pub mod title;
pub mod url_state;

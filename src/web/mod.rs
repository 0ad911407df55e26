//! The edge between the app and the browser: loading content files, the document base.
//! Nothing outside this module touches fetch or the document directly.

pub mod base;
pub mod data;
pub mod fetch;
pub mod focus;
pub mod url_state;

//! The domain layer: plain Rust, no DOM and no signals. Content types, parsing and
//! validation, news search and URL state, and the rules the pages apply to the content.
//! Tested natively.

pub mod access;
pub mod char_index;
pub mod config;
pub mod date;
pub mod inquiry;
pub mod inquiry_form;
pub mod invest;
pub mod invest_query;
pub mod load;
#[cfg(not(target_arch = "wasm32"))]
pub mod markdown;
pub mod model;
pub mod nav;
pub mod news;
pub mod news_lists;
pub mod news_query;
pub mod outbox;
pub mod pager;
pub mod parse;
pub mod policies;
pub mod present;
pub mod references;
pub mod routes;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod signature;
pub mod text;
pub mod translation;
pub mod validate;

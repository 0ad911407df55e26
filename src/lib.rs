//! Wuqing parks investment portal: a Leptos single-page app.
//! `domain` is plain Rust (tested natively); `web` wraps browser APIs; `pages` and
//! `components` are the views; `app` holds the router and the shell.

pub mod domain;

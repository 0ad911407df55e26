//! Wuqing parks investment portal: a Leptos single-page app.
//! `domain` is plain Rust (tested natively); `web` wraps browser APIs and holds the data
//! context; `pages` (one per route) and `components` are the views; `app` holds the router.

pub mod app;
pub mod components;
pub mod domain;
pub mod pages;
pub mod web;

//! Wuqing parks investment portal: a Leptos single-page app, prerendered to static HTML.
//! The rules live in the `domain` crate (plain Rust, tested natively); `data` is the content
//! cache; `text` the interface text per locale; `web` wraps browser APIs; `pages` (one per
//! route) and `components` are the views; `app` holds the router.

// Leptos view types nest deeply; the calculator page needs more than the default.
#![recursion_limit = "256"]

pub mod app;
pub mod components;
pub mod data;
pub mod inquiries;
pub mod pages;
pub mod text;
pub mod web;

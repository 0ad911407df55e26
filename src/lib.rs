//! Wuqing parks investment portal: Leptos views prerendered to static HTML, with the few
//! interactive parts of a page (widgets) running in the browser. The rules live in the
//! `domain` crate (plain Rust, tested natively); `context` is what every view reads; `data`
//! the content cache; `text` the interface text per locale; `web` wraps browser APIs; `pages`
//! (one per route) and `components` are the views; `app` is the whole page as the prerender
//! step renders it; `widgets` starts a widget in the browser (`src/bin/` has one program each).

// Leptos view types nest deeply; the calculator page needs more than the default.
#![recursion_limit = "256"]

pub mod app;
pub mod components;
pub mod context;
pub mod data;
pub mod inquiries;
pub mod pages;
pub mod text;
pub mod web;
#[cfg(target_arch = "wasm32")]
pub mod widgets;

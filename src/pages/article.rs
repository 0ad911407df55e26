//! `/news/<id>`: one article.

use leptos::prelude::*;

#[component]
pub fn ArticlePage() -> impl IntoView {
    view! { <p>"…"</p> }
}

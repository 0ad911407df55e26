//! A heading whose level follows where its piece of page sits: an h2 on the page the piece
//! belongs to, an h3 when a page whose sections are h2 shows it (the guide).

use leptos::prelude::*;

/// `<h2>` or, `nested`, `<h3>`, with `id` when given.
pub fn heading(nested: bool, id: Option<String>, content: impl IntoView + 'static) -> AnyView {
    if nested {
        view! { <h3 id=id>{content}</h3> }.into_any()
    } else {
        view! { <h2 id=id>{content}</h2> }.into_any()
    }
}

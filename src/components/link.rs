//! Links to site paths. `<Link href="/parks">` renders a plain `<a>` whose href carries the
//! deployment base, so links keep working when the site is deployed under a sub-path; each
//! leads to the prerendered file.

use domain::routes::Base;
use leptos::prelude::*;

/// The deployment base provided by whoever started the app.
pub fn use_base() -> Base {
    use_context::<Base>().unwrap_or_default()
}

#[component]
pub fn Link(
    /// A site path such as `/parks/carpet` or `/news?tag=manufacturing` (see `domain::routes`).
    #[prop(into)]
    href: String,
    #[prop(optional, into)] class: Option<String>,
    #[prop(optional, into)] aria_label: Option<String>,
    /// `Some("page")` on the link to the page being shown.
    #[prop(optional, into)]
    aria_current: Option<Signal<Option<&'static str>>>,
    children: Children,
) -> impl IntoView {
    view! {
        <a
            href=use_base().href(&href)
            class=class
            aria-label=aria_label
            aria-current=move || aria_current.and_then(|c| c.get())
        >
            {children()}
        </a>
    }
}

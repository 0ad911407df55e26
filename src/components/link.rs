//! Links to site paths. `<Link href="/parks">` renders a plain `<a>` whose href carries the
//! router base, so links keep working when the site is deployed under a sub-path (the router's
//! own `<A>` leaves absolute paths as they are). The router still handles the click in-app.

use crate::web::base;
use leptos::prelude::*;

#[component]
pub fn Link(
    /// A site path such as `/parks/carpet` or `/news?tag=制造业`.
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
            href=base::href(&href)
            class=class
            aria-label=aria_label
            aria-current=move || aria_current.and_then(|c| c.get())
        >
            {children()}
        </a>
    }
}

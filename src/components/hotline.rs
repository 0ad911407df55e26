//! The 招商中心 hotline as a `tel:` link, from site.json.

use crate::web::data::Data;
use leptos::prelude::*;

/// `400-162-2002` → `tel:4001622002`.
pub fn tel_href(number: &str) -> String {
    let digits: String = number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{digits}")
}

/// A link that dials the hotline; the visible text is the number.
#[component]
pub fn HotlineLink(#[prop(optional, into)] class: String) -> impl IntoView {
    let site = Data::get().site();
    view! {
        <a class=class href=move || tel_href(&site.get().hotline)>{move || site.get().hotline.clone()}</a>
    }
}

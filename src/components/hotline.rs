//! The 招商中心 hotline as a `tel:` link, from site.json.

use crate::data::Data;
use domain::routes::tel;
use leptos::prelude::*;

/// A link that dials the hotline; the visible text is the number.
#[component]
pub fn HotlineLink(#[prop(optional, into)] class: String) -> impl IntoView {
    let number = Data::get().site().hotline.clone();
    view! { <a class=class href=tel(&number)>{number.clone()}</a> }
}

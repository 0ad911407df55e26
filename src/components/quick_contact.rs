//! On a phone, the two ways to reach the investment office kept in reach while the page
//! scrolls: send an inquiry, or call. The bar sits in the flow just before the footer and
//! sticks to the bottom of the screen until the footer comes into view, so it never covers the
//! footer; the stylesheet keeps focused elements scrolled clear of it. Wider screens show the
//! header's hotline instead, and the inquiry page needs no link to itself.

use crate::components::link::Link;
use crate::data::Data;
use crate::text::page_texts;
use domain::routes::{tel, Page};
use leptos::prelude::*;

#[component]
pub fn QuickContact() -> impl IntoView {
    let number = Data::get().site().hotline.clone();
    view! {
        <nav class="quick-contact" aria-label=page_texts().quick_contact>
            <Link href=Page::Contact.path() class="button">{page_texts().hero_inquire}</Link>
            <a class="button secondary" href=tel(&number)>{page_texts().call_label}" "{number.clone()}</a>
        </nav>
    }
}

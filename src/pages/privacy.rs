//! `/privacy` (隐私说明): what the inquiry form collects, why, where it is kept, for how long,
//! and whom to ask to see or delete it. The text is the locale's (`ContactTexts`).

use crate::components::hotline::HotlineLink;
use crate::text::contact_texts;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let c = contact_texts();
    let sections = c
        .privacy_sections
        .iter()
        .map(|(heading, paragraphs)| {
            let paragraphs = paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view();
            view! { <section><h2>{*heading}</h2>{paragraphs}</section> }
        })
        .collect_view();
    view! {
        <Title text=c.privacy_title/>
        <Meta name="description" content=c.privacy_description/>
        <article class="page privacy-page">
            <h1>{c.privacy_title}</h1>
            {sections}
            <p>{c.privacy_contact}<HotlineLink/></p>
        </article>
    }
}

//! The page for unknown paths, and the not-found view of an unknown park id.

use crate::components::link::Link;
use crate::text::texts;
use domain::model::ParksFile;
use domain::routes::{self, Page};
use domain::validate::PARK_IDS;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use std::sync::Arc;

#[component]
pub fn NotFound() -> impl IntoView {
    let t = texts();
    view! {
        <Title text=t.page_not_found/>
        <Meta name="description" content=t.page_not_found_description/>
        <section class="page not-found" data-not-found="true">
            <h1>{t.page_not_found}</h1>
            <p>{t.page_not_found_text}</p>
            <ul class="link-list">
                <li><Link href=Page::Home.path()>{t.home}</Link></li>
                <li><Link href=Page::Parks.path()>{t.parks_compare}</Link></li>
                <li><Link href=Page::News.path()>{t.news}</Link></li>
            </ul>
        </section>
    }
}

/// An unknown park id: say so, and offer the four parks.
#[component]
pub fn ParkNotFound(id: String, parks: Arc<ParksFile>) -> impl IntoView {
    let t = texts();
    let links = PARK_IDS
        .iter()
        .filter_map(|id| parks.parks.iter().find(|p| p.id == *id))
        .map(|p| {
            let (href, name) = (routes::park(&p.id), p.name.clone());
            view! { <li><Link href=href>{name}</Link></li> }
        })
        .collect_view();
    view! {
        <Title text=t.park_not_found/>
        <section class="page not-found" data-not-found="true">
            <h1>{t.park_not_found}</h1>
            <p>{(t.no_such_park)(&id)}</p>
            <ul class="link-list">{links}</ul>
        </section>
    }
}

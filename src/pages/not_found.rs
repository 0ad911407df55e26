//! The page for unknown paths (the host serves it as 404.html for any address it has no file
//! for: a mistyped park or article among them, so it also lists the four parks), and the
//! not-found view of an unknown park id.

use crate::components::link::Link;
use crate::components::status::when_ready;
use crate::data::Data;
use crate::text::{page_texts, texts};
use domain::model::ParksFile;
use domain::routes::{self, Page};
use domain::validate::PARK_IDS;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use std::sync::Arc;

#[component]
pub fn NotFound() -> impl IntoView {
    let t = texts();
    let data = Data::get();
    let parks = when_ready(
        data.parks().load(),
        move || data.parks().retry(),
        |parks: Arc<ParksFile>| {
            let links = parks
                .parks
                .iter()
                .map(|p| {
                    let (href, name) = (routes::park(&p.id), p.name.clone());
                    view! { <li><Link href=href>{name}</Link></li> }
                })
                .collect_view();
            view! {
                <h2>{page_texts().parks_heading}</h2>
                <ul class="link-list">{links}</ul>
            }
        },
    );
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
            {parks}
        </section>
    }
}

/// An unknown park id: say so, and offer the four parks.
#[component]
pub fn ParkNotFound(id: String, parks: Arc<ParksFile>) -> impl IntoView {
    let links = PARK_IDS
        .iter()
        .filter_map(|id| parks.parks.iter().find(|p| p.id == *id))
        .map(|p| {
            let (href, name) = (routes::park(&p.id), p.name.clone());
            view! { <li><Link href=href>{name}</Link></li> }
        })
        .collect_view();
    view! {
        <Title text=page_texts().park_not_found/>
        <section class="page not-found" data-not-found="true">
            <h1>{page_texts().park_not_found}</h1>
            <p>{(page_texts().no_such_park)(&id)}</p>
            <ul class="link-list">{links}</ul>
        </section>
    }
}

//! `/parks/<id>`: one park's profile — names, location, history, industries, enterprises,
//! figures with sources, related news and a call to inquire.

use crate::components::facts::{FigureView, ListFact, Sources, TextFact};
use crate::components::link::Link;
use crate::components::news_results::ArticleLine;
use crate::components::status::when_ready;
use crate::data::Data;
use crate::pages::not_found::ParkNotFound;
use crate::text::texts;
use domain::model::{Park, ParksFile};
use domain::news::Catalog;
use domain::news_query::NewsQuery;
use domain::present::timeline;
use domain::routes;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

#[component]
pub fn ParkPage() -> impl IntoView {
    let data = Data::get();
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    when_ready(
        data.parks.load(),
        move || data.parks.retry(),
        move |parks: Arc<ParksFile>| {
            let id = id();
            match parks.parks.iter().find(|p| p.id == id) {
                Some(park) => view! { <ParkProfile park=park.clone()/> }.into_any(),
                None => view! { <ParkNotFound id=id parks=parks.clone()/> }.into_any(),
            }
        },
    )
}

#[component]
fn ParkProfile(park: Park) -> impl IntoView {
    let t = texts();
    let data = Data::get();
    let id = park.id.clone();
    let description = format!("{}{}{}", park.name, t.colon, park.summary);
    let history = timeline(&park)
        .into_iter()
        .map(|m| {
            view! {
                <li>
                    <time datetime=m.date.to_string()>{(t.date)(m.date)}</time>
                    <p>{m.text.clone()}</p>
                    <Sources sources=m.sources.clone()/>
                </li>
            }
        })
        .collect_view();
    let figures = park
        .figures
        .iter()
        .map(|f| view! { <li><h3 class="figure-label">{f.label.clone()}</h3><FigureView figure=f.clone()/></li> })
        .collect_view();
    let renamings = park
        .renamings
        .iter()
        .map(|r| {
            view! {
                // A div, not a p: the sources list is a block, and a p cannot hold one.
                <div class="renamed">
                    <p>{(t.renamed_to)(&(t.date)(r.date), &r.name, &r.name_en)}</p>
                    <Sources sources=r.sources.clone()/>
                </div>
            }
        })
        .collect_view();
    let contact = routes::contact(None, Some(&id), None);
    let related_id = id.clone();
    view! {
        <Title text=park.name.clone()/>
        <Meta name="description" content=description/>
        <article class="page park">
            <p class="breadcrumb"><Link href=routes::Page::Parks.path()>{t.parks_crumb}</Link>" › "{park.name.clone()}</p>
            <h1>{park.name.clone()}</h1>
            {match park.original_name.clone() {
                Some(zh) => view! { <p class="name-en" lang="zh-CN">{zh}</p> }.into_any(),
                None => view! { <p class="name-en" lang="en">{park.name_en.clone()}</p> }.into_any(),
            }}
            {renamings}
            <p class="lead">{park.summary.clone()}</p>
            <p class="cta-row"><Link href=contact.clone() class="button">{t.ask_about_park}</Link></p>
            <h2>{t.basics}</h2>
            <dl class="facts">
                <dt>{t.row_town}</dt><dd><TextFact fact=park.town.clone()/></dd>
                <dt>{t.row_location}</dt><dd><TextFact fact=park.location.clone()/></dd>
                <dt>{t.row_founded}</dt><dd><TextFact fact=park.founded.clone()/></dd>
                <dt>{t.row_area}</dt><dd><FigureView figure=park.planned_area.clone()/></dd>
                <dt>{t.row_enterprise_count}</dt><dd><FigureView figure=park.enterprise_count.clone()/></dd>
            </dl>
            <h2>{t.industries}</h2>
            <ListFact fact=park.industries.clone()/>
            <h2>{t.enterprises}</h2>
            <ListFact fact=park.enterprises.clone()/>
            <h2>{t.figures}</h2>
            <ul class="figure-list">{figures}</ul>
            <h2>{t.history}</h2>
            <ol class="timeline">{history}</ol>
            <h2>{t.related_news}</h2>
            {when_ready(data.catalog(), move || data.news.retry(), move |catalog: Arc<Catalog>| {
                let mine = catalog.about_park(&related_id);
                let all = routes::news(&NewsQuery { park: Some(related_id.clone()), ..NewsQuery::default() });
                let more = (t.all_park_news)(mine.len());
                let lines = mine.into_iter().take(5).map(|a| view! { <ArticleLine article=a.clone()/> }).collect_view();
                view! {
                    <ul class="news-list compact">{lines}</ul>
                    <p><Link href=all>{more}</Link></p>
                }
            })}
            <p class="cta-row"><Link href=contact class="button">{t.ask_about_park}</Link></p>
        </article>
    }
}

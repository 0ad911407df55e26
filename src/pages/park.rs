//! `/parks/<id>`: one park's profile — names, location, history, industries, enterprises,
//! figures with sources, related news and a call to inquire.

use crate::components::facts::{figure_value, FigureView, ListFact, PageReferences, ReferenceList, Sources, TextFact};
use crate::components::link::Link;
use crate::components::news_results::ArticleLine;
use crate::components::status::when_ready;
use crate::data::Data;
use crate::pages::not_found::ParkNotFound;
use crate::text::{page_texts, texts};
use domain::model::{Park, ParksFile};
use domain::news::Catalog;
use domain::news_lists::{NewsList, Scope};
use domain::present::{figure_by_key, timeline, READY_LAND};
use domain::references::References;
use domain::routes;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use std::sync::Arc;

#[component]
pub fn ParkPage(id: String) -> impl IntoView {
    let data = Data::get();
    when_ready(
        data.parks().load(),
        move || data.parks().retry(),
        move |parks: Arc<ParksFile>| {
            let id = id.clone();
            match parks.parks.iter().find(|p| p.id == id) {
                Some(park) => view! { <ParkProfile park=park.clone() district=parks.district.clone()/> }.into_any(),
                None => view! { <ParkNotFound id=id parks=parks.clone()/> }.into_any(),
            }
        },
    )
}

#[component]
fn ParkProfile(park: Park, district: domain::model::District) -> impl IntoView {
    let t = texts();
    let data = Data::get();
    let id = park.id.clone();
    let refs = Arc::new(park_references(&park, &district));
    provide_context(PageReferences(refs.clone()));
    let description = format!("{}{}{}", park.name, t.colon, park.summary);
    let history = timeline(&park)
        .into_iter()
        .map(|m| {
            view! {
                <li>
                    <div class="cited"><time datetime=m.date.to_string()>{(t.date)(m.date)}</time>" "{m.text.clone()}<Sources sources=m.sources.clone()/></div>
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
                // The page cites by number (inline marks), so the sources sit in the sentence.
                <div class="renamed">
                    <div class="cited">{(page_texts().renamed_to)(&(t.date)(r.date), &r.name, &r.name_en)}<Sources sources=r.sources.clone()/></div>
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
            <p class="breadcrumb"><Link href=routes::Page::Parks.path()>{page_texts().parks_crumb}</Link>" › "{park.name.clone()}</p>
            <h1>{park.name.clone()}</h1>
            {match park.original_name.clone() {
                Some(zh) => view! { <p class="name-en" lang="zh-CN">{zh}</p> }.into_any(),
                None => view! { <p class="name-en" lang="en">{park.name_en.clone()}</p> }.into_any(),
            }}
            {renamings}
            <p class="lead">{park.summary.clone()}</p>
            <KeyFigures park=park.clone() district=district.clone()/>
            <p class="cta-row"><Link href=contact.clone() class="button">{page_texts().ask_about_park}</Link></p>
            <h2>{page_texts().basics}</h2>
            <dl class="facts">
                <dt>{page_texts().row_town}</dt><dd><TextFact fact=park.town.clone()/></dd>
                <dt>{page_texts().row_location}</dt><dd><TextFact fact=park.location.clone()/></dd>
                <dt>{page_texts().row_founded}</dt><dd><TextFact fact=park.founded.clone()/></dd>
            </dl>
            <h2>{page_texts().industries}</h2>
            <ListFact fact=park.industries.clone()/>
            <h2>{page_texts().enterprises}</h2>
            <ListFact fact=park.enterprises.clone()/>
            <h2>{page_texts().figures}</h2>
            <ul class="figure-list">{figures}</ul>
            <h2>{page_texts().history}</h2>
            <ol class="timeline">{history}</ol>
            <h2>{page_texts().related_news}</h2>
            {when_ready(data.catalog(), move || data.news().retry(), move |catalog: Arc<Catalog>| {
                let mine = catalog.about_park(&related_id);
                // The park's static list: it works without JavaScript.
                let all = routes::news_list(&NewsList::first(Scope::Park(related_id.clone())));
                let more = (page_texts().all_park_news)(mine.len());
                let lines = mine.into_iter().take(5).map(|a| view! { <ArticleLine article=a.clone()/> }).collect_view();
                view! {
                    <ul class="news-list compact">{lines}</ul>
                    <p><Link href=all>{more}</Link></p>
                }
            })}
            <p class="cta-row"><Link href=contact class="button">{page_texts().ask_about_park}</Link></p>
            <ReferenceList refs=refs/>
        </article>
    }
}

/// The district figures a park's key-figures block shows: distances to Beijing and Tianjin.
const KEY_ACCESS: [&str; 2] = ["beijing", "tianjin"];

/// Every source the page cites, numbered in the order the page shows them.
fn park_references(park: &Park, district: &domain::model::District) -> References {
    let access = district.access.iter().filter(|f| f.key.as_deref().is_some_and(|k| KEY_ACCESS.contains(&k)));
    let mut citations: Vec<&[domain::model::Source]> = Vec::new();
    citations.push(&park.planned_area.sources);
    citations.push(&park.enterprise_count.sources);
    citations.push(&park.industries.sources);
    citations.extend(figure_by_key(&park.figures, READY_LAND).map(|f| f.sources.as_slice()));
    citations.extend(access.map(|f| f.sources.as_slice()));
    citations.extend(park.renamings.iter().map(|r| r.sources.as_slice()));
    for fact in [&park.town, &park.location, &park.founded] {
        citations.push(&fact.sources);
    }
    citations.push(&park.enterprises.sources);
    citations.extend(park.figures.iter().map(|f| f.sources.as_slice()));
    citations.extend(timeline(park).into_iter().map(|m| m.sources.as_slice()));
    References::collect(citations)
}

/// The park in one screen: area, firms, leading industries, land ready to sell and distances.
#[component]
fn KeyFigures(park: Park, district: domain::model::District) -> impl IntoView {
    let t = texts();
    let figure = |label: String, f: &domain::model::Figure| {
        let value = figure_value(t, f);
        let sources = f.sources.clone();
        view! { <div><dt>{label}</dt><dd>{value}<Sources sources=sources/></dd></div> }
    };
    let industries = park.industries.value.clone().map(|list| list.into_iter().take(3).collect::<Vec<_>>().join(" · "));
    let ready = figure_by_key(&park.figures, READY_LAND)
        .map(|f| figure(page_texts().row_ready_land.to_string(), f).into_any())
        .unwrap_or_else(|| {
            view! { <div><dt>{page_texts().row_ready_land}</dt><dd class="unknown">{t.unknown}</dd></div> }.into_any()
        });
    let access = district
        .access
        .iter()
        .filter(|f| f.key.as_deref().is_some_and(|k| KEY_ACCESS.contains(&k)))
        .map(|f| figure(f.label.clone(), f))
        .collect_view();
    view! {
        <section class="key-figures" aria-labelledby="key-figures-heading">
            <h2 id="key-figures-heading">{t.key_figures}</h2>
            <dl>
                // Area and firms in full (scope, date, note): the overview below does not repeat them.
                <div><dt>{page_texts().row_area}</dt><dd><FigureView figure=park.planned_area.clone()/></dd></div>
                <div><dt>{page_texts().row_enterprise_count}</dt><dd><FigureView figure=park.enterprise_count.clone()/></dd></div>
                <div><dt>{page_texts().industries}</dt><dd>{industries.unwrap_or_else(|| t.unknown.to_string())}<Sources sources=park.industries.sources.clone()/></dd></div>
                {ready}
                {access}
            </dl>
        </section>
    }
}

//! `/parks`: the four parks side by side in one table, every figure with its date and source,
//! then the location diagram.

use crate::components::facts::{FigureView, ListFact, Sources, TextFact};
use crate::components::link::Link;
use crate::components::location_map::LocationMap;
use crate::components::status::when_ready;
use crate::data::Data;
use crate::text::{texts, Texts};
use domain::model::{Park, ParksFile};
use domain::present::latest_park_figures;
use domain::routes;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use std::sync::Arc;

/// One row of the comparison: its heading and how to render a park's cell.
type Row = (fn(&Texts) -> &'static str, fn(&Park) -> AnyView);

fn names_cell(park: &Park) -> AnyView {
    let t = texts();
    if park.renamings.is_empty() {
        return view! { <span>{t.not_renamed}</span> }.into_any();
    }
    park.renamings
        .iter()
        .map(|r| {
            view! {
                <div class="fact">
                    <span class="fact-value">{(t.renamed_at)(&(t.date)(r.date), &r.name)}</span>
                    <Sources sources=r.sources.clone()/>
                </div>
            }
        })
        .collect_view()
        .into_any()
}

const ROWS: [Row; 9] = [
    (|t| t.row_names, names_cell),
    (|t| t.row_town, |p| view! { <TextFact fact=p.town.clone()/> }.into_any()),
    (|t| t.row_location, |p| view! { <TextFact fact=p.location.clone()/> }.into_any()),
    (|t| t.row_founded, |p| view! { <TextFact fact=p.founded.clone()/> }.into_any()),
    (|t| t.row_area, |p| view! { <FigureView figure=p.planned_area.clone()/> }.into_any()),
    (|t| t.row_industries, |p| view! { <ListFact fact=p.industries.clone()/> }.into_any()),
    (|t| t.row_enterprises, |p| view! { <ListFact fact=p.enterprises.clone()/> }.into_any()),
    (|t| t.row_enterprise_count, |p| view! { <FigureView figure=p.enterprise_count.clone()/> }.into_any()),
    (
        |t| t.row_latest,
        |p| {
            let figures = latest_park_figures(p, 2);
            if figures.is_empty() {
                return view! { <span class="unknown">{texts().unknown}</span> }.into_any();
            }
            figures
                .into_iter()
                .map(|f| view! { <p class="figure-label">{f.label.clone()}</p><FigureView figure=f.clone()/> })
                .collect_view()
                .into_any()
        },
    ),
];

#[component]
pub fn ParksPage() -> impl IntoView {
    let t = texts();
    let data = Data::get();
    view! {
        <Title text=t.parks_title/>
        <Meta name="description" content=t.parks_description/>
        <section class="page">
            <h1>{t.parks_heading_compare}</h1>
            <p class="lead">{t.parks_lead}</p>
            {when_ready(data.parks.load(), move || data.parks.retry(), move |parks: Arc<ParksFile>| view! {
                <ComparisonTable parks=parks.clone()/>
                <h2>{t.map_heading}</h2>
                <LocationMap parks=parks/>
            })}
        </section>
    }
}

/// The column headings of a table with a column per park: each park's name, linking its page.
pub fn park_headings(parks: &ParksFile) -> impl IntoView {
    parks
        .parks
        .iter()
        .map(|p| {
            let (href, name) = (routes::park(&p.id), p.name.clone());
            view! { <th scope="col"><Link href=href>{name}</Link></th> }
        })
        .collect_view()
}

#[component]
fn ComparisonTable(parks: Arc<ParksFile>) -> impl IntoView {
    let t = texts();
    let heads = park_headings(&parks);
    let rows = ROWS
        .iter()
        .map(|(label, cell)| {
            let cells = parks.parks.iter().map(|p| view! { <td>{cell(p)}</td> }).collect_view();
            view! { <tr><th scope="row">{label(t)}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex="0">
            <table class="compare">
                <caption id="compare-caption">{t.compare_caption}</caption>
                <thead><tr><th scope="col">{t.compare_item}</th>{heads}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

//! `/parks`: the four parks side by side — a table on a wide screen, a card per park on a phone
//! (the same rows, no sideways scrolling) — every figure with its date and a numbered source,
//! then the location diagram and the reference list.

use crate::components::facts::{FigureView, ListFact, PageReferences, ReferenceList, Sources, TextFact};
use crate::components::heading::heading;
use crate::components::link::Link;
use crate::components::location_map::LocationMap;
use crate::components::status::when_ready;
use crate::data::Data;
use crate::text::{page_texts, texts, PageTexts};
use domain::model::{Park, ParksFile, Source};
use domain::present::latest_park_figures;
use domain::references::References;
use domain::routes;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use std::sync::Arc;

/// One row of the comparison: its heading, how to render a park's cell, and the sources that
/// cell cites (numbered for the page in this order).
struct Row {
    label: fn(&PageTexts) -> &'static str,
    cell: fn(&Park) -> AnyView,
    cites: fn(&Park) -> Vec<&[Source]>,
    /// On a phone card the row sits in the card's folded part (the table shows every row).
    folded: bool,
}

fn names_cell(park: &Park) -> AnyView {
    let t = texts();
    if park.renamings.is_empty() {
        return view! { <span>{page_texts().not_renamed}</span> }.into_any();
    }
    park.renamings
        .iter()
        .map(|r| {
            view! {
                <div class="fact">
                    <span class="fact-value">{(page_texts().renamed_at)(&(t.date)(r.date), &r.name)}</span>
                    <Sources sources=r.sources.clone()/>
                </div>
            }
        })
        .collect_view()
        .into_any()
}

fn latest_cell(park: &Park) -> AnyView {
    let figures = latest_park_figures(park, 2);
    if figures.is_empty() {
        return view! { <span class="unknown">{texts().unknown}</span> }.into_any();
    }
    figures
        .into_iter()
        .map(|f| view! { <p class="figure-label">{f.label.clone()}</p><FigureView figure=f.clone()/> })
        .collect_view()
        .into_any()
}

const ROWS: [Row; 9] = [
    Row {
        label: |t| t.row_names,
        cell: names_cell,
        cites: |p| p.renamings.iter().map(|r| r.sources.as_slice()).collect(),
        folded: true,
    },
    Row {
        label: |t| t.row_town,
        cell: |p| view! { <TextFact fact=p.town.clone()/> }.into_any(),
        cites: |p| vec![&p.town.sources],
        folded: false,
    },
    Row {
        label: |t| t.row_location,
        cell: |p| view! { <TextFact fact=p.location.clone()/> }.into_any(),
        cites: |p| vec![&p.location.sources],
        folded: true,
    },
    Row {
        label: |t| t.row_founded,
        cell: |p| view! { <TextFact fact=p.founded.clone()/> }.into_any(),
        cites: |p| vec![&p.founded.sources],
        folded: true,
    },
    Row {
        label: |t| t.row_area,
        cell: |p| view! { <FigureView figure=p.planned_area.clone()/> }.into_any(),
        cites: |p| vec![&p.planned_area.sources],
        folded: false,
    },
    Row {
        label: |t| t.row_industries,
        cell: |p| view! { <ListFact fact=p.industries.clone()/> }.into_any(),
        cites: |p| vec![&p.industries.sources],
        folded: false,
    },
    Row {
        label: |t| t.row_enterprises,
        cell: |p| view! { <ListFact fact=p.enterprises.clone()/> }.into_any(),
        cites: |p| vec![&p.enterprises.sources],
        folded: true,
    },
    Row {
        label: |t| t.row_enterprise_count,
        cell: |p| view! { <FigureView figure=p.enterprise_count.clone()/> }.into_any(),
        cites: |p| vec![&p.enterprise_count.sources],
        folded: false,
    },
    Row {
        label: |t| t.row_latest,
        cell: latest_cell,
        cites: |p| latest_park_figures(p, 2).into_iter().map(|f| f.sources.as_slice()).collect(),
        folded: true,
    },
];

#[component]
pub fn ParksPage() -> impl IntoView {
    let data = Data::get();
    view! {
        <Title text=page_texts().parks_title/>
        <Meta name="description" content=page_texts().parks_description/>
        <section class="page">
            <h1>{page_texts().parks_heading_compare}</h1>
            <p class="lead">{page_texts().parks_lead}</p>
            {when_ready(data.parks().load(), move || data.parks().retry(), move |parks: Arc<ParksFile>| view! {
                <Comparison parks=parks/>
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

/// The rows in the order a card shows them: the open ones, then the folded ones.
fn card_rows() -> impl Iterator<Item = &'static Row> {
    ROWS.iter().filter(|r| !r.folded).chain(ROWS.iter().filter(|r| r.folded))
}

/// Every source the comparison cites, park by park (the order a phone reader meets them, card
/// after card), row by row within a park.
pub fn comparison_citations(parks: &ParksFile) -> impl Iterator<Item = &[Source]> {
    parks.parks.iter().flat_map(|p| card_rows().flat_map(move |row| (row.cites)(p)))
}

/// The comparison's sources, numbered in the order `comparison_citations` meets them.
fn comparison_references(parks: &ParksFile) -> References {
    References::collect(comparison_citations(parks))
}

/// The comparison with its numbered sources: the table, the cards, the diagram, the references.
#[component]
fn Comparison(parks: Arc<ParksFile>) -> impl IntoView {
    let refs = Arc::new(comparison_references(&parks));
    provide_context(PageReferences(refs.clone()));
    view! {
        <ComparisonTable parks=parks.clone()/>
        <ParkCards parks=parks.clone()/>
        <h2>{page_texts().map_heading}</h2>
        <LocationMap parks=parks/>
        <ReferenceList refs=refs folded=true/>
    }
}

/// A card per park with the table's rows, for a phone (the stylesheet shows either the cards or
/// the table). `nested`: the page's sections are h2, so a card's heading is an h3.
#[component]
pub fn ParkCards(parks: Arc<ParksFile>, #[prop(optional)] nested: bool) -> impl IntoView {
    let t = texts();
    let cards = parks
        .parks
        .iter()
        .map(|p| {
            let row = |row: &Row| view! { <div><dt>{(row.label)(page_texts())}</dt><dd>{(row.cell)(p)}</dd></div> };
            let open = ROWS.iter().filter(|r| !r.folded).map(row).collect_view();
            let folded = ROWS.iter().filter(|r| r.folded).map(row).collect_view();
            let (href, name) = (routes::park(&p.id), p.name.clone());
            let (id, labelled_by) = (format!("card-{}", p.id), format!("card-{}", p.id));
            let title = heading(nested, Some(id), view! { <Link href=href>{name}</Link> });
            view! {
                <section class="park-compare-card" aria-labelledby=labelled_by>
                    {title}
                    <dl>{open}</dl>
                    <details class="card-more">
                        <summary>{t.park_card_more}</summary>
                        <dl>{folded}</dl>
                    </details>
                </section>
            }
        })
        .collect_view();
    view! { <div class="park-compare-cards">{cards}</div> }
}

/// The comparison as a table, a column per park (a wide screen, and print).
#[component]
pub fn ComparisonTable(parks: Arc<ParksFile>) -> impl IntoView {
    let heads = park_headings(&parks);
    let rows = ROWS
        .iter()
        .map(|row| {
            let cells = parks.parks.iter().map(|p| view! { <td>{(row.cell)(p)}</td> }).collect_view();
            view! { <tr><th scope="row">{(row.label)(page_texts())}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll parks-table" role="region" aria-labelledby="compare-caption" tabindex="0">
            <table class="compare">
                <caption id="compare-caption">{page_texts().compare_caption}<span class="scroll-hint">{page_texts().scroll_hint}</span></caption>
                <thead><tr><th scope="col">{page_texts().compare_item}</th>{heads}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

//! The location diagram: an inline SVG schematic of Wuqing District with the four parks,
//! Beijing, Tianjin, the airports and Tianjin Port, and the district distances from the data;
//! followed by the same information as a text list. A 示意图, not a surveyed map: the
//! placements come from `domain::access` and are schematic, not coordinates.

use crate::components::facts::figure_value;
use crate::text::{page_texts, texts};
use domain::access::{park_position, MAP_CENTRE, MAP_PLACES};
use domain::model::ParksFile;
use domain::present::figure_by_key;
use leptos::prelude::*;

#[component]
pub fn LocationMap(parks: std::sync::Arc<ParksFile>) -> impl IntoView {
    let t = texts();
    let access = &parks.district.access;
    let distance =
        |key: &str| figure_by_key(access, key).map(|f| figure_value(t, f)).unwrap_or_else(|| t.unknown.to_string());
    let (cx, cy) = MAP_CENTRE;
    let arrows = MAP_PLACES
        .iter()
        .map(|place| {
            let text = format!("{} {}", (page_texts().places)(place.key), distance(place.key));
            let anchor = if place.x < cx { "start" } else { "end" };
            view! {
                <g class="place">
                    <line x1=cx y1=cy x2=place.x y2=place.y marker-end="url(#arrow)"/>
                    <text x=place.x y=if place.y < cy { place.y + 16.0 } else { place.y - 8.0 } text-anchor=anchor>{text}</text>
                </g>
            }
        })
        .collect_view();
    let markers = parks
        .parks
        .iter()
        .map(|park| match park_position(&park.id) {
            Some((x, y)) => view! {
                <g class="park-marker">
                    <rect x=x - 6.0 y=y - 6.0 width="12" height="12"/>
                    <text x=x y=y + 22.0 text-anchor="middle">{park.name.clone()}</text>
                </g>
            }
            .into_any(),
            None => view! {
                <g class="park-marker unknown">
                    <circle cx=cx + 30.0 cy=cy + 36.0 r="8"/>
                    <text x=cx + 30.0 y=cy + 60.0 text-anchor="middle">{(page_texts().place_not_public)(&park.name)}</text>
                </g>
            }
            .into_any(),
        })
        .collect_view();
    let list = parks
        .parks
        .iter()
        .map(|park| {
            let town = park.town.value.clone().unwrap_or_else(|| (page_texts().town_unknown)(t.unknown));
            view! { <li>{format!("{}{}{}", park.name, t.colon, town)}</li> }
        })
        .collect_view();
    let distances = MAP_PLACES
        .iter()
        .map(|place| view! { <li>{(page_texts().distance_from_centre)((page_texts().places)(place.key), &distance(place.key))}</li> })
        .collect_view();
    let citation = figure_by_key(access, "beijing").map(|f| {
        let date = f.as_of.map(t.as_of).unwrap_or_default();
        let source = f.sources.first().map(|s| s.publisher.clone()).unwrap_or_default();
        (page_texts().map_citation)(&date, &source)
    });
    view! {
        <figure class="location-map">
            <svg viewBox="0 0 600 420" role="img" aria-labelledby="map-title map-desc">
                <title id="map-title">{page_texts().map_title}</title>
                <desc id="map-desc">{page_texts().map_desc}</desc>
                <defs>
                    <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M 0 0 L 10 5 L 0 10 z"/>
                    </marker>
                </defs>
                <path class="district" d="M190 95 L300 70 L420 95 L480 150 L470 250 L400 320 L300 350 L210 330 L160 260 L150 170 Z"/>
                <text class="district-label" x="300" y="92" text-anchor="middle">{page_texts().district}</text>
                {arrows}
                <circle class="centre" cx=cx cy=cy r="5"/>
                <text class="centre-label" x=cx + 10.0 y=cy - 8.0>{page_texts().district_centre}</text>
                {markers}
            </svg>
            <figcaption>
                <strong>{page_texts().map_caption_strong}</strong>
                {page_texts().map_caption} {citation}
            </figcaption>
        </figure>
        // The same facts as text, one tap away (the diagram's title and description already
        // say what it shows).
        <details class="map-text">
            <summary>{page_texts().map_text_heading}</summary>
            <ul>{list}</ul>
            <ul>{distances}</ul>
        </details>
    }
}

//! The location diagram: an inline SVG schematic of Wuqing District with the four parks,
//! Beijing, Tianjin, the airports and Tianjin Port, and the district distances from the data;
//! followed by the same information as a text list. A 示意图, not a surveyed map: positions
//! below are schematic placements by town and direction, not coordinates.

use crate::domain::model::ParksFile;
use crate::domain::present::{as_of_text, figure_by_key, figure_text, UNKNOWN_ZH};
use leptos::prelude::*;

/// Schematic placement of each park inside the district outline (by its town), in SVG units.
/// `None` means the park's town is not public: it is drawn as an open marker at the centre.
fn park_position(id: &str) -> Option<(f64, f64)> {
    match id {
        "jingbin" => Some((215.0, 125.0)),         // 大王古庄镇, north-west, next to Tongzhou
        "carpet" => Some((420.0, 160.0)),          // 崔黄口镇, north-east
        "bicycle-kingdom" => Some((250.0, 290.0)), // 汊沽港镇, south-west
        _ => None,
    }
}

/// Outside places: data key, label, and where the arrow from the district centre points.
const PLACES: [(&str, &str, f64, f64); 7] = [
    ("beijing", "北京市区", 70.0, 40.0),
    ("capital-airport", "首都国际机场", 250.0, 22.0),
    ("daxing-airport", "北京大兴国际机场", 40.0, 215.0),
    ("xiongan", "雄安新区", 50.0, 360.0),
    ("tianjin", "天津市区", 430.0, 395.0),
    ("binhai-airport", "天津滨海国际机场", 560.0, 350.0),
    ("tianjin-port", "天津港", 575.0, 265.0),
];
const CENTRE: (f64, f64) = (330.0, 220.0);

#[component]
pub fn LocationMap(parks: std::sync::Arc<ParksFile>) -> impl IntoView {
    let access = &parks.district.access;
    let distance = |key: &str| figure_by_key(access, key).map(figure_text).unwrap_or_else(|| UNKNOWN_ZH.to_string());
    let first = figure_by_key(access, "beijing").cloned();
    let arrows = PLACES
        .iter()
        .map(|&(key, label, x, y)| {
            let text = format!("{label} {}", distance(key));
            let anchor = if x < CENTRE.0 { "start" } else { "end" };
            view! {
                <g class="place">
                    <line x1=CENTRE.0 y1=CENTRE.1 x2=x y2=y marker-end="url(#arrow)"/>
                    <text x=x y=if y < CENTRE.1 { y + 16.0 } else { y - 8.0 } text-anchor=anchor>{text}</text>
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
                    <circle cx=CENTRE.0 + 30.0 cy=CENTRE.1 + 36.0 r="8"/>
                    <text x=CENTRE.0 + 30.0 y=CENTRE.1 + 60.0 text-anchor="middle">{format!("{}（位置未公开）", park.name)}</text>
                </g>
            }
            .into_any(),
        })
        .collect_view();
    let list = parks
        .parks
        .iter()
        .map(|park| {
            let town = park.town.value.clone().unwrap_or_else(|| format!("所在镇街{UNKNOWN_ZH}"));
            view! { <li>{format!("{}：{}", park.name, town)}</li> }
        })
        .collect_view();
    let distances = PLACES
        .iter()
        .map(|&(key, label, _, _)| view! { <li>{format!("区中心距{label}：{}", distance(key))}</li> })
        .collect_view();
    let citation = first.map(|f| {
        let date = f.as_of.map(as_of_text).unwrap_or_default();
        let source = f.sources.first().map(|s| s.publisher.clone()).unwrap_or_default();
        format!("距离为武清区中心起算的区级数据（{date}，来源：{source}），不是各园区自身的距离。")
    });
    view! {
        <figure class="location-map">
            <svg viewBox="0 0 600 420" role="img" aria-labelledby="map-title map-desc">
                <title id="map-title">"武清区位示意图"</title>
                <desc id="map-desc">"示意图，非测绘地图：武清区位于北京与天津之间，图中标出四个园区所在镇街和区中心到北京、天津、机场、港口的距离。"</desc>
                <defs>
                    <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M 0 0 L 10 5 L 0 10 z"/>
                    </marker>
                </defs>
                <path class="district" d="M190 95 L300 70 L420 95 L480 150 L470 250 L400 320 L300 350 L210 330 L160 260 L150 170 Z"/>
                <text class="district-label" x="300" y="92" text-anchor="middle">"武清区"</text>
                {arrows}
                <circle class="centre" cx=CENTRE.0 cy=CENTRE.1 r="5"/>
                <text class="centre-label" x=CENTRE.0 + 10.0 y=CENTRE.1 - 8.0>"区中心"</text>
                {markers}
            </svg>
            <figcaption>
                <strong>"示意图（非测绘地图）。"</strong>
                "园区按所在镇街大致示意；" {citation}
            </figcaption>
        </figure>
        <div class="map-text">
            <h3>"图中信息（文字版）"</h3>
            <ul>{list}</ul>
            <ul>{distances}</ul>
        </div>
    }
}

//! `/parks`: the four parks side by side in one table, every figure with its date and source,
//! then the location diagram.

use crate::components::facts::{FigureView, ListFact, Sources, TextFact};
use crate::components::link::Link;
use crate::components::location_map::LocationMap;
use crate::components::status::when_ready;
use crate::domain::model::{Park, ParksFile};
use crate::domain::present::latest_park_figures;
use crate::web::data::Data;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use std::sync::Arc;

/// One row of the comparison: its heading and how to render a park's cell.
type Row = (&'static str, fn(&Park) -> AnyView);

fn names_cell(park: &Park) -> AnyView {
    if park.renamings.is_empty() {
        return view! { <span>"未更名"</span> }.into_any();
    }
    park.renamings
        .iter()
        .map(|r| {
            view! {
                <div class="fact">
                    <span class="fact-value">{format!("{}起：{}", r.date.display_zh(), r.name)}</span>
                    <Sources sources=r.sources.clone()/>
                </div>
            }
        })
        .collect_view()
        .into_any()
}

const ROWS: [Row; 9] = [
    ("更名情况", names_cell),
    ("所在镇街", |p| view! { <TextFact fact=p.town.clone()/> }.into_any()),
    ("位置", |p| view! { <TextFact fact=p.location.clone()/> }.into_any()),
    ("建园时间", |p| view! { <TextFact fact=p.founded.clone()/> }.into_any()),
    ("规划面积", |p| view! { <FigureView figure=p.planned_area.clone()/> }.into_any()),
    ("主导产业", |p| view! { <ListFact fact=p.industries.clone()/> }.into_any()),
    ("代表企业", |p| view! { <ListFact fact=p.enterprises.clone()/> }.into_any()),
    ("企业数量", |p| view! { <FigureView figure=p.enterprise_count.clone()/> }.into_any()),
    ("最新已知数据", |p| {
        let figures = latest_park_figures(p, 2);
        if figures.is_empty() {
            return view! { <span class="unknown">"暂无公开数据"</span> }.into_any();
        }
        figures
            .into_iter()
            .map(|f| view! { <p class="figure-label">{f.label.clone()}</p><FigureView figure=f.clone()/> })
            .collect_view()
            .into_any()
    }),
];

#[component]
pub fn ParksPage() -> impl IntoView {
    let data = Data::get();
    view! {
        <Title text="园区对比"/>
        <Meta name="description" content="武清四大示范工业园区对比：位置、建园时间、规划面积、主导产业、代表企业与企业数量，每项数据注明日期与来源；附区位示意图。"/>
        <section class="page">
            <h1>"四大园区对比"</h1>
            <p class="lead">"每项数据都注明截至日期和来源；没有可靠公开数据的，注明“暂无公开数据”。"</p>
            {when_ready(data.parks.get(), move || data.parks.retry(), |parks: Arc<ParksFile>| view! {
                <ComparisonTable parks=parks.clone()/>
                <h2>"区位示意图"</h2>
                <LocationMap parks=parks/>
            })}
        </section>
    }
}

#[component]
fn ComparisonTable(parks: Arc<ParksFile>) -> impl IntoView {
    let heads = parks
        .parks
        .iter()
        .map(|p| {
            let (href, name) = (format!("/parks/{}", p.id), p.name.clone());
            view! { <th scope="col"><Link href=href>{name}</Link></th> }
        })
        .collect_view();
    let rows = ROWS
        .iter()
        .map(|(label, cell)| {
            let cells = parks.parks.iter().map(|p| view! { <td>{cell(p)}</td> }).collect_view();
            view! { <tr><th scope="row">{*label}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex="0">
            <table class="compare">
                <caption id="compare-caption">"武清四大示范工业园区对比（左右滑动查看全部园区）"</caption>
                <thead><tr><th scope="col">"项目"</th>{heads}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

//! `/parks/<id>`: one park's profile — names, location, history, industries, enterprises,
//! figures with sources, related news and a call to inquire.

use crate::components::facts::{FigureView, ListFact, Sources, TextFact};
use crate::components::link::Link;
use crate::components::news_results::ArticleLine;
use crate::components::status::when_ready;
use crate::domain::model::{NewsIndex, Park, ParksFile};
use crate::domain::present::{latest, timeline};
use crate::pages::not_found::{park_links, ParkNotFound};
use crate::web::data::Data;
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
        data.parks.get(),
        move || data.parks.retry(),
        move |parks: Arc<ParksFile>| {
            let id = id();
            match parks.parks.iter().find(|p| p.id == id) {
                Some(park) => view! { <ParkProfile park=park.clone()/> }.into_any(),
                None => view! { <ParkNotFound id=id parks=park_links(&parks)/> }.into_any(),
            }
        },
    )
}

#[component]
fn ParkProfile(park: Park) -> impl IntoView {
    let data = Data::get();
    let id = park.id.clone();
    let description = format!("{}：{}", park.name, park.summary);
    let history = timeline(&park)
        .into_iter()
        .map(|m| {
            view! {
                <li>
                    <time datetime=m.date.to_string()>{m.date.display_zh()}</time>
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
                <p class="renamed">
                    {format!("{}起更名为{}（{}）", r.date.display_zh(), r.name, r.name_en)}
                    <Sources sources=r.sources.clone()/>
                </p>
            }
        })
        .collect_view();
    let related_id = id.clone();
    view! {
        <Title text=park.name.clone()/>
        <Meta name="description" content=description/>
        <article class="page park">
            <p class="breadcrumb"><Link href="/parks">"园区"</Link>" › "{park.name.clone()}</p>
            <h1>{park.name.clone()}</h1>
            <p class="name-en" lang="en">{park.name_en.clone()}</p>
            {renamings}
            <p class="lead">{park.summary.clone()}</p>
            <p class="cta-row"><Link href=format!("/contact?park={id}") class="button">"咨询该园区"</Link></p>
            <h2>"基本情况"</h2>
            <dl class="facts">
                <dt>"所在镇街"</dt><dd><TextFact fact=park.town.clone()/></dd>
                <dt>"位置"</dt><dd><TextFact fact=park.location.clone()/></dd>
                <dt>"建园时间"</dt><dd><TextFact fact=park.founded.clone()/></dd>
                <dt>"规划面积"</dt><dd><FigureView figure=park.planned_area.clone()/></dd>
                <dt>"企业数量"</dt><dd><FigureView figure=park.enterprise_count.clone()/></dd>
            </dl>
            <h2>"主导产业"</h2>
            <ListFact fact=park.industries.clone()/>
            <h2>"代表企业"</h2>
            <ListFact fact=park.enterprises.clone()/>
            <h2>"数据"</h2>
            <ul class="figure-list">{figures}</ul>
            <h2>"发展历程"</h2>
            <ol class="timeline">{history}</ol>
            <h2>"相关新闻"</h2>
            {when_ready(data.news.get(), move || data.news.retry(), move |news: Arc<NewsIndex>| {
                let id = related_id.clone();
                let mine: Vec<_> = news.articles.iter().filter(|a| a.parks.contains(&id)).cloned().collect();
                view! {
                    <ul class="news-list compact">
                        {latest(&mine, |a| a.date, 5).into_iter()
                            .map(|a| view! { <ArticleLine article=a.clone()/> })
                            .collect_view()}
                    </ul>
                    <p><Link href=format!("/news?park={id}")>{format!("查看全部相关新闻（{}条）→", mine.len())}</Link></p>
                }
            })}
            <p class="cta-row"><Link href=format!("/contact?park={}", park.id) class="button">"咨询该园区"</Link></p>
        </article>
    }
}

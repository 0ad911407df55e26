//! `/news/<id>`: one article — title, date, category, region, parks, tags, the body with its
//! section headings, attribution and sources, related articles and previous/next by date.

use crate::components::facts::Sources;
use crate::components::link::Link;
use crate::components::news_results::ArticleLine;
use crate::components::status::when_ready;
use crate::domain::model::{ArticleBody, ArticleSummary, ParksFile};
use crate::domain::news::Catalog;
use crate::domain::news_query::NewsQuery;
use crate::web::data::Data;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

#[component]
pub fn ArticlePage() -> impl IntoView {
    let params = use_params_map();
    // A new id (previous/next links) builds a fresh view with its own body load.
    move || {
        let id = params.read().get("id").unwrap_or_default();
        view! { <ArticleView id=id/> }
    }
}

#[component]
fn ArticleView(id: String) -> impl IntoView {
    let data = Data::get();
    let catalog = data.catalog();
    let parks = data.parks.get();
    let ready = Signal::derive(move || catalog.get().and(parks.get()));
    let retry = move || {
        data.news.retry();
        data.parks.retry();
    };
    when_ready(ready, retry, move |(catalog, parks): (Arc<Catalog>, Arc<ParksFile>)| match catalog.get(&id).cloned() {
        Some(summary) => view! { <Article summary=summary catalog=catalog parks=parks/> }.into_any(),
        None => view! { <ArticleNotFound id=id.clone()/> }.into_any(),
    })
}

#[component]
fn ArticleNotFound(id: String) -> impl IntoView {
    view! {
        <Title text="未找到该文章"/>
        <section class="page not-found">
            <h1>"未找到该文章"</h1>
            <p>{format!("没有编号为“{id}”的文章，可能已删除或链接有误。")}</p>
            <p><Link href="/news">"返回新闻列表"</Link></p>
        </section>
    }
}

fn tag_href(tag: &str) -> String {
    NewsQuery { tag: Some(tag.to_string()), page: 1, ..Default::default() }.href()
}

#[component]
fn Article(summary: ArticleSummary, catalog: Arc<Catalog>, parks: Arc<ParksFile>) -> impl IntoView {
    let data = Data::get();
    let slot = data.article(&summary.id);
    let body = slot.get();
    let park_links = summary
        .parks
        .iter()
        .filter_map(|id| parks.parks.iter().find(|p| &p.id == id))
        .map(|p| {
            let (href, name) = (format!("/parks/{}", p.id), p.name.clone());
            view! { <li><Link href=href>{name}</Link></li> }
        })
        .collect_view();
    let tags = summary
        .tags
        .iter()
        .map(|t| {
            let (href, name) = (tag_href(t), t.clone());
            view! { <li><Link href=href>{name}</Link></li> }
        })
        .collect_view();
    let related =
        catalog.related(&summary, 5).into_iter().map(|a| view! { <ArticleLine article=a.clone()/> }).collect_view();
    let (older, newer) = catalog.neighbours(&summary.id);
    let neighbour = |a: Option<&ArticleSummary>, label: &'static str| {
        a.map(|a| {
            let (href, title) = (format!("/news/{}", a.id), a.title.clone());
            view! { <li><span class="label">{label}</span><Link href=href>{title}</Link></li> }
        })
    };
    let (older, newer) = (neighbour(older, "上一篇（更早）："), neighbour(newer, "下一篇（更新）："));
    view! {
        <Title text=summary.title.clone()/>
        <Meta name="description" content=summary.summary.clone()/>
        <article class="page article">
            <p class="breadcrumb"><Link href="/news">"新闻"</Link>" › "{summary.category.clone()}</p>
            <h1>{summary.title.clone()}</h1>
            <dl class="article-meta">
                <dt>"发布日期"</dt><dd><time datetime=summary.date.to_string()>{summary.date.display_zh()}</time></dd>
                <dt>"类别"</dt><dd>{summary.category.clone()}</dd>
                <dt>"所属地区"</dt><dd>{summary.region.clone()}</dd>
                {(!summary.parks.is_empty()).then(|| view! { <dt>"相关园区"</dt><dd><ul class="inline-list">{park_links}</ul></dd> })}
            </dl>
            <ul class="tags" aria-label="标签">{tags}</ul>
            {when_ready(body, move || slot.retry(), |body: Arc<ArticleBody>| view! { <ArticleText body=body/> })}
            {(!related.is_empty()).then(|| view! {
                <section aria-labelledby="related-heading">
                    <h2 id="related-heading">"相关文章"</h2>
                    <ul class="news-list compact">{related}</ul>
                </section>
            })}
            <nav class="prev-next" aria-label="上一篇和下一篇">
                <ul>{older}{newer}</ul>
            </nav>
        </article>
    }
}

#[component]
fn ArticleText(body: Arc<ArticleBody>) -> impl IntoView {
    let lead = body.lead.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view();
    let sections = body
        .sections
        .iter()
        .map(|s| {
            view! {
                <section>
                    <h2>{s.heading.clone()}</h2>
                    {s.paragraphs.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="article-body">{lead}{sections}</div>
        <footer class="attribution">
            <p>{body.attribution.clone()}</p>
            <Sources sources=body.sources.clone()/>
        </footer>
    }
}

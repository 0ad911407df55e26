//! `/news/<id>`: one article — title, date, category, region, parks, tags, the body with its
//! section headings, attribution and sources, related articles and previous/next by date.

use crate::components::facts::Sources;
use crate::components::link::Link;
use crate::components::news_results::{category_label, tag_label, ArticleLine};
use crate::components::status::when_ready;
use crate::context::SiteBase;
use crate::data::Data;
use crate::text::texts;
use domain::model::{ArticleBody, ArticleSummary, ParksFile};
use domain::news::Catalog;
use domain::news_query::NewsQuery;
use domain::routes::{self, Page};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use std::sync::Arc;

#[component]
pub fn ArticlePage(id: String) -> impl IntoView {
    let data = Data::get();
    let catalog = data.catalog();
    let parks = data.parks().load();
    let ready = Signal::derive(move || catalog.get().and(parks.get()));
    let retry = move || {
        data.news().retry();
        data.parks().retry();
    };
    when_ready(ready, retry, move |(catalog, parks): (Arc<Catalog>, Arc<ParksFile>)| match catalog.get(&id).cloned() {
        Some(summary) => view! { <Article summary=summary catalog=catalog parks=parks/> }.into_any(),
        None => view! { <ArticleNotFound id=id.clone()/> }.into_any(),
    })
}

#[component]
fn ArticleNotFound(id: String) -> impl IntoView {
    let t = texts();
    view! {
        <Title text=t.article_not_found/>
        <section class="page not-found" data-not-found="true">
            <h1>{t.article_not_found}</h1>
            <p>{(t.no_such_article)(&id)}</p>
            <p><Link href=Page::News.path()>{t.back_to_news}</Link></p>
        </section>
    }
}

fn tag_href(tag: &str) -> String {
    routes::news(&NewsQuery { tag: Some(tag.to_string()), page: 1, ..Default::default() })
}

#[component]
fn Article(summary: ArticleSummary, catalog: Arc<Catalog>, parks: Arc<ParksFile>) -> impl IntoView {
    let t = texts();
    let data = Data::get();
    let site = data.site();
    let slot = data.article(&summary.id);
    let body = slot.load();
    let park_links = summary
        .parks
        .iter()
        .filter_map(|id| parks.parks.iter().find(|p| &p.id == id))
        .map(|p| {
            let (href, name) = (routes::park(&p.id), p.name.clone());
            view! { <li><Link href=href>{name}</Link></li> }
        })
        .collect_view();
    let tags = summary
        .tags
        .iter()
        .map(|tag| {
            let (href, label) = (tag_href(tag), tag_label(&site, tag));
            view! { <li><Link href=href>{label}</Link></li> }
        })
        .collect_view();
    let related =
        catalog.related(&summary, 5).into_iter().map(|a| view! { <ArticleLine article=a.clone()/> }).collect_view();
    let (older, newer) = catalog.neighbours(&summary.id);
    let neighbour = |a: Option<&ArticleSummary>, label: &'static str| {
        a.map(|a| {
            let (href, title) = (routes::article(&a.id), a.title.clone());
            view! { <li><span class="label">{label}</span><Link href=href>{title}</Link></li> }
        })
    };
    let (older, newer) = (neighbour(older, t.older), neighbour(newer, t.newer));
    let category = category_label(&site, &summary.category);
    view! {
        <Title text=summary.title.clone()/>
        <Meta name="description" content=summary.summary.clone()/>
        <article class="page article">
            <p class="breadcrumb"><Link href=Page::News.path()>{t.news_crumb}</Link>" › "{category.clone()}</p>
            <h1>{summary.title.clone()}</h1>
            <dl class="article-meta">
                <dt>{t.published}</dt><dd><time datetime=summary.date.to_string()>{(t.date)(summary.date)}</time></dd>
                <dt>{t.category}</dt><dd>{category}</dd>
                <dt>{t.region}</dt><dd>{summary.region.clone()}</dd>
                {(!summary.parks.is_empty()).then(|| view! { <dt>{t.related_parks}</dt><dd><ul class="inline-list">{park_links}</ul></dd> })}
            </dl>
            <ul class="tags" aria-label=t.tags_label>{tags}</ul>
            {when_ready(body, move || slot.retry(), |body: Arc<ArticleBody>| view! { <ArticleText body=body/> })}
            {(!related.is_empty()).then(|| view! {
                <section aria-labelledby="related-heading">
                    <h2 id="related-heading">{t.related_articles}</h2>
                    <ul class="news-list compact">{related}</ul>
                </section>
            })}
            <nav class="prev-next" aria-label=t.prev_next>
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
    let t = texts();
    // An English page shows a body's translation where there is one, saying so and linking
    // the original; otherwise the Chinese body, marked as Chinese.
    let site_base = use_context::<SiteBase>().map(|s| s.0).unwrap_or_default();
    let original = site_base.href(&routes::article(&body.id));
    let note = if body.translated {
        t.body_translated_note.map(|n| {
            view! {
                <p class="notice">{n}" "
                    <a href=original hreflang="zh-CN">{t.body_original_link}</a>
                </p>
            }
            .into_any()
        })
    } else {
        t.body_language_note.map(|n| view! { <p class="notice">{n}</p> }.into_any())
    };
    let lang = (t.body_language_note.is_some() && !body.translated).then_some("zh-CN");
    view! {
        {note}
        <div class="article-body" lang=lang>{lead}{sections}</div>
        <footer class="attribution" lang=lang>
            <p>{body.attribution.clone()}</p>
            <Sources sources=body.sources.clone()/>
        </footer>
    }
}

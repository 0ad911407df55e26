//! Lines of news: the short article lists (home, park pages, related articles), one search
//! result with the search terms marked, and the pager.

use crate::components::link::{use_base, Link};
use crate::data::Data;
use crate::text::texts;
use domain::model::{ArticleSummary, Site};
use domain::news::Results;
use domain::news_query::NewsQuery;
use domain::pager::{pager_window, PagerItem};
use domain::routes;
use domain::text::{highlight, Term};
use leptos::either::Either;
use leptos::prelude::*;

/// Park ids with their names, in the parks file's order.
pub type ParkNames = Vec<(String, String)>;

/// The park's name for an id (the id itself if unknown).
pub fn name_of(names: &ParkNames, id: &str) -> String {
    names.iter().find(|(i, _)| i == id).map_or_else(|| id.to_string(), |(_, n)| n.clone())
}

/// A category's label (the id itself if the site does not know it).
pub fn category_label(site: &Site, id: &str) -> String {
    site.category_label(id).unwrap_or(id).to_string()
}

/// A tag's label (the id itself if the site does not know it).
pub fn tag_label(site: &Site, id: &str) -> String {
    site.tag_label(id).unwrap_or(id).to_string()
}

/// One line of a short article list: the title as a link and the date, with the category
/// when asked.
#[component]
pub fn ArticleLine(article: ArticleSummary, #[prop(optional)] with_category: bool) -> impl IntoView {
    let t = texts();
    let site = Data::get().site();
    let href = routes::article(&article.id);
    view! {
        <li>
            <Link href=href>{article.title}</Link>
            <span class="meta">
                <time datetime=article.date.to_string()>{(t.date)(article.date)}</time>
                {with_category.then(|| format!(" · {}", category_label(&site, &article.category)))}
            </span>
        </li>
    }
}

/// Text with the matched runs in `<mark>`.
fn marked(text: &str, terms: &[Term]) -> impl IntoView {
    highlight(text, terms)
        .into_iter()
        .map(|(run, hit)| if hit { Either::Left(view! { <mark>{run}</mark> }) } else { Either::Right(run) })
        .collect_view()
}

/// One search result. It is rebuilt on every keystroke, so it stays lean: plain `<a>`s rather
/// than `Link` (whose reactive attribute measurably adds to the news benchmark), and the tags as
/// one line of text rather than a list of chips (fewer boxes to lay out).
#[component]
pub fn ResultItem(article: ArticleSummary, terms: Vec<Term>, names: ParkNames) -> impl IntoView {
    let t = texts();
    let site = Data::get().site();
    let href = use_base().href(&routes::article(&article.id));
    let title = marked(&article.title, &terms);
    let parks = article.parks.iter().map(|p| name_of(&names, p)).collect::<Vec<_>>().join(t.list_separator);
    let parks = if parks.is_empty() { parks } else { format!(" · {parks}") };
    let about = format!(" · {}{parks}", category_label(&site, &article.category));
    let tags = article.tags.iter().map(|tag| tag_label(&site, tag)).collect::<Vec<_>>().join(t.list_separator);
    view! {
        <li class="result">
            <h2><a href=href>{title}</a></h2>
            <p class="meta"><time datetime=article.date.to_string()>{(t.date)(article.date)}</time>{about}</p>
            <p class="summary">{marked(&article.summary, &terms)}</p>
            {(!tags.is_empty()).then(|| view! { <p class="tags-line">{format!("{}{}", t.tags_label, t.colon)}{marked(&tags, &terms)}</p> })}
        </li>
    }
}

/// Previous/next and numbered page links: plain `<a>`s, as they are rebuilt with the results.
#[component]
pub fn Pager(results: Results, query: NewsQuery) -> impl IntoView {
    let t = texts();
    let base = use_base();
    let (page, pages) = (results.page, results.pages);
    let items = pager_window(page, pages);
    let href = move |p: usize| base.href(&routes::news(&query.with_page(p)));
    (!items.is_empty()).then(|| {
        let links = items
            .into_iter()
            .map(|item| match item {
                PagerItem::Gap => view! { <li aria-hidden="true">"…"</li> }.into_any(),
                PagerItem::Page(p) => {
                    let current = (p == page).then_some("page");
                    view! { <li><a href=href(p) aria-label=(t.page_n)(p) aria-current=current>{p}</a></li> }.into_any()
                }
            })
            .collect_view();
        view! {
            <nav class="pager" aria-label=t.pagination>
                <ul>
                    {(page > 1).then(|| view! { <li><a href=href(page - 1)>{t.previous_page}</a></li> })}
                    {links}
                    {(page < pages).then(|| view! { <li><a href=href(page + 1)>{t.next_page}</a></li> })}
                </ul>
            </nav>
        }
    })
}

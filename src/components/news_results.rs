//! One page of news results: each article with the search terms marked, and the pager.

use crate::components::link::Link;
use crate::domain::model::ArticleSummary;
use crate::domain::news::Results;
use crate::domain::news_query::NewsQuery;
use crate::domain::text::{highlight, Term};
use crate::web::base;
use leptos::prelude::*;

/// Park ids with their names, in the parks file's order.
pub type ParkNames = Vec<(String, String)>;

/// The park's name for an id (the id itself if unknown).
pub fn name_of(names: &ParkNames, id: &str) -> String {
    names.iter().find(|(i, _)| i == id).map_or_else(|| id.to_string(), |(_, n)| n.clone())
}

/// One line of a short article list (home, park page, related articles): the title as a link
/// and the date, with the category when asked.
#[component]
pub fn ArticleLine(article: ArticleSummary, #[prop(optional)] with_category: bool) -> impl IntoView {
    let href = format!("/news/{}", article.id);
    view! {
        <li>
            <Link href=href>{article.title}</Link>
            <span class="meta">
                <time datetime=article.date.to_string()>{article.date.display_zh()}</time>
                {with_category.then(|| format!(" · {}", article.category))}
            </span>
        </li>
    }
}

/// Text with the matched runs in `<mark>`.
fn marked(text: &str, terms: &[Term]) -> impl IntoView {
    highlight(text, terms)
        .into_iter()
        .map(|(run, hit)| if hit { view! { <mark>{run}</mark> }.into_any() } else { run.into_any() })
        .collect_view()
}

#[component]
pub fn ResultItem(article: ArticleSummary, terms: Vec<Term>, names: ParkNames) -> impl IntoView {
    // A plain `<a>` rather than `Link`: this row is rebuilt on every keystroke, and the
    // component's per-link reactive attribute measurably adds to the news benchmark.
    let href = base::href(&format!("/news/{}", article.id));
    let title = marked(&article.title, &terms);
    let parks = article.parks.iter().map(|p| name_of(&names, p)).collect::<Vec<_>>().join("、");
    view! {
        <li class="result">
            <h2><a href=href>{title}</a></h2>
            <p class="meta">
                <time datetime=article.date.to_string()>{article.date.display_zh()}</time>
                " · " {article.category.clone()}
                {(!parks.is_empty()).then(|| format!(" · {parks}"))}
            </p>
            <p class="summary">{marked(&article.summary, &terms)}</p>
            <ul class="tags" aria-label="标签">
                {article.tags.iter().map(|t| view! { <li>{marked(t, &terms)}</li> }).collect_view()}
            </ul>
        </li>
    }
}

/// Previous/next and numbered page links.
#[component]
pub fn Pager(results: Results, query: NewsQuery) -> impl IntoView {
    (results.pages > 1).then(|| {
        let (page, pages) = (results.page, results.pages);
        let shown: Vec<usize> = (1..=pages).filter(|&p| p == 1 || p == pages || p.abs_diff(page) <= 2).collect();
        let mut links = Vec::new();
        let mut previous = 0;
        for p in shown {
            if p > previous + 1 {
                links.push(view! { <li aria-hidden="true">"…"</li> }.into_any());
            }
            previous = p;
            let (href, current) = (query.with_page(p).href(), (p == page).then_some("page"));
            links.push(
                view! { <li><Link href=href aria_label=format!("第{p}页") aria_current=Signal::derive(move || current)>{p}</Link></li> }
                    .into_any(),
            );
        }
        view! {
            <nav class="pager" aria-label="分页">
                <ul>
                    {(page > 1).then(|| view! { <li><Link href=query.with_page(page - 1).href()>"上一页"</Link></li> })}
                    {links}
                    {(page < pages).then(|| view! { <li><Link href=query.with_page(page + 1).href()>"下一页"</Link></li> })}
                </ul>
            </nav>
        }
    })
}

//! Lines of news: the short article lists (home, park pages, related articles), one search
//! result with where the search terms match in it, and the pager.

use crate::components::link::{use_base, Link};
use crate::data::Data;
use crate::text::texts;
use domain::date::PartialDate;
use domain::model::{ArticleSummary, Site};
use domain::news::Results;
use domain::news_query::NewsQuery;
use domain::pager::{pager_window, PagerItem};
use domain::routes;
use domain::text::{match_spans, Term};
use leptos::prelude::*;
use std::ops::Range;

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

/// A text and where the search terms match in it (UTF-16 offsets, as the page counts them).
#[derive(Clone, Debug, PartialEq)]
pub struct Marked {
    pub text: String,
    pub spans: Vec<Range<usize>>,
}

impl Marked {
    fn new(text: String, terms: &[Term]) -> Self {
        let spans = match_spans(&text, terms);
        Marked { text, spans }
    }
}

/// One search result as text: what `ResultItem` shows, and where the search terms match in
/// it. The fields with matches to mark are, in page order, the title, the summary and the
/// tags line; each is one element (class `hl`) holding one text node (see `web::highlight`).
#[derive(Clone, Debug, PartialEq)]
pub struct ResultRow {
    pub id: String,
    pub date: PartialDate,
    pub title: Marked,
    /// Category and parks, after the date.
    pub about: String,
    pub summary: Marked,
    /// "标签：…", with matches marked in the tag names only; none without tags.
    pub tags: Option<Marked>,
}

impl ResultRow {
    pub fn new(article: &ArticleSummary, terms: &[Term], site: &Site, names: &ParkNames) -> Self {
        let t = texts();
        let parks = article.parks.iter().map(|p| name_of(names, p)).collect::<Vec<_>>().join(t.list_separator);
        let parks = if parks.is_empty() { parks } else { format!(" · {parks}") };
        let tags = article.tags.iter().map(|tag| tag_label(site, tag)).collect::<Vec<_>>().join(t.list_separator);
        let tags = (!tags.is_empty()).then(|| {
            let label = format!("{}{}", t.tags_label, t.colon);
            let shift = label.encode_utf16().count();
            let spans = match_spans(&tags, terms).into_iter().map(|s| s.start + shift..s.end + shift).collect();
            Marked { text: format!("{label}{tags}"), spans }
        });
        ResultRow {
            id: article.id.clone(),
            date: article.date,
            title: Marked::new(article.title.clone(), terms),
            about: format!(" · {}{parks}", category_label(site, &article.category)),
            summary: Marked::new(article.summary.clone(), terms),
            tags,
        }
    }

    /// The spans of the fields marked in the page (class `hl`), in page order.
    pub fn spans(&self) -> impl Iterator<Item = &Vec<Range<usize>>> {
        [Some(&self.title), Some(&self.summary), self.tags.as_ref()].into_iter().flatten().map(|m| &m.spans)
    }
}

/// One search result. It is rebuilt on every keystroke, so it stays lean: plain text in each
/// field (matches are marked by `web::highlight`, not with `<mark>` elements), plain `<a>`s
/// rather than `Link` (whose reactive attribute measurably adds to the news benchmark), and the
/// tags as one line of text rather than a list of chips (fewer boxes to lay out).
#[component]
pub fn ResultItem(row: ResultRow) -> impl IntoView {
    let t = texts();
    let href = use_base().href(&routes::article(&row.id));
    view! {
        <li class="result">
            <h2><a class="hl" href=href>{row.title.text}</a></h2>
            <p class="meta"><time datetime=row.date.to_string()>{(t.date)(row.date)}</time>{row.about}</p>
            <p class="summary hl">{row.summary.text}</p>
            {row.tags.map(|tags| view! { <p class="tags-line hl">{tags.text}</p> })}
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

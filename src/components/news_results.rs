//! Lines of news: the short article lists (home, park pages, related articles), one search
//! result with where the search terms match in it, the pager, and the links by park and year.

use crate::components::link::{use_base, Link};
use crate::data::Data;
use crate::text::texts;
use domain::date::PartialDate;
use domain::model::{ArticleSummary, ParksFile, Site};
use domain::news_lists::{NewsList, NewsLists, Scope};
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

/// One search result as text: what `ResultItem` shows. It depends on the article only, so a
/// row kept from one query to the next needs no change; where the terms match is `spans`.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultRow {
    pub id: String,
    pub date: PartialDate,
    pub title: String,
    /// Category and parks, after the date.
    pub about: String,
    pub summary: String,
    /// "标签：…"; none without tags.
    pub tags_line: Option<String>,
    /// Where the tag names start in `tags_line` (bytes).
    tags_from: usize,
}

impl ResultRow {
    pub fn new(article: &ArticleSummary, site: &Site, names: &ParkNames) -> Self {
        let t = texts();
        let parks = article.parks.iter().map(|p| name_of(names, p)).collect::<Vec<_>>().join(t.list_separator);
        let parks = if parks.is_empty() { parks } else { format!(" · {parks}") };
        let tags = article.tags.iter().map(|tag| tag_label(site, tag)).collect::<Vec<_>>().join(t.list_separator);
        let label = format!("{}{}", t.tags_label, t.colon);
        ResultRow {
            id: article.id.clone(),
            date: article.date,
            title: article.title.clone(),
            about: format!(" · {}{parks}", category_label(site, &article.category)),
            summary: article.summary.clone(),
            tags_from: label.len(),
            tags_line: (!tags.is_empty()).then(|| format!("{label}{tags}")),
        }
    }

    /// Where `terms` match in the fields the page marks (class `hl`), in page order: the
    /// title, the summary and the tag names of the tags line. UTF-16 offsets in each field.
    pub fn spans(&self, terms: &[Term]) -> Vec<Vec<Range<usize>>> {
        let mut fields = vec![match_spans(&self.title, terms), match_spans(&self.summary, terms)];
        if let Some(line) = &self.tags_line {
            let (label, tags) = line.split_at(self.tags_from);
            let shift = label.encode_utf16().count();
            fields.push(match_spans(tags, terms).into_iter().map(|s| s.start + shift..s.end + shift).collect());
        }
        fields
    }
}

/// One search result: plain text in each field (matches are marked by `web::highlight`, not
/// with `<mark>` elements), a plain `<a>` rather than `Link` (whose reactive attribute
/// measurably adds to the news benchmark), and the tags as one line of text rather than a list
/// of chips (fewer boxes to lay out).
#[component]
pub fn ResultItem(row: ResultRow) -> impl IntoView {
    let t = texts();
    let href = use_base().href(&routes::article(&row.id));
    view! {
        <li class="result">
            <h2><a class="hl" href=href>{row.title}</a></h2>
            <p class="meta"><time datetime=row.date.to_string()>{(t.date)(row.date)}</time>{row.about}</p>
            <p class="summary hl">{row.summary}</p>
            {row.tags_line.map(|line| view! { <p class="tags-line hl">{line}</p> })}
        </li>
    }
}

/// Previous/next and numbered page links: plain `<a>`s, as they are rebuilt with the results.
/// `href` gives a page's site path (`domain::routes::news_page`, `NewsList::path`).
#[component]
pub fn Pager(page: usize, pages: usize, href: impl Fn(usize) -> String + 'static) -> impl IntoView {
    let t = texts();
    let base = use_base();
    let items = pager_window(page, pages);
    let href = move |p: usize| base.href(&href(p));
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
                    {(page > 1).then(|| view! { <li><a href=href(page - 1) rel="prev">{t.previous_page}</a></li> })}
                    {links}
                    {(page < pages).then(|| view! { <li><a href=href(page + 1) rel="next">{t.next_page}</a></li> })}
                </ul>
            </nav>
        }
    })
}

/// Park ids with their names, from the parks file (for facets, result lines and list titles).
pub fn park_names(parks: &ParksFile) -> ParkNames {
    parks.parks.iter().map(|p| (p.id.clone(), p.name.clone())).collect()
}

/// The news by park and by year as links to their static list pages (`domain::news_lists`):
/// what takes the place of the filters without JavaScript, on the search page and on every
/// list page. The list being shown (`current`) is marked.
#[component]
pub fn NewsBrowse(lists: NewsBrowseLinks, #[prop(optional)] current: Option<Scope>) -> impl IntoView {
    let t = texts();
    let is_current = move |scope: &Scope| (current.as_ref() == Some(scope)).then_some("true");
    let link = move |scope: Scope, text: String| {
        let href = use_base().href(&NewsList::first(scope.clone()).path());
        view! { <li><a href=href aria-current=is_current(&scope)>{text}</a></li> }
    };
    let parks = lists
        .parks
        .iter()
        .map(|(id, name, count)| link(Scope::Park(id.clone()), (t.facet_option)(name, *count)))
        .collect_view();
    let years = lists
        .years
        .iter()
        .map(|(year, count)| link(Scope::Year(*year), (t.facet_option)(&(t.year_label)(*year), *count)))
        .collect_view();
    view! {
        <nav class="news-browse" aria-label=t.browse_news>
            <div class="browse-group">
                <span class="browse-label" id="browse-by-park">{t.by_park}</span>
                <ul aria-labelledby="browse-by-park">
                    {link(Scope::All, (t.facet_option)(t.all_news, lists.total))}
                    {parks}
                </ul>
            </div>
            <div class="browse-group">
                <span class="browse-label" id="browse-by-year">{t.by_year}</span>
                <ul aria-labelledby="browse-by-year">{years}</ul>
            </div>
        </nav>
    }
}

/// What `NewsBrowse` links: every park's list and every year's, with their counts.
#[derive(Clone, Debug, PartialEq)]
pub struct NewsBrowseLinks {
    pub total: usize,
    /// Park id, name and count, in the parks file's order.
    pub parks: Vec<(String, String, usize)>,
    /// Years with news, newest first, and their counts.
    pub years: Vec<(u16, usize)>,
}

impl NewsBrowseLinks {
    pub fn new(lists: &NewsLists, names: &ParkNames) -> Self {
        NewsBrowseLinks {
            total: lists.total(),
            parks: lists.parks().into_iter().map(|p| (p.value.clone(), name_of(names, &p.value), p.count)).collect(),
            years: lists.years(),
        }
    }
}

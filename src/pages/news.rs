//! `/news`: search and filter the parks' news. The URL is the state: every change is written
//! to it (replaced once typing pauses, pushed on discrete choices; see `web::url_state`), and a
//! reload or a shared link restores the same view. With nothing searched or filtered, the
//! pager leads to the static list pages (`/news/page/2`, see `pages::news_list`), and links by
//! park and year lead to theirs: without JavaScript these are how the news is reached.

use crate::components::filter_controls::{DateField, FacetSelect};
use crate::components::hotline::HotlineLink;
use crate::components::news_results::{
    category_label, name_of, park_names, tag_label, NewsBrowse, NewsBrowseLinks, Pager, ParkNames, ResultItem,
    ResultRow,
};
use crate::components::status::when_ready;
use crate::context::PageUrl;
use crate::data::Data;
use crate::text::{texts, Texts};
use crate::web::highlight::{Highlighter, MATCH_HIGHLIGHT};
use crate::web::next_frame::in_next_frame;
use crate::web::url_state::{url_state, Write};
use domain::date::PartialDate;
use domain::model::{ParksFile, Site};
use domain::news::{Catalog, FacetCount, Results, TypingCache};
use domain::news_lists::NewsLists;
use domain::news_query::NewsQuery;
use domain::routes;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[component]
pub fn NewsPage() -> impl IntoView {
    let t = texts();
    view! {
        <Title text=t.news_title/>
        <Meta name="description" content=t.news_description/>
        <section class="page news-page">
            <h1>{t.news_title}</h1>
            <noscript><p class="notice">{t.search_needs_js} <HotlineLink/></p></noscript>
            <div data-widget="news"><NewsWidget/></div>
        </section>
    }
}

/// The search with its results, facets and pager: the widget `widgets::news` mounts in the
/// page's `data-widget="news"` element.
#[component]
pub fn NewsWidget() -> impl IntoView {
    let data = Data::get();
    let parks = data.parks().load();
    let catalog = data.catalog();
    let ready = Signal::derive(move || catalog.get().and(parks.get()));
    let retry = move || {
        data.news().retry();
        data.parks().retry();
    };
    when_ready(ready, retry, move |(catalog, parks): (Arc<Catalog>, Arc<ParksFile>)| {
        view! { <NewsSearch catalog=catalog parks=parks/> }
    })
}

/// One facet's select: its control, its texts, where its counts are in the results, its query
/// field and how a value is named.
struct Facet {
    id: &'static str,
    label: fn(&Texts) -> &'static str,
    all: fn(&Texts) -> &'static str,
    counts: fn(&Results) -> &Vec<FacetCount>,
    field: fn(&mut NewsQuery) -> &mut Option<String>,
    name: fn(&Site, &ParkNames, &str) -> String,
}

const FACETS: [Facet; 3] = [
    Facet {
        id: "news-park",
        label: |t| t.facet_park,
        all: |t| t.all_parks,
        counts: |r| &r.parks,
        field: |q| &mut q.park,
        name: |_, names, id| name_of(names, id),
    },
    Facet {
        id: "news-category",
        label: |t| t.facet_category,
        all: |t| t.all_categories,
        counts: |r| &r.categories,
        field: |q| &mut q.category,
        name: |site, _, id| category_label(site, id),
    },
    Facet {
        id: "news-tag",
        label: |t| t.facet_tag,
        all: |t| t.all_tags,
        counts: |r| &r.tags,
        field: |q| &mut q.tag,
        name: |site, _, id| tag_label(site, id),
    },
];

#[component]
fn NewsSearch(catalog: Arc<Catalog>, parks: Arc<ParksFile>) -> impl IntoView {
    let t = texts();
    let site = Data::get().site();
    let names = park_names(&parks);
    // The same news by park and by year, as links to static pages (they work without JavaScript).
    let browse =
        NewsBrowseLinks::new(&NewsLists::new(catalog.articles(), parks.parks.iter().map(|p| p.id.as_str())), &names);
    let search = PageUrl::get().search;
    let search_catalog = catalog.clone();
    let url_query = Memo::new(move |_| catalog.order().sanitize(NewsQuery::parse(&search.get())));
    let (query, set_query) = url_state(url_query, routes::news);
    let typing = StoredValue::new(TypingCache::default());
    // Bodies and synonyms (`news/search.json`) are fetched when the visitor first searches;
    // until they are in, the search runs over titles, summaries and labels.
    let data = Data::get();
    let searching = Memo::new(move |_| query.with(|q| !q.q.trim().is_empty()));
    Effect::new(move |_| {
        if searching.get() {
            data.fetch_search_file();
        }
    });
    let full = data.full_catalog();
    let results = Memo::new(move |_| {
        let query = query.get();
        let catalog = full.get().unwrap_or_else(|| search_catalog.clone());
        typing.try_update_value(|cache| cache.search(&catalog, &query)).unwrap_or_else(|| catalog.search(&query))
    });
    // A keystroke updates the list; the facet counts, the pager and the marked matches follow
    // just before the frame is painted (see `web::next_frame`).
    let (site_for_rows, names_for_rows) = (site.clone(), names.clone());
    let rows = Memo::new(move |_| {
        results.with(|r| r.items.iter().map(|a| ResultRow::new(a, &site_for_rows, &names_for_rows)).collect::<Vec<_>>())
    });
    // The matches are marked just before the frame is painted, once the rows are in the page:
    // after every change of the results (new terms) or of the rows, even back to rows equal to
    // earlier ones (A → B → A within a frame rebuilds A's rows; the ranges must follow them).
    let rendered = in_next_frame(Memo::new(move |count: Option<&u64>| {
        results.track();
        rows.track();
        count.map_or(0, |n| n + 1)
    }));
    // None until first used; Some(None) where the browser has no Custom Highlight API.
    let highlighter = StoredValue::new_local(None::<Option<Highlighter>>);
    Effect::new(move |_| {
        rendered.track();
        let spans: Vec<_> = results
            .with_untracked(|r| rows.with_untracked(|rows| rows.iter().flat_map(|row| row.spans(&r.terms)).collect()));
        highlighter.update_value(|h| {
            if let Some(h) = h.get_or_insert_with(|| Highlighter::register(MATCH_HIGHLIGHT)) {
                h.mark(".results .result .hl", &spans);
            }
        })
    });
    on_cleanup(move || {
        highlighter.try_update_value(|h| *h = None);
    });
    let pager = in_next_frame(Memo::new(move |_| {
        let (page, pages) = results.with(|r| (r.page, r.pages));
        (page, pages, query.get())
    }));

    // Any filter change starts again from page 1 (`NewsQuery::edited`).
    let change =
        move |edit: &dyn Fn(&mut NewsQuery), write: Write| set_query(query.get_untracked().edited(|q| edit(q)), write);
    let type_text = {
        let change = change.clone();
        move |text: String| change(&move |q: &mut NewsQuery| q.q = text.clone(), Write::Replace)
    };
    let on_composed = type_text.clone();
    let (on_select, on_date) = (change.clone(), change.clone());
    let clear = move || change(&|q: &mut NewsQuery| *q = NewsQuery::default(), Write::Push);
    let clear_in_empty = clear.clone();
    let names_for_facets = names.clone();

    view! {
        <form class="filters" role="search" aria-label=t.filter_news on:submit=|ev| ev.prevent_default()>
            <div class="field search-field">
                <label for="news-q">{t.search_news}</label>
                <input
                    id="news-q"
                    type="search"
                    placeholder=t.search_placeholder
                    autocomplete="off"
                    prop:value=move || query.get().q
                    on:input=move |ev| {
                        // Pinyin being composed is not yet text; search on compositionend instead.
                        if ev.dyn_ref::<web_sys::InputEvent>().is_some_and(web_sys::InputEvent::is_composing) {
                            return;
                        }
                        type_text(event_target_value(&ev));
                    }
                    on:compositionend=move |ev| on_composed(event_target_value(&ev))
                />
            </div>
            {FACETS.iter().map(|facet| {
                let (on_select, names, site) = (on_select.clone(), names_for_facets.clone(), site.clone());
                view! {
                    <FacetSelect
                        id=facet.id label=(facet.label)(t) all=(facet.all)(t)
                        // Memos: most keystrokes change neither, and then the options are left alone.
                        // The counts follow in the next frame (only they are copied, not the results).
                        options=in_next_frame(Memo::new(move |_| results.with(|r| (facet.counts)(r).clone())))
                        selected=Memo::new(move |_| query.with(|q| (facet.field)(&mut q.clone()).clone())).into()
                        label_of={move |v: &str| (facet.name)(&site, &names, v)}
                        on_pick={move |v: Option<String>| on_select(&move |q: &mut NewsQuery| *(facet.field)(q) = v.clone(), Write::Push)}
                    />
                }
            }).collect_view()}
            <DateField id="news-from" label=t.from_date value=Memo::new(move |_| query.with(|q| q.from)).into()
                on_pick={
                    let on_date = on_date.clone();
                    move |d: Option<PartialDate>| on_date(&move |q: &mut NewsQuery| q.from = d, Write::Push)
                }
            />
            <DateField id="news-to" label=t.to_date value=Memo::new(move |_| query.with(|q| q.to)).into()
                on_pick={move |d: Option<PartialDate>| on_date(&move |q: &mut NewsQuery| q.to = d, Write::Push)}
            />
            <button type="button" class="button secondary" on:click=move |_| clear()>{t.clear_filters}</button>
        </form>
        // Shown only before the app has applied a query in the URL (see index.html and the stylesheet).
        <p class="filtering-note" aria-hidden="true">{t.filtering}</p>
        // Busy while a search waits for the bodies and synonyms.
        <div class="results-area" aria-busy=move || (searching.get() && data.search_file_loading()).then_some("true")>
        <p class="result-count" role="status" aria-live="polite">{move || (t.result_count)(results.with(|r| r.total))}</p>
        <Show when=move || results.with(|r| r.total > 0) fallback=move || {
            let clear = clear_in_empty.clone();
            view! {
                <div class="empty">
                    <p>{t.no_results}</p>
                    <button type="button" class="button" on:click=move |_| clear()>{t.clear_and_show_all}</button>
                </div>
            }
        }>
            // Keyed by article: a row that stays from one query to the next is left as it is,
            // a new one is built whole.
            <ol class="results">
                <For each=move || rows.get() key=|row| row.id.clone() let(row)>
                    <ResultItem row=row/>
                </For>
            </ol>
        </Show>
        {move || pager.with(|(page, pages, query)| {
            let query = query.clone();
            view! { <Pager page=*page pages=*pages href=move |p| routes::news_page(&query, p)/> }
        })}
        </div>
        <NewsBrowse lists=browse/>
    }
}

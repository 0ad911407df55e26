//! `/news`: search and filter the parks' news. The URL is the state: every change is written
//! to it (replace while typing, push on discrete choices), and a reload or a shared link
//! restores the same view.

use crate::components::filter_controls::{DateField, FacetSelect};
use crate::components::news_results::{name_of, Pager, ParkNames, ResultItem};
use crate::components::status::when_ready;
use crate::domain::date::PartialDate;
use crate::domain::model::ParksFile;
use crate::domain::news::{Catalog, FacetCount, Results, TypingCache};
use crate::domain::news_query::NewsQuery;
use crate::web::data::Data;
use crate::web::url_state::{url_state, Write};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_location;
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[component]
pub fn NewsPage() -> impl IntoView {
    let data = Data::get();
    let parks = data.parks.get();
    let catalog = data.catalog();
    let ready = Signal::derive(move || catalog.get().and(parks.get()));
    let retry = move || {
        data.news.retry();
        data.parks.retry();
    };
    view! {
        <Title text="新闻动态"/>
        <Meta name="description" content="武清四大示范工业园区新闻动态：按园区、类别、标签和日期筛选，中文全文搜索。"/>
        <section class="page news-page">
            <h1>"新闻动态"</h1>
            {when_ready(ready, retry, move |(catalog, parks): (Arc<Catalog>, Arc<ParksFile>)| {
                view! { <NewsSearch catalog=catalog parks=parks/> }
            })}
        </section>
    }
}

/// One facet's select: its control, where its counts are in the results, and its query field.
struct Facet {
    id: &'static str,
    label: &'static str,
    all: &'static str,
    counts: fn(&Results) -> &Vec<FacetCount>,
    field: fn(&mut NewsQuery) -> &mut Option<String>,
}

const FACETS: [Facet; 3] = [
    Facet { id: "news-park", label: "园区", all: "全部园区", counts: |r| &r.parks, field: |q| &mut q.park },
    Facet {
        id: "news-category",
        label: "类别",
        all: "全部类别",
        counts: |r| &r.categories,
        field: |q| &mut q.category,
    },
    Facet { id: "news-tag", label: "标签", all: "全部标签", counts: |r| &r.tags, field: |q| &mut q.tag },
];

/// Names for park ids, for facets and result lines (other facet values name themselves).
fn park_names(parks: &ParksFile) -> ParkNames {
    parks.parks.iter().map(|p| (p.id.clone(), p.name.clone())).collect()
}

#[component]
fn NewsSearch(catalog: Arc<Catalog>, parks: Arc<ParksFile>) -> impl IntoView {
    let names = park_names(&parks);
    let search = use_location().search;
    let search_catalog = catalog.clone();
    let url_query = Memo::new(move |_| catalog.order().sanitize(NewsQuery::parse(&search.get())));
    let (query, set_query) = url_state(url_query, NewsQuery::href);
    let typing = StoredValue::new(TypingCache::default());
    let results = Memo::new(move |_| {
        let query = query.get();
        typing
            .try_update_value(|cache| cache.search(&search_catalog, &query))
            .unwrap_or_else(|| search_catalog.search(&query))
    });

    // Any filter change starts again from page 1.
    let change = move |edit: &dyn Fn(&mut NewsQuery), write: Write| {
        let mut next = query.get_untracked();
        edit(&mut next);
        next.page = 1;
        set_query(next, write);
    };
    let type_text = {
        let change = change.clone();
        move |text: String| change(&move |q: &mut NewsQuery| q.q = text.clone(), Write::Replace)
    };
    let on_composed = type_text.clone();
    let (on_select, on_date) = (change.clone(), change.clone());
    let clear = move || change(&|q: &mut NewsQuery| *q = NewsQuery::default(), Write::Push);
    let clear_in_empty = clear.clone();
    let names_for_facets = names.clone();
    let names_for_list = names.clone();

    view! {
        <form class="filters" role="search" aria-label="筛选新闻" on:submit=|ev| ev.prevent_default()>
            <div class="field search-field">
                <label for="news-q">"搜索新闻"</label>
                <input
                    id="news-q"
                    type="search"
                    placeholder="标题、摘要或标签，例如：自行车、比亚迪"
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
                let (on_select, names) = (on_select.clone(), names_for_facets.clone());
                view! {
                    <FacetSelect
                        id=facet.id label=facet.label all=facet.all
                        options=Signal::derive(move || results.with(|r| (facet.counts)(r).clone()))
                        selected=Signal::derive(move || (facet.field)(&mut query.get()).clone())
                        label_of={move |v: &str| name_of(&names, v)}
                        on_pick={move |v: Option<String>| on_select(&move |q: &mut NewsQuery| *(facet.field)(q) = v.clone(), Write::Push)}
                    />
                }
            }).collect_view()}
            <DateField id="news-from" label="起始日期" value=Signal::derive(move || query.get().from)
                on_pick={
                    let on_date = on_date.clone();
                    move |d: Option<PartialDate>| on_date(&move |q: &mut NewsQuery| q.from = d, Write::Push)
                }
            />
            <DateField id="news-to" label="截止日期" value=Signal::derive(move || query.get().to)
                on_pick={move |d: Option<PartialDate>| on_date(&move |q: &mut NewsQuery| q.to = d, Write::Push)}
            />
            <button type="button" class="button secondary" on:click=move |_| clear()>"清除全部筛选"</button>
        </form>
        <p class="result-count" role="status" aria-live="polite">{move || format!("共 {} 条", results.with(|r| r.total))}</p>
        {move || {
            let r = results.get();
            if r.total == 0 {
                let clear = clear_in_empty.clone();
                return view! {
                    <div class="empty">
                        <p>"没有符合条件的新闻。"</p>
                        <button type="button" class="button" on:click=move |_| clear()>"清除筛选，查看全部新闻"</button>
                    </div>
                }
                .into_any();
            }
            view! {
                <ol class="results">
                    {r.items.iter().map(|a| view! { <ResultItem article=a.clone() terms=r.terms.clone() names=names_for_list.clone()/> }).collect_view()}
                </ol>
                <Pager results=r.clone() query=query.get()/>
            }
            .into_any()
        }}
    }
}

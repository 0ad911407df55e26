//! `/news/page/<n>`, `/news/park/<id>` and `/news/year/<year>` (each with its further pages
//! `…/page/<n>`): the news as static lists that work with links alone — the same rows as the
//! search page, the filters as links to the other lists, and a pager of links to this list's
//! pages. Which articles a page holds is `domain::news_lists`; a path naming no list or a
//! page past its end shows the not-found page.

use crate::components::link::Link;
use crate::components::news_results::{name_of, park_names, NewsBrowse, NewsBrowseLinks, Pager, ResultItem, ResultRow};
use crate::components::status::when_ready;
use crate::data::Data;
use crate::pages::not_found::NotFound;
use crate::text::texts;
use domain::model::{NewsIndex, ParksFile};
use domain::news_lists::{NewsList, NewsLists, Scope};
use domain::routes::Page;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use std::sync::Arc;

#[component]
pub fn NewsListPage(list: NewsList) -> impl IntoView {
    let data = Data::get();
    let parks = data.parks().load();
    // The index as it is: a list needs no search (`Catalog` would build one for every page).
    let news = data.news().load();
    let ready = Signal::derive(move || news.get().and(parks.get()));
    let retry = move || {
        data.news().retry();
        data.parks().retry();
    };
    when_ready(ready, retry, move |(news, parks): (Arc<NewsIndex>, Arc<ParksFile>)| {
        view! { <NewsListView list=list.clone() news=news parks=parks/> }
    })
}

#[component]
fn NewsListView(list: NewsList, news: Arc<NewsIndex>, parks: Arc<ParksFile>) -> impl IntoView {
    let t = texts();
    let site = Data::get().site();
    let names = park_names(&parks);
    let lists = NewsLists::new(&news.articles, parks.parks.iter().map(|p| p.id.as_str()));
    let Some(shown) = lists.page(&list) else {
        return view! { <NotFound/> }.into_any();
    };
    // What the list holds, for the title, the heading and the breadcrumb.
    let (what, crumb) = match &list.scope {
        Scope::All => (t.news_title.to_string(), (t.page_n)(shown.page)),
        Scope::Park(id) => {
            let name = name_of(&names, id);
            ((t.park_news)(&name), name)
        }
        Scope::Year(year) => ((t.year_news)(*year), (t.year_label)(*year)),
    };
    let heading = (t.list_page)(&what, shown.page, shown.pages);
    let description = (t.list_description)(&heading, shown.total);
    let rows = shown.items.iter().map(|a| view! { <ResultItem row=ResultRow::new(a, &site, &names)/> }).collect_view();
    let list_or_none = match shown.items.is_empty() {
        true => view! { <p class="empty">{t.no_park_news}</p> }.into_any(),
        false => view! { <ol class="results">{rows}</ol> }.into_any(),
    };
    let browse = NewsBrowseLinks::new(&lists, &names);
    let (page, pages) = (shown.page, shown.pages);
    let pager_list = list.clone();
    view! {
        <Title text=heading.clone()/>
        <Meta name="description" content=description/>
        <section class="page news-page news-list-page">
            <p class="breadcrumb"><Link href=Page::News.path()>{t.news_crumb}</Link>" › "{crumb}</p>
            <h1>{heading}</h1>
            <NewsBrowse lists=browse current=list.scope.clone()/>
            <div class="results-area">
                <p class="result-count">{(t.result_count)(shown.total)}</p>
                {list_or_none}
                <Pager page=page pages=pages href=move |p| pager_list.with_page(p).path()/>
            </div>
        </section>
    }
    .into_any()
}

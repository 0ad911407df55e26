//! `/news`: the news list.

use crate::components::status::when_ready;
use crate::domain::model::NewsIndex;
use crate::domain::present::latest;
use crate::web::data::Data;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use std::sync::Arc;

#[component]
pub fn NewsPage() -> impl IntoView {
    let data = Data::get();
    view! {
        <Title text="新闻动态"/>
        <section class="page">
            <h1>"新闻动态"</h1>
            {when_ready(data.news.get(), move || data.news.retry(), |news: Arc<NewsIndex>| view! {
                <ul class="news-list">
                    {latest(&news.articles, |a| a.date, usize::MAX).into_iter().map(|a| {
                        let (href, title) = (format!("/news/{}", a.id), a.title.clone());
                        view! { <li><A href=href>{title}</A></li> }
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}

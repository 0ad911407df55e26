//! The page for unknown paths, and the not-found views of unknown park and article ids.

use crate::components::link::Link;
use crate::domain::validate::PARK_IDS;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Title text="页面不存在"/>
        <Meta name="description" content="您访问的页面不存在。"/>
        <section class="page not-found">
            <h1>"页面不存在"</h1>
            <p>"您访问的地址没有对应的页面，可能已移动或输入有误。"</p>
            <ul class="link-list">
                <li><Link href="/">"返回首页"</Link></li>
                <li><Link href="/parks">"园区对比"</Link></li>
                <li><Link href="/news">"新闻动态"</Link></li>
            </ul>
        </section>
    }
}

/// An unknown park id: say so, and offer the four parks.
#[component]
pub fn ParkNotFound(id: String, parks: Vec<(String, String)>) -> impl IntoView {
    view! {
        <Title text="未找到该园区"/>
        <section class="page not-found">
            <h1>"未找到该园区"</h1>
            <p>{format!("没有编号为“{id}”的园区。武清区的四个示范工业园区是：")}</p>
            <ul class="link-list">
                {parks.into_iter().map(|(id, name)| view! { <li><Link href=format!("/parks/{id}")>{name}</Link></li> }).collect_view()}
            </ul>
        </section>
    }
}

/// The four park ids with their demonstration-park names, for the not-found view.
pub fn park_links(parks: &crate::domain::model::ParksFile) -> Vec<(String, String)> {
    PARK_IDS
        .iter()
        .filter_map(|id| parks.parks.iter().find(|p| p.id == *id))
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect()
}

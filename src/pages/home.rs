//! `/`: why Wuqing, the four parks at a glance, the latest news, shortcuts and the hotline.

use crate::components::facts::Sources;
use crate::components::hotline::HotlineLink;
use crate::components::link::Link;
use crate::components::news_results::ArticleLine;
use crate::components::status::when_ready;
use crate::domain::model::{Figure, NewsIndex, ParksFile};
use crate::domain::present::{
    as_of_text, figure_by_key, figure_text, group_by_citation, latest, latest_renaming, scope_label, UNKNOWN_ZH,
};
use crate::web::data::Data;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use std::sync::Arc;

/// The district access figures the home page leads with, in this order.
const ACCESS_KEYS: [&str; 8] = [
    "beijing",
    "tianjin",
    "daxing-airport",
    "capital-airport",
    "binhai-airport",
    "tianjin-port",
    "intercity-beijing",
    "intercity-tianjin",
];

#[component]
pub fn HomePage() -> impl IntoView {
    let data = Data::get();
    let site = data.site();
    view! {
        <Title text=""/>
        <Meta name="description" content="天津武清区四大示范工业园区（中华自行车王国产业园、中华地毯产业园、天津武清汽车零部件产业园、天津京滨工业园）的园区信息、区位交通、新闻动态与招商咨询。"/>
        <section class="hero">
            <h1>"武清四大示范工业园区"</h1>
            <p class="lead">{move || site.get().tagline.clone()}</p>
            <p class="hero-call">
                {move || site.get().hotline_label.clone()} " " <HotlineLink class="hotline big"/>
            </p>
        </section>
        <section class="why" aria-labelledby="why-heading">
            <h2 id="why-heading">"为什么是武清"</h2>
            {when_ready(data.parks.get(), move || data.parks.retry(), |parks: Arc<ParksFile>| {
                let access: Vec<Figure> =
                    ACCESS_KEYS.iter().filter_map(|key| figure_by_key(&parks.district.access, key).cloned()).collect();
                view! {
                    <p>{parks.district.summary.clone()}</p>
                    {group_by_citation(&access).into_iter().map(|group| {
                        let cite = group[0].clone();
                        let tiles = group.into_iter().map(|f| view! {
                            <li><span class="stat-value">{figure_text(f)}</span><span class="stat-label">{f.label.clone()}</span></li>
                        }).collect_view();
                        view! {
                            <ul class="stats">{tiles}</ul>
                            <p class="citation">
                                {scope_label(cite.scope)}
                                {cite.as_of.map(|d| format!("，{}", as_of_text(d)))}
                            </p>
                            <Sources sources=cite.sources/>
                        }
                    }).collect_view()}
                }
            })}
        </section>
        <section aria-labelledby="parks-heading">
            <h2 id="parks-heading">"四大示范工业园区"</h2>
            {when_ready(data.parks.get(), move || data.parks.retry(), |parks: Arc<ParksFile>| view! {
                <ul class="park-cards">
                    {parks.parks.iter().map(|park| {
                        let renamed =
                            latest_renaming(park).map(|r| format!("{}起更名为{}", r.date.display_zh(), r.name));
                        let industries = park.industries.value.clone().unwrap_or_default();
                        let (href, name) = (format!("/parks/{}", park.id), park.name.clone());
                        view! {
                            <li class="park-card">
                                <h3><Link href=href>{name}</Link></h3>
                                {renamed.map(|r| view! { <p class="renamed">{r}</p> })}
                                <p class="town"><span class="label">"所在镇街："</span>
                                    {park.town.value.clone().unwrap_or_else(|| UNKNOWN_ZH.to_string())}</p>
                                <ul class="tags">{industries.into_iter().take(3).map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <p><Link href="/parks">"对比四个园区 →"</Link></p>
            })}
        </section>
        <section aria-labelledby="news-heading">
            <h2 id="news-heading">"最新动态"</h2>
            {when_ready(data.news.get(), move || data.news.retry(), |news: Arc<NewsIndex>| view! {
                <ul class="news-list compact">
                    {latest(&news.articles, |a| a.date, 5).into_iter()
                        .map(|a| view! { <ArticleLine article=a.clone() with_category=true/> })
                        .collect_view()}
                </ul>
                <p><Link href="/news">"全部新闻 →"</Link></p>
            })}
        </section>
        <section aria-labelledby="services-heading">
            <h2 id="services-heading">"投资服务"</h2>
            <ul class="shortcuts">
                <li><Link href="/invest?option=buy-land"><strong>"买地自建"</strong><span>"工业用地招拍挂与自建厂房"</span></Link></li>
                <li><Link href="/invest?option=factory-rent"><strong>"厂房租赁"</strong><span>"标准厂房与仓库"</span></Link></li>
                <li><Link href="/invest?option=office-rent"><strong>"写字楼租赁"</strong><span>"区域总部与研发办公"</span></Link></li>
                <li><Link href="/invest/register"><strong>"公司注册"</strong><span>"一网通办的开办步骤"</span></Link></li>
                <li><Link href="/policies"><strong>"优惠政策"</strong><span>"市级与武清政策措施"</span></Link></li>
                <li><Link href="/invest/foreign"><strong>"外商投资"</strong><span>"负面清单与外资登记"</span></Link></li>
            </ul>
        </section>
    }
}

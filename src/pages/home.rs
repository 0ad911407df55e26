//! `/`: why Wuqing, the four parks at a glance, the latest news, shortcuts and the hotline.

use crate::components::facts::{figure_value, Sources};
use crate::components::footer::service_label;
use crate::components::hotline::HotlineLink;
use crate::components::link::Link;
use crate::components::news_results::ArticleLine;
use crate::components::status::when_ready;
use crate::data::Data;
use crate::text::{page_texts, texts, PageTexts};
use domain::access::HOME_ACCESS_KEYS;
use domain::model::{Figure, ParksFile};
use domain::nav::{Service, SHORTCUTS};
use domain::news::Catalog;
use domain::present::{figure_by_key, group_by_citation, latest_renaming};
use domain::routes;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use std::sync::Arc;

/// The line under a shortcut's name.
fn shortcut_hint(t: &PageTexts, service: Service) -> &'static str {
    match service {
        Service::BuyLand => t.buy_land_hint,
        Service::FactoryRent => t.factory_rent_hint,
        Service::OfficeRent => t.office_rent_hint,
        Service::Register => t.register_hint,
        Service::Policies => t.policies_hint,
        _ => t.foreign_hint,
    }
}

#[component]
pub fn HomePage() -> impl IntoView {
    let t = texts();
    let data = Data::get();
    let site = data.site();
    let shortcuts = SHORTCUTS
        .iter()
        .map(|&service| {
            let label = service_label(t, service, &site.contact_center);
            view! { <li><Link href=service.href()><strong>{label}</strong><span>{shortcut_hint(page_texts(), service)}</span></Link></li> }
        })
        .collect_view();
    view! {
        <Title text=""/>
        <Meta name="description" content=page_texts().home_description/>
        <section class="hero">
            <p class="hero-kicker">{page_texts().home_kicker}</p>
            <h1>{page_texts().home_heading}</h1>
            <p class="lead">{page_texts().home_offer}</p>
            <p class="hero-actions">
                <Link href=routes::Page::Parks.path() class="button">{page_texts().hero_compare}</Link>
                <Link href=routes::Page::Contact.path() class="button secondary">{page_texts().hero_inquire}</Link>
            </p>
            <p class="hero-call">{site.hotline_label.clone()} " " <HotlineLink class="hotline big"/></p>
        </section>
        <section class="why" aria-labelledby="why-heading">
            <h2 id="why-heading">{page_texts().why_heading}</h2>
            {when_ready(data.parks().load(), move || data.parks().retry(), move |parks: Arc<ParksFile>| {
                let access: Vec<Figure> =
                    HOME_ACCESS_KEYS.iter().filter_map(|key| figure_by_key(&parks.district.access, key).cloned()).collect();
                view! {
                    <p>{parks.district.summary.clone()}</p>
                    {group_by_citation(&access).into_iter().map(|group| {
                        let cite = group[0].clone();
                        let tiles = group.into_iter().map(|f| view! {
                            <li><span class="stat-value">{figure_value(t, f)}</span><span class="stat-label">{f.label.clone()}</span></li>
                        }).collect_view();
                        view! {
                            <ul class="stats">{tiles}</ul>
                            <p class="citation">
                                {(t.scope)(cite.scope)}
                                {cite.as_of.map(|d| format!("{}{}", t.clause_separator, (t.as_of)(d)))}
                            </p>
                            <Sources sources=cite.sources/>
                        }
                    }).collect_view()}
                }
            })}
        </section>
        <section aria-labelledby="parks-heading">
            <h2 id="parks-heading">{page_texts().parks_heading}</h2>
            {when_ready(data.parks().load(), move || data.parks().retry(), move |parks: Arc<ParksFile>| view! {
                <ul class="park-cards">
                    {parks.parks.iter().map(|park| {
                        let renamed = latest_renaming(park).map(|r| (page_texts().renamed_since)(&(t.date)(r.date), &r.name));
                        let industries = park.industries.value.clone().unwrap_or_default();
                        let (href, name) = (routes::park(&park.id), park.name.clone());
                        view! {
                            <li class="park-card">
                                <h3><Link href=href>{name}</Link></h3>
                                {renamed.map(|r| view! { <p class="renamed">{r}</p> })}
                                <p class="town"><span class="label">{page_texts().town_label}</span>
                                    {park.town.value.clone().unwrap_or_else(|| t.unknown.to_string())}</p>
                                <ul class="tags">{industries.into_iter().take(3).map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <p><Link href=routes::Page::Parks.path()>{page_texts().compare_parks_link}</Link></p>
            })}
        </section>
        <section aria-labelledby="news-heading">
            <h2 id="news-heading">{page_texts().latest_news}</h2>
            {when_ready(data.catalog(), move || data.news().retry(), move |catalog: Arc<Catalog>| view! {
                <ul class="news-list compact">
                    {catalog.articles().iter().take(5)
                        .map(|a| view! { <ArticleLine article=a.clone() with_category=true/> })
                        .collect_view()}
                </ul>
                <p><Link href=routes::Page::News.path()>{page_texts().all_news_link}</Link></p>
            })}
        </section>
        <section aria-labelledby="services-heading">
            <h2 id="services-heading">{page_texts().services_heading}</h2>
            <ul class="shortcuts">{shortcuts}</ul>
        </section>
    }
}

//! `/invest`: the three ways to get premises (买地自建, 厂房租赁, 写字楼租赁) from invest.json —
//! what each involves, whom it suits, sourced reference prices — then the calculator, the same
//! scenario across the four parks, and a link that carries the scenario into an inquiry. The
//! scenario lives in the URL (`?option=&park=&area=&years=&…`); a shared link's value that a
//! field would refuse is named in a notice, its default used, and the address corrected.

use crate::components::calculator::{default_value, outcome_of, Calculator, Defaults};
use crate::components::facts::{figure_value, FigureView, ListFact};
use crate::components::link::use_base;
use crate::components::status::when_ready;
use crate::context::PageUrl;
use crate::data::Data;
use crate::pages::parks::park_headings;
use crate::text::{invest_texts, page_texts, texts};
use crate::web::url_state::{url_state, Write};
use domain::invest::{Input, Premises};
use domain::invest_query::{number_text, InvestQuery};
use domain::model::{InvestFile, InvestOption, ParksFile};
use domain::present::{figure_by_key, READY_LAND};
use domain::routes;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use std::sync::Arc;

#[component]
pub fn InvestPage() -> impl IntoView {
    let t = texts();
    view! {
        <Title text=t.invest_title/>
        <Meta name="description" content=invest_texts().invest_description/>
        <section class="page invest-page">
            <h1>{invest_texts().invest_heading}</h1>
            <p class="lead">{invest_texts().invest_lead}</p>
            <div data-widget="calculator"><InvestWidget/></div>
        </section>
    }
}

/// The options, the calculator and the scenario's inquiry link, which all follow the scenario
/// in the URL: the widget `widgets::calculator` mounts in the page's `data-widget="calculator"`
/// element.
#[component]
pub fn InvestWidget() -> impl IntoView {
    let data = Data::get();
    let invest = data.invest().load();
    let parks = data.parks().load();
    let ready = Signal::derive(move || invest.get().and(parks.get()));
    let retry = move || {
        data.invest().retry();
        data.parks().retry();
    };
    when_ready(ready, retry, |(invest, parks): (Arc<InvestFile>, Arc<ParksFile>)| {
        view! {
            <InvestBody invest=invest parks=parks/>
        }
    })
}

#[component]
fn InvestBody(invest: Arc<InvestFile>, parks: Arc<ParksFile>) -> impl IntoView {
    let defaults: Defaults =
        Arc::new(invest.calculator.iter().filter_map(|d| Some((Input::from_key(&d.input)?, d.clone()))).collect());
    let search = PageUrl::get().search;
    let url_query = Memo::new(move |_| InvestQuery::parse(&search.get()));
    let href = {
        let defaults = defaults.clone();
        move |q: &InvestQuery| q.href(|i| default_value(&defaults, i))
    };
    // Values in the link that the fields would refuse: said once, then the address corrected.
    let rejected: Vec<String> = url_query.with_untracked(|q| {
        q.rejected
            .iter()
            .map(|(input, given, error)| {
                let used = format!(
                    "{} {}",
                    number_text(default_value(&defaults, *input)),
                    (invest_texts().unit)(input.unit())
                );
                (invest_texts().link_rejected)((invest_texts().input_label)(*input), given, *error, &used)
            })
            .collect()
    });
    let (query, set_query) = url_state(url_query, href);
    if !rejected.is_empty() {
        let set = set_query.clone();
        Effect::new(move |_| set(query.get_untracked(), Write::Replace));
    }
    let link_notice = (!rejected.is_empty()).then(|| {
        view! {
            <div class="notice link-notice" role="status">
                {rejected.into_iter().map(|r| view! { <p>{r}</p> }).collect_view()}
                <p>{invest_texts().link_corrected}</p>
            </div>
        }
    });
    let chosen = Memo::new(move |_| query.with(|q| q.option));
    let options =
        invest.options.iter().map(|option| view! { <OptionCard option=option.clone() chosen=chosen/> }).collect_view();
    let park_names: Vec<(String, String)> = parks.parks.iter().map(|p| (p.id.clone(), p.name.clone())).collect();
    let set_park = set_query.clone();
    let base = use_base();
    let outcome = outcome_of(&defaults, query);
    let consult = {
        let defaults = defaults.clone();
        move || {
            let q = query.get();
            let default = |i| default_value(&defaults, i);
            let cheaper_to_buy = outcome.with(|o| o.buy.net_cost <= o.factory.net_cost);
            let topic = match q.option {
                Some(Premises::BuyLand) => "land",
                Some(Premises::FactoryRent) => "factory",
                Some(Premises::OfficeRent) => "other",
                None if cheaper_to_buy => "land",
                None => "factory",
            };
            routes::contact(Some(topic), q.park.as_deref(), Some(&q.scenario_query(default)))
        }
    };
    view! {
        <section class="calculator-section" aria-labelledby="calc-heading">
            <h2 id="calc-heading">{invest_texts().calculator_heading}</h2>
            {link_notice}
            <Calculator defaults=defaults query=query outcome=outcome set=set_query/>
            // The park changes no figure (one set of district prices serves all four); it goes
            // with an inquiry, so it sits beside the button that sends one.
            <div class="field">
                <label for="calc-park">{invest_texts().park_for_scenario}</label>
                <select id="calc-park" on:change=move |ev| {
                    let value = event_target_value(&ev);
                    let mut next = query.get_untracked();
                    next.park = Some(value).filter(|v| !v.is_empty());
                    set_park(next, Write::Push);
                }>
                    <option value="" selected=move || query.with(|q| q.park.is_none())>{invest_texts().any_park}</option>
                    {park_names.into_iter().map(|(id, name)| {
                        let selected_id = id.clone();
                        view! { <option value=id selected=move || query.with(|q| q.park.as_deref() == Some(selected_id.as_str()))>{name}</option> }
                    }).collect_view()}
                </select>
                <p class="note">{invest_texts().park_same_defaults}</p>
            </div>
            <p class="cta-row">
                <a class="button" href=move || base.href(&consult())>{invest_texts().consult_scenario}</a>
            </p>
            <details class="model-notes">
                <summary>{invest_texts().model_notes}</summary>
                <ul>{invest_texts().model_notes_text.iter().map(|n| view! { <li>{*n}</li> }).collect_view()}</ul>
            </details>
        </section>
        <div class="option-cards">{options}</div>
        <ParkComparison parks=parks/>
    }
    .into_any()
}

/// One way to get premises, highlighted when the URL chose it.
#[component]
fn OptionCard(option: InvestOption, chosen: Memo<Option<Premises>>) -> impl IntoView {
    let this = Premises::from_id(&option.id);
    let is_chosen = move || this.is_some() && chosen.get() == this;
    let heading_id = format!("option-{}", option.id);
    let labelled_by = heading_id.clone();
    let prices = option
        .reference_prices
        .iter()
        .map(|f| view! { <li><h4 class="figure-label">{f.label.clone()}</h4><FigureView figure=f.clone()/></li> })
        .collect_view();
    view! {
        <section class="option-card" class:chosen=is_chosen aria-labelledby=labelled_by>
            <h2 id=heading_id>
                {option.name.clone()}
                <span class="chosen-badge" hidden=move || !is_chosen()>{invest_texts().chosen}</span>
            </h2>
            <p>{option.summary.clone()}</p>
            <h3>{invest_texts().involves}</h3>
            <ol>{option.involves.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ol>
            <h3>{invest_texts().suits}</h3>
            <ul>{option.suits.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ul>
            <h3>{invest_texts().timeline}</h3>
            <ol>{option.timeline.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ol>
            <h3>{invest_texts().risks}</h3>
            <ul>{option.risks.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ul>
            <details class="reference-prices">
                <summary>{invest_texts().reference_prices}</summary>
                <ul class="figure-list">{prices}</ul>
            </details>
        </section>
    }
}

/// The same scenario in the four parks: the costs are the same (one set of district and city
/// prices serves all four, and the page says so); what differs is shown beside it.
#[component]
fn ParkComparison(parks: Arc<ParksFile>) -> impl IntoView {
    let t = texts();
    let heads = park_headings(&parks);
    let area =
        parks.parks.iter().map(|p| view! { <td><FigureView figure=p.planned_area.clone()/></td> }).collect_view();
    let firms =
        parks.parks.iter().map(|p| view! { <td><FigureView figure=p.enterprise_count.clone()/></td> }).collect_view();
    let industries =
        parks.parks.iter().map(|p| view! { <td><ListFact fact=p.industries.clone()/></td> }).collect_view();
    let town = parks
        .parks
        .iter()
        .map(|p| view! { <td>{p.town.value.clone().unwrap_or_else(|| t.unknown.to_string())}</td> })
        .collect_view();
    let ready_land = parks
        .parks
        .iter()
        .map(|p| match figure_by_key(&p.figures, READY_LAND) {
            Some(f) => view! { <td><FigureView figure=f.clone()/></td> }.into_any(),
            None => view! { <td class="unknown">{t.unknown}</td> }.into_any(),
        })
        .collect_view();
    let beijing = figure_by_key(&parks.district.access, "beijing").map(|f| figure_value(t, f));
    view! {
        <section aria-labelledby="park-compare-heading">
            <h2 id="park-compare-heading">{invest_texts().compare_parks_heading}</h2>
            <p>{invest_texts().compare_parks_same_prices}</p>
            <div class="table-scroll" role="region" aria-labelledby="park-compare-caption" tabindex="0">
                <table class="compare">
                    <caption id="park-compare-caption">{page_texts().compare_caption}<span class="scroll-hint">{page_texts().scroll_hint}</span></caption>
                    <thead><tr><th scope="col">{page_texts().compare_item}</th>{heads}</tr></thead>
                    <tbody>
                        <tr><th scope="row">{page_texts().row_town}</th>{town}</tr>
                        <tr><th scope="row">{page_texts().row_area}</th>{area}</tr>
                        <tr><th scope="row">{page_texts().row_ready_land}</th>{ready_land}</tr>
                        <tr><th scope="row">{page_texts().row_industries}</th>{industries}</tr>
                        <tr><th scope="row">{page_texts().row_enterprise_count}</th>{firms}</tr>
                    </tbody>
                </table>
            </div>
            {beijing.map(|b| view! { <p class="note">{(invest_texts().district_distance_note)(&b)}</p> })}
        </section>
    }
}

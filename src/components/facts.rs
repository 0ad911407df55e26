//! Facts as the portal shows them: every figure with whose figure it is, its date and its
//! sources; unknowns as 暂无公开数据 with the reason.

use crate::domain::model::{Fact, Figure, Source};
use crate::domain::present::{as_of_text, figure_text, reliability_label, scope_label, UNKNOWN_ZH};
use crate::domain::validate::is_web_url;
use leptos::prelude::*;

/// “来源：天津日报（2009年12月21日，媒体）”, each publisher a link to the source page.
#[component]
pub fn Sources(sources: Vec<Source>) -> impl IntoView {
    (!sources.is_empty()).then(|| {
        let items = sources
            .into_iter()
            .map(|s| {
                let meta = match s.published {
                    Some(date) => format!("（{}，{}）", date.display_zh(), reliability_label(s.reliability)),
                    None => format!("（{}）", reliability_label(s.reliability)),
                };
                let link = if is_web_url(&s.url) {
                    view! { <a href=s.url rel="noopener noreferrer external" target="_blank">{s.publisher}</a> }
                        .into_any()
                } else {
                    view! { <span>{s.publisher}</span> }.into_any()
                };
                view! { <li>{link}{meta}</li> }
            })
            .collect_view();
        view! {
            <div class="sources"><span class="sources-label">"来源："</span><ul>{items}</ul></div>
        }
    })
}

/// A numeric fact: value, scope, as-of date, note and sources.
#[component]
pub fn FigureView(figure: Figure) -> impl IntoView {
    let known = figure.value.is_some();
    let value = figure_text(&figure);
    view! {
        <div class="figure" class:unknown=!known>
            <span class="figure-value">{value}</span>
            <span class="figure-meta">
                <span class="scope">{scope_label(figure.scope)}</span>
                {figure.as_of.map(|d| view! { <span class="as-of">{as_of_text(d)}</span> })}
            </span>
            {figure.note.filter(|n| n != UNKNOWN_ZH).map(|n| view! { <p class="note">{n}</p> })}
            <Sources sources=figure.sources/>
        </div>
    }
}

/// A fact in words, or 暂无公开数据 with the reason.
#[component]
pub fn TextFact(fact: Fact<String>) -> impl IntoView {
    let known = fact.value.is_some();
    view! {
        <div class="fact" class:unknown=!known>
            <span class="fact-value">{fact.value.unwrap_or_else(|| UNKNOWN_ZH.to_string())}</span>
            {fact.as_of.map(|d| view! { <span class="as-of">{as_of_text(d)}</span> })}
            {fact.note.map(|n| view! { <p class="note">{n}</p> })}
            <Sources sources=fact.sources/>
        </div>
    }
}

/// A list fact (industries, enterprises), or 暂无公开数据.
#[component]
pub fn ListFact(fact: Fact<Vec<String>>) -> impl IntoView {
    let items = fact.value.clone();
    let unknown = items.is_none();
    view! {
        <div class="fact" class:unknown=unknown>
            {match items {
                Some(items) => view! { <ul class="fact-list">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any(),
                None => view! { <span class="fact-value">{UNKNOWN_ZH}</span> }.into_any(),
            }}
            {fact.as_of.map(|d| view! { <span class="as-of">{as_of_text(d)}</span> })}
            {fact.note.map(|n| view! { <p class="note">{n}</p> })}
            <Sources sources=fact.sources/>
        </div>
    }
}

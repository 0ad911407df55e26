//! Facts as the portal shows them: every figure with whose figure it is, its date and its
//! sources; unknowns as 暂无公开数据 with the reason.

use crate::text::{texts, Texts};
use domain::model::{Fact, Figure, Source};
use domain::present::figure_text;
use domain::validate::is_web_url;
use leptos::prelude::*;

/// The value of a figure in words, or the locale's “unknown”.
pub fn figure_value(t: &Texts, figure: &Figure) -> String {
    figure_text(figure, t.qualifier, t.number_style).unwrap_or_else(|| t.unknown.to_string())
}

/// “来源：天津日报（2009年12月21日，媒体）”, each publisher a link to the source page.
#[component]
pub fn Sources(sources: Vec<Source>) -> impl IntoView {
    let t = texts();
    (!sources.is_empty()).then(|| {
        let items = sources
            .into_iter()
            .map(|s| {
                let meta = (t.source_meta)(s.published.map(t.date), (t.reliability)(s.reliability));
                // Only http(s) addresses become links; anything else shows as text.
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
            <div class="sources"><span class="sources-label">{t.sources_label}</span><ul>{items}</ul></div>
        }
    })
}

/// A numeric fact: value, scope, as-of date, note and sources.
#[component]
pub fn FigureView(figure: Figure) -> impl IntoView {
    let t = texts();
    let known = figure.value.is_some();
    let value = figure_value(t, &figure);
    view! {
        <div class="figure" class:unknown=!known>
            <span class="figure-value">{value}</span>
            <span class="figure-meta">
                <span class="scope">{(t.scope)(figure.scope)}</span>
                {figure.as_of.map(|d| view! { <span class="as-of">{(t.as_of)(d)}</span> })}
            </span>
            {figure.note.filter(|n| n != t.unknown).map(|n| view! { <p class="note">{n}</p> })}
            <Sources sources=figure.sources/>
        </div>
    }
}

/// A fact in words, or 暂无公开数据 with the reason.
#[component]
pub fn TextFact(fact: Fact<String>) -> impl IntoView {
    let t = texts();
    let known = fact.value.is_some();
    view! {
        <div class="fact" class:unknown=!known>
            <span class="fact-value">{fact.value.unwrap_or_else(|| t.unknown.to_string())}</span>
            {fact.as_of.map(|d| view! { <span class="as-of">{(t.as_of)(d)}</span> })}
            {fact.note.map(|n| view! { <p class="note">{n}</p> })}
            <Sources sources=fact.sources/>
        </div>
    }
}

/// A list fact (industries, enterprises), or 暂无公开数据.
#[component]
pub fn ListFact(fact: Fact<Vec<String>>) -> impl IntoView {
    let t = texts();
    let items = fact.value.clone();
    let unknown = items.is_none();
    view! {
        <div class="fact" class:unknown=unknown>
            {match items {
                Some(items) => view! { <ul class="fact-list">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any(),
                None => view! { <span class="fact-value">{t.unknown}</span> }.into_any(),
            }}
            {fact.as_of.map(|d| view! { <span class="as-of">{(t.as_of)(d)}</span> })}
            {fact.note.map(|n| view! { <p class="note">{n}</p> })}
            <Sources sources=fact.sources/>
        </div>
    }
}

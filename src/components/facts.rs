//! Facts as the portal shows them: every figure with whose figure it is, its date and its
//! sources; unknowns as 暂无公开数据 with the reason.

use crate::text::{texts, Texts};
use domain::model::{Fact, Figure, Source};
use domain::present::figure_text;
use domain::references::References;
use domain::validate::is_web_url;
use leptos::prelude::*;
use std::sync::Arc;

/// The value of a figure in words, or the locale's “unknown”.
pub fn figure_value(t: &Texts, figure: &Figure) -> String {
    figure_text(figure, t.qualifier, t.number_style).unwrap_or_else(|| t.unknown.to_string())
}

/// One source: the publisher as a link (only http(s) addresses become links; anything else
/// shows as text), then its date (for an undated source, when it was read) and reliability.
fn source_line(t: &Texts, s: Source) -> impl IntoView {
    let accessed = s.accessed.filter(|_| s.undated).map(|d| (t.undated_accessed)((t.date)(d)));
    let meta = (t.source_meta)(s.published.map(t.date).or(accessed), (t.reliability)(s.reliability));
    let link = if let Some(url) = s.url.filter(|url| is_web_url(url)) {
        view! { <a href=url rel="noopener noreferrer external" target="_blank">{s.publisher}</a> }.into_any()
    } else {
        view! { <span>{s.publisher}</span> }.into_any()
    };
    view! { {link}{meta} }
}

/// A page's numbered references: provided by a page that cites by number (see
/// `domain::references`); `Sources` then shows `[1]` marks that open in place.
#[derive(Clone)]
pub struct PageReferences(pub Arc<References>);

/// Sources as the page cites them: numbered marks, each opening its source in place, when
/// the page numbers its references; otherwise “来源：天津日报（2009年12月21日，媒体）”, each
/// publisher a link to the source page.
#[component]
pub fn Sources(sources: Vec<Source>) -> impl IntoView {
    let t = texts();
    if let Some(PageReferences(refs)) = use_context::<PageReferences>() {
        let marks = sources
            .into_iter()
            .filter_map(|s| {
                let n = refs.number(&s)?;
                Some(view! {
                    <details class="cite">
                        <summary aria-label=(t.reference_mark)(n)>{format!("[{n}]")}</summary>
                        <span class="cite-body">{source_line(t, s)}</span>
                    </details>
                })
            })
            .collect_view();
        // A div (shown inline): a <details> may not sit in a <p> or <span>, and an HTML parser
        // would close a <p> before it, so the prerendered page would differ from the app's.
        return view! { <div class="cites">{marks}</div> }.into_any();
    }
    (!sources.is_empty())
        .then(|| {
            let items = sources.into_iter().map(|s| view! { <li>{source_line(t, s)}</li> }).collect_view();
            view! {
                <div class="sources"><span class="sources-label">{t.sources_label}</span><ul>{items}</ul></div>
            }
        })
        .into_any()
}

/// The page's reference list: every source it cites, numbered, each in full; `folded`, it is
/// one tap away (a page whose marks already open each source in place).
#[component]
pub fn ReferenceList(refs: Arc<References>, #[prop(optional)] folded: bool) -> impl IntoView {
    let t = texts();
    let items =
        refs.list().map(|(n, s)| view! { <li id=format!("ref-{n}")>{source_line(t, s.clone())}</li> }).collect_view();
    if folded {
        let count = refs.list().count();
        return view! {
            <section class="references" aria-labelledby="references-heading">
                <details>
                    <summary id="references-heading">{(t.references_count)(count)}</summary>
                    <ol>{items}</ol>
                </details>
            </section>
        }
        .into_any();
    }
    view! {
        <section class="references" aria-labelledby="references-heading">
            <h2 id="references-heading">{t.references_heading}</h2>
            <ol>{items}</ol>
        </section>
    }
    .into_any()
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
            <Sources sources=figure.sources/>
            {figure.note.filter(|n| n != t.unknown).map(|n| view! { <p class="note">{n}</p> })}
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
            <Sources sources=fact.sources/>
            {fact.note.map(|n| view! { <p class="note">{n}</p> })}
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
            <Sources sources=fact.sources/>
            {fact.note.map(|n| view! { <p class="note">{n}</p> })}
        </div>
    }
}

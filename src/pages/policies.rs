//! `/policies` (优惠政策): the incentive policies from policies.json, filtered by category and
//! by “currently valid” (`/policies?category=&valid=1`). Each shows its issuer, document number,
//! validity, status, summary, sources and the date its status was checked. A lapsed or
//! superseded policy is marked 已失效 with what replaced it, not hidden; a draft is marked
//! 征求意见稿. The rules are `domain::policies`.

use crate::components::facts::Sources;
use crate::components::heading::heading;
use crate::components::link::Link;
use crate::components::status::when_ready;
use crate::context::PageUrl;
use crate::context::Today;
use crate::data::Data;
use crate::text::texts;
use crate::web::url_state::{url_state, Write};
use domain::model::{PoliciesFile, Policy, PolicyStatus};
use domain::policies::{filter_policies, PolicyFilter};
use domain::routes;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use std::sync::Arc;

#[component]
pub fn PoliciesPage() -> impl IntoView {
    let t = texts();
    view! {
        <Title text=t.policies/>
        <Meta name="description" content=t.policies_description/>
        <section class="page policies-page">
            <h1>{t.policies}</h1>
            <p class="lead">{t.policies_lead}</p>
            <div data-widget="policies"><PoliciesWidget/></div>
            <p class="cta-row"><Link href=routes::contact(Some("policy"), None, None) class="button">{t.ask_policies}</Link></p>
        </section>
    }
}

/// The filter with the policies it shows: the widget `widgets::policies` mounts in the page's
/// `data-widget="policies"` element.
#[component]
pub fn PoliciesWidget() -> impl IntoView {
    let data = Data::get();
    when_ready(
        data.policies().load(),
        move || data.policies().retry(),
        |file: Arc<PoliciesFile>| {
            view! {
                <PolicyList file=file/>
            }
        },
    )
}

#[component]
fn PolicyList(file: Arc<PoliciesFile>) -> impl IntoView {
    let t = texts();
    let today = use_context::<Today>().map(|d| d.0);
    let search = PageUrl::get().search;
    let ids: Vec<String> = file.categories.iter().map(|c| c.id.clone()).collect();
    let url_filter = Memo::new(move |_| {
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        match today {
            Some(today) => PolicyFilter::parse(&search.get(), &ids, today),
            None => PolicyFilter::default(),
        }
    });
    let (filter, set_filter) = url_state(url_filter, PolicyFilter::href);
    let set_category = set_filter.clone();
    let categories = file.categories.clone();
    let shown_file = file.clone();
    let shown = Memo::new(move |_| {
        filter.with(|f| filter_policies(&shown_file.policies, f).into_iter().cloned().collect::<Vec<Policy>>())
    });
    view! {
        <form class="filters policy-filters" role="search" aria-label=t.filter_policies on:submit=|ev| ev.prevent_default()>
            <div class="field">
                <label for="policy-category">{t.category}</label>
                <select id="policy-category" on:change=move |ev| {
                    let value = event_target_value(&ev);
                    let next = PolicyFilter { category: Some(value).filter(|v| !v.is_empty()), ..filter.get_untracked() };
                    set_category(next, Write::Push);
                }>
                    <option value="" selected=move || filter.with(|f| f.category.is_none())>{t.all_categories}</option>
                    {categories.into_iter().map(|c| {
                        let id = c.id.clone();
                        view! { <option value=c.id selected=move || filter.with(|f| f.category.as_deref() == Some(id.as_str()))>{c.label}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field checkbox-field">
                <input id="policy-valid" type="checkbox" prop:checked=move || filter.with(|f| f.in_force_on.is_some())
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        let next = PolicyFilter { in_force_on: if on { today } else { None }, ..filter.get_untracked() };
                        set_filter(next, Write::Push);
                    }/>
                <label for="policy-valid">{t.only_valid}</label>
            </div>
        </form>
        <p class="note">{t.policies_scope_note}</p>
        <p class="result-count" role="status" aria-live="polite">{move || (t.policy_count)(shown.with(Vec::len))}</p>
        {move || {
            let file = file.clone();
            view! {
                <ol class="policy-list">
                    {shown.get().into_iter().map(|p| view! { <PolicyItem policy=p file=file.clone()/> }).collect_view()}
                </ol>
            }
        }}
    }
}

/// One policy in full. `nested`: the page's sections are h2, so the policy's heading is an h3.
#[component]
pub fn PolicyItem(policy: Policy, file: Arc<PoliciesFile>, #[prop(optional)] nested: bool) -> impl IntoView {
    let t = texts();
    let category = file.category_label(&policy.category).unwrap_or(&policy.category).to_string();
    let (badge, badge_class) = match policy.status {
        PolicyStatus::InForce => (t.status_in_force, "in-force"),
        PolicyStatus::Lapsed | PolicyStatus::Superseded => (t.status_lapsed, "lapsed"),
        PolicyStatus::Draft => (t.status_draft, "draft"),
    };
    let replaced =
        policy.replaced_by.as_ref().map(|r| (t.replaced_by)(&(t.document_ref)(&r.title, r.document_number.as_deref())));
    let from = policy.valid_from.map(t.date).unwrap_or_else(|| t.not_published.to_string());
    let to = policy.valid_to.map(t.date).unwrap_or_else(|| t.no_stated_end.to_string());
    let status = view! { <span class=format!("status {badge_class}")>{badge}</span> };
    let title = heading(nested, None, view! { {policy.title.clone()} {status} });
    view! {
        <li class="policy" class:lapsed=badge_class == "lapsed">
            {title}
            {policy.official_title.clone().map(|zh| view! { <p class="official-title" lang="zh-CN">{zh}</p> })}
            {replaced.map(|r| view! { <p class="replaced">{r}</p> })}
            <dl class="policy-meta">
                <dt>{t.issuer}</dt><dd>{policy.issuer.clone().unwrap_or_else(|| t.unknown.to_string())}</dd>
                <dt>{t.document_number}</dt><dd>{policy.document_number.clone().unwrap_or_else(|| t.unknown.to_string())}</dd>
                <dt>{t.category}</dt><dd>{category}</dd>
                <dt>{t.scope_label}</dt><dd>{(t.policy_scope)(policy.scope)}</dd>
                <dt>{t.validity}</dt><dd>{(t.valid_range)(&from, &to)}</dd>
            </dl>
            {policy.validity.clone().map(|v| view! { <p class="note">{v}</p> })}
            <p>{policy.summary.clone()}</p>
            {(!policy.points.is_empty()).then(|| view! {
                <ul>{policy.points.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view()}</ul>
            })}
            <Sources sources=policy.sources.clone()/>
            {policy.checked.map(|d| view! { <p class="checked">{(t.status_checked_on)(&(t.date)(d))}</p> })}
        </li>
    }
}

//! The news filter bar's controls: a labelled select per facet with counts, and labelled
//! date inputs. They report choices; the page decides what a choice does.

use crate::text::texts;
use domain::date::PartialDate;
use domain::news::FacetCount;
use leptos::prelude::*;

/// A labelled select over one facet, each option with its count.
#[component]
pub fn FacetSelect(
    id: &'static str,
    label: &'static str,
    all: &'static str,
    options: Signal<Vec<FacetCount>>,
    selected: Signal<Option<String>>,
    label_of: impl Fn(&str) -> String + Send + Sync + 'static,
    on_pick: impl Fn(Option<String>) + 'static,
) -> impl IntoView {
    let t = texts();
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id on:change=move |ev| {
                let v = event_target_value(&ev);
                on_pick(Some(v).filter(|v| !v.is_empty()));
            }>
                <option value="" selected=move || selected.get().is_none()>{all}</option>
                {move || {
                    let current = selected.get();
                    options.get().into_iter().map(|f| {
                        let is_current = current.as_deref() == Some(f.value.as_str());
                        let text = (t.facet_option)(&label_of(&f.value), f.count);
                        view! { <option value=f.value.clone() selected=is_current>{text}</option> }
                    }).collect_view()
                }}
            </select>
        </div>
    }
}

/// A labelled date input; an emptied or invalid date clears the filter.
#[component]
pub fn DateField(
    id: &'static str,
    label: &'static str,
    value: Signal<Option<PartialDate>>,
    on_pick: impl Fn(Option<PartialDate>) + 'static,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input id=id type="date" prop:value=move || value.get().map(|d| d.to_string()).unwrap_or_default()
                on:change=move |ev| on_pick(PartialDate::parse(&event_target_value(&ev)).ok().filter(|d| d.day.is_some()))/>
        </div>
    }
}

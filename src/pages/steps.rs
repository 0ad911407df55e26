//! `/invest/register` (公司注册) and `/invest/foreign` (外商投资): numbered steps from
//! invest.json, each with its official source link and the date of the source it rests on.

use crate::components::facts::Sources;
use crate::components::heading::heading;
use crate::components::hotline::HotlineLink;
use crate::components::link::Link;
use crate::components::status::when_ready;
use crate::data::Data;
use crate::text::{page_texts, texts};
use domain::model::{InvestFile, Step};
use domain::routes;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use std::sync::Arc;

/// Which list of steps a page shows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Steps {
    Register,
    Foreign,
}

#[component]
pub fn StepsPage(steps: Steps) -> impl IntoView {
    let t = texts();
    let data = Data::get();
    let (title, description, lead) = match steps {
        Steps::Register => (t.register, page_texts().register_description, page_texts().register_lead),
        Steps::Foreign => (t.foreign, page_texts().foreign_description, page_texts().foreign_lead),
    };
    let topic = if steps == Steps::Foreign { "other" } else { "policy" };
    view! {
        <Title text=title/>
        <Meta name="description" content=description/>
        <article class="page steps-page">
            <h1>{title}</h1>
            <p class="lead">{lead}</p>
            {when_ready(data.invest().load(), move || data.invest().retry(), move |invest: Arc<InvestFile>| {
                let list = match steps {
                    Steps::Register => invest.registration.clone(),
                    Steps::Foreign => invest.foreign_investment.clone(),
                };
                view! { <ol class="steps">{list.into_iter().map(|step| view! { <StepItem step=step/> }).collect_view()}</ol> }
            })}
            <p class="cta-row">
                <Link href=routes::contact(Some(topic), None, None) class="button">{page_texts().ask_us}</Link>
                " " {page_texts().or_call} " " <HotlineLink/>
            </p>
        </article>
    }
}

/// One step with its sources. `nested`: the page's sections are h2, so the step's is an h3.
#[component]
pub fn StepItem(step: Step, #[prop(optional)] nested: bool) -> impl IntoView {
    let t = texts();
    let checked = step.checked.map(|d| (page_texts().checked_on)(&(t.date)(d)));
    view! {
        <li>
            {heading(nested, None, step.title)}
            <p>{step.detail}</p>
            <Sources sources=step.sources/>
            {checked.map(|c| view! { <p class="checked">{c}</p> })}
        </li>
    }
}

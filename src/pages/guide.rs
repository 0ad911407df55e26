//! `/guide` (园区招商政策汇编, the offer 立即获取 on every page leads here): what an investor
//! takes away — the four parks compared, the policies in force on the day the site was built,
//! the steps to register a company and to invest from abroad, and whom to call — as one page
//! that prints to an A4 document (the stylesheet's print rules). Built from the same content as
//! the pages it summarises; every fact keeps its numbered source, listed in full at the end.

use crate::components::facts::{PageReferences, ReferenceList};
use crate::components::hotline::HotlineLink;
use crate::components::link::Link;
use crate::components::status::when_ready;
use crate::context::Today;
use crate::data::Data;
use crate::pages::parks::{comparison_citations, ComparisonTable, ParkCards};
use crate::pages::policies::PolicyItem;
use crate::pages::steps::StepItem;
use crate::text::{guide_texts, texts};
use domain::model::{InvestFile, ParksFile, PoliciesFile, Policy};
use domain::nav::policy_pack_by_mail_href;
use domain::policies::{filter_policies, PolicyFilter};
use domain::references::References;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use std::sync::Arc;

#[component]
pub fn GuidePage() -> impl IntoView {
    let t = texts();
    let g = guide_texts();
    let data = Data::get();
    let site = data.site();
    let today = use_context::<Today>().map(|d| d.0);
    let compiled = today.map(|day| {
        view! { <p class="guide-date"><time datetime=day.to_string()>{(g.compiled_on)(&(t.date)(day))}</time></p> }
    });
    view! {
        <Title text=g.title/>
        <Meta name="description" content=g.description/>
        <article class="page guide">
            <header class="guide-cover">
                <p class="guide-kicker">{site.name.clone()}</p>
                <h1>{g.title}</h1>
                {compiled}
                <p class="lead">{g.cover_lead}</p>
                <p class="guide-hotline">{site.hotline_label.clone()}" "<HotlineLink/></p>
                <div class="guide-actions">
                    <p>{g.print_hint}</p>
                    <p>{g.by_mail_before}" "<Link href=policy_pack_by_mail_href()>{g.by_mail_link}</Link></p>
                </div>
                <nav class="guide-contents" aria-labelledby="guide-contents">
                    <h2 id="guide-contents">{g.contents}</h2>
                    <ol>
                        <li><a href="#guide-parks">{g.parks_heading}</a></li>
                        <li><a href="#guide-policies">{g.policies_heading}</a></li>
                        <li><a href="#guide-register">{g.register_heading}</a></li>
                        <li><a href="#guide-foreign">{g.foreign_heading}</a></li>
                        <li><a href="#guide-contact">{g.contact_heading}</a></li>
                        <li><a href="#references-heading">{t.references_heading}</a></li>
                    </ol>
                </nav>
            </header>
            {when_ready(data.parks().load(), move || data.parks().retry(), move |parks: Arc<ParksFile>| {
                when_ready(data.policies().load(), move || data.policies().retry(), move |policies: Arc<PoliciesFile>| {
                    let parks = parks.clone();
                    when_ready(data.invest().load(), move || data.invest().retry(), move |invest: Arc<InvestFile>| view! {
                        <GuideBody parks=parks.clone() policies=policies.clone() invest=invest/>
                    })
                })
            })}
        </article>
    }
}

/// The guide's sections, numbering every source they cite in the order a reader meets them.
#[component]
fn GuideBody(parks: Arc<ParksFile>, policies: Arc<PoliciesFile>, invest: Arc<InvestFile>) -> impl IntoView {
    let t = texts();
    let g = guide_texts();
    let site = Data::get().site();
    let today = use_context::<Today>().map(|d| d.0);
    let in_force: Vec<Policy> = today
        .map(|day| {
            let filter = PolicyFilter { category: None, in_force_on: Some(day) };
            filter_policies(&policies.policies, &filter).into_iter().cloned().collect()
        })
        .unwrap_or_default();
    let refs = Arc::new(References::collect(
        comparison_citations(&parks)
            .chain(in_force.iter().map(|p| p.sources.as_slice()))
            .chain(invest.registration.iter().map(|s| s.sources.as_slice()))
            .chain(invest.foreign_investment.iter().map(|s| s.sources.as_slice())),
    ));
    provide_context(PageReferences(refs.clone()));
    let in_force_line = today.map(|day| (g.policies_in_force)(in_force.len(), &(t.date)(day)));
    let policy_items =
        in_force.into_iter().map(|p| view! { <PolicyItem policy=p file=policies.clone() nested=true/> }).collect_view();
    let steps = |list: &[domain::model::Step]| {
        list.iter().cloned().map(|step| view! { <StepItem step=step nested=true/> }).collect_view()
    };
    view! {
        <section class="guide-section guide-parks" aria-labelledby="guide-parks">
            <h2 id="guide-parks">{g.parks_heading}</h2>
            <ComparisonTable parks=parks.clone()/>
            <ParkCards parks=parks nested=true/>
            <p class="note">{g.parks_note}</p>
        </section>
        <section class="guide-section guide-policies" aria-labelledby="guide-policies">
            <h2 id="guide-policies">{g.policies_heading}</h2>
            {in_force_line.map(|line| view! { <p>{line}</p> })}
            <p class="note">{g.policies_elsewhere}</p>
            <ol class="policy-list">{policy_items}</ol>
        </section>
        <section class="guide-section" aria-labelledby="guide-register">
            <h2 id="guide-register">{g.register_heading}</h2>
            <ol class="steps">{steps(&invest.registration)}</ol>
        </section>
        <section class="guide-section" aria-labelledby="guide-foreign">
            <h2 id="guide-foreign">{g.foreign_heading}</h2>
            <ol class="steps">{steps(&invest.foreign_investment)}</ol>
        </section>
        <section class="guide-section guide-contact" aria-labelledby="guide-contact">
            <h2 id="guide-contact">{g.contact_heading}</h2>
            <p>{g.contact_lead}</p>
            // The number as text: the cover already links it (one hotline stop per page region).
            <p class="guide-hotline">{site.contact_center.clone()}" · "{site.hotline_label.clone()}" "{site.hotline.clone()}</p>
            <p>{g.contact_online}</p>
        </section>
        <ReferenceList refs=refs/>
    }
}

//! `/contact` (在线咨询): the inquiry form, prefilled from `?topic=&park=&scenario=`, and what
//! happens to a valid inquiry: sent through the outbox under an id minted at that moment when
//! `config.json` names an endpoint, offered as a prepared e-mail when it does not (the page
//! says so above the form, before anything is filled in), or, when it looks automated,
//! thanked and dropped. Without JavaScript the page shows the hotline, the mail address and
//! what to say; a visitor abroad is told a 400 number may not be reachable and what else works.

use crate::components::hotline::HotlineLink;
use crate::components::inquiry_form::{Draft, InquiryForm};
use crate::components::inquiry_outcome::{ByMail, Delivered, OutboxPanel, Submitted};
use crate::context::PageUrl;
use crate::data::Data;
use crate::inquiries::{Endpoint, Inquiries};
use crate::text::{contact_texts, texts};
use crate::web::device;
use domain::inquiry::{Inquiry, Valid};
use domain::inquiry_form::{looks_automated, prefill};
use domain::outbox::reference_for;
use domain::routes::tel;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// Where the visitor is in sending one inquiry.
#[derive(Clone, Debug, PartialEq)]
enum Stage {
    Editing,
    /// In the outbox under this id.
    Submitted(String),
    /// No endpoint: offered as an e-mail.
    ByMail(Box<Inquiry>),
    /// Looked automated: thanked with a reference, not sent.
    Thanked(String),
}

#[component]
pub fn ContactPage() -> impl IntoView {
    let c = contact_texts();
    view! {
        <Title text=c.title/>
        <Meta name="description" content=c.description/>
        <section class="page contact-page">
            <h1>{c.title}</h1>
            <p class="lead">{c.lead}</p>
            <div data-widget="inquiry"><InquiryWidget/></div>
        </section>
    }
}

/// The form, the outbox and the other ways to inquire, which follow whether inquiries can be
/// sent online: the widget `widgets::inquiry` mounts in the page's `data-widget="inquiry"`
/// element. It runs the outbox service (`Inquiries`) for as long as the page is open.
#[component]
pub fn InquiryWidget() -> impl IntoView {
    let t = texts();
    let c = contact_texts();
    let location = PageUrl::get();
    let inquiries = Inquiries::provide();
    let draft = Draft::new(prefill(&location.search.get_untracked()));
    let stage = RwSignal::new(Stage::Editing);
    Effect::new(move |_| inquiries.load_endpoint());

    let on_valid = Callback::new(move |(valid, honeypot): (Valid, String)| {
        let saved = draft.saved_or_start();
        // The inquiry's identity, minted now: a draft restored in two tabs sends two inquiries.
        let id = device::random_inquiry_id();
        if looks_automated(&honeypot, device::now_ms() - saved.started_ms) {
            draft.clear();
            stage.set(Stage::Thanked(reference_for(&id)));
            return;
        }
        let search = location.search.get_untracked();
        let query = if search.is_empty() { String::new() } else { format!("?{}", search.trim_start_matches('?')) };
        let page = format!("{}{query}", location.pathname());
        let locale = use_context::<crate::text::Locale>().unwrap_or_default();
        let inquiry = Inquiry::new(valid, &id, locale.tag(), &page, &device::now_iso());
        if inquiries.endpoint.get_untracked() == Endpoint::None {
            stage.set(Stage::ByMail(Box::new(inquiry)));
        } else {
            inquiries.submit(inquiry);
            draft.clear();
            stage.set(Stage::Submitted(id));
        }
    });
    // A refused inquiry goes back into the form, to be changed and sent again.
    // Focus moves to the form's heading once it shows (the button pressed is gone).
    let take_back = Callback::new(move |id: String| {
        if let Some(inquiry) = inquiries.take_back(&id) {
            draft.restore(inquiry.draft());
            stage.set(Stage::Editing);
            request_animation_frame(|| {
                crate::web::focus::focus_by_id("inquiry-form-heading");
            });
        }
    });
    // Taking one back replaces the form's fields: not while the visitor is writing another.
    let can_take_back = Signal::derive(move || {
        stage.with(|s| *s != Stage::Editing) || !draft.form.with(|f| f.draft().has_typed_text())
    });
    let start_again = Callback::new(move |()| {
        draft.clear();
        stage.set(Stage::Editing);
    });
    let current_id = Signal::derive(move || match stage.get() {
        Stage::Submitted(id) => Some(id),
        _ => None,
    });
    // While the form shows errors the document's title says so first (an effect: in the browser).
    let site_name = Data::get().site().name.clone();
    Effect::new(move |_| {
        let errors = stage.with(|s| *s == Stage::Editing) && draft.form.with(|f| !f.problems().is_empty());
        let page = match errors {
            true => format!("{}{}", c.error_title_prefix, c.title),
            false => c.title.to_string(),
        };
        crate::web::title::set_title(&(t.title_with_site)(&page, &site_name));
    });
    view! {
            <OfflineNotice/>
            <OutboxPanel except=current_id on_take_back=take_back can_take_back=can_take_back/>
            <noscript><p class="notice">{c.needs_js}</p></noscript>
            {move || match stage.get() {
                Stage::Editing => view! { <InquiryForm draft=draft on_valid=on_valid/> }.into_any(),
                Stage::Submitted(id) => view! { <Submitted id=id on_new=start_again on_take_back=take_back/> }.into_any(),
                Stage::ByMail(inquiry) => {
                    view! { <ByMail inquiry=*inquiry on_back=move |_| stage.set(Stage::Editing)/> }.into_any()
                }
                Stage::Thanked(reference) => view! { <Delivered reference=reference on_new=start_again/> }.into_any(),
            }}
            <OtherWays/>
    }
    .into_any()
}

/// Above the form when no endpoint is configured: online sending is not open, call (or mail).
#[component]
fn OfflineNotice() -> impl IntoView {
    let c = contact_texts();
    let inquiries = Inquiries::get();
    let email = Data::get().site().inquiry_email.clone();
    view! {
        <div class="notice warning offline-notice" role="region" aria-labelledby="offline-heading"
            hidden=move || !inquiries.offline()>
            <h2 id="offline-heading">{c.offline_heading}</h2>
            <p>{c.offline_notice}<HotlineLink/>{texts().full_stop}
                {email.map(|address| view! { " "{c.by_mail}<a href=format!("mailto:{address}")>{address.clone()}</a> })}
            </p>
            <p>{c.offline_form_hint}</p>
        </div>
    }
}

/// For a visitor outside mainland China: a 400 number may not be reachable; what the site
/// configures instead (an international number, a mail address), else the form, else nothing.
#[component]
fn FromAbroad() -> impl IntoView {
    let c = contact_texts();
    let site = Data::get().site();
    let inquiries = Inquiries::get();
    let international = site.hotline_international.clone();
    let email = site.inquiry_email.clone();
    let alternative = move || match (&international, &email, inquiries.offline()) {
        (Some(number), _, _) => view! { {c.abroad_call}<a href=tel(number)>{number.clone()}</a> }.into_any(),
        (None, Some(address), _) => {
            view! { {c.abroad_mail}<a href=format!("mailto:{address}")>{address.clone()}</a> }.into_any()
        }
        (None, None, false) => c.abroad_form.into_any(),
        (None, None, true) => c.abroad_nothing.into_any(),
    };
    view! { <p class="hint from-abroad">{c.abroad}" "{alternative}</p> }
}

/// The hotline, the mail address and what to tell them: the way to inquire without the form.
#[component]
fn OtherWays() -> impl IntoView {
    let c = contact_texts();
    let email = Data::get().site().inquiry_email.clone();
    let mail = match email {
        Some(address) => view! { <a href=format!("mailto:{address}")>{address.clone()}</a> }.into_any(),
        None => view! { <span>{c.mail_unpublished}</span> }.into_any(),
    };
    view! {
        <section class="other-ways" aria-labelledby="other-ways-heading">
            <h2 id="other-ways-heading">{c.other_ways_heading}</h2>
            <ul>
                <li>{c.by_phone}<HotlineLink/></li>
                <li>{c.by_mail}{mail}</li>
            </ul>
            <FromAbroad/>
            <p>{c.what_to_say}</p>
        </section>
    }
}

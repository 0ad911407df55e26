//! What the visitor sees after sending an inquiry: on its way, delivered (with the reference
//! and what happens next), not delivered (why, that it is kept, 立即重试), refused by the
//! server (why, that it will not be resent, 取回修改 to change it in the form), or, with no
//! endpoint, the inquiry as a prepared e-mail. When device storage refused to keep it, that is
//! said instead of "saved", with the text to copy, mail and the hotline. Also the list of
//! earlier inquiries still waiting in the outbox. Each outcome's heading takes focus when it
//! appears.

use crate::components::hotline::HotlineLink;
use crate::data::Data;
use crate::inquiries::Inquiries;
use crate::text::{contact_texts, invest_texts, texts, Texts};
use domain::inquiry::Inquiry;
use domain::inquiry_form::{mailto_href, scenario_inputs};
use domain::invest_query::number_text;
use domain::load::Load;
use domain::outbox::State;
use leptos::html;
use leptos::prelude::*;

/// A heading that takes focus when it is shown, so screen readers announce the outcome.
#[component]
fn OutcomeHeading(text: &'static str, #[prop(optional)] id: Option<&'static str>) -> impl IntoView {
    let heading = NodeRef::<html::H2>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    view! { <h2 node_ref=heading id=id tabindex="-1">{text}</h2> }
}

/// The confirmation: reference, what happens next, the hotline.
#[component]
pub fn Delivered(reference: String, #[prop(into)] on_new: Callback<()>) -> impl IntoView {
    let c = contact_texts();
    view! {
        <div class="outcome delivered">
            <OutcomeHeading text=c.delivered_heading/>
            <p class="reference">{c.reference_label}{texts().colon}<strong>{reference}</strong></p>
            <p>{c.next_steps}<HotlineLink/></p>
            <p class="hint">{c.keep_reference}</p>
            <p><button type="button" class="button secondary" on:click=move |_| on_new.run(())>{c.new_inquiry}</button></p>
        </div>
    }
}

/// The state of one submitted inquiry, following the outbox.
#[component]
pub fn Submitted(
    id: String,
    #[prop(into)] on_new: Callback<()>,
    #[prop(into)] on_take_back: Callback<String>,
) -> impl IntoView {
    let t = texts();
    let c = contact_texts();
    let inquiries = Inquiries::get();
    let state = {
        let id = id.clone();
        Memo::new(move |_| inquiries.outbox.with(|o| o.get(&id).map(|e| e.state.clone())))
    };
    let inquiry = {
        let id = id.clone();
        move || inquiries.outbox.with_untracked(|o| o.get(&id).map(|e| e.inquiry.clone()))
    };
    let unsaved = {
        let id = id.clone();
        Memo::new(move |_| inquiries.is_unsaved(&id))
    };
    let not_saved = {
        let inquiry = inquiry.clone();
        move || unsaved.get().then(|| inquiry().map(|i| view! { <NotSaved inquiry=i/> })).flatten()
    };
    let outcome = move || match state.get() {
        Some(State::Delivered { reference }) => view! { <Delivered reference=reference on_new=on_new/> }.into_any(),
        Some(State::Pending { last_error: Some(error), .. }) => {
            let retrying = {
                let id = id.clone();
                Memo::new(move |_| inquiries.in_flight.with(|s| s.contains(&id)))
            };
            view! {
                <div class="outcome not-delivered" role="group" aria-labelledby="not-delivered-heading">
                    <OutcomeHeading text=c.not_delivered_heading id="not-delivered-heading"/>
                    <p>{(c.delivery_error)(&error)}</p>
                    <p hidden=move || unsaved.get()>{c.kept_on_device}<HotlineLink/>{t.full_stop}</p>
                    <p class="form-actions">
                        <button type="button" class="button" disabled=retrying
                            on:click=move |_| inquiries.send_waiting()>{c.retry_now}</button>
                        {inquiry().map(|i| view! { <MailLink inquiry=i/> })}
                    </p>
                    <p role="status" class="sending">{move || retrying.get().then_some(c.sending)}</p>
                </div>
            }
            .into_any()
        }
        Some(State::Refused { status }) => {
            let id = id.clone();
            view! {
                <div class="outcome not-delivered" role="group" aria-labelledby="refused-heading">
                    <OutcomeHeading text=c.refused_heading id="refused-heading"/>
                    <p>{(c.refused)(status)}<HotlineLink/>{t.full_stop}</p>
                    <p class="form-actions">
                        <button type="button" class="button" on:click=move |_| on_take_back.run(id.clone())>{c.take_back}</button>
                        {inquiry().map(|i| view! { <MailLink inquiry=i/> })}
                    </p>
                </div>
            }
            .into_any()
        }
        Some(State::Pending { .. }) => view! {
            <div class="outcome sending" role="status"><p>{c.sending}</p></div>
        }
        .into_any(),
        None => ().into_any(),
    };
    let delivered = move || matches!(state.get(), Some(State::Delivered { .. }));
    view! {
        {outcome}
        {move || if delivered() { None } else { not_saved() }}
    }
}

/// Storage refused to keep the inquiry: it lives in this page only. Says so, and offers what
/// still works: the text to copy, mail when an address is published, the hotline.
#[component]
fn NotSaved(inquiry: Inquiry) -> impl IntoView {
    let c = contact_texts();
    let text = prepared_text(&inquiry);
    let copied = RwSignal::new(None::<bool>);
    let copy = {
        let text = text.clone();
        move |_| {
            #[cfg(target_arch = "wasm32")]
            {
                let text = text.clone();
                leptos::task::spawn_local(async move {
                    copied.set(Some(crate::web::clipboard::copy(&text).await));
                });
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = &text;
        }
    };
    view! {
        <div class="outcome not-saved" role="group" aria-labelledby="not-saved-heading">
            <h2 id="not-saved-heading">{c.storage_not_kept_heading}</h2>
            <p>{c.not_saved}</p>
            <pre class="prepared" tabindex="0" aria-label=c.prepared_label>{text}</pre>
            <p class="form-actions">
                <button type="button" class="button secondary" on:click=copy>{c.copy_text}</button>
                <MailLink inquiry=inquiry/>
            </p>
            <p role="status">{move || copied.get().map(|ok| if ok { c.copied } else { c.copy_failed })}</p>
            <p>{c.by_phone}<HotlineLink/></p>
        </div>
    }
}

/// With no endpoint: the inquiry as a prepared e-mail, and the hotline.
#[component]
pub fn ByMail(inquiry: Inquiry, #[prop(into)] on_back: Callback<()>) -> impl IntoView {
    let c = contact_texts();
    view! {
        <div class="outcome by-mail">
            <OutcomeHeading text=c.no_endpoint_heading/>
            <p>{c.no_endpoint}</p>
            <pre class="prepared" tabindex="0" aria-label=c.prepared_label>{prepared_text(&inquiry)}</pre>
            {Data::get().site().inquiry_email.is_some().then(|| view! {
                <p class="form-actions"><MailLink inquiry=inquiry.clone()/></p>
            })}
            <p>{c.by_phone}<HotlineLink/></p>
            <p><button type="button" class="button secondary" on:click=move |_| on_back.run(())>{c.back_to_form}</button></p>
        </div>
    }
}

/// A `mailto:` link with the inquiry written out, when the site publishes an address.
#[component]
pub fn MailLink(inquiry: Inquiry) -> impl IntoView {
    let data = Data::get();
    let site = data.site();
    let email = site.inquiry_email.clone()?;
    let topic = site.topic_label(inquiry.topic.id()).unwrap_or(inquiry.topic.id()).to_string();
    let href = mailto_href(&email, &(contact_texts().mail_subject)(&topic, &inquiry.company), &prepared_text(&inquiry));
    Some(view! { <a class="button secondary" href=href>{contact_texts().send_by_mail}</a> })
}

/// The inquiry written out for a mail or a call, with the topic's and park's names.
fn prepared_text(inquiry: &Inquiry) -> String {
    let data = Data::get();
    let park_name = inquiry.park.as_ref().map(|id| match data.parks().load().get_untracked() {
        Load::Ready(file) => file.parks.iter().find(|p| &p.id == id).map_or(id.clone(), |p| p.name.clone()),
        _ => id.clone(),
    });
    let site = data.site();
    let topic = site.topic_label(inquiry.topic.id()).unwrap_or(inquiry.topic.id());
    mail_body(texts(), inquiry, topic, park_name.as_deref())
}

/// The e-mail's text: every field the form collected, one per line.
fn mail_body(t: &Texts, inquiry: &Inquiry, topic: &str, park: Option<&str>) -> String {
    let c = contact_texts();
    let mut lines = vec![c.mail_intro.to_string(), String::new()];
    let colon = t.colon;
    let mut add = |label: &str, value: &str| lines.push(format!("{label}{colon}{value}"));
    add(c.topic_legend, topic);
    add(c.park_label, park.unwrap_or(c.park_undecided));
    add(c.name_label, &inquiry.name);
    add(c.company_label, &inquiry.company);
    add(c.phone_label, &inquiry.phone);
    if let Some(email) = &inquiry.email {
        add(c.email_label, email);
    }
    if let Some(message) = &inquiry.message {
        lines.push(format!("{}{colon}", c.message_label));
        lines.push(message.clone());
    }
    if let Some(scenario) = &inquiry.scenario {
        lines.push(format!("{}{colon}", c.scenario_heading));
        for (input, value) in scenario_inputs(scenario) {
            lines.push(format!(
                "- {}{colon}{} {}",
                (invest_texts().input_label)(input),
                number_text(value),
                (invest_texts().unit)(input.unit())
            ));
        }
    }
    lines.join("\n")
}

/// Earlier inquiries in the outbox (all but `except`): waiting ones with 立即重试, refused ones
/// with 取回修改, delivered ones with their reference until the visitor dismisses them.
#[component]
pub fn OutboxPanel(
    #[prop(into)] except: Signal<Option<String>>,
    #[prop(into)] on_take_back: Callback<String>,
    /// False while the form holds other text (taking one back would replace it).
    #[prop(into)]
    can_take_back: Signal<bool>,
) -> impl IntoView {
    let t = texts();
    let c = contact_texts();
    let site = Data::get().site();
    let inquiries = Inquiries::get();
    let entries = Memo::new(move |_| {
        let except = except.get();
        inquiries
            .outbox
            .with(|o| o.entries().iter().filter(|e| Some(&e.id) != except.as_ref()).cloned().collect::<Vec<_>>())
    });
    let waiting = move || entries.with(|list| list.iter().any(|e| matches!(e.state, State::Pending { .. })));
    let delivered = move || entries.with(|list| list.iter().any(|e| matches!(e.state, State::Delivered { .. })));
    let rows = move || {
        entries
            .get()
            .into_iter()
            .map(|entry| {
                let topic = site.topic_label(entry.inquiry.topic.id()).unwrap_or_default().to_string();
                let reference = domain::outbox::reference_for(&entry.id);
                let text = match &entry.state {
                    State::Delivered { reference } => (c.outbox_delivered)(reference),
                    State::Refused { status } => {
                        let line = (c.outbox_item)(&reference, &entry.inquiry.company, &topic);
                        let line = format!("{line}{}", (t.bracketed)(&(c.outbox_refused)(*status)));
                        let (id, label) = (entry.id.clone(), format!("{} {reference}", c.take_back));
                        return view! {
                            <li>{line}" "<button type="button" class="button secondary" aria-label=label
                                disabled=move || !can_take_back.get()
                                on:click=move |_| on_take_back.run(id.clone())>{c.take_back}</button>
                                <span class="hint" hidden=move || can_take_back.get()>{c.take_back_later}</span></li>
                        }
                        .into_any();
                    }
                    State::Pending { attempts, last_error } => {
                        let mut line = (c.outbox_item)(&reference, &entry.inquiry.company, &topic);
                        if *attempts > 0 {
                            let mut detail = (c.outbox_attempts)(*attempts);
                            if let Some(error) = last_error {
                                detail.push_str(&format!("{}{}", t.clause_separator, (c.delivery_error)(error)));
                            }
                            line.push_str(&(t.bracketed)(&detail));
                        }
                        line
                    }
                };
                view! { <li>{text}</li> }.into_any()
            })
            .collect_view()
    };
    view! {
        <section class="outbox-panel" aria-labelledby="outbox-heading" hidden=move || entries.with(Vec::is_empty)>
            <h2 id="outbox-heading">{c.outbox_heading}</h2>
            <ul role="status">{rows}</ul>
            <p class="form-actions">
                <button type="button" class="button" hidden=move || !waiting()
                    on:click=move |_| inquiries.send_waiting()>{c.retry_now}</button>
                <button type="button" class="button secondary" hidden=move || !delivered()
                    on:click=move |_| inquiries.dismiss_delivered()>{c.dismiss}</button>
            </p>
        </section>
    }
}

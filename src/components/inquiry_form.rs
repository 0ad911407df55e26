//! The inquiry form: its fields (each labelled, with hint, message, `aria-invalid` and
//! `aria-describedby`), the error summary, the honeypot and the consent checkbox. Its rules are
//! `domain::inquiry` and `domain::inquiry_form`; this wires them to the page, keeps the draft
//! on the device as the visitor types, and hands a valid inquiry to `on_valid`.

use crate::components::link::Link;
use crate::data::Data;
use crate::text::{contact_texts, invest_texts, texts, ContactTexts};
use crate::web::{device, storage};
use domain::inquiry::{Field, Valid, MESSAGE_MAX, PARK_UNDECIDED};
use domain::inquiry_form::{scenario_inputs, value, with_prefill, FormState, SavedDraft, MIN_FILL_MS};
use domain::invest_query::number_text;
use domain::load::Load;
use domain::routes::{self, Page};
use leptos::html;
use leptos::prelude::*;

/// Where the draft waits on the device.
pub const DRAFT_KEY: &str = "wq.inquiry-draft.v1";

/// The draft as the form keeps it: the fields' state and, once the page runs, the saved
/// draft's start time. A draft has no inquiry id: one is minted when it is sent.
#[derive(Clone, Copy)]
pub struct Draft {
    pub form: RwSignal<FormState>,
    pub saved: RwSignal<Option<SavedDraft>>,
    /// The draft was restored from the device on arrival.
    pub restored: RwSignal<bool>,
    /// Device storage refused the draft.
    pub unsaved: RwSignal<bool>,
}

impl Draft {
    /// A form filled in from a link (`prefill`); in the browser the draft kept on the device
    /// is restored over it, the link's topic, park and scenario still winning.
    pub fn new(prefill: domain::inquiry::InquiryDraft) -> Draft {
        let draft = Draft {
            form: RwSignal::new(FormState::new(prefill.clone())),
            saved: RwSignal::new(None),
            restored: RwSignal::new(false),
            unsaved: RwSignal::new(false),
        };
        Effect::new(move |_| match storage::read(DRAFT_KEY) {
            Ok(Some(text)) => match SavedDraft::from_json(&text) {
                Some(mut saved) => {
                    saved.fields = with_prefill(saved.fields, &prefill);
                    draft.form.set(FormState::new(saved.fields.clone()));
                    draft.saved.set(Some(saved));
                    draft.restored.set(true);
                }
                None => draft.start(),
            },
            Ok(None) => draft.start(),
            Err(_) => {
                draft.unsaved.set(true);
                draft.start();
            }
        });
        draft
    }

    /// Starts the draft's clock now (not stored until the visitor types).
    fn start(self) {
        let fields = self.form.with_untracked(|f| f.draft().clone());
        self.saved.set(Some(SavedDraft { started_ms: device::now_ms(), fields }));
    }

    /// The saved draft, started now if the page never ran its effect.
    pub fn saved_or_start(self) -> SavedDraft {
        if self.saved.with_untracked(Option::is_none) {
            self.start();
        }
        self.saved.get_untracked().expect("started above")
    }

    fn edit(self, field: Field, text: String) {
        self.form.update(|f| f.edit(field, &text));
        self.store();
    }

    /// Writes the current fields to the device.
    fn store(self) {
        let mut saved = self.saved_or_start();
        saved.fields = self.form.with_untracked(|f| f.draft().clone());
        self.saved.set(Some(saved.clone()));
        if storage::write(DRAFT_KEY, &saved.to_json()).is_err() {
            self.unsaved.set(true);
        }
    }

    /// Puts an inquiry's fields back into the form (a refused one, to change and send again),
    /// as a new draft, said to be restored; consent is asked for again. It was filled in
    /// before, so sending it at once is not taken for a robot's speed.
    pub fn restore(self, fields: domain::inquiry::InquiryDraft) {
        self.form.set(FormState::new(fields.clone()));
        let started_ms = device::now_ms() - MIN_FILL_MS;
        self.saved.set(Some(SavedDraft { started_ms, fields }));
        self.restored.set(true);
        self.store();
    }

    /// Forgets the draft (sent, or discarded by the visitor) and starts an empty one.
    pub fn clear(self) {
        let _ = storage::remove(DRAFT_KEY);
        self.form.set(FormState::new(Default::default()));
        self.restored.set(false);
        self.saved.set(None);
        self.start();
    }
}

fn control_id(field: Field) -> String {
    format!("inquiry-{}", field.id())
}

/// The form. `on_valid` gets the normalised inquiry and the honeypot's text.
#[component]
pub fn InquiryForm(draft: Draft, on_valid: Callback<(Valid, String)>) -> impl IntoView {
    let c = contact_texts();
    let summary = NodeRef::<html::Div>::new();
    let honeypot = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match draft.form.try_update(FormState::submit).flatten() {
            Some(valid) => on_valid.run((valid, honeypot.get_untracked())),
            None => {
                // Focus the summary once it is on screen, as GOV.UK does.
                request_animation_frame(move || {
                    if let Some(summary) = summary.get_untracked() {
                        let _ = summary.focus();
                    }
                })
            }
        }
    };
    let discard = move |_| draft.clear();
    view! {
        <form class="inquiry-form" novalidate on:submit=submit aria-labelledby="inquiry-form-heading">
            <h2 id="inquiry-form-heading" tabindex="-1">{c.form_heading}</h2>
            <ErrorSummary draft=draft node_ref=summary/>
            <p class="notice" role="status" hidden=move || !draft.restored.get()>
                {c.draft_restored}" "
                <button type="button" class="button secondary small" on:click=discard>{c.discard}</button>
            </p>
            <p class="notice warning" role="alert" hidden=move || !draft.unsaved.get()>{c.storage_unavailable}</p>
            <p class="hint">{c.required_note}</p>
            <TopicField draft=draft/>
            <ParkField draft=draft/>
            <TextField draft=draft field=Field::Name label=c.name_label autocomplete="name"/>
            <TextField draft=draft field=Field::Company label=c.company_label autocomplete="organization"/>
            <TextField draft=draft field=Field::Phone label=c.phone_label hint=c.phone_hint
                kind="tel" autocomplete="tel" inputmode="tel"/>
            <TextField draft=draft field=Field::Email label=c.email_label hint=c.email_hint optional=true
                kind="email" autocomplete="email" inputmode="email"/>
            <MessageField draft=draft/>
            <ScenarioSummary draft=draft/>
            <div class="honeypot" aria-hidden="true">
                <label for="inquiry-website">{c.honeypot_label}</label>
                <input id="inquiry-website" name="website" type="text" tabindex="-1" autocomplete="off"
                    prop:value=move || honeypot.get() on:input=move |ev| honeypot.set(event_target_value(&ev))/>
            </div>
            <ConsentField draft=draft/>
            <p class="form-actions">
                <button type="submit" class="button">{c.send}</button>
            </p>
        </form>
    }
}

/// The list of problems at the top of the form, each linking to its field.
#[component]
fn ErrorSummary(draft: Draft, node_ref: NodeRef<html::Div>) -> impl IntoView {
    let c = contact_texts();
    let items = move || {
        draft.form.with(|f| {
            f.problems()
                .iter()
                .map(|&(field, problem)| {
                    let target = if field == Field::Topic { "inquiry-topic-0".to_string() } else { control_id(field) };
                    let href = format!("#{target}");
                    let go = move |ev: leptos::ev::MouseEvent| {
                        ev.prevent_default();
                        focus_by_id(&target);
                    };
                    view! { <li><a href=href on:click=go>{(c.problem)(field, problem)}</a></li> }
                })
                .collect_view()
        })
    };
    view! {
        <div class="error-summary" node_ref=node_ref tabindex="-1" role="alert" aria-labelledby="error-summary-title"
            hidden=move || draft.form.with(|f| f.problems().is_empty())>
            <h2 id="error-summary-title">{c.error_summary}</h2>
            <ul>{items}</ul>
        </div>
    }
}

/// Focuses the form control with this id and brings it into view.
fn focus_by_id(id: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(element) = crate::web::focus::focus_by_id(id) {
        element.scroll_into_view_with_bool(false);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

/// The message shown beside a field, and the attributes that tie it to the control.
fn field_message(c: &'static ContactTexts, draft: Draft, field: Field) -> impl IntoView {
    let error = move || draft.form.with(|f| f.problem(field)).map(|p| (c.problem)(field, p));
    view! {
        <p class="field-error" id=format!("{}-error", control_id(field)) hidden=move || error().is_none()>
            <span class="visually-hidden">{c.error_title_prefix}</span>{error}
        </p>
    }
}

fn invalid(draft: Draft, field: Field) -> impl Fn() -> &'static str + Copy {
    move || if draft.form.with(|f| f.problem(field).is_some()) { "true" } else { "false" }
}

fn described_by(field: Field, has_hint: bool) -> String {
    let id = control_id(field);
    if has_hint {
        format!("{id}-hint {id}-error")
    } else {
        format!("{id}-error")
    }
}

#[component]
fn TopicField(draft: Draft) -> impl IntoView {
    let c = contact_texts();
    let topics = Data::get().site().inquiry_topics.clone();
    let options = topics
        .into_iter()
        .enumerate()
        .map(|(i, topic)| {
            let id = format!("inquiry-topic-{i}");
            let value_id = topic.id.clone();
            let checked = {
                let value_id = value_id.clone();
                move || draft.form.with(|f| f.draft().topic == value_id)
            };
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name="topic" value=value_id.clone() prop:checked=checked
                        aria-describedby=described_by(Field::Topic, false)
                        on:change=move |_| draft.edit(Field::Topic, value_id.clone())/>
                    <label for=id>{topic.label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="field" class:has-error=move || draft.form.with(|f| f.problem(Field::Topic).is_some())>
            <fieldset aria-invalid=invalid(draft, Field::Topic)>
                <legend>{c.topic_legend}</legend>
                {field_message(c, draft, Field::Topic)}
                <div class="choices">{options}</div>
            </fieldset>
        </div>
    }
}

#[component]
fn ParkField(draft: Draft) -> impl IntoView {
    let c = contact_texts();
    let parks = Data::get().parks().load();
    let id = control_id(Field::Park);
    let options = move || match parks.get() {
        Load::Ready(file) => file
            .parks
            .iter()
            .map(|park| {
                let park_id = park.id.clone();
                let selected = move || draft.form.with(|f| f.draft().park == park_id);
                view! { <option value=park.id.clone() prop:selected=selected>{park.name.clone()}</option> }
            })
            .collect_view()
            .into_any(),
        _ => ().into_any(),
    };
    view! {
        <div class="field" class:has-error=move || draft.form.with(|f| f.problem(Field::Park).is_some())>
            <label for=id.clone()>{c.park_label}<span class="optional">{c.optional}</span></label>
            {field_message(c, draft, Field::Park)}
            <select id=id aria-invalid=invalid(draft, Field::Park) aria-describedby=described_by(Field::Park, false)
                on:change=move |ev| draft.edit(Field::Park, event_target_value(&ev))>
                <option value=PARK_UNDECIDED>{c.park_undecided}</option>
                {options}
            </select>
        </div>
    }
}

#[component]
fn TextField(
    draft: Draft,
    field: Field,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] optional: bool,
    #[prop(default = "text")] kind: &'static str,
    autocomplete: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
) -> impl IntoView {
    let c = contact_texts();
    let id = control_id(field);
    view! {
        <div class="field" class:has-error=move || draft.form.with(|f| f.problem(field).is_some())>
            <label for=id.clone()>{label}{optional.then_some(c.optional).map(|o| view! { <span class="optional">{o}</span> })}</label>
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
            {field_message(c, draft, field)}
            <input id=id.clone() name=field.id() type=kind autocomplete=autocomplete inputmode=inputmode
                spellcheck="false"
                aria-invalid=invalid(draft, field) aria-describedby=described_by(field, hint.is_some())
                prop:value=move || draft.form.with(|f| value(f.draft(), field).to_string())
                on:input=move |ev| draft.edit(field, event_target_value(&ev))/>
        </div>
    }
}

#[component]
fn MessageField(draft: Draft) -> impl IntoView {
    let c = contact_texts();
    let id = control_id(Field::Message);
    let remaining = move || {
        MESSAGE_MAX as i64 - draft.form.with(|f| f.draft().message.replace("\r\n", "\n").chars().count() as i64)
    };
    view! {
        <div class="field" class:has-error=move || draft.form.with(|f| f.problem(Field::Message).is_some())>
            <label for=id.clone()>{c.message_label}</label>
            <p class="hint" id=format!("{id}-hint")>{c.message_hint}</p>
            {field_message(c, draft, Field::Message)}
            <textarea id=id.clone() name="message" rows="6"
                aria-invalid=invalid(draft, Field::Message) aria-describedby=format!("{id}-hint {id}-error {id}-count")
                prop:value=move || draft.form.with(|f| f.draft().message.clone())
                on:input=move |ev| draft.edit(Field::Message, event_target_value(&ev))></textarea>
            <p class="char-count" id=format!("{id}-count") class:over=move || remaining() < 0 aria-live="polite">
                {move || (c.characters_left)(remaining())}
            </p>
        </div>
    }
}

/// The calculator scenario the visitor brought from `/invest`, in words, with a remove button.
#[component]
fn ScenarioSummary(draft: Draft) -> impl IntoView {
    let t = texts();
    let c = contact_texts();
    let scenario = move || draft.form.with(|f| f.draft().scenario.clone());
    let remove = move |_| {
        draft.edit(Field::Scenario, String::new());
        focus_by_id(&control_id(Field::Message));
    };
    move || {
        let text = scenario();
        let inputs = scenario_inputs(&text);
        (!text.trim().is_empty()).then(|| {
            let rows = inputs
                .into_iter()
                .map(|(input, amount)| {
                    let unit = (invest_texts().unit)(input.unit());
                    view! { <li>{(invest_texts().input_label)(input)}{t.colon}{number_text(amount)}" "{unit}</li> }
                })
                .collect_view();
            view! {
                <div class="field scenario" class:has-error=move || draft.form.with(|f| f.problem(Field::Scenario).is_some())>
                    <h3 id=control_id(Field::Scenario) tabindex="-1">{c.scenario_heading}</h3>
                    {field_message(c, draft, Field::Scenario)}
                    <p class="hint">{c.scenario_hint}</p>
                    <ul>{rows}</ul>
                    <p><Link href=format!("{}?{}", routes::invest(None), text.trim_start_matches('?'))>{c.scenario_view}</Link></p>
                    <button type="button" class="button secondary small" on:click=remove>{c.scenario_remove}</button>
                </div>
            }
        })
    }
}

#[component]
fn ConsentField(draft: Draft) -> impl IntoView {
    let c = contact_texts();
    let id = control_id(Field::Consent);
    view! {
        <div class="field consent" class:has-error=move || draft.form.with(|f| f.problem(Field::Consent).is_some())>
            {field_message(c, draft, Field::Consent)}
            <div class="choice">
                <input type="checkbox" id=id.clone() name="consent"
                    aria-invalid=invalid(draft, Field::Consent) aria-describedby=described_by(Field::Consent, false)
                    prop:checked=move || draft.form.with(FormState::consent)
                    on:change=move |ev| draft.form.update(|f| f.set_consent(event_target_checked(&ev)))/>
                <label for=id>{c.consent_before}<Link href=Page::Privacy.path()>{c.consent_link}</Link>{c.consent_after}</label>
            </div>
        </div>
    }
}

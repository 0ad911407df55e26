//! The interface text of the inquiry form, its outcomes and the privacy notice, per locale:
//! the form's vocabulary is large enough to be a table of its own. Reached as `texts().contact`.

use domain::inquiry::{Field, Problem};
use domain::outbox::DeliveryError;

/// One locale's text for `/contact` and `/privacy`.
pub struct ContactTexts {
    pub title: &'static str,
    pub description: &'static str,
    pub lead: &'static str,
    pub form_heading: &'static str,
    pub needs_js: &'static str,
    pub required_note: &'static str,
    pub optional: &'static str,

    // Fields
    pub topic_legend: &'static str,
    pub park_label: &'static str,
    pub park_undecided: &'static str,
    pub name_label: &'static str,
    pub company_label: &'static str,
    pub phone_label: &'static str,
    pub phone_hint: &'static str,
    pub email_label: &'static str,
    pub email_hint: &'static str,
    pub message_label: &'static str,
    pub message_hint: &'static str,
    pub characters_left: fn(remaining: i64) -> String,
    pub scenario_heading: &'static str,
    pub scenario_hint: &'static str,
    pub scenario_remove: &'static str,
    pub scenario_view: &'static str,
    pub consent_before: &'static str,
    pub consent_link: &'static str,
    pub consent_after: &'static str,
    pub honeypot_label: &'static str,
    pub send: &'static str,
    pub discard: &'static str,
    pub draft_restored: &'static str,
    pub storage_unavailable: &'static str,

    // Validation
    pub error_summary: &'static str,
    pub error_title_prefix: &'static str,
    pub problem: fn(Field, Problem) -> String,

    // Sending and its outcomes
    pub sending: &'static str,
    pub delivered_heading: &'static str,
    pub reference_label: &'static str,
    pub next_steps: &'static str,
    pub keep_reference: &'static str,
    pub new_inquiry: &'static str,
    pub not_delivered_heading: &'static str,
    pub delivery_error: fn(&DeliveryError) -> String,
    pub kept_on_device: &'static str,
    /// Storage refused this inquiry: it lives in this page only; copy it, mail it or call.
    pub storage_not_kept_heading: &'static str,
    pub not_saved: &'static str,
    pub copy_text: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub retry_now: &'static str,
    pub refused_heading: &'static str,
    /// Why a refused inquiry is not sent again and what the visitor can do; the hotline follows.
    pub refused: fn(status: u16) -> String,
    pub take_back: &'static str,
    /// Beside a disabled 取回修改: why, and when it can be used.
    pub take_back_later: &'static str,
    /// Before the form, when no endpoint is configured.
    pub offline_heading: &'static str,
    pub offline_notice: &'static str,
    pub offline_form_hint: &'static str,
    pub no_endpoint_heading: &'static str,
    pub no_endpoint: &'static str,
    pub send_by_mail: &'static str,
    pub prepared_label: &'static str,
    pub back_to_form: &'static str,
    pub mail_subject: fn(topic: &str, company: &str) -> String,
    pub mail_intro: &'static str,
    pub outbox_heading: &'static str,
    pub outbox_item: fn(reference: &str, company: &str, topic: &str) -> String,
    pub outbox_attempts: fn(attempts: u32) -> String,
    pub outbox_delivered: fn(reference: &str) -> String,
    pub outbox_refused: fn(status: u16) -> String,
    pub dismiss: &'static str,

    // Other ways to reach the office (also without JavaScript)
    pub other_ways_heading: &'static str,
    pub by_phone: &'static str,
    pub by_mail: &'static str,
    pub mail_unpublished: &'static str,
    pub what_to_say: &'static str,
    /// Beside the hotline: a 400 number is usually not reachable from abroad.
    pub abroad: &'static str,
    pub abroad_call: &'static str,
    pub abroad_mail: &'static str,
    pub abroad_form: &'static str,
    pub abroad_nothing: &'static str,

    // Privacy notice
    pub privacy_title: &'static str,
    pub privacy_description: &'static str,
    pub privacy_sections: &'static [(&'static str, &'static [&'static str])],
    pub privacy_contact: &'static str,
}

//! English text of the inquiry form, its outcomes and the privacy notice. Validation messages
//! follow the GOV.UK pattern: they say how to put the answer right.

use super::contact::ContactTexts;
use domain::inquiry::{Field, Problem};
use domain::outbox::DeliveryError;

fn problem(field: Field, problem: Problem) -> String {
    use Field as F;
    use Problem as P;
    match (field, problem) {
        (F::Topic, P::Missing) => "Select what your inquiry is about".into(),
        (F::Topic, _) => "Select one of the inquiry topics listed".into(),
        (F::Park, _) => "Select one of the parks listed, or select “Not decided yet”".into(),
        (F::Name, P::Missing) => "Enter your name".into(),
        (F::Company, P::Missing) => "Enter your company name; for a personal inquiry, enter “Individual”".into(),
        (F::Phone, P::Missing) => "Enter a phone number".into(),
        (F::Phone, P::PhoneFormat) => "Enter a phone number with its country code, like +44 20 7946 0958, or a Chinese mobile (11 digits, like 13812345678) or landline with area code (like 022-82123456)".into(),
        (F::Email, P::EmailRequiredForBrochure) => {
            "Enter an email address to request the policy compilation; it will be sent to this address".into()
        }
        (F::Email, P::EmailFormat) => "Enter an email address in the correct format, like name@example.com".into(),
        (F::Message, P::MessageRequiredForOther) => {
            "Enter a message saying what you would like to ask about, as you chose “Other questions”".into()
        }
        (F::Scenario, _) => {
            "The cost scenario cannot be read: remove it, then bring it in again from the investment comparison page"
                .into()
        }
        (F::Consent, _) => "Tick the box to agree, so that we can use this information to reply to you".into(),
        (field, P::TooLong { max }) => format!("{} must be {max} characters or fewer", label(field)),
        (field, P::ControlCharacters) => {
            format!("{} contains control characters that cannot be shown; delete them and enter it again", label(field))
        }
        (field, _) => format!("Check the {}", label(field).to_lowercase()),
    }
}

fn label(field: Field) -> &'static str {
    match field {
        Field::Topic => "Inquiry topic",
        Field::Park => "Park of interest",
        Field::Name => "Name",
        Field::Company => "Company name",
        Field::Phone => "Phone number",
        Field::Email => "Email address",
        Field::Message => "Message",
        Field::Scenario => "Cost scenario",
        Field::Consent => "Consent",
    }
}

fn delivery_error(error: &DeliveryError) -> String {
    match error {
        DeliveryError::Network => "Could not connect to the inquiry server (the network may be down).".into(),
        DeliveryError::Timeout => "The inquiry server did not respond within 10 seconds.".into(),
        DeliveryError::Status(status) => {
            format!("The inquiry server cannot accept inquiries at the moment (HTTP {status}).")
        }
    }
}

fn characters_left(n: i64) -> String {
    let characters = |n: i64| if n == 1 { "1 character".to_string() } else { format!("{n} characters") };
    if n >= 0 {
        format!("You have {} remaining", characters(n))
    } else {
        format!("You have {} too many", characters(-n))
    }
}

pub static CONTACT: ContactTexts = ContactTexts {
    title: "Contact us",
    description: "Send an investment inquiry to the investment promotion centre of the Wuqing demonstration industrial parks: investment policies, industrial land, renting or buying factories, or request the parks' investment policy compilation free of charge.",
    lead: "Tell us what you would like to know, and the investment promotion centre will reply by the phone number or email address you give. You can also call the investment hotline directly.",
    form_heading: "Online inquiry",
    needs_js: "The online form needs JavaScript. Instead, you can call the hotline or send an email, as described below.",
    required_note: "All fields are required unless marked “optional”.",
    optional: " (optional)",

    topic_legend: "Inquiry topic",
    park_label: "Park of interest",
    park_undecided: "Not decided yet",
    name_label: "Name",
    company_label: "Company name",
    phone_label: "Phone number",
    phone_hint: "An international number starting with +, or a Chinese mobile or landline with area code",
    email_label: "Email address",
    email_hint: "Required if you request the policy compilation, which will be sent to this address",
    message_label: "Message",
    message_hint: "Required if you choose “Other questions”; up to 2,000 characters",
    characters_left,
    scenario_heading: "Cost scenario attached to this inquiry",
    scenario_hint: "From the investment comparison page, the inputs that differ from the default assumptions:",
    scenario_remove: "Remove the cost scenario",
    scenario_view: "View this scenario on the investment comparison page",
    consent_before: "I agree that the investment promotion centre may use the information above to reply to this inquiry (see the ",
    consent_link: "privacy notice",
    consent_after: ")",
    honeypot_label: "Website (leave this field empty)",
    send: "Send inquiry",
    discard: "Clear the form",
    draft_restored: "We have restored what you last entered on this device but did not send.",
    storage_unavailable: "This browser does not let this site save anything on your device (for example in private browsing, or when storage is full), so neither drafts nor undelivered inquiries can be kept. Do not close the page before sending.",

    error_summary: "There is a problem",
    error_title_prefix: "Error: ",
    problem,

    sending: "Sending…",
    delivered_heading: "Your inquiry has been delivered",
    reference_label: "Inquiry reference",
    next_steps: "Staff at the investment promotion centre will contact you by the phone number or email address you gave. If you have not had a reply within 3 working days, call the investment hotline and give your inquiry reference: ",
    keep_reference: "Note down your inquiry reference so that you can ask about it.",
    new_inquiry: "Send another inquiry",
    not_delivered_heading: "Your inquiry has not been delivered yet",
    delivery_error,
    kept_on_device: "Your inquiry has been saved on this device. While this page is open it is retried automatically every little while; if you close it, it is sent the next time you open any page of this site or your connection returns, and it will not be sent twice. You can also try again now, or call the hotline: ",
    storage_not_kept_heading: "Not saved on this device",
    not_saved: "This inquiry could not be saved on this device (this browser does not let the site store anything, for example in private browsing or when storage is full). Keep this page open: it will go on trying to send it. If you close or reload the page, the inquiry will be lost. To be safe, copy the text below and send it to us by email or tell us by phone.",
    copy_text: "Copy the inquiry",
    copied: "Copied to the clipboard.",
    copy_failed: "It could not be copied automatically: select the text above and copy it.",
    retry_now: "Try again now",
    refused_heading: "Your inquiry was not accepted",
    refused: |status| format!("The inquiry server refused this inquiry (HTTP {status}). Sending it again as it is would not succeed, so it will not be sent again automatically. What you wrote is not lost: take it back into the form to change it and send it again, or call the hotline: "),
    take_back: "Edit and send again",
    take_back_later: " (the form holds text not yet sent: send or clear it first)",
    offline_heading: "Online inquiries are not open yet",
    offline_notice: "This site cannot receive inquiries online yet. Please call the investment hotline: ",
    offline_form_hint: "You can still fill in the form below: it sets out what you enter, ready to email or to read out when you call.",
    no_endpoint_heading: "Send this inquiry by email or phone",
    no_endpoint: "Sending online is not yet available on this site. What you entered is set out below; you can email it, or use it when you call:",
    send_by_mail: "Send by email",
    prepared_label: "Your inquiry, ready to send",
    back_to_form: "Go back and edit",
    mail_subject: |topic, company| format!("Investment inquiry: {topic} ({company})"),
    mail_intro: "Hello, I would like to ask about the following:",
    outbox_heading: "Your inquiries on this device",
    outbox_item: |reference, company, topic| format!("{reference}: {company}, {topic}"),
    outbox_attempts: |n| if n == 1 { "tried once".to_string() } else { format!("tried {n} times") },
    outbox_delivered: |reference| format!("Inquiry {reference} has been delivered."),
    outbox_refused: |status| format!("not accepted, HTTP {status}"),
    dismiss: "Dismiss",

    other_ways_heading: "Other ways to contact us",
    by_phone: "Investment hotline: ",
    by_mail: "Inquiry email: ",
    mail_unpublished: "Not yet published (please call the hotline first)",
    abroad: "Outside mainland China? Numbers starting with 400 usually cannot be dialled from abroad.",
    abroad_call: "From abroad, call ",
    abroad_mail: "From abroad, email ",
    abroad_form: "Please use the form on this page; we will reply by the phone number or email address you give.",
    abroad_nothing: "No number that can be dialled from abroad and no inquiry email address has been published yet.",
    what_to_say: "When you call or write, please say what your inquiry is about (investment policies, industrial land, renting or buying factories and warehouses, or something else) and which park interests you, and give your name, company name and phone number.",

    privacy_title: "Privacy notice",
    privacy_description: "How the Wuqing Demonstration Industrial Parks investment service platform collects, uses, keeps and deletes personal information in online inquiries.",
    privacy_sections: &[
        ("What we collect", &[
            "We collect information only when you send an online inquiry, and only what you enter: the inquiry topic, park of interest, name, company name, phone number, email address (optional), message, and any investment cost scenario you choose to attach.",
            "Also sent with the inquiry: the time it was sent, the page language, the address of the page it was sent from, and a randomly generated inquiry reference (used to prevent duplicate submissions).",
            "This site does not use cookies, or third-party analytics, font, map or CAPTCHA services; browsing this site does not send your information to any third party.",
        ]),
        ("Why we collect it", &[
            "Only to reply to this inquiry, and for any follow-up investment discussions you agree to. We do not use this information for any other purpose, and we do not sell it or give it to unrelated third parties.",
        ]),
        ("Where it is kept", &[
            "Before sending and until it is delivered: in your own browser (local storage), so that it is not lost if the connection drops. Once it is delivered, the copy on this device is deleted; you can also delete a draft at any time with “Clear the form”.",
            "After delivery: in the inquiry server database of the platform's operator. The operator can set up alerts about new inquiries to the investment promotion centre's work group; an alert contains only the inquiry reference, topic, park and company name.",
        ]),
        ("How long it is kept", &[
            "Inquiry records on the server are kept until the reply and any follow-up discussions have ended; if you ask us to delete them, we will.",
        ]),
        ("Your rights", &[
            "You can ask to see, correct or delete the information you sent. Call the investment hotline and give your inquiry reference (in the form WQ-1A2B-3C4D-5E6F) and the phone number you gave when you sent the inquiry, so that we can confirm who you are.",
        ]),
    ],
    privacy_contact: "To see, correct or delete your personal information, call the investment hotline: ",
};

//! How the inquiry form behaves, apart from the page that shows it: when each field's message
//! appears (the GOV.UK pattern: everything on submit, then a field again as it changes), the
//! anti-spam checks that need no CAPTCHA (a honeypot and a minimum time), the draft kept on
//! the visitor's device (`SavedDraft`), inquiry ids, and the `mailto:` fallback.

use super::inquiry::{validate, Field, InquiryDraft, Problem, Topic, Valid, PARK_UNDECIDED};
use super::invest::Input;
use super::invest_query::read_input;
use super::validate::PARK_IDS;
use serde::{Deserialize, Serialize};

/// The least time, in milliseconds, between the form's first display and a submission a
/// person could have made. Faster submissions are treated as automated.
pub const MIN_FILL_MS: f64 = 3_000.0;

/// The form's fields as typed, and the messages on show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormState {
    draft: InquiryDraft,
    /// Whether the visitor agreed to their details being used to answer the inquiry.
    consent: bool,
    /// Set by the first submission: from then on a field is checked again as it changes.
    submitted: bool,
    /// The problems on show, in form order, at most one a field.
    shown: Vec<(Field, Problem)>,
}

/// The fields whose rules read `field` besides their own value.
fn affected_by(field: Field) -> &'static [Field] {
    match field {
        Field::Topic => &[Field::Topic, Field::Email, Field::Message],
        Field::Park => &[Field::Park],
        Field::Name => &[Field::Name],
        Field::Company => &[Field::Company],
        Field::Phone => &[Field::Phone],
        Field::Email => &[Field::Email],
        Field::Message => &[Field::Message],
        Field::Scenario => &[Field::Scenario],
        Field::Consent => &[Field::Consent],
    }
}

/// The field's value in a draft (the consent checkbox has none there: it is empty).
pub fn value(draft: &InquiryDraft, field: Field) -> &str {
    match field {
        Field::Topic => &draft.topic,
        Field::Park => &draft.park,
        Field::Name => &draft.name,
        Field::Company => &draft.company,
        Field::Phone => &draft.phone,
        Field::Email => &draft.email,
        Field::Message => &draft.message,
        Field::Scenario => &draft.scenario,
        Field::Consent => "",
    }
}

/// The draft's string for a field; the consent checkbox has none.
fn value_mut(draft: &mut InquiryDraft, field: Field) -> Option<&mut String> {
    match field {
        Field::Topic => Some(&mut draft.topic),
        Field::Park => Some(&mut draft.park),
        Field::Name => Some(&mut draft.name),
        Field::Company => Some(&mut draft.company),
        Field::Phone => Some(&mut draft.phone),
        Field::Email => Some(&mut draft.email),
        Field::Message => Some(&mut draft.message),
        Field::Scenario => Some(&mut draft.scenario),
        Field::Consent => None,
    }
}

impl FormState {
    /// A form showing `draft` and no messages.
    pub fn new(draft: InquiryDraft) -> FormState {
        FormState { draft, consent: false, submitted: false, shown: Vec::new() }
    }

    pub fn consent(&self) -> bool {
        self.consent
    }

    /// Every problem with the form now: the inquiry's, then the consent checkbox's.
    fn all_problems(&self) -> Vec<(Field, Problem)> {
        let mut problems = validate(&self.draft).err().unwrap_or_default();
        if !self.consent {
            problems.push((Field::Consent, Problem::ConsentRequired));
        }
        problems
    }

    pub fn draft(&self) -> &InquiryDraft {
        &self.draft
    }

    /// The problems on show, in form order.
    pub fn problems(&self) -> &[(Field, Problem)] {
        &self.shown
    }

    pub fn problem(&self, field: Field) -> Option<Problem> {
        self.shown.iter().find(|(f, _)| *f == field).map(|(_, p)| *p)
    }

    /// The visitor changed a field. Before the first submission nothing is judged; after it,
    /// the field (and the fields whose rules read it) show what is wrong with them now.
    pub fn edit(&mut self, field: Field, text: &str) {
        if let Some(value) = value_mut(&mut self.draft, field) {
            *value = text.to_string();
        }
        self.rejudge(field);
    }

    /// The visitor ticked or cleared the consent checkbox.
    pub fn set_consent(&mut self, consent: bool) {
        self.consent = consent;
        self.rejudge(Field::Consent);
    }

    /// After a submission, shows what is wrong with `field` and the fields whose rules read it.
    fn rejudge(&mut self, field: Field) {
        if !self.submitted {
            return;
        }
        let now = self.all_problems();
        let affected = affected_by(field);
        self.shown.retain(|(f, _)| !affected.contains(f));
        self.shown.extend(now.into_iter().filter(|(f, _)| affected.contains(f)));
        self.shown.sort_by_key(|(f, _)| *f);
    }

    /// The visitor pressed send: every problem is shown, or the normalised inquiry returned.
    pub fn submit(&mut self) -> Option<Valid> {
        self.submitted = true;
        self.shown = self.all_problems();
        match validate(&self.draft) {
            Ok(valid) if self.shown.is_empty() => Some(valid),
            _ => None,
        }
    }
}

/// The fields a `/contact?topic=&park=&scenario=` link fills in; a value the form does not
/// offer (an unknown topic or park, a scenario the calculator would not accept) is ignored.
pub fn prefill(query: &str) -> InquiryDraft {
    let mut draft = InquiryDraft::default();
    for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
        match key.as_ref() {
            "topic" if Topic::from_id(&value).is_some() => draft.topic = value.into_owned(),
            "park" if PARK_IDS.contains(&value.as_ref()) || value == PARK_UNDECIDED => draft.park = value.into_owned(),
            "scenario" if !scenario_inputs(&value).is_empty() => {
                let probe = InquiryDraft { scenario: value.to_string(), ..InquiryDraft::default() };
                let malformed = validate(&probe).err().unwrap_or_default().iter().any(|(f, _)| *f == Field::Scenario);
                if !malformed {
                    draft.scenario = value.into_owned();
                }
            }
            _ => {}
        }
    }
    draft
}

/// A restored draft with what a link just asked for: the link's topic, park and scenario
/// (when it gives them) replace the draft's; what the visitor typed is kept.
pub fn with_prefill(mut draft: InquiryDraft, link: &InquiryDraft) -> InquiryDraft {
    for field in [Field::Topic, Field::Park, Field::Scenario] {
        let asked = value(link, field);
        if let (false, Some(value)) = (asked.is_empty(), value_mut(&mut draft, field)) {
            *value = asked.to_string();
        }
    }
    draft
}

/// The calculator inputs a scenario sets, in the calculator's order, for a readable summary.
/// Pairs that do not read are left out (validation reports them).
pub fn scenario_inputs(scenario: &str) -> Vec<(Input, f64)> {
    let mut inputs: Vec<(Input, f64)> = form_urlencoded::parse(scenario.trim().trim_start_matches('?').as_bytes())
        .filter_map(|(key, value)| {
            let input = Input::from_key(&key)?;
            read_input(input, &value).ok().map(|v| (input, v))
        })
        .collect();
    inputs.sort_by_key(|(input, _)| *input);
    inputs.dedup_by_key(|(input, _)| *input);
    inputs
}

/// Whether a submission looks automated: the hidden honeypot field has text in it, or it came
/// sooner after the form's first display than a person could fill it in.
pub fn looks_automated(honeypot: &str, elapsed_ms: f64) -> bool {
    let slow_enough = elapsed_ms.partial_cmp(&MIN_FILL_MS).is_some_and(|o| o.is_ge());
    !honeypot.trim().is_empty() || !slow_enough
}

/// The draft kept on the visitor's device while they type, so a reload or a crash loses
/// nothing. It is text, not an identity: a second tab may restore the same draft, so the
/// inquiry's id is minted when it is sent (`new_inquiry_id`), never stored with the draft.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedDraft {
    /// When the form was first shown for this draft (milliseconds since the epoch).
    pub started_ms: f64,
    pub fields: InquiryDraft,
}

impl SavedDraft {
    /// Reads stored JSON; anything malformed is no draft. An id stored by an earlier version
    /// is ignored.
    pub fn from_json(json: &str) -> Option<SavedDraft> {
        let draft: SavedDraft = serde_json::from_str(json).ok()?;
        draft.started_ms.is_finite().then_some(draft)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a draft is plain data")
    }
}

/// A new inquiry id: a version 4 UUID made from 16 random bytes.
pub fn new_inquiry_id(random: [u8; 16]) -> String {
    uuid::Builder::from_random_bytes(random).into_uuid().hyphenated().to_string()
}

/// Whether `id` is a UUID in its hyphenated form (as `new_inquiry_id` and
/// `crypto.randomUUID()` give it).
pub fn is_inquiry_id(id: &str) -> bool {
    id.len() == 36 && uuid::Uuid::try_parse(id).is_ok()
}

/// A `mailto:` link with the subject and body filled in (RFC 6068: every byte outside the
/// unreserved set percent-encoded, spaces as `%20`, line breaks as `%0D%0A`).
pub fn mailto_href(to: &str, subject: &str, body: &str) -> String {
    let body = body.replace("\r\n", "\n").replace('\n', "\r\n");
    format!("mailto:{}?subject={}&body={}", encode(to), encode(subject), encode(&body))
}

fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'@') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn good() -> InquiryDraft {
        InquiryDraft {
            topic: "land".into(),
            name: "王伟".into(),
            company: "天津某某科技有限公司".into(),
            phone: "13812345678".into(),
            ..InquiryDraft::default()
        }
    }

    #[test]
    fn nothing_is_judged_before_the_first_submission() {
        let mut form = FormState::new(InquiryDraft::default());
        form.edit(Field::Phone, "12");
        assert_eq!(form.problems(), []);
        assert_eq!(form.submit(), None);
        let fields: Vec<Field> = form.problems().iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, [Field::Topic, Field::Name, Field::Company, Field::Phone, Field::Consent]);
        assert_eq!(form.problem(Field::Phone), Some(Problem::PhoneFormat));
        assert_eq!(form.problem(Field::Consent), Some(Problem::ConsentRequired));
        form.set_consent(true);
        assert_eq!(form.problem(Field::Consent), None);
    }

    #[test]
    fn after_a_submission_a_field_is_judged_as_it_changes_and_others_wait() {
        let mut form = FormState::new(InquiryDraft { phone: String::new(), ..good() });
        form.set_consent(true);
        form.edit(Field::Name, "");
        assert_eq!(form.submit(), None);
        assert_eq!(form.problems(), [(Field::Name, Problem::Missing), (Field::Phone, Problem::Missing)]);
        form.edit(Field::Phone, "1381234");
        assert_eq!(form.problem(Field::Phone), Some(Problem::PhoneFormat));
        form.edit(Field::Email, "nope");
        assert_eq!(form.problem(Field::Email), Some(Problem::EmailFormat), "a field with no message yet is judged too");
        form.edit(Field::Phone, "13812345678");
        assert_eq!(form.problem(Field::Phone), None);
        assert_eq!(form.problem(Field::Name), Some(Problem::Missing), "untouched fields keep their message");
        assert_eq!(form.problems()[0].0, Field::Name, "still in form order");
    }

    #[test]
    fn the_topic_rejudges_the_fields_it_governs() {
        let mut form = FormState::new(good());
        assert_eq!(form.submit(), None, "consent is required");
        form.set_consent(true);
        assert!(form.submit().is_some());
        assert_eq!(form.problems(), []);
        form.edit(Field::Topic, "brochure");
        assert_eq!(form.problem(Field::Email), Some(Problem::EmailRequiredForBrochure));
        form.edit(Field::Topic, "other");
        assert_eq!(form.problem(Field::Email), None);
        assert_eq!(form.problem(Field::Message), Some(Problem::MessageRequiredForOther));
        form.edit(Field::Message, "想了解人才公寓");
        let valid = form.submit().unwrap();
        assert_eq!(valid.message.as_deref(), Some("想了解人才公寓"));
        assert_eq!(form.problems(), []);
    }

    #[test]
    fn links_prefill_what_the_form_offers() {
        let draft = prefill("?topic=land&park=carpet&scenario=area%3D8000%26years%3D15&name=x");
        assert_eq!((draft.topic.as_str(), draft.park.as_str()), ("land", "carpet"));
        assert_eq!(draft.scenario, "area=8000&years=15");
        assert_eq!(draft.name, "", "a link cannot fill in who you are");
        assert_eq!(scenario_inputs(&draft.scenario), [(Input::FloorArea, 8000.0), (Input::Years, 15.0)]);
        let ignored = prefill("topic=rent&park=airport&scenario=colour%3Dred");
        assert_eq!(ignored, InquiryDraft::default());
        assert_eq!(prefill("scenario=area%3D50").scenario, "", "out of range");
        assert_eq!(prefill("park=undecided").park, "undecided");

        let typed = InquiryDraft { topic: "policy".into(), name: "王伟".into(), park: "jingbin".into(), ..good() };
        let merged = with_prefill(typed.clone(), &prefill("topic=factory"));
        assert_eq!((merged.topic.as_str(), merged.park.as_str(), merged.name.as_str()), ("factory", "jingbin", "王伟"));
        assert_eq!(with_prefill(typed.clone(), &InquiryDraft::default()), typed);
    }

    #[test]
    fn honeypot_and_minimum_time() {
        assert!(!looks_automated("", MIN_FILL_MS));
        assert!(!looks_automated("  ", 60_000.0));
        assert!(looks_automated("http://spam.example", 60_000.0));
        assert!(looks_automated("", MIN_FILL_MS - 1.0));
        assert!(looks_automated("", -5.0), "a clock that went back");
        assert!(looks_automated("", f64::NAN));
    }

    #[test]
    fn drafts_read_back_and_bad_storage_is_no_draft() {
        let draft = SavedDraft { started_ms: 1.7e12, fields: good() };
        assert_eq!(SavedDraft::from_json(&draft.to_json()), Some(draft.clone()));
        assert!(!draft.to_json().contains("\"id\""), "a draft carries no inquiry id");
        for stored in ["", "null", "{}", "[]", "{\"started_ms\":\"x\",\"fields\":{}}"] {
            assert_eq!(SavedDraft::from_json(stored), None, "{stored:?}");
        }
        // A draft an earlier version stored, with the id it then shared with every tab.
        let earlier = "{\"id\":\"6f1c2a3b-9d4e-4f00-8a11-0123456789ab\",\"started_ms\":1,\"fields\":{\"name\":\"李\"}}";
        assert_eq!(SavedDraft::from_json(earlier).unwrap().fields.name, "李", "missing fields are empty");
    }

    #[test]
    fn ids_are_version_4_uuids() {
        let id = new_inquiry_id([0xAB; 16]);
        assert_eq!(id, "abababab-abab-4bab-abab-abababababab");
        assert!(is_inquiry_id(&id));
        assert!(is_inquiry_id("6F1C2A3B-9D4E-4F00-8A11-0123456789AB"));
        for bad in [
            "",
            "6f1c2a3b9d4e4f008a110123456789ab",
            "6f1c2a3b-9d4e-4f00-8a11-0123456789ag",
            "{6f1c2a3b-9d4e-4f00-8a11-0123456789ab}",
        ] {
            assert!(!is_inquiry_id(bad), "{bad}");
        }
    }

    #[test]
    fn mailto_links_are_encoded_for_mail_clients() {
        let href = mailto_href("invest@example.cn", "咨询 land", "姓名：王伟\n电话：+86 138&x=1");
        assert_eq!(
            href,
            "mailto:invest@example.cn?subject=%E5%92%A8%E8%AF%A2%20land&body=%E5%A7%93%E5%90%8D%EF%BC%9A%E7%8E%8B%E4%BC%9F%0D%0A%E7%94%B5%E8%AF%9D%EF%BC%9A%2B86%20138%26x%3D1"
        );
    }

    proptest! {
        #[test]
        fn mailto_keeps_every_character(subject in "\\PC{0,40}", body in "[\\PC\\n]{0,80}") {
            let href = mailto_href("a@b.cn", &subject, &body);
            let query = href.split_once('?').unwrap().1;
            prop_assert!(query.bytes().all(|b| b.is_ascii_graphic() && b != b'+' && b != b'#'));
            let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes()).into_owned().collect();
            prop_assert_eq!(&pairs[0], &("subject".to_string(), subject));
            prop_assert_eq!(&pairs[1], &("body".to_string(), body.replace('\n', "\r\n")));
        }

        #[test]
        fn shown_problems_are_always_a_subset_of_the_real_ones(
            edits in proptest::collection::vec((0..9usize, "\\PC{0,12}"), 0..20),
            submit_at in 0..20usize,
        ) {
            let mut form = FormState::new(InquiryDraft::default());
            for (i, (field, text)) in edits.into_iter().enumerate() {
                if i == submit_at {
                    form.submit();
                }
                match Field::ALL[field] {
                    Field::Consent => form.set_consent(text.len() % 2 == 0),
                    field => form.edit(field, &text),
                }
                let real = form.all_problems();
                for shown in form.problems() {
                    prop_assert!(real.contains(shown), "{:?} not in {:?}", shown, real);
                }
                let fields: Vec<Field> = form.problems().iter().map(|(f, _)| *f).collect();
                let mut sorted = fields.clone();
                sorted.sort();
                sorted.dedup();
                prop_assert_eq!(fields, sorted);
            }
        }
    }
}

//! The inquiry form's rules, shared by the browser form and the server that receives it: what a
//! visitor typed (`InquiryDraft`), what is wrong with it (`(Field, Problem)` pairs, in form order,
//! for the app to word), the normalised values (`Valid`) and the JSON the browser posts
//! (`Inquiry`).
//!
//! Every field is trimmed first. Phones are normalised to digits with an optional leading `+`:
//! a mainland mobile is `13812345678` (with a country code, `+8613812345678`), a landline keeps
//! its trunk `0` and area code with no hyphen (`022-82123456` → `02282123456`), and any other
//! number is E.164 (`+442079460958`). Control characters are refused everywhere except newline
//! and tab in the message (a `\r\n`, U+2028 or U+2029 there becomes `\n`). Invisible format
//! characters (general category Cf: bidirectional controls, zero-width spaces, tags) count as
//! control characters, since they can disguise what a name or address says; so do the line and
//! paragraph separators U+2028/U+2029 in a one-line field (`is_refused_in_line`).

use super::invest::Input;
use super::invest_query::read_input;
use super::validate::PARK_IDS;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The longest name, company, email, message and scenario accepted, in characters.
pub const NAME_MAX: usize = 50;
pub const COMPANY_MAX: usize = 100;
pub const EMAIL_MAX: usize = 254;
pub const MESSAGE_MAX: usize = 2000;
pub const SCENARIO_MAX: usize = 2000;
/// The longest phone accepted as typed, separators included (a number is at most 15 digits).
pub const PHONE_MAX: usize = 30;
/// The park value meaning "not decided yet" (as is an empty one).
pub const PARK_UNDECIDED: &str = "undecided";

/// The form as typed, every field a string.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InquiryDraft {
    pub topic: String,
    pub park: String,
    pub name: String,
    pub company: String,
    pub phone: String,
    pub email: String,
    pub message: String,
    /// The calculator scenario carried from `/invest`, as a query string.
    pub scenario: String,
}

impl InquiryDraft {
    /// True when the visitor has written something (a name, company, phone, e-mail or message);
    /// the topic, park and scenario a link fills in do not count.
    pub fn has_typed_text(&self) -> bool {
        [&self.name, &self.company, &self.phone, &self.email, &self.message].iter().any(|f| !f.trim().is_empty())
    }
}

/// The longest `page` (the address the form was sent from) an inquiry carries, in characters;
/// the receiver refuses longer ones.
pub const PAGE_MAX: usize = 2048;

/// What the inquiry is about (the ids of `validate::INQUIRY_TOPIC_IDS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Topic {
    Policy,
    Land,
    Factory,
    Other,
    Brochure,
}

impl Topic {
    /// In the order the form shows them.
    pub const ALL: [Topic; 5] = [Topic::Policy, Topic::Land, Topic::Factory, Topic::Other, Topic::Brochure];

    pub fn id(self) -> &'static str {
        match self {
            Topic::Policy => "policy",
            Topic::Land => "land",
            Topic::Factory => "factory",
            Topic::Other => "other",
            Topic::Brochure => "brochure",
        }
    }

    pub fn from_id(id: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// A field of the form, in the order the form shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    Topic,
    Park,
    Name,
    Company,
    Phone,
    Email,
    Message,
    Scenario,
    /// The form's consent checkbox (not part of the inquiry sent; see `inquiry_form`).
    Consent,
}

impl Field {
    pub const ALL: [Field; 9] = [
        Field::Topic,
        Field::Park,
        Field::Name,
        Field::Company,
        Field::Phone,
        Field::Email,
        Field::Message,
        Field::Scenario,
        Field::Consent,
    ];

    /// The field's name in `InquiryDraft` and `Inquiry` (and a usable form control id).
    pub fn id(self) -> &'static str {
        match self {
            Field::Topic => "topic",
            Field::Park => "park",
            Field::Name => "name",
            Field::Company => "company",
            Field::Phone => "phone",
            Field::Email => "email",
            Field::Message => "message",
            Field::Scenario => "scenario",
            Field::Consent => "consent",
        }
    }
}

/// What is wrong with a field. The app words it; the domain has no sentences.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Problem {
    Missing,
    TooLong {
        max: usize,
    },
    ControlCharacters,
    /// Not one of the ids the field offers (topic, park).
    UnknownValue,
    PhoneFormat,
    EmailFormat,
    MessageRequiredForOther,
    EmailRequiredForBrochure,
    ScenarioMalformed,
    /// The consent checkbox is not ticked.
    ConsentRequired,
}

/// An accepted form, normalised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Valid {
    pub topic: Topic,
    /// One of `PARK_IDS`; `None` is "not decided yet".
    pub park: Option<String>,
    pub name: String,
    pub company: String,
    /// Digits with an optional leading `+` (see the module comment).
    pub phone: String,
    pub email: Option<String>,
    pub message: Option<String>,
    pub scenario: Option<String>,
}

/// The inquiry the browser posts, as JSON.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inquiry {
    /// A UUID chosen by the browser; a retry resends the same one.
    pub id: String,
    pub topic: Topic,
    #[serde(default)]
    pub park: Option<String>,
    pub name: String,
    pub company: String,
    pub phone: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub scenario: Option<String>,
    pub locale: String,
    /// The page the form was sent from.
    pub page: String,
    /// When the visitor pressed send (RFC 3339, as the browser gives it).
    pub submitted_at: String,
}

impl Inquiry {
    pub fn new(valid: Valid, id: &str, locale: &str, page: &str, submitted_at: &str) -> Inquiry {
        Inquiry {
            id: id.to_string(),
            topic: valid.topic,
            park: valid.park,
            name: valid.name,
            company: valid.company,
            phone: valid.phone,
            email: valid.email,
            message: valid.message,
            scenario: valid.scenario,
            locale: locale.to_string(),
            // A long query string must not get the inquiry refused (`PAGE_MAX`).
            page: page.chars().take(PAGE_MAX).collect(),
            submitted_at: submitted_at.to_string(),
        }
    }

    /// The form fields: for checking a received inquiry with `validate` (validating them again
    /// gives the same `Valid`), and for putting a refused one back into the form.
    pub fn draft(&self) -> InquiryDraft {
        InquiryDraft {
            topic: self.topic.id().to_string(),
            park: self.park.clone().unwrap_or_default(),
            name: self.name.clone(),
            company: self.company.clone(),
            phone: self.phone.clone(),
            email: self.email.clone().unwrap_or_default(),
            message: self.message.clone().unwrap_or_default(),
            scenario: self.scenario.clone().unwrap_or_default(),
        }
    }
}

/// Checks a draft: the normalised values, or every problem in form order (at most one a field).
pub fn validate(draft: &InquiryDraft) -> Result<Valid, Vec<(Field, Problem)>> {
    let topic = topic(&draft.topic);
    let park = park(&draft.park);
    let name = required(&draft.name, NAME_MAX);
    let company = required(&draft.company, COMPANY_MAX);
    let phone = phone(&draft.phone);
    let email = email(&draft.email, topic == Ok(Topic::Brochure));
    let message = message(&draft.message, topic == Ok(Topic::Other));
    let scenario = scenario(&draft.scenario);

    let problems: Vec<(Field, Problem)> = [
        (Field::Topic, topic.err()),
        (Field::Park, park.as_ref().err().copied()),
        (Field::Name, name.as_ref().err().copied()),
        (Field::Company, company.as_ref().err().copied()),
        (Field::Phone, phone.as_ref().err().copied()),
        (Field::Email, email.as_ref().err().copied()),
        (Field::Message, message.as_ref().err().copied()),
        (Field::Scenario, scenario.as_ref().err().copied()),
    ]
    .into_iter()
    .filter_map(|(field, problem)| problem.map(|p| (field, p)))
    .collect();

    match (topic, park, name, company, phone, email, message, scenario) {
        (Ok(topic), Ok(park), Ok(name), Ok(company), Ok(phone), Ok(email), Ok(message), Ok(scenario)) => {
            Ok(Valid { topic, park, name, company, phone, email, message, scenario })
        }
        _ => Err(problems),
    }
}

/// An invisible format character (general category Cf): the bidirectional marks, embeddings,
/// overrides and isolates (U+061C, U+200E/U+200F, U+202A–U+202E, U+2066–U+2069), zero-width and
/// invisible operators, the byte-order mark, interlinear annotation and tag characters. The
/// zero-width non-joiner and joiner (U+200C, U+200D) are allowed: Persian and Indic spelling and
/// emoji sequences need them, and they reorder nothing.
pub fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{0600}'..='\u{0605}'
            | '\u{061C}'
            | '\u{06DD}'
            | '\u{070F}'
            | '\u{0890}'..='\u{0891}'
            | '\u{08E2}'
            | '\u{180E}'
            | '\u{200B}'
            | '\u{200E}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{110BD}'
            | '\u{110CD}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0001}'
            | '\u{E0020}'..='\u{E007F}'
    )
}

/// A character refused in a one-line field (name, company, phone, email, and the receiver's
/// locale, page and submitted_at): a control or format character, or a line or paragraph
/// separator (U+2028, U+2029).
pub fn is_refused_in_line(c: char) -> bool {
    c.is_control() || is_format(c) || matches!(c, '\u{2028}' | '\u{2029}')
}

/// Trims `raw` and checks it for refused characters (a multi-line field may hold newlines and
/// tabs) and against `max` characters; empty is `None`.
fn optional(raw: &str, max: usize, multi_line: bool) -> Result<Option<String>, Problem> {
    let text = raw.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let refused = |c: char| {
        if multi_line {
            (c.is_control() && !matches!(c, '\n' | '\t')) || is_format(c)
        } else {
            is_refused_in_line(c)
        }
    };
    if text.chars().any(refused) {
        return Err(Problem::ControlCharacters);
    }
    if text.chars().count() > max {
        return Err(Problem::TooLong { max });
    }
    Ok(Some(text.to_string()))
}

fn required(raw: &str, max: usize) -> Result<String, Problem> {
    optional(raw, max, false)?.ok_or(Problem::Missing)
}

fn topic(raw: &str) -> Result<Topic, Problem> {
    match raw.trim() {
        "" => Err(Problem::Missing),
        id => Topic::from_id(id).ok_or(Problem::UnknownValue),
    }
}

fn park(raw: &str) -> Result<Option<String>, Problem> {
    match raw.trim() {
        "" | PARK_UNDECIDED => Ok(None),
        id if PARK_IDS.contains(&id) => Ok(Some(id.to_string())),
        _ => Err(Problem::UnknownValue),
    }
}

/// Whether `text` is an email address the form accepts (as typed, trimmed).
pub fn is_email(text: &str) -> bool {
    matches!(email(text, false), Ok(Some(_)))
}

fn email(raw: &str, required: bool) -> Result<Option<String>, Problem> {
    let Some(email) = optional(raw, EMAIL_MAX, false)? else {
        return if required { Err(Problem::EmailRequiredForBrochure) } else { Ok(None) };
    };
    let well_formed = !email.chars().any(char::is_whitespace)
        && matches!(email.split_once('@'), Some((local, domain))
            if !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && domain.split('.').all(|label| !label.is_empty()));
    if well_formed {
        Ok(Some(email))
    } else {
        Err(Problem::EmailFormat)
    }
}

fn message(raw: &str, required: bool) -> Result<Option<String>, Problem> {
    let text = raw.replace("\r\n", "\n").replace(['\u{2028}', '\u{2029}'], "\n");
    match optional(&text, MESSAGE_MAX, true)? {
        None if required => Err(Problem::MessageRequiredForOther),
        message => Ok(message),
    }
}

/// A scenario is the calculator's query string (`area=8000&years=15`, a leading `?` is
/// dropped): every key an input, each at most once, every value one the calculator accepts.
fn scenario(raw: &str) -> Result<Option<String>, Problem> {
    let Some(text) = optional(raw, SCENARIO_MAX, false)? else {
        return Ok(None);
    };
    let query = text.strip_prefix('?').unwrap_or(&text).trim();
    if query.is_empty() {
        return Ok(None);
    }
    let mut seen = BTreeSet::new();
    for pair in query.split('&') {
        if !pair.contains('=') {
            return Err(Problem::ScenarioMalformed);
        }
        let (key, value) = form_urlencoded::parse(pair.as_bytes()).next().ok_or(Problem::ScenarioMalformed)?;
        let input = Input::from_key(&key).ok_or(Problem::ScenarioMalformed)?;
        if !seen.insert(input) || read_input(input, &value).is_err() {
            return Err(Problem::ScenarioMalformed);
        }
    }
    Ok(Some(query.to_string()))
}

/// Reads a phone as typed: full-width digits and `＋` become ASCII, separators (spaces, hyphens,
/// dots, parentheses) go, and what is left must be a number this module recognises.
fn phone(raw: &str) -> Result<String, Problem> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(Problem::Missing);
    }
    if text.chars().any(is_refused_in_line) {
        return Err(Problem::ControlCharacters);
    }
    if text.chars().count() > PHONE_MAX {
        return Err(Problem::TooLong { max: PHONE_MAX });
    }
    let mut plus = false;
    let mut digits = String::new();
    for c in text.chars() {
        match c {
            '0'..='9' => digits.push(c),
            '０'..='９' => digits.push(char::from(b'0' + (c as u32 - '０' as u32) as u8)),
            '+' | '＋' if !plus && digits.is_empty() => plus = true,
            ' ' | '\u{A0}' | '\u{3000}' | '-' | '‐' | '－' | '.' | '．' | '(' | ')' | '（' | '）' => {}
            _ => return Err(Problem::PhoneFormat),
        }
    }
    normalise_phone(plus, &digits).ok_or(Problem::PhoneFormat)
}

/// The normalised number for `digits` (with or without a leading `+`), if it is one.
fn normalise_phone(plus: bool, digits: &str) -> Option<String> {
    if plus {
        if let Some(national) = digits.strip_prefix("86") {
            return (is_mobile(national) || is_landline_national(national)).then(|| format!("+{digits}"));
        }
        let e164 = (8..=15).contains(&digits.len()) && !digits.starts_with('0');
        return e164.then(|| format!("+{digits}"));
    }
    if is_mobile(digits) {
        return Some(digits.to_string());
    }
    if let Some(national) = digits.strip_prefix("86").filter(|n| is_mobile(n)) {
        return Some(format!("+86{national}"));
    }
    digits.strip_prefix('0').filter(|n| is_landline_national(n)).map(|_| digits.to_string())
}

/// A mainland mobile: 11 digits, `1` then `3`–`9`.
fn is_mobile(digits: &str) -> bool {
    let b = digits.as_bytes();
    b.len() == 11 && b[0] == b'1' && (b'3'..=b'9').contains(&b[1]) && b.iter().all(u8::is_ascii_digit)
}

/// A mainland landline without its trunk `0`: a 2–3 digit area code (`10`, or starting `2`–`9`)
/// and a 7–8 digit local number, 9–11 digits in all.
fn is_landline_national(digits: &str) -> bool {
    let b = digits.as_bytes();
    (9..=11).contains(&b.len())
        && ((b'2'..=b'9').contains(&b[0]) || digits.starts_with("10"))
        && b.iter().all(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_long_page_address_is_cut_to_what_the_receiver_takes() {
        let long = format!("/contact?q={}", "武".repeat(3000));
        let sent =
            Inquiry::new(validate(&good()).unwrap(), "6f1c2a3b-0000-4000-8000-000000000000", "zh-CN", &long, "t");
        assert_eq!(sent.page.chars().count(), PAGE_MAX);
        assert!(long.starts_with(&sent.page));
    }

    #[test]
    fn typed_text_is_what_the_visitor_wrote_not_what_a_link_filled_in() {
        let from_link = InquiryDraft {
            topic: "land".into(),
            park: "carpet".into(),
            scenario: "area=8000".into(),
            ..Default::default()
        };
        assert!(!from_link.has_typed_text());
        assert!(!InquiryDraft { message: "  ".into(), ..from_link.clone() }.has_typed_text());
        assert!(InquiryDraft { message: "想了解用地".into(), ..from_link }.has_typed_text());
        assert!(good().has_typed_text());
    }

    fn good() -> InquiryDraft {
        InquiryDraft {
            topic: "land".into(),
            park: "carpet".into(),
            name: "王伟".into(),
            company: "天津某某科技有限公司".into(),
            phone: "13812345678".into(),
            email: String::new(),
            message: String::new(),
            scenario: String::new(),
        }
    }

    #[test]
    fn joiners_are_kept_and_separators_in_a_message_become_newlines() {
        let draft = InquiryDraft {
            name: "\u{0645}\u{06CC}\u{200C}\u{0631}\u{0648}\u{062F}".into(),
            company: "ACME \u{1F469}\u{200D}\u{1F4BB}".into(),
            message: "第一行\u{2028}第二行\u{2029}第三行".into(),
            ..good()
        };
        let valid = validate(&draft).unwrap();
        assert_eq!(valid.name, draft.name);
        assert_eq!(valid.message.as_deref(), Some("第一行\n第二行\n第三行"));
        for c in ['\u{061C}', '\u{200E}', '\u{202A}', '\u{2066}', '\u{2028}', '\u{2029}', '\u{FEFF}', '\u{E0041}'] {
            assert!(is_refused_in_line(c), "{:04X}", c as u32);
        }
        for c in ['a', '王', ' ', '\u{3000}', '\u{200C}', '\u{200D}'] {
            assert!(!is_refused_in_line(c), "{:04X}", c as u32);
        }
    }

    fn phone_of(raw: &str) -> Result<String, Vec<(Field, Problem)>> {
        validate(&InquiryDraft { phone: raw.into(), ..good() }).map(|v| v.phone)
    }

    #[test]
    fn a_plain_draft_is_accepted_and_trimmed() {
        let draft = InquiryDraft {
            topic: " land ".into(),
            park: "undecided".into(),
            name: "  王伟\u{3000}".into(),
            company: "\tACME Ltd. ".into(),
            email: " wang@example.com ".into(),
            message: " 想了解\r\n用地指标\t谢谢 ".into(),
            scenario: "?area=8000&years=15".into(),
            ..good()
        };
        let valid = validate(&draft).unwrap();
        assert_eq!(valid.topic, Topic::Land);
        assert_eq!(valid.park, None);
        assert_eq!(valid.name, "王伟");
        assert_eq!(valid.company, "ACME Ltd.");
        assert_eq!(valid.email.as_deref(), Some("wang@example.com"));
        assert_eq!(valid.message.as_deref(), Some("想了解\n用地指标\t谢谢"));
        assert_eq!(valid.scenario.as_deref(), Some("area=8000&years=15"));
        assert_eq!(validate(&InquiryDraft { park: String::new(), ..good() }).unwrap().park, None);
        assert_eq!(validate(&good()).unwrap().park.as_deref(), Some("carpet"));
    }

    #[test]
    fn phones_are_normalised() {
        assert_eq!(phone_of("１３８ １２３４ ５６７８").unwrap(), "13812345678");
        assert_eq!(phone_of("+86 138-1234-5678").unwrap(), "+8613812345678");
        assert_eq!(phone_of("＋８６ １３８１２３４５６７８").unwrap(), "+8613812345678");
        assert_eq!(phone_of("86 13812345678").unwrap(), "+8613812345678");
        assert_eq!(phone_of("(+86) 138.1234.5678").unwrap(), "+8613812345678");
        assert_eq!(phone_of("022-82123456").unwrap(), "02282123456");
        assert_eq!(phone_of("(022) 8212 3456").unwrap(), "02282123456");
        assert_eq!(phone_of("010-1234567").unwrap(), "0101234567");
        assert_eq!(phone_of("0755-12345678").unwrap(), "075512345678");
        assert_eq!(phone_of("+86 22 8212 3456").unwrap(), "+862282123456");
        assert_eq!(phone_of("+44 20 7946 0958").unwrap(), "+442079460958");
        assert_eq!(phone_of("+1 (212) 555-0100").unwrap(), "+12125550100");
    }

    #[test]
    fn the_topic_decides_what_else_is_required() {
        let brochure = InquiryDraft { topic: "brochure".into(), email: "a@b.cn".into(), ..good() };
        assert_eq!(validate(&brochure).unwrap().topic, Topic::Brochure);
        let other = InquiryDraft { topic: "other".into(), message: "别的事".into(), ..good() };
        assert_eq!(validate(&other).unwrap().message.as_deref(), Some("别的事"));
        for topic in Topic::ALL {
            assert_eq!(Topic::from_id(topic.id()), Some(topic));
            assert_eq!(serde_json::to_string(&topic).unwrap(), format!("\"{}\"", topic.id()));
        }
        let ids: Vec<&str> = Topic::ALL.iter().map(|t| t.id()).collect();
        assert_eq!(ids, crate::validate::INQUIRY_TOPIC_IDS);
    }

    #[test]
    fn bad_inputs_are_rejected_with_the_right_problem() {
        type Problems = Vec<(Field, Problem)>;
        use Field as F;
        use Problem as P;
        let d = good;
        let s = |n: usize, c: char| c.to_string().repeat(n);
        #[rustfmt::skip]
        let table: Vec<(&str, InquiryDraft, Problems)> = vec![
            ("no topic", InquiryDraft { topic: "  ".into(), ..d() }, vec![(F::Topic, P::Missing)]),
            ("unknown topic", InquiryDraft { topic: "rent".into(), ..d() }, vec![(F::Topic, P::UnknownValue)]),
            ("topic label, not id", InquiryDraft { topic: "政策咨询".into(), ..d() }, vec![(F::Topic, P::UnknownValue)]),
            ("topic wrong case", InquiryDraft { topic: "Land".into(), ..d() }, vec![(F::Topic, P::UnknownValue)]),
            ("unknown park", InquiryDraft { park: "airport".into(), ..d() }, vec![(F::Park, P::UnknownValue)]),
            ("park label, not id", InquiryDraft { park: "地毯产业园".into(), ..d() }, vec![(F::Park, P::UnknownValue)]),
            ("no name", InquiryDraft { name: "\u{3000} ".into(), ..d() }, vec![(F::Name, P::Missing)]),
            ("name 51 chars", InquiryDraft { name: s(51, '王'), ..d() }, vec![(F::Name, P::TooLong { max: 50 })]),
            ("name with NUL", InquiryDraft { name: "王\0伟".into(), ..d() }, vec![(F::Name, P::ControlCharacters)]),
            ("name with newline", InquiryDraft { name: "王\n伟".into(), ..d() }, vec![(F::Name, P::ControlCharacters)]),
            ("name with RTL override", InquiryDraft { name: "王\u{202E}伟".into(), ..d() }, vec![(F::Name, P::ControlCharacters)]),
            ("name with Arabic letter mark", InquiryDraft { name: "王\u{061C}伟".into(), ..d() }, vec![(F::Name, P::ControlCharacters)]),
            ("name with line separator", InquiryDraft { name: "王\u{2028}伟".into(), ..d() }, vec![(F::Name, P::ControlCharacters)]),
            ("company with paragraph separator", InquiryDraft { company: "AC\u{2029}ME".into(), ..d() }, vec![(F::Company, P::ControlCharacters)]),
            ("company with zero-width space", InquiryDraft { company: "AC\u{200B}ME".into(), ..d() }, vec![(F::Company, P::ControlCharacters)]),
            ("company with isolate", InquiryDraft { company: "\u{2067}ACME\u{2069}".into(), ..d() }, vec![(F::Company, P::ControlCharacters)]),
            ("phone with LRM", InquiryDraft { phone: "138\u{200E}12345678".into(), ..d() }, vec![(F::Phone, P::ControlCharacters)]),
            ("email with soft hyphen", InquiryDraft { email: "wang\u{00AD}@example.com".into(), ..d() }, vec![(F::Email, P::ControlCharacters)]),
            ("message with RTL override", InquiryDraft { message: "你好\u{202E}".into(), ..d() }, vec![(F::Message, P::ControlCharacters)]),
            ("no company", InquiryDraft { company: String::new(), ..d() }, vec![(F::Company, P::Missing)]),
            ("company 101 chars", InquiryDraft { company: s(101, 'a'), ..d() }, vec![(F::Company, P::TooLong { max: 100 })]),
            ("company with tab", InquiryDraft { company: "AC\tME".into(), ..d() }, vec![(F::Company, P::ControlCharacters)]),
            ("no phone", InquiryDraft { phone: " ".into(), ..d() }, vec![(F::Phone, P::Missing)]),
            ("phone with letters", InquiryDraft { phone: "138-ABCD-5678".into(), ..d() }, vec![(F::Phone, P::PhoneFormat)]),
            ("mobile too short", InquiryDraft { phone: "1381234567".into(), ..d() }, vec![(F::Phone, P::PhoneFormat)]),
            ("mobile too long", InquiryDraft { phone: "138123456789".into(), ..d() }, vec![(F::Phone, P::PhoneFormat)]),
            ("mobile 12x prefix", InquiryDraft { phone: "12812345678".into(), ..d() }, vec![(F::Phone, P::PhoneFormat)]),
            ("landline without area code", InquiryDraft { phone: "82123456".into(), ..d() }, vec![(F::Phone, P::PhoneFormat)]),
            ("landline too long", InquiryDraft { phone: "022-8212345678".into(), ..d() }, vec![(F::Phone, P::PhoneFormat)]),
            ("plus in the middle", InquiryDraft { phone: "138+12345678".into(), ..d() }, vec![(F::Phone, P::PhoneFormat)]),
            ("two pluses", InquiryDraft { phone: "++8613812345678".into(), ..d() }, vec![(F::Phone, P::PhoneFormat)]),
            ("international too short", InquiryDraft { phone: "+44 1234".into(), ..d() }, vec![(F::Phone, P::PhoneFormat)]),
            ("international too long", InquiryDraft { phone: "+44 1234 5678 9012 34".into(), ..d() }, vec![(F::Phone, P::PhoneFormat)]),
            ("+86 with a bad mobile", InquiryDraft { phone: "+86 128 1234 5678".into(), ..d() }, vec![(F::Phone, P::PhoneFormat)]),
            ("phone with tab", InquiryDraft { phone: "138\t12345678".into(), ..d() }, vec![(F::Phone, P::ControlCharacters)]),
            ("phone padded past 30", InquiryDraft { phone: format!("138{}12345678", s(20, '-')), ..d() }, vec![(F::Phone, P::TooLong { max: 30 })]),
            ("email without @", InquiryDraft { email: "wang.example.com".into(), ..d() }, vec![(F::Email, P::EmailFormat)]),
            ("email with two @", InquiryDraft { email: "wang@x@example.com".into(), ..d() }, vec![(F::Email, P::EmailFormat)]),
            ("email empty local part", InquiryDraft { email: "@example.com".into(), ..d() }, vec![(F::Email, P::EmailFormat)]),
            ("email domain without dot", InquiryDraft { email: "wang@localhost".into(), ..d() }, vec![(F::Email, P::EmailFormat)]),
            ("email domain ends in dot", InquiryDraft { email: "wang@example.".into(), ..d() }, vec![(F::Email, P::EmailFormat)]),
            ("email with space", InquiryDraft { email: "wang wei@example.com".into(), ..d() }, vec![(F::Email, P::EmailFormat)]),
            ("email 255 chars", InquiryDraft { email: format!("{}@example.com", s(243, 'a')), ..d() }, vec![(F::Email, P::TooLong { max: 254 })]),
            ("brochure without email", InquiryDraft { topic: "brochure".into(), ..d() }, vec![(F::Email, P::EmailRequiredForBrochure)]),
            ("other without message", InquiryDraft { topic: "other".into(), message: " \n ".into(), ..d() }, vec![(F::Message, P::MessageRequiredForOther)]),
            ("message 2001 chars", InquiryDraft { message: s(2001, '字'), ..d() }, vec![(F::Message, P::TooLong { max: 2000 })]),
            ("message with bell", InquiryDraft { message: "你好\u{7}".into(), ..d() }, vec![(F::Message, P::ControlCharacters)]),
            ("message with bare CR", InquiryDraft { message: "a\rb".into(), ..d() }, vec![(F::Message, P::ControlCharacters)]),
            ("scenario unknown key", InquiryDraft { scenario: "area=8000&colour=red".into(), ..d() }, vec![(F::Scenario, P::ScenarioMalformed)]),
            ("scenario park key", InquiryDraft { scenario: "park=carpet".into(), ..d() }, vec![(F::Scenario, P::ScenarioMalformed)]),
            ("scenario not a query", InquiryDraft { scenario: "just some words".into(), ..d() }, vec![(F::Scenario, P::ScenarioMalformed)]),
            ("scenario not a number", InquiryDraft { scenario: "area=lots".into(), ..d() }, vec![(F::Scenario, P::ScenarioMalformed)]),
            ("scenario out of range", InquiryDraft { scenario: "area=50".into(), ..d() }, vec![(F::Scenario, P::ScenarioMalformed)]),
            ("scenario repeated key", InquiryDraft { scenario: "years=10&years=12".into(), ..d() }, vec![(F::Scenario, P::ScenarioMalformed)]),
            ("scenario empty pair", InquiryDraft { scenario: "area=8000&&years=12".into(), ..d() }, vec![(F::Scenario, P::ScenarioMalformed)]),
            ("scenario 2001 chars", InquiryDraft { scenario: s(2001, 'a'), ..d() }, vec![(F::Scenario, P::TooLong { max: 2000 })]),
            ("scenario with newline", InquiryDraft { scenario: "area=8000\nyears=12".into(), ..d() }, vec![(F::Scenario, P::ControlCharacters)]),
            ("everything empty", InquiryDraft::default(), vec![
                (F::Topic, P::Missing), (F::Name, P::Missing), (F::Company, P::Missing), (F::Phone, P::Missing),
            ]),
            ("several, listed top to bottom", InquiryDraft {
                scenario: "x=1".into(), email: "nope".into(), name: String::new(), topic: "x".into(), ..d()
            }, vec![
                (F::Topic, P::UnknownValue), (F::Name, P::Missing), (F::Email, P::EmailFormat), (F::Scenario, P::ScenarioMalformed),
            ]),
        ];
        assert!(table.len() >= 30);
        let mut labels = BTreeSet::new();
        for (label, draft, expected) in table {
            assert!(labels.insert(label), "duplicate row {label}");
            assert_eq!(validate(&draft), Err(expected), "{label}");
        }
    }

    #[test]
    fn an_inquiry_carries_the_valid_values_and_checks_again() {
        let valid = validate(&InquiryDraft { phone: "+86 138-1234-5678".into(), ..good() }).unwrap();
        let inquiry = Inquiry::new(
            valid.clone(),
            "6f1c2a3b-0000-4000-8000-000000000000",
            "zh-CN",
            "/contact",
            "2025-01-02T03:04:05Z",
        );
        let json = serde_json::to_string(&inquiry).unwrap();
        assert!(json.contains("\"topic\":\"land\""), "{json}");
        let back: Inquiry = serde_json::from_str(&json).unwrap();
        assert_eq!(back, inquiry);
        assert_eq!(validate(&back.draft()), Ok(valid));
    }

    fn any_text() -> impl Strategy<Value = String> {
        prop_oneof![any::<String>(), "\\PC{0,60}", "[ 0-9０-９+＋()\\-.]{0,24}", "[a-z.@ ]{0,20}"]
    }

    fn any_draft() -> impl Strategy<Value = InquiryDraft> {
        let topic =
            prop_oneof![proptest::sample::select(Topic::ALL.to_vec()).prop_map(|t| t.id().to_string()), any_text()];
        let park = prop_oneof![proptest::sample::select(PARK_IDS.to_vec()).prop_map(String::from), any_text()];
        (topic, park, any_text(), any_text(), any_text(), any_text(), any_text(), any_text()).prop_map(
            |(topic, park, name, company, phone, email, message, scenario)| InquiryDraft {
                topic,
                park,
                name,
                company,
                phone,
                email,
                message,
                scenario,
            },
        )
    }

    /// Drafts that are mostly accepted, typed the ways people type them.
    fn plausible_draft() -> impl Strategy<Value = InquiryDraft> {
        let topic = proptest::sample::select(Topic::ALL.to_vec()).prop_map(|t| format!(" {} ", t.id()));
        let park = prop_oneof![
            proptest::sample::select(PARK_IDS.to_vec()).prop_map(String::from),
            Just(String::new()),
            Just(PARK_UNDECIDED.to_string())
        ];
        let phone = prop_oneof![
            "(\\+86|86|＋８６)? ?1[3-9][0-9][ -]?[0-9]{4}[ .-]?[0-9]{4}",
            "\\(?0[2-9][0-9]{1,2}\\)?[ -]?[2-8][0-9]{6,7}",
            "\\+[1-79][0-9]{0,2} [0-9]{3,4} [0-9]{3,4} [0-9]{1,4}",
            "１[３-９][０-９] ?[０-９]{4} ?[０-９]{4}",
        ];
        let scenario =
            prop_oneof![Just(String::new()), Just("?area=8000&years=15".to_string()), Just(" rent=0.8 ".to_string()),];
        (
            topic,
            park,
            "[ \\PC]{1,55}",
            "[ \\PC]{1,60}",
            phone,
            "( ?[a-z0-9.]{1,8}@[a-z]{1,6}\\.(cn|com) ?)?",
            "[\\PC\\n\\t]{0,40}",
            scenario,
        )
            .prop_map(|(topic, park, name, company, phone, email, message, scenario)| InquiryDraft {
                topic,
                park,
                name,
                company,
                phone,
                email,
                message,
                scenario,
            })
    }

    proptest! {
        #[test]
        fn validating_never_panics(draft in any_draft()) {
            let _ = validate(&draft);
        }

        #[test]
        fn accepted_phones_are_digits_with_an_optional_plus(draft in prop_oneof![any_draft(), plausible_draft()]) {
            if let Ok(valid) = validate(&draft) {
                let digits = valid.phone.strip_prefix('+').unwrap_or(&valid.phone);
                prop_assert!(!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()), "{}", valid.phone);
            }
        }

        #[test]
        fn validating_is_idempotent(draft in prop_oneof![any_draft(), plausible_draft()]) {
            if let Ok(valid) = validate(&draft) {
                let sent = Inquiry::new(valid.clone(), "6f1c2a3b-0000-4000-8000-000000000000", "zh-CN", "/contact", "t");
                prop_assert_eq!(validate(&sent.draft()), Ok(valid));
            }
        }

        #[test]
        fn plausible_phones_are_accepted(draft in plausible_draft()) {
            let problems = validate(&draft).err().unwrap_or_default();
            prop_assert!(!problems.iter().any(|(field, _)| *field == Field::Phone), "{:?}: {:?}", draft.phone, problems);
        }

        #[test]
        fn a_long_name_is_always_rejected(name in "[^\\s\\p{C}]{51,80}", draft in any_draft()) {
            let problems = validate(&InquiryDraft { name, ..draft }).unwrap_err();
            let too_long = (Field::Name, Problem::TooLong { max: NAME_MAX });
            prop_assert!(problems.contains(&too_long), "{:?}", problems);
        }
    }
}

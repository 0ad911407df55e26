//! The content types: what each JSON file under `public/data/` holds.
//! These Rust types are the schema: serde reads the files with them, and the JSON Schemas
//! under `public/data/schema/` are generated from them (see `domain::schema`).
//! Tags, categories and inquiry topics are `Labelled`: an ASCII id for URLs and records, a
//! label for display; `Site` looks labels up by id. Rules serde cannot express (sources on
//! every figure, ids that must exist) live in `domain::validate`.

use super::date::PartialDate;
use serde::{Deserialize, Serialize};

/// Derives the JSON Schema for a content type natively; the wasm build never needs it.
macro_rules! content_type {
    ($item:item) => {
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
        // Strict where content is checked (cargo test, the prerender step), tolerant in the
        // browser: a field added to a data file never breaks a tab still running older wasm.
        #[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
        $item
    };
}

content_type! {
/// Where a fact comes from.
pub struct Source {
    /// Who published it, e.g. “天津日报”.
    pub publisher: String,
    /// An http(s) address of the page; null when the source is known (publisher, title and
    /// date) but no address of it could be verified. `publisher` then names the title.
    pub url: Option<String>,
    /// When the source was published (not when it was read). Every source has this date or,
    /// when the source itself gives none, `undated: true` and `accessed` (`domain::validate`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<PartialDate>,
    /// When the source was read; set for an undated source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessed: Option<PartialDate>,
    /// True when the source states no publication date: it is then cited with `accessed`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub undated: bool,
    pub reliability: Reliability,
}
}

/// How far a source can be trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Reliability {
    /// A government site.
    Official,
    /// Mainstream media or a reprint of it.
    Press,
    /// Trade press or a consultancy.
    Trade,
    /// A blog, job advert or aggregator: corroboration only.
    Weak,
}

/// Whose figure this is: the park's own, or the town or district around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    Park,
    Town,
    District,
    City,
    National,
}

/// How the true figure relates to the amount when the source is not exact. The words shown
/// for each are the app's (its text module), not the content's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Qualifier {
    /// Approximately the amount: the source rounds.
    About,
    /// More than the amount: the source gives a lower bound.
    Over,
}

content_type! {
/// A number with its unit, as the source states it.
pub struct Quantity {
    pub amount: f64,
    /// Unit as shown, e.g. “平方公里”, “家”, “亿元”, “元/平方米·月”.
    pub unit: String,
    /// Set when the source is not exact: `about` or `over`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
}
}

content_type! {
/// A numeric fact. `value: null` means no trustworthy public figure exists; `note` then says so.
pub struct Figure {
    /// A stable key other code may refer to, e.g. `planned-area`, `to-beijing`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    pub label: String,
    pub scope: Scope,
    pub value: Option<Quantity>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<PartialDate>,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
}

content_type! {
/// A fact in words (a place, a list of industries). `value: null` means not found.
pub struct Fact<T> {
    pub value: Option<T>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<PartialDate>,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
}

content_type! {
/// A later name a park took.
pub struct Renaming {
    pub date: PartialDate,
    pub name: String,
    pub name_en: String,
    pub sources: Vec<Source>,
}
}

content_type! {
/// One dated step in a park's history.
pub struct Milestone {
    pub date: PartialDate,
    pub text: String,
    pub sources: Vec<Source>,
}
}

content_type! {
/// One of the four demonstration parks.
pub struct Park {
    /// Stable URL id: `bicycle-kingdom`, `carpet`, `auto-parts`, `jingbin`.
    pub id: String,
    /// The demonstration-park name, as in the 2025 source article.
    pub name: String,
    /// The Chinese name when `name` is a translation (set by `translation::localize_parks`;
    /// a content file leaves it out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_name: Option<String>,
    pub name_en: String,
    #[serde(default)]
    pub renamings: Vec<Renaming>,
    /// One or two sentences on what the park is.
    pub summary: String,
    /// Town (镇) the park lies in.
    pub town: Fact<String>,
    /// Address or roads, in words.
    pub location: Fact<String>,
    pub founded: Fact<String>,
    pub planned_area: Figure,
    pub industries: Fact<Vec<String>>,
    pub enterprises: Fact<Vec<String>>,
    pub enterprise_count: Figure,
    /// Further figures, newest first: output, investment, jobs, land.
    #[serde(default)]
    pub figures: Vec<Figure>,
    #[serde(default)]
    pub timeline: Vec<Milestone>,
}
}

content_type! {
/// District-wide facts shown beside the parks, always labelled as district figures.
pub struct District {
    pub name: String,
    pub summary: String,
    /// Distances from the district centre and intercity times.
    pub access: Vec<Figure>,
    #[serde(default)]
    pub figures: Vec<Figure>,
}
}

content_type! {
/// `parks.json`.
pub struct ParksFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub district: District,
    pub parks: Vec<Park>,
}
}

content_type! {
/// One entry of the navigation, keyed by route.
pub struct NavLabel {
    /// The route path, e.g. `/parks`.
    pub path: String,
    pub label: String,
}
}

content_type! {
/// A value that appears in URLs or is matched in code (a tag, a category, an inquiry topic):
/// a stable id, and the label the site shows for it.
pub struct Labelled {
    /// Lower-case ASCII slug (a-z, 0-9, -), e.g. `manufacturing`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern("^[a-z0-9-]+$")))]
    pub id: String,
    /// What the visitor reads, e.g. “制造业”.
    pub label: String,
}
}

/// The label of the entry with this id.
pub fn label_of<'a>(list: &'a [Labelled], id: &str) -> Option<&'a str> {
    list.iter().find(|entry| entry.id == id).map(|entry| entry.label.as_str())
}

/// The id of the entry with this label: the reverse of `label_of`, for links written with labels.
pub fn id_of<'a>(list: &'a [Labelled], label: &str) -> Option<&'a str> {
    list.iter().find(|entry| entry.label == label).map(|entry| entry.id.as_str())
}

content_type! {
/// `site.json`: the chrome every page shares.
pub struct Site {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub name: String,
    pub name_en: String,
    pub tagline: String,
    /// 招商中心 hotline, as dialled: `400-162-2002`.
    pub hotline: String,
    pub hotline_label: String,
    pub contact_center: String,
    /// Where inquiries can be mailed (the form's `mailto:` fallback). Set by the operator;
    /// `null` while no address is published, and the pages then say so.
    #[serde(default)]
    pub inquiry_email: Option<String>,
    /// A number that can be dialled from outside mainland China (a 400 number usually cannot),
    /// as dialled: `+86 22 …`. Set by the operator; `null` while none is published.
    #[serde(default)]
    pub hotline_international: Option<String>,
    /// Labels for the navigation; the routes themselves are fixed in code.
    pub nav: Vec<NavLabel>,
    /// The tag vocabulary articles may use.
    pub tags: Vec<Labelled>,
    /// The categories articles may use.
    pub categories: Vec<Labelled>,
    /// Topics an inquiry can be about: `policy`, `land`, `factory`, `other`, `brochure`.
    pub inquiry_topics: Vec<Labelled>,
    /// The source site's call to action, e.g. “免费获取园区招商政策汇编”.
    pub policy_pack_offer: String,
}
}

impl Site {
    pub fn tag_label(&self, id: &str) -> Option<&str> {
        label_of(&self.tags, id)
    }

    pub fn category_label(&self, id: &str) -> Option<&str> {
        label_of(&self.categories, id)
    }

    pub fn topic_label(&self, id: &str) -> Option<&str> {
        label_of(&self.inquiry_topics, id)
    }

    /// The id of the tag with this label (old links used labels).
    pub fn tag_id(&self, label: &str) -> Option<&str> {
        id_of(&self.tags, label)
    }

    /// The id of the category with this label (old links used labels).
    pub fn category_id(&self, label: &str) -> Option<&str> {
        id_of(&self.categories, label)
    }
}

content_type! {
/// One article as listed: everything the news list needs, no body.
pub struct ArticleSummary {
    pub id: String,
    pub title: String,
    pub date: PartialDate,
    /// A category id from `site.json`.
    pub category: String,
    /// Region label, e.g. “天津-武清区”.
    pub region: String,
    /// Ids of the parks the article concerns; empty for district-wide news.
    #[serde(default)]
    pub parks: Vec<String>,
    /// Tag ids from `site.json`.
    #[serde(default)]
    pub tags: Vec<String>,
    pub summary: String,
    /// The Chinese title and summary when these are a translation (set by
    /// `translation::localize_news`, so search finds either; a content file leaves it out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<OriginalText>,
}
}

content_type! {
/// An article's title and summary in the language it was written in.
pub struct OriginalText {
    pub title: String,
    pub summary: String,
}
}

content_type! {
/// `news/index.json`.
pub struct NewsIndex {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub articles: Vec<ArticleSummary>,
}
}

content_type! {
/// A headed part of an article body.
pub struct Section {
    pub heading: String,
    pub paragraphs: Vec<String>,
}
}

content_type! {
/// `news/<id>.json`: an article body; its title, date and tags are in the index.
pub struct ArticleBody {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub id: String,
    /// Paragraphs before the first heading.
    #[serde(default)]
    pub lead: Vec<String>,
    #[serde(default)]
    pub sections: Vec<Section>,
    /// Who wrote or first published it, in words.
    pub attribution: String,
    pub sources: Vec<Source>,
    /// The lead, sections and attribution are an English translation of the Chinese original
    /// (`translation::localize_body`); absent in the Chinese files.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub translated: bool,
}
}

content_type! {
/// A way to get premises: buy land and build, rent a factory, rent an office.
pub struct InvestOption {
    /// `buy-land`, `factory-rent` or `office-rent`.
    pub id: String,
    pub name: String,
    pub summary: String,
    /// What the route involves, in order.
    pub involves: Vec<String>,
    /// For whom it suits.
    pub suits: Vec<String>,
    /// The typical timeline, step by step, in words (durations only where a source or the
    /// calculator's assumption states them).
    #[serde(default)]
    pub timeline: Vec<String>,
    /// What can go wrong or cost more than expected.
    #[serde(default)]
    pub risks: Vec<String>,
    /// Sourced reference prices; proxies say what they are in `label` and `note`.
    pub reference_prices: Vec<Figure>,
}
}

content_type! {
/// One step of a procedure, with where it is written down.
pub struct Step {
    pub title: String,
    pub detail: String,
    pub sources: Vec<Source>,
    /// When the step was last checked against its sources: the date of the newest dated source
    /// it rests on, or the date of the research pass that checked an undated one. null: no
    /// check is recorded (not “checked and found wrong”).
    #[serde(default)]
    pub checked: Option<PartialDate>,
}
}

content_type! {
/// `invest.json`.
pub struct InvestFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub options: Vec<InvestOption>,
    /// 公司注册: the official steps.
    pub registration: Vec<Step>,
    /// 外商投资: what a foreign investor should know.
    pub foreign_investment: Vec<Step>,
    /// The calculator's defaults, one per input.
    pub calculator: Vec<CalculatorDefault>,
}
}

content_type! {
/// A calculator default: a number in a unit, either with its sources and date or marked as an
/// example assumption (示例假设，以实际报价为准).
pub struct CalculatorDefault {
    /// The input it sets, as in the URL: `area`, `land-price`, `rent`, … (see `invest::Input`).
    pub input: String,
    pub value: f64,
    pub unit: crate::invest::Unit,
    /// What the number is, e.g. “天津物流仓储租金（2018年二季度）”: never a Wuqing price unless it is one.
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<PartialDate>,
    #[serde(default)]
    pub sources: Vec<Source>,
    /// True when no source stands behind the number.
    #[serde(default)]
    pub assumption: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
}

/// Whether a policy applies, as last checked (`Policy::checked`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PolicyStatus {
    /// 有效: issued, and no source says it has ended.
    InForce,
    /// 已失效: its validity period is over.
    Lapsed,
    /// 已被替代: a newer document replaced it; `replaced_by` names it.
    Superseded,
    /// 征求意见稿: published for comment, never in force as such.
    Draft,
}

content_type! {
/// The document that replaced a policy.
pub struct Replacement {
    /// Its title, e.g. 天津市经营主体住所（经营场所）登记管理办法.
    pub title: String,
    /// null when no source gives it.
    pub document_number: Option<String>,
}
}

content_type! {
/// One incentive policy document, with whether it applies and when that was last checked.
pub struct Policy {
    pub id: String,
    pub title: String,
    /// The Chinese official title when `title` is a translation (set by
    /// `translation::localize_policies`; a content file leaves it out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub official_title: Option<String>,
    /// The issuing body; null when no source names it.
    pub issuer: Option<String>,
    /// e.g. 津政办规〔2023〕4号; null when none is published.
    pub document_number: Option<String>,
    /// A category id from this file's `categories`.
    pub category: String,
    /// Where it applies: `district`, `city` or `national`. No source ties a policy to one of
    /// the parks, so policies carry no park ids; a park page shows them as the rules around it.
    pub scope: Scope,
    /// The first day it applies; the document's date when the sources give no other (`validity`
    /// says so). null: not published.
    pub valid_from: Option<PartialDate>,
    /// The last day it applies. null: no end date is stated (无明确截止日期), which is not the
    /// same as “in force for ever”: `status` and `checked` say what was last confirmed.
    pub valid_to: Option<PartialDate>,
    /// In words: what the dates rest on and what is not known, e.g. 有效期5年，具体截止日未见.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity: Option<String>,
    pub status: PolicyStatus,
    /// What replaced it; required when `status` is `superseded`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaced_by: Option<Replacement>,
    /// When the status was last checked against a source: the date of the newest dated source
    /// it rests on, or the date of the research pass that established it from undated ones.
    /// Every policy needs one (`domain::validate`).
    #[serde(default)]
    pub checked: Option<PartialDate>,
    pub summary: String,
    #[serde(default)]
    pub points: Vec<String>,
    pub sources: Vec<Source>,
}
}

content_type! {
/// `policies.json`.
pub struct PoliciesFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The categories policies may use: an ASCII id for URLs and filters, a label for display.
    pub categories: Vec<Labelled>,
    pub policies: Vec<Policy>,
}
}

impl PoliciesFile {
    pub fn category_label(&self, id: &str) -> Option<&str> {
        label_of(&self.categories, id)
    }

    /// The id of the category with this label.
    pub fn category_id(&self, label: &str) -> Option<&str> {
        id_of(&self.categories, label)
    }
}

content_type! {
/// `synonyms.json`: names people use for the same thing (a short form and its long forms, a
/// park's old and new names). A search term that is one of a group's names, or contains one,
/// also finds the text with any other name of the group in its place.
pub struct SynonymsFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub groups: Vec<SynonymGroup>,
}
}

content_type! {
/// Names that mean the same, e.g. `["电子商务", "电商"]`: the full form first by convention.
pub struct SynonymGroup {
    pub names: Vec<String>,
    /// Why they mean the same (e.g. the year of a renaming), for editors; never shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
}

content_type! {
/// `news/search.json`, generated at build time: what the news search needs beyond the index,
/// fetched when a visitor first searches (so the list's first load does not carry it).
pub struct SearchFile {
    /// The groups of `synonyms.json`.
    pub synonyms: Vec<SynonymGroup>,
    /// Each article's body as plain text, in the index's order.
    pub articles: Vec<BodyText>,
}
}

content_type! {
/// One article's body as plain text: lead, headings and paragraphs, one a line.
pub struct BodyText {
    pub id: String,
    pub text: String,
}
}

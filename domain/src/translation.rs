//! Content in another language: a file under `data/en/` has the shape of its Chinese file with
//! only the text in it. Figures, dates, sources, ids and order come from the Chinese file, so a
//! number lives in one place; `localize_*` lays the English text over a copy of the Chinese
//! content and fails, naming the place, when the two files do not line up (an id missing on
//! either side, a list of another length). Units of measure are translated by `english_unit`,
//! which also converts 万/亿 units to plain amounts.

use super::model::{
    ArticleBody, District, Fact, Figure, InvestFile, Labelled, NavLabel, NewsIndex, OriginalText, ParksFile,
    PoliciesFile, Section, Site, Step,
};
use serde::{Deserialize, Serialize};

macro_rules! text_type {
    ($item:item) => {
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
        #[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
        $item
    };
}

text_type! {
/// A figure's words: its label and note.
pub struct FigureText {
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
}

text_type! {
/// A fact's words: its value when the value is text, and its note.
pub struct FactText<T> {
    pub value: Option<T>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
}

text_type! {
pub struct NameText {
    pub name: String,
}
}

text_type! {
pub struct MilestoneText {
    pub text: String,
}
}

text_type! {
pub struct ParkText {
    pub id: String,
    pub name: String,
    pub summary: String,
    #[serde(default)]
    pub renamings: Vec<NameText>,
    pub town: FactText<String>,
    pub location: FactText<String>,
    pub founded: FactText<String>,
    pub planned_area: FigureText,
    pub industries: FactText<Vec<String>>,
    pub enterprises: FactText<Vec<String>>,
    pub enterprise_count: FigureText,
    #[serde(default)]
    pub figures: Vec<FigureText>,
    #[serde(default)]
    pub timeline: Vec<MilestoneText>,
}
}

text_type! {
pub struct DistrictText {
    pub name: String,
    pub summary: String,
    pub access: Vec<FigureText>,
    #[serde(default)]
    pub figures: Vec<FigureText>,
}
}

text_type! {
/// `en/parks.json`.
pub struct ParksText {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub district: DistrictText,
    pub parks: Vec<ParkText>,
}
}

text_type! {
/// `en/site.json`.
pub struct SiteText {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub name: String,
    pub tagline: String,
    pub hotline_label: String,
    pub contact_center: String,
    pub nav: Vec<NavLabel>,
    pub tags: Vec<Labelled>,
    pub categories: Vec<Labelled>,
    pub inquiry_topics: Vec<Labelled>,
    pub policy_pack_offer: String,
}
}

text_type! {
pub struct OptionText {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub involves: Vec<String>,
    pub suits: Vec<String>,
    #[serde(default)]
    pub timeline: Vec<String>,
    #[serde(default)]
    pub risks: Vec<String>,
    pub reference_prices: Vec<FigureText>,
}
}

text_type! {
pub struct StepText {
    pub title: String,
    pub detail: String,
}
}

text_type! {
pub struct DefaultText {
    pub input: String,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
}

text_type! {
/// `en/invest.json`.
pub struct InvestText {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub options: Vec<OptionText>,
    pub registration: Vec<StepText>,
    pub foreign_investment: Vec<StepText>,
    pub calculator: Vec<DefaultText>,
}
}

text_type! {
pub struct PolicyText {
    pub id: String,
    /// The title in English; the page keeps the Chinese official title beside it.
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity: Option<String>,
    /// The English title of the policy that replaced this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaced_by: Option<String>,
    pub summary: String,
    #[serde(default)]
    pub points: Vec<String>,
}
}

text_type! {
/// `en/policies.json`.
pub struct PoliciesText {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub categories: Vec<Labelled>,
    pub policies: Vec<PolicyText>,
}
}

text_type! {
pub struct ArticleText {
    pub id: String,
    pub title: String,
    pub summary: String,
}
}

text_type! {
/// `en/news/index.json`: each article's title and summary (bodies stay Chinese unless an
/// English body file exists).
pub struct NewsText {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The region every article names (`天津-武清区`), in English.
    pub regions: Vec<RegionText>,
    pub articles: Vec<ArticleText>,
}
}

text_type! {
pub struct RegionText {
    pub zh: String,
    pub en: String,
}
}

text_type! {
/// `en/news/<id>.json`: an article body's English translation, when its `<id>.en.md` has one;
/// without one (`translation: null`) the English page shows the Chinese body and says so.
pub struct ArticleBodyText {
    pub id: String,
    #[serde(default)]
    pub translation: Option<BodyTranslation>,
}
}

text_type! {
/// A body in English: the same sections as the Chinese, and the attribution in English.
pub struct BodyTranslation {
    #[serde(default)]
    pub lead: Vec<String>,
    #[serde(default)]
    pub sections: Vec<Section>,
    pub attribution: String,
}
}

/// Where the two files disagree: a path into the content and what is wrong there.
pub type Mismatch = String;

/// Lays `en` over a copy of `items`, pairing them by position; the lists must be as long.
fn by_position<T, E>(
    place: &str,
    items: &mut [T],
    en: &[E],
    apply: impl Fn(&str, &mut T, &E) -> Result<(), Mismatch>,
) -> Result<(), Mismatch> {
    if items.len() != en.len() {
        return Err(format!("{place}: the Chinese file has {} entries, the English {}", items.len(), en.len()));
    }
    for (i, (item, text)) in items.iter_mut().zip(en).enumerate() {
        apply(&format!("{place}[{i}]"), item, text)?;
    }
    Ok(())
}

/// Lays `en` over a copy of `items`, pairing them by id; each id must be on both sides.
fn by_id<T, E>(
    place: &str,
    items: &mut [T],
    en: &[E],
    id: impl Fn(&T) -> &str,
    en_id: impl Fn(&E) -> &str,
    apply: impl Fn(&str, &mut T, &E) -> Result<(), Mismatch>,
) -> Result<(), Mismatch> {
    // Maps, not searches: a news index may hold ten thousand articles.
    let by_key: std::collections::HashMap<&str, &E> = en.iter().map(|t| (en_id(t), t)).collect();
    let zh_keys: std::collections::HashSet<String> = items.iter().map(|item| id(item).to_string()).collect();
    if let Some(extra) = en.iter().map(&en_id).find(|k| !zh_keys.contains(*k)) {
        return Err(format!("{place}: “{extra}” is in the English file only"));
    }
    for item in items.iter_mut() {
        let key = id(item).to_string();
        let text = by_key.get(key.as_str()).ok_or_else(|| format!("{place}: “{key}” has no English text"))?;
        apply(&format!("{place}[{key}]"), item, text)?;
    }
    Ok(())
}

fn labels(place: &str, items: &mut [Labelled], en: &[Labelled]) -> Result<(), Mismatch> {
    by_id(
        place,
        items,
        en,
        |l| &l.id,
        |l| &l.id,
        |_, item, text| {
            item.label = text.label.clone();
            Ok(())
        },
    )
}

/// The note must be present in English exactly when it is in Chinese.
fn note(place: &str, zh: &mut Option<String>, en: &Option<String>) -> Result<(), Mismatch> {
    match (zh.is_some(), en) {
        (true, Some(text)) => *zh = Some(text.clone()),
        (false, None) => {}
        (true, None) => return Err(format!("{place}.note has no English text")),
        (false, Some(_)) => return Err(format!("{place}.note is in the English file only")),
    }
    Ok(())
}

fn figure(place: &str, figure: &mut Figure, en: &FigureText) -> Result<(), Mismatch> {
    figure.label = en.label.clone();
    note(place, &mut figure.note, &en.note)?;
    if let Some(value) = &mut figure.value {
        let (factor, unit) = english_unit(&value.unit).ok_or_else(|| {
            format!("{place}: the unit “{}” has no English form (translation::english_unit)", value.unit)
        })?;
        value.amount *= factor;
        value.unit = unit.to_string();
    }
    Ok(())
}

fn figures(place: &str, items: &mut [Figure], en: &[FigureText]) -> Result<(), Mismatch> {
    by_position(place, items, en, figure)
}

fn fact<T: Clone>(place: &str, fact: &mut Fact<T>, en: &FactText<T>) -> Result<(), Mismatch> {
    match (&fact.value, &en.value) {
        (Some(_), Some(value)) => fact.value = Some(value.clone()),
        (None, None) => {}
        (Some(_), None) => return Err(format!("{place}.value has no English text")),
        (None, Some(_)) => return Err(format!("{place}.value is unknown in Chinese but given in English")),
    }
    note(place, &mut fact.note, &en.note)
}

/// A list fact (industries, firms) must have as many entries in English.
fn list_fact(place: &str, fact: &mut Fact<Vec<String>>, en: &FactText<Vec<String>>) -> Result<(), Mismatch> {
    if let (Some(zh), Some(text)) = (&fact.value, &en.value) {
        if zh.len() != text.len() {
            return Err(format!("{place}.value: {} entries in Chinese, {} in English", zh.len(), text.len()));
        }
    }
    self::fact(place, fact, en)
}

fn strings(place: &str, zh: &mut Vec<String>, en: &[String]) -> Result<(), Mismatch> {
    if zh.len() != en.len() {
        return Err(format!("{place}: {} entries in Chinese, {} in English", zh.len(), en.len()));
    }
    *zh = en.to_vec();
    Ok(())
}

/// The site chrome in English.
pub fn localize_site(site: &Site, en: &SiteText) -> Result<Site, Mismatch> {
    let mut out = site.clone();
    out.name = en.name.clone();
    out.tagline = en.tagline.clone();
    out.hotline_label = en.hotline_label.clone();
    out.contact_center = en.contact_center.clone();
    out.policy_pack_offer = en.policy_pack_offer.clone();
    by_id(
        "site.json › nav",
        &mut out.nav,
        &en.nav,
        |n| &n.path,
        |n| &n.path,
        |_, item, text| {
            item.label = text.label.clone();
            Ok(())
        },
    )?;
    labels("site.json › tags", &mut out.tags, &en.tags)?;
    labels("site.json › categories", &mut out.categories, &en.categories)?;
    labels("site.json › inquiry_topics", &mut out.inquiry_topics, &en.inquiry_topics)?;
    Ok(out)
}

fn district(place: &str, d: &mut District, en: &DistrictText) -> Result<(), Mismatch> {
    d.name = en.name.clone();
    d.summary = en.summary.clone();
    figures(&format!("{place}.access"), &mut d.access, &en.access)?;
    figures(&format!("{place}.figures"), &mut d.figures, &en.figures)
}

/// The parks in English.
pub fn localize_parks(file: &ParksFile, en: &ParksText) -> Result<ParksFile, Mismatch> {
    let mut out = file.clone();
    district("parks.json › district", &mut out.district, &en.district)?;
    by_id(
        "parks.json › parks",
        &mut out.parks,
        &en.parks,
        |p| &p.id,
        |p| &p.id,
        |place, park, text| {
            park.original_name = Some(std::mem::replace(&mut park.name, text.name.clone()));
            park.summary = text.summary.clone();
            by_position(&format!("{place}.renamings"), &mut park.renamings, &text.renamings, |_, r, t| {
                r.name = t.name.clone();
                Ok(())
            })?;
            fact(&format!("{place}.town"), &mut park.town, &text.town)?;
            fact(&format!("{place}.location"), &mut park.location, &text.location)?;
            fact(&format!("{place}.founded"), &mut park.founded, &text.founded)?;
            figure(&format!("{place}.planned_area"), &mut park.planned_area, &text.planned_area)?;
            list_fact(&format!("{place}.industries"), &mut park.industries, &text.industries)?;
            list_fact(&format!("{place}.enterprises"), &mut park.enterprises, &text.enterprises)?;
            figure(&format!("{place}.enterprise_count"), &mut park.enterprise_count, &text.enterprise_count)?;
            figures(&format!("{place}.figures"), &mut park.figures, &text.figures)?;
            by_position(&format!("{place}.timeline"), &mut park.timeline, &text.timeline, |_, m, t| {
                m.text = t.text.clone();
                Ok(())
            })
        },
    )?;
    Ok(out)
}

fn steps(place: &str, items: &mut [Step], en: &[StepText]) -> Result<(), Mismatch> {
    by_position(place, items, en, |_, step, text| {
        step.title = text.title.clone();
        step.detail = text.detail.clone();
        Ok(())
    })
}

/// The investment options, steps and calculator defaults in English.
pub fn localize_invest(file: &InvestFile, en: &InvestText) -> Result<InvestFile, Mismatch> {
    let mut out = file.clone();
    by_id(
        "invest.json › options",
        &mut out.options,
        &en.options,
        |o| &o.id,
        |o| &o.id,
        |place, option, text| {
            option.name = text.name.clone();
            option.summary = text.summary.clone();
            strings(&format!("{place}.involves"), &mut option.involves, &text.involves)?;
            strings(&format!("{place}.suits"), &mut option.suits, &text.suits)?;
            strings(&format!("{place}.timeline"), &mut option.timeline, &text.timeline)?;
            strings(&format!("{place}.risks"), &mut option.risks, &text.risks)?;
            figures(&format!("{place}.reference_prices"), &mut option.reference_prices, &text.reference_prices)
        },
    )?;
    steps("invest.json › registration", &mut out.registration, &en.registration)?;
    steps("invest.json › foreign_investment", &mut out.foreign_investment, &en.foreign_investment)?;
    by_id(
        "invest.json › calculator",
        &mut out.calculator,
        &en.calculator,
        |d| &d.input,
        |d| &d.input,
        |place, d, text| {
            d.label = text.label.clone();
            note(place, &mut d.note, &text.note)
        },
    )?;
    Ok(out)
}

/// The policies in English. The Chinese official title moves to `official_title`.
pub fn localize_policies(file: &PoliciesFile, en: &PoliciesText) -> Result<PoliciesFile, Mismatch> {
    let mut out = file.clone();
    labels("policies.json › categories", &mut out.categories, &en.categories)?;
    by_id(
        "policies.json › policies",
        &mut out.policies,
        &en.policies,
        |p| &p.id,
        |p| &p.id,
        |place, policy, text| {
            policy.official_title = Some(std::mem::replace(&mut policy.title, text.title.clone()));
            note(&format!("{place}.issuer"), &mut policy.issuer, &text.issuer)?;
            note(&format!("{place}.validity"), &mut policy.validity, &text.validity)?;
            match (&mut policy.replaced_by, &text.replaced_by) {
                (Some(replacement), Some(title)) => replacement.title = title.clone(),
                (None, None) => {}
                _ => return Err(format!("{place}.replaced_by: present in one language only")),
            }
            policy.summary = text.summary.clone();
            strings(&format!("{place}.points"), &mut policy.points, &text.points)
        },
    )?;
    Ok(out)
}

/// The news index in English: titles, summaries and regions.
/// Lays an English body over a copy of the Chinese one: its lead, sections and attribution,
/// marked `translated`; the sources stay the Chinese file's. A body with no translation stays
/// Chinese. The English must be for the same article and have as many sections.
pub fn localize_body(body: &ArticleBody, en: &ArticleBodyText) -> Result<ArticleBody, Mismatch> {
    let place = format!("news/{}.json", body.id);
    if en.id != body.id {
        return Err(format!("{place} › id: the English text is for “{}”", en.id));
    }
    let mut out = body.clone();
    if let Some(translation) = &en.translation {
        if translation.sections.len() != body.sections.len() {
            return Err(format!(
                "{place} › sections: the Chinese body has {} sections, the English {}",
                body.sections.len(),
                translation.sections.len()
            ));
        }
        out.lead = translation.lead.clone();
        out.sections = translation.sections.clone();
        out.attribution = translation.attribution.clone();
        out.translated = true;
    }
    Ok(out)
}

pub fn localize_news(index: &NewsIndex, en: &NewsText) -> Result<NewsIndex, Mismatch> {
    let mut out = index.clone();
    by_id(
        "news/index.json › articles",
        &mut out.articles,
        &en.articles,
        |a| &a.id,
        |a| &a.id,
        |place, article, text| {
            let title = std::mem::replace(&mut article.title, text.title.clone());
            let summary = std::mem::replace(&mut article.summary, text.summary.clone());
            article.original = Some(OriginalText { title, summary });
            let region = en.regions.iter().find(|r| r.zh == article.region);
            article.region = region
                .ok_or_else(|| format!("{place}: the region “{}” has no English name", article.region))?
                .en
                .clone();
            Ok(())
        },
    )?;
    Ok(out)
}

/// A unit of measure in English, with the factor its amount is multiplied by (万 = 10⁴,
/// 亿 = 10⁸), so `1.2 亿元` reads `CNY 120 million`, never `1.2 亿`. `None` for a unit this
/// table does not know (content validation then fails).
pub fn english_unit(unit: &str) -> Option<(f64, &'static str)> {
    Some(match unit {
        "亿元" => (1e8, "yuan"),
        "万元" => (1e4, "yuan"),
        "元/平方米" => (1.0, "yuan/m²"),
        "元/平方米·月" => (1.0, "yuan/m² per month"),
        "元/平方米·天" => (1.0, "yuan/m² per day"),
        "平方公里" => (1.0, "km²"),
        "万平方米" => (1e4, "m²"),
        "平方米" => (1.0, "m²"),
        "亩" => (1.0, "mu"),
        "公里" => (1.0, "km"),
        "分钟" => (1.0, "minutes"),
        "年" => (1.0, "years"),
        "万人" => (1e4, "people"),
        "家" => (1.0, "companies"),
        "个" => (1.0, ""),
        "条" => (1.0, "lines"),
        "对列车" => (1.0, "pairs of trains"),
        "亿块" => (1e8, "pieces"),
        "辆/年" => (1.0, "vehicles a year"),
        "%" => (1.0, "%"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_convert_wan_and_yi() {
        assert_eq!(english_unit("亿元"), Some((1e8, "yuan")));
        assert_eq!(english_unit("万人"), Some((1e4, "people")));
        assert_eq!(english_unit("平方公里"), Some((1.0, "km²")));
        assert_eq!(english_unit("furlongs"), None);
    }

    #[test]
    fn labels_pair_by_id_and_name_what_is_missing() {
        let mut zh =
            vec![Labelled { id: "a".into(), label: "甲".into() }, Labelled { id: "b".into(), label: "乙".into() }];
        let en = vec![Labelled { id: "b".into(), label: "B".into() }, Labelled { id: "a".into(), label: "A".into() }];
        labels("x", &mut zh, &en).unwrap();
        assert_eq!((zh[0].label.as_str(), zh[1].label.as_str()), ("A", "B"));
        let short = vec![Labelled { id: "a".into(), label: "A".into() }];
        assert_eq!(labels("x", &mut zh, &short).unwrap_err(), "x: “b” has no English text");
        let extra = vec![Labelled { id: "c".into(), label: "C".into() }];
        assert_eq!(labels("x", &mut zh, &extra).unwrap_err(), "x: “c” is in the English file only");
    }

    #[test]
    fn lists_must_line_up() {
        let mut zh = vec!["一".to_string(), "二".to_string()];
        assert!(strings("x", &mut zh, &["one".into()]).is_err());
        strings("x", &mut zh, &["one".into(), "two".into()]).unwrap();
        assert_eq!(zh, ["one", "two"]);
        let mut note_zh = None;
        assert!(note("x", &mut note_zh, &Some("n".into())).is_err(), "a note only in English");
    }

    #[test]
    fn a_body_translation_replaces_the_words_and_keeps_the_sources() {
        let section = |heading: &str, p: &str| Section { heading: heading.into(), paragraphs: vec![p.into()] };
        let zh = ArticleBody {
            schema: None,
            id: "a".into(),
            lead: vec!["导语。".into()],
            sections: vec![section("背景", "正文。")],
            attribution: "本站编辑撰写。".into(),
            sources: Vec::new(),
            translated: false,
        };
        let translation = BodyTranslation {
            lead: vec!["Lead.".into()],
            sections: vec![section("Background", "Text.")],
            attribution: "Translated.".into(),
        };
        let en = ArticleBodyText { id: "a".into(), translation: Some(translation.clone()) };
        let out = localize_body(&zh, &en).unwrap();
        assert!(out.translated);
        assert_eq!(
            (out.lead, out.sections, out.attribution),
            (translation.lead, translation.sections, translation.attribution)
        );
        let none = ArticleBodyText { id: "a".into(), translation: None };
        assert_eq!(localize_body(&zh, &none).unwrap(), zh, "no translation: the Chinese body as it is");
        assert!(localize_body(&zh, &ArticleBodyText { id: "b".into(), translation: None }).is_err(), "another article");
        let short = BodyTranslation { sections: Vec::new(), ..en.translation.clone().unwrap() };
        let err = localize_body(&zh, &ArticleBodyText { id: "a".into(), translation: Some(short) }).unwrap_err();
        assert!(err.contains("1 sections, the English 0"), "{err}");
    }
}

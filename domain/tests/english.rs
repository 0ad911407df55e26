//! The English content under `public/data/en/` and `content/news/*.en.md` lines up with the Chinese: every id on both
//! sides, every list as long, every note in both or neither, no numbers of its own (the types
//! hold text only), and every unit of measure has an English form. One test per file.

use domain::model::{InvestFile, ParksFile, PoliciesFile, Site};
use domain::parse::parse_content;
use domain::translation::{
    localize_invest, localize_news, localize_parks, localize_policies, localize_site, InvestText, ParksText,
    PoliciesText, SiteText,
};
use serde::de::DeserializeOwned;
use std::path::Path;

fn load<T: DeserializeOwned>(path: &str) -> T {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join("../public/data").join(path);
    let text = std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("cannot read public/data/{path}: {e}"));
    parse_content(path, &text).unwrap_or_else(|e| panic!("{e}"))
}

/// Fails when a string in the English file still holds Chinese characters (names the
/// translation keeps on purpose are written in pinyin or given in the Chinese file).
fn assert_english(file: &str, value: &impl serde::Serialize, allowed: &[&str]) {
    let json = serde_json::to_value(value).unwrap();
    let mut strings = Vec::new();
    collect(&json, &mut strings);
    for s in strings {
        let mut rest = s.clone();
        for keep in allowed {
            rest = rest.replace(keep, "");
        }
        assert!(!rest.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)), "{file}: untranslated text: {s}");
    }
}

fn collect(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|v| collect(v, out)),
        serde_json::Value::Object(o) => o.values().for_each(|v| collect(v, out)),
        _ => {}
    }
}

#[test]
fn english_site_lines_up() {
    let en: SiteText = load("en/site.json");
    localize_site(&load::<Site>("site.json"), &en).unwrap_or_else(|e| panic!("{e}"));
    assert_english("en/site.json", &en, &[]);
}

#[test]
fn english_parks_line_up() {
    let en: ParksText = load("en/parks.json");
    localize_parks(&load::<ParksFile>("parks.json"), &en).unwrap_or_else(|e| panic!("{e}"));
    assert_english("en/parks.json", &en, &[]);
}

#[test]
fn english_invest_lines_up() {
    let en: InvestText = load("en/invest.json");
    localize_invest(&load::<InvestFile>("invest.json"), &en).unwrap_or_else(|e| panic!("{e}"));
    assert_english("en/invest.json", &en, &[]);
}

#[test]
fn english_policies_line_up() {
    let en: PoliciesText = load("en/policies.json");
    localize_policies(&load::<PoliciesFile>("policies.json"), &en).unwrap_or_else(|e| panic!("{e}"));
    assert_english("en/policies.json", &en, &[]);
}

#[test]
fn english_news_lines_up() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(domain::markdown::NEWS_DIR);
    let (news, problems) = domain::markdown::parse_news(&domain::markdown::read_dir(&dir).unwrap());
    assert!(problems.is_empty(), "{problems:?}");
    let en = news.english_index();
    localize_news(&news.index(), &en).unwrap_or_else(|e| panic!("{e}"));
    let zh_regions: Vec<String> = en.regions.iter().map(|r| r.zh.clone()).collect();
    let allowed: Vec<&str> = zh_regions.iter().map(String::as_str).collect();
    assert_english("content/news/*.en.md", &en, &allowed);
}

/// Every English body lines up with its Chinese one (as many sections) and is English; the
/// bodies an English page would show as Chinese are counted, so a missing translation shows.
#[test]
fn english_bodies_line_up() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(domain::markdown::NEWS_DIR);
    let (news, problems) = domain::markdown::parse_news(&domain::markdown::read_dir(&dir).unwrap());
    assert!(problems.is_empty(), "{problems:?}");
    let mut untranslated = Vec::new();
    for (path, text) in news.json_files(&[]) {
        let Some(id) = path.strip_prefix("en/news/").and_then(|p| p.strip_suffix(".json")).filter(|id| *id != "index")
        else {
            continue;
        };
        let english: domain::translation::ArticleBodyText = parse_content(&path, &text).unwrap();
        let article = news.articles.iter().find(|a| a.summary.id == id).expect("an English body has its article");
        let body = domain::translation::localize_body(&article.body, &english).unwrap_or_else(|e| panic!("{e}"));
        match english.translation {
            // Publishers' names in a source line stay as written; the body itself is English.
            Some(translation) => assert_english(&format!("content/news/{id}.en.md"), &translation, &["《", "》"]),
            None => untranslated.push(id.to_string()),
        }
        assert_eq!(body.sources, article.body.sources, "{id}: the sources are the Chinese file's");
    }
    eprintln!("English bodies: {} untranslated: {untranslated:?}", untranslated.len());
}

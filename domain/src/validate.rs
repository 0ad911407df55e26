//! The content rules serde cannot check: every figure sourced and dated, every source dated
//! (`published`, or `accessed` with `undated: true`) and pointing at the page that states the
//! fact (not a home, search, tag or channel page), ids unique slugs pointing at things that
//! exist (an article's category and tags are ids from site.json), the fixed lists code relies
//! on, addresses that are http(s), every article with its body, and the English files lined
//! up with the Chinese. The news articles are Markdown files (`domain::markdown`); their
//! problems name the file, the line and the field. `cargo test` runs these over every shipped
//! file (tests/content.rs). The checks run natively; the browser uses only the fixed ids and
//! `is_web_url`.
#![cfg_attr(target_arch = "wasm32", allow(dead_code))]

use super::model::*;
use super::parse::parse_content;
use super::policies::ended_before;
use std::collections::HashSet;
#[cfg(not(target_arch = "wasm32"))]
use {
    super::markdown::{parse_news, English, NEWS_DIR},
    super::translation::{
        localize_invest, localize_news, localize_parks, localize_policies, localize_site, InvestText, ParksText,
        PoliciesText, SiteText,
    },
    std::collections::BTreeMap,
};

/// The park ids that routes, links and tests rely on.
pub const PARK_IDS: [&str; 4] = ["bicycle-kingdom", "carpet", "auto-parts", "jingbin"];
/// The investment routes, in the order the site shows them.
pub const INVEST_OPTION_IDS: [&str; 3] = ["buy-land", "factory-rent", "office-rent"];
/// The inquiry topics, in the order the contact form shows them.
pub const INQUIRY_TOPIC_IDS: [&str; 5] = ["policy", "land", "factory", "other", "brochure"];

/// The text of every content file, as shipped under `public/data/` and `content/news/`.
#[cfg(not(target_arch = "wasm32"))]
pub struct ContentFiles {
    pub site: String,
    pub parks: String,
    /// The news articles by file name (`<id>.md`, `<id>.en.md`), as in `content/news/`.
    pub news: BTreeMap<String, String>,
    pub invest: String,
    pub policies: String,
    /// `synonyms.json`: the names the news search treats as the same.
    pub synonyms: String,
    /// The English overlays under `en/`.
    pub english: EnglishFiles,
}

/// The text of every English overlay file, as shipped under `public/data/en/`.
#[cfg(not(target_arch = "wasm32"))]
pub struct EnglishFiles {
    pub site: String,
    pub parks: String,
    pub invest: String,
    pub policies: String,
}

/// Checks all files together and returns every problem found, each naming file, record and field.
#[cfg(not(target_arch = "wasm32"))]
pub fn validate(files: &ContentFiles) -> Vec<String> {
    let mut problems = Problems::default();
    let site = problems.parse::<Site>("site.json", &files.site);
    let parks = problems.parse::<ParksFile>("parks.json", &files.parks);
    let invest = problems.parse::<InvestFile>("invest.json", &files.invest);
    let policies = problems.parse::<PoliciesFile>("policies.json", &files.policies);

    if let Some(site) = &site {
        check_site(&mut problems, site);
    }
    let mut park_ids = HashSet::new();
    if let Some(parks) = &parks {
        check_parks(&mut problems, parks);
        park_ids = parks.parks.iter().map(|p| p.id.as_str()).collect();
    }
    check_news(&mut problems, &files.news, site.as_ref(), parks.as_ref().map(|_| &park_ids));
    if let Some(invest) = &invest {
        check_invest(&mut problems, invest);
    }
    if let Some(policies) = &policies {
        check_policies(&mut problems, policies);
    }
    if let Some(synonyms) = problems.parse::<SynonymsFile>("synonyms.json", &files.synonyms) {
        check_synonyms(&mut problems, &synonyms);
    }
    let en = &files.english;
    if let (Some(zh), Some(text)) = (&site, problems.parse::<SiteText>("en/site.json", &en.site)) {
        problems.english("en/site.json", localize_site(zh, &text).map(drop));
    }
    if let (Some(zh), Some(text)) = (&parks, problems.parse::<ParksText>("en/parks.json", &en.parks)) {
        problems.english("en/parks.json", localize_parks(zh, &text).map(drop));
    }
    if let (Some(zh), Some(text)) = (&invest, problems.parse::<InvestText>("en/invest.json", &en.invest)) {
        problems.english("en/invest.json", localize_invest(zh, &text).map(drop));
    }
    if let (Some(zh), Some(text)) = (&policies, problems.parse::<PoliciesText>("en/policies.json", &en.policies)) {
        problems.english("en/policies.json", localize_policies(zh, &text).map(drop));
    }
    problems.0
}

#[derive(Default)]
struct Problems(Vec<String>);

impl Problems {
    fn parse<T: serde::de::DeserializeOwned>(&mut self, file: &str, text: &str) -> Option<T> {
        parse_content(file, text).map_err(|e| self.0.push(e.to_string())).ok()
    }
    fn add(&mut self, place: &str, message: impl AsRef<str>) {
        self.0.push(format!("{place}: {}", message.as_ref()));
    }
    /// A place in the English file that does not line up with the Chinese one.
    fn english(&mut self, file: &str, result: Result<(), String>) {
        if let Err(mismatch) = result {
            self.add(file, format!("does not line up with the Chinese file: {mismatch}"));
        }
    }
    fn sources(&mut self, place: &str, sources: &[Source]) {
        self.sources_at(|field| format!("{place}.{field}"), sources)
    }
    /// Checks sources; `place` turns a field (`sources[0].url`) into where it is written.
    fn sources_at(&mut self, place: impl Fn(&str) -> String, sources: &[Source]) {
        for (i, source) in sources.iter().enumerate() {
            let at = |field: &str| place(&format!("sources[{i}]{field}"));
            match (source.published, source.undated, source.accessed) {
                (Some(_), true, _) => self.add(&at(".undated"), "a source with a `published` date is not undated"),
                (None, false, _) => self.add(
                    &at(".published"),
                    "every source needs the date it was published, or `undated: true` with the date it was `accessed`",
                ),
                (None, true, None) => self.add(&at(".accessed"), "an undated source needs the date it was accessed"),
                _ => {}
            }
            match &source.url {
                Some(url) if !is_web_url(url) => self.add(&at(".url"), format!("“{url}” is not an http(s) URL")),
                Some(url) => {
                    if let Some(kind) = listing_page(url) {
                        self.add(&at(".url"), format!("“{url}” is {kind}: cite the page that states the fact"))
                    }
                }
                None if source.published.is_none() => self.add(
                    &at(".url"),
                    "a source without an address needs its publication date, to be found by publisher, title and date",
                ),
                None => {}
            }
        }
    }
    /// Reports repeated values; `what` names them (“id”, “label”).
    fn unique<'a>(&mut self, place: &str, what: &str, values: impl IntoIterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for value in values {
            if !seen.insert(value) {
                self.add(place, format!("{what} “{value}” appears more than once"));
            }
        }
    }
    fn figure(&mut self, place: &str, figure: &Figure) {
        let place = format!("{place} “{}”", figure.label);
        match &figure.value {
            Some(q) => {
                if !q.amount.is_finite() {
                    self.add(&format!("{place}.value.amount"), "is not a finite number");
                }
                if figure.sources.is_empty() {
                    self.add(&format!("{place}.sources"), "a figure needs at least one source");
                }
                if figure.as_of.is_none() {
                    self.add(&format!("{place}.as_of"), "a figure needs the date it is true as of");
                }
            }
            None if figure.note.as_deref().unwrap_or("").is_empty() => {
                self.add(&format!("{place}.note"), "an unknown figure (value null) needs a note saying so")
            }
            None => {}
        }
        self.sources(&place, &figure.sources);
    }
    fn fact<T>(&mut self, place: &str, fact: &Fact<T>) {
        if fact.value.is_some() && fact.sources.is_empty() {
            self.add(&format!("{place}.sources"), "a stated fact needs at least one source");
        }
        if fact.value.is_none() && fact.note.as_deref().unwrap_or("").is_empty() {
            self.add(&format!("{place}.note"), "an unknown fact (value null) needs a note saying so");
        }
        self.sources(place, &fact.sources);
    }
}

/// True for `http://host…` or `https://host…` with no spaces: the only links the site renders.
pub fn is_web_url(url: &str) -> bool {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    matches!(rest, Some(r) if r.split('/').next().is_some_and(|host| host.contains('.'))
        && !url.chars().any(char::is_whitespace))
}

/// What kind of listing page the address is, when it is one: a site's home page, a search
/// page, or a tag or channel page. Such pages change and do not state the fact cited, so a
/// source never points at one. `None` for anything else (an article, a document, a report).
pub fn listing_page(url: &str) -> Option<&'static str> {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
    let rest = rest.split('#').next().unwrap_or_default();
    let (address, query) = rest.split_once('?').unwrap_or((rest, ""));
    let path = address.split_once('/').map_or("", |(_, path)| path).to_ascii_lowercase();
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let keys: Vec<String> =
        query.split('&').filter_map(|pair| pair.split('=').next()).map(str::to_ascii_lowercase).collect();
    const HOME_FILES: [&str; 8] = [
        "index.html",
        "index.htm",
        "index.shtml",
        "index.php",
        "index.asp",
        "index.aspx",
        "default.aspx",
        "default.html",
    ];
    const SEARCH_KEYS: [&str; 7] = ["q", "wd", "kw", "keyword", "keywords", "query", "searchword"];
    const LISTING_SEGMENTS: [&str; 10] =
        ["tag", "tags", "channel", "channels", "category", "categories", "column", "columns", "topic", "topics"];
    let home = match segments.as_slice() {
        [] => true,
        [file] => HOME_FILES.contains(file),
        _ => false,
    };
    if home && query.is_empty() {
        Some("a site's home page")
    } else if segments.iter().any(|s| s.starts_with("search")) || keys.iter().any(|k| SEARCH_KEYS.contains(&k.as_str()))
    {
        Some("a search page")
    } else if segments.iter().any(|s| LISTING_SEGMENTS.contains(s)) || keys.iter().any(|k| k.starts_with("tag")) {
        Some("a tag or channel page")
    } else {
        None
    }
}

fn is_slug(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Every group names at least two different things to search for, each a single search term
/// (no spaces, since a query splits there), and no name is in two places (compared as the
/// search compares them: full-width and case folded).
fn check_synonyms(problems: &mut Problems, file: &SynonymsFile) {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (i, group) in file.groups.iter().enumerate() {
        let place = format!("synonyms.json › groups[{i}]");
        if group.names.len() < 2 {
            problems.add(&format!("{place}.names"), "a group needs at least two names");
        }
        for (j, name) in group.names.iter().enumerate() {
            let place = format!("{place}.names[{j}]");
            let folded = crate::text::normalize(name.trim());
            if folded.is_empty() {
                problems.add(&place, "is empty");
                continue;
            }
            if folded.chars().any(char::is_whitespace) {
                problems.add(&place, format!("“{name}” has a space: a search term never does"));
            }
            if name.trim() != name {
                problems.add(&place, format!("“{name}” starts or ends with a space"));
            }
            match seen.get(&folded) {
                Some(&first) if first == i => problems.add(&place, format!("“{name}” appears twice in this group")),
                Some(&first) => problems.add(&place, format!("“{name}” is already in groups[{first}]")),
                None => {
                    seen.insert(folded, i);
                }
            }
        }
        if group.note.as_deref().is_some_and(|n| n.trim().is_empty()) {
            problems.add(&format!("{place}.note"), "is empty: leave it out instead");
        }
    }
}

fn check_site(problems: &mut Problems, site: &Site) {
    let lists = [("tags", &site.tags), ("categories", &site.categories), ("inquiry_topics", &site.inquiry_topics)];
    for (list, entries) in lists {
        let place = format!("site.json › {list}");
        problems.unique(&place, "id", entries.iter().map(|e| e.id.as_str()));
        // Old links name tags and categories by label, so a label must say which entry it is.
        problems.unique(&place, "label", entries.iter().map(|e| e.label.as_str()));
        for (i, entry) in entries.iter().enumerate() {
            if !is_slug(&entry.id) {
                problems.add(&format!("{place}[{i}] ({}).id", entry.id), "ids use only a-z, 0-9 and -");
            }
        }
    }
    if let Some(email) = site.inquiry_email.as_deref().filter(|e| !crate::inquiry::is_email(e)) {
        problems.add("site.json › inquiry_email", format!("“{email}” is not an email address (or use null)"));
    }
    let topics: Vec<&str> = site.inquiry_topics.iter().map(|t| t.id.as_str()).collect();
    if topics != INQUIRY_TOPIC_IDS {
        problems.add(
            "site.json › inquiry_topics",
            format!("ids must be {INQUIRY_TOPIC_IDS:?} in that order, found {topics:?}"),
        );
    }
}

/// Why `value` is not an id of the site.json list `list`, pointing at the id when it is a label.
fn unknown_id(value: &str, list: &str, id_of_label: Option<&str>) -> String {
    match id_of_label {
        Some(id) => format!("“{value}” is a label: use its id “{id}” (site.json {list})"),
        None => format!("“{value}” is not an id in site.json {list}"),
    }
}

fn check_parks(problems: &mut Problems, file: &ParksFile) {
    problems.unique("parks.json › parks", "id", file.parks.iter().map(|p| p.id.as_str()));
    for id in PARK_IDS {
        if !file.parks.iter().any(|p| p.id == id) {
            problems.add("parks.json › parks", format!("park “{id}” is missing; routes rely on it"));
        }
    }
    for figure in file.district.access.iter().chain(&file.district.figures) {
        problems.figure("parks.json › district", figure);
        if matches!(figure.scope, Scope::Park | Scope::Town) {
            problems.add(
                &format!("parks.json › district “{}”.scope", figure.label),
                "a figure beside the parks is the district's, the city's or the nation's, never one park's or town's",
            );
        }
    }
    for (i, park) in file.parks.iter().enumerate() {
        let place = format!("parks.json › parks[{i}] ({})", park.id);
        problems.fact(&format!("{place}.town"), &park.town);
        problems.fact(&format!("{place}.location"), &park.location);
        problems.fact(&format!("{place}.founded"), &park.founded);
        problems.fact(&format!("{place}.industries"), &park.industries);
        problems.fact(&format!("{place}.enterprises"), &park.enterprises);
        problems.figure(&format!("{place}.planned_area"), &park.planned_area);
        problems.figure(&format!("{place}.enterprise_count"), &park.enterprise_count);
        for figure in &park.figures {
            problems.figure(&format!("{place}.figures"), figure);
        }
        for (j, r) in park.renamings.iter().enumerate() {
            let at = format!("{place}.renamings[{j}]");
            if r.sources.is_empty() {
                problems.add(&at, "a renaming needs a source");
            }
            problems.sources(&at, &r.sources);
        }
        for (j, m) in park.timeline.iter().enumerate() {
            let at = format!("{place}.timeline[{j}]");
            if m.sources.is_empty() {
                problems.add(&at, "a milestone needs a source");
            }
            problems.sources(&at, &m.sources);
        }
    }
}

/// The news articles (`content/news/`): front matter and body readable, ids of parks,
/// categories and tags that exist, every source dated and specific, and an English counterpart
/// for every article that lines up with it.
#[cfg(not(target_arch = "wasm32"))]
fn check_news(
    problems: &mut Problems,
    files: &BTreeMap<String, String>,
    site: Option<&Site>,
    park_ids: Option<&HashSet<&str>>,
) {
    let before = problems.0.len();
    let (news, found) = parse_news(files);
    problems.0.extend(found);
    for article in &news.articles {
        let summary = &article.summary;
        if !is_slug(&summary.id) {
            problems.add(article.file(), "the file name is the article's id: use only a-z, 0-9 and -");
        }
        if let Some(known) = park_ids {
            for park in summary.parks.iter().filter(|p| !known.contains(p.as_str())) {
                problems.add(&article.place("parks"), format!("no park has id “{park}”"));
            }
        }
        if let Some(site) = site {
            let category = &summary.category;
            if site.category_label(category).is_none() {
                let message = unknown_id(category, "categories", site.category_id(category));
                problems.add(&article.place("category"), message);
            }
            for tag in summary.tags.iter().filter(|t| site.tag_label(t).is_none()) {
                problems.add(&article.place("tags"), unknown_id(tag, "tags", site.tag_id(tag)));
            }
        }
        if article.body.sources.is_empty() {
            problems.add(&article.place("sources"), "an article needs at least one source ([[sources]])");
        }
        problems.sources_at(|field| article.place(field), &article.body.sources);
        if !news.english.iter().any(|e| e.id == summary.id) {
            let english = format!("{NEWS_DIR}/{}.en.md", summary.id);
            problems.add(article.file(), format!("has no English counterpart {english} (title, region, summary)"));
        }
    }
    let mut regions: BTreeMap<&str, &English> = BTreeMap::new();
    for english in &news.english {
        let Some(article) = news.articles.iter().find(|a| a.summary.id == english.id) else {
            problems.add(english.file(), format!("has no Chinese article {NEWS_DIR}/{}.md", english.id));
            continue;
        };
        let first = *regions.entry(&article.summary.region).or_insert(english);
        if first.region != english.region {
            let message = format!(
                "“{}” names the region “{}”, which {} calls “{}”: one English name per region",
                english.region,
                article.summary.region,
                first.file(),
                first.region
            );
            problems.add(&english.place("region"), message);
        }
    }
    // What the app does with the two: lay the English over the Chinese (reported above when not).
    if problems.0.len() == before {
        problems
            .english(&format!("{NEWS_DIR} (English)"), localize_news(&news.index(), &news.english_index()).map(drop));
    }
}

fn check_invest(problems: &mut Problems, file: &InvestFile) {
    let ids: Vec<&str> = file.options.iter().map(|o| o.id.as_str()).collect();
    if ids != INVEST_OPTION_IDS {
        problems
            .add("invest.json › options", format!("ids must be {INVEST_OPTION_IDS:?} in that order, found {ids:?}"));
    }
    for (i, option) in file.options.iter().enumerate() {
        for (list, items) in [("timeline", &option.timeline), ("risks", &option.risks)] {
            if items.is_empty() {
                problems.add(&format!("invest.json › options[{i}] ({}).{list}", option.id), "must not be empty");
            }
        }
        for figure in &option.reference_prices {
            problems.figure(&format!("invest.json › options[{i}] ({}).reference_prices", option.id), figure);
        }
    }
    for (list, steps) in [("registration", &file.registration), ("foreign_investment", &file.foreign_investment)] {
        for (i, step) in steps.iter().enumerate() {
            let place = format!("invest.json › {list}[{i}]");
            if step.sources.is_empty() {
                problems.add(&place, "a step needs a source");
            }
            problems.sources(&place, &step.sources);
        }
    }
    check_calculator(problems, &file.calculator);
}

/// One default per calculator input, in the input's unit and range, sourced and dated or
/// marked as an example assumption.
fn check_calculator(problems: &mut Problems, defaults: &[CalculatorDefault]) {
    use crate::invest::Input;
    for (i, default) in defaults.iter().enumerate() {
        let place = format!("invest.json › calculator[{i}] ({})", default.input);
        let Some(input) = Input::from_key(&default.input) else {
            problems.add(&format!("{place}.input"), "is not a calculator input");
            continue;
        };
        if default.unit != input.unit() {
            problems.add(
                &format!("{place}.unit"),
                format!("is {:?}, but this input is in {:?}", default.unit, input.unit()),
            );
        }
        if !input.accepts(default.value) {
            problems.add(&format!("{place}.value"), format!("{} is outside {:?}", default.value, input.range()));
        }
        match (default.assumption, default.sources.is_empty()) {
            (false, true) => {
                problems.add(&format!("{place}.sources"), "a default needs sources, or `assumption: true`")
            }
            (true, false) => problems
                .add(&format!("{place}.sources"), "an example assumption cites no source; put context in the note"),
            _ => {}
        }
        if default.assumption && !default.note.as_deref().unwrap_or("").starts_with("示例假设") {
            problems.add(&format!("{place}.note"), "an assumption's note starts with 示例假设，以实际报价为准");
        }
        problems.sources(&place, &default.sources);
    }
    for input in Input::ALL {
        let count = defaults.iter().filter(|d| d.input == input.key()).count();
        if count != 1 {
            problems.add("invest.json › calculator", format!("input “{}” has {count} defaults, not one", input.key()));
        }
    }
}

/// Why `value` is not an id of policies.json's categories, pointing at the id when it is a label.
fn unknown_policy_category(value: &str, id_of_label: Option<&str>) -> String {
    match id_of_label {
        Some(id) => format!("“{value}” is a label: use its id “{id}” (policies.json categories)"),
        None => format!("“{value}” is not an id in policies.json categories"),
    }
}

/// The marker a draft's title carries, as the issuer publishes it.
pub const DRAFT_MARK: &str = "征求意见稿";

fn check_policies(problems: &mut Problems, file: &PoliciesFile) {
    let list = "policies.json › categories";
    problems.unique(list, "id", file.categories.iter().map(|c| c.id.as_str()));
    problems.unique(list, "label", file.categories.iter().map(|c| c.label.as_str()));
    for (i, category) in file.categories.iter().enumerate() {
        if !is_slug(&category.id) {
            problems.add(&format!("{list}[{i}] ({}).id", category.id), "ids use only a-z, 0-9 and -");
        }
    }
    problems.unique("policies.json › policies", "id", file.policies.iter().map(|p| p.id.as_str()));
    for (i, policy) in file.policies.iter().enumerate() {
        let place = format!("policies.json › policies[{i}] ({})", policy.id);
        if file.category_label(&policy.category).is_none() {
            let message = unknown_policy_category(&policy.category, file.category_id(&policy.category));
            problems.add(&format!("{place}.category"), message);
        }
        if matches!(policy.scope, Scope::Park | Scope::Town) {
            problems.add(
                &format!("{place}.scope"),
                "policies carry no park or town ids: the scope is district, city or national",
            );
        }
        if let (Some(from), Some(to)) = (policy.valid_from, policy.valid_to) {
            if to.last_day() < from.first_day() {
                problems.add(&format!("{place}.valid_to"), "ends before it starts");
            }
        }
        check_policy_status(problems, &place, policy);
        if policy.sources.is_empty() {
            problems.add(&format!("{place}.sources"), "a policy needs a source");
        }
        problems.sources(&place, &policy.sources);
    }
}

/// The status agrees with the dates, names what replaced a superseded policy, and was checked.
fn check_policy_status(problems: &mut Problems, place: &str, policy: &Policy) {
    let checked = policy.checked;
    if checked.is_none() {
        problems.add(&format!("{place}.checked"), "every policy needs the date its status was last checked");
    }
    let has_validity_note = !policy.validity.as_deref().unwrap_or("").trim().is_empty();
    let ended_by_check = checked.is_some_and(|day| ended_before(policy, day));
    let marked_draft = policy.title.contains(DRAFT_MARK);
    match policy.status {
        PolicyStatus::InForce if ended_by_check => problems.add(
            &format!("{place}.status"),
            "is in-force, but valid_to is before the date it was checked: lapsed or superseded?",
        ),
        PolicyStatus::Lapsed if !ended_by_check && !has_validity_note => problems.add(
            &format!("{place}.valid_to"),
            "a lapsed policy needs a valid_to before the date it was checked, or a validity note saying why it lapsed",
        ),
        PolicyStatus::Superseded if policy.replaced_by.as_ref().is_none_or(|r| r.title.trim().is_empty()) => {
            problems.add(&format!("{place}.replaced_by"), "a superseded policy names what replaced it")
        }
        PolicyStatus::Draft if !marked_draft => {
            problems.add(&format!("{place}.title"), format!("a draft's title is marked {DRAFT_MARK}"))
        }
        _ => {}
    }
    if marked_draft && policy.status != PolicyStatus::Draft {
        problems.add(&format!("{place}.status"), format!("the title is marked {DRAFT_MARK}: the status is draft"));
    }
    if policy.replaced_by.is_some() && matches!(policy.status, PolicyStatus::InForce | PolicyStatus::Draft) {
        problems.add(&format!("{place}.replaced_by"), "only a lapsed or superseded policy has been replaced");
    }
}

#[cfg(test)]
mod tests {
    use super::{is_web_url, listing_page};

    #[test]
    fn home_search_tag_and_channel_pages_are_not_sources() {
        for home in ["https://www.tjwq.gov.cn/", "http://www.ce.cn", "https://www.chinadaily.com.cn/index.html"] {
            assert_eq!(listing_page(home), Some("a site's home page"), "{home}");
        }
        for search in
            ["https://www.so.com/search?q=武清", "https://www.baidu.com/s?wd=武清", "https://a.cn/search/x.html"]
        {
            assert_eq!(listing_page(search), Some("a search page"), "{search}");
        }
        for listing in [
            "https://reportify.ai/tags/concept?tagValue=%E7%BB%BF",
            "https://www.tjftz.gov.cn/channels/6610.html",
            "https://xinnengyuan100.com/tag/23439.html",
        ] {
            assert_eq!(listing_page(listing), Some("a tag or channel page"), "{listing}");
        }
        for page in [
            "https://www.tjwq.gov.cn/mlwq/zmwq/qwjt/202011/t20201121_4114734.html",
            "http://govt.chinadaily.com.cn/s/201808/15/WS5cb96318498e079e6801e90b/tou-zi-cheng-ben.html",
            "https://research.jllapsites.com/?p=13345",
            "http://app.72177.com/print.php?contentid=4391814",
        ] {
            assert_eq!(listing_page(page), None, "{page}");
        }
    }

    #[test]
    fn only_http_and_https_links_pass() {
        assert!(is_web_url("https://www.tjwq.gov.cn/mlwq/"));
        assert!(is_web_url("http://news.022china.com/2009/08-01/121087_0.html"));
        for bad in ["javascript:alert(1)", "ftp://x.org/", "https://", "https://local", "https://a.b/ c", "www.a.com"] {
            assert!(!is_web_url(bad), "{bad}");
        }
    }
}

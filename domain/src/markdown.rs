//! News articles as Markdown, as content collections in Hugo, Zola or Astro keep them: one file
//! per article and language under `content/news/`, `<id>.md` in Chinese and `<id>.en.md` with
//! its English title and summary. Metadata is TOML front matter between `+++` lines; the body
//! is headings, paragraphs, lists and links. This module reads those files into the article
//! model (`ArticleSummary`, `ArticleBody`) and writes the JSON the browser fetches
//! (`news/index.json`, `news/<id>.json`, `en/news/index.json`, and `news/search.json` with the
//! bodies as plain text and the synonyms, fetched on the first search), so the app never parses
//! Markdown. Every problem names the file, the line and the field. Native only: the build step
//! and the content check use it; the wasm never contains it.

use super::date::PartialDate;
use super::model::{ArticleBody, ArticleSummary, BodyText, NewsIndex, SearchFile, Section, Source, SynonymGroup};
use super::translation::{ArticleBodyText, ArticleText, BodyTranslation, NewsText, RegionText};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

/// Where the articles live, from the repository root.
pub const NEWS_DIR: &str = "content/news";

/// The front matter of a Chinese article (`<id>.md`); the id is the file name.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    date: PartialDate,
    category: String,
    region: String,
    #[serde(default)]
    parks: Vec<String>,
    #[serde(default)]
    tags: Vec<String>,
    summary: String,
    attribution: String,
    #[serde(default)]
    sources: Vec<Source>,
}

/// The front matter of an English counterpart (`<id>.en.md`): its words only; dates, tags and
/// sources come from the Chinese file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EnglishFrontMatter {
    title: String,
    region: String,
    summary: String,
    /// Who wrote it and what it translates, in English; required when the file has a body.
    #[serde(default)]
    attribution: Option<String>,
}

/// The line of each front-matter field, by path (`date`, `sources[1]`, `sources[1].url`).
#[derive(Clone, Debug, Default)]
struct Lines {
    file: String,
    fields: BTreeMap<String, usize>,
}

impl Lines {
    /// `content/news/<id>.md:<line> › <field>`; the field's own line, or else the line of the
    /// nearest enclosing field (a source's `[[sources]]`), or else line 1.
    fn place(&self, field: &str) -> String {
        let mut path = field;
        let line = loop {
            if let Some(line) = self.fields.get(path) {
                break *line;
            }
            match path.rfind(['.', '[']) {
                Some(end) => path = &path[..end],
                None => break 1,
            }
        };
        format!("{}:{line} › {field}", self.file)
    }
}

/// A Chinese article, read from its Markdown file.
#[derive(Clone, Debug)]
pub struct Article {
    pub summary: ArticleSummary,
    pub body: ArticleBody,
    lines: Lines,
}

impl Article {
    /// Where a field of the article is written: `content/news/<id>.md:<line> › <field>`.
    pub fn place(&self, field: &str) -> String {
        self.lines.place(field)
    }
    /// The file, as `content/news/<id>.md`.
    pub fn file(&self) -> &str {
        &self.lines.file
    }
}

/// An article's English title, summary and region, read from `<id>.en.md`, and its body
/// translated when the file has one.
#[derive(Clone, Debug)]
pub struct English {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub region: String,
    pub body: Option<BodyTranslation>,
    lines: Lines,
}

impl English {
    pub fn place(&self, field: &str) -> String {
        self.lines.place(field)
    }
    pub fn file(&self) -> &str {
        &self.lines.file
    }
}

/// Every article read, newest first, and the English counterparts.
#[derive(Clone, Debug, Default)]
pub struct News {
    pub articles: Vec<Article>,
    pub english: Vec<English>,
}

/// The Markdown files of a folder, by file name (`<id>.md`, `<id>.en.md`).
pub fn read_dir(dir: &Path) -> Result<BTreeMap<String, String>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut files = BTreeMap::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else { continue };
        if name.ends_with(".md") {
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            files.insert(name.to_string(), text);
        }
    }
    Ok(files)
}

/// Reads every article file (file name → text); returns what could be read and every problem.
pub fn parse_news(files: &BTreeMap<String, String>) -> (News, Vec<String>) {
    let mut news = News::default();
    let mut problems = Vec::new();
    for (name, text) in files {
        let file = format!("{NEWS_DIR}/{name}");
        let parts: Vec<&str> = name.split('.').collect();
        match parts.as_slice() {
            [id, "md"] => match parse_article(&file, id, text) {
                Ok(article) => news.articles.push(article),
                Err(found) => problems.extend(found),
            },
            [id, "en", "md"] => match parse_english(&file, id, text) {
                Ok(english) => news.english.push(english),
                Err(found) => problems.extend(found),
            },
            _ => problems.push(format!("{file}: an article file is named <id>.md, or <id>.en.md for its English text")),
        }
    }
    news.articles.sort_by(|a, b| b.summary.date.cmp(&a.summary.date).then_with(|| a.summary.id.cmp(&b.summary.id)));
    (news, problems)
}

impl News {
    /// The English counterparts by article id.
    fn english_by_id(&self) -> BTreeMap<&str, &English> {
        self.english.iter().map(|e| (e.id.as_str(), e)).collect()
    }

    /// `news/index.json`: every article's summary, newest first.
    pub fn index(&self) -> NewsIndex {
        NewsIndex { schema: None, articles: self.articles.iter().map(|a| a.summary.clone()).collect() }
    }

    /// `en/news/index.json`: the English titles and summaries, in the index's order, and the
    /// English name of each region (the first one given, when files disagree: the content
    /// check reports that).
    pub fn english_index(&self) -> NewsText {
        let by_id = self.english_by_id();
        let mut regions: Vec<RegionText> = Vec::new();
        let mut articles = Vec::new();
        for article in &self.articles {
            let Some(english) = by_id.get(article.summary.id.as_str()) else { continue };
            if !regions.iter().any(|r| r.zh == article.summary.region) {
                regions.push(RegionText { zh: article.summary.region.clone(), en: english.region.clone() });
            }
            articles.push(ArticleText {
                id: english.id.clone(),
                title: english.title.clone(),
                summary: english.summary.clone(),
            });
        }
        // English files without a Chinese article stay in, so lining up the two reports them.
        for english in self.english.iter().filter(|e| !self.articles.iter().any(|a| a.summary.id == e.id)) {
            let text =
                ArticleText { id: english.id.clone(), title: english.title.clone(), summary: english.summary.clone() };
            articles.push(text);
        }
        NewsText { schema: None, regions, articles }
    }

    /// `news/search.json`: every body as plain text, in the index's order, and the synonyms.
    pub fn search_file(&self, synonyms: &[SynonymGroup]) -> SearchFile {
        let articles =
            self.articles.iter().map(|a| BodyText { id: a.summary.id.clone(), text: plain_text(&a.body) }).collect();
        SearchFile { synonyms: synonyms.to_vec(), articles }
    }

    /// The JSON files the app fetches, by path under `data/`: the two indexes, the search file
    /// and each body.
    pub fn json_files(&self, synonyms: &[SynonymGroup]) -> Vec<(String, String)> {
        let mut files = vec![
            ("news/index.json".to_string(), json(&self.index())),
            ("en/news/index.json".to_string(), json(&self.english_index())),
            ("news/search.json".to_string(), json(&self.search_file(synonyms))),
        ];
        let english = self.english_by_id();
        for article in &self.articles {
            let id = &article.summary.id;
            files.push((format!("news/{id}.json"), json(&article.body)));
            let translation = english.get(id.as_str()).and_then(|e| e.body.clone());
            files.push((format!("en/news/{id}.json"), json(&ArticleBodyText { id: id.clone(), translation })));
        }
        files
    }

    /// Writes `json_files` under `data_dir` (trunk's staging `data/`).
    pub fn write_json(&self, data_dir: &Path, synonyms: &[SynonymGroup]) -> Result<usize, String> {
        let files = self.json_files(synonyms);
        for (path, text) in &files {
            let path = data_dir.join(path);
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        Ok(files.len())
    }
}

/// A body's words as the search reads them: the lead, each heading and each paragraph, one a line.
pub fn plain_text(body: &ArticleBody) -> String {
    let sections = body.sections.iter().flat_map(|s| std::iter::once(&s.heading).chain(&s.paragraphs));
    body.lead.iter().chain(sections).map(String::as_str).collect::<Vec<_>>().join("\n")
}

fn json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).expect("content serialises")
}

/// Splits a file into its front matter and body; also returns the body's byte offset.
fn split(file: &str, text: &str) -> Result<(String, usize, usize), String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(rest) = text.strip_prefix("+++\n").or_else(|| text.strip_prefix("+++\r\n")) else {
        return Err(format!("{file}:1: an article starts with a line `+++`, then its TOML front matter"));
    };
    let start = text.len() - rest.len();
    let mut offset = start;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Ok((text[start..offset].to_string(), start, offset + line.len()));
        }
        offset += line.len();
    }
    Err(format!("{file}:1: the front matter has no closing `+++` line"))
}

/// The 1-based line of a byte offset.
fn line_at(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

/// Parses the front matter as `T`; a problem names the file, the line and the field.
fn front_matter<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<(T, Lines), Vec<String>> {
    let (toml_text, start, _) = split(file, text).map_err(|e| vec![e])?;
    let line_of = |offset: usize| line_at(text, start + offset);
    let spans = match toml::de::DeTable::parse(&toml_text) {
        Ok(table) => {
            let mut spans = Vec::new();
            collect_spans("", table.get_ref(), &mut spans);
            spans
        }
        Err(e) => {
            let line = e.span().map_or(1, |s| line_of(s.start));
            return Err(vec![format!("{file}:{line}: the front matter is not valid TOML: {}", e.message().trim())]);
        }
    };
    let mut lines = Lines { file: file.to_string(), fields: BTreeMap::new() };
    for (path, key, _) in &spans {
        lines.fields.insert(path.clone(), line_of(key.start));
    }
    match toml::from_str::<T>(&toml_text) {
        Ok(value) => Ok((value, lines)),
        Err(e) => {
            let at = e.span().map_or(0, |s| s.start);
            // The innermost field whose key or value holds the error.
            let field = spans
                .iter()
                .filter(|(_, key, value)| (key.start.min(value.start)..value.end.max(key.end + 1)).contains(&at))
                .max_by_key(|(path, _, _)| path.len())
                .map(|(path, _, _)| path.as_str());
            let line = line_of(at);
            let message = e.message().trim().to_string();
            Err(vec![match field {
                Some(field) => format!("{file}:{line} › {field}: {message}"),
                None => format!("{file}:{line}: {message}"),
            }])
        }
    }
}

/// Every field of a TOML table with the span of its key and of its value.
fn collect_spans(prefix: &str, table: &toml::de::DeTable, out: &mut Vec<(String, Range<usize>, Range<usize>)>) {
    for (key, value) in table.iter() {
        let path = if prefix.is_empty() { key.get_ref().to_string() } else { format!("{prefix}.{}", key.get_ref()) };
        out.push((path.clone(), key.span(), value.span()));
        match value.get_ref() {
            toml::de::DeValue::Table(inner) => collect_spans(&path, inner, out),
            toml::de::DeValue::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let item_path = format!("{path}[{i}]");
                    out.push((item_path.clone(), item.span(), item.span()));
                    if let toml::de::DeValue::Table(inner) = item.get_ref() {
                        collect_spans(&item_path, inner, out);
                    }
                }
            }
            _ => {}
        }
    }
}

fn parse_article(file: &str, id: &str, text: &str) -> Result<Article, Vec<String>> {
    let (_, _, body_start) = split(file, text).map_err(|e| vec![e])?;
    // Both parts are read, so one run reports the problems of each.
    let (front, body) = (front_matter::<FrontMatter>(file, text), parse_body(file, text, body_start));
    let ((front, lines), (lead, sections)) = match (front, body) {
        (Ok(front), Ok(body)) => (front, body),
        (front, body) => return Err([front.err(), body.err()].into_iter().flatten().flatten().collect()),
    };
    let summary = ArticleSummary {
        id: id.to_string(),
        title: front.title,
        date: front.date,
        category: front.category,
        region: front.region,
        parks: front.parks,
        tags: front.tags,
        summary: front.summary,
        original: None,
    };
    let body = ArticleBody {
        schema: None,
        id: id.to_string(),
        lead,
        sections,
        attribution: front.attribution,
        sources: front.sources,
        translated: false,
    };
    Ok(Article { summary, body, lines })
}

fn parse_english(file: &str, id: &str, text: &str) -> Result<English, Vec<String>> {
    let (_, _, body_start) = split(file, text).map_err(|e| vec![e])?;
    let has_body = text[body_start..].contains(|c: char| !c.is_whitespace());
    let body = if has_body { parse_body(file, text, body_start) } else { Ok((Vec::new(), Vec::new())) };
    let front = front_matter::<EnglishFrontMatter>(file, text);
    let ((front, lines), (lead, sections)) = match (front, body) {
        (Ok(front), Ok(body)) => (front, body),
        (front, body) => return Err([front.err(), body.err()].into_iter().flatten().flatten().collect()),
    };
    let body = match (lead.is_empty() && sections.is_empty(), front.attribution) {
        (true, _) => None,
        (false, Some(attribution)) => Some(BodyTranslation { lead, sections, attribution }),
        (false, None) => {
            return Err(vec![format!(
            "{file}:1 › attribution: an English body says who wrote it and that it is translated (attribution = \"…\")"
        )])
        }
    };
    Ok(English { id: id.to_string(), title: front.title, summary: front.summary, region: front.region, body, lines })
}

/// The body's paragraphs before the first `##` heading, and its sections. A list item becomes a
/// paragraph of its own (an ordered one keeps its number); a link shows its text followed by its
/// address; emphasis and code show as plain text. Raw HTML, images, quotes, code blocks, tables
/// and headings other than `##` are refused.
fn parse_body(file: &str, text: &str, start: usize) -> Result<(Vec<String>, Vec<Section>), Vec<String>> {
    let body = &text[start..];
    let mut problems = Vec::new();
    let mut refuse = |offset: usize, what: &str| {
        let problem = format!("{file}:{}: {what}", line_at(text, start + offset));
        // Once per line: `<b>…</b>` is one problem, not two.
        if problems.last() != Some(&problem) {
            problems.push(problem);
        }
    };
    let mut lead = Vec::new();
    let mut sections: Vec<Section> = Vec::new();
    // The text of the block being read (a paragraph, a heading, a list item).
    let mut block: Option<String> = None;
    // The next number of each open list (None for a bullet list).
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut links: Vec<String> = Vec::new();
    let finish = |block: &mut Option<String>, sections: &mut Vec<Section>, lead: &mut Vec<String>| {
        if let Some(paragraph) = block.take().map(|p| p.trim().to_string()).filter(|p| !p.is_empty()) {
            match sections.last_mut() {
                Some(section) => section.paragraphs.push(paragraph),
                None => lead.push(paragraph),
            }
        }
    };
    for (event, range) in Parser::new_ext(body, Options::empty()).into_offset_iter() {
        match event {
            Event::Start(Tag::Paragraph) if lists.is_empty() => block = Some(String::new()),
            Event::End(TagEnd::Paragraph) if lists.is_empty() => finish(&mut block, &mut sections, &mut lead),
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
            Event::Start(Tag::Heading { level: HeadingLevel::H2, .. }) => block = Some(String::new()),
            Event::End(TagEnd::Heading(HeadingLevel::H2)) => {
                let heading = block.take().unwrap_or_default().trim().to_string();
                if heading.is_empty() {
                    refuse(range.start, "a section heading (##) needs text");
                }
                sections.push(Section { heading, paragraphs: Vec::new() });
            }
            Event::Start(Tag::Heading { level, .. }) => {
                let what = if level == HeadingLevel::H1 {
                    "the title is `title` in the front matter; the body's headings are `##` section headings"
                        .to_string()
                } else {
                    format!("a {level} heading: the body's only headings are `##` section headings")
                };
                refuse(range.start, &what);
            }
            Event::Start(Tag::List(first)) => {
                if !lists.is_empty() {
                    refuse(range.start, "a list inside a list: write one level of list items");
                }
                lists.push(first);
            }
            Event::End(TagEnd::List(_)) => {
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                let number = lists.last_mut().and_then(|n| n.as_mut()).map(|n| {
                    *n += 1;
                    *n - 1
                });
                block = Some(number.map(|n| format!("{n}. ")).unwrap_or_default());
            }
            Event::End(TagEnd::Item) => finish(&mut block, &mut sections, &mut lead),
            Event::Start(Tag::Link { dest_url, .. }) => {
                if !crate::validate::is_web_url(&dest_url) {
                    refuse(range.start, &format!("the link “{dest_url}” is not an http(s) address"));
                }
                links.push(dest_url.to_string());
            }
            Event::End(TagEnd::Link) => {
                let url = links.pop().unwrap_or_default();
                if let Some(block) = block.as_mut() {
                    // An autolink `<https://…>` already shows its address.
                    if !block.ends_with(url.as_str()) {
                        block.push_str(&format!("（{url}）"));
                    }
                }
            }
            Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough)
            | Event::End(TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough) => {}
            Event::Text(t) | Event::Code(t) => match block.as_mut() {
                Some(block) => block.push_str(&t),
                None => refuse(range.start, "text outside a paragraph, heading or list"),
            },
            Event::SoftBreak | Event::HardBreak => {
                // A line break inside a paragraph joins its lines: with a space between Latin
                // words, with nothing between Chinese characters.
                if let Some(block) = block.as_mut() {
                    let next = body[range.end..].chars().next();
                    if block.chars().last().is_some_and(|c| c.is_ascii()) && next.is_some_and(|c| c.is_ascii()) {
                        block.push(' ');
                    }
                }
            }
            Event::Start(Tag::HtmlBlock) | Event::InlineHtml(_) => refuse(
                range.start,
                "raw HTML is not allowed in an article: write Markdown (paragraphs, ## headings, lists, links)",
            ),
            Event::Html(_) | Event::End(TagEnd::HtmlBlock) => {}
            Event::Start(Tag::Image { .. }) => refuse(range.start, "an image: articles show text only"),
            Event::Start(Tag::BlockQuote(_)) => refuse(range.start, "a block quote: write a paragraph"),
            Event::Start(Tag::CodeBlock(_)) => refuse(range.start, "a code block: write a paragraph"),
            Event::Rule => refuse(range.start, "a horizontal rule: start a section with ## instead"),
            Event::Start(_) => {
                refuse(range.start, "not supported in an article: use paragraphs, ## headings, lists and links")
            }
            _ => {}
        }
    }
    if lead.is_empty() && sections.is_empty() {
        problems.push(format!("{file}:{}: the body has no text", line_at(text, start)));
    }
    match problems.is_empty() {
        true => Ok((lead, sections)),
        false => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "+++
title = \"标题\"
date = \"2014-03\"
category = \"industry-news\"
region = \"天津-武清区\"
parks = [\"carpet\"]
tags = []
summary = \"摘要\"
attribution = \"本站编辑\"

[[sources]]
publisher = \"天津日报\"
url = \"https://a.cn/b.html\"
published = \"2014-03-02\"
reliability = \"press\"

[[sources]]
publisher = \"某网站\"
url = \"https://c.cn/d.html\"
undated = true
accessed = \"2026-11-26\"
reliability = \"weak\"
+++

导语第一段，
接着写。

## 一、背景

正文。

- 甲
- 乙，见[通知](https://a.cn/n.html)

1. 第一
2. 第二
";

    fn parse(text: &str) -> Result<Article, Vec<String>> {
        parse_article("content/news/x.md", "x", text)
    }

    #[test]
    fn front_matter_and_body_become_the_article_model() {
        let article = parse(ARTICLE).unwrap();
        assert_eq!(article.summary.title, "标题");
        assert_eq!(article.summary.date, PartialDate::parse("2014-03").unwrap());
        assert_eq!(article.summary.parks, ["carpet"]);
        assert_eq!(article.body.lead, ["导语第一段，接着写。"]);
        assert_eq!(article.body.sections.len(), 1);
        let section = &article.body.sections[0];
        assert_eq!(section.heading, "一、背景");
        assert_eq!(section.paragraphs, ["正文。", "甲", "乙，见通知（https://a.cn/n.html）", "1. 第一", "2. 第二"]);
        let undated = &article.body.sources[1];
        assert!(undated.undated && undated.published.is_none());
        assert_eq!(undated.accessed, PartialDate::parse("2026-11-26").ok());
        assert_eq!(article.place("sources[1].accessed"), "content/news/x.md:21 › sources[1].accessed");
        assert_eq!(article.place("sources[1]"), "content/news/x.md:17 › sources[1]");
        assert_eq!(article.place("date"), "content/news/x.md:3 › date");
    }

    #[test]
    fn front_matter_errors_name_line_and_field() {
        let bad_date = ARTICLE.replace("date = \"2014-03\"", "date = \"2014/03\"");
        let problems = parse(&bad_date).unwrap_err();
        assert!(problems[0].starts_with("content/news/x.md:3 › date: "), "{problems:?}");
        assert!(problems[0].contains("not an ISO 8601 date"), "{problems:?}");
        let bad_reliability = ARTICLE.replace("\"weak\"", "\"gossip\"");
        let problems = parse(&bad_reliability).unwrap_err();
        assert!(problems[0].starts_with("content/news/x.md:22 › sources[1].reliability: "), "{problems:?}");
        let unknown = ARTICLE.replace("tags = []", "tags = []\nauthor = \"某人\"");
        let problems = parse(&unknown).unwrap_err();
        assert!(problems[0].starts_with("content/news/x.md:8 › author: unknown field `author`"), "{problems:?}");
        let missing = ARTICLE.replace("attribution = \"本站编辑\"\n", "");
        let problems = parse(&missing).unwrap_err();
        assert!(problems[0].contains("missing field `attribution`"), "{problems:?}");
        let not_toml = ARTICLE.replace("tags = []", "tags = [");
        let problems = parse(&not_toml).unwrap_err();
        assert!(problems[0].starts_with("content/news/x.md:8: the front matter is not valid TOML"), "{problems:?}");
        let problems = parse("标题\n\n正文").unwrap_err();
        assert!(problems[0].starts_with("content/news/x.md:1: an article starts with a line `+++`"), "{problems:?}");
    }

    #[test]
    fn raw_html_and_other_blocks_are_refused_with_their_line() {
        let html = ARTICLE.replace("正文。", "正文<script>alert(1)</script>。");
        let problems = parse(&html).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].starts_with("content/news/x.md:30: raw HTML is not allowed"), "{problems:?}");
        let block = ARTICLE.replace("正文。", "<div>正文。</div>");
        assert!(parse(&block).unwrap_err()[0].starts_with("content/news/x.md:30: raw HTML"));
        let title = ARTICLE.replace("## 一、背景", "# 一、背景");
        assert!(parse(&title).unwrap_err()[0].contains(":28: the title is `title` in the front matter"));
        let link = ARTICLE.replace("https://a.cn/n.html", "javascript:alert(1)");
        assert!(parse(&link).unwrap_err()[0].contains(":33: the link “javascript:alert(1)” is not an http(s) address"));
        let image = ARTICLE.replace("正文。", "![图](https://a.cn/x.png)");
        assert!(parse(&image).unwrap_err()[0].contains(":30: an image"));
    }

    #[test]
    fn english_files_hold_words_and_optionally_a_translated_body() {
        let en = "+++\ntitle = \"Title\"\nregion = \"Wuqing District, Tianjin\"\nsummary = \"Summary\"\n+++\n";
        let english = parse_english("content/news/x.en.md", "x", en).unwrap();
        assert_eq!((english.title.as_str(), english.region.as_str()), ("Title", "Wuqing District, Tianjin"));
        assert!(english.body.is_none(), "no body: the English page shows the Chinese one");
        let unattributed = format!("{en}\nA body.\n");
        let problems = parse_english("content/news/x.en.md", "x", &unattributed).unwrap_err();
        assert!(problems[0].starts_with("content/news/x.en.md:1 › attribution: an English body says who wrote it"));
        let translated = en
            .replace("+++\n", "")
            .replace("summary = \"Summary\"", "summary = \"Summary\"\nattribution = \"Translated.\"");
        let translated = format!("+++\n{translated}+++\n\nThe lead.\n\n## Background\n\nA paragraph.\n\n- An item.\n");
        let body = parse_english("content/news/x.en.md", "x", &translated).unwrap().body.expect("a body");
        assert_eq!(body.lead, ["The lead."]);
        assert_eq!(body.sections.len(), 1);
        assert_eq!(body.sections[0].paragraphs, ["A paragraph.", "An item."]);
        assert_eq!(body.attribution, "Translated.");
        let html = translated.replace("A paragraph.", "<b>A</b> paragraph.");
        assert!(parse_english("content/news/x.en.md", "x", &html).unwrap_err()[0].contains("raw HTML"));
        let dated = en.replace("summary", "date = \"2020\"\nsummary");
        let problems = parse_english("content/news/x.en.md", "x", &dated).unwrap_err();
        assert!(problems[0].starts_with("content/news/x.en.md:4 › date: unknown field"), "{problems:?}");
    }

    #[test]
    fn the_index_is_newest_first_and_lines_up_with_the_english() {
        let mut files = BTreeMap::new();
        files.insert("old.md".to_string(), ARTICLE.to_string());
        files.insert("new.md".to_string(), ARTICLE.replace("date = \"2014-03\"", "date = \"2020-01-02\""));
        let en = "+++\ntitle = \"T\"\nregion = \"Wuqing District, Tianjin\"\nsummary = \"S\"\n+++\n";
        files.insert("new.en.md".to_string(), en.to_string());
        files.insert("notes.txt.md".to_string(), String::new());
        let (news, problems) = parse_news(&files);
        assert_eq!(
            problems,
            ["content/news/notes.txt.md: an article file is named <id>.md, or <id>.en.md for its English text"]
        );
        let ids: Vec<String> = news.index().articles.into_iter().map(|a| a.id).collect();
        assert_eq!(ids, ["new", "old"]);
        let english = news.english_index();
        assert_eq!(english.regions, [RegionText { zh: "天津-武清区".into(), en: "Wuqing District, Tianjin".into() }]);
        assert_eq!(english.articles.len(), 1);
        let paths: Vec<String> = news.json_files(&[]).into_iter().map(|(path, _)| path).collect();
        assert_eq!(
            paths,
            [
                "news/index.json",
                "en/news/index.json",
                "news/search.json",
                "news/new.json",
                "en/news/new.json",
                "news/old.json",
                "en/news/old.json"
            ]
        );
        let search = news.search_file(&[]);
        let ids: Vec<&str> = search.articles.iter().map(|b| b.id.as_str()).collect();
        assert_eq!(ids, ["new", "old"], "in the index's order");
        assert_eq!(search.articles[0].text, plain_text(&news.articles[0].body));
    }
}

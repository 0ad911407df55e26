//! The build step that makes every route a real HTML file. Run after trunk has built the
//! client (trunk's post-build hook, see Trunk.toml): it first turns the Markdown articles
//! (`content/news/`) into the JSON the app fetches (`data/news/index.json`, `data/news/<id>.json`,
//! `data/en/news/index.json`, and `data/news/search.json`: the bodies as plain text with the
//! groups of `data/synonyms.json`, fetched when a visitor first searches), then renders each page of the site natively with the same
//! components the browser runs, from the content files trunk copied, into trunk's `index.html`,
//! and writes `<route>/index.html`, `404.html`, `sitemap.xml` and `robots.txt`. Each page carries the content it was rendered from, so the app in the
//! browser starts from the same data and shows the same text.
//!
//! usage: wuqing-prerender [DIST_DIR]   (default: $TRUNK_STAGING_DIR, else dist)
//! environment: TRUNK_PUBLIC_URL (the deployment base, default `/`), SITE_ORIGIN (the origin
//! for canonical links and the sitemap, e.g. `https://parks.example.cn`), WQ_INQUIRY_ENDPOINT
//! (when set, written into the built `config.json`; `./scripts/dev` sets it to the local
//! receiver. A deployment edits `config.json` instead, with no rebuild), WQ_CSP_CONNECT (more
//! origins the pages may send requests to, space-separated, e.g. a test deployment's
//! receiver).
//!
//! Every page carries a Content-Security-Policy (`csp.rs`) allowing requests to the site and
//! to the origin of the endpoint in the built `config.json`. An operator who later points
//! `config.json` at another origin rebuilds, or adds that origin with WQ_CSP_CONNECT.

// Leptos view types nest deeply; rendering the larger pages needs more than the default.
#![recursion_limit = "256"]

mod csp;
mod dev_reload;
mod document;
mod render;
mod widgets;

use domain::markdown;
use domain::model::{NewsIndex, ParksFile, SynonymsFile};
use domain::parse::parse_content;
use domain::routes::{all_pages, Base, INQUIRIES_OFFLINE_ATTRIBUTE};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use wuqing_parks::text::Locale;

/// Used for canonical links and the sitemap when SITE_ORIGIN is not set.
const DEFAULT_ORIGIN: &str = "http://127.0.0.1:8080";

fn main() -> ExitCode {
    match run() {
        Ok(count) => {
            println!("prerender: wrote {count} pages, 404.html, sitemap.xml and robots.txt");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender failed: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<usize, String> {
    let dist: PathBuf = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .unwrap_or_else(|| "dist".into())
        .into();
    let base = Base::new(&std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into()));
    let origin = std::env::var("SITE_ORIGIN").unwrap_or_else(|_| {
        eprintln!("prerender: SITE_ORIGIN is not set; canonical links and the sitemap use {DEFAULT_ORIGIN}");
        DEFAULT_ORIGIN.into()
    });
    let origin = origin.trim_end_matches('/').to_string();

    let template = document::Template::read(&dist.join("index.html"), base.as_str())?;
    let built = widgets::Built::read(&dist)?;
    let data_dir = dist.join("data");
    let synonyms: SynonymsFile = read_content(&data_dir, "synonyms.json")?;
    let written = write_news(&content_root(), &data_dir, &synonyms)?;
    println!("prerender: wrote {written} news files from {}", markdown::NEWS_DIR);
    let parks: ParksFile = read_content(&data_dir, "parks.json")?;
    let news: NewsIndex = read_content(&data_dir, "news/index.json")?;
    let pages = all_pages(parks.parks.iter().map(|p| p.id.as_str()), &news.articles);

    let mut renderer = render::Renderer::new(&data_dir, base.clone())?;
    let (connect, inquiries_offline) = csp_connect_sources(&dist)?;
    renderer.inquiries_offline = inquiries_offline;
    // Pages say so before the contact form until they have read config.json themselves.
    let mark = |html: String| match inquiries_offline {
        true => html.replacen("<html ", &format!("<html {INQUIRIES_OFFLINE_ATTRIBUTE} "), 1),
        false => html,
    };
    let mut urls = Vec::new();
    for page in &pages {
        let path = page.path();
        let zh_url = format!("{origin}{}", base.href(&path));
        let en_url = format!("{origin}{}", base.english().href(&path));
        let alternates = [("zh-CN", zh_url.clone()), ("en", en_url.clone())];
        for (locale, url, dir) in [(Locale::Zh, &zh_url, dist.clone()), (Locale::En, &en_url, dist.join("en"))] {
            let rendered = renderer.render(&path, locale)?;
            if rendered.not_found {
                return Err(format!("{path} rendered the not-found page: the router and domain::routes disagree"));
            }
            let loader = built.loader(&rendered.widgets).map_err(|e| format!("{path}: {e}"))?;
            let html = template.fill(&rendered, Some(url), locale.tag(), &alternates, &loader);
            let html = mark(csp::with_policy(&html, &connect));
            write(&dir.join(path.trim_start_matches('/')).join("index.html"), &html)?;
            urls.push(url.clone());
        }
    }
    // Hosts serve 404.html for any path they have no file for: the not-found page, which lists
    // the parks and the ways into the site.
    let missing = renderer.render("/404", Locale::Zh)?;
    let loader = built.loader(&missing.widgets)?;
    write(
        &dist.join("404.html"),
        &mark(csp::with_policy(&template.fill(&missing, None, Locale::Zh.tag(), &[], &loader), &connect)),
    )?;
    write(&dist.join("sitemap.xml"), &document::sitemap(&urls))?;
    write(&dist.join("robots.txt"), &document::robots(&format!("{origin}{}", base.href("/sitemap.xml"))))?;
    Ok(pages.len())
}

/// Writes `config.json` from WQ_INQUIRY_ENDPOINT when it is set, then returns the origins the
/// pages may send requests to (the endpoint's in `config.json`, and WQ_CSP_CONNECT's) and
/// whether `config.json` names no endpoint.
fn csp_connect_sources(dist: &Path) -> Result<(Vec<String>, bool), String> {
    if let Some(endpoint) = std::env::var("WQ_INQUIRY_ENDPOINT").ok().filter(|e| !e.trim().is_empty()) {
        let config = serde_json::json!({ "inquiry_endpoint": endpoint.trim() }).to_string();
        domain::config::read_config(&config).map_err(|e| format!("WQ_INQUIRY_ENDPOINT: {e}"))?;
        write(&dist.join("config.json"), &config)?;
        println!("prerender: config.json sends inquiries to {}", endpoint.trim());
    }
    let text = std::fs::read_to_string(dist.join("config.json")).unwrap_or_default();
    let config = domain::config::read_config(&text).map_err(|e| format!("config.json: {e}"))?;
    let mut origins: Vec<String> = config.inquiry_endpoint.as_deref().and_then(csp::origin_of).into_iter().collect();
    for extra in std::env::var("WQ_CSP_CONNECT").unwrap_or_default().split_whitespace() {
        origins.push(
            csp::origin_of(&format!("{}/", extra.trim_end_matches('/')))
                .ok_or_else(|| format!("WQ_CSP_CONNECT: {extra:?} is not an http(s) origin"))?,
        );
    }
    origins.dedup();
    Ok((origins, config.inquiry_endpoint.is_none()))
}

/// The repository root, where `content/` is: trunk's source directory when trunk runs the step.
fn content_root() -> PathBuf {
    std::env::var_os("TRUNK_SOURCE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join(".."))
}

/// Writes the news JSON under `data_dir` from the Markdown articles under `root` (and the
/// search file with the synonyms); fails, naming file and line, on an article that cannot be read.
fn write_news(root: &Path, data_dir: &Path, synonyms: &SynonymsFile) -> Result<usize, String> {
    let (news, problems) = markdown::parse_news(&markdown::read_dir(&root.join(markdown::NEWS_DIR))?);
    if !problems.is_empty() {
        let check = "cargo test -p wuqing-domain --test content";
        return Err(format!("the articles have problems (`{check}` checks them all):\n{}", problems.join("\n")));
    }
    news.write_json(data_dir, &synonyms.groups)
}

fn read_content<T: serde::de::DeserializeOwned>(dir: &Path, file: &str) -> Result<T, String> {
    let text = std::fs::read_to_string(dir.join(file)).map_err(|e| format!("{}: {e}", dir.join(file).display()))?;
    parse_content(file, &text).map_err(|e| e.to_string())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

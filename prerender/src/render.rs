//! Renders one route of the app natively: the routed body HTML, the head tags the page asked
//! for (title, description) and the content files it was rendered from.

use domain::date::PartialDate;
use domain::model::Site;
use domain::routes::{Base, Page};
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use std::path::Path;
use std::sync::Arc;
use wuqing_parks::app::App;
use wuqing_parks::context::{provide_start, Start};
use wuqing_parks::data::{ContentSource, Preloaded};
use wuqing_parks::text::Locale;

/// One rendered page.
pub struct Rendered {
    /// The `<body>` content.
    pub body: String,
    /// Head tags from the page's `<Title>` and `<Meta>`, to go where the template's title was.
    pub head: String,
    /// The content files the page was rendered from, as JSON.
    pub files: Preloaded,
    /// True when the router showed the not-found page.
    pub not_found: bool,
    /// The widgets the body holds (`data-widget="<name>"`), which the page downloads and starts;
    /// a page without any is complete as HTML.
    pub widgets: Vec<String>,
}

impl Rendered {
    /// Whether the page runs any code of its own (beyond the outbox sender).
    pub fn interactive(&self) -> bool {
        !self.widgets.is_empty()
    }
}

pub struct Renderer {
    data_dir: std::path::PathBuf,
    base: Base,
    site: Arc<Site>,
    /// The site chrome with its English text laid over it.
    site_en: Arc<Site>,
    today: PartialDate,
    /// The build's config.json names no inquiry endpoint.
    pub inquiries_offline: bool,
}

impl Renderer {
    pub fn new(data_dir: &Path, base: Base) -> Result<Self, String> {
        let _ = any_spawner::Executor::init_futures_executor();
        let site_text = std::fs::read_to_string(data_dir.join("site.json")).map_err(|e| format!("site.json: {e}"))?;
        let site: Site = domain::parse::parse_content("site.json", &site_text).map_err(|e| e.to_string())?;
        let en_text =
            std::fs::read_to_string(data_dir.join("en/site.json")).map_err(|e| format!("en/site.json: {e}"))?;
        let site_en = wuqing_parks::data::site_en(&site, &en_text).map_err(|e| e.detail())?;
        let days = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() / 86_400) as i64;
        let today = PartialDate::from_days_since_epoch(days);
        Ok(Self {
            data_dir: data_dir.to_path_buf(),
            base,
            site: Arc::new(site),
            site_en: Arc::new(site_en),
            today,
            inquiries_offline: false,
        })
    }

    /// Renders the site path `path` (without the base) in `locale`; English pages live under
    /// `<base>/en`.
    pub fn render(&self, path: &str, locale: Locale) -> Result<Rendered, String> {
        let english = locale == Locale::En;
        let base = if english { self.base.english() } else { self.base.clone() };
        let site = if english { self.site_en.clone() } else { self.site.clone() };
        let owner = Owner::new_root(None);
        let (meta, meta_output) = ServerMetaContext::new();
        let (body, data) = owner.with(|| {
            provide_context(meta);
            let data = provide_start(Start {
                site_base: self.base.clone(),
                base: base.clone(),
                locale,
                site: site.clone(),
                source: ContentSource::Directory(self.data_dir.clone()),
                preloaded: Preloaded::new(),
                today: self.today,
                inquiries_offline: self.inquiries_offline,
                pathname: base.href(path),
                search: String::new(),
            });
            (view! { <App page=Page::parse(path)/> }.to_html(), data)
        });
        let problems = owner.with(|| data.not_ready());
        if !problems.is_empty() {
            return Err(format!("{path}: content not ready when rendered: {}", problems.join("; ")));
        }
        let mut files = owner.with(|| data.snapshot());
        let site_key = if english { "en/site.json" } else { "site.json" };
        files.insert(site_key.into(), serde_json::to_string(&*site).map_err(|e| e.to_string())?);
        // The meta context writes the page's <title> and <meta> tags into a document that has a
        // <head>; the marker says where.
        let shell = "<head><!--HEAD--></head>".to_string();
        let head = futures::executor::block_on(async {
            use futures::StreamExt;
            let stream = meta_output.inject_meta_context(futures::stream::iter([shell])).await;
            stream.collect::<Vec<String>>().await.concat()
        });
        let head = head.trim_start_matches("<head><!--HEAD-->").trim_end_matches("</head>").to_string();
        let not_found = body.contains("data-not-found");
        drop(owner);
        let widgets = crate::widgets::widgets_in(&body);
        Ok(Rendered { body, head, files, not_found, widgets })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::model::{NewsIndex, ParksFile};
    use domain::routes::all_pages;

    /// The content as a build lays it out: `public/data` copied, with the news JSON written
    /// from the Markdown articles (once per test run).
    fn data_dir() -> std::path::PathBuf {
        static DIR: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
        DIR.get_or_init(|| {
            let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
            let dir = std::env::temp_dir().join(format!("wq-data-{}", std::process::id()));
            copy_dir(&root.join("public/data"), &dir, &|text| text.to_string());
            let synonyms = crate::read_content(&dir, "synonyms.json").unwrap();
            crate::write_news(&root, &dir, &synonyms).unwrap();
            dir
        })
        .clone()
    }

    fn read<T: serde::de::DeserializeOwned>(file: &str) -> T {
        let text = std::fs::read_to_string(data_dir().join(file)).unwrap();
        domain::parse::parse_content(file, &text).unwrap()
    }

    #[test]
    fn every_page_renders_natively_with_its_content_and_title() {
        let renderer = Renderer::new(&data_dir(), Base::default()).unwrap();
        let parks: ParksFile = read("parks.json");
        let news: NewsIndex = read("news/index.json");
        let pages = all_pages(parks.parks.iter().map(|p| p.id.as_str()), &news.articles);
        for page in pages {
            let path = page.path();
            for locale in [Locale::Zh, Locale::En] {
                let rendered = renderer.render(&path, locale).unwrap_or_else(|e| panic!("{path}: {e}"));
                assert!(!rendered.not_found, "{path} rendered the not-found page");
                assert!(rendered.head.contains("<title>"), "{path} has a title: {}", rendered.head);
                assert!(rendered.head.contains("name=\"description\""), "{path} has a description");
                assert!(rendered.body.contains("<h1"), "{path} has a heading");
            }
        }
    }

    const PAYLOAD: &str = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=1\">";
    /// Fields that are ids, dates or enums: changing them would change what the page is.
    const KEEP: &[&str] = &[
        "id",
        "date",
        "as_of",
        "published",
        "accessed",
        "category",
        "tags",
        "parks",
        "scope",
        "reliability",
        "qualifier",
        "status",
        "input",
        "path",
        "valid_from",
        "valid_to",
        "checked",
        "key",
        "$schema",
        "unit",
        "hotline",
        "inquiry_email",
    ];

    /// Every text field made hostile, every link a `javascript:` URL.
    fn poison(value: serde_json::Value, key: &str) -> serde_json::Value {
        use serde_json::Value;
        match value {
            Value::String(_) if key == "url" => Value::String("javascript:window.__pwned=1".into()),
            Value::String(text) if !KEEP.contains(&key) => Value::String(text + PAYLOAD),
            Value::Array(items) if !KEEP.contains(&key) => {
                Value::Array(items.into_iter().map(|v| poison(v, key)).collect())
            }
            Value::Object(fields) => {
                Value::Object(fields.into_iter().map(|(k, v)| (k.clone(), poison(v, &k))).collect())
            }
            other => other,
        }
    }

    /// Copies the JSON files under `from` to `to`, each text through `change`.
    fn copy_dir(from: &Path, to: &Path, change: &dyn Fn(&str) -> String) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap().map(Result::unwrap) {
            let (source, target) = (entry.path(), to.join(entry.file_name()));
            if source.is_dir() {
                copy_dir(&source, &target, change);
            } else if source.extension().is_some_and(|e| e == "json") {
                std::fs::write(&target, change(&std::fs::read_to_string(&source).unwrap())).unwrap();
            }
        }
    }

    fn copy_poisoned(from: &Path, to: &Path) {
        copy_dir(from, to, &|text| poison(serde_json::from_str(text).unwrap(), "").to_string());
    }

    /// The pages the browser is given as they are rendered here (they start no app): hostile
    /// text in the content files is escaped, never markup, and no `javascript:` link is made.
    #[test]
    fn hostile_content_renders_as_text() {
        let dir = std::env::temp_dir().join(format!("wq-hostile-{}", std::process::id()));
        copy_poisoned(&data_dir(), &dir);
        let renderer = Renderer::new(&dir, Base::default()).unwrap();
        for path in
            ["/", "/parks", "/parks/carpet", "/news/2025-08-22-wuqing-parks-study-tour", "/invest/register", "/privacy"]
        {
            for locale in [Locale::Zh, Locale::En] {
                let page = renderer.render(path, locale).unwrap_or_else(|e| panic!("{path}: {e}"));
                let html = format!("{}{}", page.head, page.body);
                assert!(!page.interactive() && !page.not_found, "{path}");
                // In the body and the title, markup from data is escaped; in an attribute (the
                // description) `<` is only text, and the quote that could end it is escaped.
                let title = page.head.split("</title>").next().unwrap_or_default();
                for text in [page.body.as_str(), title] {
                    let at = text.find("<script").or(text.find("<img"));
                    assert!(
                        at.is_none(),
                        "{path} {locale:?}: markup from data: {}",
                        text.get(at.unwrap_or(0).saturating_sub(300)..)
                            .unwrap_or_default()
                            .chars()
                            .take(500)
                            .collect::<String>()
                    );
                }
                let raw_quotes = html.matches("onerror=\"window").count();
                let in_text = html.matches("&lt;img src=x onerror=\"window").count();
                assert_eq!(raw_quotes, in_text, "{path} {locale:?}: an attribute broken out of");
                assert!(!html.contains("javascript:window"), "{path} {locale:?}: a javascript: URL");
                assert!(
                    page.body.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"),
                    "{path} {locale:?}: the text shows"
                );
                if path != "/privacy" {
                    // The title names the page's content (the privacy notice's is interface text).
                    let escaped = "&lt;script&gt;window.__pwned=1&lt;/script&gt;";
                    assert!(title.contains(escaped), "{path} {locale:?}: {title}");
                }
            }
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_park_page_carries_its_figures_sources_and_the_files_it_used() {
        let renderer = Renderer::new(&data_dir(), Base::new("/sub/")).unwrap();
        let page = renderer.render("/parks/carpet", Locale::Zh).unwrap();
        assert!(page.body.contains("<h1>中华地毯产业园</h1>"));
        assert!(page.body.contains("rel=\"noopener noreferrer external\""), "source links");
        assert!(page.body.contains("href=\"/sub/parks\""), "links carry the base");
        assert!(page.files.contains_key("parks.json") && page.files.contains_key("site.json"));
        assert!(!page.files.contains_key("invest.json"), "only what the page used");
        assert!(renderer.render("/no/such/page", Locale::Zh).unwrap().not_found);
        let english = renderer.render("/parks/carpet", Locale::En).unwrap();
        assert!(english.body.contains("href=\"/sub/en/parks\""), "English links stay English");
        assert!(english.body.contains("href=\"/sub/parks/carpet\""), "the switch leads to the Chinese page");
        assert!(english.files.contains_key("en/parks.json") && english.files.contains_key("en/site.json"));
    }

    /// The static news lists say what they list, link each other by park and year, and page
    /// with links; a page past a list's end is not found.
    #[test]
    fn news_lists_say_what_they_list_and_page_with_links() {
        let renderer = Renderer::new(&data_dir(), Base::default()).unwrap();
        let carpet = renderer.render("/news/park/carpet", Locale::Zh).unwrap();
        assert!(!carpet.interactive() && !carpet.not_found);
        assert!(carpet.head.contains("<title>中华地毯产业园相关新闻 | "), "{}", carpet.head);
        assert!(carpet.body.contains("<h1>中华地毯产业园相关新闻</h1>"));
        assert!(carpet.body.contains("href=\"/news/year/2025\""), "years as links");
        assert!(carpet.body.contains("href=\"/news/park/carpet\" aria-current=\"true\""), "{}", carpet.body);
        let second = renderer.render("/news/page/2", Locale::En).unwrap();
        assert!(second.head.contains("<title>News: page 2 of 2 | "), "{}", second.head);
        assert!(second.body.contains("href=\"/en/news\" rel=\"prev\""), "page 1 is the search page");
        assert!(renderer.render("/news/page/3", Locale::Zh).unwrap().not_found);
        assert!(renderer.render("/news/year/1999", Locale::Zh).unwrap().not_found);
        assert!(renderer.render("/news/park/harbour", Locale::Zh).unwrap().not_found);
        let news = renderer.render("/news", Locale::Zh).unwrap();
        assert!(news.body.contains("href=\"/news/page/2\" rel=\"next\""), "the plain pager leads to static pages");
        let park = renderer.render("/parks/carpet", Locale::Zh).unwrap();
        assert!(park.body.contains("href=\"/news/park/carpet\""), "the park's news link leads to its list");
    }

    /// An article page lists its sources; one that states no date shows when it was read.
    #[test]
    fn an_undated_source_shows_when_it_was_accessed() {
        let renderer = Renderer::new(&data_dir(), Base::default()).unwrap();
        let path = "/news/2007-02-13-bicycle-park-operator-founded";
        let zh = renderer.render(path, Locale::Zh).unwrap();
        assert!(zh.body.contains("（未注明日期，2026年11月26日访问，参考（可靠性较弱））"), "{}", zh.body);
        assert!(zh.body.contains("（2008年12月3日，媒体）"), "a dated source keeps its date");
        assert!(zh.files.contains_key("news/2007-02-13-bicycle-park-operator-founded.json"));
        let en = renderer.render(path, Locale::En).unwrap();
        assert!(
            en.body.contains(" (undated, accessed 26 November 2026, for reference (less reliable))"),
            "{}",
            en.body
        );
    }
}

//! The content cache every page reads through. How a file gets in depends on who runs the
//! app: the prerender step reads files from disk as pages ask for them; the browser starts
//! with the files the prerendered page carries and fetches anything else. Pages see
//! `Signal<Load<Arc<T>>>` either way, so the same views render natively and in the browser.
//! On English pages a file's slot also loads its English text (`data/en/…`) and lays it over
//! the Chinese content (`domain::translation`); what a page carries is that English content.
//! A file's slot is made when a view first asks for it, so a widget's code holds the reading
//! of the files it uses and no other.

use domain::load::{Load, LoadError};
use domain::model::{ArticleBody, InvestFile, NewsIndex, ParksFile, PoliciesFile, SearchFile, Site};
use domain::news::{Catalog, FacetOrder};
use domain::parse::{parse_content, ContentError};
use domain::translation::{self, Mismatch};
use leptos::prelude::*;
use serde::{de::DeserializeOwned, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Where content that nobody has provided yet comes from.
#[derive(Clone, Debug)]
pub enum ContentSource {
    /// Fetched from `data/…` relative to the document base (the browser).
    Network,
    /// Read from `<dir>/<file>` at once (the native prerender step).
    Directory(std::path::PathBuf),
}

/// The content files a page starts with: file name (`parks.json`, `news/<id>.json`) → JSON text.
pub type Preloaded = BTreeMap<String, String>;

/// Lays the English text of a file (its JSON text) over the Chinese content.
pub type Translate<T> = fn(&T, &str) -> Result<T, LoadError>;

/// One content file's state; `None` until a page first loads it.
pub struct Slot<T: Send + Sync + 'static> {
    file: StoredValue<String>,
    /// On English pages: how to lay `en/<file>` over the content.
    translate: StoredValue<Option<Translate<T>>>,
    state: RwSignal<Option<Load<Arc<T>>>>,
    source: StoredValue<ContentSource>,
}

impl<T: Send + Sync + 'static> Clone for Slot<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for Slot<T> {}

impl<T: DeserializeOwned + Serialize + Send + Sync + 'static> Slot<T> {
    fn new(file: &str, source: StoredValue<ContentSource>, translate: Option<Translate<T>>) -> Self {
        let file = StoredValue::new(file.to_string());
        Self { file, translate: StoredValue::new(translate), state: RwSignal::new(None), source }
    }

    /// The name the content goes by in a page and in `Preloaded`: the file, or `en/<file>`
    /// for its English version.
    fn key(self) -> String {
        let file = self.file.get_value();
        if self.translate.get_value().is_some() {
            format!("en/{file}")
        } else {
            file
        }
    }

    /// The content from the file's text and, on English pages, the English text's.
    fn read(self, text: &str, english: Option<&str>) -> Result<T, LoadError> {
        let file = self.file.get_value();
        let content = parse_content::<T>(&file, text).map_err(LoadError::Content)?;
        match (self.translate.get_value(), english) {
            (Some(translate), Some(english)) => translate(&content, english),
            _ => Ok(content),
        }
    }

    /// The file's state. The first call asks the source for it (a disk read natively, a fetch
    /// in the browser); later calls share that one request.
    pub fn load(self) -> Signal<Load<Arc<T>>> {
        if self.state.with_untracked(Option::is_none) {
            self.request();
        }
        let state = self.state;
        Signal::derive(move || state.get().unwrap_or(Load::Loading))
    }

    /// Asks again if the last attempt failed; does nothing otherwise.
    pub fn retry(self) {
        if self.state.with_untracked(|s| matches!(s, Some(Load::Failed(_)))) {
            self.request();
        }
    }

    /// Fills the slot with content a page carried (already in the page's language).
    fn fill(self, text: &str) {
        let value = parse_content::<T>(&self.key(), text).map(Arc::new).map_err(LoadError::Content);
        self.state.set(Some(value.map_or_else(Load::Failed, Load::Ready)));
    }

    /// The file's value as JSON when it is ready, for a prerendered page to carry.
    fn snapshot(self) -> Option<(String, String)> {
        match self.state.get_untracked() {
            Some(Load::Ready(value)) => Some((self.key(), serde_json::to_string(&*value).expect("content serialises"))),
            _ => None,
        }
    }

    fn request(self) {
        match self.source.get_value() {
            ContentSource::Directory(dir) => {
                let read = |file: String| {
                    std::fs::read_to_string(dir.join(&file))
                        .map_err(|e| LoadError::Network { file, detail: e.to_string() })
                };
                let english = self.translate.get_value().map(|_| read(format!("en/{}", self.file.get_value())));
                let value = read(self.file.get_value()).and_then(|text| match english {
                    Some(english) => self.read(&text, Some(&english?)),
                    None => self.read(&text, None),
                });
                self.state.set(Some(value.map(Arc::new).map_or_else(Load::Failed, Load::Ready)));
            }
            ContentSource::Network => self.fetch(),
        }
    }

    #[cfg(target_arch = "wasm32")]
    fn fetch(self) {
        let state = self.state;
        let file = self.file.get_value();
        state.set(Some(Load::Loading));
        let english = self.translate.get_value().map(|_| format!("en/{file}"));
        leptos::task::spawn_local(async move {
            use crate::web::fetch::fetch_text;
            let value = match english {
                None => fetch_text(&file).await.and_then(|text| self.read(&text, None)),
                Some(english) => {
                    let (text, english) = futures::future::join(fetch_text(&file), fetch_text(&english)).await;
                    text.and_then(|text| self.read(&text, Some(&english?)))
                }
            };
            state.set(Some(value.map(Arc::new).map_or_else(Load::Failed, Load::Ready)));
        });
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn fetch(self) {
        let file = self.file.get_value();
        let detail = "no network outside the browser".to_string();
        self.state.set(Some(Load::Failed(LoadError::Network { file, detail })));
    }
}

/// A file's slot once a view has asked for it.
type Lazy<T> = StoredValue<Option<Slot<T>>>;

/// The news index prepared for search, and the same with the search file once both are in.
type Catalogs = (Memo<Load<Arc<Catalog>>>, Memo<Option<Arc<Catalog>>>);

/// All content, provided once at the root of the app (or of a widget).
#[derive(Clone, Copy)]
pub struct Data {
    site: StoredValue<Arc<Site>>,
    parks: Lazy<ParksFile>,
    news: Lazy<NewsIndex>,
    invest: Lazy<InvestFile>,
    policies: Lazy<PoliciesFile>,
    articles: StoredValue<BTreeMap<String, Slot<ArticleBody>>>,
    /// The news index prepared for search, and again with the search file once both are in.
    catalogs: StoredValue<Option<Catalogs>>,
    /// `news/search.json` (bodies as plain text, synonyms): fetched when a visitor first searches.
    search: Lazy<SearchFile>,
    /// The files the page carried, taken by each slot as it is made.
    preloaded: StoredValue<Preloaded>,
    source: StoredValue<ContentSource>,
    owner: StoredValue<Owner>,
    /// English pages lay each file's English text over it (`en/…`).
    english: bool,
}

impl Data {
    /// Creates the cache under the current (root) owner with the preloaded files and provides
    /// it as context.
    pub fn provide(site: Arc<Site>, source: ContentSource, preloaded: &Preloaded, english: bool) -> Self {
        let data = Self {
            site: StoredValue::new(site),
            parks: StoredValue::new(None),
            news: StoredValue::new(None),
            invest: StoredValue::new(None),
            policies: StoredValue::new(None),
            articles: StoredValue::new(BTreeMap::new()),
            catalogs: StoredValue::new(None),
            search: StoredValue::new(None),
            preloaded: StoredValue::new(preloaded.clone()),
            source: StoredValue::new(source),
            owner: StoredValue::new(Owner::current().expect("Data::provide runs inside the app")),
            english,
        };
        provide_context(data);
        data
    }

    /// The slot in `lazy`, made (under the root owner, filled from the page's files) on first use.
    fn slot<T>(self, lazy: Lazy<T>, file: &str, translate: Option<Translate<T>>) -> Slot<T>
    where
        T: DeserializeOwned + Serialize + Send + Sync + 'static,
    {
        if let Some(slot) = lazy.get_value() {
            return slot;
        }
        let translate = translate.filter(|_| self.english);
        let slot = self.owner.with_value(|owner| owner.with(|| Slot::new(file, self.source, translate)));
        if let Some(text) = self.preloaded.with_value(|files| files.get(&slot.key()).cloned()) {
            slot.fill(&text);
        }
        lazy.set_value(Some(slot));
        slot
    }

    pub fn parks(self) -> Slot<ParksFile> {
        self.slot(self.parks, "parks.json", Some(parks_en))
    }

    pub fn news(self) -> Slot<NewsIndex> {
        self.slot(self.news, "news/index.json", Some(news_en))
    }

    pub fn invest(self) -> Slot<InvestFile> {
        self.slot(self.invest, "invest.json", Some(invest_en))
    }

    pub fn policies(self) -> Slot<PoliciesFile> {
        self.slot(self.policies, "policies.json", Some(policies_en))
    }

    /// One file for both languages: the search reads the Chinese bodies.
    fn search(self) -> Slot<SearchFile> {
        self.slot(self.search, "news/search.json", None)
    }

    /// The catalog memos, made on first use.
    fn catalogs(self) -> Catalogs {
        if let Some(memos) = self.catalogs.get_value() {
            return memos;
        }
        let (news, search) = (self.news(), self.search());
        let order = FacetOrder::new(&self.site());
        let memos = self.owner.with_value(|owner| {
            owner.with(|| {
                // Built once per loaded index (memos are lazy: nothing runs until a page asks).
                let catalog = Memo::new(move |_| {
                    news.state
                        .get()
                        .unwrap_or(Load::Loading)
                        .map(|index| Arc::new(Catalog::new(&index.articles, order.clone())))
                });
                let full = Memo::new(move |_| match (catalog.get(), search.state.get()) {
                    (Load::Ready(catalog), Some(Load::Ready(file))) => Some(Arc::new(catalog.with_search(&file))),
                    _ => None,
                });
                (catalog, full)
            })
        });
        self.catalogs.set_value(Some(memos));
        memos
    }

    /// The context, from any component below the app root.
    pub fn get() -> Self {
        expect_context::<Self>()
    }

    /// The site chrome: always there.
    pub fn site(self) -> Arc<Site> {
        self.site.get_value()
    }

    /// The news index prepared for search; loads the index if nobody has yet.
    pub fn catalog(self) -> Signal<Load<Arc<Catalog>>> {
        self.news().load();
        self.catalogs().0.into()
    }

    /// The news catalog with bodies and synonyms, once `news/search.json` is in (`None` before,
    /// and if it failed: the search then goes on over titles, summaries and labels). Nothing
    /// is fetched until `fetch_search_file`.
    pub fn full_catalog(self) -> Memo<Option<Arc<Catalog>>> {
        self.catalogs().1
    }

    /// Asks for `news/search.json` unless it was asked for already.
    pub fn fetch_search_file(self) {
        let _ = self.search().load();
    }

    /// True while `news/search.json` is on its way.
    pub fn search_file_loading(self) -> bool {
        self.search().state.with(|s| matches!(s, Some(Load::Loading)))
    }

    /// One article body's slot, created under the root owner so it outlives the page.
    pub fn article(self, id: &str) -> Slot<ArticleBody> {
        if let Some(slot) = self.articles.with_value(|m| m.get(id).copied()) {
            return slot;
        }
        let file = format!("news/{id}.json");
        let source = self.source;
        // On an English page the body's translation, where there is one (the page says when
        // there is none and the body is Chinese).
        let translate = self.english.then_some(body_en as Translate<_>);
        let slot = self.owner.with_value(|owner| owner.with(|| Slot::new(&file, source, translate)));
        if let Some(text) = self.preloaded.with_value(|files| files.get(&slot.key()).cloned()) {
            slot.fill(&text);
        }
        self.articles.update_value(|m| {
            m.insert(id.to_string(), slot);
        });
        slot
    }

    /// Every file that is ready, as JSON: what a prerendered page carries so the browser starts
    /// with the same content the HTML was rendered from.
    pub fn snapshot(self) -> Preloaded {
        let mut files: Vec<Option<(String, String)>> = vec![
            self.parks.get_value().and_then(Slot::snapshot),
            self.news.get_value().and_then(Slot::snapshot),
            self.invest.get_value().and_then(Slot::snapshot),
            self.policies.get_value().and_then(Slot::snapshot),
        ];
        files.extend(self.articles.with_value(|m| m.values().map(|slot| slot.snapshot()).collect::<Vec<_>>()));
        files.into_iter().flatten().collect()
    }

    /// Files asked for that are still loading or failed: a prerendered page must have none.
    pub fn not_ready(self) -> Vec<String> {
        fn check<T: Send + Sync + 'static>(slot: Slot<T>) -> Option<String> {
            match slot.state.get_untracked() {
                None | Some(Load::Ready(_)) => None,
                Some(Load::Loading) => Some(format!("{}: still loading", slot.file.get_value())),
                Some(Load::Failed(e)) => Some(e.detail()),
            }
        }
        let mut problems = vec![
            self.parks.get_value().and_then(check),
            self.news.get_value().and_then(check),
            self.invest.get_value().and_then(check),
            self.policies.get_value().and_then(check),
        ];
        problems.extend(self.articles.with_value(|m| m.values().map(|s| check(*s)).collect::<Vec<_>>()));
        problems.into_iter().flatten().collect()
    }
}

/// A mismatch between a Chinese file and its English text, as a load error naming both.
fn mismatch(file: &str, problem: Mismatch) -> LoadError {
    let message = "the English text does not line up with the Chinese content".to_string();
    LoadError::Content(ContentError::Shape { file: format!("en/{file}"), path: problem, message })
}

/// Reads an English text file and lays it over `content` with `localize`.
fn english<T, E: DeserializeOwned>(
    file: &str,
    content: &T,
    text: &str,
    localize: fn(&T, &E) -> Result<T, Mismatch>,
) -> Result<T, LoadError> {
    let english: E = parse_content(&format!("en/{file}"), text).map_err(LoadError::Content)?;
    localize(content, &english).map_err(|problem| mismatch(file, problem))
}

fn parks_en(content: &ParksFile, text: &str) -> Result<ParksFile, LoadError> {
    english("parks.json", content, text, translation::localize_parks)
}

fn body_en(content: &ArticleBody, text: &str) -> Result<ArticleBody, LoadError> {
    english(&format!("news/{}.json", content.id), content, text, translation::localize_body)
}

fn news_en(content: &NewsIndex, text: &str) -> Result<NewsIndex, LoadError> {
    english("news/index.json", content, text, translation::localize_news)
}

fn invest_en(content: &InvestFile, text: &str) -> Result<InvestFile, LoadError> {
    english("invest.json", content, text, translation::localize_invest)
}

fn policies_en(content: &PoliciesFile, text: &str) -> Result<PoliciesFile, LoadError> {
    english("policies.json", content, text, translation::localize_policies)
}

/// The site chrome in English, from the Chinese file's and the English file's text.
pub fn site_en(site: &Site, text: &str) -> Result<Site, LoadError> {
    english("site.json", site, text, translation::localize_site)
}

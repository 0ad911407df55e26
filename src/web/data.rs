//! The one data context every page reads content through. Each file is fetched once, on first
//! use, and shared by every page after; a failed file can be retried. Pages see only
//! `Signal<Load<Arc<T>>>`, so a later native prerender can fill the same context from disk.

use crate::domain::load::Load;
use crate::domain::model::{ArticleBody, InvestFile, NewsIndex, ParksFile, PoliciesFile, Site};
use crate::domain::news::{Catalog, FacetOrder};
use crate::domain::parse::parse_content;
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use std::collections::HashMap;
use std::sync::Arc;

/// The site chrome compiled in, so header and footer render at once and never fail.
const BUILTIN_SITE: &str = include_str!("../../public/data/site.json");

/// One content file's state; `None` until a page first asks for it.
pub struct Slot<T: Send + Sync + 'static> {
    file: StoredValue<String>,
    state: RwSignal<Option<Load<Arc<T>>>>,
}

impl<T: Send + Sync + 'static> Clone for Slot<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for Slot<T> {}

impl<T: DeserializeOwned + Send + Sync + 'static> Slot<T> {
    fn new(file: &str) -> Self {
        Self { file: StoredValue::new(file.to_string()), state: RwSignal::new(None) }
    }

    /// Starts the fetch if nobody has asked for the file before.
    fn request(self) {
        if self.state.with_untracked(Option::is_none) {
            self.fetch(false);
        }
    }

    /// The file's state, starting the fetch if nobody has asked before.
    pub fn get(self) -> Signal<Load<Arc<T>>> {
        self.request();
        let state = self.state;
        Signal::derive(move || state.get().unwrap_or(Load::Loading))
    }

    /// Fetches again if the last attempt failed; does nothing otherwise.
    pub fn retry(self) {
        if self.state.with_untracked(|s| matches!(s, Some(Load::Failed(_)))) {
            self.fetch(false);
        }
    }

    /// Fetches; with `keep_on_failure` an earlier good value stays when the fetch fails.
    fn fetch(self, keep_on_failure: bool) {
        let state = self.state;
        let file = self.file.get_value();
        if !keep_on_failure {
            state.set(Some(Load::Loading));
        }
        leptos::task::spawn_local(async move {
            let result = crate::web::fetch::fetch_content::<T>(&file).await;
            match result {
                Ok(value) => state.set(Some(Load::Ready(Arc::new(value)))),
                Err(_) if keep_on_failure => {}
                Err(error) => state.set(Some(Load::Failed(error))),
            }
        });
    }
}

impl Slot<Site> {
    /// The site chrome, which starts ready (compiled in) and never leaves that state.
    fn ready_value(self) -> Arc<Site> {
        match self.state.get() {
            Some(Load::Ready(site)) => site,
            _ => unreachable!("site.json starts ready and a failed refresh keeps it"),
        }
    }
}

/// All content, provided once at the root of the app.
#[derive(Clone, Copy)]
pub struct Data {
    site_file: Slot<Site>,
    pub parks: Slot<ParksFile>,
    pub news: Slot<NewsIndex>,
    pub invest: Slot<InvestFile>,
    pub policies: Slot<PoliciesFile>,
    articles: StoredValue<HashMap<String, Slot<ArticleBody>>>,
    catalog: Memo<Load<Arc<Catalog>>>,
    owner: StoredValue<Owner>,
}

impl Data {
    /// Creates the context under the current (root) owner and provides it.
    pub fn provide() -> Self {
        let builtin: Site =
            parse_content("site.json", BUILTIN_SITE).expect("the compiled-in site.json is validated by cargo test");
        let site = Slot::new("site.json");
        site.state.set(Some(Load::Ready(Arc::new(builtin))));
        // Pick up editors' changes to the deployed site.json; keep the built-in copy if that fails.
        site.fetch(true);
        let news = Slot::<NewsIndex>::new("news/index.json");
        // Built once per loaded index (memos are lazy: nothing runs until a page asks).
        let catalog = Memo::new(move |_| {
            let order = FacetOrder::new(&site.ready_value());
            news.state.get().unwrap_or(Load::Loading).map(|index| Arc::new(Catalog::new(&index.articles, order)))
        });
        let data = Self {
            site_file: site,
            parks: Slot::new("parks.json"),
            news,
            catalog,
            invest: Slot::new("invest.json"),
            policies: Slot::new("policies.json"),
            articles: StoredValue::new(HashMap::new()),
            owner: StoredValue::new(Owner::current().expect("Data::provide runs inside the app")),
        };
        provide_context(data);
        data
    }

    /// The context, from any component below the app root.
    pub fn get() -> Self {
        expect_context::<Self>()
    }

    /// The site chrome; always ready (compiled in, refreshed from the server).
    pub fn site(self) -> Signal<Arc<Site>> {
        let site = self.site_file;
        Signal::derive(move || site.ready_value())
    }

    /// The news index prepared for search; loads the index if needed.
    pub fn catalog(self) -> Signal<Load<Arc<Catalog>>> {
        self.news.request();
        self.catalog.into()
    }

    /// One article body's slot, created under the root owner so it outlives the page.
    pub fn article(self, id: &str) -> Slot<ArticleBody> {
        if let Some(slot) = self.articles.with_value(|m| m.get(id).copied()) {
            return slot;
        }
        let file = format!("news/{id}.json");
        let slot = self.owner.with_value(|owner| owner.with(|| Slot::new(&file)));
        self.articles.update_value(|m| {
            m.insert(id.to_string(), slot);
        });
        slot
    }
}

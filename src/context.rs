//! What every view reads, whoever renders it: where the site and this page's language are
//! mounted, the locale, today's date, the page's address and the content cache. The prerender
//! step provides it for a whole page; in the browser each widget provides it for its own
//! subtree (`widgets::mount`). A leaf: it depends on no view.

use crate::data::{ContentSource, Data, Preloaded};
use crate::inquiries::OfflineAtBuild;
use crate::text::Locale;
use domain::date::PartialDate;
use domain::model::Site;
use domain::routes::Base;
use leptos::prelude::*;
use std::sync::Arc;

/// What whoever renders tells the views: `web::page::read_start` reads it from the page in the
/// browser, the prerender step builds it natively.
#[derive(Clone, Debug)]
pub struct Start {
    /// Where the site is mounted (`/sub`).
    pub site_base: Base,
    /// Where this page's language is mounted: the site base, or `<site base>/en`.
    pub base: Base,
    pub locale: Locale,
    /// The site chrome, which every page shows.
    pub site: Arc<Site>,
    /// Where content nobody preloaded comes from.
    pub source: ContentSource,
    /// Content the page starts with.
    pub preloaded: Preloaded,
    /// The date “currently valid” means (the visitor's clock in the browser, the build's natively).
    pub today: PartialDate,
    /// The build's config.json named no inquiry endpoint (`<html data-inquiries-offline>`).
    pub inquiries_offline: bool,
    /// The page's path as the browser shows it, base included (`/sub/en/contact`).
    pub pathname: String,
    /// The page's query, `?…` or empty (always empty when rendering natively).
    pub search: String,
}

/// Where the whole site is mounted, whatever the page's language (for the language switch).
#[derive(Clone, Debug)]
pub struct SiteBase(pub Base);

/// Today's date, as whoever renders reads its clock.
#[derive(Clone, Copy, Debug)]
pub struct Today(pub PartialDate);

/// The page's address: its path, and its query as a signal that follows the widgets' own
/// writes (`web::url_state`) and the Back and Forward buttons.
#[derive(Clone, Copy, Debug)]
pub struct PageUrl {
    pathname: StoredValue<String>,
    pub search: RwSignal<String>,
}

impl PageUrl {
    /// The context, from any view below whoever provided it.
    pub fn get() -> Self {
        expect_context::<Self>()
    }

    /// The path, base included.
    pub fn pathname(self) -> String {
        self.pathname.get_value()
    }
}

/// Provides what every view reads. Call it in the root owner before rendering; the returned
/// cache is what the views were rendered from.
pub fn provide_start(start: Start) -> Data {
    provide_context(start.base);
    provide_context(SiteBase(start.site_base));
    provide_context(start.locale);
    crate::text::set_current(start.locale);
    provide_context(Today(start.today));
    provide_context(OfflineAtBuild(start.inquiries_offline));
    provide_context(PageUrl { pathname: StoredValue::new(start.pathname), search: RwSignal::new(start.search) });
    Data::provide(start.site, start.source, &start.preloaded, start.locale == Locale::En)
}

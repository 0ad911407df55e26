//! All interface text, keyed, per locale. A view asks `texts()` for the current locale's
//! table and reads a field; sentences with values in them are functions. Content text (park
//! names, articles) lives in the data files, not here. Every locale is a value of the same
//! struct, so a key missing in one locale does not compile.

mod contact;
mod contact_en;
mod contact_zh;
mod en;
mod guide;
mod zh;

pub use contact::ContactTexts;
pub use guide::GuideTexts;

use domain::date::PartialDate;
use domain::invest::{Input, Premises, Unit};
use domain::invest_query::InputError;
use domain::load::LoadError;
use domain::model::{Qualifier, Reliability, Scope};
use domain::present::NumberStyle;
use leptos::prelude::*;
use std::cell::Cell;

/// The language a page is shown in; set once by whoever starts the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Locale {
    #[default]
    Zh,
    En,
}

impl Locale {
    /// The value of `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Zh => "zh-CN",
            Locale::En => "en",
        }
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Locale::Zh => &zh::TEXTS,
            Locale::En => &en::TEXTS,
        }
    }
}

thread_local! {
    /// The locale of the page being rendered: what `provide_start` said last on this thread.
    static CURRENT: Cell<Locale> = const { Cell::new(Locale::Zh) };
}

/// Says which locale this thread renders now (`context::provide_start`): the text tables are
/// then found also where no reactive owner is (an event handler).
pub fn set_current(locale: Locale) {
    CURRENT.with(|current| current.set(locale));
}

/// The locale provided to the views, or else the one this thread renders.
fn current() -> Locale {
    use_context::<Locale>().unwrap_or_else(|| CURRENT.with(Cell::get))
}

/// The current locale's texts.
pub fn texts() -> &'static Texts {
    current().texts()
}

/// The current locale's text of the inquiry form and the privacy notice: a table of its own,
/// so that only the code that shows the form holds it.
pub fn contact_texts() -> &'static ContactTexts {
    match current() {
        Locale::Zh => &contact_zh::CONTACT,
        Locale::En => &contact_en::CONTACT,
    }
}

/// The current locale's text of the printable guide and the offer that leads to it.
pub fn guide_texts() -> &'static GuideTexts {
    match current() {
        Locale::Zh => &guide::ZH,
        Locale::En => &guide::EN,
    }
}

/// One locale's interface text.
pub struct Texts {
    // Shell
    pub skip_link: &'static str,
    pub menu: &'static str,
    pub main_nav: &'static str,
    pub service_nav: &'static str,
    pub footer_note: &'static str,
    pub privacy: &'static str,
    pub foreign: &'static str,
    pub buy_land: &'static str,
    pub factory_rent: &'static str,
    pub office_rent: &'static str,
    pub register: &'static str,
    pub policies: &'static str,
    pub title_with_site: fn(page: &str, site: &str) -> String,
    /// How figures are written (万/亿 in Chinese; million/billion in English).
    pub number_style: NumberStyle,
    /// The switch to the other language: its visible text and its accessible name.
    pub other_language: &'static str,
    pub other_language_name: &'static str,
    /// Said above an article body written in another language than the page's (`None` in Chinese).
    pub body_language_note: Option<&'static str>,
    /// Said above an article body translated for this page's language, before a link to the
    /// original (`None` in Chinese, whose bodies are the originals).
    pub body_translated_note: Option<&'static str>,
    pub body_original_link: &'static str,
    /// A document named in running text: `《title》（number）` in Chinese.
    pub document_ref: fn(title: &str, number: Option<&str>) -> String,
    /// Punctuation: after a label (`：` / `: `), between list items (`、` / `, `), between
    /// clauses (`，` / `, `) and a remark in brackets (`（…）` / ` (…)`).
    pub colon: &'static str,
    pub list_separator: &'static str,
    pub clause_separator: &'static str,
    pub bracketed: fn(&str) -> String,
    /// The footer's line before the hotline number.
    pub footer_hotline: fn(center: &str, label: &str) -> String,
    /// The other language's tag, for the switch's `lang` and `hreflang`.
    pub other_language_tag: &'static str,

    // Loading and errors
    pub loading: &'static str,
    pub error_heading: &'static str,
    pub error_message: fn(&LoadError) -> String,
    pub call_instead: &'static str,
    pub retry: &'static str,
    pub details: &'static str,
    pub full_stop: &'static str,
    pub no_script_app: &'static str,

    // Facts
    pub unknown: &'static str,
    pub sources_label: &'static str,
    /// A numbered citation's accessible name (“来源 3”) and the page's list of them.
    pub reference_mark: fn(usize) -> String,
    pub references_heading: &'static str,
    /// The folded reference list's summary: “参考来源（45条）”.
    pub references_count: fn(usize) -> String,
    /// A /parks card's folded rows.
    pub park_card_more: &'static str,
    pub key_figures: &'static str,
    pub date: fn(PartialDate) -> String,
    pub as_of: fn(PartialDate) -> String,
    pub scope: fn(Scope) -> &'static str,
    pub reliability: fn(Reliability) -> &'static str,
    pub qualifier: fn(Qualifier) -> &'static str,
    /// A source's date and reliability, e.g. “（2009年12月21日，媒体）”; the date is
    /// `published`, or `undated_accessed` for a source that gives none.
    pub source_meta: fn(Option<String>, &'static str) -> String,
    /// The date of a source that states none: when it was read (“未注明日期，…访问”).
    pub undated_accessed: fn(String) -> String,

    // News
    pub news_title: &'static str,
    pub news_description: &'static str,
    pub search_news: &'static str,
    pub search_placeholder: &'static str,
    pub filter_news: &'static str,
    pub facet_park: &'static str,
    pub facet_category: &'static str,
    pub facet_tag: &'static str,
    pub all_parks: &'static str,
    pub all_categories: &'static str,
    pub all_tags: &'static str,
    pub from_date: &'static str,
    pub to_date: &'static str,
    pub clear_filters: &'static str,
    pub result_count: fn(usize) -> String,
    pub facet_option: fn(label: &str, count: usize) -> String,
    pub no_results: &'static str,
    pub clear_and_show_all: &'static str,
    pub filtering: &'static str,
    pub search_needs_js: &'static str,
    pub tags_label: &'static str,
    pub pagination: &'static str,
    pub previous_page: &'static str,
    pub next_page: &'static str,
    pub page_n: fn(usize) -> String,
    /// The news list pages that need no JavaScript: one park's news, one year's, and any
    /// list's further pages (`list_page(what, 2, 3)`: “…（第2页，共3页）”).
    pub park_news: fn(park: &str) -> String,
    pub year_news: fn(year: u16) -> String,
    pub list_page: fn(what: &str, page: usize, pages: usize) -> String,
    pub list_description: fn(what: &str, total: usize) -> String,
    pub no_park_news: &'static str,
    /// The links that take the place of the filters without JavaScript.
    pub browse_news: &'static str,
    pub by_park: &'static str,
    pub by_year: &'static str,
    pub all_news: &'static str,
    pub year_label: fn(year: u16) -> String,

    // Article
    pub news_crumb: &'static str,
    pub published: &'static str,
    pub category: &'static str,
    pub region: &'static str,
    pub related_parks: &'static str,
    pub related_articles: &'static str,
    pub prev_next: &'static str,
    pub older: &'static str,
    pub newer: &'static str,
    pub article_not_found: &'static str,
    pub no_such_article: fn(id: &str) -> String,
    pub back_to_news: &'static str,

    // Not found
    pub page_not_found: &'static str,
    pub page_not_found_description: &'static str,
    pub page_not_found_text: &'static str,
    pub home: &'static str,
    pub parks_compare: &'static str,
    pub news: &'static str,

    // Policies
    pub policies_description: &'static str,
    pub policies_lead: &'static str,
    pub filter_policies: &'static str,
    pub only_valid: &'static str,
    pub policies_scope_note: &'static str,
    pub policy_count: fn(usize) -> String,
    pub status_in_force: &'static str,
    pub status_lapsed: &'static str,
    pub status_draft: &'static str,
    pub replaced_by: fn(&str) -> String,
    pub not_published: &'static str,
    pub no_stated_end: &'static str,
    pub issuer: &'static str,
    pub document_number: &'static str,
    pub scope_label: &'static str,
    pub policy_scope: fn(Scope) -> &'static str,
    pub validity: &'static str,
    pub valid_range: fn(from: &str, to: &str) -> String,
    pub status_checked_on: fn(&str) -> String,
    pub ask_policies: &'static str,

    pub invest_title: &'static str,
}

/// One locale's interface text of the investment options and the calculator: a table of its own, so that a widget's code holds only the text it shows.
pub struct InvestTexts {
    // Investing: options and the calculator
    pub invest_description: &'static str,
    pub invest_heading: &'static str,
    pub invest_lead: &'static str,
    pub involves: &'static str,
    pub suits: &'static str,
    pub timeline: &'static str,
    pub risks: &'static str,
    pub reference_prices: &'static str,
    pub chosen: &'static str,
    pub premises: fn(Premises) -> &'static str,
    pub calculator_heading: &'static str,
    pub calculator_needs_js: &'static str,
    pub calculator_intro: &'static str,
    pub park_for_scenario: &'static str,
    pub any_park: &'static str,
    pub group_basics: &'static str,
    pub input_label: fn(Input) -> &'static str,
    pub unit: fn(Unit) -> &'static str,
    pub input_error: fn(Input, InputError) -> String,
    pub default_is: &'static str,
    pub assumption_mark: &'static str,
    pub reset: &'static str,
    pub results_heading: &'static str,
    pub results_stale: &'static str,
    pub assumptions_heading: &'static str,
    pub results_table: &'static str,
    pub money: fn(f64) -> String,
    pub rent_per_day: fn(f64) -> String,
    pub headline: fn(cheaper: Premises, dearer: Premises, years: u32, saving: &str) -> String,
    /// The headline in a few words, for the line kept in view while the inputs scroll past.
    pub headline_short: fn(cheaper: Premises, years: u32, saving: &str) -> String,
    /// The years buying is cheaper (inclusive ranges) over a horizon of so many years.
    pub break_even: fn(&[(u32, u32)], u32) -> String,
    /// The saving after enterprise income tax at a rate (signed: negative, buying is dearer).
    pub after_tax: fn(saving: f64, rate: &str) -> String,
    /// Cash before moving in: buying, renting.
    pub upfront: fn(buy: &str, factory: &str) -> String,
    /// The owned premises stop being usable in this year (tenure or building life).
    pub use_ends: fn(year: u32) -> String,
    pub rent_caveat: &'static str,
    pub vat_basis: &'static str,
    pub park_same_defaults: &'static str,
    pub link_rejected: fn(label: &str, given: &str, error: InputError, used: &str) -> String,
    pub link_corrected: &'static str,
    pub group_tax: &'static str,
    pub row_after_tax: &'static str,
    pub row_upfront: &'static str,
    pub sensitivity_heading: &'static str,
    pub sensitivity_intro: &'static str,
    pub sensitivity_input: &'static str,
    pub sensitivity_low: &'static str,
    pub sensitivity_high: &'static str,
    pub office_heading: fn(area: &str) -> String,
    pub office_intro: &'static str,
    pub office_net: &'static str,
    pub threshold: fn(Option<f64>) -> String,
    pub land_needed: fn(mu: &str) -> String,
    pub row_cash: &'static str,
    pub row_present_value: &'static str,
    pub row_residual: &'static str,
    pub row_net_cost: &'static str,
    pub row_per_m2_year: &'static str,
    pub not_applicable: &'static str,
    pub result_item: &'static str,
    pub chart_title: &'static str,
    pub chart_desc: &'static str,
    pub chart_year_axis: &'static str,
    pub chart_cost_axis: &'static str,
    pub chart_point: fn(option: &str, year: u32, cost: &str) -> String,
    pub year_table: &'static str,
    pub year_n: fn(u32) -> String,
    pub compare_parks_heading: &'static str,
    pub compare_parks_same_prices: &'static str,
    pub district_distance_note: fn(beijing: &str) -> String,
    pub consult_scenario: &'static str,
    pub model_notes: &'static str,
    pub model_notes_text: &'static [&'static str],
}

/// The current locale's `InvestTexts`.
pub fn invest_texts() -> &'static InvestTexts {
    match current() {
        Locale::Zh => &zh::INVEST,
        Locale::En => &en::INVEST,
    }
}

/// One locale's interface text of the pages only the prerender step renders (home, parks, a park, the map, the steps): a table of its own, so that a widget's code holds only the text it shows.
pub struct PageTexts {
    // Home
    pub home_description: &'static str,
    pub home_heading: &'static str,
    /// Above the home heading: where the parks are.
    pub home_kicker: &'static str,
    /// Under the home heading: what the portal offers.
    pub home_offer: &'static str,
    /// The hero's two actions.
    pub hero_compare: &'static str,
    pub hero_inquire: &'static str,
    /// The phone's bar of the two ways to reach the office, and its call link's word.
    pub quick_contact: &'static str,
    pub call_label: &'static str,
    pub why_heading: &'static str,
    pub parks_heading: &'static str,
    pub town_label: &'static str,
    pub renamed_since: fn(date: &str, name: &str) -> String,
    pub compare_parks_link: &'static str,
    pub latest_news: &'static str,
    pub all_news_link: &'static str,
    pub services_heading: &'static str,
    pub buy_land_hint: &'static str,
    pub factory_rent_hint: &'static str,
    pub office_rent_hint: &'static str,
    pub register_hint: &'static str,
    pub policies_hint: &'static str,
    pub foreign_hint: &'static str,

    // Parks
    pub parks_title: &'static str,
    pub parks_description: &'static str,
    pub parks_heading_compare: &'static str,
    pub parks_lead: &'static str,
    pub map_heading: &'static str,
    pub compare_caption: &'static str,
    /// After a caption of a table wider than a phone (not printed).
    pub scroll_hint: &'static str,
    pub compare_item: &'static str,
    pub not_renamed: &'static str,
    pub row_names: &'static str,
    pub row_town: &'static str,
    pub row_location: &'static str,
    pub row_founded: &'static str,
    pub row_area: &'static str,
    pub row_industries: &'static str,
    pub row_enterprises: &'static str,
    pub row_enterprise_count: &'static str,
    pub row_latest: &'static str,
    pub row_ready_land: &'static str,
    pub renamed_at: fn(date: &str, name: &str) -> String,
    pub renamed_to: fn(date: &str, name: &str, name_en: &str) -> String,

    // One park
    pub parks_crumb: &'static str,
    pub ask_about_park: &'static str,
    pub basics: &'static str,
    pub industries: &'static str,
    pub enterprises: &'static str,
    pub figures: &'static str,
    pub history: &'static str,
    pub related_news: &'static str,
    pub all_park_news: fn(count: usize) -> String,
    pub park_not_found: &'static str,
    pub no_such_park: fn(id: &str) -> String,

    // Map
    pub map_title: &'static str,
    pub map_desc: &'static str,
    pub district: &'static str,
    pub district_centre: &'static str,
    pub map_caption_strong: &'static str,
    pub map_caption: &'static str,
    pub map_text_heading: &'static str,
    pub place_not_public: fn(park: &str) -> String,
    pub town_unknown: fn(unknown: &str) -> String,
    pub distance_from_centre: fn(place: &str, distance: &str) -> String,
    pub map_citation: fn(date: &str, source: &str) -> String,
    pub places: fn(key: &str) -> &'static str,

    // Registration and foreign investment
    pub register_description: &'static str,
    pub register_lead: &'static str,
    pub foreign_description: &'static str,
    pub foreign_lead: &'static str,
    pub checked_on: fn(date: &str) -> String,
    pub ask_us: &'static str,
    pub or_call: &'static str,
}

/// The current locale's `PageTexts`.
pub fn page_texts() -> &'static PageTexts {
    match current() {
        Locale::Zh => &zh::PAGES,
        Locale::En => &en::PAGES,
    }
}

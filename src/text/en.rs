//! English interface text, for foreign investors and site-selection managers. Mirrors `zh.rs`
//! key by key; money reads in millions and billions of yuan rather than 万 and 亿.

use super::{InvestTexts, PageTexts, Texts};
use domain::date::PartialDate;
use domain::invest::{round_up, Input, Premises, Unit};
use domain::invest_query::{number_text, InputError};
use domain::load::LoadError;
use domain::model::{Qualifier, Reliability, Scope};
use domain::present::format_amount;
use domain::present::NumberStyle;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month_name(month: u8) -> &'static str {
    MONTHS.get(usize::from(month).wrapping_sub(1)).copied().unwrap_or("")
}

/// `22 August 2025`, `March 2014`, `2024`: never more precise than the source.
fn date(d: PartialDate) -> String {
    match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{} {} {}", day, month_name(m), d.year),
        (Some(m), None) => format!("{} {}", month_name(m), d.year),
        _ => format!("{}", d.year),
    }
}

/// “on 22 August 2025” but “in March 2014” and “in 2024”, for a date written by `date`.
fn on_or_in(date: &str) -> &'static str {
    if date.starts_with(|c: char| c.is_ascii_digit()) && date.contains(' ') {
        "on"
    } else {
        "in"
    }
}

/// The text with its first letter in lower case, for a label used inside a sentence.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `1 year`, `20 years`.
fn count(n: u64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn error_message(error: &LoadError) -> String {
    match error {
        LoadError::Network { file, .. } => {
            format!("Could not connect to the server, so {file} did not load. Check your connection and try again.")
        }
        LoadError::Status { file, status: 404 } => format!("The data file {file} was not found on the server (404)."),
        LoadError::Status { file, status } => {
            format!("The server cannot provide {file} at the moment (HTTP {status}). Try again later.")
        }
        LoadError::Content(_) => {
            "The data file contains errors, so this content cannot be shown at the moment. Try again later or call the hotline."
                .to_string()
        }
    }
}

fn scope(scope: Scope) -> &'static str {
    match scope {
        Scope::Park => "Park-level data",
        Scope::Town => "Town-level data",
        Scope::District => "District-level data",
        Scope::City => "Tianjin municipal data",
        Scope::National => "National data",
    }
}

fn reliability(reliability: Reliability) -> &'static str {
    match reliability {
        Reliability::Official => "official",
        Reliability::Press => "press",
        Reliability::Trade => "industry",
        Reliability::Weak => "for reference (less reliable)",
    }
}

/// Followed directly by the amount, so each ends in a space.
fn qualifier(qualifier: Qualifier) -> &'static str {
    match qualifier {
        Qualifier::About => "about ",
        Qualifier::Over => "over ",
    }
}

fn places(key: &str) -> &'static str {
    match key {
        "beijing" => "Central Beijing",
        "capital-airport" => "Beijing Capital International Airport",
        "daxing-airport" => "Beijing Daxing International Airport",
        "xiongan" => "Xiong'an New Area",
        "tianjin" => "Central Tianjin",
        "binhai-airport" => "Tianjin Binhai International Airport",
        "tianjin-port" => "Tianjin Port",
        _ => "",
    }
}

fn premises(p: Premises) -> &'static str {
    match p {
        Premises::BuyLand => "Buy land and build",
        Premises::FactoryRent => "Rent a factory",
        Premises::OfficeRent => "Rent offices",
    }
}

/// The option as it reads inside a sentence.
fn premises_in_sentence(p: Premises) -> &'static str {
    match p {
        Premises::BuyLand => "buying land and building",
        Premises::FactoryRent => "renting a factory",
        Premises::OfficeRent => "renting offices",
    }
}

fn input_label(input: Input) -> &'static str {
    match input {
        Input::FloorArea => "Floor area needed for production",
        Input::Years => "Comparison period",
        Input::DiscountRate => "Discount rate",
        Input::PlotRatio => "Plot ratio",
        Input::LandPrice => "Land price",
        Input::DeedTax => "Deed tax rate",
        Input::SoftCosts => "Soft costs",
        Input::ConstructionCost => "Unit construction cost",
        Input::PermitMonths => "Land to construction start",
        Input::ConstructionMonths => "Construction period (renting a factory meanwhile)",
        Input::Upkeep => "Annual upkeep (share of construction cost)",
        Input::LandUseTax => "Urban land use tax",
        Input::PropertyTaxBase => "Property tax base",
        Input::TenureYears => "Land use right term",
        Input::BuildingLife => "Factory building service life",
        Input::ResidualHaircut => "Discount on the end value",
        Input::FactoryRent => "Factory rent",
        Input::RentFreeMonths => "Rent-free period",
        Input::DepositMonths => "Deposit",
        Input::FactoryGrowth => "Annual factory rent increase",
        Input::IncomeTax => "Enterprise income tax rate",
        Input::DepreciationYears => "Tax depreciation life of the building",
        Input::OfficeArea => "Office floor area",
        Input::OfficeRent => "Office rent",
        Input::OfficeFee => "Office property management fee",
        Input::OfficeRentFree => "Office rent-free period",
        Input::OfficeDeposit => "Office deposit",
        Input::OfficeGrowth => "Annual office rent increase",
    }
}

fn unit(unit: Unit) -> &'static str {
    match unit {
        Unit::SquareMetres => "m²",
        Unit::YuanPerMu => "CNY/mu",
        Unit::YuanPerM2 => "CNY/m²",
        Unit::YuanPerM2Day => "CNY/m²/day",
        Unit::YuanPerM2Month => "CNY/m²/month",
        Unit::YuanPerM2Year => "CNY/m²/year",
        Unit::Percent => "%",
        Unit::PercentPerYear => "%/year",
        Unit::Months => "months",
        Unit::Years => "years",
        Unit::Ratio => "×",
    }
}

fn plain(value: f64) -> String {
    format_amount(value).unwrap_or_else(|| "—".to_string())
}

fn input_error(input: Input, error: InputError) -> String {
    let label = input_label(input);
    match error {
        InputError::Empty => format!("Enter the {}", lower_first(label)),
        InputError::NotANumber => format!("{label} must be a number, like {}", plain(input.range().1 / 10.0)),
        InputError::NotWhole => format!("{label} must be a whole number"),
        InputError::OutOfRange { low, high } => {
            let unit = unit(input.unit());
            let space = if unit.starts_with(['%', '×']) { "" } else { " " };
            format!("{label} must be between {} and {}{space}{unit}", plain(low), plain(high))
        }
        InputError::Ambiguous { thousands, decimal } => format!(
            "{label}: the comma could mean {} or {}; use a decimal point, or leave the comma out",
            plain(thousands),
            plain(decimal)
        ),
    }
}

/// Yuan with thousands separators up to a million, then in millions and billions:
/// CNY 850,000, CNY 12.3 million, CNY 1.23 billion.
fn money(yuan: f64) -> String {
    if !yuan.is_finite() {
        return "—".to_string();
    }
    let a = yuan.abs();
    let millions = (a / 1e6 * 10.0).round() / 10.0;
    let text = if a.round() < 1e6 {
        plain(a.round())
    } else if millions < 1000.0 {
        format!("{} million", plain(millions))
    } else {
        format!("{} billion", plain((a / 1e9 * 100.0).round() / 100.0))
    };
    let sign = if yuan < 0.0 && text != "0" { "-" } else { "" };
    format!("{sign}CNY {text}")
}

fn rent_per_day(rent: f64) -> String {
    format!("CNY {} per m² per day", plain(rent))
}

fn headline(cheaper: Premises, dearer: Premises, years: u32, saving: &str) -> String {
    format!(
        "On these assumptions, over {}, {} costs about {saving} less than {} (present value).",
        count(years.into(), "year", "years"),
        premises_in_sentence(cheaper),
        premises_in_sentence(dearer)
    )
}

fn break_even(ranges: &[(u32, u32)], years: u32) -> String {
    let span = |(a, b): &(u32, u32)| if a == b { format!("year {a}") } else { format!("years {a}–{b}") };
    match ranges {
        [] => format!(
            "Over {}, the cumulative net cost of buying land and building stays higher than that of renting a factory.",
            count(years.into(), "year", "years")
        ),
        [(a, b)] if *b == years => format!(
            "By cumulative net cost, buying land and building is no more expensive than renting a factory from year {a} to year {years}."
        ),
        _ => format!(
            "By cumulative net cost, buying land and building is no more expensive than renting a factory only in {}, and dearer in the other years.",
            ranges.iter().map(span).collect::<Vec<_>>().join(", ")
        ),
    }
}

fn threshold(rent: Option<f64>) -> String {
    match rent {
        Some(r) => format!(
            "Buying land and building works out cheaper when factory rent is above CNY {} per m² per day.",
            number_text(round_up(r, 3))
        ),
        None => {
            "On these assumptions, buying land and building does not work out cheaper, however high the factory rent."
                .to_string()
        }
    }
}

fn renamed_to(date: &str, name: &str, name_en: &str) -> String {
    if name_en.is_empty() || name_en == name {
        format!("Renamed {name} {} {date}", on_or_in(date))
    } else {
        format!("Renamed {name_en} ({name}) {} {date}", on_or_in(date))
    }
}

pub static TEXTS: Texts = Texts {
    skip_link: "Skip to main content",
    menu: "Menu",
    main_nav: "Main navigation",
    service_nav: "Services",
    footer_note: "Every figure on this site gives its source and date; where there is no public data, we say so. For prices and policies, official announcements and actual quotations take precedence.",
    privacy: "Privacy notice",
    foreign: "Foreign investment",
    buy_land: "Buy land and build",
    factory_rent: "Rent a factory",
    office_rent: "Rent offices",
    register: "Company registration",
    policies: "Incentive policies",
    title_with_site: |page, site| if page.is_empty() { site.to_string() } else { format!("{page} | {site}") },

    number_style: NumberStyle::English,
    other_language: "中文",
    other_language_name: "本页中文版",
    other_language_tag: "zh-CN",
    colon: ": ",
    list_separator: ", ",
    clause_separator: ", ",
    bracketed: |text| format!(" ({text})"),
    footer_hotline: |center, label| format!("{label}, {center}: "),
    body_language_note: Some("This article is published in Chinese only; the original text follows."),
    body_translated_note: Some("Translated from Chinese by the portal's editors; where the two differ, the Chinese original prevails."),
    body_original_link: "Read the Chinese original",
    document_ref: |title, number| match number {
        Some(number) => format!("“{title}” ({number})"),
        None => format!("“{title}”"),
    },
    loading: "Loading…",
    error_heading: "This content cannot be shown at the moment",
    error_message,
    call_instead: "You can also call the investment promotion centre directly on ",
    retry: "Try again",
    details: "Details",
    full_stop: ".",
    no_script_app: "The interactive features of this site need JavaScript; the page content can be read without it. Investment hotline: ",

    unknown: "No public data available",
    reference_mark: |n| format!("Source {n}"),
    references_heading: "References",
    references_count: |n| format!("References ({n})"),
    park_card_more: "More: latest figures, names, location, founding, companies",
    key_figures: "Key figures",
    sources_label: "Sources:",
    date,
    as_of: |d| format!("as of {}", date(d)),
    scope,
    reliability,
    qualifier,
    source_meta: |published, reliability| match published {
        Some(date) => format!(" ({date}, {reliability})"),
        None => format!(" ({reliability})"),
    },
    undated_accessed: |date| format!("undated, accessed {date}"),

    news_title: "News",
    news_description: "News from the four demonstration industrial parks of Wuqing: filter by park, category, tag and date, and search titles and summaries in English or Chinese.",
    search_news: "Search news",
    search_placeholder: "Title, summary or tag, for example bicycle, BYD or 自行车",
    filter_news: "Filter news",
    facet_park: "Park",
    facet_category: "Category",
    facet_tag: "Tag",
    all_parks: "All parks",
    all_categories: "All categories",
    all_tags: "All tags",
    from_date: "Start date",
    to_date: "End date",
    clear_filters: "Clear all filters",
    result_count: |n| count(n as u64, "result", "results"),
    facet_option: |label, count| format!("{label} ({count})"),
    no_results: "No news matches these filters.",
    clear_and_show_all: "Clear the filters and show all news",
    filtering: "Filtering news by the conditions in the link…",
    search_needs_js: "Search and filters need JavaScript; below is all the news, newest first, with links by park and year after the list.",
    tags_label: "Tags",
    pagination: "Pages",
    previous_page: "Previous page",
    next_page: "Next page",
    page_n: |p| format!("Page {p}"),
    park_news: |park| format!("News about {park}"),
    year_news: |year| format!("News from {year}"),
    list_page: |what, page, pages| match page {
        1 => what.to_string(),
        _ => format!("{what}: page {page} of {pages}"),
    },
    list_description: |what, total| format!("{what}: {}, newest first.", count(total as u64, "item", "items")),
    no_park_news: "No news about this park yet.",
    browse_news: "Browse the news by park and year",
    by_park: "By park",
    by_year: "By year",
    all_news: "All news",
    year_label: |year| year.to_string(),

    news_crumb: "News",
    published: "Published",
    category: "Category",
    region: "Region",
    related_parks: "Related parks",
    related_articles: "Related articles",
    prev_next: "Previous and next articles",
    older: "Previous (older): ",
    newer: "Next (newer): ",
    article_not_found: "Article not found",
    no_such_article: |id| {
        format!("There is no article with the ID “{id}”. It may have been removed, or the link may be wrong.")
    },
    back_to_news: "Back to the news list",

    page_not_found: "Page not found",
    page_not_found_description: "The page you asked for does not exist.",
    page_not_found_text: "There is no page at this address. It may have moved, or the address may have been typed incorrectly.",
    home: "Back to the home page",
    parks_compare: "Park comparison",
    news: "News",

    policies_description: "Investment incentive policies of Tianjin Municipality and Wuqing District: filter by category and by whether currently in force. Each gives the issuing authority, document number, period of validity, status, source and its date; lapsed policies are marked, with the document that replaced them.",
    policies_lead: "Each policy gives its issuing authority, document number, period of validity and source. Policies that have lapsed or been replaced are still listed and marked; consultation drafts are marked separately. The officially published text takes precedence.",
    filter_policies: "Filter policies",
    only_valid: "Only policies currently in force",
    policies_scope_note: "We have found no policies that apply to only one park: all the policies below are national, Tianjin or Wuqing District policies and apply equally to all four parks.",
    policy_count: |n| count(n as u64, "policy", "policies"),
    status_in_force: "In force",
    status_lapsed: "No longer in force",
    status_draft: "Consultation draft",
    replaced_by: |name| format!("Replaced by {name}."),
    not_published: "Not published",
    no_stated_end: "No stated end date",
    issuer: "Issued by",
    document_number: "Document number",
    scope_label: "Applies to",
    policy_scope: |scope| match scope {
        Scope::Park => "The park",
        Scope::Town => "The park's town",
        Scope::District => "Wuqing District",
        Scope::City => "Tianjin",
        Scope::National => "Nationwide",
    },
    validity: "Period of validity",
    valid_range: |from, to| format!("{from} to {to}"),
    status_checked_on: |date| format!("Date of the source for this status: {date}"),
    ask_policies: "Ask which policies apply",

    invest_title: "Investment comparison",

};

pub static INVEST: InvestTexts = InvestTexts {
    invest_description: "Buy land and build, rent a factory or rent offices in Wuqing's four demonstration parks? The process, who each option suits and reference prices for all three, and a calculator of multi-year costs for your project; every default gives its source or is marked as an example assumption.",
    invest_heading: "Ways to get premises compared, with a cost calculator",
    invest_lead: "Buy land and build, or rent a factory? Enter your floor area and horizon and the calculator compares the costs at once; each option’s steps, fit and risks follow below.",
    involves: "Main steps",
    suits: "Suits",
    timeline: "Typical timeline",
    risks: "Risks and points to note",
    reference_prices: "Reference prices",
    chosen: "Selected",
    premises,
    calculator_heading: "Cost calculator",
    calculator_needs_js: "The calculator needs JavaScript to change the assumptions; below are the results for the default assumptions. You can also call ",
    calculator_intro: "Change any input and the results update at once. Every default gives its source and date; where there is no public data it is marked “example assumption”. Amounts are in yuan (CNY); present values are discounted at the discount rate.",
    park_for_scenario: "Park",
    any_park: "Not decided yet",
    group_basics: "Project",
    input_label,
    unit,
    input_error,
    default_is: "Default: ",
    assumption_mark: "Example assumption; actual quotations take precedence",
    reset: "Reset to defaults",
    results_heading: "Results",
    assumptions_heading: "Assumptions (change them and the results update)",
    results_table: "Costs of the three options compared",
    results_stale: "Results not updated: correct the marked inputs first. The results below are still those for the last valid inputs.",
    money,
    rent_per_day,
    headline,
    headline_short: |cheaper, years, saving| {
        format!("Over {}, {} saves about {saving} (present value)", count(years.into(), "year", "years"), premises_in_sentence(cheaper))
    },
    break_even,
    threshold,
    land_needed: |mu| format!("Buying land and building needs about {mu} mu of land (1 mu ≈ 666.7 m²)."),
    row_cash: "Total cash outlay",
    row_present_value: "Present value of outlays",
    row_residual: "Residual value of assets at the end",
    row_net_cost: "Net cost (present value)",
    row_per_m2_year: "Equivalent annual cost per m²",
    after_tax: |saving, rate| {
        let how = "rent deducted as paid, the building depreciated";
        if saving >= 0.0 {
            format!("After enterprise income tax ({rate}%, {how}), buying saves about {} (present value).", money(saving))
        } else {
            format!("After enterprise income tax ({rate}%, {how}), buying costs about {} more (present value).", money(-saving))
        }
    },
    upfront: |buy, factory| format!("Cash needed before moving in: about {buy} to buy and build (land, construction, soft costs and rent meanwhile), about {factory} to rent a factory (deposit and first month's rent)."),
    use_ends: |year| format!("From year {year} the land use right or the building's life has ended: premises are rented at the factory rent from then on, and nothing is left to count at the end."),
    rent_caveat: "Note: the default factory rent is the 2018 Tianjin-wide logistics warehouse rent, not a Wuqing factory quotation; it is the input that decides the answer (see the sensitivity table below), so enter an actual quotation.",
    vat_basis: "All amounts exclude VAT: a general taxpayer deducts the input VAT on rent and construction, so VAT does not change the comparison; a small-scale taxpayer cannot, and should add VAT to the rent and the construction cost.",
    park_same_defaults: "The four parks do not publish their own land prices or rents, so the calculation uses the same district and city reference prices for all four: choosing a park does not change the results; it is sent with an inquiry.",
    link_rejected: |label, given, error, used| {
        let why = match error {
            InputError::OutOfRange { low, high } => format!("is outside {} to {}", plain(low), plain(high)),
            InputError::NotWhole => "is not a whole number".to_string(),
            _ => "could not be read".to_string(),
        };
        format!("The link's {} “{given}” {why}; the default {used} is used instead.", lower_first(label))
    },
    link_corrected: "The address has been corrected.",
    group_tax: "Enterprise income tax",
    row_after_tax: "Net cost after tax (present value)",
    row_upfront: "Cash before moving in",
    sensitivity_heading: "Which input decides the answer",
    sensitivity_intro: "What buying saves over renting a factory (present value; negative: buying costs more) when one input changes and the others stay:",
    sensitivity_input: "Input",
    sensitivity_low: "Lower",
    sensitivity_high: "Higher",
    office_heading: |area| format!("Renting offices ({area} m² of offices)"),
    office_intro: "Offices do not replace a factory, so they are calculated on their own: rent, property management fee, rent-free months and deposit for the office area only.",
    office_net: "Net cost (present value)",
    not_applicable: "—",
    result_item: "Item",
    chart_title: "Cumulative net cost",
    chart_desc: "The net cost of each option, cumulated year by year (present value, after deducting the residual value of assets recoverable at the end), in units of CNY 10,000.",
    chart_year_axis: "Year",
    chart_cost_axis: "CNY 10,000",
    chart_point: |option, year, cost| format!("{option}, year {year}: {cost}"),
    year_table: "Cumulative net cost year by year (table)",
    year_n: |y| format!("Year {y}"),
    compare_parks_heading: "The same scenario in the four parks",
    compare_parks_same_prices: "The four parks do not currently publish their own land prices or rents: the calculation uses the same set of district and city reference prices, so the cost results are the same. What really differs between the parks is shown below:",
    district_distance_note: |beijing| {
        format!(
            "Distances (such as {beijing} to central Beijing) are district-level figures measured from the centre of Wuqing District and are the same for all four parks; there is no public data on each park's own distance to ports and airports."
        )
    },
    consult_scenario: "Ask about this scenario",
    model_notes: "How the calculation works",
    model_notes_text: &[
        "Cash flows are calculated monthly and discounted yearly: an amount paid in year t (counting from 0) is divided by (1 + discount rate)^t. Amounts exclude VAT.",
        "Buy land and build: the land price and deed tax are paid at the start; from then until moving in, the same floor area is rented at the factory rent (without rent-free months); construction and soft costs are paid when construction starts.",
        "Urban land use tax is paid every year while the land is held; from moving in, upkeep and a property tax of 1.2% a year on the original value (land price included) less the deduction.",
        "When the land use right or the building's life ends, premises are rented at the factory rent.",
        "Residual value at the end: the land use right is written down on a straight line over its remaining term, and the building over its remaining service life, less the discount on the end value; it is recovered at the end and discounted.",
        "Rent a factory: the deposit is paid at the start and refunded at the end, so only the time cost of the money counts (it is in the net cost); no rent is paid during the rent-free period.",
        "Equivalent annual cost: the constant amount, paid at the start of each year, with the same present value as the net cost, per m².",
        "After tax: rent, taxes and upkeep are deducted as paid, the building is depreciated over its tax life and the land use right amortised over its term; the sale at the end is taxed or deducted on its difference from the tax base.",
        "Not included: equipment, fit-out, tax incentives and subsidies, loan interest.",
    ],
};

pub static PAGES: PageTexts = PageTexts {
    home_description: "The four demonstration industrial parks of Wuqing District, Tianjin (China Bicycle Kingdom Industrial Park, China Carpet Industrial Park, Tianjin Wuqing Auto Parts Industrial Park and Tianjin Jingbin Industrial Park): park information, location and transport, news and investment inquiries.",
    home_heading: "The four demonstration industrial parks of Wuqing",
    home_kicker: "Wuqing District, Tianjin",
    home_offer: "Compare the four parks with every figure sourced and dated, estimate the cost of buying land or renting, check the incentive policies in force, and reach the investment promotion centre online or by phone.",
    hero_compare: "Compare the parks",
    hero_inquire: "Send an enquiry",
    quick_contact: "Contact the investment office",
    call_label: "Call",
    why_heading: "Why Wuqing",
    parks_heading: "The four demonstration industrial parks",
    town_label: "Town: ",
    renamed_since: |date, name| format!("Renamed {name} {} {date}", on_or_in(date)),
    compare_parks_link: "Compare the four parks →",
    latest_news: "Latest news",
    all_news_link: "All news →",
    services_heading: "Investment services",
    buy_land_hint: "Industrial land by tender, auction or listing, and building your own factory",
    factory_rent_hint: "Standard factory buildings and warehouses",
    office_rent_hint: "Regional headquarters and R&D offices",
    register_hint: "Steps to set up a company through the one-stop online service",
    policies_hint: "Tianjin municipal and Wuqing policy measures",
    foreign_hint: "Negative list and foreign investment registration",

    parks_title: "Park comparison",
    parks_description: "The four demonstration industrial parks of Wuqing compared: location, year founded, planned area, leading industries, representative companies and number of companies, each figure with its date and source; with a location diagram.",
    parks_heading_compare: "The four parks compared",
    parks_lead: "Every figure gives the date it refers to and its source; where there is no reliable public data, it says “No public data available”.",
    map_heading: "Location diagram",
    compare_caption: "The four demonstration industrial parks of Wuqing compared",
    scroll_hint: " (scroll sideways to see all the parks)",
    compare_item: "Item",
    not_renamed: "Not renamed",
    row_names: "Name changes",
    row_town: "Town",
    row_location: "Location",
    row_founded: "Founded",
    row_area: "Planned area",
    row_industries: "Leading industries",
    row_enterprises: "Representative companies",
    row_enterprise_count: "Number of companies",
    row_latest: "Latest known figures",
    row_ready_land: "Industrial land available for transfer",
    renamed_at: |date, name| format!("From {date}: {name}"),
    renamed_to,

    parks_crumb: "Parks",
    ask_about_park: "Ask about this park",
    basics: "Overview",
    industries: "Leading industries",
    enterprises: "Representative companies",
    figures: "Figures",
    history: "History",
    related_news: "Related news",
    all_park_news: |n| format!("See all related news ({}) →", count(n as u64, "item", "items")),
    park_not_found: "Park not found",
    no_such_park: |id| {
        format!("There is no park with the ID “{id}”. The four demonstration industrial parks of Wuqing District are:")
    },

    map_title: "Location diagram of Wuqing District",
    map_desc: "A schematic diagram, not a surveyed map: Wuqing District lies between Beijing and Tianjin. It marks the towns the four parks are in and the distances from the district centre to Beijing, Tianjin, the airports and the port.",
    district: "Wuqing District",
    district_centre: "District centre",
    map_caption_strong: "Schematic diagram (not a surveyed map). ",
    map_caption: "Parks are placed roughly by the town they are in; ",
    map_text_heading: "What the diagram shows (text version)",
    place_not_public: |park| format!("{park} (location not published)"),
    town_unknown: |unknown| format!("Town: {}", lower_first(unknown)),
    distance_from_centre: |place, distance| format!("District centre to {place}: {distance}"),
    map_citation: |date, source| {
        format!(
            "Distances are district-level figures measured from the centre of Wuqing District ({date}; source: {source}), not distances from each park."
        )
    },
    places,

    register_description: "Registering a company in Wuqing, Tianjin: the step-by-step process of setting up a business through the one-stop online service of the Tianjin online government service hall, each step with its official source and that source's date.",
    register_lead: "In Tianjin, businesses are set up through the Tianjin online government service hall (one-stop online service). The steps below come from official guidance, each with its source and that source's date; the documents and time limits that apply are those the government service centre requires on the day.",
    foreign_description: "Foreign investment in Wuqing, Tianjin: negative list management, how project approval and filing differ from company registration, fully online procedures and registering a business address, each with its source and that source's date.",
    foreign_lead: "How things differ for foreign investors compared with domestic companies, and where to apply. Each item gives its source, the source's date and what kind of source it is: government guidance, but also press reports, a trade body's page and republished texts; what the authorities require on the day takes precedence.",
    checked_on: |date| format!("Date of the source this rests on: {date}"),
    ask_us: "Ask the investment promotion centre",
    or_call: "or call",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_at_their_precision() {
        let date = |text| (TEXTS.date)(PartialDate::parse(text).unwrap());
        assert_eq!(date("2025-08-22"), "22 August 2025");
        assert_eq!(date("2014-03"), "March 2014");
        assert_eq!(date("2024"), "2024");
        assert_eq!(date("2016-12-01"), "1 December 2016");
        assert_eq!((TEXTS.as_of)(PartialDate::parse("2014-03").unwrap()), "as of March 2014");
    }

    #[test]
    fn renamings_say_on_a_day_and_in_a_month_or_year() {
        assert_eq!((PAGES.renamed_since)("March 2014", "X Park"), "Renamed X Park in March 2014");
        assert_eq!((PAGES.renamed_since)("22 August 2025", "X Park"), "Renamed X Park on 22 August 2025");
        assert_eq!((PAGES.renamed_to)("2024", "园区", "Y Park"), "Renamed Y Park (园区) in 2024");
        assert_eq!((PAGES.renamed_to)("2024", "Y Park", "Y Park"), "Renamed Y Park in 2024");
    }

    #[test]
    fn load_errors_name_the_file_and_claim_nothing() {
        let network = LoadError::Network { file: "parks.json".into(), detail: "TypeError".into() };
        assert!((TEXTS.error_message)(&network).contains("parks.json"));
        let status = LoadError::Status { file: "x.json".into(), status: 404 };
        assert!((TEXTS.error_message)(&status).contains("404"));
        let status = LoadError::Status { file: "x.json".into(), status: 503 };
        let text = (TEXTS.error_message)(&status);
        assert!(text.contains("x.json") && text.contains("HTTP 503"), "{text}");
    }

    #[test]
    fn money_reads_in_thousands_millions_and_billions() {
        let money = INVEST.money;
        assert_eq!(money(850_000.0), "CNY 850,000");
        assert_eq!(money(1_234.4), "CNY 1,234");
        assert_eq!(money(999.0), "CNY 999");
        assert_eq!(money(0.0), "CNY 0");
        assert_eq!(money(12_345_678.0), "CNY 12.3 million");
        assert_eq!(money(3_000_000.0), "CNY 3 million");
        assert_eq!(money(1.2e9), "CNY 1.2 billion");
        assert_eq!(money(1.234_5e9), "CNY 1.23 billion");
        assert_eq!(money(2.5e12), "CNY 2,500 billion");
    }

    #[test]
    fn money_moves_up_a_unit_when_rounding_reaches_it() {
        let money = INVEST.money;
        assert_eq!(money(999_999.6), "CNY 1 million");
        assert_eq!(money(999_960_000.0), "CNY 1 billion");
        assert_eq!(money(999_940_000.0), "CNY 999.9 million");
    }

    #[test]
    fn money_signs_and_non_numbers() {
        let money = INVEST.money;
        assert_eq!(money(-12_345_678.0), "-CNY 12.3 million");
        assert_eq!(money(-850_000.0), "-CNY 850,000");
        assert_eq!(money(-0.3), "CNY 0");
        assert_eq!(money(f64::NAN), "—");
        assert_eq!(money(f64::INFINITY), "—");
        assert_eq!(money(f64::NEG_INFINITY), "—");
        for value in [f64::NAN, f64::INFINITY, -1e300, 1e300] {
            assert!(!money(value).contains("NaN") && !money(value).contains("inf"), "{value}");
        }
    }

    #[test]
    fn rents_per_square_metre_stay_exact() {
        assert_eq!((INVEST.rent_per_day)(0.8), "CNY 0.8 per m² per day");
        assert_eq!((INVEST.rent_per_day)(1.25), "CNY 1.25 per m² per day");
        assert_eq!(
            (INVEST.threshold)(Some(0.834)),
            "Buying land and building works out cheaper when factory rent is above CNY 0.834 per m² per day."
        );
        assert!(!(INVEST.threshold)(None).contains('—'));
    }

    #[test]
    fn headline_and_counts_agree_in_number() {
        let text = (INVEST.headline)(Premises::BuyLand, Premises::FactoryRent, 1, "CNY 3.1 million");
        assert_eq!(
            text,
            "On these assumptions, over 1 year, buying land and building costs about CNY 3.1 million less than renting a factory (present value)."
        );
        assert!((INVEST.break_even)(&[], 20).starts_with("Over 20 years,"));
        assert!((INVEST.break_even)(&[(7, 20)], 20).contains("from year 7 to year 20"));
        assert!((INVEST.break_even)(&[(9, 30)], 40).contains("only in years 9–30, and dearer"));
        assert!((INVEST.break_even)(&[(3, 3), (5, 6)], 10).contains("only in year 3, years 5–6"));
        assert_eq!((TEXTS.result_count)(1), "1 result");
        assert_eq!((TEXTS.result_count)(0), "0 results");
        assert_eq!((TEXTS.policy_count)(3), "3 policies");
        assert_eq!((PAGES.all_park_news)(1), "See all related news (1 item) →");
    }

    #[test]
    fn input_errors_say_how_to_fix() {
        let error = INVEST.input_error;
        assert_eq!(error(Input::DiscountRate, InputError::Empty), "Enter the discount rate");
        assert_eq!(
            error(Input::FloorArea, InputError::NotANumber),
            "Floor area needed for production must be a number, like 100,000"
        );
        assert_eq!(error(Input::Years, InputError::NotWhole), "Comparison period must be a whole number");
        assert_eq!(
            error(Input::DepositMonths, InputError::OutOfRange { low: 0.0, high: 24.0 }),
            "Deposit must be between 0 and 24 months"
        );
        assert_eq!(
            error(Input::FactoryGrowth, InputError::OutOfRange { low: -20.0, high: 30.0 }),
            "Annual factory rent increase must be between -20 and 30%/year"
        );
        assert_eq!(
            error(Input::LandPrice, InputError::OutOfRange { low: 0.0, high: 10_000_000.0 }),
            "Land price must be between 0 and 10,000,000 CNY/mu"
        );
    }

    #[test]
    fn units_and_qualifiers_read_in_english() {
        assert_eq!((INVEST.unit)(Unit::YuanPerM2Day), "CNY/m²/day");
        assert_eq!((INVEST.unit)(Unit::Ratio), "×");
        assert_eq!((TEXTS.qualifier)(Qualifier::Over), "over ");
        assert_eq!((PAGES.town_unknown)(TEXTS.unknown), "Town: no public data available");
    }
}

//! Every site path in one place: the pages the site has (`Page`), typed builders for links
//! to them, and the deployment base (`/` on its own host, `/sub/` under a sub-path) that every
//! href carries. The router table, the views, the prerender step and the sitemap all use these.

use super::model::ArticleSummary;
use super::news_lists::{NewsList, NewsLists, Scope};
use super::news_query::NewsQuery;

/// A page of the site, as its path names it (the query is the page's state, not its identity).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    Parks,
    Park(String),
    /// The news search (`/news?…`), which also shows the first page of all news.
    News,
    /// A static news list page: all news from page 2 on, a park's, a year's (`news_lists`).
    NewsList(NewsList),
    Article(String),
    Invest,
    Register,
    Foreign,
    Policies,
    Contact,
    Privacy,
    /// 园区招商政策汇编: the parks, the policies in force and the steps, as one printable guide.
    Guide,
}

impl Page {
    /// Recognises a site path (no base, no query); a trailing slash is allowed.
    pub fn parse(path: &str) -> Option<Page> {
        let trimmed = path.trim_end_matches('/');
        let segments: Vec<&str> = trimmed.split('/').skip(1).collect();
        if !path.starts_with('/') {
            return None;
        }
        let id = |s: &str| (!s.is_empty()).then(|| s.to_string());
        Some(match segments.as_slice() {
            [] => Page::Home,
            ["parks"] => Page::Parks,
            ["parks", park] => Page::Park(id(park)?),
            ["news"] => Page::News,
            ["news", "page", n] => Page::NewsList(NewsList::from_parts(None, None, Some(n))?),
            ["news", "park", park] => Page::NewsList(NewsList::from_parts(Some(park), None, None)?),
            ["news", "park", park, "page", n] => Page::NewsList(NewsList::from_parts(Some(park), None, Some(n))?),
            ["news", "year", year] => Page::NewsList(NewsList::from_parts(None, Some(year), None)?),
            ["news", "year", year, "page", n] => Page::NewsList(NewsList::from_parts(None, Some(year), Some(n))?),
            ["news", article] => Page::Article(id(article)?),
            ["invest"] => Page::Invest,
            ["invest", "register"] => Page::Register,
            ["invest", "foreign"] => Page::Foreign,
            ["policies"] => Page::Policies,
            ["contact"] => Page::Contact,
            ["privacy"] => Page::Privacy,
            ["guide"] => Page::Guide,
            _ => return None,
        })
    }

    /// The page's path, e.g. `/parks/carpet`.
    pub fn path(&self) -> String {
        match self {
            Page::Home => "/".into(),
            Page::Parks => "/parks".into(),
            Page::Park(id) => format!("/parks/{id}"),
            Page::News => "/news".into(),
            Page::NewsList(list) => list.path(),
            Page::Article(id) => format!("/news/{id}"),
            Page::Invest => "/invest".into(),
            Page::Register => "/invest/register".into(),
            Page::Foreign => "/invest/foreign".into(),
            Page::Policies => "/policies".into(),
            Page::Contact => "/contact".into(),
            Page::Privacy => "/privacy".into(),
            Page::Guide => "/guide".into(),
        }
    }
}

/// The attribute of the element a widget renders into (`<div data-widget="news">`): a page
/// whose HTML holds one downloads and starts that widget's code, and only that.
pub const WIDGET_ATTRIBUTE: &str = "data-widget";

/// The attribute the prerender step puts on `<html>` of a page with a widget.
pub const INTERACTIVE_ATTRIBUTE: &str = "data-interactive";

/// Marks `<html>` when the build's config.json names no inquiry endpoint: the contact page
/// says so before the form until it has read the file itself.
pub const INQUIRIES_OFFLINE_ATTRIBUTE: &str = "data-inquiries-offline";

/// Every page the site has for this content, in sitemap order: the parks (by id) and the
/// news articles decide which park, article and news list pages there are.
pub fn all_pages<'a>(park_ids: impl IntoIterator<Item = &'a str> + Clone, articles: &[ArticleSummary]) -> Vec<Page> {
    let mut pages = vec![Page::Home, Page::Parks];
    pages.extend(park_ids.clone().into_iter().map(|id| Page::Park(id.to_string())));
    pages.push(Page::News);
    pages.extend(NewsLists::new(articles, park_ids).all_pages().into_iter().map(Page::NewsList));
    pages.extend(articles.iter().map(|a| Page::Article(a.id.clone())));
    pages.extend([
        Page::Invest,
        Page::Register,
        Page::Foreign,
        Page::Policies,
        Page::Contact,
        Page::Guide,
        Page::Privacy,
    ]);
    pages
}

/// `/parks/<id>`.
pub fn park(id: &str) -> String {
    Page::Park(id.to_string()).path()
}

/// `/news/<id>`.
pub fn article(id: &str) -> String {
    Page::Article(id.to_string()).path()
}

/// `/news?…` with this search and filter state.
pub fn news(query: &NewsQuery) -> String {
    query.href()
}

/// Where page `page` of the news search's results is: with nothing searched or filtered, the
/// static list page (`/news`, `/news/page/2`), which a visitor without JavaScript can follow
/// too; otherwise the search page with its query (`/news?q=…&page=2`).
pub fn news_page(query: &NewsQuery, page: usize) -> String {
    match query.is_unfiltered() {
        true => NewsList { scope: Scope::All, page }.path(),
        false => query.with_page(page).href(),
    }
}

/// A static news list page: `/news/page/2`, `/news/park/<id>`, `/news/year/2024/page/2`.
pub fn news_list(list: &NewsList) -> String {
    list.path()
}

/// `/invest`, or `/invest?option=<id>` with one option highlighted.
pub fn invest(option: Option<&str>) -> String {
    with_query("/invest", &[("option", option)])
}

/// `/contact`, prefilled with an inquiry topic id, a park id and a calculator scenario (the
/// calculator's query string) when given.
pub fn contact(topic: Option<&str>, park: Option<&str>, scenario: Option<&str>) -> String {
    with_query("/contact", &[("topic", topic), ("park", park), ("scenario", scenario.filter(|s| !s.is_empty()))])
}

/// A `tel:` link for a number as it is written: `400-162-2002` → `tel:4001622002`.
pub fn tel(number: &str) -> String {
    let digits: String = number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{digits}")
}

fn with_query(path: &str, pairs: &[(&str, Option<&str>)]) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (key, value) in pairs {
        if let Some(value) = value {
            query.append_pair(key, value);
        }
    }
    match query.finish() {
        q if q.is_empty() => path.to_string(),
        q => format!("{path}?{q}"),
    }
}

/// Splits a site link into its page and its query: `/invest?option=buy-land` →
/// (`Page::Invest`, `option=buy-land`). `None` when the path names no page.
pub fn resolve(link: &str) -> Option<(Page, &str)> {
    let (path, query) = link.split_once('?').unwrap_or((link, ""));
    Page::parse(path).map(|page| (page, query))
}

/// Where the site is mounted: `""` at the host root, `/sub` under a sub-path. Set once by
/// whoever starts the app (the browser reads the document base, the prerender step is told).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Base(String);

impl Base {
    /// From a public URL path such as `/`, `/sub/` or `sub`.
    pub fn new(public_path: &str) -> Self {
        let trimmed = public_path.trim_matches('/');
        Base(if trimmed.is_empty() { String::new() } else { format!("/{trimmed}") })
    }

    /// The base without its trailing slash: `""` or `/sub`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A site path as an href under the base: `/parks` → `/sub/parks`.
    pub fn href(&self, path: &str) -> String {
        format!("{}{path}", self.0)
    }

    /// The base of the English pages of the site mounted here: `/sub` → `/sub/en`.
    pub fn english(&self) -> Base {
        Base(format!("{}/en", self.0))
    }

    /// A location path without the base: `/sub/parks` → `/parks` (other paths unchanged).
    pub fn strip<'a>(&self, pathname: &'a str) -> &'a str {
        match pathname.strip_prefix(self.0.as_str()) {
            Some("") => "/",
            Some(rest) if rest.starts_with('/') => rest,
            _ => pathname,
        }
    }
}

/// Whether a location path (as the browser shows it) is an English page of the site mounted at
/// `site`: `/sub/en`, `/sub/en/…`.
pub fn is_english(site: &Base, pathname: &str) -> bool {
    let rest = site.strip(pathname);
    rest == "/en" || rest.starts_with("/en/")
}

/// The same page, with the same query, in the other language: `/sub/news?park=carpet` ↔
/// `/sub/en/news?park=carpet`. `search` is the query with or without its `?`.
pub fn other_language(site: &Base, pathname: &str, search: &str) -> String {
    let english = site.english();
    let href = if is_english(site, pathname) {
        site.href(english.strip(pathname))
    } else {
        english.href(site.strip(pathname))
    };
    with_search(&href, search)
}

/// `href` with the query `search` (given with or without its `?`), if there is one.
fn with_search(href: &str, search: &str) -> String {
    match search.trim_start_matches('?') {
        "" => href.to_string(),
        query => format!("{href}?{query}"),
    }
}

/// A link to `fragment` on this very page (`/sub/news?q=x#main`), for a document with a
/// `<base href>`: a bare `#main` would resolve against the base, i.e. lead to the home page.
/// `search` is the query with or without its `?`.
pub fn on_this_page(pathname: &str, search: &str, fragment: &str) -> String {
    format!("{}#{fragment}", with_search(pathname, search))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_fragment_link_stays_on_its_page() {
        assert_eq!(on_this_page("/sub/parks", "", "main"), "/sub/parks#main");
        assert_eq!(on_this_page("/news", "?q=x", "main"), "/news?q=x#main");
        assert_eq!(on_this_page("/en/news", "park=carpet", "main"), "/en/news?park=carpet#main");
    }

    fn summary(id: &str, date: &str, parks: &[&str]) -> ArticleSummary {
        ArticleSummary {
            id: id.into(),
            title: id.into(),
            date: crate::date::PartialDate::parse(date).unwrap(),
            category: "industry-news".into(),
            region: String::new(),
            parks: parks.iter().map(|p| p.to_string()).collect(),
            tags: Vec::new(),
            summary: String::new(),
            original: None,
        }
    }

    #[test]
    fn languages_switch_in_place() {
        let root = Base::new("/");
        assert!(is_english(&root, "/en") && is_english(&root, "/en/parks/carpet"));
        assert!(!is_english(&root, "/english") && !is_english(&root, "/parks"));
        assert_eq!(other_language(&root, "/news", "park=carpet"), "/en/news?park=carpet");
        assert_eq!(other_language(&root, "/en/news", "?park=carpet"), "/news?park=carpet");
        assert_eq!(other_language(&root, "/", ""), "/en/");
        assert_eq!(other_language(&root, "/en/", ""), "/");
        assert_eq!(other_language(&root, "/en", ""), "/");
        let sub = Base::new("/sub/");
        assert_eq!(sub.english().href("/parks"), "/sub/en/parks");
        assert_eq!(other_language(&sub, "/sub/parks/carpet", ""), "/sub/en/parks/carpet");
        assert_eq!(other_language(&sub, "/sub/en/parks/carpet", "x=1"), "/sub/parks/carpet?x=1");
    }

    #[test]
    fn paths_name_pages_and_back() {
        let many: Vec<ArticleSummary> =
            (0..25).map(|i| summary(&format!("2025-08-{i}-x"), "2025-08", &["carpet"])).collect();
        let pages = all_pages(["carpet", "jingbin"], &many);
        for page in &pages {
            assert_eq!(Page::parse(&page.path()), Some(page.clone()), "{page:?}");
        }
        let lists: Vec<String> = pages.iter().filter(|p| matches!(p, Page::NewsList(_))).map(Page::path).collect();
        assert_eq!(
            lists,
            [
                "/news/page/2",
                "/news/park/carpet",
                "/news/park/carpet/page/2",
                "/news/park/jingbin",
                "/news/year/2025",
                "/news/year/2025/page/2"
            ]
        );
        assert_eq!(
            Page::parse("/news/park/carpet/"),
            Some(Page::NewsList(NewsList::first(Scope::Park("carpet".into()))))
        );
        assert_eq!(Page::parse("/news/page/1"), None, "page 1 of all news is /news");
        assert_eq!(Page::parse("/news/park"), Some(Page::Article("park".into())), "an article may be called so");
        assert_eq!(Page::parse("/parks/"), Some(Page::Parks));
        assert_eq!(Page::parse("/parks/carpet/extra"), None);
        assert_eq!(Page::parse("/nowhere"), None);
        assert_eq!(Page::parse("parks"), None);
    }

    #[test]
    fn builders_leave_out_what_is_not_given() {
        assert_eq!(invest(None), "/invest");
        assert_eq!(invest(Some("buy-land")), "/invest?option=buy-land");
        assert_eq!(contact(Some("policy"), Some("carpet"), None), "/contact?topic=policy&park=carpet");
        assert_eq!(contact(None, Some("carpet"), Some("")), "/contact?park=carpet");
        assert_eq!(
            contact(Some("land"), None, Some("area=8000&years=15")),
            "/contact?topic=land&scenario=area%3D8000%26years%3D15"
        );
        assert_eq!(tel("400-162-2002"), "tel:4001622002");
        assert_eq!(tel("+86 22 8212 3456"), "tel:+862282123456");
        assert_eq!(resolve("/invest?option=buy-land"), Some((Page::Invest, "option=buy-land")));
    }

    #[test]
    fn the_plain_pager_leads_to_static_pages_and_a_search_keeps_its_query() {
        let plain = NewsQuery::parse("");
        assert_eq!(news_page(&plain, 1), "/news");
        assert_eq!(news_page(&plain, 2), "/news/page/2");
        assert_eq!(news_page(&NewsQuery::parse("page=3"), 2), "/news/page/2");
        assert_eq!(news_page(&NewsQuery::parse("q=园区&page=3"), 2), "/news?q=%E5%9B%AD%E5%8C%BA&page=2");
        assert_eq!(news_page(&NewsQuery::parse("park=carpet"), 1), "/news?park=carpet");
        let carpet = NewsList::first(Scope::Park("carpet".into()));
        assert_eq!(news_list(&carpet.with_page(2)), "/news/park/carpet/page/2");
    }

    #[test]
    fn the_base_is_added_and_stripped() {
        assert_eq!(Base::new("/").href("/parks"), "/parks");
        let sub = Base::new("/sub/");
        assert_eq!(sub.as_str(), "/sub");
        assert_eq!(sub.href("/parks"), "/sub/parks");
        assert_eq!(sub.strip("/sub/parks"), "/parks");
        assert_eq!(sub.strip("/sub"), "/");
        assert_eq!(sub.strip("/subway"), "/subway");
        assert_eq!(Base::new("").strip("/news"), "/news");
    }

    proptest! {
        #[test]
        fn strip_undoes_href(base in "(/[a-z]{1,6}){0,2}/?", path in "(/[a-z0-9-]{1,8}){1,3}") {
            let base = Base::new(&base);
            let href = base.href(&path);
            prop_assert_eq!(base.strip(&href), path.as_str());
        }
    }
}

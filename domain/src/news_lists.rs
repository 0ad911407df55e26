//! The news as static list pages, for visitors without JavaScript and for crawlers: all news
//! (`/news`, `/news/page/2`, …), one park's (`/news/park/<id>`, `/news/park/<id>/page/2`) and
//! one year's (`/news/year/2024`). Which articles each page holds, how many pages a list has,
//! which years have news: every article is on exactly one page of each list it belongs to, so
//! following the pager reaches all of them. The search page (`/news?…`) is the interactive
//! view of the same index; these pages are the part that works with links alone.

use super::model::ArticleSummary;
use super::news::{newest_first, FacetCount};
use super::news_query::PAGE_SIZE;

/// Which articles a list holds.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Every article.
    All,
    /// The articles about one park (by id).
    Park(String),
    /// The articles dated in one year.
    Year(u16),
}

impl Scope {
    /// Whether `article` belongs in this list.
    pub fn includes(&self, article: &ArticleSummary) -> bool {
        match self {
            Scope::All => true,
            Scope::Park(park) => article.parks.iter().any(|p| p == park),
            Scope::Year(year) => article.date.year == *year,
        }
    }
}

/// One page of one list: what a static list path names.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NewsList {
    pub scope: Scope,
    /// 1-based. Page 1 of `Scope::All` is `/news` itself, the search page.
    pub page: usize,
}

impl NewsList {
    /// The first page of a list.
    pub fn first(scope: Scope) -> Self {
        NewsList { scope, page: 1 }
    }

    /// The same list on another page.
    pub fn with_page(&self, page: usize) -> Self {
        NewsList { scope: self.scope.clone(), page }
    }

    /// The list's path: `/news/page/2`, `/news/park/carpet`, `/news/year/2024/page/2`;
    /// page 1 of all news is `/news`.
    pub fn path(&self) -> String {
        let list = match &self.scope {
            Scope::All => "/news".to_string(),
            Scope::Park(id) => format!("/news/park/{id}"),
            Scope::Year(year) => format!("/news/year/{year}"),
        };
        match self.page {
            0 | 1 => list,
            page => format!("{list}/page/{page}"),
        }
    }

    /// A list page from the parts of its path, as written: a park id or a year (not both) and
    /// a page number (none for the first page). Only the way `path` writes a list is
    /// accepted (no `page/1`, no `page/02`, a year of four digits), so each page has one
    /// address. `/news` itself (all news, no page) is the search page, not a list page.
    pub fn from_parts(park: Option<&str>, year: Option<&str>, page: Option<&str>) -> Option<Self> {
        let scope = match (park, year) {
            (None, None) => Scope::All,
            (Some(park), None) if !park.is_empty() => Scope::Park(park.to_string()),
            (None, Some(year)) => Scope::Year(canonical_number(year).filter(|_| year.len() == 4)?.try_into().ok()?),
            _ => return None,
        };
        let page = match page {
            None if scope == Scope::All => return None,
            None => 1,
            Some(page) => canonical_number(page).filter(|&p| p >= 2)?,
        };
        Some(NewsList { scope, page })
    }
}

/// A number written without sign, leading zeros or anything else.
fn canonical_number(text: &str) -> Option<usize> {
    let number: usize = text.parse().ok()?;
    (number.to_string() == text).then_some(number)
}

/// How many pages a list of `count` articles takes: at least one (an empty list says so).
pub fn page_count(count: usize) -> usize {
    count.div_ceil(PAGE_SIZE).max(1)
}

/// One page of a list, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct ListPage<'a> {
    /// This page's articles, newest first.
    pub items: Vec<&'a ArticleSummary>,
    /// The page shown (1-based) and how many the list has.
    pub page: usize,
    pub pages: usize,
    /// Articles in the whole list.
    pub total: usize,
}

/// The news index as lists: articles newest first (the order `Catalog` shows), and the parks
/// that have a list (those the site profiles, whether or not any news is about them yet).
pub struct NewsLists<'a> {
    articles: Vec<&'a ArticleSummary>,
    parks: Vec<String>,
}

impl<'a> NewsLists<'a> {
    /// `articles` in any order; `parks`: the park ids that get a list, in display order.
    pub fn new<'p>(articles: &'a [ArticleSummary], parks: impl IntoIterator<Item = &'p str>) -> Self {
        let mut articles: Vec<&ArticleSummary> = articles.iter().collect();
        articles.sort_by(|a, b| newest_first(a, b));
        Self { articles, parks: parks.into_iter().map(String::from).collect() }
    }

    /// Whether the list exists: all news, a park the site profiles, or a year with news.
    pub fn has(&self, scope: &Scope) -> bool {
        match scope {
            Scope::All => true,
            Scope::Park(park) => self.parks.contains(park),
            Scope::Year(_) => self.articles.iter().any(|a| scope.includes(a)),
        }
    }

    /// How many articles there are in all.
    pub fn total(&self) -> usize {
        self.articles.len()
    }

    /// Every article in the list, newest first.
    pub fn articles(&self, scope: &Scope) -> Vec<&'a ArticleSummary> {
        self.articles.iter().copied().filter(|a| scope.includes(a)).collect()
    }

    /// The page `list` names; `None` when there is no such list or no such page.
    pub fn page(&self, list: &NewsList) -> Option<ListPage<'a>> {
        if !self.has(&list.scope) {
            return None;
        }
        let all = self.articles(&list.scope);
        let pages = page_count(all.len());
        if list.page == 0 || list.page > pages {
            return None;
        }
        let items = all.iter().copied().skip((list.page - 1) * PAGE_SIZE).take(PAGE_SIZE).collect();
        Some(ListPage { items, page: list.page, pages, total: all.len() })
    }

    /// The parks with how many articles are about each, in the order given.
    pub fn parks(&self) -> Vec<FacetCount> {
        let count = |park: &String| self.articles.iter().filter(|a| a.parks.contains(park)).count();
        self.parks.iter().map(|park| FacetCount { value: park.clone(), count: count(park) }).collect()
    }

    /// The years that have news, newest first, with how many articles each has.
    pub fn years(&self) -> Vec<(u16, usize)> {
        let mut years: Vec<(u16, usize)> = Vec::new();
        // Newest first already: equal years are next to each other.
        for article in &self.articles {
            match years.last_mut() {
                Some((year, count)) if *year == article.date.year => *count += 1,
                _ => years.push((article.date.year, 1)),
            }
        }
        years
    }

    /// Every static list page (all of them but `/news` itself): the further pages of all
    /// news, then each park's pages, then each year's.
    pub fn all_pages(&self) -> Vec<NewsList> {
        let mut scopes = vec![(Scope::All, self.articles.len())];
        scopes.extend(self.parks().into_iter().map(|p| (Scope::Park(p.value), p.count)));
        scopes.extend(self.years().into_iter().map(|(year, count)| (Scope::Year(year), count)));
        scopes
            .into_iter()
            .flat_map(|(scope, count)| (1..=page_count(count)).map(move |page| NewsList { scope: scope.clone(), page }))
            .filter(|list| !(list.scope == Scope::All && list.page == 1))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::PartialDate;
    use crate::news::{Catalog, FacetOrder};
    use crate::news_query::NewsQuery;
    use crate::routes::Page;
    use proptest::prelude::*;

    fn article(id: &str, date: &str, parks: &[&str]) -> ArticleSummary {
        ArticleSummary {
            id: id.into(),
            title: format!("title {id}"),
            date: PartialDate::parse(date).unwrap(),
            category: "industry-news".into(),
            region: "天津-武清区".into(),
            parks: parks.iter().map(|p| p.to_string()).collect(),
            tags: Vec::new(),
            summary: String::new(),
            original: None,
        }
    }

    const PARKS: [&str; 2] = ["carpet", "jingbin"];

    #[test]
    fn paths_are_written_one_way_and_read_back() {
        let cases = [
            (NewsList { scope: Scope::All, page: 2 }, "/news/page/2"),
            (NewsList::first(Scope::Park("carpet".into())), "/news/park/carpet"),
            (NewsList { scope: Scope::Park("carpet".into()), page: 3 }, "/news/park/carpet/page/3"),
            (NewsList::first(Scope::Year(2024)), "/news/year/2024"),
            (NewsList { scope: Scope::Year(2024), page: 2 }, "/news/year/2024/page/2"),
        ];
        for (list, path) in cases {
            assert_eq!(list.path(), path);
        }
        assert_eq!(NewsList::first(Scope::All).path(), "/news", "page 1 of all news is the search page");
        let parts = NewsList::from_parts;
        assert_eq!(parts(None, None, Some("2")), Some(NewsList { scope: Scope::All, page: 2 }));
        assert_eq!(parts(None, Some("2024"), None), Some(NewsList::first(Scope::Year(2024))));
        for refused in [
            parts(None, None, None),
            parts(None, None, Some("1")),
            parts(None, None, Some("02")),
            parts(None, None, Some("+2")),
            parts(None, None, Some("two")),
            parts(Some("carpet"), None, Some("1")),
            parts(Some(""), None, None),
            parts(None, Some("24"), None),
            parts(None, Some("02024"), None),
            parts(Some("carpet"), Some("2024"), None),
        ] {
            assert_eq!(refused, None);
        }
    }

    #[test]
    fn pages_hold_twenty_newest_first_and_lists_know_their_end() {
        let many: Vec<ArticleSummary> =
            (0..45).map(|i| article(&format!("a{i:02}"), &format!("20{:02}-01-01", i % 20 + 5), &["carpet"])).collect();
        let lists = NewsLists::new(&many, PARKS);
        let first = lists.page(&NewsList { scope: Scope::All, page: 1 }).unwrap();
        assert_eq!((first.items.len(), first.pages, first.total), (PAGE_SIZE, 3, 45));
        assert!(first.items.windows(2).all(|w| w[0].date >= w[1].date));
        let last = lists.page(&NewsList { scope: Scope::All, page: 3 }).unwrap();
        assert_eq!(last.items.len(), 5);
        assert_eq!(lists.page(&NewsList { scope: Scope::All, page: 4 }), None, "no page past the end");
        assert_eq!(lists.page(&NewsList { scope: Scope::All, page: 0 }), None);
        let jingbin = lists.page(&NewsList::first(Scope::Park("jingbin".into()))).unwrap();
        assert_eq!((jingbin.items.len(), jingbin.pages), (0, 1), "a profiled park without news has an empty list");
        assert_eq!(lists.page(&NewsList::first(Scope::Park("harbour".into()))), None, "an unknown park has none");
        assert_eq!(lists.page(&NewsList::first(Scope::Year(1999))), None, "a year without news has none");
    }

    #[test]
    fn years_are_newest_first_with_counts_and_month_dates_count_in_their_year() {
        let articles = [
            article("a", "2024-05-01", &[]),
            article("b", "2014-03", &[]),
            article("c", "2024", &[]),
            article("d", "2014-12-31", &[]),
        ];
        let lists = NewsLists::new(&articles, PARKS);
        assert_eq!(lists.years(), vec![(2024, 2), (2014, 2)]);
        let y2014: Vec<&str> = lists.articles(&Scope::Year(2014)).iter().map(|a| a.id.as_str()).collect();
        assert_eq!(y2014, ["d", "b"]);
        let paths: Vec<String> = lists.all_pages().iter().map(NewsList::path).collect();
        assert_eq!(paths, ["/news/park/carpet", "/news/park/jingbin", "/news/year/2024", "/news/year/2014"]);
    }

    fn any_articles() -> impl Strategy<Value = Vec<ArticleSummary>> {
        let one = (2000u16..2027, proptest::option::of(1u8..=12), proptest::sample::subsequence(PARKS.to_vec(), 0..=2));
        proptest::collection::vec(one, 0..130).prop_map(|specs| {
            specs
                .into_iter()
                .enumerate()
                .map(|(i, (year, month, parks))| {
                    let date = match month {
                        Some(m) => format!("{year}-{m:02}"),
                        None => year.to_string(),
                    };
                    article(&format!("a{i}"), &date, &parks)
                })
                .collect()
        })
    }

    /// The search page's query for a list's page: a park filter, or a year as a date range.
    fn as_query(scope: &Scope, page: usize) -> NewsQuery {
        let query = NewsQuery { page, ..NewsQuery::default() };
        match scope {
            Scope::All => query,
            Scope::Park(park) => NewsQuery { park: Some(park.clone()), ..query },
            Scope::Year(year) => NewsQuery {
                from: Some(PartialDate::ymd(*year, 1, 1)),
                to: Some(PartialDate::ymd(*year, 12, 31)),
                ..query
            },
        }
    }

    proptest! {
        /// Following a list's pages reaches every article in it exactly once, in the order the
        /// search page shows them; and each article is in its parks' lists and its year's.
        #[test]
        fn every_article_is_on_exactly_one_page_of_each_of_its_lists(articles in any_articles()) {
            let lists = NewsLists::new(&articles, PARKS);
            let order = FacetOrder { parks: PARKS.map(String::from).to_vec(), categories: Vec::new(), tags: Vec::new() };
            let catalog = Catalog::new(&articles, order);
            let every = lists.all_pages();
            let mut scopes = vec![Scope::All];
            scopes.extend(PARKS.iter().map(|p| Scope::Park(p.to_string())));
            scopes.extend(lists.years().iter().map(|(y, _)| Scope::Year(*y)));
            for scope in &scopes {
                let first = lists.page(&NewsList::first(scope.clone())).unwrap();
                let mut seen: Vec<&str> = Vec::new();
                for page in 1..=first.pages {
                    let list = NewsList { scope: scope.clone(), page };
                    prop_assert!(list == NewsList::first(Scope::All) || every.contains(&list), "{list:?} is a static page");
                    let shown = lists.page(&list).unwrap();
                    prop_assert_eq!(shown.pages, first.pages);
                    prop_assert!(shown.items.len() <= PAGE_SIZE && (page == first.pages || shown.items.len() == PAGE_SIZE));
                    seen.extend(shown.items.iter().map(|a| a.id.as_str()));
                    // The same page as the search page shows for the same filter.
                    let searched: Vec<String> = catalog.search(&as_query(scope, page)).items.into_iter().map(|a| a.id).collect();
                    let listed: Vec<String> = shown.items.iter().map(|a| a.id.clone()).collect();
                    prop_assert_eq!(listed, searched);
                }
                let past_the_end = NewsList { scope: scope.clone(), page: first.pages + 1 };
                prop_assert!(lists.page(&past_the_end).is_none());
                let expected: Vec<&str> = articles.iter().filter(|a| scope.includes(a)).map(|a| a.id.as_str()).collect();
                let mut sorted = seen.clone();
                sorted.sort_unstable();
                sorted.dedup();
                prop_assert_eq!(sorted.len(), seen.len(), "no article twice in {:?}", scope);
                prop_assert_eq!(seen.len(), expected.len(), "every article of {:?}", scope);
                prop_assert!(expected.iter().all(|id| seen.contains(id)));
            }
            // Each article is in its year's list and each of its parks' lists.
            for a in &articles {
                prop_assert!(lists.articles(&Scope::Year(a.date.year)).iter().any(|b| b.id == a.id));
                for park in &a.parks {
                    prop_assert!(lists.articles(&Scope::Park(park.clone())).iter().any(|b| b.id == a.id));
                }
            }
            // Every static page's path reads back as the same page, and no two share one.
            let mut paths: Vec<String> = every.iter().map(NewsList::path).collect();
            for list in &every {
                prop_assert_eq!(Page::parse(&list.path()), Some(Page::NewsList(list.clone())));
            }
            paths.sort();
            let count = paths.len();
            paths.dedup();
            prop_assert_eq!(paths.len(), count);
        }
    }
}

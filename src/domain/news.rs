//! Filtering and searching the news index, built once per index so each keystroke is one
//! pass over precomputed, normalised text. Also the article page's neighbours: related
//! articles and previous/next by date.

use super::model::ArticleSummary;
use super::news_query::{NewsQuery, PAGE_SIZE};
use super::text::{normalize, terms, Term};

/// The index prepared for searching: articles newest first, each with its search text.
#[derive(PartialEq)]
pub struct Catalog {
    articles: Vec<ArticleSummary>,
    haystacks: Vec<String>,
}

/// A facet value with how many articles the visitor would get by choosing it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetCount {
    pub value: String,
    pub count: usize,
}

/// One page of results and the facet counts around it. Each facet's counts ignore that
/// facet's own filter, so they say what choosing another value would give.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    /// Articles matching every filter, newest first.
    pub total: usize,
    /// The requested page, clamped to the pages that exist.
    pub page: usize,
    pub pages: usize,
    pub items: Vec<ArticleSummary>,
    pub parks: Vec<FacetCount>,
    pub categories: Vec<FacetCount>,
    pub tags: Vec<FacetCount>,
    pub terms: Vec<Term>,
}

impl Catalog {
    pub fn new(articles: &[ArticleSummary]) -> Self {
        let mut articles = articles.to_vec();
        articles.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id)));
        let haystacks = articles
            .iter()
            .map(|a| normalize(&format!("{}\n{}\n{}\n{}", a.title, a.summary, a.tags.join("\n"), a.category)))
            .collect();
        Self { articles, haystacks }
    }

    /// All articles, newest first.
    pub fn articles(&self) -> &[ArticleSummary] {
        &self.articles
    }

    pub fn get(&self, id: &str) -> Option<&ArticleSummary> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// Runs the query: the page of results plus facet counts.
    pub fn search(&self, query: &NewsQuery, facet_order: &FacetOrder) -> Results {
        let terms = terms(&query.q);
        let mut hits = Vec::new();
        let mut parks = vec![0usize; facet_order.parks.len()];
        let mut categories = vec![0usize; facet_order.categories.len()];
        let mut tags = vec![0usize; facet_order.tags.len()];
        for (i, article) in self.articles.iter().enumerate() {
            if !terms.iter().all(|t| t.found_in(&self.haystacks[i])) || !in_dates(article, query) {
                continue;
            }
            let park_ok = query.park.as_ref().is_none_or(|p| article.parks.contains(p));
            let category_ok = query.category.as_ref().is_none_or(|c| &article.category == c);
            let tag_ok = query.tag.as_ref().is_none_or(|t| article.tags.contains(t));
            if park_ok && category_ok && tag_ok {
                hits.push(article);
            }
            // Facet counts: everything but the facet itself must match.
            if category_ok && tag_ok {
                count_into(&mut parks, &facet_order.parks, article.parks.iter());
            }
            if park_ok && tag_ok {
                count_into(&mut categories, &facet_order.categories, std::iter::once(&article.category));
            }
            if park_ok && category_ok {
                count_into(&mut tags, &facet_order.tags, article.tags.iter());
            }
        }
        let total = hits.len();
        let pages = total.div_ceil(PAGE_SIZE).max(1);
        let page = query.page.clamp(1, pages);
        let items = hits.into_iter().skip((page - 1) * PAGE_SIZE).take(PAGE_SIZE).cloned().collect();
        let counts = |values: &[String], counts: Vec<usize>| {
            values.iter().zip(counts).map(|(value, count)| FacetCount { value: value.clone(), count }).collect()
        };
        Results {
            total,
            page,
            pages,
            items,
            parks: counts(&facet_order.parks, parks),
            categories: counts(&facet_order.categories, categories),
            tags: counts(&facet_order.tags, tags),
            terms,
        }
    }

    /// Up to `n` other articles sharing a park or a tag, most shared first, then newest.
    pub fn related(&self, article: &ArticleSummary, n: usize) -> Vec<&ArticleSummary> {
        let mut scored: Vec<(usize, &ArticleSummary)> = self
            .articles
            .iter()
            .filter(|other| other.id != article.id)
            .map(|other| {
                let parks = other.parks.iter().filter(|p| article.parks.contains(p)).count();
                let tags = other.tags.iter().filter(|t| article.tags.contains(t)).count();
                (parks * 2 + tags, other)
            })
            .filter(|(score, _)| *score > 0)
            .collect();
        // Stable sort keeps newest-first among equal scores.
        scored.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
        scored.into_iter().take(n).map(|(_, a)| a).collect()
    }

    /// The articles just before (older) and after (newer) this one by date.
    pub fn neighbours(&self, id: &str) -> (Option<&ArticleSummary>, Option<&ArticleSummary>) {
        match self.articles.iter().position(|a| a.id == id) {
            Some(i) => (self.articles.get(i + 1), i.checked_sub(1).and_then(|j| self.articles.get(j))),
            None => (None, None),
        }
    }
}

/// The values each facet offers, in display order (unknown values in the URL are ignored).
#[derive(Clone, Debug, PartialEq)]
pub struct FacetOrder {
    pub parks: Vec<String>,
    pub categories: Vec<String>,
    pub tags: Vec<String>,
}

impl FacetOrder {
    /// Drops filter values this order does not know, so a stale link still shows results.
    pub fn sanitize(&self, mut query: NewsQuery) -> NewsQuery {
        let keep = |value: Option<String>, known: &[String]| value.filter(|v| known.contains(v));
        query.park = keep(query.park, &self.parks);
        query.category = keep(query.category, &self.categories);
        query.tag = keep(query.tag, &self.tags);
        query
    }
}

fn in_dates(article: &ArticleSummary, query: &NewsQuery) -> bool {
    // A month- or year-only date counts when any of its days falls in the range.
    query.from.is_none_or(|from| article.date.last_day() >= from)
        && query.to.is_none_or(|to| article.date.first_day() <= to)
}

fn count_into<'a>(counts: &mut [usize], order: &[String], values: impl Iterator<Item = &'a String>) {
    for value in values {
        if let Some(i) = order.iter().position(|v| v == value) {
            counts[i] += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::PartialDate;
    use crate::domain::model::{NewsIndex, Site};
    use proptest::prelude::*;

    fn shipped() -> (Vec<ArticleSummary>, FacetOrder) {
        let index: NewsIndex = serde_json::from_str(include_str!("../../public/data/news/index.json")).unwrap();
        let site: Site = serde_json::from_str(include_str!("../../public/data/site.json")).unwrap();
        let order = FacetOrder {
            parks: ["bicycle-kingdom", "carpet", "auto-parts", "jingbin"].map(String::from).to_vec(),
            categories: site.categories,
            tags: site.tags,
        };
        (index.articles, order)
    }

    fn ids(results: &Results) -> Vec<String> {
        results.items.iter().map(|a| a.id.clone()).collect()
    }

    fn query(raw: &str) -> NewsQuery {
        NewsQuery::parse(raw)
    }

    #[test]
    fn chinese_and_latin_searches_find_what_people_expect() {
        let (articles, order) = shipped();
        let catalog = Catalog::new(&articles);
        assert_eq!(ids(&catalog.search(&query("q=考察"), &order)), ["2025-08-22-wuqing-parks-study-tour"]);
        let bicycle = catalog.search(&query("q=自行车"), &order);
        assert!(bicycle.total >= 4 && bicycle.items.iter().any(|a| a.parks.contains(&"bicycle-kingdom".to_string())));
        let byd_latin = ids(&catalog.search(&query("q=BYD"), &order));
        let byd_chinese = ids(&catalog.search(&query("q=比亚迪"), &order));
        assert!(byd_latin.len() >= 3);
        assert_eq!(byd_latin, byd_chinese);
        assert_eq!(ids(&catalog.search(&query("q=ｂｙｄ"), &order)), byd_latin, "full-width letters");
    }

    #[test]
    fn results_are_newest_first_and_paged_by_twenty() {
        let (articles, order) = shipped();
        let many: Vec<ArticleSummary> = (0..45)
            .flat_map(|i| articles.iter().map(move |a| ArticleSummary { id: format!("{}-{i}", a.id), ..a.clone() }))
            .collect();
        let catalog = Catalog::new(&many);
        let first = catalog.search(&query(""), &order);
        assert_eq!(first.items.len(), PAGE_SIZE);
        assert_eq!(first.pages, many.len().div_ceil(PAGE_SIZE));
        assert!(first.items.windows(2).all(|w| w[0].date >= w[1].date));
        let last = catalog.search(&query("page=9999"), &order);
        assert_eq!(last.page, last.pages, "a page past the end shows the last page");
    }

    #[test]
    fn month_dates_count_when_their_month_overlaps_the_range() {
        let (articles, order) = shipped();
        let catalog = Catalog::new(&articles);
        let march = ids(&catalog.search(&query("from=2014-03-15&to=2014-03-20"), &order));
        assert_eq!(march, ["2014-03-carpet-park-renamed-ecommerce"]);
    }

    #[test]
    fn neighbours_and_related_articles() {
        let (articles, _) = shipped();
        let catalog = Catalog::new(&articles);
        let seed = catalog.get("2025-08-22-wuqing-parks-study-tour").unwrap();
        let (older, newer) = catalog.neighbours(&seed.id);
        assert!(older.unwrap().date < seed.date && newer.unwrap().date > seed.date);
        let related = catalog.related(seed, 5);
        assert_eq!(related.len(), 5);
        assert!(related.iter().all(|a| a.id != seed.id));
        let newest = &catalog.articles()[0];
        assert_eq!(catalog.neighbours(&newest.id).1, None);
    }

    fn arb_query(order: &FacetOrder) -> impl Strategy<Value = NewsQuery> {
        let pick = |values: Vec<String>| proptest::option::of(proptest::sample::select(values));
        (
            proptest::sample::select(vec!["", "武清", "园区", "自行车", "BYD", "2024", "招商 政策", "x"]),
            pick(order.parks.clone()),
            pick(order.categories.clone()),
            pick(order.tags.clone()),
            proptest::option::of((2006u16..2027, 1u8..=12).prop_map(|(y, m)| PartialDate::ymd(y, m, 1))),
            proptest::option::of((2006u16..2027, 1u8..=12).prop_map(|(y, m)| PartialDate::ymd(y, m, 28))),
        )
            .prop_map(|(q, park, category, tag, from, to)| NewsQuery {
                q: q.into(),
                park,
                category,
                tag,
                from,
                to,
                page: 1,
            })
    }

    fn all_ids(catalog: &Catalog, query: &NewsQuery, order: &FacetOrder) -> Vec<String> {
        let results = catalog.search(&NewsQuery { page: 1, ..query.clone() }, order);
        (1..=results.pages).flat_map(|p| ids(&catalog.search(&query.with_page(p), order))).collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn filters_hold_narrow_and_clear(q in arb_query(&shipped().1)) {
            let (articles, order) = shipped();
            let catalog = Catalog::new(&articles);
            let found = all_ids(&catalog, &q, &order);
            // Every result satisfies every active filter.
            for id in &found {
                let a = catalog.get(id).unwrap();
                prop_assert!(q.park.as_ref().is_none_or(|p| a.parks.contains(p)));
                prop_assert!(q.category.as_ref().is_none_or(|c| &a.category == c));
                prop_assert!(q.tag.as_ref().is_none_or(|t| a.tags.contains(t)));
                prop_assert!(in_dates(a, &q));
            }
            // The count is the number of results.
            prop_assert_eq!(catalog.search(&q, &order).total, found.len());
            // Adding a filter never grows the result set.
            let wider = NewsQuery { tag: None, ..q.clone() };
            let wider_found = all_ids(&catalog, &wider, &order);
            prop_assert!(found.iter().all(|id| wider_found.contains(id)));
            // Facet counts say what choosing that value would give.
            let results = catalog.search(&q, &order);
            for facet in &results.categories {
                let chosen = NewsQuery { category: Some(facet.value.clone()), ..q.clone() };
                prop_assert_eq!(catalog.search(&chosen, &order).total, facet.count);
            }
            // Clearing the filters returns the whole index.
            prop_assert_eq!(all_ids(&catalog, &NewsQuery { page: 1, ..Default::default() }, &order).len(), articles.len());
        }
    }
}

//! Filtering and searching the news index, built once per index so each keystroke is one
//! pass over precomputed, normalised text. Facet values are ids; the search text holds the
//! labels of an article's tags and category, as the visitor reads them. Once the search file
//! (`news/search.json`: bodies and synonyms) has arrived, the catalog is built again with it
//! (`Catalog::with_search`), so the bodies are searched too and a term finds its synonyms.
//! Also the article page's neighbours: related articles and previous/next by date.

use super::char_index::{Candidates, CharIndex};
use super::date::PartialDate;
use super::model::{label_of, ArticleSummary, Labelled, SearchFile, Site};
use super::news_query::{NewsQuery, PAGE_SIZE};
use super::text::{narrows, terms_with, Haystack, Synonyms, Term};
use super::validate::PARK_IDS;
use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

/// The index prepared for searching: articles newest first, each with its normalised search
/// text and its facet values as positions in the facet order, so a search is integer work.
/// A pass over thousands of articles reads, for each, one small record of its facets: no
/// pointer to follow into the article (their positions lie side by side in one list).
#[derive(PartialEq)]
pub struct Catalog {
    articles: Vec<ArticleSummary>,
    /// Per article: title, summary and the labels of its tags and category (and the original's
    /// text), then its body once the search file is in.
    texts: Vec<Haystack>,
    /// Which of `texts` hold each character and pair of characters.
    chars: CharIndex,
    facets: Vec<Facets>,
    /// The park and tag positions of all articles, each article's a slice (see `Facets`).
    positions: Vec<usize>,
    order: FacetOrder,
    synonyms: Synonyms,
    /// Whether the texts hold the bodies (the search file was given).
    with_search: bool,
}

/// One article's dates and facet values.
#[derive(PartialEq)]
struct Facets {
    days: Days,
    category: Option<usize>,
    /// Where this article's park and tag positions are in `Catalog::positions`.
    parks: Range<usize>,
    tags: Range<usize>,
}

/// The first and last day an article's date can mean (a month- or year-only date counts when
/// any of its days falls in the range asked for).
#[derive(PartialEq)]
struct Days {
    first: PartialDate,
    last: PartialDate,
}

impl Days {
    fn of(article: &ArticleSummary) -> Self {
        Days { first: article.date.first_day(), last: article.date.last_day() }
    }

    fn in_range(&self, query: &NewsQuery) -> bool {
        query.from.is_none_or(|from| self.last >= from) && query.to.is_none_or(|to| self.first <= to)
    }
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
    /// Articles matching every filter.
    pub total: usize,
    /// The requested page, clamped to the pages that exist.
    pub page: usize,
    pub pages: usize,
    /// This page's articles, newest first.
    pub items: Vec<ArticleSummary>,
    pub parks: Vec<FacetCount>,
    pub categories: Vec<FacetCount>,
    pub tags: Vec<FacetCount>,
    pub terms: Vec<Term>,
}

/// The one order of news lists: newest first, and by id among articles of the same date.
pub fn newest_first(a: &ArticleSummary, b: &ArticleSummary) -> std::cmp::Ordering {
    b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id))
}

/// Facet counts in the facet's order.
fn counts<'a>(ids: impl Iterator<Item = &'a str>, counts: Vec<usize>) -> Vec<FacetCount> {
    ids.zip(counts).map(|(id, count)| FacetCount { value: id.to_string(), count }).collect()
}

impl Catalog {
    pub fn new(articles: &[ArticleSummary], order: FacetOrder) -> Self {
        Self::build(articles, order, None)
    }

    /// The same catalog with the search file: bodies searched too (an article the file does
    /// not list is searched without), terms standing for their synonyms.
    pub fn with_search(&self, search: &SearchFile) -> Self {
        Self::build(&self.articles, self.order.clone(), Some(search))
    }

    /// True once built with the search file.
    pub fn has_search(&self) -> bool {
        self.with_search
    }

    /// The query's terms, each with its aliases and synonyms.
    pub fn terms(&self, q: &str) -> Vec<Term> {
        terms_with(q, &self.synonyms)
    }

    fn build(articles: &[ArticleSummary], order: FacetOrder, search: Option<&SearchFile>) -> Self {
        let bodies: HashMap<&str, &str> =
            search.iter().flat_map(|s| s.articles.iter().map(|b| (b.id.as_str(), b.text.as_str()))).collect();
        let synonyms = search.map(|s| Synonyms::new(&s.synonyms)).unwrap_or_default();
        let mut articles = articles.to_vec();
        articles.sort_by(newest_first);
        let mut positions = Vec::new();
        let mut append = |found: &mut dyn Iterator<Item = usize>| {
            let start = positions.len();
            positions.extend(found);
            start..positions.len()
        };
        let mut texts = Vec::with_capacity(articles.len());
        let mut facets = Vec::with_capacity(articles.len());
        for a in &articles {
            let tags: Vec<&str> = a.tags.iter().filter_map(|t| order.tag_label(t)).collect();
            let category = order.category_label(&a.category).unwrap_or("");
            texts.push(Haystack::new(&format!(
                "{}\n{}\n{}\n{category}\n{}\n{}",
                a.title,
                a.summary,
                tags.join("\n"),
                a.original.as_ref().map(|o| format!("{}\n{}", o.title, o.summary)).unwrap_or_default(),
                bodies.get(a.id.as_str()).copied().unwrap_or_default(),
            )));
            facets.push(Facets {
                days: Days::of(a),
                category: order.category_position(&a.category),
                parks: append(&mut a.parks.iter().filter_map(|p| order.park_position(p))),
                tags: append(&mut a.tags.iter().filter_map(|t| order.tag_position(t))),
            });
        }
        let chars = CharIndex::new(texts.iter().map(Haystack::text));
        Self { articles, texts, chars, facets, positions, order, synonyms, with_search: search.is_some() }
    }

    /// All articles, newest first.
    pub fn articles(&self) -> &[ArticleSummary] {
        &self.articles
    }

    /// The character index over the articles' search texts.
    pub fn char_index(&self) -> &CharIndex {
        &self.chars
    }

    /// The facet values, in display order.
    pub fn order(&self) -> &FacetOrder {
        &self.order
    }

    pub fn get(&self, id: &str) -> Option<&ArticleSummary> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// Positions of the articles whose text matches every term of `q`, ascending. Only the
    /// articles that may match are checked: those the character index lists for the most
    /// selective term (a term of one or two characters needs no check), or, with `within`
    /// (the matches of a query this one extends, e.g. `自行` → `自行车`), those, when fewer.
    pub fn text_matches(&self, q: &str, within: Option<&[usize]>) -> Vec<usize> {
        let terms = self.terms(q);
        let narrowest = terms.iter().enumerate().map(|(k, t)| (k, self.candidates(t))).min_by_key(|(_, c)| c.0.len());
        let Some((driver, (candidates, exact))) = narrowest else {
            // No terms: every article (or every earlier match).
            return within.map_or_else(|| (0..self.texts.len()).collect(), <[usize]>::to_vec);
        };
        let check = |i: usize, known: Option<usize>| {
            terms.iter().enumerate().all(|(k, t)| Some(k) == known || t.found_in(&self.texts[i]))
        };
        match within {
            Some(earlier) if earlier.len() < candidates.len() => {
                earlier.iter().copied().filter(|&i| check(i, None)).collect()
            }
            _ => {
                let known = exact.then_some(driver);
                candidates.iter().map(|&i| i as usize).filter(|&i| check(i, known)).collect()
            }
        }
    }

    /// The articles that may contain `term` (for each of its forms, those the character index
    /// lists), ascending, and whether they all do.
    fn candidates(&self, term: &Term) -> (Cow<'_, [u32]>, bool) {
        let lists: Vec<Candidates> = term.forms().iter().filter_map(|form| self.chars.candidates(form)).collect();
        let exact = lists.iter().all(|c| c.exact);
        match &lists[..] {
            [one] => (Cow::Borrowed(one.texts), exact),
            _ => {
                let mut all: Vec<u32> = lists.iter().flat_map(|c| c.texts.iter().copied()).collect();
                all.sort_unstable();
                all.dedup();
                (Cow::Owned(all), exact)
            }
        }
    }

    /// Runs the query: the page of results plus facet counts. Filter values the catalog does not
    /// know are ignored (see `FacetOrder::sanitize`).
    pub fn search(&self, query: &NewsQuery) -> Results {
        self.search_in(query, &self.text_matches(&query.q, None))
    }

    /// `search`, given the positions that match the query's text (from `text_matches`).
    pub fn search_in(&self, query: &NewsQuery, text_hits: &[usize]) -> Results {
        let order = &self.order;
        let terms = self.terms(&query.q);
        let park = query.park.as_deref().and_then(|p| order.park_position(p));
        let category = query.category.as_deref().and_then(|c| order.category_position(c));
        let tag = query.tag.as_deref().and_then(|t| order.tag_position(t));
        let mut hits = Vec::new();
        let mut parks = vec![0usize; order.parks.len()];
        let mut categories = vec![0usize; order.categories.len()];
        let mut tags = vec![0usize; order.tags.len()];
        for &i in text_hits {
            let entry = &self.facets[i];
            if !entry.days.in_range(query) {
                continue;
            }
            let (entry_parks, entry_tags) = (&self.positions[entry.parks.clone()], &self.positions[entry.tags.clone()]);
            let park_ok = park.is_none_or(|p| entry_parks.contains(&p));
            let category_ok = category.is_none_or(|c| entry.category == Some(c));
            let tag_ok = tag.is_none_or(|t| entry_tags.contains(&t));
            if park_ok && category_ok && tag_ok {
                hits.push(i);
            }
            // Facet counts: everything but the facet itself must match.
            if category_ok && tag_ok {
                entry_parks.iter().for_each(|&p| parks[p] += 1);
            }
            if park_ok && tag_ok {
                entry.category.iter().for_each(|&c| categories[c] += 1);
            }
            if park_ok && category_ok {
                entry_tags.iter().for_each(|&t| tags[t] += 1);
            }
        }
        let total = hits.len();
        let pages = total.div_ceil(PAGE_SIZE).max(1);
        let page = query.page.clamp(1, pages);
        let items =
            hits.into_iter().skip((page - 1) * PAGE_SIZE).take(PAGE_SIZE).map(|i| self.articles[i].clone()).collect();
        Results {
            total,
            page,
            pages,
            items,
            parks: counts(order.parks.iter().map(String::as_str), parks),
            categories: counts(order.categories.iter().map(|c| c.id.as_str()), categories),
            tags: counts(order.tags.iter().map(|t| t.id.as_str()), tags),
            terms,
        }
    }

    /// The articles about one park, newest first (the one order of “latest” the site uses).
    pub fn about_park(&self, park: &str) -> Vec<&ArticleSummary> {
        self.articles.iter().filter(|a| a.parks.iter().any(|p| p == park)).collect()
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

/// Remembers the last query's text matches, so typing more of a query (`自行` → `自行车`)
/// checks only the articles that already matched instead of the whole index. Matches found
/// before the search file arrived are not reused after it (bodies and synonyms find more).
#[derive(Default)]
pub struct TypingCache {
    last: Option<(String, bool, Vec<usize>)>,
}

impl TypingCache {
    /// The same results as `catalog.search(query)`, usually with less work.
    pub fn search(&mut self, catalog: &Catalog, query: &NewsQuery) -> Results {
        let full = catalog.has_search();
        let hits = match self.last.take() {
            Some((q, f, hits)) if f == full && q == query.q => hits,
            Some((q, f, hits)) if f == full && narrows(&catalog.terms(&q), &catalog.terms(&query.q)) => {
                catalog.text_matches(&query.q, Some(&hits))
            }
            _ => catalog.text_matches(&query.q, None),
        };
        let results = catalog.search_in(query, &hits);
        self.last = Some((query.q.clone(), full, hits));
        results
    }
}

/// The values each facet offers, in display order (unknown values in the URL are ignored):
/// park ids, and the categories and tags with their labels.
#[derive(Clone, Debug, PartialEq)]
pub struct FacetOrder {
    pub parks: Vec<String>,
    pub categories: Vec<Labelled>,
    pub tags: Vec<Labelled>,
}

impl FacetOrder {
    /// The parks in their fixed order, and the site's categories and tags.
    pub fn new(site: &Site) -> Self {
        Self {
            parks: PARK_IDS.map(String::from).to_vec(),
            categories: site.categories.clone(),
            tags: site.tags.clone(),
        }
    }

    pub fn category_label(&self, id: &str) -> Option<&str> {
        label_of(&self.categories, id)
    }

    pub fn tag_label(&self, id: &str) -> Option<&str> {
        label_of(&self.tags, id)
    }

    fn park_position(&self, id: &str) -> Option<usize> {
        self.parks.iter().position(|p| p == id)
    }

    fn category_position(&self, id: &str) -> Option<usize> {
        self.categories.iter().position(|c| c.id == id)
    }

    fn tag_position(&self, id: &str) -> Option<usize> {
        self.tags.iter().position(|t| t.id == id)
    }

    /// Drops filter values this order does not know, so a stale link still shows results. A
    /// category or tag given by its label (links before ids used labels) becomes its id.
    pub fn sanitize(&self, mut query: NewsQuery) -> NewsQuery {
        let resolve = |value: Option<String>, known: &[Labelled]| {
            let v = value?;
            known.iter().find(|entry| entry.id == v || entry.label == v).map(|entry| entry.id.clone())
        };
        query.park = query.park.filter(|p| self.parks.contains(p));
        query.category = resolve(query.category, &self.categories);
        query.tag = resolve(query.tag, &self.tags);
        query
    }
}

#[cfg(test)]
fn in_dates(article: &ArticleSummary, query: &NewsQuery) -> bool {
    Days::of(article).in_range(query)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::PartialDate;
    use crate::model::{NewsIndex, SearchFile, SynonymsFile};
    use crate::text::terms;
    use proptest::prelude::*;

    fn shipped() -> (Vec<ArticleSummary>, FacetOrder) {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(crate::markdown::NEWS_DIR);
        let (news, problems) = crate::markdown::parse_news(&crate::markdown::read_dir(&dir).unwrap());
        assert!(problems.is_empty(), "{problems:?}");
        let index: NewsIndex = news.index();
        let site: Site = serde_json::from_str(include_str!("../../public/data/site.json")).unwrap();
        let order = FacetOrder::new(&site);
        (index.articles, order)
    }

    /// The shipped articles' search file: their bodies and the shipped synonyms.
    fn search_file() -> SearchFile {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(crate::markdown::NEWS_DIR);
        let (news, _) = crate::markdown::parse_news(&crate::markdown::read_dir(&dir).unwrap());
        let synonyms: SynonymsFile = serde_json::from_str(include_str!("../../public/data/synonyms.json")).unwrap();
        news.search_file(&synonyms.groups)
    }

    /// The shipped catalog as the browser has it once the search file is in.
    fn full_catalog() -> Catalog {
        let (articles, order) = shipped();
        Catalog::new(&articles, order).with_search(&search_file())
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
        let catalog = Catalog::new(&articles, order.clone());
        assert_eq!(ids(&catalog.search(&query("q=考察"))), ["2025-08-22-wuqing-parks-study-tour"]);
        let bicycle = catalog.search(&query("q=自行车"));
        assert!(bicycle.total >= 4 && bicycle.items.iter().any(|a| a.parks.contains(&"bicycle-kingdom".to_string())));
        let byd_latin = ids(&catalog.search(&query("q=BYD")));
        let byd_chinese = ids(&catalog.search(&query("q=比亚迪")));
        assert!(byd_latin.len() >= 3);
        assert_eq!(byd_latin, byd_chinese);
        assert_eq!(ids(&catalog.search(&query("q=ｂｙｄ"))), byd_latin, "full-width letters");
    }

    #[test]
    fn tag_and_category_labels_are_searched() {
        let (articles, order) = shipped();
        let catalog = Catalog::new(&articles, order.clone());
        let search = |label: &str| all_ids(&catalog, &NewsQuery { q: label.into(), page: 1, ..Default::default() });
        let manufacturing = search("制造业");
        let tagged: Vec<&ArticleSummary> =
            articles.iter().filter(|a| a.tags.iter().any(|t| t == "manufacturing")).collect();
        assert!(tagged.iter().any(|a| !a.title.contains("制造业") && !a.summary.contains("制造业")));
        assert!(tagged.iter().all(|a| manufacturing.contains(&a.id)), "found through the tag's label");
        for tag in &order.tags {
            let found = search(&tag.label);
            for a in articles.iter().filter(|a| a.tags.contains(&tag.id)) {
                assert!(found.contains(&a.id), "“{}” should find {}", tag.label, a.id);
            }
        }
        for category in &order.categories {
            let found = search(&category.label);
            for a in articles.iter().filter(|a| a.category == category.id) {
                assert!(found.contains(&a.id), "“{}” should find {}", category.label, a.id);
            }
        }
    }

    #[test]
    fn links_with_old_labels_become_ids_and_unknown_values_are_dropped() {
        let (_, order) = shipped();
        let q = order.sanitize(query("tag=招商政策&category=政策解读&park=carpet"));
        assert_eq!(q.tag.as_deref(), Some("investment-policy"));
        assert_eq!(q.category.as_deref(), Some("policy-analysis"));
        assert_eq!(q.href(), "/news?park=carpet&category=policy-analysis&tag=investment-policy");
        let q = order.sanitize(query("tag=investment-policy"));
        assert_eq!(q.tag.as_deref(), Some("investment-policy"));
        let unknown = order.sanitize(query("tag=不存在的标签&category=nonsense&park=harbour"));
        assert_eq!((unknown.park, unknown.category, unknown.tag), (None, None, None));
    }

    proptest! {
        #[test]
        fn sanitize_keeps_ids_maps_labels_and_drops_the_rest(
            tag in proptest::sample::select(shipped().1.tags),
            category in proptest::sample::select(shipped().1.categories),
            other in "\\PC{1,10}",
        ) {
            let (_, order) = shipped();
            let with = |category: &str, tag: &str| {
                order.sanitize(NewsQuery { category: Some(category.into()), tag: Some(tag.into()), ..Default::default() })
            };
            for (c, t) in [(&category.id, &tag.id), (&category.label, &tag.label)] {
                let q = with(c, t);
                prop_assert_eq!(q.category.as_deref(), Some(category.id.as_str()));
                prop_assert_eq!(q.tag.as_deref(), Some(tag.id.as_str()));
            }
            let q = with(&other, &other);
            prop_assert_eq!(q.category.is_some(), order.categories.iter().any(|c| c.id == other || c.label == other));
            prop_assert_eq!(q.tag.is_some(), order.tags.iter().any(|t| t.id == other || t.label == other));
        }
    }

    #[test]
    fn results_are_newest_first_and_paged_by_twenty() {
        let (articles, order) = shipped();
        let many: Vec<ArticleSummary> = (0..45)
            .flat_map(|i| articles.iter().map(move |a| ArticleSummary { id: format!("{}-{i}", a.id), ..a.clone() }))
            .collect();
        let catalog = Catalog::new(&many, order.clone());
        let first = catalog.search(&query(""));
        assert_eq!(first.items.len(), PAGE_SIZE);
        assert_eq!(first.pages, many.len().div_ceil(PAGE_SIZE));
        assert!(first.items.windows(2).all(|w| w[0].date >= w[1].date));
        let last = catalog.search(&query("page=9999"));
        assert_eq!(last.page, last.pages, "a page past the end shows the last page");
    }

    #[test]
    fn month_dates_count_when_their_month_overlaps_the_range() {
        let (articles, order) = shipped();
        let catalog = Catalog::new(&articles, order.clone());
        let march = ids(&catalog.search(&query("from=2014-03-15&to=2014-03-20")));
        assert_eq!(march, ["2014-03-carpet-park-renamed-ecommerce"]);
    }

    #[test]
    fn bodies_are_searched_once_the_search_file_is_in() {
        let (articles, order) = shipped();
        let catalog = Catalog::new(&articles, order);
        let full = catalog.with_search(&search_file());
        assert!(!catalog.has_search() && full.has_search());
        // Only in the body of the carpet park's 2009 signing.
        assert!(catalog.search(&query("q=装饰用纺织品")).items.is_empty());
        assert_eq!(ids(&full.search(&query("q=装饰用纺织品"))), ["2009-12-21-carpet-park-signs-600m"]);
        // What the title and summary find is still found.
        for q in ["考察", "自行车", "BYD", "武清 园区"] {
            let before = catalog.text_matches(q, None);
            let after = full.text_matches(q, None);
            assert!(before.iter().all(|i| after.contains(i)), "{q}");
        }
    }

    #[test]
    fn short_forms_find_their_long_forms_and_back() {
        let catalog = full_catalog();
        let found = |q: &str| ids(&catalog.search(&query(&format!("q={q}"))));
        // No article says 电商 or 地毯园; they say 电子商务 and 中华地毯产业园.
        let ecommerce = found("电商");
        assert!(ecommerce.contains(&"2014-03-carpet-park-renamed-ecommerce".to_string()), "{ecommerce:?}");
        assert_eq!(ecommerce, found("电子商务"));
        let carpet = found("地毯园");
        assert!(carpet.contains(&"2009-12-21-carpet-park-signs-600m".to_string()), "{carpet:?}");
        assert!(carpet.len() >= 4);
        assert!(found("自行车园").len() >= 4);
        assert!(found("汽车零部件园").contains(&"2014-06-28-first-byd-ebuses".to_string()));
        // The renamed park: either name finds the articles using the other.
        let (old, new) = (found("京滨"), found("京清"));
        assert_eq!(old, new);
        assert!(old.contains(&"2025-09-17-new-city-first-seven-months".to_string()), "only says 京清: {old:?}");
        // A term containing a short form: 电商产业园 finds the 电子商务产业园.
        assert!(found("电商产业园").contains(&"2014-03-carpet-park-renamed-ecommerce".to_string()));
    }

    #[test]
    fn every_name_of_a_group_finds_what_each_other_name_finds() {
        let catalog = full_catalog();
        let synonyms: SynonymsFile = serde_json::from_str(include_str!("../../public/data/synonyms.json")).unwrap();
        for group in &synonyms.groups {
            for a in &group.names {
                let by_a = catalog.text_matches(a, None);
                for b in &group.names {
                    let by_b = catalog.text_matches(b, None);
                    assert!(by_b.iter().all(|i| by_a.contains(i)), "{a} misses an article {b} finds");
                }
            }
        }
    }

    #[test]
    fn highlights_mark_the_long_form_a_short_form_found() {
        let catalog = full_catalog();
        let results = catalog.search(&query("q=地毯园"));
        let title = "中华地毯产业园签约5个项目引资6亿元";
        assert_eq!(crate::text::match_spans(title, &results.terms), vec![0..7]);
        let results = catalog.search(&query("q=电商"));
        assert_eq!(
            crate::text::match_spans("中华地毯产业园更名为天津京津电子商务产业园", &results.terms),
            vec![14..18]
        );
    }

    #[test]
    fn typing_cache_starts_again_when_the_search_file_arrives() {
        let (articles, order) = shipped();
        let catalog = Catalog::new(&articles, order);
        let full = catalog.with_search(&search_file());
        let mut cache = TypingCache::default();
        let typed = |q: &str| NewsQuery { q: q.into(), page: 1, ..Default::default() };
        assert_eq!(cache.search(&catalog, &typed("电")).total, catalog.search(&typed("电")).total);
        // The same query, now with bodies and synonyms: not the earlier matches.
        assert_eq!(cache.search(&full, &typed("电")), full.search(&typed("电")));
        assert_eq!(cache.search(&full, &typed("电商")), full.search(&typed("电商")));
    }

    #[test]
    fn related_articles_share_a_park_or_a_tag_never_only_a_category() {
        let (articles, order) = shipped();
        let catalog = Catalog::new(&articles, order);
        for article in catalog.articles() {
            for other in catalog.related(article, 5) {
                let park = other.parks.iter().any(|p| article.parks.contains(p));
                let tag = other.tags.iter().any(|t| article.tags.contains(t));
                assert!(park || tag, "{} is related to {} by neither park nor tag", other.id, article.id);
            }
        }
        // Same category, no park or tag in common: not related.
        let mut a = articles[0].clone();
        a.id = "a".into();
        (a.parks, a.tags) = (vec!["carpet".into()], vec!["manufacturing".into()]);
        let mut b = a.clone();
        b.id = "b".into();
        (b.parks, b.tags) = (vec!["jingbin".into()], vec![]);
        let catalog = Catalog::new(&[a.clone(), b], FacetOrder { parks: vec![], categories: vec![], tags: vec![] });
        assert!(catalog.related(&a, 5).is_empty());
    }

    fn arb_article(n: usize) -> impl Strategy<Value = ArticleSummary> {
        let parks = proptest::sample::subsequence(PARK_IDS.to_vec(), 0..=2);
        let tags = proptest::sample::subsequence(vec!["a", "b", "c", "d"], 0..=2);
        let category = proptest::sample::select(vec!["x", "y"]);
        (parks, tags, category, 2000u16..2026).prop_map(move |(parks, tags, category, year)| ArticleSummary {
            id: format!("article-{n}"),
            title: String::new(),
            date: PartialDate::parse(&year.to_string()).unwrap(),
            category: category.to_string(),
            region: String::new(),
            parks: parks.into_iter().map(String::from).collect(),
            tags: tags.into_iter().map(String::from).collect(),
            summary: String::new(),
            original: None,
        })
    }

    proptest! {
        /// Related articles: other articles only, each sharing a park or a tag, at most n, the
        /// ones sharing more first (a park counts twice), and every article sharing something
        /// listed before any that shares nothing (which is never listed).
        #[test]
        fn related_articles_share_something_most_shared_first(
            articles in (1usize..12).prop_flat_map(|len| (0..len).map(arb_article).collect::<Vec<_>>()),
            pick in 0usize..12,
            n in 0usize..6,
        ) {
            let catalog = Catalog::new(&articles, FacetOrder { parks: vec![], categories: vec![], tags: vec![] });
            let article = &catalog.articles()[pick % articles.len()];
            let score = |other: &ArticleSummary| {
                2 * other.parks.iter().filter(|p| article.parks.contains(p)).count()
                    + other.tags.iter().filter(|t| article.tags.contains(t)).count()
            };
            let related = catalog.related(article, n);
            prop_assert!(related.len() <= n);
            prop_assert!(related.iter().all(|o| o.id != article.id && score(o) > 0));
            prop_assert!(related.windows(2).all(|w| score(w[0]) >= score(w[1])));
            let sharing = catalog.articles().iter().filter(|o| o.id != article.id && score(o) > 0).count();
            prop_assert_eq!(related.len(), sharing.min(n));
        }
    }

    proptest! {
        /// With bodies and synonyms too, narrowing within a prefix's matches gives the answer
        /// of a full search.
        #[test]
        fn narrowing_with_synonyms_gives_the_full_scan_result(q in "[电商子务地毯园京清滨汽车零部件园产业 ]{0,7}", cut in 0usize..7) {
            let catalog = full_catalog();
            let prefix: String = q.chars().take(cut).collect();
            prop_assume!(crate::text::narrows(&catalog.terms(&prefix), &catalog.terms(&q)));
            let narrowed = catalog.text_matches(&q, Some(&catalog.text_matches(&prefix, None)));
            prop_assert_eq!(narrowed, catalog.text_matches(&q, None));
        }

        /// The character index finds exactly what checking every text finds, synonyms included.
        #[test]
        fn matches_with_synonyms_are_those_of_a_full_scan(q in "[电商子务地毯园京清滨汽车零部件园产业纺织 ]{0,7}") {
            let catalog = full_catalog();
            let terms = catalog.terms(&q);
            let scan: Vec<usize> = (0..catalog.texts.len()).filter(|&i| terms.iter().all(|t| t.found_in(&catalog.texts[i]))).collect();
            prop_assert_eq!(catalog.text_matches(&q, None), scan);
        }
    }

    #[test]
    fn neighbours_and_related_articles() {
        let (articles, order) = shipped();
        let catalog = Catalog::new(&articles, order);
        let seed = catalog.get("2025-08-22-wuqing-parks-study-tour").unwrap();
        let (older, newer) = catalog.neighbours(&seed.id);
        assert!(older.unwrap().date < seed.date && newer.unwrap().date > seed.date);
        let related = catalog.related(seed, 5);
        assert_eq!(related.len(), 5);
        assert!(related.iter().all(|a| a.id != seed.id));
        let newest = &catalog.articles()[0];
        assert_eq!(catalog.neighbours(&newest.id).1, None);
    }

    proptest! {
        #[test]
        fn narrowing_from_a_prefix_gives_the_full_scan_result(q in "[武清园区自行车比亚迪招商政策 BYDb]{0,6}", cut in 0usize..6) {
            let (articles, order) = shipped();
            let catalog = Catalog::new(&articles, order);
            let prefix: String = q.chars().take(cut).collect();
            prop_assume!(crate::text::narrows(&terms(&prefix), &terms(&q)));
            let narrowed = catalog.text_matches(&q, Some(&catalog.text_matches(&prefix, None)));
            prop_assert_eq!(narrowed, catalog.text_matches(&q, None));
        }
    }

    proptest! {
        /// The character index changes which articles are checked, never the answer: the
        /// same matches as checking every article.
        #[test]
        fn matches_are_those_of_a_full_scan(q in "[武清园区自行车比亚迪招商政策考察 BYDbj京东]{0,6}") {
            let (articles, order) = shipped();
            let catalog = Catalog::new(&articles, order);
            let terms = terms(&q);
            let scan: Vec<usize> = (0..catalog.texts.len()).filter(|&i| terms.iter().all(|t| t.found_in(&catalog.texts[i]))).collect();
            prop_assert_eq!(catalog.text_matches(&q, None), scan);
        }
    }

    #[test]
    fn typing_cache_gives_the_same_results_as_a_fresh_search() {
        let (articles, order) = shipped();
        let catalog = Catalog::new(&articles, order);
        let mut cache = TypingCache::default();
        for q in ["", "自", "自行", "自行车", "自行", "b", "by", "byd", "byd 天津", "比亚迪", "考察", "武清 园区"]
        {
            let query = NewsQuery { q: q.into(), page: 1, ..Default::default() };
            assert_eq!(cache.search(&catalog, &query), catalog.search(&query), "query “{q}”");
        }
    }

    fn arb_query(order: &FacetOrder) -> impl Strategy<Value = NewsQuery> {
        let pick = |values: Vec<String>| proptest::option::of(proptest::sample::select(values));
        let ids = |entries: &[Labelled]| entries.iter().map(|e| e.id.clone()).collect();
        (
            proptest::sample::select(vec!["", "武清", "园区", "自行车", "BYD", "2024", "招商 政策", "制造业", "x"]),
            pick(order.parks.clone()),
            pick(ids(&order.categories)),
            pick(ids(&order.tags)),
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

    fn all_ids(catalog: &Catalog, query: &NewsQuery) -> Vec<String> {
        let results = catalog.search(&NewsQuery { page: 1, ..query.clone() });
        (1..=results.pages).flat_map(|p| ids(&catalog.search(&query.with_page(p)))).collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn filters_hold_narrow_and_clear(q in arb_query(&shipped().1)) {
            let (articles, order) = shipped();
            let catalog = Catalog::new(&articles, order.clone());
            let found = all_ids(&catalog, &q);
            // Every result satisfies every active filter.
            for id in &found {
                let a = catalog.get(id).unwrap();
                prop_assert!(q.park.as_ref().is_none_or(|p| a.parks.contains(p)));
                prop_assert!(q.category.as_ref().is_none_or(|c| &a.category == c));
                prop_assert!(q.tag.as_ref().is_none_or(|t| a.tags.contains(t)));
                prop_assert!(in_dates(a, &q));
            }
            // The count is the number of results.
            prop_assert_eq!(catalog.search(&q).total, found.len());
            // Adding a filter never grows the result set.
            let wider = NewsQuery { tag: None, ..q.clone() };
            let wider_found = all_ids(&catalog, &wider);
            prop_assert!(found.iter().all(|id| wider_found.contains(id)));
            // Facet counts say what choosing that value would give.
            let results = catalog.search(&q);
            for facet in &results.categories {
                let chosen = NewsQuery { category: Some(facet.value.clone()), ..q.clone() };
                prop_assert_eq!(catalog.search(&chosen).total, facet.count);
            }
            // Clearing the filters returns the whole index.
            prop_assert_eq!(all_ids(&catalog, &NewsQuery { page: 1, ..Default::default() }).len(), articles.len());
        }
    }
}

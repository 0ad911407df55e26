//! How long one news search takes at 10,000 articles, without the browser: the catalog built
//! from the real index repeated (with distinct ids) to 10,000 articles, then each benchmark
//! query searched whole (as when a query is pasted: no earlier matches to narrow), results page
//! and facet counts included. Also how long building the catalog takes. Then the same with the
//! search file (each article's body and the synonyms), as the browser searches after the first
//! query.
//!
//! run: cargo run --release -p wuqing-domain --example bench_news
//! It prints, per query, the median and 95th percentile of 200 searches.

use domain::model::{BodyText, NewsIndex, SearchFile, Site, SynonymsFile};
use domain::news::{Catalog, FacetOrder};
use domain::news_query::NewsQuery;
use domain::parse::parse_content;
use std::hint::black_box;
use std::time::Instant;

const COUNT: usize = 10_000;
/// The news benchmark's queries, then the first characters typed (the broadest searches), then
/// two short forms.
const QUERIES: [&str; 13] = [
    "武清",
    "园区建设",
    "自行车",
    "比亚迪",
    "BYD",
    "招商 政策",
    "京清汽车",
    "考察",
    "武",
    "园",
    "考",
    "电商",
    "地毯园",
];

fn main() {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/../public/data/");
    let read = |file: &str| std::fs::read_to_string(format!("{data}{file}")).expect("the content files");
    let site: Site = parse_content("site.json", &read("site.json")).expect("site.json");
    let news_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../content/news");
    let (news, problems) =
        domain::markdown::parse_news(&domain::markdown::read_dir(news_dir.as_ref()).expect("the articles"));
    assert!(problems.is_empty(), "{problems:?}");
    let index: NewsIndex = news.index();
    let synonyms: SynonymsFile = parse_content("synonyms.json", &read("synonyms.json")).expect("synonyms.json");
    let bodies = news.search_file(&synonyms.groups);
    let articles: Vec<_> = (0..COUNT)
        .map(|n| {
            let mut a = index.articles[n % index.articles.len()].clone();
            a.id = format!("{}-{n}", a.id);
            a.title = format!("{}（{n}）", a.title);
            a
        })
        .collect();
    let search = SearchFile {
        synonyms: bodies.synonyms.clone(),
        articles: (0..COUNT)
            .map(|n| BodyText {
                id: articles[n].id.clone(),
                text: bodies.articles[n % bodies.articles.len()].text.clone(),
            })
            .collect(),
    };
    let started = Instant::now();
    let catalog = Catalog::new(&articles, FacetOrder::new(&site));
    println!("catalog of {COUNT} articles built in {:.1} ms", started.elapsed().as_secs_f64() * 1e3);
    let entries = catalog.char_index().size();
    println!("character index: {entries} positions ({:.1} MB)", entries as f64 * 4.0 / 1e6);
    run(&catalog);
    let started = Instant::now();
    let full = catalog.with_search(&search);
    println!("\nwith the search file (bodies, synonyms): built in {:.1} ms", started.elapsed().as_secs_f64() * 1e3);
    let entries = full.char_index().size();
    println!("character index: {entries} positions ({:.1} MB)", entries as f64 * 4.0 / 1e6);
    run(&full);
}

fn run(catalog: &Catalog) {
    for q in QUERIES {
        let query = NewsQuery { q: q.into(), page: 1, ..NewsQuery::default() };
        let time = |run: &dyn Fn()| {
            let mut times: Vec<f64> = (0..200)
                .map(|_| {
                    let start = Instant::now();
                    run();
                    start.elapsed().as_secs_f64() * 1e3
                })
                .collect();
            times.sort_by(f64::total_cmp);
            (times[100], times[189])
        };
        let (median, p95) = time(&|| drop(black_box(catalog.search(black_box(&query)))));
        let (text_median, _) = time(&|| drop(black_box(catalog.text_matches(black_box(q), None))));
        let total = catalog.search(&query).total;
        println!("{q:<10} {total:>6} matches   median {median:.3} ms   p95 {p95:.3} ms   (text matching alone: median {text_median:.3} ms)");
    }
}

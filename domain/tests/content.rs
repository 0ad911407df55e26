//! The content check: validates every shipped content file under `public/data/` and every
//! article under `content/news/`, proves that broken copies are caught with a message naming
//! the problem (for an article: file, line and field), and keeps the committed JSON Schemas in
//! step with the Rust types. Run it with `cargo test -p wuqing-domain --test content`.

use domain::{
    markdown, schema,
    validate::{validate, ContentFiles, EnglishFiles},
};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../public/data")
}

fn read(path: &str) -> String {
    fs::read_to_string(data_dir().join(path)).unwrap_or_else(|e| panic!("cannot read public/data/{path}: {e}"))
}

/// The Markdown articles, by file name.
fn articles() -> BTreeMap<String, String> {
    markdown::read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(markdown::NEWS_DIR)).unwrap()
}

/// The articles as the app reads them: the generated news index.
fn news_index() -> domain::model::NewsIndex {
    let (news, problems) = markdown::parse_news(&articles());
    assert!(problems.is_empty(), "{problems:?}");
    news.index()
}

fn shipped() -> ContentFiles {
    ContentFiles {
        site: read("site.json"),
        parks: read("parks.json"),
        news: articles(),
        invest: read("invest.json"),
        policies: read("policies.json"),
        synonyms: read("synonyms.json"),
        english: EnglishFiles {
            site: read("en/site.json"),
            parks: read("en/parks.json"),
            invest: read("en/invest.json"),
            policies: read("en/policies.json"),
        },
    }
}

#[test]
fn every_shipped_file_is_valid() {
    let problems = validate(&shipped());
    assert!(problems.is_empty(), "content problems:\n{}", problems.join("\n"));
}

#[test]
fn shipped_content_meets_the_coverage_the_portal_promises() {
    let index = serde_json::to_value(news_index()).unwrap();
    let articles = index["articles"].as_array().unwrap();
    assert!(articles.len() >= 21, "the seed article plus at least 20 more");
    let seed = articles.iter().find(|a| a["date"] == "2025-08-22").expect("the seed article");
    assert_eq!(seed["title"], "武清示范工业园区赴东丽津南工业区考察 深化招商引资合作");
    let categories: std::collections::BTreeSet<_> = articles.iter().map(|a| a["category"].as_str().unwrap()).collect();
    assert!(categories.len() >= 4, "at least four categories: {categories:?}");
    for park in ["bicycle-kingdom", "carpet", "auto-parts", "jingbin"] {
        let n = articles.iter().filter(|a| a["parks"].as_array().unwrap().iter().any(|p| p == park)).count();
        assert!(n >= 3, "park {park} has only {n} articles");
    }
    let years: Vec<u32> = articles.iter().map(|a| a["date"].as_str().unwrap()[..4].parse().unwrap()).collect();
    assert!(years.iter().min() <= Some(&2007) && years.iter().max() >= Some(&2026), "years span 2007–2026");
}

#[test]
fn seed_article_is_reproduced_exactly() {
    let seed =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/seed/study-tour-2025-08-22.txt"));
    let Ok(seed) = seed else { return }; // the seed lives beside the checkout; the Markdown copy is what ships
    let (news, problems) = markdown::parse_news(&articles());
    assert!(problems.is_empty(), "{problems:?}");
    let body = &news.articles.iter().find(|a| a.summary.id == "2025-08-22-wuqing-parks-study-tour").unwrap().body;
    let mut shipped_lines: Vec<String> = body.lead.clone();
    for section in &body.sections {
        shipped_lines.push(section.heading.clone());
        shipped_lines.extend(section.paragraphs.iter().cloned());
    }
    let seed_lines: Vec<&str> = seed.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let start = seed_lines.iter().position(|l| l.starts_with("为进一步提升")).unwrap();
    assert_eq!(shipped_lines, seed_lines[start..start + shipped_lines.len()].to_vec());
}

/// Applies `break_it` to a parsed copy of one file and returns the problems the validator reports.
fn problems_after(break_it: impl FnOnce(&mut ContentFiles)) -> String {
    let mut files = shipped();
    break_it(&mut files);
    validate(&files).join("\n")
}

fn edit(text: &mut String, change: impl FnOnce(&mut Value)) {
    let mut value: Value = serde_json::from_str(text).unwrap();
    change(&mut value);
    *text = serde_json::to_string(&value).unwrap();
}

fn assert_reports(problems: &str, expected: &[&str]) {
    for part in expected {
        assert!(problems.contains(part), "expected “{part}” in:\n{problems}");
    }
}

#[test]
fn broken_synonyms_file_is_reported() {
    let p = problems_after(|f| f.synonyms = f.synonyms.replacen('{', "{,", 1));
    assert_reports(&p, &["synonyms.json: not valid JSON at line 1"]);
    let p = problems_after(|f| edit(&mut f.synonyms, |v| v["groups"][0]["names"][1] = json!("")));
    assert_reports(&p, &["synonyms.json › groups[0].names[1]: is empty"]);
    let p = problems_after(|f| edit(&mut f.synonyms, |v| v["groups"][0]["names"] = json!(["电商"])));
    assert_reports(&p, &["synonyms.json › groups[0].names: a group needs at least two names"]);
    let p = problems_after(|f| edit(&mut f.synonyms, |v| v["groups"][0]["names"][1] = json!("电子商务")));
    assert_reports(&p, &["synonyms.json › groups[0].names[1]: “电子商务” appears twice in this group"]);
    // Compared as the search compares: full-width Latin and case fold alike.
    let p = problems_after(|f| {
        edit(&mut f.synonyms, |v| {
            v["groups"][0]["names"][1] = json!("BYD");
            v["groups"][1]["names"][1] = json!("ｂｙｄ");
        })
    });
    assert_reports(&p, &["synonyms.json › groups[1].names[1]: “ｂｙｄ” is already in groups[0]"]);
    let p = problems_after(|f| edit(&mut f.synonyms, |v| v["groups"][0]["names"][1] = json!("电 商")));
    assert_reports(&p, &["synonyms.json › groups[0].names[1]: “电 商” has a space"]);
    let p = problems_after(|f| edit(&mut f.synonyms, |v| v["groups"][0]["note"] = json!(" ")));
    assert_reports(&p, &["synonyms.json › groups[0].note: is empty"]);
    let p = problems_after(|f| edit(&mut f.synonyms, |v| v["groups"][0]["names"] = json!("电商")));
    assert_reports(&p, &["synonyms.json › groups[0].names", "invalid type"]);
}

#[test]
fn broken_site_file_is_reported() {
    let p = problems_after(|f| f.site = f.site.replacen('{', "{,", 1));
    assert_reports(&p, &["site.json: not valid JSON at line 1"]);
    let p = problems_after(|f| edit(&mut f.site, |v| v.as_object_mut().unwrap().remove("hotline").map(drop).unwrap()));
    assert_reports(&p, &["site.json", "missing field `hotline`"]);
    let p = problems_after(|f| edit(&mut f.site, |v| v["tags"][0] = json!("天津武清区产业园区")));
    assert_reports(&p, &["site.json › tags[0]", "invalid type: string \"天津武清区产业园区\""]);
    let p = problems_after(|f| edit(&mut f.site, |v| v["tags"][1]["id"] = json!("Investment Promotion")));
    assert_reports(&p, &["site.json › tags[1] (Investment Promotion).id: ids use only a-z, 0-9 and -"]);
    let p = problems_after(|f| edit(&mut f.site, |v| v["categories"][2]["id"] = json!("manufacturing")));
    assert_reports(&p, &["site.json › categories: id “manufacturing” appears more than once"]);
    let p = problems_after(|f| edit(&mut f.site, |v| v["tags"][3]["label"] = json!("制造业")));
    assert_reports(&p, &["site.json › tags: label “制造业” appears more than once"]);
    let p = problems_after(|f| edit(&mut f.site, |v| v["inquiry_topics"].as_array_mut().unwrap().swap(0, 4)));
    assert_reports(
        &p,
        &[
            "site.json › inquiry_topics: ids must be [\"policy\", \"land\", \"factory\", \"other\", \"brochure\"]",
            "found [\"brochure\", \"land\", \"factory\", \"other\", \"policy\"]",
        ],
    );
}

#[test]
fn broken_parks_file_is_reported() {
    let p = problems_after(|f| edit(&mut f.parks, |v| v["parks"][0]["planned_area"]["sources"] = json!([])));
    assert_reports(
        &p,
        &["parks.json › parks[0] (bicycle-kingdom).planned_area “规划面积”.sources", "needs at least one source"],
    );
    let p = problems_after(|f| {
        edit(&mut f.parks, |v| {
            v["parks"][1]["enterprise_count"].as_object_mut().unwrap().remove("as_of").map(drop).unwrap()
        })
    });
    assert_reports(&p, &["parks[1] (carpet).enterprise_count “园区企业”.as_of", "date it is true as of"]);
    let p = problems_after(|f| edit(&mut f.parks, |v| v["parks"][1]["id"] = json!("bicycle-kingdom")));
    assert_reports(&p, &["id “bicycle-kingdom” appears more than once", "park “carpet” is missing"]);
    let p = problems_after(|f| {
        edit(&mut f.parks, |v| v["district"]["access"][0]["sources"][0]["url"] = json!("javascript:alert(1)"))
    });
    assert_reports(&p, &["parks.json › district “区中心距北京市区”.sources[0].url", "not an http(s) URL"]);
    let p = problems_after(|f| edit(&mut f.parks, |v| v["parks"][2]["timeline"][0]["date"] = json!("2012-13")));
    assert_reports(&p, &["parks.json › parks[2] (auto-parts).timeline[0].date", "not an ISO 8601 date"]);
    let p = problems_after(|f| {
        edit(&mut f.parks, |v| v["parks"][1]["enterprise_count"]["value"]["qualifier"] = json!("超过"))
    });
    assert_reports(
        &p,
        &[
            "parks.json › parks[1] (carpet).enterprise_count.value.qualifier",
            "unknown variant `超过`, expected `about` or `over`",
        ],
    );
}

/// The 1-based line of the first line of `text` that starts with `start`.
fn line_of(text: &str, start: &str) -> usize {
    text.lines().position(|l| l.starts_with(start)).unwrap_or_else(|| panic!("no line starts with {start}")) + 1
}

/// Applies `change` to the text of one Markdown article and returns the problems reported,
/// with the line of the first line starting with `at` (before the change).
fn problems_after_article_edit(file: &str, at: &str, change: impl FnOnce(&mut String)) -> (String, usize) {
    let line = line_of(&articles()[file], at);
    (problems_after(|f| change(f.news.get_mut(file).unwrap())), line)
}

#[test]
fn broken_article_front_matter_is_reported() {
    let seed = "2025-08-22-wuqing-parks-study-tour.md";
    let (p, line) =
        problems_after_article_edit(seed, "parks = ", |t| *t = t.replacen("parks = [", "parks = [\"harbour\", ", 1));
    assert_reports(&p, &[&format!("content/news/{seed}:{line} › parks: no park has id “harbour”")]);
    let (p, line) =
        problems_after_article_edit(seed, "date = ", |t| *t = t.replacen("\"2025-08-22\"", "\"2025/08/22\"", 1));
    assert_reports(&p, &[&format!("content/news/{seed}:{line} › date: "), "not an ISO 8601 date"]);
    let (p, line) =
        problems_after_article_edit(seed, "tags = ", |t| *t = t.replacen("tags = [", "tags = [\"不存在的标签\", ", 1));
    assert_reports(&p, &[&format!("content/news/{seed}:{line} › tags: “不存在的标签” is not an id in site.json tags")]);
    let (p, _) =
        problems_after_article_edit(seed, "tags = ", |t| *t = t.replacen("tags = [", "tags = [\"制造业\", ", 1));
    assert_reports(&p, &[" › tags: “制造业” is a label: use its id “manufacturing” (site.json tags)"]);
    let carpet = "2026-02-25-cuihuangkou-global-carpet-cluster.md";
    let (p, line) = problems_after_article_edit(carpet, "category = ", |t| {
        *t = t.replacen("category = \"industry-news\"", "category = \"nonsense\"", 1)
    });
    assert_reports(
        &p,
        &[&format!("content/news/{carpet}:{line} › category: “nonsense” is not an id in site.json categories")],
    );
    let (p, line) =
        problems_after_article_edit(seed, "reliability = ", |t| *t = t.replacen("\"weak\"", "\"rumour\"", 1));
    assert_reports(&p, &[&format!("content/news/{seed}:{line} › sources[0].reliability: unknown variant `rumour`")]);
    let (p, line) = problems_after_article_edit(seed, "region = ", |t| {
        *t = t.replacen("region = ", "author = \"某人\"\nregion = ", 1)
    });
    assert_reports(&p, &[&format!("content/news/{seed}:{line} › author: unknown field `author`")]);
    let p = problems_after(|f| {
        f.news.remove("2014-06-28-first-byd-ebuses.en.md");
    });
    assert_reports(
        &p,
        &["content/news/2014-06-28-first-byd-ebuses.md: has no English counterpart content/news/2014-06-28-first-byd-ebuses.en.md"],
    );
    let p = problems_after(|f| {
        let english = f.news["2014-06-28-first-byd-ebuses.en.md"].clone();
        f.news.insert("2099-01-01-orphan.en.md".into(), english);
    });
    assert_reports(
        &p,
        &["content/news/2099-01-01-orphan.en.md: has no Chinese article content/news/2099-01-01-orphan.md"],
    );
    let en = "2014-06-28-first-byd-ebuses.en.md";
    let (p, line) = problems_after_article_edit(en, "region = ", |t| {
        *t = t.replacen("Wuqing District, Tianjin", "Wuqing, Tianjin", 1)
    });
    assert_reports(
        &p,
        &[&format!("content/news/{en}:{line} › region: “Wuqing, Tianjin” names the region “天津-武清区”")],
    );
}

#[test]
fn broken_article_bodies_are_reported() {
    let file = "2014-03-carpet-park-renamed-ecommerce.md";
    let (p, _) = problems_after_article_edit(file, "attribution = ", |t| {
        *t = t.lines().filter(|l| !l.starts_with("attribution = ")).map(|l| format!("{l}\n")).collect()
    });
    assert_reports(&p, &[&format!("content/news/{file}:"), "missing field `attribution`"]);
    let (p, line) =
        problems_after_article_edit(file, "url = ", |t| *t = t.replacen("url = \"https://", "url = \"ftp://", 1));
    assert_reports(&p, &[&format!("content/news/{file}:{line} › sources[0].url: “ftp://"), "not an http(s) URL"]);
    // Raw HTML in the body: refused with the file and the line.
    let (p, line) = problems_after_article_edit(file, "转型前", |t| {
        *t = t.replacen("转型前，", "转型前，<img src=x onerror=alert(1)>", 1)
    });
    assert_reports(&p, &[&format!("content/news/{file}:{line}: raw HTML is not allowed in an article")]);
    let (p, line) =
        problems_after_article_edit(file, "转型前", |t| *t = t.replacen("转型前，", "<div>\n转型前，", 1));
    assert_reports(&p, &[&format!("content/news/{file}:{line}: raw HTML is not allowed in an article")]);
    let p = problems_after(|f| {
        let text = f.news.get_mut(file).unwrap();
        *text = text[..text.rfind("+++").unwrap() + 4].to_string();
    });
    assert_reports(&p, &[&format!("content/news/{file}:"), "the body has no text"]);
    let p = problems_after(|f| {
        let text = f.news[file].clone();
        f.news.insert("Carpet Park.md".into(), text);
    });
    assert_reports(&p, &["content/news/Carpet Park.md: the file name is the article's id: use only a-z, 0-9 and -"]);
}

#[test]
fn article_sources_are_dated_and_specific() {
    // An undated source without the date it was read.
    let file = "2007-02-13-bicycle-park-operator-founded.md";
    let (p, line) =
        problems_after_article_edit(file, "undated = ", |t| *t = t.replacen("accessed = \"2026-11-26\"\n", "", 1));
    assert_reports(&p, &[&format!("content/news/{file}:{} › sources[0].accessed: an undated source needs", line - 3)]);
    let (p, line) = problems_after_article_edit(file, "undated = ", |t| *t = t.replacen("undated = true\n", "", 1));
    assert_reports(
        &p,
        &[&format!(
            "content/news/{file}:{} › sources[0].published: every source needs the date it was published",
            line - 3
        )],
    );
    // A listing page as a source.
    let (p, line) = problems_after_article_edit(file, "url = ", |t| {
        *t = t.replacen("http://archiver.yingjiesheng.com/job-000-395-557.html", "https://www.yingjiesheng.com/", 1)
    });
    assert_reports(
        &p,
        &[&format!(
            "content/news/{file}:{line} › sources[0].url: “https://www.yingjiesheng.com/” is a site's home page"
        )],
    );
    // A source known only by name and date, without its date.
    let byd = "2014-06-28-first-byd-ebuses.md";
    let (p, line) = problems_after_article_edit(byd, "published = \"2014-06-29\"", |t| {
        *t = t.replacen("published = \"2014-06-29\"", "undated = true\naccessed = \"2026-11-26\"", 1)
    });
    assert_reports(&p, &[&format!("content/news/{byd}:{} › sources[0].url: a source without an address", line - 3)]);
}

#[test]
fn broken_invest_file_is_reported() {
    let p = problems_after(|f| edit(&mut f.invest, |v| v["options"][1]["reference_prices"][1]["sources"] = json!([])));
    assert_reports(&p, &["invest.json › options[1] (factory-rent).reference_prices", "needs at least one source"]);
    let p = problems_after(|f| edit(&mut f.invest, |v| v["options"].as_array_mut().unwrap().swap(0, 2)));
    assert_reports(&p, &["invest.json › options: ids must be"]);
}

#[test]
fn calculator_defaults_in_the_wrong_unit_or_without_a_basis_are_reported() {
    let rent = |v: &mut Value| {
        let list = v["calculator"].as_array_mut().unwrap();
        list.iter_mut().find(|d| d["input"] == "rent").unwrap().clone()
    };
    let index =
        |v: &Value, input: &str| v["calculator"].as_array().unwrap().iter().position(|d| d["input"] == input).unwrap();
    // A monthly rent where a daily one belongs: a wrong number on screen, caught here instead.
    let p = problems_after(|f| {
        edit(&mut f.invest, |v| {
            let i = index(v, "rent");
            v["calculator"][i]["unit"] = json!("元/m²/月")
        })
    });
    assert_reports(
        &p,
        &["invest.json › calculator[", "(rent).unit: is YuanPerM2Month, but this input is in YuanPerM2Day"],
    );
    let p = problems_after(|f| {
        edit(&mut f.invest, |v| {
            let i = index(v, "rent");
            v["calculator"][i]["unit"] = json!("元/平方米")
        })
    });
    assert_reports(&p, &["invest.json", "unknown variant"]);
    let p = problems_after(|f| {
        edit(&mut f.invest, |v| {
            let i = index(v, "land-price");
            v["calculator"][i]["sources"] = json!([])
        })
    });
    assert_reports(&p, &["(land-price).sources: a default needs sources, or `assumption: true`"]);
    let p = problems_after(|f| {
        edit(&mut f.invest, |v| {
            let i = index(v, "area");
            v["calculator"][i]["value"] = json!(-5)
        })
    });
    assert_reports(&p, &["(area).value: -5 is outside"]);
    let p = problems_after(|f| {
        edit(&mut f.invest, |v| {
            let extra = rent(v);
            v["calculator"].as_array_mut().unwrap().push(extra)
        })
    });
    assert_reports(&p, &["invest.json › calculator: input “rent” has 2 defaults, not one"]);
}

#[test]
fn broken_policies_file_is_reported() {
    let p = problems_after(|f| edit(&mut f.policies, |v| v["policies"][0]["valid_to"] = json!("2020-01-01")));
    assert_reports(&p, &["policies.json › policies[0] (tj-manufacturing-2023).valid_to: ends before it starts"]);
    let p = problems_after(|f| edit(&mut f.policies, |v| v["policies"][1]["valid_from"] = json!(20230101)));
    assert_reports(&p, &["policies.json › policies[1] (tj-digital-2024-draft).valid_from", "invalid type"]);
}

/// The corrections of the fact audit, undone one kind at a time: each copy must fail the check
/// with a message naming the file, the record and the field.
#[test]
fn undoing_a_correction_fails_the_check() {
    // A district figure given a park's scope (the new city's 一核多点 total is not one park's).
    let p = problems_after(|f| {
        edit(&mut f.parks, |v| {
            let figures = v["district"]["figures"].as_array_mut().unwrap();
            let output = figures.iter_mut().find(|x| x["key"] == "industrial-output-2025").unwrap();
            output["scope"] = json!("park");
        })
    });
    assert_reports(
        &p,
        &[
            "parks.json › district “京津产业新城“一核多点”规上工业产值（2025年1—7月）”.scope",
            "never one park's or town's",
        ],
    );
    // A source with no date of its own and no record of when it was read.
    let p = problems_after(|f| {
        edit(&mut f.invest, |v| {
            let office = v["options"].as_array_mut().unwrap().iter_mut().find(|o| o["id"] == "office-rent").unwrap();
            let savills = &mut office["reference_prices"][1]["sources"][0];
            let source = savills.as_object_mut().unwrap();
            source.remove("undated");
            source.remove("accessed");
        })
    });
    assert_reports(
        &p,
        &[
            "invest.json › options[2] (office-rent).reference_prices “天津全市甲级写字楼平均租金（2024年二季度）”.sources[0].published",
            "every source needs the date it was published",
        ],
    );
    let p = problems_after(|f| {
        edit(&mut f.parks, |v| {
            v["district"]["access"][0]["sources"][0].as_object_mut().unwrap().remove("published").map(drop).unwrap()
        })
    });
    assert_reports(&p, &["parks.json › district “区中心距北京市区”.sources[0].published"]);
    let p = problems_after(|f| {
        edit(&mut f.parks, |v| v["district"]["figures"][1]["sources"][0]["published"] = json!("2020"))
    });
    assert_reports(
        &p,
        &["parks.json › district “户籍人口”.sources[0].undated: a source with a `published` date is not undated"],
    );
    // The 京滨 renaming cited through an aggregator's tag page again.
    let tag_page = "https://reportify.ai/tags/concept?tagValue=%E7%BB%BF%E8%89%B2%E5%8C%96%E8%B5%8B%E8%83%BD";
    let p = problems_after(|f| {
        edit(&mut f.parks, |v| v["parks"][3]["renamings"][0]["sources"][0]["url"] = json!(tag_page))
    });
    assert_reports(
        &p,
        &[
            "parks.json › parks[3] (jingbin).renamings[0].sources[0].url",
            "is a tag or channel page: cite the page that states the fact",
        ],
    );
    // The land floor price cited through a channel page, a search page or a home page.
    let p = problems_after_policy_edit("land-floor-price", |p| {
        p["sources"][0]["url"] = json!("https://www.tjftz.gov.cn/channels/6610.html");
        p["sources"][1]["url"] = json!("https://www.chinadaily.com.cn/search?q=land");
        p["sources"][2]["url"] = json!("https://lz-consultants.com/");
    });
    assert_reports(
        &p,
        &[
            "(land-floor-price).sources[0].url",
            "is a tag or channel page",
            "(land-floor-price).sources[1].url",
            "is a search page",
            "(land-floor-price).sources[2].url",
            "is a site's home page",
        ],
    );
    // An article without its English title and summary.
    let p = problems_after(|f| drop(f.news.remove("2014-06-28-first-byd-ebuses.en.md")));
    assert_reports(&p, &["content/news/2014-06-28-first-byd-ebuses.md: has no English counterpart"]);
    // A figure added in Chinese only.
    let p = problems_after(|f| {
        edit(&mut f.english.parks, |v| drop(v["parks"][2]["figures"].as_array_mut().unwrap().remove(3)))
    });
    assert_reports(
        &p,
        &["en/parks.json: does not line up", "parks.json › parks[auto-parts].figures: the Chinese file has"],
    );
}

#[test]
fn shape_errors_give_the_line_of_the_field() {
    let p = problems_after(|f| f.parks = f.parks.replacen("\"scope\": \"district\"", "\"scope\": \"region\"", 1));
    let line = read("parks.json").lines().position(|l| l.contains("\"scope\": \"district\"")).unwrap() + 1;
    assert_reports(
        &p,
        &["parks.json › district.access[0].scope", "unknown variant `region`", &format!("at line {line} column")],
    );
}

/// The index of the policy with this id in a parsed policies.json.
fn policy_at(v: &Value, id: &str) -> usize {
    v["policies"].as_array().unwrap().iter().position(|p| p["id"] == id).unwrap()
}

/// Applies `change` to the shipped policy with this id and returns the problems reported.
fn problems_after_policy_edit(id: &str, change: impl FnOnce(&mut Value)) -> String {
    problems_after(|f| {
        edit(&mut f.policies, |v| {
            let i = policy_at(v, id);
            change(&mut v["policies"][i]);
        })
    })
}

#[test]
fn policy_categories_are_ids_from_the_files_own_list() {
    let p = problems_after_policy_edit("tj-manufacturing-2023", |p| p["category"] = json!("产业与技改投资补助"));
    assert_reports(
        &p,
        &[
            "policies.json › policies[0] (tj-manufacturing-2023).category",
            "“产业与技改投资补助” is a label: use its id “industrial-investment” (policies.json categories)",
        ],
    );
    let p = problems_after_policy_edit("core-area-2023", |p| p["category"] = json!("nonsense"));
    assert_reports(&p, &["(core-area-2023).category: “nonsense” is not an id in policies.json categories"]);
    let p = problems_after(|f| edit(&mut f.policies, |v| v["categories"][1]["id"] = json!("Digital Transformation")));
    assert_reports(&p, &["policies.json › categories[1] (Digital Transformation).id: ids use only a-z, 0-9 and -"]);
    let p = problems_after(|f| edit(&mut f.policies, |v| v["categories"][2]["label"] = json!("综合支持")));
    assert_reports(&p, &["policies.json › categories: label “综合支持” appears more than once"]);
    let p = problems_after(|f| {
        edit(&mut f.policies, |v| v.as_object_mut().unwrap().remove("categories").map(drop).unwrap())
    });
    assert_reports(&p, &["policies.json", "missing field `categories`"]);
    let p = problems_after_policy_edit("wuqing-new-city-2025", |p| p["scope"] = json!("park"));
    assert_reports(&p, &["(wuqing-new-city-2025).scope: policies carry no park or town ids"]);
}

#[test]
fn policy_status_must_agree_with_dates_replacement_and_title() {
    let p = problems_after_policy_edit("tj-manufacturing-2023", |p| p["status"] = json!("expired"));
    assert_reports(
        &p,
        &[
            "(tj-manufacturing-2023).status",
            "unknown variant `expired`, expected one of `in-force`, `lapsed`, `superseded`, `draft`",
        ],
    );
    let p = problems_after_policy_edit("tj-manufacturing-2023", |p| p["status"] = json!("InForce"));
    assert_reports(&p, &["(tj-manufacturing-2023).status", "unknown variant `InForce`"]);
    // Every policy says when its status was last checked.
    let p = problems_after_policy_edit("one-window-2019", |p| {
        p.as_object_mut().unwrap().remove("checked").map(drop).unwrap()
    });
    assert_reports(&p, &["policies.json › policies[5] (one-window-2019).checked: every policy needs the date"]);
    // Superseded names what replaced it.
    let p = problems_after_policy_edit("address-separation-2020", |p| {
        p.as_object_mut().unwrap().remove("replaced_by").map(drop).unwrap()
    });
    assert_reports(&p, &["(address-separation-2020).replaced_by: a superseded policy names what replaced it"]);
    let p = problems_after_policy_edit("address-separation-2020", |p| p["replaced_by"]["title"] = json!(" "));
    assert_reports(&p, &["(address-separation-2020).replaced_by: a superseded policy names what replaced it"]);
    // Lapsed: a valid_to before the check, or a note saying why.
    let p = problems_after_policy_edit("tj-manufacturing-2023", |p| {
        p["status"] = json!("lapsed");
        p.as_object_mut().unwrap().remove("validity");
    });
    assert_reports(
        &p,
        &["(tj-manufacturing-2023).valid_to: a lapsed policy needs a valid_to before the date it was checked"],
    );
    let p = problems_after_policy_edit("tj-manufacturing-2023", |p| {
        p["status"] = json!("lapsed");
        p["valid_to"] = json!("2024-01-01");
        p.as_object_mut().unwrap().remove("validity");
    });
    assert!(!p.contains("(tj-manufacturing-2023)"), "ended before it was checked: lapsed is right\n{p}");
    let p = problems_after_policy_edit("tj-manufacturing-2023", |p| p["status"] = json!("lapsed"));
    assert!(!p.contains("(tj-manufacturing-2023)"), "a validity note may explain the lapse\n{p}");
    // In force but ended before the check.
    let p = problems_after_policy_edit("tj-manufacturing-2023", |p| p["valid_to"] = json!("2024-01-01"));
    assert_reports(
        &p,
        &["(tj-manufacturing-2023).status: is in-force, but valid_to is before the date it was checked"],
    );
    // A draft is marked 征求意见稿, and a title marked so is a draft.
    let p = problems_after_policy_edit("tj-digital-2024-draft", |p| {
        p["title"] = json!("天津市制造业高质量发展项目和资金管理暂行办法")
    });
    assert_reports(&p, &["(tj-digital-2024-draft).title: a draft's title is marked 征求意见稿"]);
    let p = problems_after_policy_edit("tj-digital-2024-draft", |p| p["status"] = json!("in-force"));
    assert_reports(&p, &["(tj-digital-2024-draft).status: the title is marked 征求意见稿: the status is draft"]);
    // Only a policy that no longer applies has been replaced.
    let p = problems_after_policy_edit("one-window-2019", |p| {
        p["replaced_by"] = json!({"title": "某新办法", "document_number": null})
    });
    assert_reports(&p, &["(one-window-2019).replaced_by: only a lapsed or superseded policy has been replaced"]);
}

#[test]
fn policies_in_force_on_the_research_date_leave_out_the_superseded_and_the_draft() {
    use domain::date::PartialDate;
    use domain::model::{PoliciesFile, PolicyStatus};
    use domain::policies::{filter_policies, PolicyFilter};
    let file: PoliciesFile = domain::parse::parse_content("policies.json", &read("policies.json")).unwrap();
    let research = PartialDate::ymd(2026, 11, 27);
    let ids = |filter: PolicyFilter| {
        filter_policies(&file.policies, &filter).iter().map(|p| p.id.clone()).collect::<Vec<_>>()
    };
    let now = ids(PolicyFilter { category: None, in_force_on: Some(research) });
    assert!(!now.contains(&"address-separation-2020".to_string()), "superseded by the 经营主体 rules: {now:?}");
    assert!(!now.contains(&"tj-digital-2024-draft".to_string()), "a draft is never in force: {now:?}");
    assert!(now.contains(&"tj-manufacturing-2023".to_string()), "{now:?}");
    let business = ids(PolicyFilter { category: Some("business-environment".into()), in_force_on: None });
    assert!(business.contains(&"address-separation-2020".to_string()) && business.len() >= 3, "{business:?}");
    for policy in &file.policies {
        let label = file.category_label(&policy.category);
        assert!(label.is_some(), "{} has no category label", policy.id);
        if policy.status != PolicyStatus::InForce {
            assert!(!now.contains(&policy.id), "{} is {:?}", policy.id, policy.status);
        }
    }
}

#[test]
fn committed_schemas_match_the_rust_types() {
    let dir = data_dir().join("schema");
    let update = std::env::var_os("UPDATE_SCHEMAS").is_some();
    for (name, generated) in schema::all() {
        let path = dir.join(name);
        if update {
            fs::create_dir_all(&dir).unwrap();
            fs::write(&path, &generated).unwrap();
            continue;
        }
        let committed = fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "public/data/schema/{name} is out of date with the Rust types: run `UPDATE_SCHEMAS=1 cargo test -p wuqing-domain --test content` and commit it"
        );
    }
}

#[test]
fn every_file_points_at_its_schema() {
    let files = [
        ("site.json", "schema/site.schema.json"),
        ("parks.json", "schema/parks.schema.json"),
        ("invest.json", "schema/invest.schema.json"),
        ("policies.json", "schema/policies.schema.json"),
        ("synonyms.json", "schema/synonyms.schema.json"),
    ];
    for (file, schema) in files {
        let value: Value = serde_json::from_str(&read(file)).unwrap();
        assert_eq!(value["$schema"], schema, "{file} should reference {schema}");
    }
}

//! How facts read on screen: numbers with their units and qualifiers, “as of” dates, scope
//! labels, current names, ordered timelines. Pure functions the park views call.

use super::date::PartialDate;
use super::model::{Figure, Milestone, Park, Quantity, Reliability, Renaming, Scope};

/// What the site says where no trustworthy public figure exists.
pub const UNKNOWN_ZH: &str = "暂无公开数据";

/// `98336` → `98,336`; `25.9` → `25.9`; `0.96` → `0.96`. Never prints NaN or infinity.
pub fn format_amount(amount: f64) -> String {
    if !amount.is_finite() {
        return UNKNOWN_ZH.to_string();
    }
    let text = format!("{:.2}", amount.abs());
    let (whole, frac) = text.split_once('.').unwrap_or((&text, ""));
    let frac = frac.trim_end_matches('0');
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let sign = if amount < 0.0 && (whole != "0" || !frac.is_empty()) { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

/// `超过1,200家`, `22平方公里`.
pub fn quantity_text(q: &Quantity) -> String {
    format!("{}{}{}", q.qualifier.as_deref().unwrap_or(""), format_amount(q.amount), q.unit)
}

/// The value of a figure, or 暂无公开数据.
pub fn figure_text(figure: &Figure) -> String {
    figure.value.as_ref().map(quantity_text).unwrap_or_else(|| UNKNOWN_ZH.to_string())
}

/// `截至2016年12月`.
pub fn as_of_text(date: PartialDate) -> String {
    format!("截至{}", date.display_zh())
}

/// Whose figure it is, so a district number is never read as the park's own.
pub fn scope_label(scope: Scope) -> &'static str {
    match scope {
        Scope::Park => "园区数据",
        Scope::Town => "镇域数据",
        Scope::District => "区级数据",
        Scope::City => "天津市数据",
        Scope::National => "全国数据",
    }
}

pub fn reliability_label(reliability: Reliability) -> &'static str {
    match reliability {
        Reliability::Official => "官方",
        Reliability::Press => "媒体",
        Reliability::Trade => "行业",
        Reliability::Weak => "参考（可靠性较弱）",
    }
}

/// The park's latest renaming, if it was renamed.
pub fn latest_renaming(park: &Park) -> Option<&Renaming> {
    park.renamings.iter().max_by_key(|r| r.date)
}

/// The park's name today: its latest renaming, or the demonstration-park name.
pub fn current_name(park: &Park) -> &str {
    latest_renaming(park).map_or(park.name.as_str(), |r| r.name.as_str())
}

/// The history, oldest first; equal dates keep their order in the file.
pub fn timeline(park: &Park) -> Vec<&Milestone> {
    let mut steps: Vec<&Milestone> = park.timeline.iter().collect();
    steps.sort_by_key(|m| m.date);
    steps
}

/// The figure with this key, if the list has it.
pub fn figure_by_key<'a>(figures: &'a [Figure], key: &str) -> Option<&'a Figure> {
    figures.iter().find(|f| f.key.as_deref() == Some(key))
}

/// Figures that share one date and one set of sources, so a block of district figures can
/// cite its source once. Keeps the figures' order; a figure joins the group before it only
/// when date and sources match.
pub fn group_by_citation(figures: &[Figure]) -> Vec<Vec<&Figure>> {
    let mut groups: Vec<Vec<&Figure>> = Vec::new();
    for figure in figures {
        match groups.last_mut() {
            Some(group) if group[0].as_of == figure.as_of && group[0].sources == figure.sources => group.push(figure),
            _ => groups.push(vec![figure]),
        }
    }
    groups
}

/// The park's own known figures, newest first, at most `n`: the “latest known figures”.
pub fn latest_park_figures(park: &Park, n: usize) -> Vec<&Figure> {
    let mut own: Vec<&Figure> = park.figures.iter().filter(|f| f.scope == Scope::Park && f.value.is_some()).collect();
    own.sort_by_key(|f| std::cmp::Reverse(f.as_of));
    own.truncate(n);
    own
}

/// The newest `n` items, newest first.
pub fn latest<T>(items: &[T], date: impl Fn(&T) -> PartialDate, n: usize) -> Vec<&T> {
    let mut sorted: Vec<&T> = items.iter().collect();
    sorted.sort_by_key(|item| std::cmp::Reverse(date(item)));
    sorted.truncate(n);
    sorted
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn amounts_read_naturally() {
        assert_eq!(format_amount(98336.0), "98,336");
        assert_eq!(format_amount(25.9), "25.9");
        assert_eq!(format_amount(0.96), "0.96");
        assert_eq!(format_amount(1574.0), "1,574");
        assert_eq!(format_amount(107.72), "107.72");
        assert_eq!(format_amount(f64::NAN), UNKNOWN_ZH);
        assert_eq!(format_amount(-1200.5), "-1,200.5");
    }

    #[test]
    fn quantities_carry_qualifier_and_unit() {
        let q = Quantity { amount: 1200.0, unit: "家".into(), qualifier: Some("超过".into()) };
        assert_eq!(quantity_text(&q), "超过1,200家");
        assert_eq!(as_of_text(PartialDate::parse("2016-12").unwrap()), "截至2016年12月");
    }

    fn figure(label: &str, as_of: &str, url: &str) -> Figure {
        Figure {
            key: None,
            label: label.into(),
            scope: Scope::District,
            value: Some(Quantity { amount: 1.0, unit: "公里".into(), qualifier: None }),
            as_of: Some(PartialDate::parse(as_of).unwrap()),
            sources: vec![crate::domain::model::Source {
                publisher: "p".into(),
                url: url.into(),
                published: None,
                reliability: Reliability::Official,
            }],
            note: None,
        }
    }

    #[test]
    fn figures_with_the_same_citation_group_together_in_order() {
        let a = figure("a", "2020-11-21", "https://a.cn/");
        let b = figure("b", "2020-11-21", "https://a.cn/");
        let c = figure("c", "2010-01", "https://b.cn/");
        let d = figure("d", "2020-11-21", "https://a.cn/");
        let figures = [a, b, c, d];
        let labels: Vec<Vec<&str>> =
            group_by_citation(&figures).iter().map(|g| g.iter().map(|f| f.label.as_str()).collect()).collect();
        assert_eq!(labels, vec![vec!["a", "b"], vec!["c"], vec!["d"]]);
    }

    #[test]
    fn timeline_is_oldest_first_and_current_name_is_the_latest_renaming() {
        let parks: crate::domain::model::ParksFile =
            serde_json::from_str(include_str!("../../public/data/parks.json")).unwrap();
        for park in &parks.parks {
            let dates: Vec<PartialDate> = timeline(park).iter().map(|m| m.date).collect();
            assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{} timeline out of order", park.id);
        }
        let carpet = parks.parks.iter().find(|p| p.id == "carpet").unwrap();
        assert_eq!(current_name(carpet), "天津京津电子商务产业园");
        let bicycle = parks.parks.iter().find(|p| p.id == "bicycle-kingdom").unwrap();
        assert_eq!(current_name(bicycle), "中华自行车王国产业园");
    }

    #[test]
    fn latest_park_figures_are_the_parks_own_known_and_newest() {
        let parks: crate::domain::model::ParksFile =
            serde_json::from_str(include_str!("../../public/data/parks.json")).unwrap();
        for park in &parks.parks {
            let figures = latest_park_figures(park, 2);
            assert!(figures.iter().all(|f| f.scope == Scope::Park && f.value.is_some()));
            assert!(figures.windows(2).all(|w| w[0].as_of >= w[1].as_of));
        }
    }

    #[test]
    fn latest_picks_the_newest_first() {
        let dates = ["2014-03", "2025-08-22", "2007-02-13", "2025-08"].map(|d| PartialDate::parse(d).unwrap());
        let newest: Vec<String> = latest(&dates, |d| *d, 2).iter().map(|d| d.to_string()).collect();
        assert_eq!(newest, ["2025-08-22", "2025-08"]);
    }

    proptest! {
        #[test]
        fn formatted_amounts_never_show_nan_and_parse_back(amount in -1e9f64..1e9) {
            let text = format_amount(amount);
            prop_assert!(!text.contains("NaN") && !text.contains("inf"));
            let back: f64 = text.replace(',', "").parse().unwrap();
            prop_assert!((back - amount).abs() <= 0.005 + 1e-9, "{} -> {}", amount, text);
        }
    }
}

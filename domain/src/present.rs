//! How facts read on screen: numbers with their units and qualifiers (in words the caller
//! supplies: the app's text module), current names, ordered timelines, figures grouped by
//! citation. Pure functions the park views call; no sentences in any language.

use super::model::{Figure, Milestone, Park, Qualifier, Quantity, Renaming, Scope};

/// `98336` → `98,336`; `25.9` → `25.9`; `0.96` → `0.96`. `None` for NaN or infinity, which
/// are never printed.
pub fn format_amount(amount: f64) -> Option<String> {
    if !amount.is_finite() {
        return None;
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
    Some(if frac.is_empty() { format!("{sign}{grouped}") } else { format!("{sign}{grouped}.{frac}") })
}

/// English amounts: thousands separators, and “million”/“billion” from a million up
/// (`120000000` → `120 million`, `1234567890` → `1.23 billion`). `None` for NaN or infinity.
pub fn english_amount(amount: f64) -> Option<String> {
    let magnitude = amount.abs();
    let (scaled, word) = match magnitude {
        m if m >= 1e9 => (amount / 1e9, " billion"),
        m if m >= 1e6 => (amount / 1e6, " million"),
        _ => return format_amount(amount),
    };
    Some(format!("{}{word}", format_amount(scaled)?))
}

/// How a language writes a quantity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberStyle {
    /// `约22平方公里`: no spaces, the unit as the file gives it (万 and 亿 included).
    Chinese,
    /// `about 22 km²`: spaces, and the unit already converted (see `translation::english_unit`).
    English,
}

/// The amount with its unit, `22平方公里`, after the qualifier's word when there is one. The
/// words are the caller's: `qualifier_label` gives the one for each `Qualifier`.
/// `None` when the amount is not a finite number.
pub fn quantity_text(
    q: &Quantity,
    qualifier_label: impl Fn(Qualifier) -> &'static str,
    style: NumberStyle,
) -> Option<String> {
    let qualifier = q.qualifier.map_or("", qualifier_label);
    Some(match style {
        NumberStyle::Chinese => format!("{qualifier}{}{}", format_amount(q.amount)?, q.unit),
        NumberStyle::English => {
            let words = [qualifier, &english_amount(q.amount)?, &q.unit];
            words.iter().filter(|w| !w.is_empty()).copied().collect::<Vec<_>>().join(" ")
        }
    })
}

/// The value of a figure (see `quantity_text`); `None` when it is unknown, which the page
/// shows in its own words.
pub fn figure_text(
    figure: &Figure,
    qualifier_label: impl Fn(Qualifier) -> &'static str,
    style: NumberStyle,
) -> Option<String> {
    figure.value.as_ref().and_then(|q| quantity_text(q, qualifier_label, style))
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

/// The key of a park's figure for industrial land ready to sell (可出让工业用地).
pub const READY_LAND: &str = "ready-land";

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::PartialDate;
    use crate::model::Reliability;
    use proptest::prelude::*;

    #[test]
    fn amounts_read_naturally() {
        let text = |a: f64| format_amount(a).unwrap();
        assert_eq!(text(98336.0), "98,336");
        assert_eq!(text(25.9), "25.9");
        assert_eq!(text(0.96), "0.96");
        assert_eq!(text(1574.0), "1,574");
        assert_eq!(text(107.72), "107.72");
        assert_eq!(text(-1200.5), "-1,200.5");
        assert_eq!(format_amount(f64::NAN), None);
        assert_eq!(format_amount(f64::INFINITY), None);
    }

    fn qualifier_zh(qualifier: Qualifier) -> &'static str {
        match qualifier {
            Qualifier::About => "约",
            Qualifier::Over => "超过",
        }
    }

    #[test]
    fn quantities_carry_qualifier_and_unit() {
        let q = Quantity { amount: 1200.0, unit: "家".into(), qualifier: Some(Qualifier::Over) };
        assert_eq!(quantity_text(&q, qualifier_zh, NumberStyle::Chinese).unwrap(), "超过1,200家");
        let exact = Quantity { qualifier: None, ..q };
        assert_eq!(quantity_text(&exact, qualifier_zh, NumberStyle::Chinese).unwrap(), "1,200家");
        let about = |_| "about";
        let yuan = Quantity { amount: 1.2e8, unit: "yuan".into(), qualifier: Some(Qualifier::About) };
        assert_eq!(quantity_text(&yuan, about, NumberStyle::English).unwrap(), "about 120 million yuan");
        let count = Quantity { amount: 3.0, unit: String::new(), qualifier: None };
        assert_eq!(quantity_text(&count, about, NumberStyle::English).unwrap(), "3");
    }

    #[test]
    fn english_amounts_use_million_and_billion() {
        assert_eq!(english_amount(850_000.0).unwrap(), "850,000");
        assert_eq!(english_amount(1_000_000.0).unwrap(), "1 million");
        assert_eq!(english_amount(1.2e8).unwrap(), "120 million");
        assert_eq!(english_amount(1_234_567_890.0).unwrap(), "1.23 billion");
        assert_eq!(english_amount(-2.5e6).unwrap(), "-2.5 million");
        assert_eq!(english_amount(f64::NAN), None);
    }

    #[test]
    fn unknown_figures_say_so() {
        let mut f = figure("a", "2020-11-21", "https://a.cn/");
        assert_eq!(figure_text(&f, qualifier_zh, NumberStyle::Chinese).unwrap(), "1公里");
        f.value.as_mut().unwrap().qualifier = Some(Qualifier::About);
        assert_eq!(figure_text(&f, qualifier_zh, NumberStyle::Chinese).unwrap(), "约1公里");
        f.value.as_mut().unwrap().amount = f64::NAN;
        assert_eq!(figure_text(&f, qualifier_zh, NumberStyle::Chinese), None, "never NaN on screen");
        f.value = None;
        assert_eq!(figure_text(&f, qualifier_zh, NumberStyle::Chinese), None);
    }

    fn figure(label: &str, as_of: &str, url: &str) -> Figure {
        Figure {
            key: None,
            label: label.into(),
            scope: Scope::District,
            value: Some(Quantity { amount: 1.0, unit: "公里".into(), qualifier: None }),
            as_of: Some(PartialDate::parse(as_of).unwrap()),
            sources: vec![crate::model::Source {
                publisher: "p".into(),
                url: Some(url.into()),
                published: None,
                accessed: None,
                undated: false,
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
        let parks: crate::model::ParksFile =
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
    fn ready_land_is_a_park_figure_in_mu_where_it_is_known() {
        let parks: crate::model::ParksFile =
            serde_json::from_str(include_str!("../../public/data/parks.json")).unwrap();
        let known: Vec<&Figure> = parks.parks.iter().filter_map(|p| figure_by_key(&p.figures, READY_LAND)).collect();
        assert!(!known.is_empty(), "at least one park states its land ready to sell");
        for f in known {
            assert_eq!(f.scope, Scope::Park);
            assert_eq!(f.value.as_ref().map(|q| q.unit.as_str()), Some("亩"));
        }
    }

    #[test]
    fn latest_park_figures_are_the_parks_own_known_and_newest() {
        let parks: crate::model::ParksFile =
            serde_json::from_str(include_str!("../../public/data/parks.json")).unwrap();
        for park in &parks.parks {
            let figures = latest_park_figures(park, 2);
            assert!(figures.iter().all(|f| f.scope == Scope::Park && f.value.is_some()));
            assert!(figures.windows(2).all(|w| w[0].as_of >= w[1].as_of));
        }
    }

    proptest! {
        #[test]
        fn formatted_amounts_never_show_nan_and_parse_back(amount in -1e9f64..1e9) {
            let text = format_amount(amount).expect("a finite amount formats");
            prop_assert!(!text.contains("NaN") && !text.contains("inf"));
            let back: f64 = text.replace(',', "").parse().unwrap();
            prop_assert!((back - amount).abs() <= 0.005 + 1e-9, "{} -> {}", amount, text);
        }
    }
}

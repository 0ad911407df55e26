//! The news list's URL state: `/news?q=&park=&category=&tag=&from=&to=&page=`, where park,
//! category and tag are ids. Parsed from the query pairs and printed back; malformed values
//! are dropped, the rest kept (`FacetOrder::sanitize` then checks the ids).

use super::date::PartialDate;

/// Articles per page.
pub const PAGE_SIZE: usize = 20;

/// What the visitor asked the news list for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewsQuery {
    pub q: String,
    pub park: Option<String>,
    pub category: Option<String>,
    pub tag: Option<String>,
    /// Inclusive, full dates.
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
    /// 1-based.
    pub page: usize,
}

impl NewsQuery {
    /// Reads the query from decoded `(key, value)` pairs. Unknown keys and malformed values
    /// are ignored; an empty value means no filter.
    fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut query = NewsQuery { page: 1, ..Default::default() };
        let text = |v: &str| Some(v.trim().to_string()).filter(|v| !v.is_empty());
        let day = |v: &str| PartialDate::parse(v.trim()).ok().filter(|d| d.day.is_some());
        for (key, value) in pairs {
            match key {
                "q" => query.q = value.to_string(),
                "park" => query.park = text(value),
                "category" => query.category = text(value),
                "tag" => query.tag = text(value),
                "from" => query.from = day(value),
                "to" => query.to = day(value),
                "page" => query.page = value.trim().parse().ok().filter(|&p| p >= 1).unwrap_or(1),
                _ => {}
            }
        }
        query
    }

    /// Reads a raw query string such as `q=%E8%80%83%E5%AF%9F&page=2` (with or without `?`).
    pub fn parse(query_string: &str) -> Self {
        let pairs: Vec<(String, String)> =
            form_urlencoded::parse(query_string.trim_start_matches('?').as_bytes()).into_owned().collect();
        Self::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// The query string for this state, without `?`; defaults are left out (page 1, no filter).
    pub fn to_query_string(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        if !self.q.is_empty() {
            out.append_pair("q", &self.q);
        }
        for (key, value) in [("park", &self.park), ("category", &self.category), ("tag", &self.tag)] {
            if let Some(v) = value {
                out.append_pair(key, v);
            }
        }
        for (key, value) in [("from", self.from), ("to", self.to)] {
            if let Some(d) = value {
                out.append_pair(key, &d.to_string());
            }
        }
        if self.page > 1 {
            out.append_pair("page", &self.page.to_string());
        }
        out.finish()
    }

    /// `/news` with this state.
    pub fn href(&self) -> String {
        match self.to_query_string() {
            s if s.is_empty() => "/news".to_string(),
            s => format!("/news?{s}"),
        }
    }

    /// True when no filter or search is active (the page may still be > 1).
    pub fn is_unfiltered(&self) -> bool {
        self.q.trim().is_empty()
            && self.park.is_none()
            && self.category.is_none()
            && self.tag.is_none()
            && self.from.is_none()
            && self.to.is_none()
    }

    /// This state after a change to its search or filters: any such change starts again from
    /// page 1, since the old page number counts pages of other results.
    pub fn edited(&self, edit: impl FnOnce(&mut NewsQuery)) -> Self {
        let mut next = self.clone();
        edit(&mut next);
        next.page = 1;
        next
    }

    /// The same filters on another page.
    pub fn with_page(&self, page: usize) -> Self {
        Self { page, ..self.clone() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn malformed_values_are_dropped_and_the_rest_applied() {
        let q = NewsQuery::parse("?q=考察&park=carpet&from=2025-13-01&to=2025-12-31&page=zero&colour=red");
        assert_eq!(q.q, "考察");
        assert_eq!(q.park.as_deref(), Some("carpet"));
        assert_eq!(q.from, None);
        assert_eq!(q.to, PartialDate::parse("2025-12-31").ok());
        assert_eq!(q.page, 1);
        assert_eq!(NewsQuery::parse("page=0").page, 1);
        assert_eq!(NewsQuery::parse("from=2025-08").from, None, "only full dates filter");
    }

    #[test]
    fn a_filter_change_starts_again_from_page_1() {
        let on_page_3 = NewsQuery::parse("q=园区&page=3");
        assert_eq!(on_page_3.edited(|q| q.park = Some("carpet".into())).page, 1);
        assert_eq!(on_page_3.edited(|q| q.q.push('区')).q, "园区区");
    }

    #[test]
    fn defaults_are_left_out_of_the_url() {
        assert_eq!(NewsQuery::parse("").href(), "/news");
        assert_eq!(NewsQuery::parse("page=1&tag=").href(), "/news");
        assert_eq!(
            NewsQuery::parse("q=招商政策&tag=investment-policy&page=2").to_query_string(),
            "q=%E6%8B%9B%E5%95%86%E6%94%BF%E7%AD%96&tag=investment-policy&page=2"
        );
    }

    fn any_date() -> impl Strategy<Value = Option<PartialDate>> {
        proptest::option::of((2000u16..2030, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| PartialDate::ymd(y, m, d)))
    }

    fn any_text() -> impl Strategy<Value = Option<String>> {
        proptest::option::of("[^\\s]\\PC{0,8}[^\\s]|[^\\s]")
    }

    proptest! {
        #[test]
        fn url_round_trips(q in "\\PC{0,12}", park in any_text(), category in any_text(), tag in any_text(),
                           from in any_date(), to in any_date(), page in 1usize..500) {
            let query = NewsQuery { q, park, category, tag, from, to, page };
            prop_assert_eq!(NewsQuery::parse(&query.to_query_string()), query);
        }

        #[test]
        fn parsing_never_panics(raw in "\\PC{0,60}") {
            let _ = NewsQuery::parse(&raw);
        }
    }
}

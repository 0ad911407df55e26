//! The policy library's rules: which policies a visitor sees for a category and on a date.
//! Pure functions over `Policy`; the page supplies the date, since the domain has no clock.
//!
//! Parks: no source ties a policy to one of the four parks, so policies carry no park ids and
//! there is no park filter. Each policy's `scope` says it is district-, city- or nation-wide;
//! a park page shows them as the rules around the park, never as the park's own.
//!
//! Dates may be partial (`2023-12`, `2025`). “In force on D” is claimed only when it holds on
//! every day both dates can mean: a policy that starts some day in December 2023 is not shown
//! as in force on 2023-12-10, nor one that ends some day in 2025 as in force on 2025-06-01.
//! A missing `valid_from` (start not published) does not exclude a policy whose status is
//! in force; a missing `valid_to` means no stated end.

use crate::date::PartialDate;
use crate::model::{Policy, PolicyStatus};

/// What the policy list is narrowed to; the default shows every policy.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PolicyFilter {
    /// A category id from policies.json; `None`: every category.
    pub category: Option<String>,
    /// Only policies in force on this date (see `in_force_on`); `None`: any status.
    pub in_force_on: Option<PartialDate>,
}

impl PolicyFilter {
    /// Reads `/policies?category=&valid=1` (with or without `?`); unknown values are ignored.
    /// `today` is the date “currently valid” means.
    pub fn parse(query_string: &str, categories: &[&str], today: PartialDate) -> Self {
        let mut filter = PolicyFilter::default();
        for (key, value) in form_urlencoded::parse(query_string.trim_start_matches('?').as_bytes()) {
            match key.as_ref() {
                "category" if categories.contains(&value.as_ref()) => filter.category = Some(value.into_owned()),
                "valid" if value == "1" => filter.in_force_on = Some(today),
                _ => {}
            }
        }
        filter
    }

    /// `/policies` with this filter.
    pub fn href(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        if let Some(category) = &self.category {
            out.append_pair("category", category);
        }
        if self.in_force_on.is_some() {
            out.append_pair("valid", "1");
        }
        match out.finish() {
            q if q.is_empty() => "/policies".to_string(),
            q => format!("/policies?{q}"),
        }
    }
}

/// True when the policy's stated end is certainly before `date`: the last day its `valid_to`
/// can mean comes before the first day `date` can mean. No `valid_to`: never.
pub fn ended_before(policy: &Policy, date: PartialDate) -> bool {
    policy.valid_to.is_some_and(|to| to.last_day() < date.first_day())
}

/// True when the policy is currently valid on `date`: its status is in force, it started on or
/// before `date` (or publishes no start), and it does not end before `date`. Lapsed,
/// superseded and draft policies never are, whatever their dates.
pub fn in_force_on(policy: &Policy, date: PartialDate) -> bool {
    let started = policy.valid_from.is_none_or(|from| from.last_day() <= date.first_day());
    let not_ended = policy.valid_to.is_none_or(|to| to.first_day() >= date.last_day());
    policy.status == PolicyStatus::InForce && started && not_ended
}

/// The policies that pass the filter, in file order. Never adds or repeats a policy.
pub fn filter_policies<'a>(policies: &'a [Policy], filter: &PolicyFilter) -> Vec<&'a Policy> {
    policies
        .iter()
        .filter(|p| filter.category.as_deref().is_none_or(|id| p.category == id))
        .filter(|p| filter.in_force_on.is_none_or(|date| in_force_on(p, date)))
        .collect()
}

#[cfg(test)]
mod url_tests {
    use super::*;

    #[test]
    fn the_filter_round_trips_through_the_url_and_ignores_the_unknown() {
        let today = PartialDate::ymd(2026, 11, 27);
        let known = ["land", "innovation"];
        let f = PolicyFilter::parse("?category=land&valid=1", &known, today);
        assert_eq!(f, PolicyFilter { category: Some("land".into()), in_force_on: Some(today) });
        assert_eq!(PolicyFilter::parse(&f.href().replace("/policies", ""), &known, today), f);
        assert_eq!(PolicyFilter::parse("category=castles&valid=yes", &known, today), PolicyFilter::default());
        assert_eq!(PolicyFilter::default().href(), "/policies");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Scope;
    use proptest::prelude::*;

    fn date(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    fn policy(id: &str, category: &str, status: PolicyStatus, from: Option<&str>, to: Option<&str>) -> Policy {
        Policy {
            official_title: None,
            id: id.into(),
            title: id.into(),
            issuer: None,
            document_number: None,
            category: category.into(),
            scope: Scope::City,
            valid_from: from.map(date),
            valid_to: to.map(date),
            validity: None,
            status,
            replaced_by: None,
            checked: Some(date("2026-11-27")),
            summary: String::new(),
            points: Vec::new(),
            sources: Vec::new(),
        }
    }

    #[test]
    fn in_force_from_its_first_day_to_its_last() {
        let p = policy("a", "land", PolicyStatus::InForce, Some("2020-07-20"), Some("2025-07-19"));
        assert!(!in_force_on(&p, date("2020-07-19")));
        assert!(in_force_on(&p, date("2020-07-20")));
        assert!(in_force_on(&p, date("2025-07-19")));
        assert!(!in_force_on(&p, date("2025-07-20")));
        assert!(ended_before(&p, date("2025-07-20")));
        assert!(!ended_before(&p, date("2025-07-19")));
    }

    #[test]
    fn no_stated_start_or_end_leaves_the_status_to_decide() {
        let open = policy("a", "land", PolicyStatus::InForce, None, None);
        assert!(in_force_on(&open, date("1990-01-01")));
        assert!(in_force_on(&open, date("2099-12-31")));
        assert!(!ended_before(&open, date("2099-12-31")));
    }

    #[test]
    fn partial_dates_count_only_when_every_day_they_can_mean_agrees() {
        let p = policy("a", "land", PolicyStatus::InForce, Some("2023-12"), Some("2025"));
        assert!(!in_force_on(&p, date("2023-12-10")), "may not have started yet");
        assert!(in_force_on(&p, date("2024-01-01")));
        assert!(!in_force_on(&p, date("2025-06-01")), "may already have ended");
        assert!(in_force_on(&p, date("2024")), "every day of 2024 is inside");
        assert!(in_force_on(&p, date("2024-06")));
        assert!(!ended_before(&p, date("2025-12-31")));
        assert!(ended_before(&p, date("2026-01-01")));
    }

    #[test]
    fn lapsed_superseded_and_draft_are_never_in_force() {
        for status in [PolicyStatus::Lapsed, PolicyStatus::Superseded, PolicyStatus::Draft] {
            let p = policy("a", "land", status, Some("2020-01-01"), None);
            assert!(!in_force_on(&p, date("2021-01-01")), "{status:?}");
        }
    }

    #[test]
    fn filters_by_category_and_date_in_file_order() {
        let all = [
            policy("old", "business-environment", PolicyStatus::Superseded, Some("2020-07-20"), Some("2025")),
            policy("draft", "digital-transformation", PolicyStatus::Draft, None, None),
            policy("open", "business-environment", PolicyStatus::InForce, Some("2019-10-01"), None),
            policy("land", "land", PolicyStatus::InForce, Some("2007-01-01"), None),
        ];
        let ids =
            |filter: &PolicyFilter| filter_policies(&all, filter).iter().map(|p| p.id.as_str()).collect::<Vec<_>>();
        assert_eq!(ids(&PolicyFilter::default()), ["old", "draft", "open", "land"]);
        let business = PolicyFilter { category: Some("business-environment".into()), in_force_on: None };
        assert_eq!(ids(&business), ["old", "open"]);
        let today = Some(date("2026-11-27"));
        assert_eq!(ids(&PolicyFilter { in_force_on: today, ..business }), ["open"]);
        assert_eq!(ids(&PolicyFilter { category: None, in_force_on: today }), ["open", "land"]);
        assert_eq!(ids(&PolicyFilter { category: Some("nonsense".into()), in_force_on: None }), [] as [&str; 0]);
    }

    fn any_date() -> impl Strategy<Value = PartialDate> {
        (2000u16..2030, proptest::option::of(1u8..=12), 1u8..=28, any::<bool>()).prop_map(
            |(year, month, day, with_day)| PartialDate { year, month, day: month.and(with_day.then_some(day)) },
        )
    }

    fn any_status() -> impl Strategy<Value = PolicyStatus> {
        prop_oneof![
            Just(PolicyStatus::InForce),
            Just(PolicyStatus::Lapsed),
            Just(PolicyStatus::Superseded),
            Just(PolicyStatus::Draft),
        ]
    }

    const CATEGORIES: [&str; 3] = ["land", "business-environment", "innovation"];

    fn any_policy() -> impl Strategy<Value = Policy> {
        (0..CATEGORIES.len(), any_status(), proptest::option::of(any_date()), proptest::option::of(any_date()))
            .prop_map(|(c, status, from, to)| Policy {
                valid_from: from,
                valid_to: to,
                ..policy("p", CATEGORIES[c], status, None, None)
            })
    }

    fn any_filter() -> impl Strategy<Value = PolicyFilter> {
        let category = proptest::option::of(prop_oneof![Just("land"), Just("innovation"), Just("unknown")]);
        (category, proptest::option::of(any_date()))
            .prop_map(|(category, in_force_on)| PolicyFilter { category: category.map(String::from), in_force_on })
    }

    proptest! {
        #[test]
        fn filtering_never_adds_and_never_lets_in_what_is_not_in_force(
            policies in proptest::collection::vec(any_policy(), 0..12),
            filter in any_filter(),
        ) {
            let kept = filter_policies(&policies, &filter);
            prop_assert!(kept.len() <= policies.len());
            // Each kept policy is one of the input's own, in the input's order, none twice.
            let mut last = None;
            for p in &kept {
                let at = policies.iter().position(|q| std::ptr::eq(q, *p));
                prop_assert!(at.is_some(), "a policy that was not in the list");
                prop_assert!(last < at, "out of order or repeated");
                last = at;
            }
            if let Some(id) = &filter.category {
                prop_assert!(kept.iter().all(|p| &p.category == id));
            }
            if let Some(date) = filter.in_force_on {
                for p in &kept {
                    prop_assert_eq!(p.status, PolicyStatus::InForce);
                    prop_assert!(!ended_before(p, date));
                }
            }
            // Narrowing again by the same filter changes nothing.
            let again: Vec<Policy> = kept.iter().map(|p| (*p).clone()).collect();
            prop_assert_eq!(filter_policies(&again, &filter).len(), kept.len());
        }
    }
}

//! Calendar dates as the content states them: a full day (`2025-08-22`), or only a month
//! (`2014-03`) or a year (`2024`) when the source gives no more. Never more precise than the source.
//!
//! Hand-written rather than pulled from a date crate: the portal needs only parsing,
//! ordering and display of partial dates, with no clock, time zone or arithmetic.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A date with day, month or year precision, ordered chronologically.
/// A month-only date sorts before every day of that month, a year before its months.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: u16,
    /// `None` when the source gives only the year.
    pub month: Option<u8>,
    /// `None` when the source gives only the month or year.
    pub day: Option<u8>,
}

/// Why a date string was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        _ => 31,
    }
}

fn digits(part: &str, len: usize) -> Option<u16> {
    (part.len() == len && part.bytes().all(|b| b.is_ascii_digit())).then(|| part.parse().ok()).flatten()
}

impl PartialDate {
    /// Parses ISO 8601 `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let refuse = || DateError(format!("“{text}” is not an ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY)"));
        let mut parts = text.split('-');
        let year = parts.next().and_then(|p| digits(p, 4)).ok_or_else(refuse)?;
        let month = match parts.next() {
            None => None,
            Some(p) => Some(digits(p, 2).filter(|m| (1..=12).contains(m)).ok_or_else(refuse)? as u8),
        };
        let day = match (parts.next(), month) {
            (None, _) => None,
            (Some(p), Some(month)) => {
                Some(digits(p, 2).filter(|&d| d >= 1 && d <= days_in_month(year, month) as u16).ok_or_else(refuse)?
                    as u8)
            }
            (Some(_), None) => unreachable!("a day part always follows a month part"),
        };
        if parts.next().is_some() {
            return Err(refuse());
        }
        Ok(Self { year, month, day })
    }

    /// A full date, for building values in code and tests.
    pub fn ymd(year: u16, month: u8, day: u8) -> Self {
        Self { year, month: Some(month), day: Some(day) }
    }

    /// The calendar day `days` after 1970-01-01 (proleptic Gregorian), e.g. for “today” from a
    /// clock that counts days since the Unix epoch.
    pub fn from_days_since_epoch(days: i64) -> Self {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Self::ymd(year, month, day)
    }

    /// The first day this date can mean (1 January for a year, the 1st for a month).
    pub fn first_day(self) -> Self {
        let month = self.month.unwrap_or(1);
        Self { month: Some(month), day: Some(self.day.unwrap_or(1)), ..self }
    }

    /// The last day this date can mean (31 December for a year, the month's last day for a month).
    pub fn last_day(self) -> Self {
        let month = self.month.unwrap_or(12);
        Self { month: Some(month), day: Some(self.day.unwrap_or(days_in_month(self.year, month))), ..self }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        PartialDate::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for PartialDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartialDate".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "ISO 8601 date: YYYY-MM-DD, or YYYY-MM / YYYY when the source gives no more",
            "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_day_and_month_precision() {
        assert_eq!(PartialDate::parse("2025-08-22").unwrap(), PartialDate::ymd(2025, 8, 22));
        let month = PartialDate::parse("2014-03").unwrap();
        assert_eq!((month.year, month.month, month.day), (2014, Some(3), None));
        let year = PartialDate::parse("2024").unwrap();
        assert_eq!((year.year, year.month, year.day), (2024, None, None));
    }

    #[test]
    fn days_since_the_epoch_become_calendar_days() {
        assert_eq!(PartialDate::from_days_since_epoch(0), PartialDate::ymd(1970, 1, 1));
        assert_eq!(PartialDate::from_days_since_epoch(11_016), PartialDate::ymd(2000, 2, 29));
        assert_eq!(PartialDate::from_days_since_epoch(20_419), PartialDate::ymd(2025, 11, 27));
        assert_eq!(PartialDate::from_days_since_epoch(20_784), PartialDate::ymd(2026, 11, 27));
    }

    #[test]
    fn refuses_impossible_or_malformed_dates() {
        for bad in [
            "2025-02-29",
            "2025-13-01",
            "2025-00",
            "25-08-22",
            "2025-",
            "2025--01",
            "2025/08/22",
            "2025-08-22T00:00",
            "",
            "2025-8-2",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad} should be refused");
        }
        assert!(PartialDate::parse("2024-02-29").is_ok());
    }

    #[test]
    fn month_sorts_before_its_days() {
        let month = PartialDate::parse("2014-03").unwrap();
        assert!(month < PartialDate::parse("2014-03-01").unwrap());
        assert!(month > PartialDate::parse("2014-02-28").unwrap());
        assert_eq!(month.last_day().to_string(), "2014-03-31");
        let year = PartialDate::parse("2024").unwrap();
        assert!(year < PartialDate::parse("2024-01").unwrap());
        assert_eq!(year.last_day().to_string(), "2024-12-31");
    }

    proptest! {
        #[test]
        fn display_round_trips(y in 1900u16..2100, m in proptest::option::of(1u8..=12), d in 1u8..=28, with_day: bool) {
            let date = PartialDate { year: y, month: m, day: m.and(with_day.then_some(d)) };
            prop_assert_eq!(PartialDate::parse(&date.to_string()), Ok(date));
        }

        #[test]
        fn parse_never_panics(s in "\\PC{0,12}") {
            let _ = PartialDate::parse(&s);
        }
    }
}

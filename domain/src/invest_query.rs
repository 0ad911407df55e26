//! The calculator's URL state: `/invest?option=&park=&area=&years=&…`. Only inputs that differ
//! from the defaults are written, so a shared link stays short and a changed default reaches
//! old links; unknown or malformed parameters are ignored (the field shows its default). Also
//! reads what a visitor types into a field.

use super::invest::{Input, Premises, Scenario};
use super::validate::PARK_IDS;
use std::collections::BTreeMap;

impl Premises {
    pub const ALL: [Premises; 3] = [Premises::BuyLand, Premises::FactoryRent, Premises::OfficeRent];

    /// The option's id in invest.json and URLs.
    pub fn id(self) -> &'static str {
        match self {
            Premises::BuyLand => "buy-land",
            Premises::FactoryRent => "factory-rent",
            Premises::OfficeRent => "office-rent",
        }
    }

    pub fn from_id(id: &str) -> Option<Premises> {
        Premises::ALL.into_iter().find(|p| p.id() == id)
    }
}

/// What the visitor asked the calculator for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvestQuery {
    /// The option to highlight.
    pub option: Option<Premises>,
    /// The park the scenario is for.
    pub park: Option<String>,
    /// Inputs set away from their defaults.
    pub values: BTreeMap<Input, f64>,
}

/// Why typed text is not a usable value for an input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputError {
    Empty,
    NotANumber,
    NotWhole,
    OutOfRange { low: f64, high: f64 },
}

/// Reads a field: trims, accepts full-width digits and thousands separators (`1,000`, `１０００`).
pub fn read_input(input: Input, text: &str) -> Result<f64, InputError> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '，' | ' '))
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' | '。' => '.',
            '－' => '-',
            c => c,
        })
        .collect();
    if cleaned.is_empty() {
        return Err(InputError::Empty);
    }
    let value: f64 = cleaned.parse().map_err(|_| InputError::NotANumber)?;
    if !value.is_finite() {
        return Err(InputError::NotANumber);
    }
    let (low, high) = input.range();
    if value < low || value > high {
        return Err(InputError::OutOfRange { low, high });
    }
    if input.whole() && value.fract() != 0.0 {
        return Err(InputError::NotWhole);
    }
    Ok(value)
}

/// A number as the URL and the calculator's fields write it: no trailing zeros, no thousands
/// separators, no exponent for the ranges used here.
pub fn number_text(value: f64) -> String {
    let text = format!("{value:.6}");
    let trimmed = text.trim_end_matches('0').trim_end_matches('.');
    if trimmed == "-0" {
        "0".to_string()
    } else {
        trimmed.to_string()
    }
}

impl InvestQuery {
    /// Reads a raw query string (with or without `?`).
    pub fn parse(query_string: &str) -> Self {
        let mut query = InvestQuery::default();
        for (key, value) in form_urlencoded::parse(query_string.trim_start_matches('?').as_bytes()) {
            match key.as_ref() {
                "option" => query.option = Premises::from_id(value.trim()),
                "park" => query.park = PARK_IDS.contains(&value.trim()).then(|| value.trim().to_string()),
                key => {
                    if let Some(input) = Input::from_key(key) {
                        if let Ok(v) = read_input(input, &value) {
                            query.values.insert(input, v);
                        }
                    }
                }
            }
        }
        query
    }

    /// The query string, without `?`, leaving out inputs equal to their defaults.
    pub fn to_query_string(&self, default: impl Fn(Input) -> f64) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        if let Some(option) = self.option {
            out.append_pair("option", option.id());
        }
        if let Some(park) = &self.park {
            out.append_pair("park", park);
        }
        for (input, value) in &self.values {
            if *value != default(*input) {
                out.append_pair(input.key(), &number_text(*value));
            }
        }
        out.finish()
    }

    /// `/invest` with this state.
    pub fn href(&self, default: impl Fn(Input) -> f64) -> String {
        match self.to_query_string(default) {
            q if q.is_empty() => "/invest".to_string(),
            q => format!("/invest?{q}"),
        }
    }

    /// The value an input has in this state: the visitor's, else the default.
    pub fn value(&self, input: Input, default: impl Fn(Input) -> f64) -> f64 {
        self.values.get(&input).copied().unwrap_or_else(|| default(input))
    }

    /// The scenario this state describes.
    pub fn scenario(&self, default: impl Fn(Input) -> f64 + Copy) -> Scenario {
        Scenario::from_values(|input| self.value(input, default))
    }

    /// The scenario part alone (no option or park), for carrying into an inquiry.
    pub fn scenario_query(&self, default: impl Fn(Input) -> f64) -> String {
        InvestQuery { option: None, park: None, values: self.values.clone() }.to_query_string(default)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn default(input: Input) -> f64 {
        match input {
            Input::FloorArea => 5000.0,
            Input::Years => 10.0,
            other => other.range().0,
        }
    }

    #[test]
    fn defaults_are_left_out_and_malformed_values_ignored() {
        let q = InvestQuery::parse("?park=carpet&area=5000&years=12&rent=abc&colour=red&option=buy-land&discount=99");
        assert_eq!(q.park.as_deref(), Some("carpet"));
        assert_eq!(q.option, Some(Premises::BuyLand));
        assert_eq!(q.values.get(&Input::Years), Some(&12.0));
        assert_eq!(q.values.get(&Input::FactoryRent), None, "not a number");
        assert_eq!(q.values.get(&Input::DiscountRate), None, "out of range");
        assert_eq!(q.href(default), "/invest?option=buy-land&park=carpet&years=12");
        assert_eq!(InvestQuery::parse("park=nowhere&option=castle").href(default), "/invest");
        assert_eq!(InvestQuery::parse("years=2.5").values.get(&Input::Years), None, "years are whole");
    }

    #[test]
    fn typed_values_are_read_like_a_person_writes_them() {
        assert_eq!(read_input(Input::FloorArea, " 12,000 "), Ok(12000.0));
        assert_eq!(read_input(Input::FloorArea, "１２０００"), Ok(12000.0));
        assert_eq!(read_input(Input::FactoryRent, "0．8"), Ok(0.8));
        assert_eq!(read_input(Input::FloorArea, ""), Err(InputError::Empty));
        assert_eq!(read_input(Input::FloorArea, "lots"), Err(InputError::NotANumber));
        assert_eq!(read_input(Input::FloorArea, "NaN"), Err(InputError::NotANumber));
        assert_eq!(read_input(Input::FloorArea, "inf"), Err(InputError::NotANumber));
        assert_eq!(read_input(Input::FloorArea, "50"), Err(InputError::OutOfRange { low: 100.0, high: 1_000_000.0 }));
        assert_eq!(read_input(Input::Years, "3.5"), Err(InputError::NotWhole));
    }

    fn any_query() -> impl Strategy<Value = InvestQuery> {
        let option = proptest::option::of(proptest::sample::select(Premises::ALL.to_vec()));
        let park = proptest::option::of(proptest::sample::select(PARK_IDS.to_vec()).prop_map(String::from));
        let values = proptest::collection::btree_map(proptest::sample::select(Input::ALL.to_vec()), 0.0f64..1.0, 0..8)
            .prop_map(|m| {
                m.into_iter()
                    .map(|(input, t)| {
                        let (low, high) = input.range();
                        let v = low + (high - low) * t;
                        // Values as a visitor could set them: whole where whole, else to 2 decimals.
                        let v = if input.whole() { v.round() } else { (v * 100.0).round() / 100.0 };
                        (input, v.clamp(low, high))
                    })
                    .filter(|(input, v)| *v != default(*input))
                    .collect()
            });
        (option, park, values).prop_map(|(option, park, values)| InvestQuery { option, park, values })
    }

    proptest! {
        #[test]
        fn url_round_trips(query in any_query()) {
            prop_assert_eq!(InvestQuery::parse(&query.to_query_string(default)), query);
        }

        #[test]
        fn parsing_never_panics(raw in "\\PC{0,80}") {
            let _ = InvestQuery::parse(&raw);
        }
    }
}

//! The calculator's URL state: `/invest?option=&park=&area=&years=&…`. Only inputs that differ
//! from the defaults are written, so a shared link stays short and a changed default reaches
//! old links; unknown parameters are ignored, and a value a field would refuse is listed in
//! `rejected` so the page can say what it used instead and correct the address. Also reads what
//! a visitor types into a field (decimal commas, thousands separators, 万).

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
    /// Inputs the URL gave a value the field would refuse, with the text it gave and why;
    /// their defaults are used instead.
    pub rejected: Vec<(Input, String, InputError)>,
}

/// Why typed text is not a usable value for an input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputError {
    Empty,
    NotANumber,
    NotWhole,
    OutOfRange {
        low: f64,
        high: f64,
    },
    /// A comma that could be a thousands separator or a decimal comma, both readings in range
    /// (`1,500` for a land price: 1500 or 1.5).
    Ambiguous {
        thousands: f64,
        decimal: f64,
    },
}

/// Reads a number as typed: full-width digits, `万` (× 10,000), and commas either as thousands
/// separators or as a decimal comma. Returns every reading the text allows (one or two).
fn readings(text: &str) -> Result<Vec<f64>, InputError> {
    let mut cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' | '。' => '.',
            '－' => '-',
            '，' => ',',
            c => c,
        })
        .collect();
    if cleaned.is_empty() {
        return Err(InputError::Empty);
    }
    let mut scale = 1.0;
    if let Some(rest) = cleaned.strip_suffix('万') {
        scale = 10_000.0;
        cleaned = rest.to_string();
    }
    let number = |t: &str| -> Option<f64> {
        let ok = !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-');
        ok.then(|| t.parse::<f64>().ok()).flatten().filter(|v| v.is_finite()).map(|v| v * scale)
    };
    if !cleaned.contains(',') {
        return number(&cleaned).map(|v| vec![v]).ok_or(InputError::NotANumber);
    }
    let (int_part, frac_part) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
    let groups: Vec<&str> = int_part.trim_start_matches('-').split(',').collect();
    // Thousands: 1–3 digits, then groups of exactly three, the decimal part after a point.
    let grouped = groups[0].len() <= 3 && !groups[0].is_empty() && groups[1..].iter().all(|g| g.len() == 3);
    let thousands =
        if grouped { number(format!("{}.{frac_part}", int_part.replace(',', "")).trim_end_matches('.')) } else { None };
    // Decimal comma: one comma, no point.
    let decimal = (groups.len() == 2 && !cleaned.contains('.')).then(|| number(&cleaned.replace(',', "."))).flatten();
    let out: Vec<f64> = thousands.into_iter().chain(decimal).collect();
    if out.is_empty() {
        Err(InputError::NotANumber)
    } else {
        Ok(out)
    }
}

/// Reads a field: trims, accepts full-width digits, `万`, thousands separators (`1,000`) and a
/// decimal comma (`1,5`). A comma is read by the field's range: `1,500` is 1500 for an area
/// and 1.5 for a rent in 元/m²/天 (1500 is out of range); when both readings fit the field it
/// is refused as ambiguous rather than guessed.
pub fn read_input(input: Input, text: &str) -> Result<f64, InputError> {
    let candidates = readings(text)?;
    let (low, high) = input.range();
    let fits: Vec<f64> = candidates.iter().copied().filter(|v| *v >= low && *v <= high).collect();
    let value = match fits.as_slice() {
        [] => return Err(InputError::OutOfRange { low, high }),
        [one] => *one,
        [a, b, ..] if a == b => *a,
        [a, b, ..] => return Err(InputError::Ambiguous { thousands: *a, decimal: *b }),
    };
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
                        match read_input(input, &value) {
                            Ok(v) => {
                                query.values.insert(input, v);
                            }
                            Err(e) => query.rejected.push((input, value.to_string(), e)),
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
        InvestQuery { option: None, park: None, values: self.values.clone(), rejected: Vec::new() }
            .to_query_string(default)
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

    #[test]
    fn commas_and_wan_are_read_by_the_field_never_misread() {
        // A decimal comma: "1,5" cannot be thousands (a group of one digit).
        assert_eq!(read_input(Input::FactoryRent, "1,5"), Ok(1.5));
        assert_eq!(read_input(Input::FactoryRent, "0，96"), Ok(0.96));
        assert_eq!(read_input(Input::DiscountRate, "6,5"), Ok(6.5));
        // "1,500": 1500 for an area (1.5 m² is out of range), 1.5 for a daily rent (1500 is).
        assert_eq!(read_input(Input::FloorArea, "1,500"), Ok(1500.0));
        assert_eq!(read_input(Input::FactoryRent, "1,500"), Ok(1.5));
        // Both readings fit a land price: refused, not guessed.
        assert_eq!(
            read_input(Input::LandPrice, "1,500"),
            Err(InputError::Ambiguous { thousands: 1500.0, decimal: 1.5 })
        );
        assert_eq!(read_input(Input::FloorArea, "1,000,000"), Ok(1_000_000.0));
        assert_eq!(read_input(Input::FloorArea, "12,000.5"), Ok(12_000.5));
        assert_eq!(read_input(Input::FloorArea, "1,50,0"), Err(InputError::NotANumber));
        assert_eq!(read_input(Input::FloorArea, "1.500,5"), Err(InputError::NotANumber));
        // 万: ten thousand.
        assert_eq!(read_input(Input::FloorArea, "1万"), Ok(10_000.0));
        assert_eq!(read_input(Input::LandPrice, "18.3万"), Ok(183_000.0));
        assert_eq!(read_input(Input::FactoryRent, "1万"), Err(InputError::OutOfRange { low: 0.0, high: 50.0 }));
        assert_eq!(read_input(Input::FloorArea, "万"), Err(InputError::NotANumber));
        assert_eq!(read_input(Input::Years, "1,5"), Err(InputError::NotWhole));
    }

    #[test]
    fn a_shared_link_with_values_out_of_range_says_so_and_drops_them() {
        let q = InvestQuery::parse("area=-5&years=60&rent=1.2");
        assert_eq!(q.values.get(&Input::FactoryRent), Some(&1.2));
        assert_eq!(q.values.get(&Input::FloorArea), None);
        assert_eq!(
            q.rejected,
            vec![
                (Input::FloorArea, "-5".to_string(), InputError::OutOfRange { low: 100.0, high: 1_000_000.0 }),
                (Input::Years, "60".to_string(), InputError::OutOfRange { low: 1.0, high: 50.0 }),
            ]
        );
        assert_eq!(q.href(default), "/invest?rent=1.2", "the corrected address");
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
        (option, park, values).prop_map(|(option, park, values)| InvestQuery {
            option,
            park,
            values,
            rejected: Vec::new(),
        })
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

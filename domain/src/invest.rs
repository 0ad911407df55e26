//! The cost model behind the investment calculator: what buying land and building (买地自建),
//! renting a standard factory (厂房租赁) and renting offices (写字楼租赁) cost over a horizon,
//! in cash and in present value, when buying becomes cheaper than renting, and the factory rent
//! at which the two cost the same. Pure arithmetic on a `Scenario`; no sentences, no units
//! other than yuan, m², months and years.
//!
//! Conventions: money is yuan; cash flows are counted per month and discounted per year (a
//! payment in year t, 0-based, is divided by (1 + d)^t); one-off costs fall at the start;
//! residual values and returned deposits arrive at the end of the horizon (t = N).

/// One 亩 in square metres.
pub const M2_PER_MU: f64 = 10_000.0 / 15.0;

/// Everything the model needs; the calculator's inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// Production floor area needed, m².
    pub floor_area: f64,
    /// Horizon, whole years (1–50).
    pub years: u32,
    /// Discount rate for present values, % a year.
    pub discount_rate: f64,
    /// Buy land and build.
    pub buy: BuyInputs,
    /// Rent a standard factory of the same floor area.
    pub factory: FactoryInputs,
    /// Rent offices.
    pub office: OfficeInputs,
}

/// Buying land and building.
#[derive(Clone, Debug, PartialEq)]
pub struct BuyInputs {
    /// 容积率: floor area per unit of land area; the land needed is floor area / plot ratio.
    pub plot_ratio: f64,
    /// Land price, 元/亩.
    pub land_price: f64,
    /// One-off tax and fees on the land (契税), % of the land price.
    pub deed_tax: f64,
    /// Construction cost, 元/m² of floor area.
    pub construction_cost: f64,
    /// Months of construction, during which the investor rents a factory at the factory option's rent.
    pub construction_months: u32,
    /// Yearly upkeep once built, % of the construction cost.
    pub upkeep: f64,
    /// Urban land-use tax, 元/m² of land a year.
    pub land_use_tax: f64,
    /// Term of the land-use right, years (industrial land: at most 50).
    pub tenure_years: f64,
    /// Useful life of the buildings, years.
    pub building_life: f64,
}

/// Renting a standard factory.
#[derive(Clone, Debug, PartialEq)]
pub struct FactoryInputs {
    /// Rent, 元/m²/天.
    pub rent: f64,
    /// Months without rent at the start of the lease.
    pub rent_free_months: u32,
    /// Deposit, in months of the first year's rent; paid at the start, returned at the end.
    pub deposit_months: u32,
    /// Yearly rent growth, %.
    pub growth: f64,
}

/// Renting offices.
#[derive(Clone, Debug, PartialEq)]
pub struct OfficeInputs {
    /// Office area, m².
    pub area: f64,
    /// Rent, 元/m²/月.
    pub rent: f64,
    /// Yearly rent growth, %.
    pub growth: f64,
}

/// The three ways to get premises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Premises {
    BuyLand,
    FactoryRent,
    OfficeRent,
}

/// What one option costs over the horizon.
#[derive(Clone, Debug, PartialEq)]
pub struct OptionCost {
    pub option: Premises,
    /// Everything paid, undiscounted (deposits paid and returned cancel out).
    pub cash: f64,
    /// Present value of what is paid.
    pub present_value: f64,
    /// What is owned at the end (land-use right and buildings), undiscounted; 0 for renting.
    pub residual: f64,
    /// Present value paid minus the discounted residual: the cost to compare.
    pub net_cost: f64,
    /// Net cost per m² of the option's area per year.
    pub per_m2_year: f64,
    /// Net cost if the horizon ended after year 1, 2, …, N (index 0 is year 1).
    pub cumulative: Vec<f64>,
}

/// The model's answer for a scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub buy: OptionCost,
    pub factory: OptionCost,
    pub office: OptionCost,
    /// Land needed, 亩.
    pub land_mu: f64,
    /// The first year whose cumulative net cost of buying is at or below renting a factory.
    pub break_even_year: Option<u32>,
    /// The factory rent (元/m²/天) at which buying and renting cost the same over the horizon;
    /// `None` when no positive rent does (renting is cheaper at any rent).
    pub threshold_rent: Option<f64>,
}

/// Discount factor for money paid in year `t` (0-based) or at the end of year `t - 1`.
fn discount(rate_percent: f64, t: f64) -> f64 {
    (1.0 + rate_percent / 100.0).powf(-t)
}

/// A rent stream: monthly payments in yuan for months 0..months, starting at `monthly` and
/// growing by `growth` % each year, the first `free` months free. Returns (cash, present value)
/// and the present value paid by the end of each year.
fn rent_stream(monthly: f64, growth: f64, free: u32, months: u32, rate: f64) -> (f64, f64, Vec<f64>) {
    let (mut cash, mut pv) = (0.0, 0.0);
    let mut by_year = Vec::new();
    for month in 0..months {
        let year = month / 12;
        if month >= free {
            let paid = monthly * (1.0 + growth / 100.0).powi(year as i32);
            cash += paid;
            pv += paid * discount(rate, f64::from(year));
        }
        if month % 12 == 11 || month + 1 == months {
            by_year.push(pv);
        }
    }
    (cash, pv, by_year)
}

/// The buy option's land area in m².
fn land_m2(s: &Scenario) -> f64 {
    s.floor_area / s.buy.plot_ratio
}

/// What the owned land-use right and buildings are worth after `years`: straight-line over the
/// remaining tenure and the building life (building life counted from completion).
fn residual_after(s: &Scenario, years: f64) -> f64 {
    let b = &s.buy;
    let land = land_m2(s) / M2_PER_MU * b.land_price;
    let building = s.floor_area * b.construction_cost;
    let land_left = ((b.tenure_years - years) / b.tenure_years).clamp(0.0, 1.0);
    let used = (years - f64::from(b.construction_months) / 12.0).max(0.0);
    let building_left = ((b.building_life - used) / b.building_life).clamp(0.0, 1.0);
    land * land_left + building * building_left
}

/// Cost of buying and building; `factory_rent` is what is paid for premises during construction.
fn buy_cost(s: &Scenario, factory_rent: f64) -> OptionCost {
    let b = &s.buy;
    let rate = s.discount_rate;
    let land_area = land_m2(s);
    let upfront =
        land_area / M2_PER_MU * b.land_price * (1.0 + b.deed_tax / 100.0) + s.floor_area * b.construction_cost;
    let months = s.years * 12;
    let build_months = b.construction_months.min(months);
    // Premises rented while building, at the factory option's rent.
    let interim = factory_rent * s.floor_area * 365.0 / 12.0;
    let (rent_cash, _, rent_by_year) = rent_stream(interim, s.factory.growth, 0, build_months, rate);
    let mut cash = upfront + rent_cash;
    let mut pv = upfront;
    let mut cumulative = Vec::new();
    for year in 0..s.years {
        let t = f64::from(year);
        let tax = land_area * b.land_use_tax;
        // Upkeep for the months of this year after completion.
        let built_months = (12 * (year + 1)).saturating_sub(b.construction_months.max(12 * year)).min(12);
        let upkeep = s.floor_area * b.construction_cost * b.upkeep / 100.0 * f64::from(built_months) / 12.0;
        cash += tax + upkeep;
        pv += (tax + upkeep) * discount(rate, t);
        let interim_pv = rent_by_year.get(year as usize).or(rent_by_year.last()).copied().unwrap_or(0.0);
        let end = t + 1.0;
        cumulative.push(pv + interim_pv - residual_after(s, end) * discount(rate, end));
    }
    let pv = pv + rent_by_year.last().copied().unwrap_or(0.0);
    let horizon = f64::from(s.years);
    let residual = residual_after(s, horizon);
    let net = pv - residual * discount(rate, horizon);
    finish(Premises::BuyLand, cash, pv, residual, net, s.floor_area, s.years, cumulative)
}

fn factory_cost(s: &Scenario, rent: f64) -> OptionCost {
    let f = &s.factory;
    let rate = s.discount_rate;
    let monthly = rent * s.floor_area * 365.0 / 12.0;
    let (cash, pv, by_year) = rent_stream(monthly, f.growth, f.rent_free_months, s.years * 12, rate);
    // The deposit is paid at the start and returned at the end: it costs only time value.
    let deposit = monthly * f64::from(f.deposit_months);
    let cumulative =
        by_year.iter().enumerate().map(|(i, paid)| paid + deposit * (1.0 - discount(rate, i as f64 + 1.0))).collect();
    let net = pv + deposit * (1.0 - discount(rate, f64::from(s.years)));
    finish(Premises::FactoryRent, cash, pv, 0.0, net, s.floor_area, s.years, cumulative)
}

fn office_cost(s: &Scenario) -> OptionCost {
    let o = &s.office;
    let (cash, pv, cumulative) = rent_stream(o.rent * o.area, o.growth, 0, s.years * 12, s.discount_rate);
    finish(Premises::OfficeRent, cash, pv, 0.0, pv, o.area, s.years, cumulative)
}

#[allow(clippy::too_many_arguments)]
fn finish(
    option: Premises,
    cash: f64,
    present_value: f64,
    residual: f64,
    net_cost: f64,
    area: f64,
    years: u32,
    cumulative: Vec<f64>,
) -> OptionCost {
    let per_m2_year = net_cost / (area * f64::from(years));
    OptionCost { option, cash, present_value, residual, net_cost, per_m2_year, cumulative }
}

/// Runs the model. The scenario must be valid (see `Scenario::check`): positive areas, a
/// horizon of at least a year, a positive plot ratio, tenure and building life.
pub fn evaluate(s: &Scenario) -> Outcome {
    let buy = buy_cost(s, s.factory.rent);
    let factory = factory_cost(s, s.factory.rent);
    let office = office_cost(s);
    let break_even_year =
        buy.cumulative.iter().zip(&factory.cumulative).position(|(b, f)| b <= f).map(|i| i as u32 + 1);
    // Both net costs are linear in the factory rent r: buy(r) = B + r·c (rent while building),
    // factory(r) = r·k. They are equal at r = B / (k − c).
    let (b0, c) = (buy_cost(s, 0.0).net_cost, buy_cost(s, 1.0).net_cost - buy_cost(s, 0.0).net_cost);
    let k = factory_cost(s, 1.0).net_cost;
    let threshold_rent = (k > c).then(|| b0 / (k - c)).filter(|r| r.is_finite() && *r > 0.0);
    Outcome { land_mu: land_m2(s) / M2_PER_MU, buy, factory, office, break_even_year, threshold_rent }
}

/// An input the calculator offers, with its unit and allowed range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Input {
    FloorArea,
    Years,
    DiscountRate,
    PlotRatio,
    LandPrice,
    DeedTax,
    ConstructionCost,
    ConstructionMonths,
    Upkeep,
    LandUseTax,
    TenureYears,
    BuildingLife,
    FactoryRent,
    RentFreeMonths,
    DepositMonths,
    FactoryGrowth,
    OfficeArea,
    OfficeRent,
    OfficeGrowth,
}

/// Units an input may be stated in (a closed set: a default in another unit is an error).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub enum Unit {
    #[serde(rename = "m²")]
    SquareMetres,
    #[serde(rename = "元/亩")]
    YuanPerMu,
    #[serde(rename = "元/m²")]
    YuanPerM2,
    #[serde(rename = "元/m²/天")]
    YuanPerM2Day,
    #[serde(rename = "元/m²/月")]
    YuanPerM2Month,
    #[serde(rename = "元/m²/年")]
    YuanPerM2Year,
    #[serde(rename = "%")]
    Percent,
    #[serde(rename = "%/年")]
    PercentPerYear,
    #[serde(rename = "月")]
    Months,
    #[serde(rename = "年")]
    Years,
    #[serde(rename = "倍")]
    Ratio,
}

impl Input {
    pub const ALL: [Input; 19] = [
        Input::FloorArea,
        Input::Years,
        Input::DiscountRate,
        Input::PlotRatio,
        Input::LandPrice,
        Input::DeedTax,
        Input::ConstructionCost,
        Input::ConstructionMonths,
        Input::Upkeep,
        Input::LandUseTax,
        Input::TenureYears,
        Input::BuildingLife,
        Input::FactoryRent,
        Input::RentFreeMonths,
        Input::DepositMonths,
        Input::FactoryGrowth,
        Input::OfficeArea,
        Input::OfficeRent,
        Input::OfficeGrowth,
    ];

    /// The key in invest.json and in the URL query.
    pub fn key(self) -> &'static str {
        match self {
            Input::FloorArea => "area",
            Input::Years => "years",
            Input::DiscountRate => "discount",
            Input::PlotRatio => "plot-ratio",
            Input::LandPrice => "land-price",
            Input::DeedTax => "deed-tax",
            Input::ConstructionCost => "build-cost",
            Input::ConstructionMonths => "build-months",
            Input::Upkeep => "upkeep",
            Input::LandUseTax => "land-tax",
            Input::TenureYears => "tenure",
            Input::BuildingLife => "building-life",
            Input::FactoryRent => "rent",
            Input::RentFreeMonths => "rent-free",
            Input::DepositMonths => "deposit",
            Input::FactoryGrowth => "rent-growth",
            Input::OfficeArea => "office-area",
            Input::OfficeRent => "office-rent",
            Input::OfficeGrowth => "office-growth",
        }
    }

    pub fn from_key(key: &str) -> Option<Input> {
        Input::ALL.into_iter().find(|i| i.key() == key)
    }

    /// The unit the input is stated in.
    pub fn unit(self) -> Unit {
        match self {
            Input::FloorArea | Input::OfficeArea => Unit::SquareMetres,
            Input::Years | Input::TenureYears | Input::BuildingLife => Unit::Years,
            Input::DiscountRate | Input::Upkeep | Input::FactoryGrowth | Input::OfficeGrowth => Unit::PercentPerYear,
            Input::DeedTax => Unit::Percent,
            Input::PlotRatio => Unit::Ratio,
            Input::LandPrice => Unit::YuanPerMu,
            Input::ConstructionCost => Unit::YuanPerM2,
            Input::ConstructionMonths | Input::RentFreeMonths | Input::DepositMonths => Unit::Months,
            Input::LandUseTax => Unit::YuanPerM2Year,
            Input::FactoryRent => Unit::YuanPerM2Day,
            Input::OfficeRent => Unit::YuanPerM2Month,
        }
    }

    /// The sane range, inclusive.
    pub fn range(self) -> (f64, f64) {
        match self {
            Input::FloorArea => (100.0, 1_000_000.0),
            Input::OfficeArea => (10.0, 100_000.0),
            Input::Years => (1.0, 50.0),
            Input::DiscountRate => (0.0, 30.0),
            Input::PlotRatio => (0.2, 5.0),
            Input::LandPrice => (0.0, 10_000_000.0),
            Input::DeedTax => (0.0, 10.0),
            Input::ConstructionCost => (0.0, 50_000.0),
            Input::ConstructionMonths => (0.0, 60.0),
            Input::Upkeep => (0.0, 20.0),
            Input::LandUseTax => (0.0, 100.0),
            Input::TenureYears => (1.0, 70.0),
            Input::BuildingLife => (1.0, 100.0),
            Input::FactoryRent => (0.0, 50.0),
            Input::RentFreeMonths => (0.0, 24.0),
            Input::DepositMonths => (0.0, 24.0),
            Input::FactoryGrowth | Input::OfficeGrowth => (-20.0, 30.0),
            Input::OfficeRent => (0.0, 2_000.0),
        }
    }

    /// True for inputs counted in whole numbers (years, months).
    pub fn whole(self) -> bool {
        matches!(self, Input::Years | Input::ConstructionMonths | Input::RentFreeMonths | Input::DepositMonths)
    }

    /// Whether `value` may be used for this input.
    pub fn accepts(self, value: f64) -> bool {
        let (low, high) = self.range();
        value.is_finite() && value >= low && value <= high && (!self.whole() || value.fract() == 0.0)
    }
}

impl Scenario {
    /// Builds a scenario from a value for every input (`value(input)`).
    pub fn from_values(value: impl Fn(Input) -> f64) -> Scenario {
        let whole = |i: Input| value(i).max(0.0).round() as u32;
        Scenario {
            floor_area: value(Input::FloorArea),
            years: whole(Input::Years).max(1),
            discount_rate: value(Input::DiscountRate),
            buy: BuyInputs {
                plot_ratio: value(Input::PlotRatio),
                land_price: value(Input::LandPrice),
                deed_tax: value(Input::DeedTax),
                construction_cost: value(Input::ConstructionCost),
                construction_months: whole(Input::ConstructionMonths),
                upkeep: value(Input::Upkeep),
                land_use_tax: value(Input::LandUseTax),
                tenure_years: value(Input::TenureYears),
                building_life: value(Input::BuildingLife),
            },
            factory: FactoryInputs {
                rent: value(Input::FactoryRent),
                rent_free_months: whole(Input::RentFreeMonths),
                deposit_months: whole(Input::DepositMonths),
                growth: value(Input::FactoryGrowth),
            },
            office: OfficeInputs {
                area: value(Input::OfficeArea),
                rent: value(Input::OfficeRent),
                growth: value(Input::OfficeGrowth),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn base() -> Scenario {
        Scenario {
            floor_area: 5000.0,
            years: 10,
            discount_rate: 0.0,
            buy: BuyInputs {
                plot_ratio: 1.0,
                land_price: 200_000.0,
                deed_tax: 3.0,
                construction_cost: 1500.0,
                construction_months: 12,
                upkeep: 1.0,
                land_use_tax: 6.0,
                tenure_years: 50.0,
                building_life: 30.0,
            },
            factory: FactoryInputs { rent: 1.0, rent_free_months: 0, deposit_months: 0, growth: 0.0 },
            office: OfficeInputs { area: 500.0, rent: 60.0, growth: 0.0 },
        }
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
    }

    #[test]
    fn rent_without_growth_or_discount_is_rate_times_area_times_days() {
        let s = base();
        let out = evaluate(&s);
        // 1 元/m²/天 × 5000 m² × 365 × 10 years.
        assert!(close(out.factory.cash, 1.0 * 5000.0 * 365.0 * 10.0), "{}", out.factory.cash);
        assert!(close(out.factory.net_cost, out.factory.cash));
        assert!(close(out.office.cash, 60.0 * 500.0 * 12.0 * 10.0));
        assert!(close(out.factory.per_m2_year, 365.0));
    }

    #[test]
    fn present_value_matches_the_annuity_formula() {
        // 12 equal monthly payments a year, discounted per year: PV = A · (1 − (1+d)^−N) / (1 − (1+d)^−1).
        let mut s = base();
        s.discount_rate = 6.0;
        let out = evaluate(&s);
        let yearly = 1.0 * 5000.0 * 365.0;
        let v: f64 = 1.0 / 1.06;
        let expected = yearly * (1.0 - v.powi(10)) / (1.0 - v);
        assert!(close(out.factory.present_value, expected), "{} vs {expected}", out.factory.present_value);
    }

    #[test]
    fn buying_costs_land_tax_building_upkeep_and_rent_while_building() {
        let s = base();
        let out = evaluate(&s);
        let land_mu = 5000.0 / M2_PER_MU; // 7.5 亩
        assert!(close(out.land_mu, land_mu));
        let land = land_mu * 200_000.0 * 1.03;
        let building = 5000.0 * 1500.0;
        let tax = 5000.0 * 6.0 * 10.0;
        let upkeep = building * 0.01 * 9.0; // nine built years
        let interim = 1.0 * 5000.0 * 365.0; // a year of rent while building
        assert!(close(out.buy.cash, land + building + tax + upkeep + interim), "{}", out.buy.cash);
        // After 10 years: 40/50 of the land, 21/30 of the building remain.
        let residual = land_mu * 200_000.0 * 0.8 + building * 21.0 / 30.0;
        assert!(close(out.buy.residual, residual));
        assert!(close(out.buy.net_cost, out.buy.cash - residual));
    }

    #[test]
    fn deposits_cost_only_time_value() {
        let mut s = base();
        s.factory.deposit_months = 3;
        assert!(close(evaluate(&s).factory.net_cost, evaluate(&base()).factory.net_cost), "no discount: no cost");
        s.discount_rate = 5.0;
        let with = evaluate(&s).factory.net_cost;
        s.factory.deposit_months = 0;
        assert!(with > evaluate(&s).factory.net_cost);
    }

    #[test]
    fn rent_free_months_are_not_paid() {
        let mut s = base();
        s.factory.rent_free_months = 3;
        let out = evaluate(&s);
        assert!(close(out.factory.cash, 5000.0 * 365.0 * 10.0 - 3.0 * 5000.0 * 365.0 / 12.0));
    }

    fn scenario() -> impl Strategy<Value = Scenario> {
        (
            (100.0f64..200_000.0, 1u32..=50, 0.0f64..15.0),
            (0.3f64..4.0, 0.0f64..2_000_000.0, 0.0f64..5.0, 0.0f64..5000.0, 0u32..36, 0.0f64..5.0, 0.0f64..30.0),
            (10.0f64..70.0, 5.0f64..60.0),
            (0.01f64..5.0, 0u32..12, 0u32..12, -5.0f64..10.0),
            (10.0f64..5000.0, 1.0f64..300.0, -5.0f64..10.0),
        )
            .prop_map(|((floor_area, years, discount_rate), buy, life, factory, office)| Scenario {
                floor_area,
                years,
                discount_rate,
                buy: BuyInputs {
                    plot_ratio: buy.0,
                    land_price: buy.1,
                    deed_tax: buy.2,
                    construction_cost: buy.3,
                    construction_months: buy.4,
                    upkeep: buy.5,
                    land_use_tax: buy.6,
                    tenure_years: life.0,
                    building_life: life.1,
                },
                factory: FactoryInputs {
                    rent: factory.0,
                    rent_free_months: factory.1,
                    deposit_months: factory.2,
                    growth: factory.3,
                },
                office: OfficeInputs { area: office.0, rent: office.1, growth: office.2 },
            })
    }

    proptest! {
        #[test]
        fn outputs_are_finite_and_never_negative_costs(s in scenario()) {
            let out = evaluate(&s);
            for o in [&out.buy, &out.factory, &out.office] {
                prop_assert!(o.cash.is_finite() && o.present_value.is_finite() && o.net_cost.is_finite());
                prop_assert!(o.cash >= 0.0 && o.present_value >= 0.0 && o.residual >= 0.0);
                prop_assert_eq!(o.cumulative.len(), s.years as usize);
            }
        }

        #[test]
        fn more_years_never_lower_a_cash_total(s in scenario()) {
            let mut longer = s.clone();
            longer.years = (s.years + 1).min(50);
            let (a, b) = (evaluate(&s), evaluate(&longer));
            prop_assert!(b.buy.cash >= a.buy.cash - 1e-6);
            prop_assert!(b.factory.cash >= a.factory.cash - 1e-6);
            prop_assert!(b.office.cash >= a.office.cash - 1e-6);
        }

        #[test]
        fn higher_rent_never_lowers_a_rental_total(s in scenario(), more in 0.0f64..3.0) {
            let mut dearer = s.clone();
            dearer.factory.rent += more;
            dearer.office.rent += more;
            let (a, b) = (evaluate(&s), evaluate(&dearer));
            prop_assert!(b.factory.cash >= a.factory.cash - 1e-6 && b.factory.net_cost >= a.factory.net_cost - 1e-6);
            prop_assert!(b.office.cash >= a.office.cash - 1e-6);
        }

        #[test]
        fn present_value_never_exceeds_cash_when_discounting(s in scenario()) {
            prop_assume!(s.discount_rate > 0.0);
            let out = evaluate(&s);
            for o in [&out.buy, &out.factory, &out.office] {
                prop_assert!(o.present_value <= o.cash * (1.0 + 1e-9) + 1e-6);
            }
        }

        #[test]
        fn break_even_is_the_first_year_buying_is_not_dearer(s in scenario()) {
            let out = evaluate(&s);
            let first = out.buy.cumulative.iter().zip(&out.factory.cumulative).position(|(b, f)| b <= f);
            prop_assert_eq!(out.break_even_year, first.map(|i| i as u32 + 1));
            if let Some(year) = out.break_even_year {
                let i = year as usize - 1;
                prop_assert!(out.buy.cumulative[i] <= out.factory.cumulative[i]);
                prop_assert!((0..i).all(|j| out.buy.cumulative[j] > out.factory.cumulative[j]));
            }
        }

        #[test]
        fn at_the_threshold_rent_buying_and_renting_cost_the_same(s in scenario()) {
            let out = evaluate(&s);
            if let Some(rent) = out.threshold_rent {
                let mut at = s.clone();
                at.factory.rent = rent;
                let equal = evaluate(&at);
                // Within a yuan, or float rounding at amounts far beyond any real project.
                let tolerance = 1.0_f64.max(1e-9 * equal.buy.net_cost.abs().max(equal.factory.net_cost.abs()));
                prop_assert!((equal.buy.net_cost - equal.factory.net_cost).abs() <= tolerance,
                    "{} vs {}", equal.buy.net_cost, equal.factory.net_cost);
            }
        }
    }
}

//! The cost model behind the investment calculator: what buying land and building (买地自建)
//! and renting a standard factory of the same floor area (厂房租赁) cost over a horizon, in cash,
//! in present value and after enterprise income tax; in which years buying is the cheaper one;
//! the factory rent at which the two cost the same; how the answer moves with the inputs that
//! decide it; and, as a separate calculation, what renting offices (写字楼租赁) costs. Pure
//! arithmetic on a `Scenario`; no sentences, no units other than yuan, m², months and years.
//!
//! Conventions: money is yuan, before VAT; cash flows are counted per month and discounted per
//! year (a payment in year t, 0-based, is divided by (1 + d)^t). Buying: the land (with deed
//! tax) is paid at month 0; land auction and permits take `permit_months`, then construction
//! (with soft costs) is paid at its start and takes `construction_months`; until moving in the
//! investor rents the same floor area at the factory rent. Owning costs land-use tax from month
//! 0, and upkeep and 房产税 (1.2 % a year of the taxed share of the original value, land price
//! included) from moving in. Use ends when the land-use right or the building's life does;
//! from then on, within the horizon, the investor rents again at the factory rent. What is
//! owned at the end (straight-line book value of the land-use right and the building) counts
//! less a haircut for how hard industrial property is to sell, at the end of the horizon.

/// One 亩 in square metres.
pub const M2_PER_MU: f64 = 10_000.0 / 15.0;

/// 房产税 on an owned building, % a year of the taxed share of its original value
/// (《房产税暂行条例》第四条).
pub const PROPERTY_TAX_RATE: f64 = 1.2;

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
    /// Rent offices (a separate calculation, not an alternative to a factory).
    pub office: OfficeInputs,
    /// Enterprise income tax.
    pub tax: TaxInputs,
}

/// Buying land and building.
#[derive(Clone, Debug, PartialEq)]
pub struct BuyInputs {
    /// 容积率: floor area per unit of land area; the land needed is floor area / plot ratio.
    pub plot_ratio: f64,
    /// Land price, 元/亩.
    pub land_price: f64,
    /// One-off tax on the land (契税), % of the land price.
    pub deed_tax: f64,
    /// Design, supervision, 城市基础设施配套费, stamp duty and registration, % of construction.
    pub soft_costs: f64,
    /// Construction cost, 元/m² of floor area.
    pub construction_cost: f64,
    /// Months from the land auction (招拍挂) to the construction permit.
    pub permit_months: u32,
    /// Months of construction until moving in.
    pub construction_months: u32,
    /// Yearly upkeep once built, % of the construction cost.
    pub upkeep: f64,
    /// Urban land-use tax, 元/m² of land a year.
    pub land_use_tax: f64,
    /// Share of the original value (land price included) that 房产税 is levied on, %.
    pub property_tax_base: f64,
    /// Term of the land-use right, years (industrial land: at most 50).
    pub tenure_years: f64,
    /// Useful life of the buildings, years.
    pub building_life: f64,
    /// How much less than book value the property is assumed to fetch at the end, %.
    pub residual_haircut: f64,
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
    /// Property management fee (物业费), 元/m²/月, paid also in rent-free months.
    pub service_fee: f64,
    /// Months without rent at the start of the lease.
    pub rent_free_months: u32,
    /// Deposit, in months of the first year's rent.
    pub deposit_months: u32,
    /// Yearly growth of rent and fee, %.
    pub growth: f64,
}

/// Enterprise income tax, for the after-tax view.
#[derive(Clone, Debug, PartialEq)]
pub struct TaxInputs {
    /// Rate, %; 0 leaves the after-tax view equal to the pre-tax one.
    pub income_tax: f64,
    /// Years over which the building (with its soft costs) is depreciated for tax.
    pub depreciation_years: f64,
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
    /// Book value of what is owned at the end (land-use right and buildings); 0 for renting.
    pub residual_book: f64,
    /// What the end value is counted at: book value less the haircut.
    pub residual: f64,
    /// Present value paid (deposits at their time cost) minus the discounted residual.
    pub net_cost: f64,
    /// The net cost after enterprise income tax: deductions (rent, taxes, upkeep, depreciation,
    /// amortisation of the land-use right) lower the tax in the year they are made; a sale at
    /// the end above or below the tax book value is taxed or deducted.
    pub after_tax: f64,
    /// Present value of the tax the deductions save (with a loss on the sale at the end).
    pub tax_shield: f64,
    /// Equivalent annual cost per m² of the option's area: the constant yearly amount, paid at
    /// the start of each year, with the same present value as the net cost.
    pub annual_per_m2: f64,
    /// Cash paid before moving in (for renting: the deposit and any first month's rent).
    pub upfront_cash: f64,
    /// Net cost if the horizon ended after year 1, 2, …, N (index 0 is year 1).
    pub cumulative: Vec<f64>,
}

/// How the saving of buying moves with one input.
#[derive(Clone, Debug, PartialEq)]
pub struct Sensitivity {
    pub input: Input,
    /// The input's value in the scenario and the two tried.
    pub value: f64,
    pub low: f64,
    pub high: f64,
    /// Saving of buying over renting a factory (negative: buying is dearer) at `low`, `high`.
    pub saving_low: f64,
    pub saving_high: f64,
}

/// The model's answer for a scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub buy: OptionCost,
    pub factory: OptionCost,
    pub office: OptionCost,
    /// Land needed, 亩.
    pub land_mu: f64,
    /// Months from buying the land to moving in.
    pub move_in_months: u32,
    /// The month the owned premises stop being usable (tenure or building life), when that
    /// falls within the horizon.
    pub use_ends_month: Option<u32>,
    /// The years (1-based, inclusive ranges) whose cumulative net cost of buying is at or below
    /// renting a factory; empty when it never is.
    pub cheaper_years: Vec<(u32, u32)>,
    /// The factory rent (元/m²/天) at which buying and renting cost the same over the horizon;
    /// `None` when no positive rent does (renting is cheaper at any rent).
    pub threshold_rent: Option<f64>,
    /// The inputs that decide the answer, most decisive first.
    pub sensitivity: Vec<Sensitivity>,
}

impl Outcome {
    /// Net cost of renting a factory minus that of buying (negative: buying is dearer).
    pub fn saving(&self) -> f64 {
        self.factory.net_cost - self.buy.net_cost
    }

    /// The same after enterprise income tax.
    pub fn saving_after_tax(&self) -> f64 {
        self.factory.after_tax - self.buy.after_tax
    }
}

/// `value` rounded up to `decimals` places (a threshold printed so that “above it” stays true).
pub fn round_up(value: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    // Tolerate float noise just above a round figure (0.834 × 1000 = 834.0000000000001).
    ((value * scale - 1e-6).ceil() / scale).max(0.0)
}

/// Discount factor for money paid in year `t` (0-based) or at the end of year `t - 1`.
fn discount(rate_percent: f64, t: f64) -> f64 {
    (1.0 + rate_percent / 100.0).powf(-t)
}

/// Σ (1+d)^−t for t = 0..years: the present value of 1 paid at the start of each year.
fn annuity_due(rate_percent: f64, years: u32) -> f64 {
    (0..years).map(|t| discount(rate_percent, f64::from(t))).sum()
}

/// Years of an inclusive 1-based range list where `cheaper[i]` holds.
fn ranges(cheaper: impl Iterator<Item = bool>) -> Vec<(u32, u32)> {
    let mut out: Vec<(u32, u32)> = Vec::new();
    for (i, yes) in cheaper.enumerate() {
        let year = i as u32 + 1;
        if yes {
            match out.last_mut() {
                Some((_, end)) if *end + 1 == year => *end = year,
                _ => out.push((year, year)),
            }
        }
    }
    out
}

/// The buy option's land area in m².
fn land_m2(s: &Scenario) -> f64 {
    s.floor_area / s.buy.plot_ratio
}

/// Land price paid, yuan.
fn land_price_paid(s: &Scenario) -> f64 {
    land_m2(s) / M2_PER_MU * s.buy.land_price
}

/// The building as capitalised: construction and soft costs, yuan.
fn building_cost(s: &Scenario) -> f64 {
    s.floor_area * s.buy.construction_cost * (1.0 + s.buy.soft_costs / 100.0)
}

/// Month the investor moves into the owned building.
fn move_in(s: &Scenario) -> u32 {
    s.buy.permit_months + s.buy.construction_months
}

/// Month the owned premises stop being usable: the land-use right ends or the building is worn out.
fn use_ends(s: &Scenario) -> f64 {
    (s.buy.tenure_years * 12.0).min(f64::from(move_in(s)) + s.buy.building_life * 12.0)
}

/// Book value after `month` months of (land-use right, building): straight line over the
/// tenure and over the building's life from moving in; nothing is built before construction
/// is paid.
fn book_after(s: &Scenario, month: u32, land_life: f64, building_life: f64) -> (f64, f64) {
    let m = f64::from(month);
    let land = land_price_paid(s) * ((land_life * 12.0 - m) / (land_life * 12.0)).clamp(0.0, 1.0);
    let building = if month > s.buy.permit_months {
        let used = (m - f64::from(move_in(s))).max(0.0);
        building_cost(s) * ((building_life * 12.0 - used) / (building_life * 12.0)).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (land, building)
}

/// Monthly factory rent in month `m` at `rent` 元/m²/天.
fn factory_monthly(s: &Scenario, rent: f64, m: u32) -> f64 {
    rent * s.floor_area * 365.0 / 12.0 * (1.0 + s.factory.growth / 100.0).powi((m / 12) as i32)
}

/// Cost of buying and building; `factory_rent` is what is paid for premises while not in the
/// owned building.
fn buy_cost(s: &Scenario, factory_rent: f64, with_series: bool) -> OptionCost {
    let b = &s.buy;
    let rate = s.discount_rate;
    let tau = s.tax.income_tax / 100.0;
    let months = s.years * 12;
    let (land, building) = (land_price_paid(s), building_cost(s));
    let land_cost = land * (1.0 + b.deed_tax / 100.0);
    let (move_in, use_ends) = (move_in(s), use_ends(s));
    let original_value = land + building;
    let property_tax = PROPERTY_TAX_RATE / 100.0 * b.property_tax_base / 100.0 * original_value / 12.0;
    let upkeep = s.floor_area * b.construction_cost * b.upkeep / 100.0 / 12.0;
    let land_tax = land_m2(s) * b.land_use_tax / 12.0;
    let depreciation = building / (s.tax.depreciation_years * 12.0);
    let amortisation = land_cost / (b.tenure_years * 12.0);
    let (mut cash, mut pv, mut shield, mut upfront) = (0.0, 0.0, 0.0, 0.0);
    let mut cumulative = Vec::with_capacity(if with_series { s.years as usize } else { 0 });
    let (mut v, mut grown) = (1.0, 1.0);
    let monthly_rent = factory_rent * s.floor_area * 365.0 / 12.0;
    for m in 0..months {
        if m % 12 == 0 {
            v = discount(rate, f64::from(m / 12));
            grown = (1.0 + s.factory.growth / 100.0).powi((m / 12) as i32);
        }
        let mf = f64::from(m);
        let mut paid = 0.0;
        let mut deductible = 0.0;
        if m == 0 {
            paid += land_cost;
        }
        if m == b.permit_months {
            paid += building;
        }
        let using = m >= move_in && mf < use_ends;
        if using {
            let running = property_tax + upkeep;
            paid += running;
            deductible += running;
        } else {
            let rent = monthly_rent * grown;
            paid += rent;
            deductible += rent;
        }
        if mf < b.tenure_years * 12.0 {
            paid += land_tax;
            deductible += land_tax + amortisation;
        }
        if m >= move_in && f64::from(m - move_in) < s.tax.depreciation_years * 12.0 {
            deductible += depreciation;
        }
        cash += paid;
        pv += paid * v;
        shield += tau * deductible * v;
        if m < move_in.max(1) {
            upfront += paid;
        }
        if with_series && m % 12 == 11 {
            let end = m + 1;
            let (l, bld) = book_after(s, end, b.tenure_years, b.building_life);
            let residual = (l + bld) * (1.0 - b.residual_haircut / 100.0);
            cumulative.push(pv - residual * discount(rate, f64::from(end / 12)));
        }
    }
    let horizon = f64::from(s.years);
    let (l, bld) = book_after(s, months, b.tenure_years, b.building_life);
    let residual_book = l + bld;
    let residual = residual_book * (1.0 - b.residual_haircut / 100.0);
    let v_end = discount(rate, horizon);
    let net_cost = pv - residual * v_end;
    // Tax book value at the end: the land-use right amortised over the tenure, the building
    // depreciated over the tax life; selling at `residual` is taxed on the difference.
    let (tax_land, tax_building) = book_after(s, months, b.tenure_years, s.tax.depreciation_years);
    let tax_book = tax_land / land.max(f64::MIN_POSITIVE) * land_cost + tax_building;
    let gain_tax = tau * (residual - tax_book) * v_end;
    let tax_shield = shield + (-gain_tax).max(0.0);
    let after_tax = net_cost - shield + gain_tax;
    let annual_per_m2 = net_cost / annuity_due(rate, s.years) / s.floor_area;
    OptionCost {
        option: Premises::BuyLand,
        cash,
        present_value: pv,
        residual_book,
        residual,
        net_cost,
        after_tax,
        tax_shield,
        annual_per_m2,
        upfront_cash: upfront,
        cumulative,
    }
}

/// A rented option: `monthly(m)` is the rent due in month m (before rent-free months),
/// `fee(m)` what is due every month regardless, the deposit is `deposit` paid at the start and
/// returned at the end (it costs only its time value).
#[allow(clippy::too_many_arguments)]
fn lease_cost(
    s: &Scenario,
    option: Premises,
    area: f64,
    monthly: impl Fn(u32) -> f64,
    fee: impl Fn(u32) -> f64,
    free: u32,
    deposit: f64,
    with_series: bool,
) -> OptionCost {
    let rate = s.discount_rate;
    let tau = s.tax.income_tax / 100.0;
    let (mut cash, mut pv) = (0.0, 0.0);
    let mut cumulative = Vec::with_capacity(if with_series { s.years as usize } else { 0 });
    let mut v = 1.0;
    let mut first_month = 0.0;
    for m in 0..s.years * 12 {
        if m % 12 == 0 {
            v = discount(rate, f64::from(m / 12));
        }
        let paid = if m >= free { monthly(m) } else { 0.0 } + fee(m);
        if m == 0 {
            first_month = paid;
        }
        cash += paid;
        pv += paid * v;
        if with_series && m % 12 == 11 {
            let years = f64::from((m + 1) / 12);
            cumulative.push(pv + deposit * (1.0 - discount(rate, years)));
        }
    }
    let net_cost = pv + deposit * (1.0 - discount(rate, f64::from(s.years)));
    let tax_shield = tau * pv;
    OptionCost {
        option,
        cash,
        present_value: pv,
        residual_book: 0.0,
        residual: 0.0,
        net_cost,
        after_tax: net_cost - tax_shield,
        tax_shield,
        annual_per_m2: net_cost / annuity_due(rate, s.years) / area,
        upfront_cash: deposit + first_month,
        cumulative,
    }
}

fn factory_cost(s: &Scenario, rent: f64, with_series: bool) -> OptionCost {
    let f = &s.factory;
    let deposit = factory_monthly(s, rent, 0) * f64::from(f.deposit_months);
    let monthly = |m| factory_monthly(s, rent, m);
    lease_cost(s, Premises::FactoryRent, s.floor_area, monthly, |_| 0.0, f.rent_free_months, deposit, with_series)
}

fn office_cost(s: &Scenario) -> OptionCost {
    let o = &s.office;
    let grown = |m: u32| (1.0 + o.growth / 100.0).powi((m / 12) as i32);
    let deposit = o.rent * o.area * f64::from(o.deposit_months);
    let rent = |m| o.rent * o.area * grown(m);
    let fee = |m| o.service_fee * o.area * grown(m);
    lease_cost(s, Premises::OfficeRent, o.area, rent, fee, o.rent_free_months, deposit, false)
}

/// The net costs as affine functions of the factory rent r: buy(r) = b0 + r·c (rent while not
/// in the owned building), factory(r) = r·k (rent and the deposit's time cost).
struct RentLines {
    b0: f64,
    c: f64,
    k: f64,
}

impl RentLines {
    /// From the scenario's own results at its rent, with one more run at rent 0.
    fn new(s: &Scenario, buy_net: f64, factory_net: f64) -> RentLines {
        let b0 = buy_cost(s, 0.0, false).net_cost;
        let r = s.factory.rent;
        if r > 0.0 {
            RentLines { b0, c: (buy_net - b0) / r, k: factory_net / r }
        } else {
            let c = buy_cost(s, 1.0, false).net_cost - b0;
            RentLines { b0, c, k: factory_cost(s, 1.0, false).net_cost }
        }
    }

    fn saving(&self, rent: f64) -> f64 {
        rent * self.k - self.b0 - rent * self.c
    }

    /// The rent at which buying and renting cost the same: r = b0 / (k − c).
    fn threshold(&self) -> Option<f64> {
        (self.k > self.c).then(|| self.b0 / (self.k - self.c)).filter(|r| r.is_finite() && *r > 0.0)
    }
}

/// How the saving moves with the factory rent, land price and construction cost (each ±20 %)
/// and the residual haircut (none, and twice the scenario's, between 10 and 100 %). Buying's net
/// cost is affine in each of them (and renting's does not depend on the last three), so a run
/// at the lower value gives the higher one as 2·saving − saving at the lower value.
fn sensitivity(s: &Scenario, buy: &OptionCost, factory: &OptionCost, lines: &RentLines) -> Vec<Sensitivity> {
    let saving = factory.net_cost - buy.net_cost;
    let b = &s.buy;
    let lower = |set: &dyn Fn(&mut Scenario)| {
        let mut tried = s.clone();
        set(&mut tried);
        factory.net_cost - buy_cost(&tried, s.factory.rent, false).net_cost
    };
    let symmetric = |input: Input, value: f64, saving_low: f64| Sensitivity {
        input,
        value,
        low: value * 0.8,
        high: value * 1.2,
        saving_low,
        saving_high: 2.0 * saving - saving_low,
    };
    let rent = s.factory.rent;
    let end_value = buy.residual_book * discount(s.discount_rate, f64::from(s.years)) / 100.0;
    let haircut_high = (b.residual_haircut * 2.0).clamp(10.0, 100.0);
    let mut out = vec![
        Sensitivity {
            input: Input::FactoryRent,
            value: rent,
            low: rent * 0.8,
            high: rent * 1.2,
            saving_low: lines.saving(rent * 0.8),
            saving_high: lines.saving(rent * 1.2),
        },
        symmetric(Input::LandPrice, b.land_price, lower(&|t| t.buy.land_price *= 0.8)),
        symmetric(Input::ConstructionCost, b.construction_cost, lower(&|t| t.buy.construction_cost *= 0.8)),
        Sensitivity {
            input: Input::ResidualHaircut,
            value: b.residual_haircut,
            low: 0.0,
            high: haircut_high,
            saving_low: saving + b.residual_haircut * end_value,
            saving_high: saving - (haircut_high - b.residual_haircut) * end_value,
        },
    ];
    out.sort_by(|a, b| (b.saving_high - b.saving_low).abs().total_cmp(&(a.saving_high - a.saving_low).abs()));
    out
}

/// Runs the model. The scenario must be valid (every input within `Input::range`): positive
/// areas, a horizon of at least a year, a positive plot ratio, tenure, building and tax lives.
pub fn evaluate(s: &Scenario) -> Outcome {
    let buy = buy_cost(s, s.factory.rent, true);
    let factory = factory_cost(s, s.factory.rent, true);
    let office = office_cost(s);
    let cheaper_years = ranges(buy.cumulative.iter().zip(&factory.cumulative).map(|(b, f)| b <= f));
    let ends = use_ends(s);
    let lines = RentLines::new(s, buy.net_cost, factory.net_cost);
    let sensitivity = sensitivity(s, &buy, &factory, &lines);
    Outcome {
        land_mu: land_m2(s) / M2_PER_MU,
        move_in_months: move_in(s),
        use_ends_month: (ends < f64::from(s.years * 12)).then_some(ends.ceil() as u32),
        buy,
        factory,
        office,
        cheaper_years,
        threshold_rent: lines.threshold(),
        sensitivity,
    }
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
    SoftCosts,
    ConstructionCost,
    PermitMonths,
    ConstructionMonths,
    Upkeep,
    LandUseTax,
    PropertyTaxBase,
    TenureYears,
    BuildingLife,
    ResidualHaircut,
    FactoryRent,
    RentFreeMonths,
    DepositMonths,
    FactoryGrowth,
    IncomeTax,
    DepreciationYears,
    OfficeArea,
    OfficeRent,
    OfficeFee,
    OfficeRentFree,
    OfficeDeposit,
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
    pub const ALL: [Input; 28] = [
        Input::FloorArea,
        Input::Years,
        Input::DiscountRate,
        Input::PlotRatio,
        Input::LandPrice,
        Input::DeedTax,
        Input::SoftCosts,
        Input::ConstructionCost,
        Input::PermitMonths,
        Input::ConstructionMonths,
        Input::Upkeep,
        Input::LandUseTax,
        Input::PropertyTaxBase,
        Input::TenureYears,
        Input::BuildingLife,
        Input::ResidualHaircut,
        Input::FactoryRent,
        Input::RentFreeMonths,
        Input::DepositMonths,
        Input::FactoryGrowth,
        Input::IncomeTax,
        Input::DepreciationYears,
        Input::OfficeArea,
        Input::OfficeRent,
        Input::OfficeFee,
        Input::OfficeRentFree,
        Input::OfficeDeposit,
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
            Input::SoftCosts => "soft-costs",
            Input::ConstructionCost => "build-cost",
            Input::PermitMonths => "permit-months",
            Input::ConstructionMonths => "build-months",
            Input::Upkeep => "upkeep",
            Input::LandUseTax => "land-tax",
            Input::PropertyTaxBase => "property-tax-base",
            Input::TenureYears => "tenure",
            Input::BuildingLife => "building-life",
            Input::ResidualHaircut => "haircut",
            Input::FactoryRent => "rent",
            Input::RentFreeMonths => "rent-free",
            Input::DepositMonths => "deposit",
            Input::FactoryGrowth => "rent-growth",
            Input::IncomeTax => "income-tax",
            Input::DepreciationYears => "depreciation",
            Input::OfficeArea => "office-area",
            Input::OfficeRent => "office-rent",
            Input::OfficeFee => "office-fee",
            Input::OfficeRentFree => "office-rent-free",
            Input::OfficeDeposit => "office-deposit",
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
            Input::Years | Input::TenureYears | Input::BuildingLife | Input::DepreciationYears => Unit::Years,
            Input::DiscountRate | Input::Upkeep | Input::FactoryGrowth | Input::OfficeGrowth => Unit::PercentPerYear,
            Input::DeedTax | Input::SoftCosts | Input::PropertyTaxBase | Input::ResidualHaircut | Input::IncomeTax => {
                Unit::Percent
            }
            Input::PlotRatio => Unit::Ratio,
            Input::LandPrice => Unit::YuanPerMu,
            Input::ConstructionCost => Unit::YuanPerM2,
            Input::PermitMonths
            | Input::ConstructionMonths
            | Input::RentFreeMonths
            | Input::DepositMonths
            | Input::OfficeRentFree
            | Input::OfficeDeposit => Unit::Months,
            Input::LandUseTax => Unit::YuanPerM2Year,
            Input::FactoryRent => Unit::YuanPerM2Day,
            Input::OfficeRent | Input::OfficeFee => Unit::YuanPerM2Month,
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
            Input::SoftCosts => (0.0, 50.0),
            Input::PermitMonths => (0.0, 60.0),
            Input::ConstructionMonths => (0.0, 60.0),
            Input::PropertyTaxBase => (0.0, 100.0),
            Input::ResidualHaircut => (0.0, 100.0),
            Input::IncomeTax => (0.0, 50.0),
            Input::DepreciationYears => (1.0, 100.0),
            Input::OfficeFee => (0.0, 200.0),
            Input::OfficeRentFree | Input::OfficeDeposit => (0.0, 24.0),
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
        matches!(
            self,
            Input::Years
                | Input::PermitMonths
                | Input::ConstructionMonths
                | Input::RentFreeMonths
                | Input::DepositMonths
                | Input::OfficeRentFree
                | Input::OfficeDeposit
        )
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
                soft_costs: value(Input::SoftCosts),
                construction_cost: value(Input::ConstructionCost),
                permit_months: whole(Input::PermitMonths),
                construction_months: whole(Input::ConstructionMonths),
                upkeep: value(Input::Upkeep),
                land_use_tax: value(Input::LandUseTax),
                property_tax_base: value(Input::PropertyTaxBase),
                tenure_years: value(Input::TenureYears),
                building_life: value(Input::BuildingLife),
                residual_haircut: value(Input::ResidualHaircut),
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
                service_fee: value(Input::OfficeFee),
                rent_free_months: whole(Input::OfficeRentFree),
                deposit_months: whole(Input::OfficeDeposit),
                growth: value(Input::OfficeGrowth),
            },
            tax: TaxInputs { income_tax: value(Input::IncomeTax), depreciation_years: value(Input::DepreciationYears) },
        }
    }
}

#[cfg(test)]
mod tests;

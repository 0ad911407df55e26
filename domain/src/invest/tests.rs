//! Tests of the cost model: hand-computed figures for the default scenario and for each cost
//! the model counts, and properties that hold for any valid scenario.

use super::*;

/// The calculator's defaults before 房产税, soft costs, permits, the haircut and income tax
/// were counted: 5,000 m², 10 years, 6 %; 7.5 亩 at 183,000 元/亩, 3 % deed tax; 1,500 元/m²
/// built in 12 months; upkeep 1.5 %; land-use tax 6 元/m²; tenure 50, life 30; factory rent
/// 0.96 元/m²/天, 3 months free, 3 months' deposit, +2 % a year; offices 500 m² at 103.8.
fn old_defaults() -> Scenario {
    Scenario::from_values(|input| match input {
        Input::FloorArea => 5000.0,
        Input::Years => 10.0,
        Input::DiscountRate => 6.0,
        Input::PlotRatio => 1.0,
        Input::LandPrice => 183_000.0,
        Input::DeedTax => 3.0,
        Input::SoftCosts => 0.0,
        Input::ConstructionCost => 1500.0,
        Input::PermitMonths => 0.0,
        Input::ConstructionMonths => 12.0,
        Input::Upkeep => 1.5,
        Input::LandUseTax => 6.0,
        Input::PropertyTaxBase => 0.0,
        Input::TenureYears => 50.0,
        Input::BuildingLife => 30.0,
        Input::ResidualHaircut => 0.0,
        Input::FactoryRent => 0.96,
        Input::RentFreeMonths => 3.0,
        Input::DepositMonths => 3.0,
        Input::FactoryGrowth => 2.0,
        Input::IncomeTax => 0.0,
        Input::DepreciationYears => 20.0,
        Input::OfficeArea => 500.0,
        Input::OfficeRent => 103.8,
        Input::OfficeFee => 0.0,
        Input::OfficeRentFree => 0.0,
        Input::OfficeDeposit => 0.0,
        Input::OfficeGrowth => 0.0,
    })
}

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance
}

/// v = 1/1.06; Σ v^t for t = 1..9 = 6.801692; v^10 = 0.558395.
const V10: f64 = 0.558_394_776;
const ANNUITY_1_TO_9: f64 = 6.801_692_4;

#[test]
fn the_old_default_answer_is_reproduced() {
    // Buying, cash: land 7.5 亩 × 183,000 × 1.03 = 1,413,675; building 5,000 × 1,500 =
    // 7,500,000; a year's rent while building 0.96 × 5,000 × 365 = 1,752,000; land-use tax
    // 5,000 × 6 × 10 = 300,000; upkeep 7,500,000 × 1.5 % × 9 = 1,012,500: 11,978,175.
    let o = evaluate(&old_defaults());
    assert!(close(o.buy.cash, 11_978_175.0, 0.01), "{}", o.buy.cash);
    // Residual: 1,372,500 × 40/50 + 7,500,000 × 21/30 = 1,098,000 + 5,250,000 = 6,348,000,
    // present value × v^10 = 3,544,690 (about ¥354万).
    assert!(close(o.buy.residual, 6_348_000.0, 0.01));
    assert!(close(o.buy.residual * V10, 3_544_690.0, 1.0));
    // The saving shown before: ¥646.1万.
    assert!(close(o.saving(), 6_460_580.5, 1.0), "{}", o.saving());
    // Cash before moving in: land with deed tax, building, a year's rent and the first year's
    // land-use tax 30,000: 1,413,675 + 7,500,000 + 1,752,000 + 30,000 = 10,695,675 (¥1,070万);
    // renting: three months' deposit 1,752,000 / 4 = 438,000 (¥44万), the first months free.
    assert!(close(o.buy.upfront_cash, 10_695_675.0, 0.01));
    assert!(close(o.factory.upfront_cash, 438_000.0, 0.01));
}

#[test]
fn the_factory_costs_its_equivalent_annual_rent_not_pv_over_years() {
    // Net cost 14,580,807 (rent PV plus the deposit's time cost 438,000 × (1 − v^10) =
    // 193,423). PV ÷ (area × years) = 291.6 (the ¥292 shown before). The equivalent annual
    // cost divides by Σ v^t, t = 0..9 = 1 + 6.801692 = 7.801692: 14,580,807 / 7.801692 /
    // 5,000 = 373.8, beside a first-year rent of 0.96 × 365 = 350.4.
    let o = evaluate(&old_defaults());
    assert!(close(o.factory.net_cost - o.factory.present_value, 438_000.0 * (1.0 - V10), 1.0));
    assert!(close(o.factory.net_cost / 50_000.0, 291.6, 0.05));
    assert!(close(o.factory.annual_per_m2, o.factory.net_cost / (1.0 + ANNUITY_1_TO_9) / 5000.0, 0.01));
    assert!(close(o.factory.annual_per_m2, 373.8, 0.05), "{}", o.factory.annual_per_m2);
}

#[test]
fn property_tax_costs_half_a_million_over_ten_years() {
    // 1.2 % × 70 % × (land 1,372,500 + building 7,500,000) = 74,529 a year, paid in the nine
    // built years 1..9: 74,529 × 6.801692 = 506,923 (−¥50万 on the saving).
    let base = evaluate(&old_defaults());
    let mut s = old_defaults();
    s.buy.property_tax_base = 70.0;
    let yearly = 0.012 * 0.7 * (1_372_500.0 + 7_500_000.0);
    assert!(close(yearly, 74_529.0, 0.01));
    assert!(close(base.saving() - evaluate(&s).saving(), yearly * ANNUITY_1_TO_9, 1.0));
}

#[test]
fn soft_costs_are_paid_with_construction_and_depreciate_with_the_building() {
    // 12 % × 7,500,000 = 900,000 paid at the start; 21/30 of it is left after ten years,
    // counted at v^10: 900,000 × (1 − 0.7 × 0.558395) = 548,211.
    let base = evaluate(&old_defaults());
    let mut s = old_defaults();
    s.buy.soft_costs = 12.0;
    assert!(close(base.saving() - evaluate(&s).saving(), 900_000.0 * (1.0 - 0.7 * V10), 1.0));
}

#[test]
fn permits_before_construction_delay_moving_in_and_break_even() {
    // Auction and permits 12 months, construction 12: the building is paid in year 1 (× v),
    // the second year's rent is paid (1,752,000 × 1.02 × v) instead of upkeep, and the
    // building is one year younger at the end. Saving ¥544.5万, cheaper from year 4 (was 3).
    let base = evaluate(&old_defaults());
    assert_eq!(base.cheaper_years, vec![(3, 10)]);
    let mut s = old_defaults();
    s.buy.permit_months = 12;
    let o = evaluate(&s);
    assert_eq!(o.move_in_months, 24);
    assert_eq!(o.cheaper_years, vec![(4, 10)]);
    let v = 1.0 / 1.06;
    let building_paid_later = 7_500_000.0 * (1.0 - v);
    let second_year_rent = 1_752_000.0 * 1.02 * v;
    let one_less_upkeep = 112_500.0 * v;
    let younger_building = 7_500_000.0 / 30.0 * V10;
    let expected = base.saving() + building_paid_later - second_year_rent + one_less_upkeep + younger_building;
    assert!(close(o.saving(), expected, 1.0), "{} vs {expected}", o.saving());
    assert!(close(o.saving(), 5_444_952.8, 1.0));
}

#[test]
fn income_tax_shrinks_the_saving_to_about_4_1_million() {
    // At 25 %: renting deducts its rent (PV 14,387,384 → shield 3,596,846); buying deducts
    // rent while building, land-use tax, upkeep, depreciation over 20 years (375,000 a year
    // from year 1) and the land-use right over 50 years; the sale at book value less the
    // tax book value is taxed. After tax the saving is ¥409.2万 instead of ¥646.1万.
    let mut s = old_defaults();
    s.tax.income_tax = 25.0;
    let o = evaluate(&s);
    assert!(close(o.factory.tax_shield, 0.25 * o.factory.present_value, 1e-6));
    assert!(close(o.factory.tax_shield, 3_596_845.9, 1.0));
    assert!(close(o.saving_after_tax(), 4_091_898.7, 1.0), "{}", o.saving_after_tax());
    assert!(close(o.saving(), 6_460_580.5, 1.0), "the pre-tax figure does not move");
}

#[test]
fn a_haircut_on_the_residual_moves_the_answer_in_proportion() {
    // Residual PV 3,544,690: 20 % of it is 708,938 (¥71万), 30 % 1,063,407 (¥106万).
    let base = evaluate(&old_defaults());
    for (haircut, effect) in [(20.0, 708_938.0), (30.0, 1_063_407.0)] {
        let mut s = old_defaults();
        s.buy.residual_haircut = haircut;
        assert!(close(base.saving() - evaluate(&s).saving(), effect, 1.0));
    }
    // 500 m², 3 years: buying saves ¥7.0万 at book value and is dearer at a 10 % haircut.
    let mut s = old_defaults();
    s.floor_area = 500.0;
    s.years = 3;
    assert!(close(evaluate(&s).saving(), 69_603.8, 1.0));
    s.buy.residual_haircut = 10.0;
    assert!(evaluate(&s).saving() < 0.0);
}

#[test]
fn beyond_the_tenure_the_land_is_gone_and_premises_are_rented_again() {
    // Rent 0.8 falling 5 % a year, 24 months to build, tenure 30, 40 years: buying becomes
    // cheaper in year 9 and stays so while the land is held; in year 31 the land has returned
    // to the state, nothing is left to count, and the rent paid again makes buying dearer.
    let mut s = old_defaults();
    s.factory.growth = -5.0;
    s.buy.construction_months = 24;
    s.factory.rent = 0.8;
    s.buy.tenure_years = 30.0;
    s.years = 40;
    let o = evaluate(&s);
    assert_eq!(o.cheaper_years, vec![(9, 30)]);
    assert_eq!(o.use_ends_month, Some(360));
    assert_eq!(o.buy.residual, 0.0);
    assert!(o.saving() < 0.0, "over 40 years buying is dearer although it was cheaper in years 9–30");
}

#[test]
fn the_threshold_is_printed_rounded_up() {
    // The old defaults: buying and renting cost the same at 0.4765 元/m²/天; printed as
    // 0.477, a rent above it makes buying cheaper (0.47, rounded down, would not).
    let s = old_defaults();
    let exact = evaluate(&s).threshold_rent.unwrap();
    assert!(close(exact, 0.476_544, 1e-6), "{exact}");
    assert_eq!(round_up(exact, 3), 0.477);
    assert_eq!(round_up(0.5, 2), 0.5);
    let mut at = s.clone();
    at.factory.rent = round_up(exact, 3);
    assert!(evaluate(&at).saving() > 0.0);
    at.factory.rent = 0.476;
    assert!(evaluate(&at).saving() < 0.0);
}

#[test]
fn offices_count_deposit_rent_free_months_and_the_service_fee() {
    // 500 m² at 100 + 20 元/m²/月, 2 months free, 3 months' deposit, 0 %, 1 year: rent
    // 10 × 50,000 + fee 12 × 10,000 = 620,000; the deposit 150,000 costs nothing undiscounted.
    let mut s = old_defaults();
    s.years = 1;
    s.discount_rate = 0.0;
    s.office = OfficeInputs {
        area: 500.0,
        rent: 100.0,
        service_fee: 20.0,
        rent_free_months: 2,
        deposit_months: 3,
        growth: 0.0,
    };
    let o = evaluate(&s).office;
    assert!(close(o.cash, 620_000.0, 1e-6) && close(o.net_cost, 620_000.0, 1e-6));
    assert!(close(o.upfront_cash, 150_000.0 + 10_000.0, 1e-6));
    assert!(close(o.annual_per_m2, 1240.0, 1e-6));
}

#[test]
fn the_sensitivity_table_puts_the_deciding_input_first() {
    let o = evaluate(&old_defaults());
    assert_eq!(o.sensitivity[0].input, Input::FactoryRent);
    let rent = &o.sensitivity[0];
    assert!(close(rent.low, 0.768, 1e-9) && close(rent.high, 1.152, 1e-9));
    assert!(rent.saving_low < o.saving() && o.saving() < rent.saving_high);
}

mod properties {
    use super::super::*;
    use proptest::prelude::*;

    fn scenario() -> impl Strategy<Value = Scenario> {
        (
            (100.0f64..200_000.0, 1u32..=50, 0.0f64..15.0),
            (0.3f64..4.0, 0.0f64..2_000_000.0, 0.0f64..5.0, 0.0f64..30.0, 0.0f64..5000.0, 0u32..24, 0u32..36),
            (0.0f64..5.0, 0.0f64..30.0, 0.0f64..100.0, 10.0f64..70.0, 5.0f64..60.0, 0.0f64..60.0),
            (0.01f64..5.0, 0u32..12, 0u32..12, -5.0f64..10.0),
            (0.0f64..40.0, 5.0f64..50.0),
            (10.0f64..5000.0, 1.0f64..300.0, 0.0f64..50.0, 0u32..12, 0u32..12, -5.0f64..10.0),
        )
            .prop_map(|((floor_area, years, discount_rate), b, c, f, tax, o)| Scenario {
                floor_area,
                years,
                discount_rate,
                buy: BuyInputs {
                    plot_ratio: b.0,
                    land_price: b.1,
                    deed_tax: b.2,
                    soft_costs: b.3,
                    construction_cost: b.4,
                    permit_months: b.5,
                    construction_months: b.6,
                    upkeep: c.0,
                    land_use_tax: c.1,
                    property_tax_base: c.2,
                    tenure_years: c.3,
                    building_life: c.4,
                    residual_haircut: c.5,
                },
                factory: FactoryInputs { rent: f.0, rent_free_months: f.1, deposit_months: f.2, growth: f.3 },
                office: OfficeInputs {
                    area: o.0,
                    rent: o.1,
                    service_fee: o.2,
                    rent_free_months: o.3,
                    deposit_months: o.4,
                    growth: o.5,
                },
                tax: TaxInputs { income_tax: tax.0, depreciation_years: tax.1 },
            })
    }

    proptest! {
        #[test]
        fn outputs_are_finite_and_never_negative_costs(s in scenario()) {
            let out = evaluate(&s);
            for o in [&out.buy, &out.factory, &out.office] {
                prop_assert!(o.cash.is_finite() && o.present_value.is_finite() && o.net_cost.is_finite());
                prop_assert!(o.after_tax.is_finite() && o.annual_per_m2.is_finite());
                prop_assert!(o.cash >= 0.0 && o.present_value >= 0.0 && o.residual >= 0.0);
                prop_assert!(o.residual <= o.residual_book + 1e-6);
            }
            prop_assert_eq!(out.buy.cumulative.len(), s.years as usize);
            prop_assert_eq!(out.factory.cumulative.len(), s.years as usize);
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
        fn raising_the_rent_never_makes_renting_cheaper(s in scenario(), more in 0.0f64..3.0) {
            let mut dearer = s.clone();
            dearer.factory.rent += more;
            let (a, b) = (evaluate(&s), evaluate(&dearer));
            prop_assert!(b.factory.net_cost >= a.factory.net_cost - 1e-6);
            let mut s = s;
            s.factory.rent_free_months = 0;
            let mut dearer = s.clone();
            dearer.factory.rent += more;
            let (a, b) = (evaluate(&s), evaluate(&dearer));
            // Buying pays the rent only while not in its own building, months the lease pays
            // too, unless they are the lease's rent-free months (a short interim lease gets
            // none): without them the saving never falls.
            let tolerance = 1e-9 * a.factory.net_cost.abs().max(a.buy.net_cost.abs()).max(1.0);
            prop_assert!(b.saving() >= a.saving() - tolerance, "{} then {}", a.saving(), b.saving());
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
        fn cheaper_years_are_exactly_the_years_buying_is_not_dearer(s in scenario()) {
            let out = evaluate(&s);
            for (i, (b, f)) in out.buy.cumulative.iter().zip(&out.factory.cumulative).enumerate() {
                let year = i as u32 + 1;
                let listed = out.cheaper_years.iter().any(|(from, to)| (*from..=*to).contains(&year));
                prop_assert_eq!(listed, b <= f, "year {}", year);
            }
            for pair in out.cheaper_years.windows(2) {
                prop_assert!(pair[0].1 + 1 < pair[1].0, "ranges are separate and ordered");
            }
        }

        #[test]
        fn at_the_threshold_rent_buying_and_renting_cost_the_same(s in scenario()) {
            let out = evaluate(&s);
            if let Some(rent) = out.threshold_rent {
                let mut at = s.clone();
                at.factory.rent = rent;
                let equal = evaluate(&at);
                let tolerance = 1.0_f64.max(1e-9 * equal.buy.net_cost.abs().max(equal.factory.net_cost.abs()));
                prop_assert!((equal.buy.net_cost - equal.factory.net_cost).abs() <= tolerance,
                    "{} vs {}", equal.buy.net_cost, equal.factory.net_cost);
                // Printed rounded up, a rent above the printed figure makes buying no dearer.
                at.factory.rent = round_up(rent, 3) + 0.001;
                let above = evaluate(&at);
                prop_assert!(above.saving() >= -tolerance);
            }
        }

        #[test]
        fn after_tax_saving_exceeds_the_pre_tax_one_by_at_most_the_tax_shield(s in scenario()) {
            let out = evaluate(&s);
            let tolerance = 1e-9 * out.buy.net_cost.abs().max(out.factory.net_cost.abs()).max(1.0);
            prop_assert!(out.saving_after_tax() - out.saving() <= out.buy.tax_shield + tolerance);
            prop_assert!(out.buy.tax_shield >= 0.0 && out.factory.tax_shield >= 0.0);
            let mut untaxed = s.clone();
            untaxed.tax.income_tax = 0.0;
            let plain = evaluate(&untaxed);
            prop_assert!((plain.saving_after_tax() - plain.saving()).abs() <= tolerance);
        }

        #[test]
        fn the_sensitivity_table_agrees_with_running_the_model_again(s in scenario()) {
            let out = evaluate(&s);
            for row in &out.sensitivity {
                for (value, saving) in [(row.low, row.saving_low), (row.high, row.saving_high)] {
                    let mut tried = s.clone();
                    match row.input {
                        Input::FactoryRent => tried.factory.rent = value,
                        Input::LandPrice => tried.buy.land_price = value,
                        Input::ConstructionCost => tried.buy.construction_cost = value,
                        _ => tried.buy.residual_haircut = value,
                    }
                    let again = evaluate(&tried).saving();
                    let tolerance = 1e-6 * out.buy.net_cost.abs().max(out.factory.net_cost.abs()).max(1.0);
                    prop_assert!((again - saving).abs() <= tolerance, "{:?} at {}: {} vs {}", row.input, value, saving, again);
                }
            }
        }

        #[test]
        fn a_larger_haircut_never_makes_buying_cheaper(s in scenario(), more in 0.0f64..50.0) {
            let mut cut = s.clone();
            cut.buy.residual_haircut = (s.buy.residual_haircut + more).min(100.0);
            prop_assert!(evaluate(&cut).buy.net_cost >= evaluate(&s).buy.net_cost - 1e-6);
        }
    }
}

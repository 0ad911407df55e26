//! How long the calculator takes to recompute every output after one input changes: the
//! domain's `evaluate` (three options with present values, residuals, taxes and the after-tax
//! view, the year-by-year series, the years buying is cheaper, the threshold rent and the
//! sensitivity table's eight extra scenarios) on the default scenario and on a 50-year one.
//!
//! run: cargo run --release -p wuqing-domain --example bench_invest
//! It prints the median and 95th percentile of 200 batches of 1,000 evaluations, per call.

use domain::invest::{evaluate, Input, Scenario};
use std::hint::black_box;
use std::time::Instant;

fn scenario(years: f64) -> Scenario {
    Scenario::from_values(|input| match input {
        Input::FloorArea => 5000.0,
        Input::Years => years,
        Input::DiscountRate => 6.0,
        Input::PlotRatio => 1.0,
        Input::LandPrice => 183_000.0,
        Input::DeedTax => 3.0,
        Input::SoftCosts => 12.0,
        Input::ConstructionCost => 1500.0,
        Input::PermitMonths => 12.0,
        Input::ConstructionMonths => 12.0,
        Input::Upkeep => 1.5,
        Input::LandUseTax => 6.0,
        Input::PropertyTaxBase => 70.0,
        Input::TenureYears => 50.0,
        Input::BuildingLife => 30.0,
        Input::ResidualHaircut => 25.0,
        Input::FactoryRent => 0.96,
        Input::RentFreeMonths => 3.0,
        Input::DepositMonths => 3.0,
        Input::FactoryGrowth => 2.0,
        Input::IncomeTax => 25.0,
        Input::DepreciationYears => 20.0,
        Input::OfficeArea => 500.0,
        Input::OfficeRent => 103.8,
        Input::OfficeFee => 20.0,
        Input::OfficeRentFree => 0.0,
        Input::OfficeDeposit => 3.0,
        Input::OfficeGrowth => 0.0,
    })
}

fn main() {
    for years in [10.0, 50.0] {
        let mut s = scenario(years);
        let mut per_call = Vec::new();
        for batch in 0..200 {
            let start = Instant::now();
            for i in 0..1000 {
                // One input changes between evaluations, as when a slider moves.
                s.factory.rent = 0.5 + f64::from((batch * 1000 + i) % 200) / 100.0;
                black_box(evaluate(black_box(&s)));
            }
            per_call.push(start.elapsed().as_secs_f64() * 1e6 / 1000.0);
        }
        per_call.sort_by(f64::total_cmp);
        let (median, p95) = (per_call[per_call.len() / 2], per_call[per_call.len() * 95 / 100]);
        println!("{years:>2} years: median {median:.1} µs, p95 {p95:.1} µs per recompute (budget 100 µs)");
    }
}

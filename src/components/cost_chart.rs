//! The cumulative net cost of buying and of renting a factory by year: an inline SVG line chart with axes, units,
//! a legend and points a keyboard user can reach, and the same numbers as a table for screen
//! readers and print.

use crate::text::invest_texts;
use domain::invest::{OptionCost, Outcome};
use leptos::prelude::*;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 300.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 40.0;

/// A round step for about five gridlines up to `max`.
fn nice_step(max: f64) -> f64 {
    let raw = (max / 5.0).max(1.0);
    let magnitude = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * magnitude).find(|s| *s >= raw).unwrap_or(10.0 * magnitude)
}

/// Which years get a focusable point: every year up to 15, then every fifth and the last.
fn marked(year: usize, years: usize) -> bool {
    years <= 15 || year.is_multiple_of(5) || year == years
}

#[component]
pub fn CostChart(outcome: Outcome) -> impl IntoView {
    let series: [(&OptionCost, &str); 2] = [(&outcome.buy, "series-buy"), (&outcome.factory, "series-factory")];
    let years = outcome.buy.cumulative.len().max(1);
    let low = series.iter().flat_map(|(o, _)| o.cumulative.iter().copied()).fold(0.0f64, f64::min);
    let high = series.iter().flat_map(|(o, _)| o.cumulative.iter().copied()).fold(0.0f64, f64::max);
    let step = nice_step((high - low) / 1e4) * 1e4;
    let (y_min, y_max) = ((low / step).floor() * step, ((high / step).ceil() * step).max(step));
    let x = move |year: usize| LEFT + (WIDTH - LEFT - RIGHT) * (year as f64) / (years as f64);
    let y = move |v: f64| TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - (v - y_min) / (y_max - y_min));
    let mut gridlines = Vec::new();
    let mut v = y_min;
    while v <= y_max + step / 2.0 {
        gridlines.push(v);
        v += step;
    }
    let grid = gridlines
        .into_iter()
        .map(|v| {
            let label = format!("{}", (v / 1e4).round());
            view! {
                <g class="grid">
                    <line x1=LEFT x2=WIDTH - RIGHT y1=y(v) y2=y(v)/>
                    <text x=LEFT - 6.0 y=y(v) + 4.0 text-anchor="end">{label}</text>
                </g>
            }
        })
        .collect_view();
    let tick_every = if years <= 10 {
        1
    } else if years <= 25 {
        5
    } else {
        10
    };
    let ticks = (0..=years)
        .filter(|yr| yr.is_multiple_of(tick_every) || *yr == years)
        .map(|yr| view! { <text x=x(yr) y=HEIGHT - BOTTOM + 16.0 text-anchor="middle">{yr}</text> })
        .collect_view();
    let lines = series
        .iter()
        .map(|(o, class)| {
            let name = (invest_texts().premises)(o.option);
            let points: String = std::iter::once((0usize, 0.0))
                .chain(o.cumulative.iter().enumerate().map(|(i, v)| (i + 1, *v)))
                .map(|(yr, v)| format!("{:.1},{:.1}", x(yr), y(v)))
                .collect::<Vec<_>>()
                .join(" ");
            let dots = o
                .cumulative
                .iter()
                .enumerate()
                .filter(|(i, _)| marked(i + 1, years))
                .map(|(i, v)| {
                    let label = (invest_texts().chart_point)(name, i as u32 + 1, &(invest_texts().money)(*v));
                    let title = label.clone();
                    view! {
                        <circle cx=x(i + 1) cy=y(*v) r="4" tabindex="0" role="img" aria-label=label>
                            <title>{title}</title>
                        </circle>
                    }
                })
                .collect_view();
            view! { <g class=*class><polyline points=points/>{dots}</g> }
        })
        .collect_view();
    let legend = series
        .iter()
        .map(|(o, class)| view! { <li class=*class><span class="swatch" aria-hidden="true"></span>{(invest_texts().premises)(o.option)}</li> })
        .collect_view();
    view! {
        <figure class="cost-chart">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="group" aria-labelledby="chart-title chart-desc">
                <title id="chart-title">{invest_texts().chart_title}</title>
                <desc id="chart-desc">{invest_texts().chart_desc}</desc>
                {grid}
                <line class="axis" x1=LEFT x2=WIDTH - RIGHT y1=y(0.0) y2=y(0.0)/>
                {ticks}
                <text class="axis-label" x=WIDTH - RIGHT y=HEIGHT - 4.0 text-anchor="end">{invest_texts().chart_year_axis}</text>
                <text class="axis-label" x=4.0 y=TOP - 4.0>{invest_texts().chart_cost_axis}</text>
                {lines}
            </svg>
            <figcaption>
                <strong>{invest_texts().chart_title}</strong>" "{invest_texts().chart_desc}
                <ul class="legend">{legend}</ul>
            </figcaption>
        </figure>
    }
}

/// The chart's numbers, year by year.
#[component]
pub fn YearTable(outcome: Outcome) -> impl IntoView {
    let options = [&outcome.buy, &outcome.factory];
    let heads =
        options.iter().map(|o| view! { <th scope="col">{(invest_texts().premises)(o.option)}</th> }).collect_view();
    let rows = (0..outcome.buy.cumulative.len())
        .map(|i| {
            let cells = options
                .iter()
                .map(|o| view! { <td>{o.cumulative.get(i).map(|v| (invest_texts().money)(*v)).unwrap_or_default()}</td> })
                .collect_view();
            view! { <tr><th scope="row">{(invest_texts().year_n)(i as u32 + 1)}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <table class="year-by-year">
            <caption>{invest_texts().chart_desc}</caption>
            <thead><tr><th scope="col">{invest_texts().chart_year_axis}</th>{heads}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

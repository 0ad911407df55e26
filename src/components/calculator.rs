//! The investment calculator: a labelled field per input (with a slider for the inputs that
//! matter most), each showing its default's source or marking it as an example assumption;
//! first the headline answer (buying against renting a factory of the same area), then the
//! inputs (with the answer in one line kept in view while they scroll past), then the results
//! table, the sensitivity table, the chart and the year-by-year table, and renting offices as
//! a calculation of its own; on a wide screen the inputs and the results sit side by side. The model and the URL state are
//! `domain::invest` and `domain::invest_query`; this only wires them to the page. A field that
//! does not hold a usable value keeps the last good results on screen, marked as out of date.

use crate::components::cost_chart::{CostChart, YearTable};
use crate::components::facts::Sources;
use crate::components::hotline::HotlineLink;
use crate::text::{invest_texts, texts, InvestTexts};
use crate::web::url_state::Write;
use domain::invest::{evaluate, Input, OptionCost, Outcome, Premises};
use domain::invest_query::{number_text, read_input, InvestQuery};
use domain::model::CalculatorDefault;
use leptos::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// The defaults from invest.json, by input.
pub type Defaults = Arc<BTreeMap<Input, CalculatorDefault>>;

/// The default value of an input (the model's range floor if invest.json lacks it, which
/// cargo test rules out).
pub fn default_value(defaults: &Defaults, input: Input) -> f64 {
    defaults.get(&input).map_or(input.range().0, |d| d.value)
}

/// The inputs, grouped as the form shows them: (group title, inputs, which have sliders).
fn groups(t: &InvestTexts) -> [(String, Vec<Input>); 5] {
    [
        (t.group_basics.to_string(), vec![Input::FloorArea, Input::Years, Input::DiscountRate]),
        (
            (t.premises)(Premises::BuyLand).to_string(),
            vec![
                Input::LandPrice,
                Input::PlotRatio,
                Input::DeedTax,
                Input::ConstructionCost,
                Input::SoftCosts,
                Input::PermitMonths,
                Input::ConstructionMonths,
                Input::Upkeep,
                Input::LandUseTax,
                Input::PropertyTaxBase,
                Input::TenureYears,
                Input::BuildingLife,
                Input::ResidualHaircut,
            ],
        ),
        (
            (t.premises)(Premises::FactoryRent).to_string(),
            vec![Input::FactoryRent, Input::RentFreeMonths, Input::DepositMonths, Input::FactoryGrowth],
        ),
        (t.group_tax.to_string(), vec![Input::IncomeTax, Input::DepreciationYears]),
        (
            (t.premises)(Premises::OfficeRent).to_string(),
            vec![
                Input::OfficeArea,
                Input::OfficeRent,
                Input::OfficeFee,
                Input::OfficeRentFree,
                Input::OfficeDeposit,
                Input::OfficeGrowth,
            ],
        ),
    ]
}

/// The slider's range and step, for the inputs that have one.
fn slider(input: Input) -> Option<(f64, f64, f64)> {
    match input {
        Input::FloorArea => Some((500.0, 50_000.0, 500.0)),
        Input::Years => Some((1.0, 50.0, 1.0)),
        Input::FactoryRent => Some((0.1, 3.0, 0.01)),
        _ => None,
    }
}

/// A default's note without the assumption mark it starts with (the mark is shown already).
fn note_beyond_mark(t: &InvestTexts, note: Option<&str>) -> Option<String> {
    let rest = note?.trim_start_matches(t.assumption_mark).trim_start_matches(['。', '；', '.', ';', ' ']);
    (!rest.is_empty()).then(|| rest.to_string())
}

/// The model's answer for the scenario in the URL, computed once per change.
pub fn outcome_of(defaults: &Defaults, query: Memo<InvestQuery>) -> Memo<Outcome> {
    let defaults = defaults.clone();
    Memo::new(move |_| evaluate(&query.get().scenario(|i| default_value(&defaults, i))))
}

/// The form and the results. `query` is the state in the URL, `outcome` its answer
/// (`outcome_of`); `set` writes a new state.
#[component]
pub fn Calculator(
    defaults: Defaults,
    query: Memo<InvestQuery>,
    outcome: Memo<Outcome>,
    set: impl Fn(InvestQuery, Write) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let t = texts();
    let value = {
        let defaults = defaults.clone();
        move |input: Input| query.with(|q| q.value(input, |i| default_value(&defaults, i)))
    };
    let invalid = RwSignal::new(BTreeSet::<Input>::new());
    // Bumped by 恢复默认 so every field shows its default again.
    let reset_count = RwSignal::new(0u32);
    let fieldsets = groups(invest_texts())
        .into_iter()
        .map(|(title, inputs)| {
            let fields = inputs
                .into_iter()
                .map(|input| {
                    let default = defaults.get(&input).cloned();
                    let defaults = defaults.clone();
                    let set = set.clone();
                    view! { <Field input=input default=default defaults=defaults query=query set=set invalid=invalid reset_count=reset_count/> }
                })
                .collect_view();
            view! { <fieldset class="calc-group"><legend>{title}</legend>{fields}</fieldset> }
        })
        .collect_view();
    let reset = move |_| {
        let current = query.get_untracked();
        invalid.set(BTreeSet::new());
        reset_count.update(|n| *n += 1);
        set(InvestQuery { values: BTreeMap::new(), ..current }, Write::Push);
    };
    let stale = move || !invalid.with(BTreeSet::is_empty);
    view! {
        <noscript><p class="notice">{invest_texts().calculator_needs_js}<HotlineLink/>{t.full_stop}</p></noscript>
        <div class="calc-layout" class:stale=stale>
            <section class="calc-answer" aria-labelledby="results-heading">
                <h3 id="results-heading">{invest_texts().results_heading}</h3>
                <p class="stale-note" role="alert" hidden=move || !stale()>{invest_texts().results_stale}</p>
                <div role="status" aria-live="polite" class="headline">
                    {let value = value.clone(); move || outcome.with(|o| headline(invest_texts(), o, value(Input::IncomeTax)))}
                </div>
            </section>
            <div class="calc-inputs">
                <h3 id="assumptions-heading">{invest_texts().assumptions_heading}</h3>
                <p class="note">{invest_texts().calculator_intro}</p>
                <form class="calculator" novalidate aria-labelledby="assumptions-heading" on:submit=|ev| ev.prevent_default()>
                    {fieldsets}
                    <p><button type="button" class="button secondary" on:click=reset>{invest_texts().reset}</button></p>
                    // The answer in one line, kept in view while the fields scroll past (the
                    // status above already announces it, so it is not read twice).
                    <p class="calc-summary" aria-hidden="true">{move || outcome.with(|o| short_answer(invest_texts(), o))}</p>
                </form>
            </div>
            <div class="results">
                <p class="note">{invest_texts().vat_basis}</p>
                {move || outcome.with(|o| view! { <ResultsTable outcome=o.clone()/> })}
                {move || outcome.with(|o| view! { <SensitivityTable outcome=o.clone()/> })}
                {move || outcome.with(|o| view! { <CostChart outcome=o.clone()/> })}
                <details class="year-table">
                    <summary>{invest_texts().year_table}</summary>
                    {move || outcome.with(|o| view! { <YearTable outcome=o.clone()/> })}
                </details>
                {move || outcome.with(|o| view! { <OfficeResults office=o.office.clone() area=value(Input::OfficeArea)/> })}
            </div>
        </div>
    }
    .into_any()
}

/// Which of buying and renting a factory is cheaper, the other, and by how much.
fn verdict(o: &Outcome) -> (Premises, Premises, f64) {
    if o.buy.net_cost <= o.factory.net_cost {
        (Premises::BuyLand, Premises::FactoryRent, o.factory.net_cost - o.buy.net_cost)
    } else {
        (Premises::FactoryRent, Premises::BuyLand, o.buy.net_cost - o.factory.net_cost)
    }
}

/// The answer as the headline says it.
fn answer_line(t: &'static InvestTexts, o: &Outcome) -> String {
    let (cheaper, dearer, saving) = verdict(o);
    (t.headline)(cheaper, dearer, o.buy.cumulative.len() as u32, &(t.money)(saving))
}

/// The answer in a few words.
fn short_answer(t: &'static InvestTexts, o: &Outcome) -> String {
    let (cheaper, _, saving) = verdict(o);
    (t.headline_short)(cheaper, o.buy.cumulative.len() as u32, &(t.money)(saving))
}

/// The answer in sentences: which is cheaper and by how much, when buying pays off, and the
/// rent at which it does.
fn headline(t: &'static InvestTexts, o: &Outcome, tax_rate: f64) -> impl IntoView {
    let years = o.buy.cumulative.len() as u32;
    let land = format!("{:.1}", o.land_mu);
    let after_tax = (tax_rate > 0.0).then(|| (t.after_tax)(o.saving_after_tax(), &number_text(tax_rate)));
    let use_ends = o.use_ends_month.map(|m| (t.use_ends)(m / 12 + 1));
    view! {
        <p class="answer"><strong>{answer_line(invest_texts(), o)}</strong></p>
        <p>{after_tax}" "{(t.break_even)(&o.cheaper_years, years)}" "{(t.threshold)(o.threshold_rent)}</p>
        <p>{(t.upfront)(&(t.money)(o.buy.upfront_cash), &(t.money)(o.factory.upfront_cash))}" "{(t.land_needed)(&land)}" "{use_ends}</p>
        <p class="note">{t.rent_caveat}</p>
    }
}

#[component]
fn ResultsTable(outcome: Outcome) -> impl IntoView {
    let options = [&outcome.buy, &outcome.factory];
    let heads =
        options.iter().map(|o| view! { <th scope="col">{(invest_texts().premises)(o.option)}</th> }).collect_view();
    let taxed = outcome.buy.tax_shield > 0.0 || outcome.factory.tax_shield > 0.0;
    let row = |label: &'static str, cell: &dyn Fn(&OptionCost) -> String| {
        let cells = options.iter().map(|o| view! { <td>{cell(o)}</td> }).collect_view();
        view! { <tr><th scope="row">{label}</th>{cells}</tr> }
    };
    let rows = view! {
        {row(invest_texts().row_cash, &|o| (invest_texts().money)(o.cash))}
        {row(invest_texts().row_present_value, &|o| (invest_texts().money)(o.present_value))}
        {row(invest_texts().row_residual, &|o| if o.option == Premises::BuyLand { (invest_texts().money)(o.residual) } else { invest_texts().not_applicable.to_string() })}
        {row(invest_texts().row_net_cost, &|o| (invest_texts().money)(o.net_cost))}
        {taxed.then(|| row(invest_texts().row_after_tax, &|o| (invest_texts().money)(o.after_tax)))}
        {row(invest_texts().row_per_m2_year, &|o| (invest_texts().money)(o.annual_per_m2))}
        {row(invest_texts().row_upfront, &|o| (invest_texts().money)(o.upfront_cash))}
    };
    view! {
        <div class="table-scroll" role="region" aria-label=invest_texts().results_table tabindex="0">
            <table class="results-table">
                <thead><tr><th scope="col">{invest_texts().result_item}</th>{heads}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// How the saving moves with the inputs that decide it: a table with a bar for each side.
#[component]
fn SensitivityTable(outcome: Outcome) -> impl IntoView {
    let widest = outcome
        .sensitivity
        .iter()
        .flat_map(|s| [s.saving_low.abs(), s.saving_high.abs()])
        .fold(outcome.saving().abs(), f64::max)
        .max(1.0);
    let cell = move |value: f64, saving: f64, input: Input| {
        // A bar as SVG (the page's CSP allows no style attributes): up to 96 px for the widest.
        let width = format!("{:.1}", saving.abs() / widest * 96.0);
        let unit = (invest_texts().unit)(input.unit());
        view! {
            <td>
                <span class="sens-value">{number_text((value * 1000.0).round() / 1000.0)}" "{unit}</span>
                <svg class="sens-bar" class:negative=saving < 0.0 width="96" height="8" aria-hidden="true">
                    <rect width=width height="8"/>
                </svg>
                <span>{(invest_texts().money)(saving)}</span>
            </td>
        }
    };
    let rows = outcome
        .sensitivity
        .iter()
        .map(|s| {
            view! {
                <tr>
                    <th scope="row">{(invest_texts().input_label)(s.input)}</th>
                    {cell(s.low, s.saving_low, s.input)}
                    {cell(s.high, s.saving_high, s.input)}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll sensitivity" role="region" aria-labelledby="sensitivity-heading" tabindex="0">
            <h4 id="sensitivity-heading">{invest_texts().sensitivity_heading}</h4>
            <p>{invest_texts().sensitivity_intro}" "{(invest_texts().money)(outcome.saving())}</p>
            <table class="results-table">
                <thead><tr>
                    <th scope="col">{invest_texts().sensitivity_input}</th>
                    <th scope="col">{invest_texts().sensitivity_low}</th>
                    <th scope="col">{invest_texts().sensitivity_high}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Renting offices, on its own: the office area is in the heading.
#[component]
fn OfficeResults(office: OptionCost, area: f64) -> impl IntoView {
    let area = number_text(area);
    let rows = [
        (invest_texts().row_cash, office.cash),
        (invest_texts().office_net, office.net_cost),
        (invest_texts().row_per_m2_year, office.annual_per_m2),
        (invest_texts().row_upfront, office.upfront_cash),
    ]
    .into_iter()
    .map(|(label, v)| view! { <tr><th scope="row">{label}</th><td>{(invest_texts().money)(v)}</td></tr> })
    .collect_view();
    view! {
        <section class="office-results" aria-labelledby="office-heading">
            <h4 id="office-heading">{(invest_texts().office_heading)(&area)}</h4>
            <p>{invest_texts().office_intro}</p>
            <table class="results-table office-table"><tbody>{rows}</tbody></table>
        </section>
    }
}

/// One input: label with unit, the text field (and slider), its message, and where the
/// default comes from.
#[component]
fn Field(
    input: Input,
    default: Option<CalculatorDefault>,
    defaults: Defaults,
    query: Memo<InvestQuery>,
    set: impl Fn(InvestQuery, Write) + Clone + Send + Sync + 'static,
    invalid: RwSignal<BTreeSet<Input>>,
    reset_count: RwSignal<u32>,
) -> impl IntoView {
    let t = texts();
    let id = format!("calc-{}", input.key());
    let (error_id, hint_id) = (format!("{id}-error"), format!("{id}-hint"));
    let value_of = {
        let defaults = defaults.clone();
        move |q: &InvestQuery| q.value(input, |i| default_value(&defaults, i))
    };
    let initial = value_of(&query.get_untracked());
    let text = RwSignal::new(number_text(initial));
    let error = RwSignal::new(None::<String>);
    // After 恢复默认, or Back to another scenario, show the value the URL now holds.
    {
        let value_of = value_of.clone();
        Effect::new(move |_| {
            reset_count.track();
            let value = value_of(&query.get());
            if read_input(input, &text.get_untracked()).ok() != Some(value) {
                text.set(number_text(value));
                error.set(None);
            }
        });
    }
    let apply = {
        let set = set.clone();
        move |raw: String| {
            text.set(raw.clone());
            match read_input(input, &raw) {
                Ok(value) => {
                    error.set(None);
                    invalid.update(|s| {
                        s.remove(&input);
                    });
                    let mut next = query.get_untracked();
                    next.values.insert(input, value);
                    set(next, Write::Replace);
                }
                Err(e) => {
                    error.set(Some((invest_texts().input_error)(input, e)));
                    invalid.update(|s| {
                        s.insert(input);
                    });
                }
            }
        }
    };
    let on_slider = apply.clone();
    let unit = (invest_texts().unit)(input.unit());
    let basis = default.map(|d| {
        let value = format!("{} {unit}", number_text(d.value));
        let what = if d.assumption { invest_texts().assumption_mark.to_string() } else { d.label.clone() };
        let as_of = d.as_of.map(|date| (t.bracketed)(&(t.as_of)(date)));
        view! {
            <div class="calc-basis" id=hint_id.clone()>
                <span>{invest_texts().default_is}{value}" — "{what}{as_of}</span>
                {note_beyond_mark(invest_texts(), d.note.as_deref()).map(|n| view! { <p class="note">{n}</p> })}
                <Sources sources=d.sources/>
            </div>
        }
    });
    let slider = slider(input).map(|(min, max, step)| {
        let value_of = value_of.clone();
        view! {
            <input type="range" class="calc-slider" min=min max=max step=step
                aria-label=format!("{}{}", (invest_texts().input_label)(input), (t.bracketed)(unit))
                // The attribute for the prerendered page; the property once the app runs.
                value=value_of(&query.get_untracked()).to_string()
                prop:value=move || value_of(&query.get()).to_string()
                on:input=move |ev| on_slider(event_target_value(&ev))/>
        }
    });
    let described = format!("{error_id} {hint_id}");
    view! {
        <div class="field calc-field" class:has-error=move || error.with(Option::is_some)>
            <label for=id.clone()>{(invest_texts().input_label)(input)}<span class="unit">{(t.bracketed)(unit)}</span></label>
            <p class="field-error" id=error_id hidden=move || error.with(Option::is_none)>{move || error.get()}</p>
            <input id=id type="text" inputmode="decimal" autocomplete="off"
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=described
                value=text.get_untracked()
                prop:value=move || text.get()
                on:input=move |ev| apply(event_target_value(&ev))/>
            {slider}
            {basis}
        </div>
    }
}

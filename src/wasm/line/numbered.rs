//! JS mirror of line balancing on numbered tasks: typed arrays in and out.

use super::balance::PriorityRuleName;
use crate::line::{self, CycleTime, NumberedLineInput, PriorityRule};
use crate::wasm::batch::column::{ArrayColumn, Float64Column, Uint32Column};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::number_list::{NumberList, WholeNumberList};
use crate::wasm::to_js::to_js;
use js_sys::{Float64Array, Uint32Array};
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link balanceNumberedLine}: tasks numbered 0 to n − 1. Give the cycle
/// time, or the available time and demand it comes from. Times in one unit.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct BalanceNumberedLineOptions {
    /// Task `i` takes `times[i]`; each above zero (at most 20000 tasks).
    #[tsify(type = "Float64Array | number[]")]
    pub times: NumberList,
    /// Precedence relations as pairs one after the other: task `precedence[2k]` must be
    /// done before task `precedence[2k + 1]` starts (`[0, 1, 0, 2]`: 0 before 1 and 2).
    #[tsify(type = "Float64Array | number[]")]
    pub precedence: WholeNumberList,
    /// The time each station has for one unit.
    #[tsify(optional)]
    pub cycle_time: Option<f64>,
    /// Production time in the period (with `demand`, instead of `cycleTime`).
    #[tsify(optional)]
    pub available_time: Option<f64>,
    /// Units required in the period (with `availableTime`).
    #[tsify(optional)]
    pub demand: Option<f64>,
    /// The priority rule.
    pub rule: PriorityRuleName,
    /// Rule for ties (default longestTime); remaining ties go to the lowest number.
    #[tsify(optional)]
    pub tie_break: Option<PriorityRuleName>,
}

from_js!(BalanceNumberedLineOptions {
    times,
    precedence,
    cycle_time,
    available_time,
    demand,
    rule,
    tie_break
});

/// Result of {@link balanceNumberedLine}: which station each task went to, the order of
/// assignment, and the measures.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct BalanceNumberedLineResult {
    /// The cycle time used.
    pub cycle_time: f64,
    /// The rule used.
    pub rule: PriorityRuleName,
    /// The tie-break rule used.
    pub tie_break: PriorityRuleName,
    /// Every task's number in the order assigned, station after station: station `k`'s
    /// tasks (from 1) are `order.subarray(stationEnds[k − 2] ?? 0, stationEnds[k − 1])`.
    #[tsify(type = "Uint32Array")]
    pub order: Uint32Column,
    /// Where each station's tasks end in `order`.
    #[tsify(type = "Uint32Array")]
    pub station_ends: Uint32Column,
    /// Task `i`'s station, counting from 1.
    #[tsify(type = "Uint32Array")]
    pub station_of: Uint32Column,
    /// Each station's load: the sum of its task times.
    #[tsify(type = "Float64Array")]
    pub station_loads: Float64Column,
    /// The number of stations.
    pub station_count: u32,
    /// ⌈Σt / c⌉: no balance can use fewer stations.
    pub theoretical_minimum: u32,
    /// Σt, the work content of one unit.
    pub total_time: f64,
    /// Σt / (n c), from 0 to 1.
    pub efficiency: f64,
    /// 1 − efficiency.
    pub balance_delay: f64,
    /// n c − Σt: idle time of all stations per cycle.
    pub idle_time: f64,
    /// The heaviest station load.
    pub max_station_load: f64,
    /// √Σ (max load − load)²: 0 when every station carries the same load.
    pub smoothness_index: f64,
}

to_js!(BalanceNumberedLineResult {
    cycle_time,
    rule,
    tie_break,
    order,
    station_ends,
    station_of,
    station_loads,
    station_count,
    theoretical_minimum,
    total_time,
    efficiency,
    balance_delay,
    idle_time,
    max_station_load,
    smoothness_index
});

impl From<line::NumberedLineBalance> for BalanceNumberedLineResult {
    fn from(line: line::NumberedLineBalance) -> Self {
        let numbers = |values: &[u32]| ArrayColumn(Uint32Array::from(values));
        BalanceNumberedLineResult {
            cycle_time: line.cycle_time,
            rule: line.rule.into(),
            tie_break: line.tie_break.into(),
            order: numbers(&line.order),
            station_ends: numbers(&line.station_ends),
            station_of: numbers(&line.station_of),
            station_loads: ArrayColumn(Float64Array::from(line.station_loads.as_slice())),
            station_count: line.station_count,
            theoretical_minimum: line.theoretical_minimum,
            total_time: line.total_time,
            efficiency: line.efficiency,
            balance_delay: line.balance_delay,
            idle_time: line.idle_time,
            max_station_load: line.max_station_load,
            smoothness_index: line.smoothness_index,
        }
    }
}

/// Balances an assembly line of numbered tasks by a priority rule: the heuristic of
/// {@link balanceLine} (ties by the tie-break rule, then the lowest number), with typed
/// arrays in and out and no trace, for large generated lines.
///
/// Throws an {@link OpscalcError} naming the field for invalid options: a time not
/// above zero (`times[3]`), an odd-length `precedence`, a number that is no task's
/// (`unknown_id`, `precedence[5]`), precedence cycles (`cycle`), a task longer than the
/// cycle time, more than 20000 tasks.
#[wasm_bindgen(
    js_name = balanceNumberedLine,
    unchecked_return_type = "BalanceNumberedLineResult"
)]
pub fn balance_numbered_line(
    #[wasm_bindgen(unchecked_param_type = "BalanceNumberedLineOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: BalanceNumberedLineOptions| {
        let input = NumberedLineInput {
            times: options.times.0,
            precedence: options.precedence.0,
            cycle_time: CycleTime::from_fields(
                options.cycle_time,
                options.available_time,
                options.demand,
            )?,
            rule: options.rule.into(),
            tie_break: options.tie_break.map(PriorityRule::from),
        };
        line::balance_numbered_line(&input).map(BalanceNumberedLineResult::from)
    })
}

//! JS mirror of the exact SALBP-2 solver: the shortest cycle time for a number of
//! stations.

use crate::line::{self, CycleTimeInput, Task};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::line::balance::{StationResult, TaskOptions};
use crate::wasm::line::optimal::{SearchLimitsOptions, StopReasonName, node_count, search_limits};
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link minimizeCycleTime}. Times in one unit, with at most 9 decimal places.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct MinimizeCycleTimeOptions {
    /// The tasks, with their times and immediate predecessors.
    pub tasks: Vec<TaskOptions>,
    /// The most stations the line may have; a whole number, at least 1.
    pub stations: u32,
    /// When to stop: a time and/or node limit; without, it runs until it proves the optimum.
    #[tsify(optional)]
    pub limits: Option<SearchLimitsOptions>,
}

from_js!(MinimizeCycleTimeOptions {
    tasks,
    stations,
    limits
});

/// Result of {@link minimizeCycleTime}: the line with the shortest cycle time found and
/// what is proven about it.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct MinimizeCycleTimeResult {
    /// The cycle time of the line: its largest station load.
    pub cycle_time: f64,
    /// The stations, first to last (at most `stations` of them); each station's tasks in
    /// an order that respects precedence; idle times against `cycleTime`.
    pub stations: Vec<StationResult>,
    /// The number of stations used.
    pub station_count: u32,
    /// A proven lower bound on the shortest cycle time: equal to `cycleTime` when `optimal`.
    pub lower_bound: f64,
    /// Whether `cycleTime` is proven the shortest possible.
    pub optimal: bool,
    /// The cycle time of the best priority-rule line, where the search started.
    pub heuristic_cycle_time: f64,
    /// The cycle times the exact search probed.
    pub probes: u32,
    /// The search nodes of all probes (a whole number; below 2^53).
    pub nodes: f64,
    /// The milliseconds used, heuristics included.
    pub elapsed_ms: f64,
    /// Why the search stopped.
    pub stop: StopReasonName,
}

to_js!(MinimizeCycleTimeResult {
    cycle_time,
    stations,
    station_count,
    lower_bound,
    optimal,
    heuristic_cycle_time,
    probes,
    nodes,
    elapsed_ms,
    stop
});

/// Finds the shortest cycle time at which at most `stations` stations can do the work
/// (SALBP-2), exactly: the best priority-rule line first, then cycle times probed with
/// the branch, bound and remember search of {@link balanceLineOptimal} until the optimum
/// is proven or a limit is reached. Always returns a feasible line (the best found so
/// far) with a proven lower bound on the cycle time and why it stopped.
///
/// Throws an {@link OpscalcError} naming the field for invalid options: the task errors
/// of {@link balanceLine}; `stations` below 1; `tasks[i].time` with more than 9 decimal
/// places; `tasks` too large (work content above 2^28 units of the last decimal place);
/// `limits.timeMs`, `limits.nodes` or `limits.memoryMb` out of range.
#[wasm_bindgen(js_name = minimizeCycleTime, unchecked_return_type = "MinimizeCycleTimeResult")]
pub fn minimize_cycle_time(
    #[wasm_bindgen(unchecked_param_type = "MinimizeCycleTimeOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: MinimizeCycleTimeOptions| {
        let input = CycleTimeInput {
            tasks: options.tasks.into_iter().map(Task::from).collect(),
            stations: options.stations,
            limits: search_limits(options.limits)?,
        };
        line::minimize_cycle_time(&input).map(|line| MinimizeCycleTimeResult {
            cycle_time: line.cycle_time,
            stations: line.stations.into_iter().map(StationResult::from).collect(),
            station_count: line.station_count,
            lower_bound: line.lower_bound,
            optimal: line.optimal,
            heuristic_cycle_time: line.heuristic_cycle_time,
            probes: line.probes,
            nodes: node_count(line.nodes),
            elapsed_ms: line.elapsed_ms,
            stop: line.stop.into(),
        })
    })
}

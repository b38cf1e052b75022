//! JS mirror of the exact SALBP-1 solver.

use crate::line::{self, CycleTime, OptimalInput, SearchLimits, StopReason, Task};
use crate::wasm::boundary::call;
use crate::wasm::choice::js_choice;
use crate::wasm::from_js::from_js;
use crate::wasm::line::balance::{StationResult, TaskOptions};
use crate::wasm::to_js::to_js;
use crate::{Error, ErrorCode};
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// When {@link balanceLineOptimal} or {@link minimizeCycleTime} stops searching (without limits: when it proves the optimum).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct SearchLimitsOptions {
    /// The most milliseconds of search (wall clock, measured with `Date.now()`); above zero.
    #[tsify(optional)]
    pub time_ms: Option<f64>,
    /// The most search nodes (tasks added to a partial station load); a whole number, at
    /// least 1. Holds without a clock: the same nodes give the same answer everywhere.
    #[tsify(optional)]
    pub nodes: Option<f64>,
    /// The most memory, in MiB, for the sets of tasks the search remembers: 1 to 1024
    /// (a wasm instance has 4 GiB at most); default 256.
    #[tsify(optional)]
    pub memory_mb: Option<u32>,
}

from_js!(SearchLimitsOptions {
    time_ms,
    nodes,
    memory_mb
});

/// Options of {@link balanceLineOptimal}. Give the cycle time, or the available time and
/// demand it comes from. Times in one unit.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct BalanceLineOptimalOptions {
    /// The tasks, with their times and immediate predecessors.
    pub tasks: Vec<TaskOptions>,
    /// The time each station has for one unit.
    #[tsify(optional)]
    pub cycle_time: Option<f64>,
    /// Production time in the period (with `demand`, instead of `cycleTime`).
    #[tsify(optional)]
    pub available_time: Option<f64>,
    /// Units required in the period (with `availableTime`).
    #[tsify(optional)]
    pub demand: Option<f64>,
    /// When to stop: a time and/or node limit; without, it runs until it proves the optimum.
    #[tsify(optional)]
    pub limits: Option<SearchLimitsOptions>,
}

from_js!(BalanceLineOptimalOptions {
    tasks,
    cycle_time,
    available_time,
    demand,
    limits
});

/// Why {@link balanceLineOptimal} or {@link minimizeCycleTime} stopped.
#[derive(Tsify, Clone, Copy)]
#[serde(rename_all = "camelCase")]
pub enum StopReasonName {
    /// The line is proven optimal.
    Optimal,
    /// The node limit was reached first.
    NodeLimit,
    /// The time limit was reached first.
    TimeLimit,
    /// The memory limit was reached first.
    Memory,
}

js_choice!(StopReasonName {
    Optimal = "optimal",
    NodeLimit = "nodeLimit",
    TimeLimit = "timeLimit",
    Memory = "memory"
});

impl From<StopReason> for StopReasonName {
    fn from(reason: StopReason) -> Self {
        match reason {
            StopReason::Optimal => StopReasonName::Optimal,
            StopReason::NodeLimit => StopReasonName::NodeLimit,
            StopReason::TimeLimit => StopReasonName::TimeLimit,
            StopReason::Memory => StopReasonName::Memory,
        }
    }
}

/// Result of {@link balanceLineOptimal}: the best line found and what is proven about it.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct BalanceLineOptimalResult {
    /// The cycle time used.
    pub cycle_time: f64,
    /// The stations, first to last; each station's tasks in an order that respects precedence.
    pub stations: Vec<StationResult>,
    /// The number of stations.
    pub station_count: u32,
    /// A proven lower bound on the fewest stations: equal to `stationCount` when `optimal`.
    pub lower_bound: u32,
    /// Whether `stationCount` is proven the fewest possible.
    pub optimal: bool,
    /// The stations of the best priority-rule line, where the search started.
    pub heuristic_station_count: u32,
    /// The search nodes explored (a whole number; below 2^53).
    pub nodes: f64,
    /// The milliseconds used, heuristics included.
    pub elapsed_ms: f64,
    /// Why the search stopped.
    pub stop: StopReasonName,
}

to_js!(BalanceLineOptimalResult {
    cycle_time,
    stations,
    station_count,
    lower_bound,
    optimal,
    heuristic_station_count,
    nodes,
    elapsed_ms,
    stop
});

/// The limits of the options (none when absent).
pub(crate) fn search_limits(limits: Option<SearchLimitsOptions>) -> Result<SearchLimits, Error> {
    let Some(limits) = limits else {
        return Ok(SearchLimits::default());
    };
    Ok(SearchLimits {
        time_ms: limits.time_ms,
        nodes: node_limit(limits.nodes)?,
        memory_mb: limits.memory_mb,
    })
}

/// A node count as a JS number (exact: counts stay below 2^53 in any search that ends).
#[allow(clippy::cast_precision_loss)]
pub(crate) fn node_count(nodes: u64) -> f64 {
    nodes as f64
}

/// The node limit as a count: a whole number of at least 1.
fn node_limit(nodes: Option<f64>) -> Result<Option<u64>, Error> {
    let Some(nodes) = nodes else {
        return Ok(None);
    };
    if !nodes.is_finite() || nodes < 1.0 || nodes.fract() != 0.0 {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "limits.nodes",
            "must be a whole number of at least 1",
        ));
    }
    // At most 2^53 from a JS number, so the conversion is exact.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Ok(Some(nodes as u64))
}

/// Balances a line in the fewest stations for a cycle time (SALBP-1), exactly: the
/// best priority-rule line first, then a branch, bound and remember search until the
/// optimum is proven or a limit is reached. Always returns a feasible line (the best
/// found so far) with the proven lower bound and why it stopped.
///
/// Throws an {@link OpscalcError} naming the field for invalid options: the errors of
/// {@link balanceLine}, and `limits.timeMs`, `limits.nodes` or `limits.memoryMb` out of range.
#[wasm_bindgen(js_name = balanceLineOptimal, unchecked_return_type = "BalanceLineOptimalResult")]
pub fn balance_line_optimal(
    #[wasm_bindgen(unchecked_param_type = "BalanceLineOptimalOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: BalanceLineOptimalOptions| {
        let input = OptimalInput {
            tasks: options.tasks.into_iter().map(Task::from).collect(),
            cycle_time: CycleTime::from_fields(
                options.cycle_time,
                options.available_time,
                options.demand,
            )?,
            limits: search_limits(options.limits)?,
        };
        line::balance_line_optimal(&input).map(|line| BalanceLineOptimalResult {
            cycle_time: line.cycle_time,
            stations: line.stations.into_iter().map(StationResult::from).collect(),
            station_count: line.station_count,
            lower_bound: line.lower_bound,
            optimal: line.optimal,
            heuristic_station_count: line.heuristic_station_count,
            nodes: node_count(line.nodes),
            elapsed_ms: line.elapsed_ms,
            stop: line.stop.into(),
        })
    })
}

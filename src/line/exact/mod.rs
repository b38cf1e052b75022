//! The exact SALBP-1 solver: the fewest stations for a cycle time, proven optimal by a
//! branch, bound and remember search, or the best line found within the limits.
//!
//! The method is described on [`balance_line_optimal`]; the SALBP-2 solver built on it,
//! the shortest cycle time for a number of stations, on [`minimize_cycle_time`].

mod bounds;
mod cbfs;
mod clock;
mod cycle_time;
mod dominance;
mod limits;
mod loads;
mod memo;
mod search;
mod solve;

use crate::error::{Error, ErrorCode};
use crate::line::balance::Problem;
use crate::line::task_graph::TaskGraph;
use crate::line::{CycleTime, PriorityRule, Station, Task};
use limits::Limits;
use search::Halt;
use solve::{Solver, index_u32};

pub use cycle_time::{CycleTimeBalance, CycleTimeInput, minimize_cycle_time};

/// The memory the solver's remembered sets may use unless told otherwise, in MiB.
pub const DEFAULT_MEMORY_MB: u32 = 256;

/// The most memory the remembered sets may be given, in MiB. A wasm instance has 4 GiB
/// at most, and a set may briefly take twice its share while it grows: beyond that the
/// allocation would fail and end the instance.
pub const MAX_MEMORY_MB: u32 = 1024;

/// How long the search may run. Without limits it runs until it proves the optimum.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct SearchLimits {
    /// The most milliseconds of search (wall clock); above zero. Field `time_ms`.
    pub time_ms: Option<f64>,
    /// The most nodes (tasks added to a partial station load, see
    /// [`OptimalBalance::nodes`]); at least 1. Field `nodes`.
    pub nodes: Option<u64>,
    /// The most memory, in MiB, for the sets of tasks the search remembers; 1 to
    /// [`MAX_MEMORY_MB`]; [`DEFAULT_MEMORY_MB`] when not given. Field `memory_mb`.
    pub memory_mb: Option<u32>,
}

/// The input of [`balance_line_optimal`].
#[derive(Debug, Clone, PartialEq)]
pub struct OptimalInput {
    /// The tasks, as for [`balance_line`](crate::line::balance_line). Field `tasks`.
    pub tasks: Vec<Task>,
    /// The cycle time, given or from demand. Field `cycle_time`.
    pub cycle_time: CycleTime,
    /// When to stop searching. Field `limits`.
    pub limits: SearchLimits,
}

/// Why the solver stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopReason {
    /// The line is proven optimal.
    Optimal,
    /// The node limit was reached first.
    NodeLimit,
    /// The time limit was reached first.
    TimeLimit,
    /// The memory limit was reached first.
    Memory,
}

/// The best line the solver found, and what it proved.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct OptimalBalance {
    /// The cycle time used.
    pub cycle_time: f64,
    /// The stations, first first; each station's tasks in an order that respects
    /// precedence.
    pub stations: Vec<Station>,
    /// The number of stations.
    pub station_count: u32,
    /// A proven lower bound on the fewest stations: equal to `station_count` when
    /// `optimal`.
    pub lower_bound: u32,
    /// Whether `station_count` is proven the fewest possible.
    pub optimal: bool,
    /// The stations of the best priority-rule line (the starting upper bound).
    pub heuristic_station_count: u32,
    /// The nodes the search explored: tasks added to a partial station load.
    pub nodes: u64,
    /// The milliseconds used, heuristics included.
    pub elapsed_ms: f64,
    /// Why the solver stopped.
    pub stop: StopReason,
}

/// Balances a line in the fewest stations for a cycle time (SALBP-1), exactly: the
/// best of the priority rules first, then a branch, bound and remember search until the
/// optimum is proven or a limit is reached. Always returns a feasible line: the best
/// found so far, with the proven lower bound.
///
/// # Method
/// Branch, bound and remember (Sewell & Jacobson, *A branch, bound, and remember
/// algorithm for the simple assembly line balancing problem*, INFORMS Journal on
/// Computing 24 (2012) 433-442), with the bounds and reduction rules of SALOME (Scholl &
/// Klein, INFORMS Journal on Computing 9 (1997) 319-334):
/// - the best of the seven priority rules gives the first line (the upper bound);
/// - the lower bound is the largest of LB1–LB3 and two bin-packing bounds (Martello &
///   Toth's L2, and a pairing and weights bound after BB&R's LB3b); equal bounds end at
///   once;
/// - a station-oriented search fills one station at a time with maximal loads only,
///   skips loads Jackson's dominance rule rejects, prunes a set of assigned tasks when
///   `stations + LB(rest)` reaches the best count found, and remembers every set it
///   made, pruning a set seen before in as few stations;
/// - after 2,097,152 nodes (long searches only: on short ones the check costs more than
///   it saves) a partial load is cut as soon as the tasks that could still join it
///   cannot bring it to `work left − (best − 1 − stations) × c`, the least load that
///   keeps LB1 below the best count (SALOME's idle-time rule, applied inside a station);
/// - the search order is cyclic best-first (BB&R): one queue of open sets per number of
///   stations, the best of each taken in turn (lowest bound, then least idle time per
///   station less 0.02 per task left), each expanded 60 loads at a turn;
/// - it runs on the precedence graph and on the reversed graph (SALOME's bidirectional
///   idea) in turns of 65,536 nodes, the best line of either bounding both, until
///   either proves its answer or the limits run out.
///
/// Measured on Scholl's 269 instances in `benches/results/salbp-exact.md`.
///
/// # Errors
/// The errors of [`balance_line`](crate::line::balance_line) for the tasks and the
/// cycle time; `not_positive` / `not_finite` naming `limits.time_ms`, and
/// `out_of_range` naming `limits.nodes` when zero or `limits.memory_mb` when zero or
/// above [`MAX_MEMORY_MB`].
///
/// # Examples
/// ```
/// use opscalc::line::{CycleTime, OptimalInput, SearchLimits, StopReason, Task, balance_line_optimal};
/// // Six tasks, 27 minutes of work, at a 10-minute cycle: at least 3 stations.
/// let tasks = vec![
///     Task::new("A", 3.0, &[]),
///     Task::new("B", 7.0, &[]),
///     Task::new("C", 4.0, &["A"]),
///     Task::new("D", 2.0, &["A"]),
///     Task::new("E", 5.0, &["C"]),
///     Task::new("F", 6.0, &["B", "D"]),
/// ];
/// let input = OptimalInput {
///     tasks,
///     cycle_time: CycleTime::Given(10.0),
///     limits: SearchLimits::default(),
/// };
/// let line = balance_line_optimal(&input)?;
/// assert_eq!((line.station_count, line.lower_bound), (3, 3));
/// assert!(line.optimal);
/// assert_eq!(line.stop, StopReason::Optimal);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn balance_line_optimal(input: &OptimalInput) -> Result<OptimalBalance, Error> {
    let problem = Problem::new(&input.tasks.as_slice(), input.cycle_time)?;
    let mut limits = Limits::new(&input.limits)?;
    let cycle_time = problem.cycle_time;
    let tolerance = cycle_time * 1e-9;
    let (rule_count, rule_stations) = best_rule_line(&problem)?;
    let mut solver = Solver::new(&problem.graph, tolerance);
    let answer = solver.solve_at(cycle_time, rule_count, 0, &mut limits, 1.0)?;
    let line = |best: &Vec<Vec<u32>>| -> Vec<Station> {
        best.iter()
            .map(|tasks| station(&problem.graph, tasks, cycle_time, 1.0))
            .collect()
    };
    let (station_count, stations) = match answer.best {
        Some(best) => (index_u32(best.len()), line(&best)),
        None => (rule_count, rule_stations),
    };
    let optimal = answer.halt.is_none() || station_count <= answer.lower;
    Ok(OptimalBalance {
        cycle_time,
        stations,
        station_count,
        lower_bound: if optimal { station_count } else { answer.lower },
        optimal,
        heuristic_station_count: rule_count,
        nodes: limits.spent,
        elapsed_ms: limits.elapsed_ms(),
        stop: stop_reason(optimal, answer.halt),
    })
}

/// The best line of the seven priority rules at the problem's cycle time: its station
/// count and stations.
fn best_rule_line(problem: &Problem) -> Result<(u32, Vec<Station>), Error> {
    let mut best: Option<(u32, Vec<Station>)> = None;
    for rule in PriorityRule::ALL {
        let line = problem.balance(rule, PriorityRule::LongestTime, false)?;
        if best
            .as_ref()
            .is_none_or(|(count, _)| line.station_count < *count)
        {
            best = Some((line.station_count, line.stations));
        }
    }
    best.ok_or_else(|| Error::new(ErrorCode::Internal, "", "no rule balanced the line"))
}

/// Why a solver stopped: `Optimal` when it proved its answer, else the search's halt.
fn stop_reason(optimal: bool, halt: Option<Halt>) -> StopReason {
    match halt {
        _ if optimal => StopReason::Optimal,
        None => StopReason::Optimal,
        Some(Halt::Nodes) => StopReason::NodeLimit,
        Some(Halt::Time) => StopReason::TimeLimit,
        Some(Halt::Memory) => StopReason::Memory,
    }
}

/// The station of `tasks` (indexes of `graph`) at `cycle_time`, with its load and idle
/// time, both divided by `scale` (the times' unit back from whole units, or 1).
fn station(graph: &TaskGraph, tasks: &[u32], cycle_time: f64, scale: f64) -> Station {
    let load: f64 = tasks.iter().map(|&task| graph.time(task)).sum();
    Station {
        tasks: tasks
            .iter()
            .map(|&task| graph.id(task).to_owned())
            .collect(),
        load: load / scale,
        idle_time: (cycle_time - load) / scale,
    }
}

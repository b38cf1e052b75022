//! The exact SALBP-1 solver: the fewest stations for a cycle time, proven optimal by a
//! branch, bound and remember search, or the best line found within the limits.
//!
//! The method is described on [`balance_line_optimal`].

mod bounds;
mod clock;
mod dominance;
mod memo;
mod search;

use crate::error::{Error, ErrorCode};
use crate::line::balance::Problem;
use crate::line::task_graph::TaskGraph;
use crate::line::{CycleTime, PriorityRule, Station, Task};
use bounds::Bounds;
use clock::Clock;
use memo::Memo;
use search::{Budget, Halt, Instance, search};

/// The memory the solver's remembered sets may use unless told otherwise, in MiB.
pub const DEFAULT_MEMORY_MB: u32 = 256;

/// How long the search may run. Without limits it runs until it proves the optimum.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct SearchLimits {
    /// The most milliseconds of search (wall clock); above zero. Field `time_ms`.
    pub time_ms: Option<f64>,
    /// The most nodes (tasks added to a partial station load, see
    /// [`OptimalBalance::nodes`]); at least 1. Field `nodes`.
    pub nodes: Option<u64>,
    /// The most memory, in MiB, for the sets of tasks the search remembers; at least 1;
    /// [`DEFAULT_MEMORY_MB`] when not given. Field `memory_mb`.
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
/// - with a limit, the search runs forward with half of it, then on the reversed
///   precedence graph (SALOME's bidirectional idea) with the rest;
/// - max(LB1, LB2, LB3) of all tasks is the lower bound; equal bounds end at once;
/// - a station-oriented depth-first search fills one station at a time with maximal
///   loads only, skips loads Jackson's dominance rule rejects, prunes a set of assigned
///   tasks when `stations + LB(rest)` reaches the best count found, and remembers every
///   set it expanded, pruning a set seen before in as few stations.
///
/// # Errors
/// The errors of [`balance_line`](crate::line::balance_line) for the tasks and the
/// cycle time; `not_positive` / `not_finite` naming `limits.time_ms`, and
/// `out_of_range` naming `limits.nodes` or `limits.memory_mb` when zero.
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
/// let line = balance_line_optimal(&input).unwrap();
/// assert_eq!((line.station_count, line.lower_bound), (3, 3));
/// assert!(line.optimal);
/// assert_eq!(line.stop, StopReason::Optimal);
/// ```
pub fn balance_line_optimal(input: &OptimalInput) -> Result<OptimalBalance, Error> {
    let clock = Clock::start();
    let problem = Problem::new(&input.tasks, input.cycle_time)?;
    let limits = &input.limits;
    let time_limit = crate::validate::positive_if_given("limits.time_ms", limits.time_ms)?;
    if limits.nodes == Some(0) {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "limits.nodes",
            "must be at least 1",
        ));
    }
    if limits.memory_mb == Some(0) {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "limits.memory_mb",
            "must be at least 1",
        ));
    }
    let graph = &problem.graph;
    let cycle_time = problem.cycle_time;
    let tolerance = cycle_time * 1e-9;

    let mut heuristic: Option<(u32, Vec<Station>)> = None;
    for rule in PriorityRule::ALL {
        let line = problem.balance(rule, PriorityRule::LongestTime, false)?;
        if heuristic
            .as_ref()
            .is_none_or(|(count, _)| line.station_count < *count)
        {
            heuristic = Some((line.station_count, line.stations));
        }
    }
    let Some((heuristic_count, heuristic_stations)) = heuristic else {
        return Err(Error::new(
            ErrorCode::Internal,
            "",
            "no rule balanced the line",
        ));
    };

    let times: Vec<f64> = (0..graph.len())
        .map(|task| graph.time(index_u32(task)))
        .collect();
    let lower = Bounds::new(&times, cycle_time, tolerance).all();
    let memory_bytes = f64::from(limits.memory_mb.unwrap_or(DEFAULT_MEMORY_MB)) * 1024.0 * 1024.0;
    let limited = time_limit.is_some() || limits.nodes.is_some();
    // With a limit, each direction gets half of it (SALOME's insight: many instances
    // are far easier with the precedence graph reversed); without, forward only.
    let mut budget = Limits {
        clock,
        time_ms: time_limit.map(|time| if limited { time / 2.0 } else { time }),
        nodes: limits.nodes.map(|nodes| (nodes / 2).max(1)),
    };
    let forward = search(
        &instance(graph, cycle_time, tolerance, &times),
        heuristic_count,
        lower,
        &mut Memo::new(graph.len().div_ceil(64), memory_bytes),
        &mut budget,
    );
    let mut best: Option<Vec<Vec<u32>>> = forward.best;
    let mut halt = forward.halt;
    let mut nodes = forward.nodes;
    let left = limits.nodes.map(|limit| limit.saturating_sub(nodes));
    if halt.is_some() && left != Some(0) {
        let reversed_tasks = reversed(graph);
        let reversed_problem = Problem::new(&reversed_tasks, CycleTime::Given(cycle_time))?;
        let upper = best
            .as_ref()
            .map_or(heuristic_count, |best| index_u32(best.len()));
        budget.time_ms = time_limit;
        budget.nodes = left;
        let backward = search(
            &instance(&reversed_problem.graph, cycle_time, tolerance, &times),
            upper,
            lower,
            &mut Memo::new(graph.len().div_ceil(64), memory_bytes),
            &mut budget,
        );
        nodes += backward.nodes;
        halt = backward.halt;
        if let Some(line) = backward.best {
            // Stations of the reversed graph, last first, each task after its followers.
            best = Some(
                line.into_iter()
                    .rev()
                    .map(|mut tasks| {
                        tasks.reverse();
                        tasks
                    })
                    .collect(),
            );
        }
    }
    let outcome = search::Outcome { best, halt, nodes };

    let (station_count, stations) = match outcome.best {
        Some(best) => (
            index_u32(best.len()),
            best.iter().map(|tasks| station(&problem, tasks)).collect(),
        ),
        None => (heuristic_count, heuristic_stations),
    };
    let (optimal, stop) = match outcome.halt {
        None => (true, StopReason::Optimal),
        Some(Halt::Nodes) => (station_count <= lower, StopReason::NodeLimit),
        Some(Halt::Time) => (station_count <= lower, StopReason::TimeLimit),
        Some(Halt::Memory) => (station_count <= lower, StopReason::Memory),
    };
    Ok(OptimalBalance {
        cycle_time,
        stations,
        station_count,
        lower_bound: if optimal { station_count } else { lower },
        optimal,
        heuristic_station_count: heuristic_count,
        nodes: outcome.nodes,
        elapsed_ms: clock.elapsed_ms(),
        stop: if optimal { StopReason::Optimal } else { stop },
    })
}

/// The search data of `graph`.
fn instance<'a>(
    graph: &'a TaskGraph,
    cycle_time: f64,
    tolerance: f64,
    times: &[f64],
) -> Instance<'a> {
    Instance {
        graph,
        cycle_time,
        tolerance,
        dominators: dominance::dominators(graph, tolerance),
        rank: branching_rank(times),
        bounds: Bounds::new(times, cycle_time, tolerance),
    }
}

/// The tasks of `graph` with every precedence relation turned round (same order, ids
/// and times): a line for it, read backwards, is a line for `graph`.
fn reversed(graph: &TaskGraph) -> Vec<Task> {
    (0..graph.len())
        .map(index_u32)
        .map(|task| Task {
            id: graph.id(task).to_owned(),
            time: graph.time(task),
            predecessors: graph
                .successors(task)
                .iter()
                .map(|&successor| graph.id(successor).to_owned())
                .collect(),
        })
        .collect()
}

/// The time and node limits, checking the clock every 1024 nodes.
struct Limits {
    clock: Clock,
    time_ms: Option<f64>,
    nodes: Option<u64>,
}

impl Budget for Limits {
    fn exceeded(&mut self, nodes: u64) -> Option<Halt> {
        if self.nodes.is_some_and(|limit| nodes >= limit) {
            return Some(Halt::Nodes);
        }
        if nodes.is_multiple_of(1024)
            && self
                .time_ms
                .is_some_and(|limit| self.clock.elapsed_ms() >= limit)
        {
            return Some(Halt::Time);
        }
        None
    }
}

/// The branching order: longest task first, then lowest index.
fn branching_rank(times: &[f64]) -> Vec<u32> {
    let mut order: Vec<u32> = (0..times.len()).map(index_u32).collect();
    order.sort_by(|&a, &b| {
        let time = |task: u32| times.get(task as usize).copied().unwrap_or(0.0);
        time(b).total_cmp(&time(a)).then(a.cmp(&b))
    });
    let mut rank = vec![0_u32; times.len()];
    for (position, &task) in (0_u32..).zip(&order) {
        if let Some(slot) = rank.get_mut(task as usize) {
            *slot = position;
        }
    }
    rank
}

/// The station of `tasks` (indexes), with its load and idle time.
fn station(problem: &Problem, tasks: &[u32]) -> Station {
    let load: f64 = tasks.iter().map(|&task| problem.graph.time(task)).sum();
    Station {
        tasks: tasks
            .iter()
            .map(|&task| problem.graph.id(task).to_owned())
            .collect(),
        load,
        idle_time: problem.cycle_time - load,
    }
}

fn index_u32(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

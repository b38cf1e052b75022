//! SALBP-2: the shortest cycle time at which a number of stations can do the work,
//! exactly, by probing cycle times with the SALBP-1 search.

use crate::error::{Error, ErrorCode};
use crate::line::balance::Problem;
use crate::line::exact::limits::Limits;
use crate::line::exact::search::Halt;
use crate::line::exact::solve::{Solver, index_u32};
use crate::line::exact::{SearchLimits, StopReason, best_rule_line, station, stop_reason};
use crate::line::task_graph::TaskGraph;
use crate::line::{CycleTime, Station, Task};
use crate::validate::IdMap;

/// The input of [`minimize_cycle_time`].
#[derive(Debug, Clone, PartialEq)]
pub struct CycleTimeInput {
    /// The tasks, as for [`balance_line`](crate::line::balance_line). Field `tasks`.
    pub tasks: Vec<Task>,
    /// The most stations the line may have; at least 1 (more than the tasks is fine).
    /// Field `stations`.
    pub stations: u32,
    /// When to stop searching. Field `limits`.
    pub limits: SearchLimits,
}

/// The line with the shortest cycle time the solver found, and what it proved.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CycleTimeBalance {
    /// The cycle time of the line: its largest station load, in the unit of the task
    /// times.
    pub cycle_time: f64,
    /// The stations, first first; each station's tasks in an order that respects
    /// precedence; idle times against `cycle_time`.
    pub stations: Vec<Station>,
    /// The number of stations used: at most the stations asked for.
    pub station_count: u32,
    /// A proven lower bound on the shortest cycle time: equal to `cycle_time` when
    /// `optimal`.
    pub lower_bound: f64,
    /// Whether `cycle_time` is proven the shortest possible.
    pub optimal: bool,
    /// The cycle time of the best priority-rule line (the starting upper bound).
    pub heuristic_cycle_time: f64,
    /// The cycle times probed by the exact search.
    pub probes: u32,
    /// The nodes of all probes: tasks added to a partial station load.
    pub nodes: u64,
    /// The milliseconds used, heuristics included.
    pub elapsed_ms: f64,
    /// Why the solver stopped.
    pub stop: StopReason,
}

/// The most decimal places a task time may have.
const MAX_DECIMALS: usize = 9;
/// The most work content, in units of the times' last decimal place: below it, sums
/// are exact and a load's fit is decided exactly.
const MAX_UNITS: f64 = 268_435_456.0;
/// The share of the limits left that a probe may use at first; it doubles each time the
/// probes run out of cycle times to try above the undecided ones.
const PROBE_SHARE: f64 = 0.25;
/// Loads within this many units of the cycle time fit (all loads are whole units).
const TOLERANCE: f64 = 1e-3;

/// Finds the shortest cycle time at which at most `stations` stations can do the work
/// (SALBP-2), exactly: the best priority-rule line first, then cycle times probed with
/// the SALBP-1 search until the optimum is proven or a limit is reached. Always returns
/// a feasible line: the best found so far, with a proven lower bound on the cycle time.
///
/// # Method
/// Times are counted in units of their last decimal place (0.25 and 1.5 in hundredths),
/// so cycle times are whole units. With `m` stations and the times sorted longest first,
/// `t(1) ≥ t(2) ≥ …`, the optimum c* is at least
/// - the longest task `t(1)` and the work content over the stations `⌈Σt / m⌉`;
/// - for every k ≥ 1 with `mk + 1` tasks, `t(mk − k + 1) + … + t(mk + 1)`: some station
///   holds k + 1 of the `mk + 1` longest tasks (k = 1: `t(m) + t(m + 1)`);
/// - the smallest c at which the SALBP-1 bounds LB1–LB3 allow `m` stations.
///
/// The upper bound is the smallest cycle time at which the best of the seven priority
/// rules needs at most `m` stations (found by bisection), lowered to that line's largest
/// load. Then each probe asks the SALBP-1 search of
/// [`balance_line_optimal`](crate::line::balance_line_optimal) (branch, bound and
/// remember, both directions) for a line of at most `m` stations at cycle time c,
/// stopping at the first: a line found lowers the upper bound to its largest load, a
/// search exhausted raises the lower bound to c + 1. The first probe is the lower bound
/// itself (often the optimum, Scholl & Klein's "lower bound method"), the next ones
/// bisect the interval. All probes share the limits: a probe may use a quarter of what
/// is left; one that runs out leaves its cycle time undecided and the next probes bisect
/// above it (where lines are easier to find); when nothing is left above, the share
/// doubles and the bisection goes on from the lower bound.
///
/// References: Scholl & Klein, *SALOME: A bidirectional branch and bound procedure for
/// assembly line balancing*, INFORMS Journal on Computing 9 (1997) 319-334 (SALOME-2 and
/// its bounds); Scholl, *Balancing and sequencing of assembly lines* (1999), ch. 5;
/// Sewell & Jacobson, INFORMS Journal on Computing 24 (2012) 433-442 (BB&R).
///
/// # Errors
/// The errors of [`balance_line`](crate::line::balance_line) for the tasks;
/// `out_of_range` naming `stations` when zero, and `tasks[i].time` for a time with more
/// than 9 decimal places; `too_large` naming `tasks` when the work content exceeds 2^28
/// units of the times' last decimal place; `not_positive` / `not_finite` naming
/// `limits.time_ms`, and `out_of_range` naming `limits.nodes` when zero or
/// `limits.memory_mb` when zero or above [`MAX_MEMORY_MB`](super::MAX_MEMORY_MB).
///
/// # Examples
/// ```
/// use opscalc::line::{CycleTimeInput, SearchLimits, Task, minimize_cycle_time};
/// // Six tasks, 27 minutes of work, on 3 stations: at least 9 minutes (27 / 3), but no
/// // three loads of exactly 9 respect precedence; A B | C E | D F runs at 10.
/// let tasks = vec![
///     Task::new("A", 3.0, &[]),
///     Task::new("B", 7.0, &[]),
///     Task::new("C", 4.0, &["A"]),
///     Task::new("D", 2.0, &["A"]),
///     Task::new("E", 5.0, &["C"]),
///     Task::new("F", 6.0, &["B", "D"]),
/// ];
/// let input = CycleTimeInput { tasks, stations: 3, limits: SearchLimits::default() };
/// let line = minimize_cycle_time(&input)?;
/// assert_eq!((line.cycle_time, line.lower_bound), (10.0, 10.0));
/// assert!(line.optimal);
/// assert!(line.stations.iter().all(|station| station.load <= 10.0));
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn minimize_cycle_time(input: &CycleTimeInput) -> Result<CycleTimeBalance, Error> {
    let graph = TaskGraph::new(&input.tasks.as_slice())?;
    let stations = input.stations;
    if stations == 0 {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "stations",
            "must be at least 1",
        ));
    }
    let mut limits = Limits::new(&input.limits)?;
    let scale = decimal_scale(&graph)?;
    // The tasks in whole units.
    let scaled: Vec<Task> = input
        .tasks
        .iter()
        .map(|task| Task {
            time: (task.time * scale).round(),
            ..task.clone()
        })
        .collect();
    let total: f64 = scaled.iter().map(|task| task.time).sum();
    if total > MAX_UNITS {
        return Err(Error::new(
            ErrorCode::TooLarge,
            "tasks",
            "must have a work content of at most 2^28 units of the times' last decimal place",
        ));
    }
    let mut problem = Problem::new(&scaled.as_slice(), CycleTime::Given(total))?;
    let mut solver = Solver::new(&problem.graph, TOLERANCE);
    let mut index = IdMap::with_capacity(input.tasks.len());
    for (task, entry) in input.tasks.iter().enumerate() {
        index.first_or_insert(&entry.id, task);
    }

    let mut lower = lower_bound(&solver, stations, total);
    let (mut upper, mut best) =
        rule_bound(&mut problem, &scaled, stations, lower, &index, &limits)?;
    let heuristic = upper;
    let mut halt: Option<Halt> = None;
    let mut probes = 0_u32;
    // The largest cycle time whose probe ran out of its share, and the share of what is
    // left each probe gets.
    let mut unknown: Option<f64> = None;
    let mut share = PROBE_SHARE;
    while lower < upper {
        if let Some(stopped) = limits.exhausted() {
            halt = Some(stopped);
            break;
        }
        unknown = unknown.filter(|&cycle_time| cycle_time + 1.0 < upper);
        let cycle_time = match (probes, unknown) {
            (0, _) => lower,
            (_, Some(unknown)) => {
                let floor = unknown + 1.0;
                floor + ((upper - floor) / 2.0).floor()
            }
            (_, None) => lower + ((upper - lower) / 2.0).floor(),
        };
        probes += 1;
        let answer = solver.solve_at(
            cycle_time,
            stations.saturating_add(1),
            stations,
            &mut limits,
            share,
        )?;
        match (answer.best, answer.halt) {
            (Some(line), _) => {
                upper = largest_load(&problem.graph, &line);
                best = line;
            }
            (None, None) => lower = cycle_time + 1.0,
            (None, Some(Halt::Memory)) => {
                halt = Some(Halt::Memory);
                break;
            }
            (None, Some(stopped)) => {
                halt = Some(stopped);
                // Above it first; when nothing is left there, below it with more.
                if cycle_time + 1.0 >= upper {
                    unknown = None;
                    share = (share * 2.0).min(1.0);
                } else {
                    unknown = Some(unknown.map_or(cycle_time, |unknown| unknown.max(cycle_time)));
                }
            }
        }
    }
    let optimal = lower >= upper;
    Ok(CycleTimeBalance {
        cycle_time: upper / scale,
        stations: best
            .iter()
            .map(|tasks| station(&problem.graph, tasks, upper, scale))
            .collect(),
        station_count: index_u32(best.len()),
        lower_bound: if optimal { upper } else { lower } / scale,
        optimal,
        heuristic_cycle_time: heuristic / scale,
        probes,
        nodes: limits.spent,
        elapsed_ms: limits.elapsed_ms(),
        stop: stop_reason(optimal, halt),
    })
}

/// `10^k` for the fewest decimal places k (at most 9) that make every task time a whole
/// number of units.
fn decimal_scale(graph: &TaskGraph) -> Result<f64, Error> {
    let whole = |time: f64, scale: f64| {
        let units = time * scale;
        units.round() >= 1.0 && (units - units.round()).abs() <= 1e-6
    };
    let mut scale = 1.0;
    for _ in 0..=MAX_DECIMALS {
        if (0..graph.len()).all(|task| whole(graph.time(index_u32(task)), scale)) {
            return Ok(scale);
        }
        scale *= 10.0;
    }
    let scale = scale / 10.0;
    let task = (0..graph.len())
        .find(|&task| !whole(graph.time(index_u32(task)), scale))
        .unwrap_or(0);
    Err(Error::new(
        ErrorCode::OutOfRange,
        format!("tasks[{task}].time"),
        "must have at most 9 decimal places to search the cycle time exactly",
    ))
}

/// The largest of the lower bounds on the cycle time (whole units) in the method.
fn lower_bound(solver: &Solver, stations: u32, total: f64) -> f64 {
    let mut times = solver.times().to_vec();
    crate::sort::sort_f64(&mut times);
    times.reverse(); // longest first
    let longest = times.first().copied().unwrap_or(0.0);
    let mut lower = longest.max((total / f64::from(stations)).ceil());
    let m = stations as usize;
    let mut k = 1_usize;
    while let Some(last) = m.checked_mul(k).filter(|&last| last < times.len()) {
        // The k + 1 shortest of the mk + 1 longest tasks: positions mk − k to mk.
        let sum: f64 = times.get(last - k..=last).unwrap_or(&[]).iter().sum();
        lower = lower.max(sum);
        k += 1;
    }
    // LB1–LB3 only fall as the cycle time grows: bisect for the first that allows m.
    let (mut low, mut high) = (lower, total.max(lower));
    while low < high {
        let middle = low + ((high - low) / 2.0).floor();
        if solver.bounds(middle).root() <= stations {
            high = middle;
        } else {
            low = middle + 1.0;
        }
    }
    low
}

/// The smallest cycle time (whole units, from `lower` up, by bisection) at which the
/// best priority rule needs at most `stations` stations, lowered to its line's largest
/// load; and that line, stations of task indexes. The bisection stops early, with the
/// best line so far, when the limits run out.
fn rule_bound(
    problem: &mut Problem,
    tasks: &[Task],
    stations: u32,
    lower: f64,
    index: &IdMap<'_>,
    limits: &Limits,
) -> Result<(f64, Vec<Vec<u32>>), Error> {
    let total = problem.graph.total_time();
    let mut line_at = |cycle_time: f64| -> Result<Option<Vec<Station>>, Error> {
        *problem = Problem::new(&tasks, CycleTime::Given(cycle_time))?;
        let (count, line) = best_rule_line(problem)?;
        Ok((count <= stations).then_some(line))
    };
    let mut best = line_at(total)?.unwrap_or_default();
    let (mut low, mut high) = (lower.min(total), total);
    while low < high && limits.exhausted().is_none() {
        let middle = low + ((high - low) / 2.0).floor();
        match line_at(middle)? {
            Some(line) => {
                high = middle;
                best = line;
            }
            None => low = middle + 1.0,
        }
    }
    let line: Vec<Vec<u32>> = best
        .iter()
        .map(|station| {
            station
                .tasks
                .iter()
                .filter_map(|id| index.get(id).map(index_u32))
                .collect()
        })
        .collect();
    Ok((largest_load(&problem.graph, &line), line))
}

/// The largest station load of `line` (whole units).
fn largest_load(graph: &TaskGraph, line: &[Vec<u32>]) -> f64 {
    line.iter()
        .map(|tasks| tasks.iter().map(|&task| graph.time(task)).sum::<f64>())
        .fold(0.0, f64::max)
}

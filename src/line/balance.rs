//! Assembly-line balancing by a priority rule: the station-oriented heuristic of the
//! textbooks, with the trace of every choice it makes.

use crate::error::{Error, ErrorCode};
use crate::line::PriorityRule;
use crate::line::followers::{Measure, followers};
use crate::line::natural_order::natural_ranks;
use crate::line::queue::Queue;
use crate::line::task_graph::{Task, TaskGraph, TaskSource, sources};
use crate::sort::sort_u128;
use crate::validate::{positive, representable};
use std::cell::OnceCell;

/// The most tasks a traced balance may have: the trace lists every candidate of every
/// step. Without a `trace` option, problems up to [`DEFAULT_TRACED_TASKS`] are traced.
pub const MAX_TRACED_TASKS: u32 = 2_000;
/// The most tasks traced when the `trace` option is not given.
pub const DEFAULT_TRACED_TASKS: u32 = 1_000;

/// The time each station has for one unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CycleTime {
    /// The cycle time itself, in the unit of the task times. Field `cycle_time`.
    Given(f64),
    /// The takt time of a demand: `available_time / demand` (fields `available_time`,
    /// `demand`), e.g. 480 minutes a day for 40 units a day gives 12 minutes.
    FromDemand {
        /// Production time available in the period, in the unit of the task times.
        available_time: f64,
        /// Units required in the same period.
        demand: f64,
    },
}

impl CycleTime {
    /// The cycle time from the flat fields a form or a JSON object has: `cycle_time`, or
    /// `available_time` with `demand`.
    ///
    /// # Errors
    /// `conflicting_fields` naming `available_time` (or `demand`) when given with
    /// `cycle_time`; `missing_field` naming `cycle_time` when nothing is given, and
    /// `demand` or `available_time` when only the other half is.
    ///
    /// # Examples
    /// ```
    /// use opscalc::line::CycleTime;
    /// assert_eq!(CycleTime::from_fields(Some(12.0), None, None), Ok(CycleTime::Given(12.0)));
    /// assert_eq!(
    ///     CycleTime::from_fields(None, Some(480.0), Some(40.0)),
    ///     Ok(CycleTime::FromDemand { available_time: 480.0, demand: 40.0 })
    /// );
    /// assert_eq!(CycleTime::from_fields(None, Some(480.0), None).unwrap_err().field(), "demand");
    /// ```
    pub fn from_fields(
        cycle_time: Option<f64>,
        available_time: Option<f64>,
        demand: Option<f64>,
    ) -> Result<Self, Error> {
        match (cycle_time, available_time, demand) {
            (Some(cycle_time), None, None) => Ok(CycleTime::Given(cycle_time)),
            (None, Some(available_time), Some(demand)) => Ok(CycleTime::FromDemand {
                available_time,
                demand,
            }),
            (Some(_), available_time, _) => Err(Error::new(
                ErrorCode::ConflictingFields,
                if available_time.is_some() {
                    "available_time"
                } else {
                    "demand"
                },
                "give either a cycle time, or an available time with a demand, not both",
            )),
            (None, Some(_), None) => Err(Error::new(
                ErrorCode::MissingField,
                "demand",
                "is required with an available time",
            )),
            (None, None, Some(_)) => Err(Error::new(
                ErrorCode::MissingField,
                "available_time",
                "is required with a demand",
            )),
            (None, None, None) => Err(Error::new(
                ErrorCode::MissingField,
                "cycle_time",
                "is required (or an available time with a demand)",
            )),
        }
    }

    /// The cycle time, validated.
    fn value(self) -> Result<f64, Error> {
        match self {
            CycleTime::Given(cycle_time) => positive("cycle_time", cycle_time),
            CycleTime::FromDemand {
                available_time,
                demand,
            } => {
                let available_time = positive("available_time", available_time)?;
                let demand = positive("demand", demand)?;
                representable(available_time / demand, true)
            }
        }
    }
}

/// Inputs of [`balance_line`].
#[derive(Debug, Clone, PartialEq)]
pub struct BalanceInput {
    /// The tasks, with their times and immediate predecessors. Field `tasks`.
    pub tasks: Vec<Task>,
    /// The cycle time, or the demand it comes from.
    pub cycle_time: CycleTime,
    /// How to choose among the tasks that fit. Field `rule`.
    pub rule: PriorityRule,
    /// How to choose among tasks the rule ranks equal; default
    /// [`PriorityRule::LongestTime`]. Remaining ties go to the lowest id. Field `tie_break`.
    pub tie_break: Option<PriorityRule>,
    /// Whether to record every step; default: when there are at most
    /// [`DEFAULT_TRACED_TASKS`] tasks. Field `trace`.
    pub trace: Option<bool>,
}

impl BalanceInput {
    /// A balance of `tasks` at `cycle_time` by `rule`, with the default tie-break and trace.
    pub fn new(tasks: Vec<Task>, cycle_time: CycleTime, rule: PriorityRule) -> Self {
        BalanceInput {
            tasks,
            cycle_time,
            rule,
            tie_break: None,
            trace: None,
        }
    }
}

/// One workstation of a balanced line.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Station {
    /// The ids of its tasks, in the order they were assigned.
    pub tasks: Vec<String>,
    /// The sum of its task times.
    pub load: f64,
    /// Cycle time minus load: the time it waits in every cycle.
    pub idle_time: f64,
}

/// Why the chosen task was chosen among the candidates that fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChoiceReason {
    /// It was the only task that fit.
    OnlyCandidate,
    /// The rule ranked it first.
    Rule,
    /// The rule ranked it equal first; the tie-break rule ranked it first.
    TieBreak,
    /// The rule and the tie-break ranked it equal first; its id is the lowest.
    LowestId,
}

/// A task that fit in the open station at one step.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TraceCandidate {
    /// Its id.
    pub id: String,
    /// Its time.
    pub time: f64,
    /// Its value under the rule (see [`PriorityRule::value_name`]).
    pub value: f64,
    /// Its value under the tie-break rule.
    pub tie_break_value: f64,
}

/// One assignment: the open station, what fit, and what was chosen.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TraceStep {
    /// The station being filled, counting from 1.
    pub station: u32,
    /// Its time left before this assignment.
    pub remaining_time: f64,
    /// Every available task that fit, best first by the rule, then the tie-break, then id.
    pub candidates: Vec<TraceCandidate>,
    /// The id of the task assigned.
    pub chosen: String,
    /// Why it was chosen.
    pub reason: ChoiceReason,
}

/// A balanced line and its measures.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct LineBalance {
    /// The cycle time used.
    pub cycle_time: f64,
    /// The rule used.
    pub rule: PriorityRule,
    /// The tie-break rule used.
    pub tie_break: PriorityRule,
    /// The stations, first to last.
    pub stations: Vec<Station>,
    /// The number of stations.
    pub station_count: u32,
    /// `⌈Σt / c⌉`: no balance can use fewer stations.
    pub theoretical_minimum: u32,
    /// `Σt`, the work content of one unit.
    pub total_time: f64,
    /// `Σt / (n c)`, from 0 to 1.
    pub efficiency: f64,
    /// `1 − efficiency`.
    pub balance_delay: f64,
    /// `n c − Σt`: the idle time of all stations in one cycle.
    pub idle_time: f64,
    /// `S_max`, the heaviest station load (at most the cycle time).
    pub max_station_load: f64,
    /// `√Σ (S_max − S_k)²` over the station loads `S_k`: 0 when every station carries
    /// the same load.
    pub smoothness_index: f64,
    /// Every assignment step, when traced.
    pub trace: Option<Vec<TraceStep>>,
}

/// Balances an assembly line by a priority rule.
///
/// The station-oriented heuristic of Heizer & Render, Stevenson and Krajewski: open a
/// station with the cycle time; among the tasks whose predecessors are all assigned and
/// that fit in the time left, assign the one the rule ranks first (ties by the
/// tie-break rule, then the lowest id, where ids that are whole numbers compare as
/// numbers); when none fits, open the next station. A task fits when its time is at most
/// the time left plus 10⁻⁹ of the cycle time, so decimal times that add up exactly on
/// paper (0.1 + 0.2) fit as they do on paper.
///
/// # Errors
/// - the errors of the task list (see [`Task`]): empty or too long, ids empty,
///   repeated (`duplicate_id`) or unknown (`unknown_id`), times not positive,
///   precedence cycles (`cycle`, naming a task on it and spelling it out);
/// - `not_finite` / `not_positive` naming `cycle_time`, `available_time` or `demand`;
/// - `out_of_range` naming `tasks[i].time` for a task longer than the cycle time;
/// - `too_large` naming `trace` when a trace is asked for more than
///   [`MAX_TRACED_TASKS`] tasks.
///
/// # Examples
/// Heizer & Render, *Operations Management*, line balancing: a wing component of nine
/// tasks (65 minutes of work), 40 units a day in 480 minutes, so a 12-minute cycle;
/// most followers first, ties by longest time: 6 stations, efficiency 90.3 %.
/// ```
/// use opscalc::line::{balance_line, BalanceInput, CycleTime, PriorityRule, Task};
/// let tasks = vec![
///     Task::new("A", 10.0, &[]),
///     Task::new("B", 11.0, &["A"]),
///     Task::new("C", 5.0, &["B"]),
///     Task::new("D", 4.0, &["B"]),
///     Task::new("E", 11.0, &["A"]),
///     Task::new("F", 3.0, &["C", "D"]),
///     Task::new("G", 7.0, &["F"]),
///     Task::new("H", 11.0, &["E"]),
///     Task::new("I", 3.0, &["G", "H"]),
/// ];
/// let demand = CycleTime::FromDemand { available_time: 480.0, demand: 40.0 };
/// let line = balance_line(&BalanceInput::new(tasks, demand, PriorityRule::MostFollowers))?;
/// assert_eq!((line.station_count, line.theoretical_minimum), (6, 6));
/// assert_eq!(line.stations[2].tasks, ["C", "D", "F"]);
/// assert!((line.efficiency - 65.0 / 72.0).abs() < 1e-12);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn balance_line(input: &BalanceInput) -> Result<LineBalance, Error> {
    balance_tasks(
        &input.tasks.as_slice(),
        input.cycle_time,
        input.rule,
        input.tie_break,
        input.trace,
    )
}

/// [`balance_line`] of tasks from any [`TaskSource`]: the JS boundary's columns, read
/// without a `String` for every id.
pub(crate) fn balance_tasks(
    tasks: &dyn TaskSource,
    cycle_time: CycleTime,
    rule: PriorityRule,
    tie_break: Option<PriorityRule>,
    trace: Option<bool>,
) -> Result<LineBalance, Error> {
    let problem = Problem::new(tasks, cycle_time)?;
    let trace = match trace {
        Some(true) if problem.graph.len() > MAX_TRACED_TASKS as usize => {
            let message = format!("can be asked for at most {MAX_TRACED_TASKS} tasks");
            return Err(Error::new(ErrorCode::TooLarge, "trace", message));
        }
        Some(trace) => trace,
        None => problem.graph.len() <= DEFAULT_TRACED_TASKS as usize,
    };
    let tie_break = tie_break.unwrap_or(PriorityRule::LongestTime);
    problem.balance(rule, tie_break, trace)
}

/// A validated balancing problem: the graph, the cycle time, and what every rule needs
/// (followers are counted once, only if a rule asks for them).
pub(crate) struct Problem {
    pub(crate) graph: TaskGraph,
    pub(crate) cycle_time: f64,
    id_ranks: Vec<u32>,
    follower_counts: OnceCell<Vec<f64>>,
    follower_times: OnceCell<Vec<f64>>,
}

impl Problem {
    /// Validates the tasks and the cycle time.
    pub(crate) fn new(tasks: &dyn TaskSource, cycle_time: CycleTime) -> Result<Self, Error> {
        let graph = TaskGraph::new(tasks)?;
        let id_ranks = natural_ranks((0..graph.len()).map(|index| graph.id(task_u32(index))));
        Problem::with_graph(graph, cycle_time, id_ranks, |index| {
            format!("tasks[{index}].time")
        })
    }

    /// Validates numbered tasks (see [`TaskGraph::numbered`]) and the cycle time; ties
    /// go to the lowest number.
    pub(crate) fn numbered(
        times: &[f64],
        precedence: &[u32],
        cycle_time: CycleTime,
    ) -> Result<Self, Error> {
        let graph = TaskGraph::numbered(times, precedence)?;
        let numbers = (0..task_u32(graph.len())).collect();
        Problem::with_graph(graph, cycle_time, numbers, |index| {
            format!("times[{index}]")
        })
    }

    /// Checks the cycle time against the graph's tasks, naming a task's time by
    /// `time_field` when no station could hold it.
    fn with_graph(
        graph: TaskGraph,
        cycle_time: CycleTime,
        id_ranks: Vec<u32>,
        time_field: fn(usize) -> String,
    ) -> Result<Self, Error> {
        let cycle_time = cycle_time.value()?;
        let tolerance = cycle_time * FIT_TOLERANCE;
        if let Some(index) =
            (0..graph.len()).find(|&index| graph.time(task_u32(index)) > cycle_time + tolerance)
        {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                time_field(index),
                "is longer than the cycle time, so no station could hold it",
            ));
        }
        // A line has at most one station a task: with its capacity within range, so is
        // every sum of times and every measure (the smoothness index scales its squares).
        let most_stations = f64::from(task_u32(graph.len()).max(1));
        if !(most_stations * (cycle_time + tolerance)).is_finite() {
            return Err(Error::new(
                ErrorCode::NumericRange,
                "cycle_time",
                format!(
                    "times the line's {} tasks is beyond the range of a 64-bit float",
                    graph.len()
                ),
            ));
        }
        Ok(Problem {
            graph,
            cycle_time,
            id_ranks,
            follower_counts: OnceCell::new(),
            follower_times: OnceCell::new(),
        })
    }

    /// `⌈Σt / c⌉`.
    pub(crate) fn theoretical_minimum(&self) -> u32 {
        let ratio = self.graph.total_time() / self.cycle_time;
        // A ratio a hair above a whole number from decimal rounding is that number.
        let minimum = (ratio - 1e-9).ceil().max(1.0);
        if minimum < f64::from(u32::MAX) {
            minimum as u32
        } else {
            u32::MAX
        }
    }

    /// Balances the line by `rule`, ties by `tie_break` then lowest id, each station
    /// listing its tasks' ids.
    pub(crate) fn balance(
        &self,
        rule: PriorityRule,
        tie_break: PriorityRule,
        trace: bool,
    ) -> Result<LineBalance, Error> {
        let assignment = self.assign(rule, tie_break, trace)?;
        let measures = self.measures(&assignment.loads);
        let stations = assignment
            .stations()
            .zip(&assignment.loads)
            .map(|(tasks, &load)| Station {
                tasks: tasks
                    .iter()
                    .map(|&task| self.graph.id(task).to_owned())
                    .collect(),
                load,
                idle_time: self.cycle_time - load,
            })
            .collect();
        Ok(LineBalance {
            cycle_time: self.cycle_time,
            rule,
            tie_break,
            stations,
            station_count: measures.station_count,
            theoretical_minimum: measures.theoretical_minimum,
            total_time: measures.total_time,
            efficiency: measures.efficiency,
            balance_delay: measures.balance_delay,
            idle_time: measures.idle_time,
            max_station_load: measures.max_station_load,
            smoothness_index: measures.smoothness_index,
            trace: trace.then_some(assignment.steps),
        })
    }

    /// Assigns the tasks to stations by `rule`, ties by `tie_break` then lowest id.
    ///
    /// The available tasks sit in a [`Queue`] at their places in the rule's order, so
    /// finding the best one that fits, taking it and adding the tasks it frees each take
    /// O(log n): O(n log n) for the line, whatever the number of available tasks.
    pub(crate) fn assign(
        &self,
        rule: PriorityRule,
        tie_break: PriorityRule,
        trace: bool,
    ) -> Result<Assignment, Error> {
        let graph = &self.graph;
        let count = graph.len();
        let tolerance = self.cycle_time * FIT_TOLERANCE;
        let mut waiting = graph.predecessor_counts();
        let mut places = Places::new(self, rule, tie_break);
        let mut queue = Queue::new(count);
        let mut available_at = vec![0_u32; count];
        let mut freed = sources(&waiting);
        places.add(&mut freed, |task, place| {
            queue.insert(place, task, graph.time(task))
        });

        let mut assignment = Assignment {
            order: Vec::with_capacity(count),
            ends: Vec::with_capacity(count / 2 + 1),
            loads: Vec::with_capacity(count / 2 + 1),
            steps: Vec::new(),
        };
        let mut load = 0.0;
        while assignment.order.len() < count {
            let remaining = self.cycle_time - load;
            let Some((place, chosen)) = queue.first_fitting(remaining + tolerance) else {
                if assignment.open_is_empty() {
                    // Every task fits in an empty station (checked in `new`), and some task
                    // is always available in an acyclic graph.
                    return Err(Error::new(
                        ErrorCode::Internal,
                        "",
                        "no task could be assigned",
                    ));
                }
                assignment.close(load);
                load = 0.0;
                continue;
            };
            if trace {
                let station = task_u32(assignment.ends.len() + 1);
                let step = self.step(
                    &queue,
                    &available_at,
                    (rule, tie_break),
                    station,
                    remaining,
                    tolerance,
                );
                assignment.steps.push(step);
            }
            queue.remove(place);
            assignment.order.push(chosen);
            let assigned = task_u32(assignment.order.len());
            load += graph.time(chosen);
            for &successor in graph.successors(chosen) {
                if let Some(left) = waiting.get_mut(successor as usize) {
                    *left -= 1;
                    if *left == 0 {
                        freed.push(successor);
                        if let Some(slot) = available_at.get_mut(successor as usize) {
                            *slot = assigned;
                        }
                    }
                }
            }
            places.add(&mut freed, |task, place| {
                queue.insert(place, task, graph.time(task))
            });
        }
        if !assignment.open_is_empty() {
            assignment.close(load);
        }
        Ok(assignment)
    }

    /// The trace of one assignment: every available task that fits, best first.
    fn step(
        &self,
        queue: &Queue,
        available_at: &[u32],
        (rule, tie_break): (PriorityRule, PriorityRule),
        station: u32,
        remaining: f64,
        tolerance: f64,
    ) -> TraceStep {
        let fitting = queue.all_fitting(remaining + tolerance);
        let at = |task: u32| available_at.get(task as usize).copied().unwrap_or(0);
        let keys: Vec<(i64, i64)> = fitting
            .iter()
            .take(2)
            .map(|&task| {
                (
                    self.key(task, rule, at(task)),
                    self.key(task, tie_break, at(task)),
                )
            })
            .collect();
        let reason = match keys.as_slice() {
            [_] | [] => ChoiceReason::OnlyCandidate,
            [first, second, ..] if first.0 != second.0 => ChoiceReason::Rule,
            [first, second, ..] if first.1 != second.1 => ChoiceReason::TieBreak,
            _ => ChoiceReason::LowestId,
        };
        TraceStep {
            station,
            remaining_time: remaining,
            candidates: fitting
                .iter()
                .map(|&task| TraceCandidate {
                    id: self.graph.id(task).to_owned(),
                    time: self.graph.time(task),
                    value: self.value(task, rule, at(task)),
                    tie_break_value: self.value(task, tie_break, at(task)),
                })
                .collect(),
            chosen: fitting
                .first()
                .map_or_else(String::new, |&task| self.graph.id(task).to_owned()),
            reason,
        }
    }

    /// The measures of a line whose stations carry `loads`.
    pub(crate) fn measures(&self, loads: &[f64]) -> Measures {
        let total_time = self.graph.total_time();
        let station_count = task_u32(loads.len());
        let capacity = f64::from(station_count) * self.cycle_time;
        let efficiency = total_time / capacity;
        let max_station_load = loads.iter().copied().fold(0.0, f64::max);
        let smoothness_index = root_sum_of_squares(loads, max_station_load);
        Measures {
            station_count,
            theoretical_minimum: self.theoretical_minimum(),
            total_time,
            efficiency,
            balance_delay: 1.0 - efficiency,
            idle_time: capacity - total_time,
            max_station_load,
            smoothness_index,
        }
    }

    /// The rule's value of a task: time, follower count, positional weight, or the step
    /// at which it became available.
    fn value(&self, task: u32, rule: PriorityRule, available_at: u32) -> f64 {
        let of = |cell: &OnceCell<Vec<f64>>, measure| {
            cell.get_or_init(|| followers(&self.graph, measure))
                .get(task as usize)
                .copied()
                .unwrap_or(0.0)
        };
        match rule {
            PriorityRule::LongestTime | PriorityRule::ShortestTime => self.graph.time(task),
            PriorityRule::MostFollowers | PriorityRule::FewestFollowers => {
                of(&self.follower_counts, Measure::Count)
            }
            PriorityRule::MostImmediateFollowers => {
                f64::from(task_u32(self.graph.successors(task).len()))
            }
            PriorityRule::RankedPositionalWeight => {
                self.graph.time(task) + of(&self.follower_times, Measure::Time)
            }
            PriorityRule::EarliestAvailable => f64::from(available_at),
        }
    }

    /// The rule's value as an ordering key, smaller first. Times and weights are counted
    /// in units of 2⁻⁴⁰ of the total work content, so values equal up to float rounding
    /// (0.1 + 0.2 against 0.3) are ties, and keys compare as whole numbers.
    fn key(&self, task: u32, rule: PriorityRule, available_at: u32) -> i64 {
        let value = self.value(task, rule, available_at);
        let scaled = match rule {
            PriorityRule::LongestTime
            | PriorityRule::ShortestTime
            | PriorityRule::RankedPositionalWeight => {
                round_half_away(value / self.graph.total_time() * TIME_KEY_SCALE)
            }
            _ => value,
        };
        // Values are between 0 and 2⁴⁰ (times) or counts of tasks: exact in an i64.
        #[allow(clippy::cast_possible_truncation)]
        let key = scaled as i64;
        if rule.higher_is_better() { -key } else { key }
    }
}

/// `√Σ(max − load)²`. Loads near the top of `f64`'s range would overflow the squares:
/// then each difference is taken as a share of the largest first.
fn root_sum_of_squares(loads: &[f64], max: f64) -> f64 {
    let root = |scale: f64| {
        loads
            .iter()
            .map(|load| ((max - load) / scale).powi(2))
            .sum::<f64>()
            .sqrt()
            * scale
    };
    let direct = root(1.0);
    if direct.is_finite() {
        direct
    } else {
        let largest = loads.iter().map(|load| max - load).fold(0.0, f64::max);
        root(largest)
    }
}

/// Each task's place in the order the rule, the tie-break and the id give the
/// available tasks, places 0..n, best first.
///
/// Without the earliest-available rule the order is fixed: one sort of all tasks. The
/// step at which a task becomes available is known only when it does, but it only grows:
/// tasks the keys before it rank equal (all tasks, when the rule itself is earliest
/// available) form a group with a run of places, filled in the order they become
/// available, and the tasks freed at one step (which share that step) in the order of
/// the keys after it.
struct Places {
    /// Each task's rank by the keys without the step.
    rank: Vec<u32>,
    /// With the step: each task's group, as the first rank of the group.
    group: Option<Vec<u32>>,
    /// Each group's next free place, indexed by the group's first rank.
    next: Vec<u32>,
}

impl Places {
    fn new(problem: &Problem, rule: PriorityRule, tie_break: PriorityRule) -> Self {
        let count = problem.graph.len();
        let fixed = |key: PriorityRule| key != PriorityRule::EarliestAvailable;
        let key = |task: u32, key: PriorityRule| {
            if fixed(key) {
                problem.key(task, key, 0)
            } else {
                0
            }
        };
        // Rule key, tie-break key and id rank packed into one number, so the sort
        // compares plain integers: keys lie within ±2⁴⁰ (42 bits each once made 0 and up
        // by taking off the least), ranks below 2¹⁵ (MAX_TASKS is 20,000). A tie-break
        // that cannot order what the rule ranks equal counts as 0. Bits that are the same
        // in every number cost the radix sort nothing.
        let keys = |key_rule: PriorityRule| -> Vec<u128> {
            let keys: Vec<i64> = (0..task_u32(count))
                .map(|task| key(task, key_rule))
                .collect();
            let least = keys.iter().copied().min().unwrap_or(0);
            keys.iter()
                .map(|&key| u128::from(key.abs_diff(least)))
                .collect()
        };
        let rule_keys = keys(rule);
        let tie_keys = if tie_break_decides(rule, tie_break) {
            keys(tie_break)
        } else {
            Vec::new()
        };
        let id_rank = |task: u32| problem.id_ranks.get(task as usize).copied().unwrap_or(0);
        let pack = |task: u32| {
            let of = |keys: &[u128]| keys.get(task as usize).copied().unwrap_or(0);
            (of(&rule_keys) << 57) | (of(&tie_keys) << 15) | u128::from(id_rank(task))
        };
        let mut order: Vec<u128> = (0..count).map(task_u32).map(pack).collect();
        // Ids are unique, so no two entries are equal.
        sort_u128(&mut order);
        // The id ranks are 0..n, one per task: each gives its task back.
        let mut task_of_rank = vec![0_u32; count];
        for task in 0..task_u32(count) {
            if let Some(slot) = task_of_rank.get_mut(id_rank(task) as usize) {
                *slot = task;
            }
        }
        let task_of = |packed: u128| {
            task_of_rank
                .get((packed & 0x7FFF) as usize)
                .copied()
                .unwrap_or(0)
        };
        let rule_key_of = |packed: u128| packed >> 57;
        let mut rank = vec![0_u32; count];
        for (place, &packed) in (0_u32..).zip(&order) {
            if let Some(slot) = rank.get_mut(task_of(packed) as usize) {
                *slot = place;
            }
        }
        let group = (!fixed(rule) || !fixed(tie_break)).then(|| {
            let mut group = vec![0_u32; count];
            let mut first = 0_u32;
            let mut previous = None;
            for (place, &packed) in (0_u32..).zip(&order) {
                let (rule_key, task) = (rule_key_of(packed), task_of(packed));
                // The rule's key when it is fixed splits the groups; the earliest-
                // available rule makes one group of all tasks.
                if fixed(rule) && previous != Some(rule_key) {
                    first = place;
                    previous = Some(rule_key);
                }
                if let Some(slot) = group.get_mut(task as usize) {
                    *slot = first;
                }
            }
            group
        });
        Places {
            next: if group.is_some() {
                (0..task_u32(count)).collect()
            } else {
                Vec::new()
            },
            rank,
            group,
        }
    }

    /// Places the tasks freed at one step, calling `place` for each, and empties `freed`.
    fn add(&mut self, freed: &mut Vec<u32>, mut place: impl FnMut(u32, u32)) {
        let rank = |task: &u32| self.rank.get(*task as usize).copied().unwrap_or(0);
        match &self.group {
            None => freed.iter().for_each(|&task| place(task, rank(&task))),
            Some(group) => {
                crate::sort::sort_by_rank(freed, &self.rank, 0);
                for &task in freed.iter() {
                    let first = group.get(task as usize).copied().unwrap_or(0);
                    if let Some(next) = self.next.get_mut(first as usize) {
                        place(task, *next);
                        *next += 1;
                    }
                }
            }
        }
        freed.clear();
    }
}

/// The tasks in the order assigned, and where each station ends.
pub(crate) struct Assignment {
    /// Every task, in the order assigned, station after station.
    pub(crate) order: Vec<u32>,
    /// Where each station's tasks end in `order`.
    pub(crate) ends: Vec<u32>,
    /// Each station's load.
    pub(crate) loads: Vec<f64>,
    /// Every step, when traced.
    steps: Vec<TraceStep>,
}

impl Assignment {
    /// Closes the open station (the tasks after the last end), with `load`.
    fn close(&mut self, load: f64) {
        self.ends.push(task_u32(self.order.len()));
        self.loads.push(load);
    }

    /// Whether the open station has no task yet.
    fn open_is_empty(&self) -> bool {
        self.ends.last().map_or(0, |&end| end as usize) == self.order.len()
    }

    /// Each station's tasks, first station first.
    pub(crate) fn stations(&self) -> impl Iterator<Item = &[u32]> {
        stations_of(&self.order, &self.ends)
    }
}

/// Each station's slice of `order`, the tasks in the order assigned, given where each
/// station `ends` in it.
pub(crate) fn stations_of<'a>(
    order: &'a [u32],
    ends: &'a [u32],
) -> impl Iterator<Item = &'a [u32]> {
    let starts = std::iter::once(0).chain(ends.iter().copied());
    starts
        .zip(ends)
        .map(|(start, &end)| order.get(start as usize..end as usize).unwrap_or(&[]))
}

/// The measures of a balanced line (see [`LineBalance`]).
pub(crate) struct Measures {
    pub(crate) station_count: u32,
    pub(crate) theoretical_minimum: u32,
    pub(crate) total_time: f64,
    pub(crate) efficiency: f64,
    pub(crate) balance_delay: f64,
    pub(crate) idle_time: f64,
    pub(crate) max_station_load: f64,
    pub(crate) smoothness_index: f64,
}

/// The share of the cycle time by which a task may exceed the time left and still fit.
const FIT_TOLERANCE: f64 = 1e-9;
/// Times and weights become keys in units of 2⁻⁴⁰ of the work content.
const TIME_KEY_SCALE: f64 = 1_099_511_627_776.0;

/// Whether `tie_break` can order tasks that `rule` ranks equal: not when it is the same
/// rule, nor when both go by the task time alone (longest and shortest time).
fn tie_break_decides(rule: PriorityRule, tie_break: PriorityRule) -> bool {
    let by_time = |rule| matches!(rule, PriorityRule::LongestTime | PriorityRule::ShortestTime);
    rule != tie_break && !(by_time(rule) && by_time(tie_break))
}

/// `value` rounded to the nearest whole number, halves away from zero, as `f64::round`,
/// but through `trunc` (one wasm instruction) where `round` is a call into libm.
fn round_half_away(value: f64) -> f64 {
    let whole = value.trunc();
    // `value − whole` is exact: both lie within one unit of each other.
    if (value - whole).abs() >= 0.5 {
        whole + value.signum()
    } else {
        whole
    }
}

/// An index below [`super::MAX_TASKS`] as `u32`.
fn task_u32(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

#[cfg(test)]
#[allow(clippy::float_cmp)] // the two roundings must agree to the bit
mod tests {
    use super::round_half_away;

    #[test]
    fn rounds_as_f64_round_does() {
        let mut values = vec![
            0.0,
            -0.0,
            0.5,
            -0.5,
            1.5,
            2.5,
            -2.5,
            0.499_999_999_999_999_94,
            4_503_599_627_370_495.5,
            1e300,
            -1e300,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..10_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            values.push(((state >> 11) as f64 / (1_u64 << 53) as f64 - 0.5) * 2e12);
        }
        for value in values {
            assert_eq!(
                round_half_away(value).to_bits(),
                value.round().to_bits(),
                "{value}"
            );
        }
        assert!(round_half_away(f64::NAN).is_nan());
    }
}

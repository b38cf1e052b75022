//! One exact question, asked in both directions: is there a line of fewer than `upper`
//! stations at cycle time `c`? The search runs on the precedence graph, and when it
//! stops early on the reversed graph (SALOME's bidirectional idea: many instances are
//! far easier backwards), sharing the limits. Both the SALBP-1 solver (one question)
//! and the SALBP-2 solver (one question per probed cycle time) ask it here.

use crate::error::Error;
use crate::line::exact::bounds::Bounds;
use crate::line::exact::dominance;
use crate::line::exact::limits::Limits;
use crate::line::exact::memo::Memo;
use crate::line::exact::search::{Halt, Instance, search};
use crate::line::task_graph::{Task, TaskGraph};

/// The fixed data of a graph's search: its dominance and branching order.
struct Side {
    graph: TaskGraph,
    dominators: Vec<Vec<u32>>,
    rank: Vec<u32>,
}

impl Side {
    fn new(graph: TaskGraph, tolerance: f64) -> Self {
        let times = times_of(&graph);
        Side {
            dominators: dominance::dominators(&graph, tolerance),
            rank: branching_rank(&times),
            graph,
        }
    }
}

/// The answer to one question.
#[derive(Debug)]
pub(crate) struct Answer {
    /// The best line found with fewer than `upper` stations, stations of task indexes
    /// in the given graph's direction (first station first, each after its
    /// predecessors).
    pub(crate) best: Option<Vec<Vec<u32>>>,
    /// Why the search stopped early; `None` when it was exhausted, so no line has fewer
    /// stations than `best` (or than `upper` when nothing was found).
    pub(crate) halt: Option<Halt>,
    /// max(LB1, LB2, LB3) at the cycle time: no line has fewer stations.
    pub(crate) lower: u32,
}

/// The graph in both directions, built once for many questions.
pub(crate) struct Solver {
    forward: Side,
    backward: Option<Side>,
    times: Vec<f64>,
    /// Loads within this of the cycle time fit.
    tolerance: f64,
}

impl Solver {
    /// The solver of `graph`, comparing times with `tolerance`.
    pub(crate) fn new(graph: &TaskGraph, tolerance: f64) -> Self {
        Solver {
            times: times_of(graph),
            forward: Side::new(graph.clone(), tolerance),
            backward: None,
            tolerance,
        }
    }

    /// The task times, by index.
    pub(crate) fn times(&self) -> &[f64] {
        &self.times
    }

    /// The bounds at `cycle_time`.
    pub(crate) fn bounds(&self, cycle_time: f64) -> Bounds {
        Bounds::new(&self.times, cycle_time, self.tolerance)
    }

    /// Searches for a line of fewer than `upper` stations at `cycle_time`, and stops as
    /// soon as one of at most `stop_at` stations is found (or the lower bound is
    /// reached), spending `limits`. With a time or node limit, the forward search gets
    /// half of what is left and the backward search the rest; without, the backward
    /// search runs only if the forward one filled its memory.
    ///
    /// # Errors
    /// None in practice: the reversed graph of a valid graph is valid.
    pub(crate) fn solve_at(
        &mut self,
        cycle_time: f64,
        upper: u32,
        stop_at: u32,
        limits: &mut Limits,
    ) -> Result<Answer, Error> {
        let bounds = self.bounds(cycle_time);
        let lower = bounds.all();
        if lower >= upper {
            return Ok(Answer {
                best: None,
                halt: None,
                lower,
            });
        }
        if let Some(halt) = limits.exhausted() {
            return Ok(Answer {
                best: None,
                halt: Some(halt),
                lower,
            });
        }
        let stop_at = stop_at.max(lower).min(upper - 1);
        let share = if limits.limited() { 0.5 } else { 1.0 };
        let forward = run(
            &self.forward,
            cycle_time,
            self.tolerance,
            bounds.clone(),
            upper,
            stop_at,
            limits,
            share,
        );
        let mut best = forward.0;
        let mut halt = forward.1;
        if halt.is_some() && limits.exhausted().is_none() {
            let backward = match &mut self.backward {
                Some(side) => side,
                empty => empty.insert(Side::new(
                    TaskGraph::new(&reversed(&self.forward.graph))?,
                    self.tolerance,
                )),
            };
            let upper = best
                .as_ref()
                .map_or(upper, |line: &Vec<Vec<u32>>| index_u32(line.len()));
            let (line, stopped) = run(
                backward,
                cycle_time,
                self.tolerance,
                bounds,
                upper,
                stop_at,
                limits,
                1.0,
            );
            halt = stopped;
            if let Some(line) = line {
                // Stations of the reversed graph, last first, each task after its
                // followers.
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
        Ok(Answer { best, halt, lower })
    }
}

/// One search on `side` in a window of `share` of the limits left; the nodes it used
/// are added to `limits`.
#[allow(clippy::too_many_arguments)]
fn run(
    side: &Side,
    cycle_time: f64,
    tolerance: f64,
    bounds: Bounds,
    upper: u32,
    stop_at: u32,
    limits: &mut Limits,
    share: f64,
) -> (Option<Vec<Vec<u32>>>, Option<Halt>) {
    let instance = Instance {
        graph: &side.graph,
        cycle_time,
        tolerance,
        bounds,
        dominators: &side.dominators,
        rank: &side.rank,
    };
    let mut window = limits.window(share);
    let mut memo = Memo::new(side.graph.len().div_ceil(64), limits.memory_bytes);
    let outcome = search(&instance, upper, stop_at, &mut memo, &mut window);
    limits.spent += outcome.nodes;
    (outcome.best, outcome.halt)
}

/// The task times of `graph`, by index.
fn times_of(graph: &TaskGraph) -> Vec<f64> {
    (0..graph.len())
        .map(|task| graph.time(index_u32(task)))
        .collect()
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

pub(crate) fn index_u32(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

//! One exact question, asked in both directions: is there a line of fewer than `upper`
//! stations at cycle time `c`? A search on the precedence graph and one on the reversed
//! graph (SALOME's bidirectional idea: many instances are far easier one way round) take
//! turns, sharing the limits and the best line found, until either ends. Both the
//! SALBP-1 solver (one question) and the SALBP-2 solver (one question per probed cycle
//! time) ask it here.

use crate::error::Error;
use crate::line::exact::bounds::Bounds;
use crate::line::exact::cbfs::{CUT_AFTER, Cbfs, Progress};
use crate::line::exact::dominance;
use crate::line::exact::limits::Limits;
use crate::line::exact::search::{Halt, Instance};
use crate::line::task_graph::{Task, TaskGraph};

/// The fixed data of a graph's search: its dominance and branching order.
struct Side {
    graph: TaskGraph,
    dominators: Vec<Vec<u32>>,
    rank: Vec<u32>,
}

impl Side {
    /// The search data at `cycle_time`.
    fn instance<'a>(&'a self, cycle_time: f64, tolerance: f64, bounds: &Bounds) -> Instance<'a> {
        Instance {
            graph: &self.graph,
            cycle_time,
            tolerance,
            bounds: bounds.clone(),
            dominators: &self.dominators,
            rank: &self.rank,
        }
    }

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
    /// The root bound at the cycle time (LB1–LB3 and the bin-packing bounds): no line
    /// has fewer stations.
    pub(crate) lower: u32,
}

/// The graph in both directions, built once for many questions.
pub(crate) struct Solver {
    forward: Side,
    backward: Option<Side>,
    times: Vec<f64>,
    /// Loads within this of the cycle time fit.
    tolerance: f64,
    /// The steps after which each search cuts partial loads too small to lead to a
    /// better line ([`CUT_AFTER`]; tests set 0).
    pub(crate) cut_after: u64,
}

impl Solver {
    /// The solver of `graph`, comparing times with `tolerance`.
    pub(crate) fn new(graph: &TaskGraph, tolerance: f64) -> Self {
        Solver {
            times: times_of(graph),
            forward: Side::new(graph.clone(), tolerance),
            backward: None,
            tolerance,
            cut_after: CUT_AFTER,
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
    /// reached), spending `share` (0 to 1) of what is left of `limits`. The forward and the backward search run in turns of
    /// [`SLICE`] nodes, each keeping its state, the best line of either bounding both,
    /// until one of them ends.
    ///
    /// # Errors
    /// None in practice: the reversed graph of a valid graph is valid.
    pub(crate) fn solve_at(
        &mut self,
        cycle_time: f64,
        upper: u32,
        stop_at: u32,
        limits: &mut Limits,
        share: f64,
    ) -> Result<Answer, Error> {
        let bounds = self.bounds(cycle_time);
        let lower = bounds.root();
        let answer = |best, halt| Answer { best, halt, lower };
        if lower >= upper {
            return Ok(answer(None, None));
        }
        if let Some(halt) = limits.exhausted() {
            return Ok(answer(None, Some(halt)));
        }
        let stop_at = stop_at.max(lower).min(upper - 1);
        if self.backward.is_none() {
            let reversed = TaskGraph::new(&reversed(&self.forward.graph).as_slice())?;
            self.backward = Some(Side::new(reversed, self.tolerance));
        }
        let Some(backward) = &self.backward else {
            return Ok(answer(None, None));
        };
        let instances = [&self.forward, backward]
            .map(|side| side.instance(cycle_time, self.tolerance, &bounds));
        let memory = limits.memory_bytes / 2.0;
        let mut searches = instances
            .each_ref()
            .map(|instance| Cbfs::new(instance, upper, stop_at, memory, self.cut_after));
        let mut window = limits.window(share);
        let mut halt = None;
        'turns: for turn in 1_u64.. {
            for side in 0..2 {
                let spent: u64 = searches.iter().map(|search| search.steps).sum();
                let Some(search) = searches.get_mut(side) else {
                    break 'turns;
                };
                let offset = spent - search.steps;
                let progress = search.run(turn * SLICE, offset, &mut window);
                let found = search.upper;
                for other in &mut searches {
                    other.upper = other.upper.min(found);
                }
                match progress {
                    Progress::Running => {}
                    Progress::Done => break 'turns,
                    Progress::Halted(stopped) => {
                        halt = Some(stopped);
                        break 'turns;
                    }
                }
            }
        }
        limits.spent += searches.iter().map(|search| search.steps).sum::<u64>();
        let [forward, backward] = searches;
        // The line with the fewest stations; the backward one is read backwards.
        let backward = backward.best.map(|line| {
            line.into_iter()
                .rev()
                .map(|mut tasks| {
                    tasks.reverse();
                    tasks
                })
                .collect::<Vec<_>>()
        });
        let best = match (forward.best, backward) {
            (Some(forward), Some(backward)) if backward.len() < forward.len() => Some(backward),
            (Some(forward), _) => Some(forward),
            (None, backward) => backward,
        };
        Ok(answer(best, halt))
    }
}

/// The nodes one direction searches before the other has its turn.
const SLICE: u64 = 1 << 16;

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
    let time = |task: usize| times.get(task).copied().unwrap_or(0.0);
    let order = crate::sort::stable_order(times.len(), &mut |a, b| {
        time(b).total_cmp(&time(a)).then(a.cmp(&b))
    });
    let mut rank = vec![0_u32; times.len()];
    for (position, task) in (0_u32..).zip(order) {
        if let Some(slot) = rank.get_mut(task) {
            *slot = position;
        }
    }
    rank
}

pub(crate) fn index_u32(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use crate::line::exact::SearchLimits;
    use crate::line::parse_in2;

    const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/salbp");

    /// Cutting partial loads from the first step (Scholl's instances of up to 70 tasks,
    /// solved to the end): the published optimum, with a feasible line, every time.
    #[test]
    fn cutting_small_loads_keeps_every_optimum() {
        let table = std::fs::read_to_string(format!("{DATA}/salbp1_instances.tsv")).unwrap();
        let mut solved = 0;
        for row in table.lines().skip(1) {
            let columns: Vec<&str> = row.split('\t').collect();
            let (file, tasks, cycle_time) = (columns[1], columns[2], columns[3]);
            let optimum: u32 = columns[4].parse().unwrap();
            if tasks.parse::<usize>().unwrap() > 70 || columns[4] != columns[5] {
                continue;
            }
            let cycle_time: f64 = cycle_time.parse().unwrap();
            let text = std::fs::read_to_string(format!("{DATA}/{file}")).unwrap();
            let graph = TaskGraph::new(&parse_in2(&text).unwrap().as_slice()).unwrap();
            let mut solver = Solver::new(&graph, 1e-9);
            solver.cut_after = 0;
            let mut limits = Limits::new(&SearchLimits::default()).unwrap();
            let upper = u32::try_from(graph.len()).unwrap() + 1;
            let answer = solver
                .solve_at(cycle_time, upper, 0, &mut limits, 1.0)
                .unwrap();
            let context = format!("{file} c={cycle_time}");
            assert!(answer.halt.is_none(), "{context}");
            let line = answer.best.unwrap_or_default();
            assert_eq!(u32::try_from(line.len()).unwrap(), optimum, "{context}");
            let mut station_of = vec![usize::MAX; graph.len()];
            for (at, station) in line.iter().enumerate() {
                let load: f64 = station.iter().map(|&task| graph.time(task)).sum();
                assert!(
                    load <= cycle_time + 1e-9,
                    "{context}: station {at} holds {load}"
                );
                for &task in station {
                    assert_eq!(
                        station_of[task as usize],
                        usize::MAX,
                        "{context}: task twice"
                    );
                    station_of[task as usize] = at;
                }
            }
            for task in 0..graph.len() {
                assert_ne!(
                    station_of[task],
                    usize::MAX,
                    "{context}: task {task} left out"
                );
                for &before in graph.predecessors(index_u32(task)) {
                    assert!(station_of[before as usize] <= station_of[task], "{context}");
                }
            }
            solved += 1;
        }
        assert!(solved > 100, "only {solved} instances");
    }
}

//! The depth-first branch, bound and remember search over stations (Sewell & Jacobson
//! 2012), with an explicit stack so that no instance can overflow the call stack.
//!
//! A node is a set of assigned tasks after `k` full stations. Its children are the
//! *maximal* loads of station `k + 1` (no further available task fits), enumerated
//! lazily: each partial load branches on its candidates (available tasks that fit) in
//! a fixed priority order, a candidate once tried being excluded from its later
//! siblings, so every load is produced exactly once. A load is skipped when it is not
//! maximal or Jackson's rule says another load dominates it. A new set is pruned when
//! `k + 1 + LB(rest)` reaches the best station count found (the search looks only for
//! strictly better lines), or when the memory has seen it in as few stations.

use crate::line::exact::bounds::{Assigned, Bounds};
use crate::line::exact::memo::{Memo, Visit};
use crate::line::task_graph::TaskGraph;

/// Why a search stopped before it was exhausted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Halt {
    /// The node limit was reached.
    Nodes,
    /// The time limit was reached.
    Time,
    /// The memory is full.
    Memory,
}

/// The fixed data of one search.
pub(crate) struct Instance<'a> {
    pub(crate) graph: &'a TaskGraph,
    pub(crate) cycle_time: f64,
    pub(crate) tolerance: f64,
    pub(crate) bounds: Bounds,
    pub(crate) dominators: &'a [Vec<u32>],
    /// Each task's place in the branching order (smaller first).
    pub(crate) rank: &'a [u32],
}

/// The search's limits, checked as it goes.
pub(crate) trait Budget {
    /// Called after every node (`nodes` so far): `Some` stops the search.
    fn exceeded(&mut self, nodes: u64) -> Option<Halt>;
}

/// The outcome of [`search`].
#[derive(Debug)]
pub(crate) struct Outcome {
    /// The best line found better than the given bound, stations of task indexes.
    pub(crate) best: Option<Vec<Vec<u32>>>,
    /// Why it stopped early; `None` when the search was exhausted (so the best line,
    /// found or given, is optimal).
    pub(crate) halt: Option<Halt>,
    pub(crate) nodes: u64,
}

/// One level of the enumeration of a station's loads.
struct Frame {
    /// Available unassigned tasks that fit, best first.
    candidates: Vec<u32>,
    /// The next candidate to try.
    next: usize,
    /// The candidate in the load now, if any.
    current: Option<u32>,
    /// The station's load before `current`.
    load: f64,
    /// The assigned sums before `current`.
    assigned: Assigned,
}

/// A station being filled: its enumeration, the tasks excluded from it so far.
struct Station {
    frames: Vec<Frame>,
    excluded: Vec<u64>,
    /// A lower bound on the station count of any line through this node.
    bound: u32,
}

/// Searches for a line of fewer than `upper` stations; `lower` is a bound on the
/// optimum (the search stops when it reaches it).
pub(crate) fn search(
    instance: &Instance<'_>,
    upper: u32,
    lower: u32,
    memo: &mut Memo,
    budget: &mut impl Budget,
) -> Outcome {
    let graph = instance.graph;
    let count = graph.len();
    let words = count.div_ceil(64);
    let mut set = vec![0_u64; words];
    let mut upper = upper;
    let mut best: Option<Vec<Vec<u32>>> = None;
    let mut nodes: u64 = 0;
    let mut stack: Vec<Station> = Vec::new();
    let root = Assigned::default();
    if upper <= lower {
        return Outcome {
            best,
            halt: None,
            nodes,
        };
    }
    stack.push(open(instance, &set, root, words, lower));

    loop {
        let Some(top) = stack.last_mut() else {
            return Outcome {
                best,
                halt: None,
                nodes,
            };
        };
        if top.bound >= upper {
            abandon(top, &mut set);
            stack.pop();
            continue;
        }
        match advance(instance, top, &mut set) {
            Step::Exhausted => {
                stack.pop();
            }
            Step::Partial => {}
            Step::Load(assigned) => {
                let stations = u32::try_from(stack.len()).unwrap_or(u32::MAX);
                if is_full(&set, count) {
                    if stations < upper {
                        best = Some(stack.iter().map(tasks_of).collect());
                        upper = stations;
                        if upper <= lower {
                            return Outcome {
                                best,
                                halt: None,
                                nodes,
                            };
                        }
                    }
                } else {
                    let bound = stations.saturating_add(instance.bounds.remaining(assigned));
                    if bound < upper {
                        match memo.visit(&set, stations) {
                            Visit::Dominated => {}
                            Visit::Full => {
                                return Outcome {
                                    best,
                                    halt: Some(Halt::Memory),
                                    nodes,
                                };
                            }
                            Visit::New => {
                                stack.push(open(instance, &set, assigned, words, bound));
                            }
                        }
                    }
                }
            }
        }
        nodes += 1;
        if let Some(halt) = budget.exceeded(nodes) {
            return Outcome {
                best,
                halt: Some(halt),
                nodes,
            };
        }
    }
}

/// What one step of a station's enumeration did.
enum Step {
    /// Added or removed a task of a partial load.
    Partial,
    /// Completed a maximal, undominated load: the set holds it; its assigned sums.
    Load(Assigned),
    /// No more loads.
    Exhausted,
}

/// A new station after the tasks in `set`.
fn open(
    instance: &Instance<'_>,
    set: &[u64],
    assigned: Assigned,
    words: usize,
    bound: u32,
) -> Station {
    let graph = instance.graph;
    let limit = instance.cycle_time + instance.tolerance;
    let mut candidates: Vec<u32> = (0..graph.len())
        .map(|task| u32::try_from(task).unwrap_or(u32::MAX))
        .filter(|&task| !has(set, task) && graph.time(task) <= limit && available(graph, set, task))
        .collect();
    sort(instance, &mut candidates);
    Station {
        frames: vec![Frame {
            candidates,
            next: 0,
            current: None,
            load: 0.0,
            assigned,
        }],
        excluded: vec![0; words],
        bound,
    }
}

/// One step of the enumeration of `station`'s loads.
fn advance(instance: &Instance<'_>, station: &mut Station, set: &mut [u64]) -> Step {
    let graph = instance.graph;
    let Some(frame) = station.frames.last_mut() else {
        return Step::Exhausted;
    };
    if let Some(task) = frame.current.take() {
        remove(set, task);
        insert(&mut station.excluded, task);
    }
    let Some(&task) = frame.candidates.get(frame.next) else {
        for &task in &frame.candidates {
            remove(&mut station.excluded, task);
        }
        station.frames.pop();
        return Step::Partial;
    };
    frame.next += 1;
    frame.current = Some(task);
    insert(set, task);
    let load = frame.load + graph.time(task);
    let assigned = instance.bounds.add(frame.assigned, task, graph.time(task));
    let room = instance.cycle_time - load + instance.tolerance;
    let mut candidates: Vec<u32> = frame
        .candidates
        .get(frame.next..)
        .unwrap_or(&[])
        .iter()
        .copied()
        .filter(|&other| graph.time(other) <= room)
        .collect();
    let before = candidates.len();
    candidates.extend(
        graph
            .successors(task)
            .iter()
            .copied()
            .filter(|&successor| graph.time(successor) <= room && available(graph, set, successor)),
    );
    if candidates.len() > before {
        sort(instance, &mut candidates);
    }
    if !candidates.is_empty() {
        station.frames.push(Frame {
            candidates,
            next: 0,
            current: None,
            load,
            assigned,
        });
        return Step::Partial;
    }
    // A leaf: maximal only if no excluded task fits either.
    if members(&station.excluded).any(|other| graph.time(other) <= room) {
        return Step::Partial;
    }
    if dominated(instance, station, set, room) {
        return Step::Partial;
    }
    Step::Load(assigned)
}

/// Whether Jackson's rule rejects the load in `station` (`room`: its idle time plus
/// the tolerance).
fn dominated(instance: &Instance<'_>, station: &Station, set: &[u64], room: f64) -> bool {
    let graph = instance.graph;
    station
        .frames
        .iter()
        .filter_map(|frame| frame.current)
        .any(|task| {
            let time = graph.time(task);
            instance
                .dominators
                .get(task as usize)
                .is_some_and(|dominators| {
                    dominators.iter().any(|&other| {
                        !has(set, other)
                            && graph.time(other) - time <= room
                            && available(graph, set, other)
                    })
                })
        })
}

/// Undoes every partial load of `station` from `set`.
fn abandon(station: &mut Station, set: &mut [u64]) {
    for frame in &mut station.frames {
        if let Some(task) = frame.current.take() {
            remove(set, task);
        }
    }
    station.frames.clear();
}

/// The tasks of the load in `station`, in the order they were added.
fn tasks_of(station: &Station) -> Vec<u32> {
    station
        .frames
        .iter()
        .filter_map(|frame| frame.current)
        .collect()
}

fn sort(instance: &Instance<'_>, tasks: &mut [u32]) {
    tasks.sort_unstable_by_key(|&task| {
        instance
            .rank
            .get(task as usize)
            .copied()
            .unwrap_or(u32::MAX)
    });
}

fn available(graph: &TaskGraph, set: &[u64], task: u32) -> bool {
    graph
        .predecessors(task)
        .iter()
        .all(|&predecessor| has(set, predecessor))
}

fn has(set: &[u64], task: u32) -> bool {
    set.get(task as usize / 64)
        .is_some_and(|word| word & (1 << (task % 64)) != 0)
}

fn insert(set: &mut [u64], task: u32) {
    if let Some(word) = set.get_mut(task as usize / 64) {
        *word |= 1 << (task % 64);
    }
}

fn remove(set: &mut [u64], task: u32) {
    if let Some(word) = set.get_mut(task as usize / 64) {
        *word &= !(1 << (task % 64));
    }
}

fn is_full(set: &[u64], count: usize) -> bool {
    set.iter()
        .map(|word| word.count_ones() as usize)
        .sum::<usize>()
        == count
}

/// The tasks in `set`.
fn members(set: &[u64]) -> impl Iterator<Item = u32> + '_ {
    (0_u32..).zip(set).flat_map(|(index, &word)| {
        let mut word = word;
        std::iter::from_fn(move || {
            if word == 0 {
                return None;
            }
            let bit = word.trailing_zeros();
            word &= word - 1;
            Some(index * 64 + bit)
        })
    })
}

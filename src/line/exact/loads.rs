//! The loads of one station, enumerated lazily (Sewell & Jacobson 2012; Scholl & Klein
//! 1997): each partial load branches on its candidates (available tasks that fit) in a
//! fixed priority order, a candidate once tried being excluded from its later siblings,
//! so every load is produced exactly once. A load is skipped when it is not maximal (an
//! available task still fits) or Jackson's rule says another load dominates it. Both
//! searches, depth-first and cyclic best-first, expand a node with it.

use crate::line::exact::bounds::Assigned;
use crate::line::exact::search::Instance;
use crate::line::task_graph::TaskGraph;

/// One level of the enumeration of a station's loads.
pub(crate) struct Frame {
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
pub(crate) struct Station {
    pub(crate) frames: Vec<Frame>,
    pub(crate) excluded: Vec<u64>,
    /// Candidate lists of frames gone, kept for reuse.
    spare: Vec<Vec<u32>>,
    /// A lower bound on the station count of any line through this node.
    pub(crate) bound: u32,
    /// The least load that can still lead to a better line (LB1 of what it leaves):
    /// partial loads that cannot reach it are cut. Set each time the station is taken
    /// up, as better lines raise it.
    pub(crate) min_load: f64,
    /// The unassigned tasks that could join this station (no unassigned chain to them
    /// longer than the cycle time), in topological order; found when first needed.
    reachable: Option<Vec<u32>>,
    /// Scratch for [`addable`].
    reach: Vec<u64>,
}

/// What one step of a station's enumeration did.
pub(crate) enum Step {
    /// Added or removed a task of a partial load.
    Partial,
    /// Completed a maximal, undominated load: the set holds it; its assigned sums.
    Load(Assigned),
    /// No more loads.
    Exhausted,
}

/// A new station after the tasks in `set`.
pub(crate) fn open(
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
        spare: Vec::new(),
        bound,
        min_load: 0.0,
        reachable: None,
        reach: vec![0; words],
    }
}

/// The unassigned tasks (not in `set`) whose longest chain of unassigned tasks up to
/// and including them fits in `limit`: those any load after `set` can hold, in
/// topological order.
fn reachable_after(graph: &TaskGraph, set: &[u64], limit: f64) -> Vec<u32> {
    let mut head = vec![0.0_f64; graph.len()];
    let mut tasks = Vec::new();
    for &task in graph.topological_order() {
        if has(set, task) {
            continue;
        }
        let before = graph
            .predecessors(task)
            .iter()
            .filter(|&&predecessor| !has(set, predecessor))
            .map(|&predecessor| {
                head.get(predecessor as usize)
                    .copied()
                    .unwrap_or(f64::INFINITY)
            })
            .fold(0.0, f64::max);
        let chain = before + graph.time(task);
        if let Some(slot) = head.get_mut(task as usize) {
            *slot = chain;
        }
        if chain <= limit {
            tasks.push(task);
        }
    }
    tasks
}

/// One step of the enumeration of `station`'s loads.
pub(crate) fn advance(instance: &Instance<'_>, station: &mut Station, set: &mut [u64]) -> Step {
    let graph = instance.graph;
    let Station {
        frames,
        excluded,
        spare,
        min_load,
        reachable,
        reach,
        ..
    } = station;
    let Some(frame) = frames.last_mut() else {
        return Step::Exhausted;
    };
    if let Some(task) = frame.current.take() {
        remove(set, task);
        insert(excluded, task);
    }
    let Some(&task) = frame.candidates.get(frame.next) else {
        for &task in &frame.candidates {
            remove(excluded, task);
        }
        if let Some(mut gone) = frames.pop() {
            gone.candidates.clear();
            spare.push(gone.candidates);
        }
        return Step::Partial;
    };
    frame.next += 1;
    frame.current = Some(task);
    insert(set, task);
    let load = frame.load + graph.time(task);
    let assigned = instance.bounds.add(frame.assigned, task, graph.time(task));
    let room = instance.cycle_time - load + instance.tolerance;
    let mut candidates = spare.pop().unwrap_or_default();
    candidates.clear();
    candidates.extend(
        frame
            .candidates
            .get(frame.next..)
            .unwrap_or(&[])
            .iter()
            .copied()
            .filter(|&other| graph.time(other) <= room),
    );
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
        // Too little can still join to reach the least useful load: no load here is.
        // The candidates alone are a quick first check.
        let need = *min_load - load - instance.tolerance;
        if need > 0.0
            && candidates
                .iter()
                .map(|&other| graph.time(other))
                .sum::<f64>()
                < need
            && addable(
                instance, frames, reachable, reach, set, excluded, room, need,
            ) < need
        {
            spare.push(candidates);
            return Step::Partial;
        }
        frames.push(Frame {
            candidates,
            next: 0,
            current: None,
            load,
            assigned,
        });
        return Step::Partial;
    }
    spare.push(candidates);
    // A leaf: maximal only if no excluded task fits either.
    if members(excluded).any(|other| graph.time(other) <= room) {
        return Step::Partial;
    }
    if dominated(instance, station, set, room) {
        return Step::Partial;
    }
    Step::Load(assigned)
}

/// The most time that can still join the partial load in `set` (with `room` left),
/// counted up to `need` only: every reachable task that fits, is not excluded and whose
/// predecessors are all assigned, in the load, or such tasks themselves. The station's
/// reachable tasks are found on the first call, from `set` without the load of `frames`.
#[allow(clippy::too_many_arguments)]
fn addable(
    instance: &Instance<'_>,
    frames: &[Frame],
    reachable: &mut Option<Vec<u32>>,
    reach: &mut [u64],
    set: &[u64],
    excluded: &[u64],
    room: f64,
    need: f64,
) -> f64 {
    let graph = instance.graph;
    for (word, &from) in reach.iter_mut().zip(set) {
        *word = from;
    }
    let tasks = reachable.get_or_insert_with(|| {
        for task in frames.iter().filter_map(|frame| frame.current) {
            remove(reach, task);
        }
        let tasks = reachable_after(graph, reach, instance.cycle_time + instance.tolerance);
        for task in frames.iter().filter_map(|frame| frame.current) {
            insert(reach, task);
        }
        tasks
    });
    let mut total = 0.0;
    for &task in tasks.iter() {
        if has(reach, task) || has(excluded, task) || graph.time(task) > room {
            continue;
        }
        if available(graph, reach, task) {
            insert(reach, task);
            total += graph.time(task);
            if total >= need {
                break;
            }
        }
    }
    total
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
                    // Shortest first: the first too long for the room ends the list.
                    dominators
                        .iter()
                        .take_while(|&&other| graph.time(other) - time <= room)
                        .any(|&other| !has(set, other) && available(graph, set, other))
                })
        })
}

/// Undoes every partial load of `station` from `set`.
pub(crate) fn abandon(station: &mut Station, set: &mut [u64]) {
    for frame in &mut station.frames {
        if let Some(task) = frame.current.take() {
            remove(set, task);
        }
    }
    station.frames.clear();
}

/// Takes the partial load of `station` out of `set`, keeping the enumeration to resume.
pub(crate) fn suspend(station: &Station, set: &mut [u64]) {
    for task in station.frames.iter().filter_map(|frame| frame.current) {
        remove(set, task);
    }
}

/// Puts the partial load of a suspended `station` back into `set`.
pub(crate) fn resume(station: &Station, set: &mut [u64]) {
    for task in station.frames.iter().filter_map(|frame| frame.current) {
        insert(set, task);
    }
}

/// An estimate of the bytes a suspended `station` holds.
pub(crate) fn size(station: &Station) -> usize {
    station
        .frames
        .iter()
        .map(|frame| frame.candidates.capacity() * 4 + 64)
        .sum::<usize>()
        + station
            .spare
            .iter()
            .map(|list| list.capacity() * 4 + 24)
            .sum::<usize>()
        + station.excluded.len() * 16
        + station
            .reachable
            .as_ref()
            .map_or(0, |tasks| tasks.capacity() * 4)
        + 64
}

/// The tasks of the load in `station`, in the order they were added.
pub(crate) fn tasks_of(station: &Station) -> Vec<u32> {
    station
        .frames
        .iter()
        .filter_map(|frame| frame.current)
        .collect()
}

fn sort(instance: &Instance<'_>, tasks: &mut [u32]) {
    crate::sort::sort_by_rank(tasks, instance.rank, u32::MAX);
}

pub(crate) fn available(graph: &TaskGraph, set: &[u64], task: u32) -> bool {
    graph
        .predecessors(task)
        .iter()
        .all(|&predecessor| has(set, predecessor))
}

pub(crate) fn has(set: &[u64], task: u32) -> bool {
    set.get(task as usize / 64)
        .is_some_and(|word| word & (1 << (task % 64)) != 0)
}

pub(crate) fn insert(set: &mut [u64], task: u32) {
    if let Some(word) = set.get_mut(task as usize / 64) {
        *word |= 1 << (task % 64);
    }
}

pub(crate) fn remove(set: &mut [u64], task: u32) {
    if let Some(word) = set.get_mut(task as usize / 64) {
        *word &= !(1 << (task % 64));
    }
}

pub(crate) fn is_full(set: &[u64], count: usize) -> bool {
    set.iter()
        .map(|word| word.count_ones() as usize)
        .sum::<usize>()
        == count
}

/// The tasks in `set`.
pub(crate) fn members(set: &[u64]) -> impl Iterator<Item = u32> + '_ {
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

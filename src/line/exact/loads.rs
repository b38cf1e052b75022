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
    }
}

/// One step of the enumeration of `station`'s loads.
pub(crate) fn advance(instance: &Instance<'_>, station: &mut Station, set: &mut [u64]) -> Step {
    let graph = instance.graph;
    let Station {
        frames,
        excluded,
        spare,
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
        + station.excluded.len() * 8
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
    tasks.sort_unstable_by_key(|&task| {
        instance
            .rank
            .get(task as usize)
            .copied()
            .unwrap_or(u32::MAX)
    });
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

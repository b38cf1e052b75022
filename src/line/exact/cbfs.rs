//! The cyclic best-first branch, bound and remember search (Sewell & Jacobson 2012;
//! Morrison, Sewell & Jacobson, *An application of the branch, bound, and remember
//! algorithm to a new simple assembly line balancing dataset*, EJOR 236 (2014)
//! 403-409): the open nodes are kept in one priority queue per level (the number of
//! full stations), and the search takes the best node of each level in turn, level 0, 1,
//! 2, … and round again. Depth-first search dives and can spend its whole budget below a
//! poor first station; cycling through the levels keeps good partial lines at every
//! depth moving, so tightly packed lines are found early.
//!
//! A node is expanded into its children (the maximal, undominated loads of its next
//! station, `loads.rs`) [`LOADS_PER_TURN`] loads at a turn: BB&R stops a node's
//! expansion there; here the node goes back to its queue behind every node not yet
//! resumed as often, its enumeration kept, so the search still ends only when every
//! node is exhausted, and an exhausted search proves what the depth-first one proves.
//!
//! Best is the lowest bound, then BB&R's key: the idle time per station so far less
//! 0.02 per unassigned task.

use crate::line::exact::bounds::Assigned;
use crate::line::exact::loads::{
    Station, Step, abandon, advance, is_full, open, resume, size, suspend, tasks_of,
};
use crate::line::exact::memo::{Memo, Place, WordHasher, hash};
use crate::line::exact::search::{Budget, Halt, Instance};
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::hash::BuildHasherDefault;

/// The loads a node's expansion makes before it goes back to its queue.
const LOADS_PER_TURN: u32 = 60;

/// The steps after which partial loads too small to lead to a better line are cut: the
/// check costs more than it saves on short searches (and changes their order), and
/// makes the long, tight ones (Arcus2 at c = 7520: no idle time to spare) several times
/// faster.
pub(crate) const CUT_AFTER: u64 = 1 << 21;

/// An open node: times resumed, bound, key (as ordered bits), index.
type Entry = Reverse<(u32, u32, u64, u32)>;

/// The nodes made so far: sets of assigned tasks, each with its parent and sums.
struct Nodes {
    words: usize,
    sets: Vec<u64>,
    parents: Vec<u32>,
    assigned: Vec<Assigned>,
    /// The full stations before each node.
    stations: Vec<u32>,
}

impl Nodes {
    fn set(&self, node: u32) -> &[u64] {
        let start = node as usize * self.words;
        self.sets.get(start..start + self.words).unwrap_or(&[])
    }

    fn push(&mut self, set: &[u64], parent: u32, assigned: Assigned, stations: u32) -> Option<u32> {
        let node = u32::try_from(self.parents.len()).ok()?;
        self.sets.extend_from_slice(set);
        self.parents.push(parent);
        self.assigned.push(assigned);
        self.stations.push(stations);
        Some(node)
    }

    /// The bytes the nodes and their queue entries take.
    fn bytes(&self) -> usize {
        self.parents.len() * (self.words * 8 + 4 + 16 + 4 + 24)
    }

    /// The stations from the root to `node`, first first, each station's tasks in
    /// `order` (a topological position per task).
    fn line(&self, node: u32, order: &[u32]) -> Vec<Vec<u32>> {
        let mut line = Vec::new();
        let mut node = node;
        while let Some(&parent) = self.parents.get(node as usize) {
            if parent == u32::MAX {
                break;
            }
            let mut tasks: Vec<u32> = (0_u32..)
                .zip(self.set(node).iter().zip(self.set(parent)))
                .flat_map(|(index, (&child, &parent))| {
                    let mut word = child & !parent;
                    std::iter::from_fn(move || {
                        if word == 0 {
                            return None;
                        }
                        let bit = word.trailing_zeros();
                        word &= word - 1;
                        Some(index * 64 + bit)
                    })
                })
                .collect();
            crate::sort::sort_by_rank(&mut tasks, order, 0);
            line.push(tasks);
            node = parent;
        }
        line.reverse();
        line
    }
}

/// What a slice of the search ended with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Progress {
    /// The slice is used up; the search can go on.
    Running,
    /// Every node is exhausted (or a line reached the lower bound): no line has fewer
    /// stations than the best found, or than the upper bound given.
    Done,
    /// A limit stopped the search.
    Halted(Halt),
}

/// A cyclic best-first search in progress, run a slice at a time.
pub(crate) struct Cbfs<'a> {
    instance: &'a Instance<'a>,
    memo: Memo,
    memory_bytes: f64,
    /// Each task's topological position, to order a station's tasks.
    order: Vec<u32>,
    nodes: Nodes,
    levels: Vec<BinaryHeap<Entry>>,
    /// Expansions paused at their turn's end, by node, with their bytes.
    suspended: HashMap<u32, Station, BuildHasherDefault<WordHasher>>,
    suspended_bytes: usize,
    set: Vec<u64>,
    level: usize,
    /// Only lines with fewer stations are searched for.
    pub(crate) upper: u32,
    /// The search ends at a line of this many stations.
    lower: u32,
    /// The best line found, stations of task indexes.
    pub(crate) best: Option<Vec<Vec<u32>>>,
    /// The nodes so far: tasks added to a partial load.
    pub(crate) steps: u64,
    /// The steps after which partial loads are cut by the least useful load.
    cut_after: u64,
}

impl<'a> Cbfs<'a> {
    /// A search for a line of fewer than `upper` stations that ends at one of `lower`;
    /// `memory_bytes` bounds the remembered sets, the open nodes and the suspended
    /// expansions together.
    pub(crate) fn new(
        instance: &'a Instance<'a>,
        upper: u32,
        lower: u32,
        memory_bytes: f64,
        cut_after: u64,
    ) -> Self {
        let graph = instance.graph;
        let count = graph.len();
        let words = count.div_ceil(64);
        let mut order = vec![0_u32; count];
        for (position, &task) in (0_u32..).zip(graph.topological_order()) {
            if let Some(slot) = order.get_mut(task as usize) {
                *slot = position;
            }
        }
        let mut nodes = Nodes {
            words,
            sets: Vec::new(),
            parents: Vec::new(),
            assigned: Vec::new(),
            stations: Vec::new(),
        };
        let mut levels: Vec<BinaryHeap<Entry>> = vec![BinaryHeap::new()];
        let root = nodes.push(&vec![0; words], u32::MAX, Assigned::default(), 0);
        if let (Some(level), Some(root)) = (levels.first_mut(), root) {
            let bound = instance.bounds.remaining(Assigned::default());
            level.push(Reverse((0, bound, 0, root)));
        }
        Cbfs {
            instance,
            memo: Memo::new(),
            memory_bytes,
            order,
            nodes,
            levels,
            suspended: HashMap::default(),
            suspended_bytes: 0,
            set: vec![0; words],
            level: 0,
            upper,
            lower,
            best: None,
            steps: 0,
            cut_after,
        }
    }

    /// Runs until `until` nodes in all (or a limit of `budget`, checked with `offset` +
    /// this search's nodes).
    pub(crate) fn run(&mut self, until: u64, offset: u64, budget: &mut impl Budget) -> Progress {
        let instance = self.instance;
        let count = instance.graph.len();
        let words = self.set.len();
        if self.upper <= self.lower {
            return Progress::Done;
        }
        while self.steps < until {
            // The next level with open nodes, from `level` round.
            let levels = self.levels.len();
            let Some(at) = (0..levels)
                .map(|offset| (self.level + offset) % levels)
                .find(|&at| self.levels.get(at).is_some_and(|heap| !heap.is_empty()))
            else {
                return Progress::Done;
            };
            self.level = at + 1;
            let Some(Reverse((turns, bound, key, node))) =
                self.levels.get_mut(at).and_then(BinaryHeap::pop)
            else {
                continue;
            };
            self.set.copy_from_slice(self.nodes.set(node));
            let paused = self.suspended.remove(&node);
            if let Some(station) = &paused {
                self.suspended_bytes = self.suspended_bytes.saturating_sub(size(station));
            }
            if bound >= self.upper {
                continue;
            }
            let stations = u32::try_from(at + 1).unwrap_or(u32::MAX);
            let assigned = self
                .nodes
                .assigned
                .get(node as usize)
                .copied()
                .unwrap_or_default();
            let mut station = match paused {
                Some(station) => {
                    resume(&station, &mut self.set);
                    station
                }
                None => open(instance, &self.set, assigned, words, bound),
            };
            // LB1 after this station must stay below the best: its load at least this.
            // Cutting partial loads by it pays on long searches only.
            station.min_load = if self.steps >= self.cut_after {
                let left = f64::from(self.upper.saturating_sub(1).saturating_sub(stations));
                instance.graph.total_time() - assigned.time - left * instance.cycle_time
            } else {
                f64::NEG_INFINITY
            };
            let mut loads = 0_u32;
            loop {
                if station.bound >= self.upper {
                    abandon(&mut station, &mut self.set);
                    break;
                }
                if loads >= LOADS_PER_TURN {
                    suspend(&station, &mut self.set);
                    self.suspended_bytes += size(&station);
                    self.suspended.insert(node, station);
                    if let Some(heap) = self.levels.get_mut(at) {
                        heap.push(Reverse((turns.saturating_add(1), bound, key, node)));
                    }
                    break;
                }
                match advance(instance, &mut station, &mut self.set) {
                    Step::Exhausted => break,
                    Step::Partial => {}
                    Step::Load(child) => {
                        loads += 1;
                        if is_full(&self.set, count) {
                            if stations < self.upper {
                                let mut line = self.nodes.line(node, &self.order);
                                line.push(tasks_of(&station));
                                self.best = Some(line);
                                self.upper = stations;
                                if self.upper <= self.lower {
                                    abandon(&mut station, &mut self.set);
                                    return Progress::Done;
                                }
                            }
                        } else if let Some(halt) = self.child(at, node, stations, child) {
                            abandon(&mut station, &mut self.set);
                            return Progress::Halted(halt);
                        }
                    }
                }
                self.steps += 1;
                if let Some(halt) = budget.exceeded(offset + self.steps) {
                    // Keep the expansion: a later call may go on with it.
                    suspend(&station, &mut self.set);
                    self.suspended_bytes += size(&station);
                    self.suspended.insert(node, station);
                    if let Some(heap) = self.levels.get_mut(at) {
                        heap.push(Reverse((turns, bound, key, node)));
                    }
                    return Progress::Halted(halt);
                }
            }
        }
        Progress::Running
    }

    /// Remembers and queues the child of `node` (at level `at`) the set now holds, after
    /// `stations` stations, unless its bound or the memory prunes it; `Some` when the
    /// memory is full.
    fn child(&mut self, at: usize, node: u32, stations: u32, child: Assigned) -> Option<Halt> {
        let instance = self.instance;
        let child_bound = stations.saturating_add(instance.bounds.remaining(child));
        if child_bound >= self.upper {
            return None;
        }
        let set_hash = hash(&self.set);
        let place = self.memo.find(set_hash, |other| {
            self.nodes.set(other) == self.set.as_slice()
        });
        // Seen before in as few stations: nothing new below it.
        if let Place::Found(_, other) = place
            && self
                .nodes
                .stations
                .get(other as usize)
                .is_some_and(|&seen| seen <= stations)
        {
            return None;
        }
        let bytes = self.nodes.bytes() + self.memo.bytes() + self.suspended_bytes;
        if bytes as f64 > self.memory_bytes {
            return Some(Halt::Memory);
        }
        let Some(index) = self.nodes.push(&self.set, node, child, stations) else {
            return Some(Halt::Memory);
        };
        self.memo.put(place, set_hash, index);
        let idle = f64::from(stations) * instance.cycle_time - child.time;
        let assigned: usize = self.set.iter().map(|word| word.count_ones() as usize).sum();
        let unassigned = instance.graph.len().saturating_sub(assigned);
        #[allow(clippy::cast_precision_loss)]
        let key = idle / f64::from(stations) - 0.02 * unassigned as f64;
        if self.levels.len() <= at + 1 {
            self.levels.push(BinaryHeap::new());
        }
        if let Some(heap) = self.levels.get_mut(at + 1) {
            heap.push(Reverse((0, child_bound, ordered(key), index)));
        }
        None
    }
}

/// A float as bits that sort as the float does.
fn ordered(value: f64) -> u64 {
    let bits = value.to_bits();
    if value.is_sign_negative() {
        !bits
    } else {
        bits | (1 << 63)
    }
}

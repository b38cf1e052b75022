//! What a search over stations works with (Sewell & Jacobson 2012): a node is a set of
//! assigned tasks after `k` full stations; its children are the maximal, undominated
//! loads of station `k + 1` (`loads.rs`); a new set is pruned when `k + 1 + LB(rest)`
//! reaches the best station count found (the search looks only for strictly better
//! lines), or when the memory has seen it in as few stations (`memo.rs`). The order in
//! which nodes are taken is in `cbfs.rs`.

use crate::line::exact::bounds::Bounds;
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

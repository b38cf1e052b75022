//! For every task, the tasks that follow it directly or indirectly (its successors in
//! the transitive sense): how many there are, and the sum of their times, which the
//! "most followers" and "ranked positional weight" rules need.
//!
//! The exact count needs the reachability of every pair, but not an n × n matrix (a
//! bitset per task would be n²/8 bytes, 12.5 MB at 10,000 tasks): tasks are taken 256 at
//! a time as targets, in topological order, and one pass backwards over the tasks before
//! the block's last marks, in four `u64` per task, which of those 256 each task reaches.
//! No task after a block in topological order can reach it, so the passes visit about
//! n² / 512 tasks in all (200,000 at 10,000 tasks) in O(n) memory (32 bytes a task).

use crate::line::task_graph::TaskGraph;

/// What to add up over each task's followers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Measure {
    /// How many followers each task has.
    Count,
    /// The sum of their times.
    Time,
}

/// `measure` of every task's followers, by task index (counts as `f64`, exact).
pub(crate) fn followers(graph: &TaskGraph, measure: Measure) -> Vec<f64> {
    let order = graph.topological_order();
    let count_tasks = order.len();
    // The graph renumbered by topological position: every successor comes later.
    let mut position = vec![0_u32; count_tasks];
    for (at, &task) in (0_u32..).zip(order) {
        if let Some(slot) = position.get_mut(task as usize) {
            *slot = at;
        }
    }
    let mut successor_start: Vec<u32> = Vec::with_capacity(count_tasks + 1);
    let mut successors: Vec<u32> = Vec::new();
    let mut times: Vec<f64> = Vec::with_capacity(count_tasks);
    for &task in order {
        successor_start.push(u32::try_from(successors.len()).unwrap_or(u32::MAX));
        successors.extend(
            graph
                .successors(task)
                .iter()
                .map(|&successor| position.get(successor as usize).copied().unwrap_or(0)),
        );
        times.push(graph.time(task));
    }
    successor_start.push(u32::try_from(successors.len()).unwrap_or(u32::MAX));

    let mut total = vec![0.0_f64; count_tasks];
    // `reach[p]`: the block's targets task `p` reaches, and `p` itself when in the
    // block; `measured[p]`: the measure of `reach[p]`.
    let mut reach = vec![[0_u64; WORDS]; count_tasks];
    let mut measured = vec![0.0_f64; count_tasks];
    let mut sums = [[0.0_f64; 256]; 8 * WORDS];
    for base in (0..count_tasks).step_by(BLOCK) {
        let end = (base + BLOCK).min(count_tasks);
        let block = times.get(base..end).unwrap_or(&[]);
        let mut full = [0_u64; WORDS];
        for (word, targets) in full.iter_mut().zip(block.chunks(64)) {
            *word = u64::MAX >> (64 - targets.len());
        }
        let word_full: Vec<f64> = block
            .chunks(64)
            .map(|targets| match measure {
                Measure::Count => targets.len() as f64,
                Measure::Time => targets.iter().sum(),
            })
            .collect();
        if measure == Measure::Time {
            fill_byte_sums(block, &mut sums);
        }
        // Tasks at `end` and after reach none of the block, and `reach` there is still 0
        // from the start: earlier passes wrote only positions before their own end.
        for at in (0..end).rev() {
            let from = successor_start.get(at).copied().unwrap_or(0) as usize;
            let to = successor_start.get(at + 1).copied().unwrap_or(0) as usize;
            let next = successors.get(from..to).unwrap_or(&[]);
            let mut mask = [0_u64; WORDS];
            for &successor in next {
                if let Some(theirs) = reach.get(successor as usize) {
                    for (word, their) in mask.iter_mut().zip(theirs) {
                        *word |= their;
                    }
                }
            }
            // Most tasks reach none of the block, or exactly what one of their
            // successors reaches: known without adding up bits.
            let value = if same(&mask, &[0; WORDS]) {
                0.0
            } else if let Some(&like) = next.iter().find(|&&successor| {
                reach
                    .get(successor as usize)
                    .is_some_and(|theirs| same(theirs, &mask))
            }) {
                measured.get(like as usize).copied().unwrap_or(0.0)
            } else {
                (0..WORDS)
                    .map(|index| {
                        let word = mask.get(index).copied().unwrap_or(0);
                        if word == 0 {
                            0.0
                        } else if Some(&word) == full.get(index) {
                            word_full.get(index).copied().unwrap_or(0.0)
                        } else {
                            match measure {
                                Measure::Count => f64::from(word.count_ones()),
                                Measure::Time => weight(word, sums.get(8 * index..).unwrap_or(&[])),
                            }
                        }
                    })
                    .sum()
            };
            if let Some(slot) = total.get_mut(at) {
                *slot += value;
            }
            let mut own = 0.0;
            if let Some(offset) = at.checked_sub(base) {
                if let Some(word) = mask.get_mut(offset / 64) {
                    *word |= 1 << (offset % 64);
                }
                own = match measure {
                    Measure::Count => 1.0,
                    Measure::Time => times.get(at).copied().unwrap_or(0.0),
                };
            }
            if let Some(slot) = reach.get_mut(at) {
                *slot = mask;
            }
            if let Some(slot) = measured.get_mut(at) {
                *slot = value + own;
            }
        }
    }
    // Back from topological positions to task indexes.
    position
        .iter()
        .map(|&at| total.get(at as usize).copied().unwrap_or(0.0))
        .collect()
}

/// 64-bit words per task in one pass.
const WORDS: usize = 4;
/// Targets per pass.
const BLOCK: usize = 64 * WORDS;

/// Whether two masks are equal, compared word by word: `==` on arrays is a call to
/// `memcmp` in the size-first wasm build, and this, inlined, is four comparisons.
#[inline(always)]
fn same(left: &[u64; WORDS], right: &[u64; WORDS]) -> bool {
    let ([a, b, c, d], [e, f, g, h]) = (left, right);
    (a ^ e) | (b ^ f) | (c ^ g) | (d ^ h) == 0
}

/// `sums[k][byte]`: the total time of the block's targets `8k + j` whose bit `j` is set
/// in `byte`, so the time of a whole word `w` is eight lookups in `sums[8w..]`.
fn fill_byte_sums(block: &[f64], sums: &mut [[f64; 256]; 8 * WORDS]) {
    for (k, table) in sums.iter_mut().enumerate() {
        for byte in 1..256_usize {
            // Each entry adds one target to the entry without its lowest bit.
            let lowest = byte.trailing_zeros() as usize;
            let without = byte & (byte - 1);
            let time = block.get(8 * k + lowest).copied().unwrap_or(0.0);
            let value = table.get(without).copied().unwrap_or(0.0) + time;
            if let Some(slot) = table.get_mut(byte) {
                *slot = value;
            }
        }
    }
}

/// The total time of the targets in one word, from its eight byte tables.
fn weight(word: u64, sums: &[[f64; 256]]) -> f64 {
    (0..8)
        .zip(sums)
        .map(|(k, table)| {
            table
                .get(((word >> (8 * k)) & 0xFF) as usize)
                .copied()
                .unwrap_or(0.0)
        })
        .sum()
}

#[cfg(test)]
#[allow(clippy::float_cmp)] // sums of small whole numbers are exact
mod tests {
    use super::*;
    use crate::line::Task;

    #[test]
    fn counts_and_times_of_all_followers() {
        // A → B → D, A → C → D, D → E
        let tasks = [
            Task::new("A", 1.0, &[]),
            Task::new("B", 2.0, &["A"]),
            Task::new("C", 3.0, &["A"]),
            Task::new("D", 4.0, &["B", "C"]),
            Task::new("E", 5.0, &["D"]),
        ];
        let graph = TaskGraph::new(&tasks.as_slice()).unwrap();
        assert_eq!(
            followers(&graph, Measure::Count),
            vec![4.0, 2.0, 2.0, 1.0, 0.0]
        );
        assert_eq!(
            followers(&graph, Measure::Time),
            vec![14.0, 9.0, 9.0, 5.0, 0.0]
        );
    }

    #[test]
    fn tasks_listed_after_their_successors() {
        // E ← D ← {B, C} ← A, listed backwards, so positions differ from indexes.
        let tasks = [
            Task::new("E", 5.0, &["D"]),
            Task::new("D", 4.0, &["B", "C"]),
            Task::new("C", 3.0, &["A"]),
            Task::new("B", 2.0, &["A"]),
            Task::new("A", 1.0, &[]),
        ];
        let graph = TaskGraph::new(&tasks.as_slice()).unwrap();
        assert_eq!(
            followers(&graph, Measure::Count),
            vec![0.0, 1.0, 2.0, 2.0, 4.0]
        );
        assert_eq!(
            followers(&graph, Measure::Time),
            vec![0.0, 5.0, 9.0, 9.0, 14.0]
        );
    }

    #[test]
    fn a_chain_longer_than_two_blocks() {
        let ids: Vec<String> = (0..600).map(|index| index.to_string()).collect();
        let tasks: Vec<Task> = ids
            .iter()
            .enumerate()
            .map(|(index, id)| Task {
                id: id.clone(),
                time: 1.0,
                predecessors: if index == 0 {
                    vec![]
                } else {
                    vec![ids[index - 1].clone()]
                },
            })
            .collect();
        let graph = TaskGraph::new(&tasks.as_slice()).unwrap();
        let count = followers(&graph, Measure::Count);
        assert_eq!(count[0], 599.0);
        assert_eq!(count[300], 299.0);
        assert_eq!(followers(&graph, Measure::Time)[100], 499.0);
        assert_eq!(count[599], 0.0);
    }

    /// Random graphs of 700 tasks (several blocks; tasks with many successors, so every
    /// shortcut and the full-word sums are taken), against a plain depth-first search of
    /// each task's followers.
    #[test]
    fn random_graphs_against_a_plain_search() {
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move |bound: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % bound
        };
        for _ in 0..3 {
            let count = 700;
            let tasks: Vec<Task> = (0..count)
                .map(|index: usize| Task {
                    id: format!("t{index}"),
                    time: (1 + next(9)) as f64,
                    predecessors: (0..if index == 0 { 0 } else { next(4) })
                        .map(|_| format!("t{}", next(index as u64)))
                        .collect::<std::collections::BTreeSet<_>>()
                        .into_iter()
                        .collect(),
                })
                .collect();
            let graph = TaskGraph::new(&tasks.as_slice()).unwrap();
            let (counts, times) = (
                followers(&graph, Measure::Count),
                followers(&graph, Measure::Time),
            );
            for task in 0..count {
                let mut seen = vec![false; count];
                let mut stack = vec![task as u32];
                while let Some(at) = stack.pop() {
                    for &successor in graph.successors(at) {
                        if !seen[successor as usize] {
                            seen[successor as usize] = true;
                            stack.push(successor);
                        }
                    }
                }
                let reached = (0..count).filter(|&other| seen[other]);
                assert_eq!(counts[task], reached.clone().count() as f64, "task {task}");
                let time: f64 = reached.map(|other| graph.time(other as u32)).sum();
                assert_eq!(times[task], time, "task {task}");
            }
        }
    }
}

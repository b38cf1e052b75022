//! Jackson's dominance rule (Jackson 1956; used by SALOME and BB&R): task `i`
//! potentially dominates task `j` when every follower of `j` also follows `i` and
//! `t_i ≥ t_j`. A station load that holds `j` but could hold `i` in its place (`i`
//! unassigned, its predecessors assigned, `t_i − t_j` within the idle time) is never
//! needed: exchanging the two gives a load at least as full whose followers include
//! the old ones, so every completion of the old load is also one of the new.
//!
//! Equal tasks (same time, same followers) dominate in one direction only, by index, so
//! that exactly one of them is kept.

use crate::line::task_graph::TaskGraph;

/// Above this many tasks the n × n follower sets are not built and the rule is off.
pub(crate) const MAX_DOMINANCE_TASKS: usize = 1024;

/// For every task `j`, the tasks that potentially dominate it, shortest first.
pub(crate) fn dominators(graph: &TaskGraph, tolerance: f64) -> Vec<Vec<u32>> {
    let count = graph.len();
    if count > MAX_DOMINANCE_TASKS {
        return vec![Vec::new(); count];
    }
    let words = count.div_ceil(64);
    let mut followers = vec![0_u64; count * words];
    for &task in graph.topological_order().iter().rev() {
        let mut set = vec![0_u64; words];
        for &successor in graph.successors(task) {
            let successor = successor as usize;
            if let Some(word) = set.get_mut(successor / 64) {
                *word |= 1 << (successor % 64);
            }
            let start = successor * words;
            if let Some(theirs) = followers.get(start..start + words) {
                for (mine, theirs) in set.iter_mut().zip(theirs) {
                    *mine |= theirs;
                }
            }
        }
        let start = task as usize * words;
        if let Some(slot) = followers.get_mut(start..start + words) {
            slot.copy_from_slice(&set);
        }
    }
    let of = |task: usize| {
        followers
            .get(task * words..(task + 1) * words)
            .unwrap_or(&[])
    };
    let has = |set: &[u64], task: usize| {
        set.get(task / 64)
            .is_some_and(|word| word & (1 << (task % 64)) != 0)
    };
    (0..count)
        .map(|j| {
            let (time_j, followers_j) = (graph.time(task_u32(j)), of(j));
            (0..count)
                .filter(|&i| {
                    if i == j || has(of(i), j) {
                        return false;
                    }
                    let time_i = graph.time(task_u32(i));
                    if time_i < time_j - tolerance {
                        return false;
                    }
                    let followers_i = of(i);
                    let subset = followers_j
                        .iter()
                        .zip(followers_i)
                        .all(|(theirs, mine)| theirs & !mine == 0);
                    let longer = time_i > time_j + tolerance;
                    subset && (longer || followers_i != followers_j || i < j)
                })
                .map(task_u32)
                .collect::<Vec<u32>>()
        })
        .map(|dominators| {
            let task = |position: usize| dominators.get(position).copied().unwrap_or(0);
            let order = crate::sort::stable_order(dominators.len(), &mut |a, b| {
                let (a, b) = (task(a), task(b));
                graph.time(a).total_cmp(&graph.time(b)).then(a.cmp(&b))
            });
            order.into_iter().map(task).collect()
        })
        .collect()
}

fn task_u32(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::line::Task;

    #[test]
    fn longer_tasks_with_more_followers_dominate() {
        // A 5 → C, B 3 → C, D 3 (no followers), E 3 (no followers).
        let tasks = [
            Task::new("A", 5.0, &[]),
            Task::new("B", 3.0, &[]),
            Task::new("C", 1.0, &["A", "B"]),
            Task::new("D", 3.0, &[]),
            Task::new("E", 3.0, &[]),
        ];
        let graph = TaskGraph::new(&tasks.as_slice()).unwrap();
        let dominators = dominators(&graph, 1e-9);
        assert_eq!(dominators[0], Vec::<u32>::new());
        assert_eq!(dominators[1], vec![0]);
        // D is dominated by A (longer, more followers), B (same time, more followers);
        // D and E are equal: the lower index dominates. Shortest first.
        assert_eq!(dominators[3], vec![1, 0]);
        assert_eq!(dominators[4], vec![1, 3, 0]);
        // C follows A and B, and C dominates nothing longer.
        assert_eq!(dominators[2], vec![3, 4]);
    }
}

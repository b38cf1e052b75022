//! Properties of line balancing over random precedence graphs (proptest; native only):
//! for every rule, a balance is a feasible assignment with consistent measures; the
//! trace agrees with the tasks; the rule comparison is sorted; the order in which
//! tasks are listed does not matter; and numbered tasks balance as named ones.
// Unwrapping and indexing are assertions in a test; exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp, clippy::indexing_slicing)]
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::line::assert_trace_consistent;
use opscalc::line::{
    BalanceInput, CompareRulesInput, CycleTime, LineBalance, NumberedLineInput, PriorityRule, Task,
    balance_line, balance_numbered_line, compare_rules,
};
use proptest::prelude::*;
use std::collections::HashMap;

/// Relative slack for sums worked out along different float paths.
const SLACK: f64 = 1e-9;

/// A random line: 1 to 59 tasks, each with up to 4 predecessors among the tasks listed
/// before it (so the graph is acyclic), and a cycle time. Times are whole hundredths of
/// the cycle time (ties happen), never above it; `whole` makes the times whole numbers,
/// whose sums are exact.
fn line(whole: bool) -> impl Strategy<Value = (Vec<Task>, f64)> {
    (1usize..60, 1u32..=30).prop_flat_map(move |(count, cycle)| {
        let task = (
            1u32..=100,
            prop::collection::vec(any::<prop::sample::Index>(), 0..=4),
        );
        prop::collection::vec(task, count).prop_map(move |rows| {
            let cycle_time = f64::from(cycle);
            let tasks = rows
                .iter()
                .enumerate()
                .map(|(index, (share, picks))| {
                    let time = if whole {
                        f64::from((share * cycle).div_ceil(100))
                    } else {
                        cycle_time * f64::from(*share) / 100.0
                    };
                    let mut predecessors: Vec<String> = if index == 0 {
                        vec![]
                    } else {
                        picks
                            .iter()
                            .map(|pick| format!("t{}", pick.index(index)))
                            .collect()
                    };
                    predecessors.dedup();
                    Task {
                        id: format!("t{index}"),
                        time,
                        predecessors,
                    }
                })
                .collect();
            (tasks, cycle_time)
        })
    })
}

fn rule() -> impl Strategy<Value = PriorityRule> {
    prop::sample::select(PriorityRule::ALL.to_vec())
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= SLACK * a.abs().max(b.abs()).max(1.0)
}

fn balanced(
    tasks: &[Task],
    cycle_time: f64,
    rule: PriorityRule,
    tie_break: PriorityRule,
) -> LineBalance {
    let mut input = BalanceInput::new(tasks.to_vec(), CycleTime::Given(cycle_time), rule);
    input.tie_break = Some(tie_break);
    balance_line(&input).unwrap()
}

/// Checks that `line` assigns every task once, after its predecessors, within the cycle
/// time, with measures that agree with the stations.
fn assert_feasible(tasks: &[Task], cycle_time: f64, line: &LineBalance) {
    let mut place: HashMap<&str, (usize, usize)> = HashMap::new();
    for (station, content) in line.stations.iter().enumerate() {
        assert!(!content.tasks.is_empty(), "no empty station");
        for (position, id) in content.tasks.iter().enumerate() {
            assert!(
                place.insert(id, (station, position)).is_none(),
                "{id} assigned twice"
            );
        }
    }
    assert_eq!(place.len(), tasks.len(), "every task assigned");
    for task in tasks {
        let here = place[task.id.as_str()];
        for predecessor in &task.predecessors {
            assert!(
                place[predecessor.as_str()] < here,
                "{predecessor} before {}",
                task.id
            );
        }
    }
    let time: HashMap<&str, f64> = tasks.iter().map(|t| (t.id.as_str(), t.time)).collect();
    let total: f64 = tasks.iter().map(|t| t.time).sum();
    let n = line.stations.len() as f64;
    for station in &line.stations {
        let load: f64 = station.tasks.iter().map(|id| time[id.as_str()]).sum();
        assert!(close(station.load, load));
        assert!(
            station.load <= cycle_time * (1.0 + SLACK),
            "load within the cycle"
        );
        assert!(close(station.idle_time, cycle_time - station.load));
    }
    assert_eq!(line.station_count as usize, line.stations.len());
    assert_eq!(line.cycle_time, cycle_time);
    assert!(close(line.total_time, total));
    let minimum = f64::from(line.theoretical_minimum);
    assert!(line.station_count >= line.theoretical_minimum);
    assert!(
        minimum * cycle_time >= total * (1.0 - SLACK),
        "the minimum holds the work"
    );
    assert!(
        (minimum - 1.0) * cycle_time < total,
        "and one station fewer would not"
    );
    assert!(close(line.efficiency, total / (n * cycle_time)));
    assert!(close(line.balance_delay, 1.0 - line.efficiency));
    let idle: f64 = line.stations.iter().map(|s| s.idle_time).sum();
    assert!(close(line.idle_time, idle));
    assert!(close(line.idle_time, n * cycle_time - total));
    assert!(line.efficiency > 0.0 && line.efficiency <= 1.0 + SLACK);
    let most = line.stations.iter().map(|s| s.load).fold(0.0, f64::max);
    let smoothness: f64 = line
        .stations
        .iter()
        .map(|s| (most - s.load).powi(2))
        .sum::<f64>();
    assert!(close(line.smoothness_index, smoothness.sqrt()));
}

proptest! {
    /// Every rule, with every tie-break, gives a feasible line with consistent measures.
    #[test]
    fn every_rule_balances_feasibly(
        (tasks, cycle_time) in line(false),
        tie_break in rule(),
    ) {
        for rule in PriorityRule::ALL {
            let line = balanced(&tasks, cycle_time, rule, tie_break);
            assert_feasible(&tasks, cycle_time, &line);
            prop_assert_eq!(line.rule, rule);
            prop_assert_eq!(line.tie_break, tie_break);
        }
    }

    /// Numbering the tasks 0 to n − 1 (and naming them "0" to "n − 1", whose natural
    /// order is their numbers') gives `balance_numbered_line` the same stations, in the
    /// same order, and the same measures as `balance_line`.
    #[test]
    fn numbered_tasks_balance_as_named_ones(
        (tasks, cycle_time) in line(false),
        rule in rule(),
        tie_break in rule(),
    ) {
        let number: HashMap<&str, u32> =
            tasks.iter().zip(0..).map(|(task, index)| (task.id.as_str(), index)).collect();
        let mut precedence: Vec<u32> = Vec::new();
        for task in &tasks {
            for id in &task.predecessors {
                precedence.extend([number[id.as_str()], number[task.id.as_str()]]);
            }
        }
        let named: Vec<Task> = tasks
            .iter()
            .map(|task| Task {
                id: number[task.id.as_str()].to_string(),
                time: task.time,
                predecessors: task
                    .predecessors
                    .iter()
                    .map(|id| number[id.as_str()].to_string())
                    .collect(),
            })
            .collect();
        let line = balanced(&named, cycle_time, rule, tie_break);
        let numbered = balance_numbered_line(&NumberedLineInput {
            times: tasks.iter().map(|task| task.time).collect(),
            precedence,
            cycle_time: CycleTime::Given(cycle_time),
            rule,
            tie_break: Some(tie_break),
        })
        .unwrap();
        let mut start = 0;
        for (station, (content, &end)) in line.stations.iter().zip(&numbered.station_ends).enumerate() {
            let numbers: Vec<String> =
                numbered.order[start..end as usize].iter().map(u32::to_string).collect();
            prop_assert_eq!(&numbers, &content.tasks);
            prop_assert_eq!(numbered.station_loads[station], content.load);
            for &task in &numbered.order[start..end as usize] {
                prop_assert_eq!(numbered.station_of[task as usize] as usize, station + 1);
            }
            start = end as usize;
        }
        prop_assert_eq!(numbered.station_ends.len(), line.stations.len());
        prop_assert_eq!(numbered.station_count, line.station_count);
        prop_assert_eq!(numbered.theoretical_minimum, line.theoretical_minimum);
        prop_assert_eq!(numbered.efficiency, line.efficiency);
        prop_assert_eq!(numbered.smoothness_index, line.smoothness_index);
        prop_assert_eq!(numbered.idle_time, line.idle_time);
    }

    /// Listing the tasks in another order changes nothing: choices depend on the rule,
    /// the tie-break and the ids, never on positions. (With whole-number times every sum
    /// is exact; with decimal times a sum taken in another order may differ in its last
    /// bit, which the library treats as a tie, so this is asserted for whole numbers.)
    #[test]
    fn the_listing_order_does_not_matter(
        (tasks, cycle_time) in line(true),
        rule in rule(),
        tie_break in rule(),
        seed in any::<u64>(),
    ) {
        let mut shuffled = tasks.clone();
        // A Fisher–Yates shuffle from a small fixed-step generator.
        let mut state = seed | 1;
        for index in (1..shuffled.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            shuffled.swap(index, (state % (index as u64 + 1)) as usize);
        }
        let before = balanced(&tasks, cycle_time, rule, tie_break);
        let after = balanced(&shuffled, cycle_time, rule, tie_break);
        prop_assert_eq!(&after.stations, &before.stations);
        prop_assert_eq!(after.station_count, before.station_count);
    }

    /// The comparison lists each rule once, best first (fewest stations, then the
    /// smoothest), with ranks that rise only where the outcome changes, and each outcome
    /// is that rule's own balance.
    #[test]
    fn the_comparison_is_sorted((tasks, cycle_time) in line(false), tie_break in rule()) {
        let comparison = compare_rules(&CompareRulesInput {
            tasks: tasks.clone(),
            cycle_time: CycleTime::Given(cycle_time),
            rules: None,
            tie_break: Some(tie_break),
        })
        .unwrap();
        prop_assert_eq!(comparison.outcomes.len(), 7);
        prop_assert_eq!(comparison.outcomes[0].rank, 1);
        for (position, pair) in comparison.outcomes.windows(2).enumerate() {
            let (a, b) = (&pair[0], &pair[1]);
            prop_assert!(
                (a.station_count, a.smoothness_index) <= (b.station_count, b.smoothness_index)
            );
            prop_assert!(b.rank == a.rank || b.rank == position as u32 + 2);
            if a.station_count != b.station_count {
                prop_assert!(b.rank > a.rank);
            }
        }
        for outcome in &comparison.outcomes {
            let alone = balanced(&tasks, cycle_time, outcome.rule, tie_break);
            prop_assert_eq!(&outcome.stations, &alone.stations);
            prop_assert_eq!(
                outcome.stations_above_minimum,
                alone.station_count - comparison.theoretical_minimum
            );
        }
    }
}

proptest! {
    // The independent trace check recomputes every candidate's followers: fewer cases.
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Every step of the trace agrees with the tasks (see `assert_trace_consistent`).
    #[test]
    fn the_trace_agrees_with_the_tasks(
        (tasks, cycle_time) in line(false),
        rule in rule(),
        tie_break in rule(),
    ) {
        let line = balanced(&tasks, cycle_time, rule, tie_break);
        assert_trace_consistent(&tasks, &line);
    }
}

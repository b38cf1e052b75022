//! The exact SALBP-1 solver on small hand instances: optimal where every priority rule
//! misses, limits respected with a feasible line returned, and the errors of
//! `balance_line`.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::float_cmp)]

mod common;

use common::line::{six, tasks, wing};
use common::{error_at, failure};
use opscalc::ErrorCode;
use opscalc::line::{
    BalanceInput, CycleTime, MAX_MEMORY_MB, OptimalBalance, OptimalInput, PriorityRule,
    SearchLimits, StopReason, Task, balance_line, balance_line_optimal,
};
use std::collections::HashMap;

fn solve(tasks: Vec<Task>, cycle_time: f64, limits: SearchLimits) -> OptimalBalance {
    balance_line_optimal(&OptimalInput {
        tasks,
        cycle_time: CycleTime::Given(cycle_time),
        limits,
    })
    .unwrap()
}

/// Each task once, predecessors in an earlier station or earlier in the same one, no
/// load above the cycle time, loads and idle times right.
fn assert_feasible(tasks: &[Task], line: &OptimalBalance) {
    let mut place: HashMap<&str, (usize, usize)> = HashMap::new();
    for (s, station) in line.stations.iter().enumerate() {
        let mut load = 0.0;
        for (p, id) in station.tasks.iter().enumerate() {
            assert!(place.insert(id, (s, p)).is_none(), "{id} twice");
            load += tasks.iter().find(|task| &task.id == id).unwrap().time;
        }
        assert!((load - station.load).abs() < 1e-9);
        assert!(load <= line.cycle_time * (1.0 + 1e-9), "station {s} over");
        assert!((station.idle_time - (line.cycle_time - load)).abs() < 1e-9);
    }
    assert_eq!(place.len(), tasks.len(), "every task assigned");
    for task in tasks {
        for predecessor in &task.predecessors {
            assert!(place[predecessor.as_str()] < place[task.id.as_str()]);
        }
    }
    assert_eq!(line.station_count as usize, line.stations.len());
}

/// Eight independent tasks where every rule needs 4 stations but 3 suffice (c = 10, 30
/// of work): the rules fill the first station greedily (6 + 4, then 5 + 4, ...) and
/// strand the pieces; the optimum is 6 + 4, 5 + 3 + 2 and 4 + 3 + 3.
fn trap() -> Vec<Task> {
    tasks(&[
        ("A", 6.0, &[]),
        ("B", 5.0, &[]),
        ("C", 4.0, &[]),
        ("D", 4.0, &[]),
        ("E", 3.0, &[]),
        ("F", 3.0, &[]),
        ("G", 3.0, &[]),
        ("H", 2.0, &[]),
    ])
}

#[test]
fn solves_where_every_rule_misses_the_optimum() {
    let tasks = trap();
    let heuristic = PriorityRule::ALL
        .iter()
        .map(|&rule| {
            balance_line(&BalanceInput::new(
                tasks.clone(),
                CycleTime::Given(10.0),
                rule,
            ))
            .unwrap()
            .station_count
        })
        .min()
        .unwrap();
    let line = solve(tasks.clone(), 10.0, SearchLimits::default());
    assert_feasible(&tasks, &line);
    assert_eq!(heuristic, 4, "every rule misses");
    assert_eq!(line.heuristic_station_count, 4);
    assert_eq!((line.station_count, line.lower_bound), (3, 3));
    assert!(line.optimal);
    assert_eq!(line.stop, StopReason::Optimal);
    assert!(line.nodes > 0);
}

#[test]
fn proves_an_optimum_above_every_bin_packing_bound() {
    // A chain 4 → 4 → 4 at c = 10: 8 + 4, two stations.
    let chain = tasks(&[("A", 4.0, &[]), ("B", 4.0, &["A"]), ("C", 4.0, &["B"])]);
    let line = solve(chain.clone(), 10.0, SearchLimits::default());
    assert_feasible(&chain, &line);
    assert_eq!((line.station_count, line.optimal), (2, true));
    // The wing at c = 12: LB1 = ⌈65 / 12⌉ = 6, reached.
    let wing_line = solve(wing(), 12.0, SearchLimits::default());
    assert_feasible(&wing(), &wing_line);
    assert!(wing_line.optimal);
    assert_eq!(wing_line.station_count, 6);
    let six_line = solve(six(), 10.0, SearchLimits::default());
    assert_feasible(&six(), &six_line);
    assert_eq!((six_line.station_count, six_line.optimal), (3, true));
}

#[test]
fn a_node_limit_of_one_returns_the_heuristic_line() {
    let tasks = trap();
    let line = solve(
        tasks.clone(),
        10.0,
        SearchLimits {
            nodes: Some(1),
            ..SearchLimits::default()
        },
    );
    assert_feasible(&tasks, &line);
    assert_eq!(line.station_count, 4);
    assert_eq!(line.lower_bound, 3);
    assert!(!line.optimal);
    assert_eq!(line.stop, StopReason::NodeLimit);
    assert_eq!(line.nodes, 1);
}

#[test]
fn a_tiny_time_or_memory_limit_still_returns_a_feasible_line() {
    let tasks = trap();
    let line = solve(
        tasks.clone(),
        10.0,
        SearchLimits {
            time_ms: Some(1e-9),
            ..SearchLimits::default()
        },
    );
    assert_feasible(&tasks, &line);
    assert!(line.station_count >= 3);
    let line = solve(
        tasks.clone(),
        10.0,
        SearchLimits {
            memory_mb: Some(1),
            ..SearchLimits::default()
        },
    );
    assert_feasible(&tasks, &line);
    assert_eq!(line.station_count, 3);
}

#[test]
fn equal_bounds_end_without_a_search() {
    let line = solve(wing(), 100.0, SearchLimits::default());
    assert_eq!((line.station_count, line.nodes, line.optimal), (1, 0, true));
}

#[test]
fn errors_are_those_of_balance_line() {
    let optimal = |tasks: Vec<Task>, cycle_time: CycleTime, limits: SearchLimits| {
        failure(balance_line_optimal(&OptimalInput {
            tasks,
            cycle_time,
            limits,
        }))
    };
    let heuristic = |tasks: Vec<Task>, cycle_time: CycleTime| {
        failure(balance_line(&BalanceInput::new(
            tasks,
            cycle_time,
            PriorityRule::LongestTime,
        )))
    };
    let cases: Vec<(Vec<Task>, CycleTime)> = vec![
        (vec![], CycleTime::Given(10.0)),
        (wing(), CycleTime::Given(0.0)),
        (wing(), CycleTime::Given(f64::NAN)),
        (wing(), CycleTime::Given(5.0)),
        (tasks(&[("A", 1.0, &["A"])]), CycleTime::Given(5.0)),
        (tasks(&[("A", 1.0, &["Z"])]), CycleTime::Given(5.0)),
        (
            tasks(&[("A", 1.0, &[]), ("A", 1.0, &[])]),
            CycleTime::Given(5.0),
        ),
        (
            wing(),
            CycleTime::FromDemand {
                available_time: 480.0,
                demand: 0.0,
            },
        ),
    ];
    for (tasks, cycle_time) in cases {
        assert_eq!(
            optimal(tasks.clone(), cycle_time, SearchLimits::default()),
            heuristic(tasks, cycle_time)
        );
    }
    let limits = |limits: SearchLimits| optimal(wing(), CycleTime::Given(12.0), limits);
    assert_eq!(
        limits(SearchLimits {
            time_ms: Some(0.0),
            ..SearchLimits::default()
        }),
        error_at(ErrorCode::NotPositive, "limits.time_ms")
    );
    assert_eq!(
        limits(SearchLimits {
            nodes: Some(0),
            ..SearchLimits::default()
        }),
        error_at(ErrorCode::OutOfRange, "limits.nodes")
    );
    // Zero, and more than a wasm instance could hold (4 GiB; 65,536 MiB once ended the
    // instance after minutes of search); the largest allowed works.
    for memory_mb in [0, MAX_MEMORY_MB + 1, 65_536] {
        assert_eq!(
            limits(SearchLimits {
                memory_mb: Some(memory_mb),
                ..SearchLimits::default()
            }),
            error_at(ErrorCode::OutOfRange, "limits.memory_mb"),
            "{memory_mb}"
        );
    }
    let largest = SearchLimits {
        memory_mb: Some(MAX_MEMORY_MB),
        ..SearchLimits::default()
    };
    assert!(solve(wing(), 12.0, largest).optimal);
}

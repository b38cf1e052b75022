//! The exact SALBP-2 solver (`minimize_cycle_time`): the shortest cycle time for a
//! number of stations. Checked on the wing component of Heizer & Render against the
//! SALBP-1 solver, on Scholl's SALBP-2 benchmark (Scholl 1993; optima in
//! `tests/data/salbp/salbp2_instances.tsv`) at the published optima, every line checked
//! for feasibility independently; the limits; and the errors.
//!
//! By default the benchmark's graphs of at most 30 tasks run; `SALBP_EXACT_ALL=1` runs
//! all 274 instances with a node limit each (best in release:
//! `SALBP_EXACT_ALL=1 cargo test --release --test line_exact_cycle_time -- --nocapture`).
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::line::{six, tasks, wing};
use common::salbp::{assert_feasible, cycle_instances, tasks_of};
use common::{error_at, failure};
use opscalc::ErrorCode;
use opscalc::line::{
    CycleTime, CycleTimeBalance, CycleTimeInput, OptimalInput, SearchLimits, StopReason, Task,
    balance_line_optimal, minimize_cycle_time,
};
use std::collections::HashMap;

fn shortest(tasks: Vec<Task>, stations: u32, limits: SearchLimits) -> CycleTimeBalance {
    minimize_cycle_time(&CycleTimeInput {
        tasks,
        stations,
        limits,
    })
    .unwrap()
}

/// Feasible at its own cycle time, which is its largest load, in at most `stations`.
fn assert_line(tasks: &[Task], line: &CycleTimeBalance, stations: u32, context: &str) {
    assert_feasible(tasks, &line.stations, line.cycle_time, context);
    let largest = line.stations.iter().map(|s| s.load).fold(0.0, f64::max);
    assert_relative_eq!(largest, line.cycle_time, max_relative = 1e-12);
    assert!(
        line.station_count <= stations,
        "{context}: too many stations"
    );
    assert_eq!(
        line.station_count as usize,
        line.stations.len(),
        "{context}"
    );
    assert!(line.lower_bound <= line.cycle_time, "{context}");
    assert!(line.cycle_time <= line.heuristic_cycle_time, "{context}");
}

/// The smallest whole cycle time at which the SALBP-1 solver needs at most `stations`.
fn by_salbp1(tasks: &[Task], stations: u32) -> f64 {
    let longest = tasks.iter().map(|task| task.time).fold(0.0, f64::max);
    let mut cycle_time = longest;
    loop {
        let line = balance_line_optimal(&OptimalInput {
            tasks: tasks.to_vec(),
            cycle_time: CycleTime::Given(cycle_time),
            limits: SearchLimits::default(),
        })
        .unwrap();
        assert!(line.optimal);
        if line.station_count <= stations {
            return cycle_time;
        }
        cycle_time += 1.0;
    }
}

/// Heizer & Render, *Operations Management*, Layout Strategies, the wing component: 65
/// minutes of work balanced in 6 stations at the book's 12-minute cycle. With 6 stations
/// no shorter cycle works (at 11 minutes A, B, E and H each fill a station and C, D, F,
/// G, I need three more), so 12 is the shortest.
#[test]
fn the_wing_in_six_stations_needs_twelve_minutes() {
    let line = shortest(wing(), 6, SearchLimits::default());
    assert_line(&wing(), &line, 6, "wing m=6");
    assert_eq!(line.cycle_time, 12.0);
    assert_eq!(line.lower_bound, 12.0);
    assert!(line.optimal);
    assert_eq!(line.stop, StopReason::Optimal);
}

#[test]
fn agrees_with_the_salbp1_solver_for_every_station_count() {
    for (name, tasks) in [("wing", wing()), ("six", six())] {
        for stations in 1..=tasks.len() as u32 + 1 {
            let context = format!("{name} m={stations}");
            let line = shortest(tasks.clone(), stations, SearchLimits::default());
            assert_line(&tasks, &line, stations, &context);
            assert!(line.optimal, "{context}");
            assert_eq!(line.cycle_time, by_salbp1(&tasks, stations), "{context}");
        }
    }
    // One station takes all the work; as many stations as tasks, the longest task.
    assert_eq!(
        shortest(wing(), 1, SearchLimits::default()).cycle_time,
        65.0
    );
    assert_eq!(
        shortest(wing(), 9, SearchLimits::default()).cycle_time,
        11.0
    );
    assert_eq!(
        shortest(wing(), 50, SearchLimits::default()).cycle_time,
        11.0
    );
}

#[test]
fn decimal_times_give_the_exact_decimal_cycle_time() {
    // The six tasks in tenths: 2.7 of work on 3 stations, optimum 1.0 (as 10 for six()).
    let tenths: Vec<Task> = six()
        .into_iter()
        .map(|task| Task {
            time: task.time / 10.0,
            ..task
        })
        .collect();
    let line = shortest(tenths.clone(), 3, SearchLimits::default());
    assert_line(&tenths, &line, 3, "six in tenths");
    assert_eq!((line.cycle_time, line.lower_bound), (1.0, 1.0));
    // 0.1 + 0.2 is not exactly 0.3 in binary: read on the grid of hundredths.
    let mixed = tasks(&[("A", 0.1 + 0.2, &[]), ("B", 0.25, &["A"]), ("C", 0.45, &[])]);
    let line = shortest(mixed.clone(), 2, SearchLimits::default());
    assert_line(&mixed, &line, 2, "hundredths");
    assert_eq!(line.cycle_time, 0.55);
    assert!(line.optimal);
}

#[test]
fn scholls_small_salbp2_instances_at_the_published_optimum() {
    let all = std::env::var_os("SALBP_EXACT_ALL").is_some();
    let mut cache = HashMap::new();
    let (mut run, mut proven) = (0, 0);
    for instance in cycle_instances() {
        let tasks = tasks_of(&instance.file, &mut cache);
        if !all && tasks.len() > 30 {
            continue;
        }
        let context = format!("{} m={}", instance.graph, instance.stations);
        let limits = SearchLimits {
            nodes: Some(if all { 20_000_000 } else { 2_000_000 }),
            ..SearchLimits::default()
        };
        let line = shortest(tasks.clone(), instance.stations, limits);
        assert_line(&tasks, &line, instance.stations, &context);
        assert!(
            line.cycle_time >= instance.optimum_lower,
            "{context}: below the optimum"
        );
        assert!(
            line.lower_bound <= instance.optimum_upper,
            "{context}: bound above the optimum"
        );
        if line.optimal {
            assert_eq!(line.cycle_time, instance.optimum_lower, "{context}");
            assert_eq!(line.cycle_time, instance.optimum_upper, "{context}");
            proven += 1;
        }
        run += 1;
    }
    println!("proven optimal: {proven} of {run} SALBP-2 instances");
    if !all {
        assert_eq!((run, proven), (16, 16));
    }
}

#[test]
fn a_node_limit_stops_with_a_feasible_line_and_a_bound() {
    let mut cache = HashMap::new();
    let tasks = tasks_of("SCHOLL.IN2", &mut cache);
    let limits = SearchLimits {
        nodes: Some(1000),
        ..SearchLimits::default()
    };
    let line = shortest(tasks.clone(), 40, limits);
    assert_line(&tasks, &line, 40, "Scholl m=40, 1000 nodes");
    assert!(line.nodes <= 1000);
    // Published optimum 1748.
    assert!(line.lower_bound <= 1748.0 && line.cycle_time >= 1748.0);
    if !line.optimal {
        assert_eq!(line.stop, StopReason::NodeLimit);
    }
    // Without a clock: the same nodes give the same line.
    assert_eq!(shortest(tasks.clone(), 40, limits).stations, line.stations);
    let tiny = SearchLimits {
        time_ms: Some(1e-9),
        ..SearchLimits::default()
    };
    let line = shortest(tasks.clone(), 40, tiny);
    assert_line(&tasks, &line, 40, "Scholl m=40, no time");
}

#[test]
fn errors() {
    let error = |tasks: Vec<Task>, stations: u32, limits: SearchLimits| {
        failure(minimize_cycle_time(&CycleTimeInput {
            tasks,
            stations,
            limits,
        }))
    };
    let none = SearchLimits::default();
    assert_eq!(
        error(wing(), 0, none),
        error_at(ErrorCode::OutOfRange, "stations")
    );
    assert_eq!(
        error(vec![], 3, none),
        error_at(ErrorCode::OutOfRange, "tasks")
    );
    assert_eq!(
        error(tasks(&[("A", 0.0, &[])]), 3, none),
        error_at(ErrorCode::NotPositive, "tasks[0].time")
    );
    assert_eq!(
        error(tasks(&[("A", 1.0, &["Z"])]), 3, none),
        error_at(ErrorCode::UnknownId, "tasks[0].predecessors[0]")
    );
    assert_eq!(
        error(tasks(&[("A", 1.0, &["A"])]), 3, none),
        error_at(ErrorCode::Cycle, "tasks[0].predecessors")
    );
    assert_eq!(
        error(tasks(&[("A", 1.0, &[]), ("B", 1.0 / 3.0, &[])]), 3, none),
        error_at(ErrorCode::OutOfRange, "tasks[1].time")
    );
    assert_eq!(
        error(tasks(&[("A", 1e9, &[])]), 3, none),
        error_at(ErrorCode::TooLarge, "tasks")
    );
    let limits = |limits: SearchLimits| error(wing(), 3, limits);
    assert_eq!(
        limits(SearchLimits {
            time_ms: Some(-1.0),
            ..none
        }),
        error_at(ErrorCode::NotPositive, "limits.time_ms")
    );
    assert_eq!(
        limits(SearchLimits {
            nodes: Some(0),
            ..none
        }),
        error_at(ErrorCode::OutOfRange, "limits.nodes")
    );
    assert_eq!(
        limits(SearchLimits {
            memory_mb: Some(0),
            ..none
        }),
        error_at(ErrorCode::OutOfRange, "limits.memory_mb")
    );
}

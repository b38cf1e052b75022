//! The exact solver on Scholl's SALBP-1 benchmark (`tests/data/salbp`): never fewer
//! stations than the proven optimum, every claimed optimum the published one, every
//! line feasible by an independent check.
//!
//! By default the instances with at most 50 tasks run (they take moments in a debug
//! build); `SALBP_EXACT_ALL=1` runs all 269, each with a node limit (best in release:
//! `SALBP_EXACT_ALL=1 cargo test --release --test line_exact_salbp -- --nocapture`).
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

mod common;

use common::salbp::{assert_feasible, instances, tasks_of};
use opscalc::line::{CycleTime, OptimalInput, SearchLimits, balance_line_optimal};
use std::collections::HashMap;

/// Nodes per instance: enough to prove most small instances, bounded for the full run.
const NODES: u64 = 2_000_000;

#[test]
fn never_wrong_on_the_benchmark() {
    let all = std::env::var_os("SALBP_EXACT_ALL").is_some();
    let mut cache = HashMap::new();
    let (mut run, mut proven) = (0, 0);
    for instance in instances() {
        if !all && instance.tasks > 50 {
            continue;
        }
        let context = format!("{} c={}", instance.graph, instance.cycle_time);
        let tasks = tasks_of(&instance.file, &mut cache);
        let line = balance_line_optimal(&OptimalInput {
            tasks: tasks.clone(),
            cycle_time: CycleTime::Given(instance.cycle_time),
            limits: SearchLimits {
                nodes: Some(NODES),
                ..SearchLimits::default()
            },
        })
        .unwrap();
        assert_feasible(&tasks, &line.stations, instance.cycle_time, &context);
        assert!(
            line.station_count >= instance.optimum_lower,
            "{context}: below the optimum"
        );
        assert!(
            line.lower_bound <= instance.optimum_upper,
            "{context}: bound above the optimum"
        );
        assert!(line.lower_bound <= line.station_count, "{context}");
        if line.optimal {
            assert_eq!(
                line.station_count, instance.optimum_lower,
                "{context}: claimed optimum"
            );
            assert_eq!(
                line.station_count, instance.optimum_upper,
                "{context}: claimed optimum"
            );
            proven += 1;
        }
        run += 1;
    }
    println!("proven optimal: {proven} of {run} instances ({NODES} nodes each)");
    if !all {
        // Every instance of at most 50 tasks is proven well within the node limit.
        assert_eq!(proven, run);
    }
}

//! Scholl's SALBP-1 benchmark (`tests/data/salbp`): the instances with their published
//! optima, the task lists, and an independent feasibility check of a line.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, dead_code)]

use opscalc::line::{Station, Task, parse_in2};
use std::collections::HashMap;
use std::path::Path;

/// The benchmark's folder.
pub(crate) const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/salbp");

/// One SALBP-1 instance: a graph, a cycle time, and the bracket of its optimum.
pub(crate) struct Instance {
    pub(crate) graph: String,
    pub(crate) file: String,
    pub(crate) tasks: usize,
    pub(crate) cycle_time: f64,
    pub(crate) optimum_lower: u32,
    pub(crate) optimum_upper: u32,
}

/// The rows of one of the benchmark's tables (header left out), split into columns.
fn rows(table: &str) -> Vec<Vec<String>> {
    std::fs::read_to_string(Path::new(DATA).join(table))
        .unwrap()
        .lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.split('\t').map(str::to_owned).collect())
        .collect()
}

/// The 269 instances of `salbp1_instances.tsv`.
pub(crate) fn instances() -> Vec<Instance> {
    rows("salbp1_instances.tsv")
        .into_iter()
        .map(|columns| Instance {
            graph: columns[0].clone(),
            file: columns[1].clone(),
            tasks: columns[2].parse().unwrap(),
            cycle_time: columns[3].parse().unwrap(),
            optimum_lower: columns[4].parse().unwrap(),
            optimum_upper: columns[5].parse().unwrap(),
        })
        .collect()
}

/// The tasks of an `.IN2` file, parsed once.
pub(crate) fn tasks_of(file: &str, cache: &mut HashMap<String, Vec<Task>>) -> Vec<Task> {
    cache
        .entry(file.to_owned())
        .or_insert_with(|| {
            parse_in2(&std::fs::read_to_string(Path::new(DATA).join(file)).unwrap()).unwrap()
        })
        .clone()
}

/// Each task exactly once, every predecessor in an earlier station or earlier in the
/// same one, each load the sum of its tasks and within the cycle time.
pub(crate) fn assert_feasible(
    tasks: &[Task],
    stations: &[Station],
    cycle_time: f64,
    context: &str,
) {
    let time: HashMap<&str, f64> = tasks
        .iter()
        .map(|task| (task.id.as_str(), task.time))
        .collect();
    let mut place: HashMap<&str, (usize, usize)> = HashMap::new();
    for (s, station) in stations.iter().enumerate() {
        let mut load = 0.0;
        for (p, id) in station.tasks.iter().enumerate() {
            assert!(place.insert(id, (s, p)).is_none(), "{context}: {id} twice");
            load += time[id.as_str()];
        }
        assert!(
            (load - station.load).abs() <= 1e-9 * cycle_time,
            "{context}: load {s}"
        );
        assert!(
            load <= cycle_time * (1.0 + 1e-9),
            "{context}: station {s} over the cycle"
        );
    }
    assert_eq!(place.len(), tasks.len(), "{context}: every task assigned");
    for task in tasks {
        for predecessor in &task.predecessors {
            assert!(
                place[predecessor.as_str()] < place[task.id.as_str()],
                "{context}: {predecessor} after {}",
                task.id
            );
        }
    }
}

/// One SALBP-2 instance: a graph, a number of stations, and the bracket of the shortest
/// cycle time.
pub(crate) struct CycleInstance {
    pub(crate) graph: String,
    pub(crate) file: String,
    pub(crate) stations: u32,
    pub(crate) optimum_lower: f64,
    pub(crate) optimum_upper: f64,
}

/// The 274 instances of `salbp2_instances.tsv`.
pub(crate) fn cycle_instances() -> Vec<CycleInstance> {
    rows("salbp2_instances.tsv")
        .into_iter()
        .map(|columns| CycleInstance {
            graph: columns[0].clone(),
            file: columns[1].clone(),
            stations: columns[2].parse().unwrap(),
            optimum_lower: columns[3].parse().unwrap(),
            optimum_upper: columns[4].parse().unwrap(),
        })
        .collect()
}

//! Every priority rule on all 269 SALBP-1 instances of Scholl's benchmark
//! (`tests/data/salbp`, with its README): each solution is checked independently
//! (every task once, precedence respected, no station over the cycle time), no rule may
//! ever use fewer stations than the proven optimum, and the gap of each rule to the
//! optimum is the results document `benches/results/salbp1-heuristics.md`.
//!
//! After an intended change to the heuristics: `UPDATE_REPORT=1 cargo test --test line_salbp`.
// Unwrapping and indexing are assertions in a test; exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp, clippy::indexing_slicing)]

use opscalc::line::{
    BalanceInput, CompareRulesInput, CycleTime, LineBalance, PriorityRule, Task, balance_line,
    compare_rules, parse_in2,
};
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/salbp");
const REPORT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/benches/results/salbp1-heuristics.md"
);

struct Instance {
    graph: String,
    file: String,
    cycle_time: f64,
    optimum_lower: u32,
    optimum_upper: u32,
}

fn instances() -> Vec<Instance> {
    let table = std::fs::read_to_string(Path::new(DATA).join("salbp1_instances.tsv")).unwrap();
    table
        .lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let columns: Vec<&str> = line.split('\t').collect();
            Instance {
                graph: columns[0].to_owned(),
                file: columns[1].to_owned(),
                cycle_time: columns[3].parse().unwrap(),
                optimum_lower: columns[4].parse().unwrap(),
                optimum_upper: columns[5].parse().unwrap(),
            }
        })
        .collect()
}

fn tasks_of(file: &str, cache: &mut HashMap<String, Vec<Task>>) -> Vec<Task> {
    cache
        .entry(file.to_owned())
        .or_insert_with(|| {
            parse_in2(&std::fs::read_to_string(Path::new(DATA).join(file)).unwrap()).unwrap()
        })
        .clone()
}

/// An independent check: each task exactly once, every predecessor in the same or an
/// earlier station (and earlier within the station), and no load above the cycle time.
fn assert_feasible(tasks: &[Task], line: &LineBalance, context: &str) {
    let mut station_of: HashMap<&str, (usize, usize)> = HashMap::new();
    for (station, assigned) in line.stations.iter().enumerate() {
        for (position, id) in assigned.tasks.iter().enumerate() {
            assert!(
                station_of.insert(id, (station, position)).is_none(),
                "{context}: {id} twice"
            );
        }
        let load: f64 = assigned
            .tasks
            .iter()
            .map(|id| tasks.iter().find(|task| &task.id == id).unwrap().time)
            .sum();
        assert_eq!(load, assigned.load, "{context}: station {station} load");
        assert!(
            load <= line.cycle_time + 1e-9 * line.cycle_time,
            "{context}: station {station} over the cycle"
        );
    }
    assert_eq!(
        station_of.len(),
        tasks.len(),
        "{context}: every task assigned"
    );
    for task in tasks {
        let after = station_of[task.id.as_str()];
        for predecessor in &task.predecessors {
            assert!(
                station_of[predecessor.as_str()] < after,
                "{context}: {predecessor} must come before {}",
                task.id
            );
        }
    }
    assert_eq!(line.station_count as usize, line.stations.len());
}

#[test]
fn every_rule_on_every_salbp1_instance_is_feasible_and_never_beats_the_optimum() {
    let instances = instances();
    assert_eq!(instances.len(), 269);
    let mut cache = HashMap::new();
    // Per rule: (instances at a proven optimum, sum of stations above the optimum's lower bound).
    let mut optimal: HashMap<PriorityRule, u32> = HashMap::new();
    let mut gaps: HashMap<PriorityRule, u32> = HashMap::new();
    let mut graphs: HashSet<String> = HashSet::new();
    for instance in &instances {
        graphs.insert(instance.graph.clone());
        let tasks = tasks_of(&instance.file, &mut cache);
        for rule in PriorityRule::ALL {
            let mut input =
                BalanceInput::new(tasks.clone(), CycleTime::Given(instance.cycle_time), rule);
            input.trace = Some(false);
            let line = balance_line(&input).unwrap();
            let context = format!("{} c={} {rule:?}", instance.file, instance.cycle_time);
            assert_feasible(&tasks, &line, &context);
            assert!(
                line.station_count >= instance.optimum_lower,
                "{context}: {} stations beat the optimum",
                line.station_count
            );
            assert!(line.station_count >= line.theoretical_minimum, "{context}");
            *gaps.entry(rule).or_default() += line.station_count - instance.optimum_lower;
            if line.station_count == instance.optimum_upper
                && instance.optimum_lower == instance.optimum_upper
            {
                *optimal.entry(rule).or_default() += 1;
            }
        }
    }

    let mut report = String::new();
    writeln!(report, "# Priority rules on Scholl's SALBP-1 benchmark").unwrap();
    writeln!(report).unwrap();
    writeln!(
        report,
        "Generated by `UPDATE_REPORT=1 cargo test --test line_salbp` (the test fails when this file is out of date). \
         {} instances on {} precedence graphs (`tests/data/salbp`, Scholl 1993); each rule breaks ties by longest \
         time, then lowest task number. \"Gap\" is stations above the proven optimum (for the one open instance, \
         Wee-Mag at c = 47, above its lower bound 32). Every solution was checked: each task once, precedence \
         respected, no station over the cycle time, and never fewer stations than the optimum.",
        instances.len(),
        graphs.len()
    )
    .unwrap();
    writeln!(report).unwrap();
    writeln!(
        report,
        "| rule | optimal | share optimal | mean gap | total gap |"
    )
    .unwrap();
    writeln!(report, "| --- | ---: | ---: | ---: | ---: |").unwrap();
    let mut rows: Vec<(PriorityRule, u32, u32)> = PriorityRule::ALL
        .iter()
        .map(|rule| {
            (
                *rule,
                optimal.get(rule).copied().unwrap_or(0),
                gaps.get(rule).copied().unwrap_or(0),
            )
        })
        .collect();
    rows.sort_by_key(|&(_, optimal, gap)| (gap, std::cmp::Reverse(optimal)));
    for (rule, optimal, gap) in rows {
        writeln!(
            report,
            "| {} | {optimal} | {:.1} % | {:.3} | {gap} |",
            rule.description(),
            100.0 * f64::from(optimal) / instances.len() as f64,
            f64::from(gap) / instances.len() as f64
        )
        .unwrap();
    }
    writeln!(report).unwrap();
    writeln!(
        report,
        "The best of the seven rules on each instance (as `compareRules` picks it) is optimal on {} of {} instances.",
        best_of_rules_optimal(&instances, &mut cache),
        instances.len()
    )
    .unwrap();

    if std::env::var_os("UPDATE_REPORT").is_some() {
        std::fs::create_dir_all(Path::new(REPORT).parent().unwrap()).unwrap();
        std::fs::write(REPORT, &report).unwrap();
    }
    let committed = std::fs::read_to_string(REPORT).unwrap_or_default();
    assert_eq!(
        committed, report,
        "the heuristics changed: review, then UPDATE_REPORT=1 cargo test --test line_salbp"
    );
}

fn best_of_rules_optimal(instances: &[Instance], cache: &mut HashMap<String, Vec<Task>>) -> usize {
    instances
        .iter()
        .filter(|instance| {
            let comparison = compare_rules(&CompareRulesInput {
                tasks: tasks_of(&instance.file, cache),
                cycle_time: CycleTime::Given(instance.cycle_time),
                rules: None,
                tie_break: None,
            })
            .unwrap();
            instance.optimum_lower == instance.optimum_upper
                && comparison.outcomes[0].station_count == instance.optimum_upper
        })
        .count()
}

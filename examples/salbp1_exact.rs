//! Runs the exact solvers natively on Scholl's benchmark (`tests/data/salbp`), one
//! instance at a time with a time limit each, and prints one TSV row per instance: the
//! native half of `benches/salbp_wasm.mjs`, which checks the rows and writes
//! `benches/results/salbp-exact.md`.
//!
//! ```text
//! cargo run --profile bench --example salbp1_exact -- [LIMIT_MS] [--nodes N] [--salbp2] [--only NAME:VALUE,...]
//! ```
//! - `LIMIT_MS`: the time limit per instance in milliseconds (default 1000);
//! - `--nodes N`: a node limit per instance as well (for runs that do not depend on the
//!   machine's load);
//! - `--salbp2`: the SALBP-2 instances (`minimize_cycle_time`) instead of SALBP-1;
//! - `--only Scholl:1394,Barthol2:84`: only these instances (graph and cycle time, or
//!   graph and stations with `--salbp2`); a bare graph name runs all of its instances.
//!
//! Columns: `graph`, `parameter` (cycle time, or stations), `value` (stations, or cycle
//! time), `lower_bound`, `optimal` (1 or 0), `stop`, `nodes`, `ms`, `heuristic` (the
//! heuristics' stations or cycle time), `line` (stations
//! separated by `|`, task ids by spaces). A summary goes to stderr.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use opscalc::line::{
    CycleTime, CycleTimeInput, OptimalInput, SearchLimits, Station, Task, balance_line_optimal,
    minimize_cycle_time, parse_in2,
};
use std::collections::HashMap;
use std::path::Path;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/salbp");

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let limit: f64 = args
        .first()
        .filter(|arg| arg.parse::<f64>().is_ok())
        .map_or(1000.0, |arg| arg.parse().unwrap());
    let salbp2 = args.iter().any(|arg| arg == "--salbp2");
    let only: Option<Vec<String>> = args
        .iter()
        .position(|arg| arg == "--only")
        .map(|at| args[at + 1].split(',').map(str::to_owned).collect());
    let table = if salbp2 {
        "salbp2_instances.tsv"
    } else {
        "salbp1_instances.tsv"
    };
    let table = std::fs::read_to_string(Path::new(DATA).join(table)).unwrap();
    let mut graphs: HashMap<String, Vec<Task>> = HashMap::new();
    let nodes: Option<u64> = args
        .iter()
        .position(|arg| arg == "--nodes")
        .map(|at| args[at + 1].parse().unwrap());
    let limits = SearchLimits {
        time_ms: Some(limit),
        nodes,
        ..SearchLimits::default()
    };
    let (mut run, mut proven) = (0, 0);
    println!("graph\tparameter\tvalue\tlower_bound\toptimal\tstop\tnodes\tms\theuristic\tline");
    for row in table.lines().skip(1).filter(|row| !row.trim().is_empty()) {
        let columns: Vec<&str> = row.split('\t').collect();
        let (graph, file) = (columns[0], columns[1]);
        let parameter = if salbp2 { columns[2] } else { columns[3] };
        let key = format!("{graph}:{parameter}");
        if only
            .as_ref()
            .is_some_and(|only| !only.iter().any(|name| *name == key || name == graph))
        {
            continue;
        }
        let tasks = graphs
            .entry(file.to_owned())
            .or_insert_with(|| {
                parse_in2(&std::fs::read_to_string(Path::new(DATA).join(file)).unwrap()).unwrap()
            })
            .clone();
        let row = if salbp2 {
            let line = minimize_cycle_time(&CycleTimeInput {
                tasks,
                stations: parameter.parse().unwrap(),
                limits,
            })
            .unwrap();
            let stop = format!("{:?}", line.stop);
            let fields = (line.cycle_time, line.lower_bound, line.optimal, stop);
            let heuristic = line.heuristic_cycle_time;
            (
                fields,
                line.nodes,
                line.elapsed_ms,
                line.stations,
                heuristic,
            )
        } else {
            let line = balance_line_optimal(&OptimalInput {
                tasks,
                cycle_time: CycleTime::Given(parameter.parse().unwrap()),
                limits,
            })
            .unwrap();
            let stop = format!("{:?}", line.stop);
            let fields = (
                f64::from(line.station_count),
                f64::from(line.lower_bound),
                line.optimal,
                stop,
            );
            let heuristic = f64::from(line.heuristic_station_count);
            (
                fields,
                line.nodes,
                line.elapsed_ms,
                line.stations,
                heuristic,
            )
        };
        let ((value, lower_bound, optimal, stop), nodes, ms, stations, heuristic) = row;
        run += 1;
        proven += usize::from(optimal);
        println!(
            "{graph}\t{parameter}\t{value}\t{lower_bound}\t{}\t{stop}\t{nodes}\t{ms:.3}\t{heuristic}\t{}",
            u8::from(optimal),
            layout(&stations)
        );
        eprintln!("{key}: {value} (bound {lower_bound}) {stop} {ms:.1} ms {nodes} nodes");
    }
    eprintln!("proven optimal: {proven} of {run} within {limit} ms each");
}

/// Stations separated by `|`, task ids by spaces.
fn layout(stations: &[Station]) -> String {
    stations
        .iter()
        .map(|station| station.tasks.join(" "))
        .collect::<Vec<_>>()
        .join("|")
}

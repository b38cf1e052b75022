//! Times `balance_line` natively for each priority rule on the benchmarks' random
//! precedence graph (`benches/support/random_line.rs`): the native half of
//! `benches/line_balancing.mjs`, which runs it and checks its stations against the wasm
//! package's.
//!
//! ```text
//! cargo run --profile bench --example line_balancing -- [TASKS] [ROUNDS]
//! ```
//! `TASKS` defaults to 10,000 and `ROUNDS` (timed calls per rule, after one warm-up) to
//! 15. The first line is `fingerprint\t<hash of the graph>`; then a header and one TSV
//! row per rule: `rule`, `median_ms`, `min_ms`, `stations`, `stations_hash` (FNV-1a of the
//! stations' task ids, as `benches/line_balancing.mjs` computes it from the wasm result).
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use opscalc::line::{BalanceInput, CycleTime, PriorityRule, balance_line};
use std::time::Instant;

#[path = "../benches/support/random_line.rs"]
mod random_line;
use random_line::{CYCLE_TIME, FNV_START, fingerprint, fnv1a, line};

fn name(rule: PriorityRule) -> &'static str {
    match rule {
        PriorityRule::LongestTime => "longestTime",
        PriorityRule::ShortestTime => "shortestTime",
        PriorityRule::MostFollowers => "mostFollowers",
        PriorityRule::FewestFollowers => "fewestFollowers",
        PriorityRule::MostImmediateFollowers => "mostImmediateFollowers",
        PriorityRule::RankedPositionalWeight => "rankedPositionalWeight",
        PriorityRule::EarliestAvailable => "earliestAvailable",
    }
}

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .map(|arg| arg.parse().unwrap())
        .collect();
    let count = args.first().copied().unwrap_or(10_000);
    let rounds = args.get(1).copied().unwrap_or(15).max(1);
    let tasks = line(count);
    println!("fingerprint\t{:016x}", fingerprint(&tasks));
    println!("rule\tmedian_ms\tmin_ms\tstations\tstations_hash");
    for rule in PriorityRule::ALL {
        let mut input = BalanceInput::new(tasks.clone(), CycleTime::Given(CYCLE_TIME), rule);
        input.trace = Some(false);
        let balance = balance_line(&input).unwrap();
        let mut times: Vec<f64> = (0..rounds)
            .map(|_| {
                let started = Instant::now();
                let balance = balance_line(std::hint::black_box(&input)).unwrap();
                std::hint::black_box(balance.station_count);
                started.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let hash = balance.stations.iter().fold(FNV_START, |hash, station| {
            fnv1a(hash, &format!("{}|", station.tasks.join(" ")))
        });
        println!(
            "{}\t{:.3}\t{:.3}\t{}\t{hash:016x}",
            name(rule),
            times[times.len() / 2],
            times[0],
            balance.station_count
        );
    }
}

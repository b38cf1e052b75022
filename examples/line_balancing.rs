//! Times `balance_line` and `balance_numbered_line` natively for each priority rule on
//! the benchmarks' random precedence graph (`benches/support/random_line.rs`): the native
//! half of `benches/line_balancing.mjs`, which runs it and checks its stations against the
//! wasm package's.
//!
//! ```text
//! cargo run --profile bench --example line_balancing -- [TASKS] [ROUNDS]
//! ```
//! `TASKS` defaults to 10,000 and `ROUNDS` (timed calls per rule and form, after one
//! warm-up) to 15. The first line is `fingerprint\t<hash of the graph>`; then a header and
//! one TSV row per form and rule: `form` (`named` for `balance_line` on the task objects,
//! `numbered` for `balance_numbered_line` on the same line with ids read as numbers),
//! `rule`, `median_ms`, `min_ms`, `stations`, `stations_hash` (FNV-1a of the stations' task
//! ids, as `benches/line_balancing.mjs` computes it from the wasm result). The numbered
//! stations must equal the named ones; the example panics otherwise.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use opscalc::line::{
    BalanceInput, CycleTime, NumberedLineInput, PriorityRule, balance_line, balance_numbered_line,
};
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

/// The median and minimum milliseconds of `rounds` calls of `call`.
fn time(rounds: usize, mut call: impl FnMut()) -> (f64, f64) {
    let mut times: Vec<f64> = (0..rounds)
        .map(|_| {
            let started = Instant::now();
            call();
            started.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], times[0])
}

/// One TSV row: the form, the rule, the times and the stations (task numbers, each
/// station's in the order assigned).
fn print_row(form: &str, rule: PriorityRule, (median, min): (f64, f64), stations: &[Vec<u32>]) {
    let hash = stations.iter().fold(FNV_START, |hash, station| {
        let ids: Vec<String> = station.iter().map(u32::to_string).collect();
        fnv1a(hash, &format!("{}|", ids.join(" ")))
    });
    println!(
        "{form}\t{}\t{median:.3}\t{min:.3}\t{}\t{hash:016x}",
        name(rule),
        stations.len()
    );
}

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .map(|arg| arg.parse().unwrap())
        .collect();
    let count = args.first().copied().unwrap_or(10_000);
    let rounds = args.get(1).copied().unwrap_or(15).max(1);
    let tasks = line(count);
    let times: Vec<f64> = tasks.iter().map(|task| task.time).collect();
    let precedence: Vec<u32> = tasks
        .iter()
        .zip(0_u32..)
        .flat_map(|(task, index)| {
            task.predecessors
                .iter()
                .flat_map(move |id| [id.parse().unwrap(), index])
        })
        .collect();
    println!("fingerprint\t{:016x}", fingerprint(&tasks));
    println!("form\trule\tmedian_ms\tmin_ms\tstations\tstations_hash");
    for rule in PriorityRule::ALL {
        let mut input = BalanceInput::new(tasks.clone(), CycleTime::Given(CYCLE_TIME), rule);
        input.trace = Some(false);
        let balance = balance_line(&input).unwrap();
        let timed = time(rounds, || {
            let balance = balance_line(std::hint::black_box(&input)).unwrap();
            std::hint::black_box(balance.station_count);
        });
        let named: Vec<Vec<u32>> = balance
            .stations
            .iter()
            .map(|station| station.tasks.iter().map(|id| id.parse().unwrap()).collect())
            .collect();
        print_row("named", rule, timed, &named);

        let input = NumberedLineInput {
            times: times.clone(),
            precedence: precedence.clone(),
            cycle_time: CycleTime::Given(CYCLE_TIME),
            rule,
            tie_break: None,
        };
        let numbered_balance = balance_numbered_line(&input).unwrap();
        let timed = time(rounds, || {
            let balance = balance_numbered_line(std::hint::black_box(&input)).unwrap();
            std::hint::black_box(balance.station_count);
        });
        let numbered: Vec<Vec<u32>> = numbered_balance.stations().map(<[u32]>::to_vec).collect();
        assert_eq!(numbered, named, "{}: numbered stations", name(rule));
        let named_loads: Vec<f64> = balance
            .stations
            .iter()
            .map(|station| station.load)
            .collect();
        assert_eq!(
            numbered_balance.station_loads,
            named_loads,
            "{}: numbered station loads",
            name(rule)
        );
        print_row("numbered", rule, timed, &numbered);
    }
}

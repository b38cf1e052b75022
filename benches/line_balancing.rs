//! Native benchmarks of line balancing: each priority rule on deterministic random
//! precedence graphs of 1,000 and 10,000 tasks (no trace), and the comparison of all
//! seven rules at 1,000 tasks.
//!
//! Run: `cargo bench --bench line_balancing` (Criterion; reports in `target/criterion/`).
//! Results: `benches/results/line-balancing.md`.
//! Criterion runs natively only; on wasm32 this file builds to an empty program.

#[cfg(not(target_arch = "wasm32"))]
#[path = "support/random_line.rs"]
mod random_line;

#[cfg(not(target_arch = "wasm32"))]
#[allow(unreachable_pub)] // criterion_group! declares `pub fn benches`
mod native {
    use super::random_line::{CYCLE_TIME, line};
    use criterion::{BenchmarkId, Criterion, criterion_group};
    use opscalc::line::{
        BalanceInput, CompareRulesInput, CycleTime, PriorityRule, balance_line, compare_rules,
    };
    use std::hint::black_box;

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

    fn balance_benchmarks(c: &mut Criterion) {
        for count in [1_000, 10_000] {
            let tasks = line(count);
            let mut group = c.benchmark_group(format!("balance_line/{count}"));
            if count >= 10_000 {
                group.sample_size(10);
            }
            for rule in PriorityRule::ALL {
                let mut input =
                    BalanceInput::new(tasks.clone(), CycleTime::Given(CYCLE_TIME), rule);
                input.trace = Some(false);
                group.bench_with_input(
                    BenchmarkId::from_parameter(name(rule)),
                    &input,
                    |b, input| b.iter(|| balance_line(black_box(input))),
                );
            }
            group.finish();
        }

        let input = CompareRulesInput {
            tasks: line(1_000),
            cycle_time: CycleTime::Given(CYCLE_TIME),
            rules: None,
            tie_break: None,
        };
        c.bench_function("compare_rules/1000/all_seven", |b| {
            b.iter(|| compare_rules(black_box(&input)))
        });
    }

    criterion_group!(benches, balance_benchmarks);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}

//! Native benchmarks of line balancing: each priority rule on deterministic random
//! precedence graphs of 1,000 and 10,000 tasks (no trace), and the comparison of all
//! seven rules at 1,000 tasks.
//!
//! Run: `cargo bench --bench line_balancing` (Criterion; reports in `target/criterion/`).
//! Results: `benches/results/line-balancing.md`.
//! Criterion runs natively only; on wasm32 this file builds to an empty program.

#[cfg(not(target_arch = "wasm32"))]
#[allow(unreachable_pub)] // criterion_group! declares `pub fn benches`
mod native {
    use criterion::{BenchmarkId, Criterion, criterion_group};
    use opscalc::line::{
        BalanceInput, CompareRulesInput, CycleTime, PriorityRule, Task, balance_line, compare_rules,
    };
    use std::hint::black_box;

    /// The cycle time of every benchmark line, in the unit of the task times (1 to 100).
    const CYCLE_TIME: f64 = 250.0;

    /// A line of `count` tasks, the same on every run: task `i` takes 1 to 100 time
    /// units and has up to three predecessors among the 40 tasks listed before it (an
    /// assembly line's local precedence), about 2 relations a task.
    fn line(count: usize) -> Vec<Task> {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            // xorshift64*
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            state.wrapping_mul(0x2545_F491_4F6C_DD1D)
        };
        (0..count)
            .map(|index| {
                let time = (next() % 100 + 1) as f64;
                let mut predecessors: Vec<String> = Vec::new();
                if index > 0 {
                    for _ in 0..next() % 4 {
                        let back = (next() % 40) as usize + 1;
                        let predecessor = format!("{}", index.saturating_sub(back));
                        if !predecessors.contains(&predecessor) {
                            predecessors.push(predecessor);
                        }
                    }
                }
                Task {
                    id: index.to_string(),
                    time,
                    predecessors,
                }
            })
            .collect()
    }

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

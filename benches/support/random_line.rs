//! The random precedence graphs of the line-balancing benchmarks, shared by
//! `benches/line_balancing.rs` (Criterion) and `examples/line_balancing.rs` (the native
//! half of `benches/line_balancing.mjs`, which mirrors this generator in JavaScript and
//! checks the graphs are equal by [`fingerprint`]).
//!
//! Task `i` takes 1 to 100 time units and has up to three predecessors among the 40 tasks
//! listed before it (an assembly line's local precedence), about 1.5 relations a task;
//! about a quarter of the tasks have none. The same seed gives the same line on every run.

// Each user takes what it needs: the Criterion bench only the line.
#![allow(dead_code)]

use opscalc::line::Task;

/// The cycle time of every benchmark line, in the unit of the task times (1 to 100).
pub(crate) const CYCLE_TIME: f64 = 250.0;

/// A line of `count` tasks, the same on every run.
pub(crate) fn line(count: usize) -> Vec<Task> {
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

/// FNV-1a (64 bits) over `text`'s bytes, continuing from `hash`.
pub(crate) fn fnv1a(hash: u64, text: &str) -> u64 {
    text.bytes().fold(hash, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01B3)
    })
}

/// The FNV-1a offset basis: the hash of nothing.
pub(crate) const FNV_START: u64 = 0xCBF2_9CE4_8422_2325;

/// A hash of the whole line: `id:time:p1,p2;` for every task.
pub(crate) fn fingerprint(tasks: &[Task]) -> u64 {
    tasks.iter().fold(FNV_START, |hash, task| {
        let text = format!("{}:{}:{};", task.id, task.time, task.predecessors.join(","));
        fnv1a(hash, &text)
    })
}

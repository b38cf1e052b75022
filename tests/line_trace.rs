//! The trace of a balance: every step of the wing example as the book's table shows it,
//! and, for every rule and tie-break on several lines, a check of each step against the
//! tasks (the chosen order is the stations' order, the candidates are the tasks that
//! are available and fit, best first, with their values, and the reason is right).
// Unwrapping and indexing are assertions in a test; exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp, clippy::indexing_slicing)]

mod common;

use common::line::{assert_trace_consistent, six, tasks, wing};
use opscalc::line::{BalanceInput, ChoiceReason, CycleTime, PriorityRule, Task, balance_line};

/// Heizer & Render's wing component by most followers (see `line_balance.rs`), step by
/// step, as the worked table of the example lists it: the station, the time left, the
/// tasks that fit with their follower counts, and the choice.
#[test]
fn the_wing_example_step_by_step() {
    let line = balance_line(&BalanceInput::new(
        wing(),
        CycleTime::Given(12.0),
        PriorityRule::MostFollowers,
    ))
    .unwrap();
    let trace = line.trace.unwrap();
    let chosen: Vec<&str> = trace.iter().map(|s| s.chosen.as_str()).collect();
    assert_eq!(chosen, ["A", "B", "C", "D", "F", "E", "H", "G", "I"]);
    let stations: Vec<u32> = trace.iter().map(|s| s.station).collect();
    assert_eq!(stations, [1, 2, 3, 3, 3, 4, 5, 6, 6]);
    let remaining: Vec<f64> = trace.iter().map(|s| s.remaining_time).collect();
    assert_eq!(
        remaining,
        [12.0, 12.0, 12.0, 7.0, 3.0, 12.0, 12.0, 12.0, 5.0]
    );
    let candidates: Vec<Vec<(&str, f64, f64)>> = trace
        .iter()
        .map(|s| {
            s.candidates
                .iter()
                .map(|c| (c.id.as_str(), c.value, c.tie_break_value))
                .collect()
        })
        .collect();
    assert_eq!(candidates[0], [("A", 8.0, 10.0)]);
    assert_eq!(candidates[1], [("B", 5.0, 11.0), ("E", 2.0, 11.0)]);
    assert_eq!(
        candidates[2],
        [("C", 3.0, 5.0), ("D", 3.0, 4.0), ("E", 2.0, 11.0)]
    );
    assert_eq!(
        candidates[3],
        [("D", 3.0, 4.0)],
        "E (11) does not fit the 7 left"
    );
    assert_eq!(candidates[4], [("F", 2.0, 3.0)]);
    assert_eq!(candidates[5], [("E", 2.0, 11.0), ("G", 1.0, 7.0)]);
    assert_eq!(candidates[6], [("H", 1.0, 11.0), ("G", 1.0, 7.0)]);
    assert_eq!(candidates[7], [("G", 1.0, 7.0)]);
    assert_eq!(candidates[8], [("I", 0.0, 3.0)]);
    let reasons: Vec<ChoiceReason> = trace.iter().map(|s| s.reason).collect();
    use ChoiceReason::{OnlyCandidate as Only, Rule, TieBreak};
    assert_eq!(
        reasons,
        [Only, Rule, TieBreak, Only, Only, Rule, TieBreak, Only, Only]
    );
}

/// The lines the trace check runs on: the wing, and a few small graphs with ties.
fn lines() -> Vec<(Vec<Task>, f64)> {
    vec![
        (wing(), 12.0),
        (wing(), 22.0),
        (wing(), 65.0),
        (six(), 10.0),
        (
            tasks(&[
                ("10", 1.0, &[]),
                ("2", 1.0, &[]),
                ("1", 2.0, &["10"]),
                ("3", 2.0, &["2"]),
                ("20", 1.5, &["1", "3"]),
            ]),
            3.0,
        ),
    ]
}

#[test]
fn every_rule_and_tie_break_traces_consistently() {
    for (tasks, cycle_time) in lines() {
        for rule in PriorityRule::ALL {
            for tie_break in PriorityRule::ALL {
                let mut input =
                    BalanceInput::new(tasks.clone(), CycleTime::Given(cycle_time), rule);
                input.tie_break = Some(tie_break);
                let line = balance_line(&input).unwrap();
                assert_trace_consistent(&tasks, &line);
            }
        }
    }
}

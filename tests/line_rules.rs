//! What each priority rule does, on small hand-computed graphs where the rules
//! disagree, and how ties fall: the tie-break rule, then the lowest id in natural order.
// Unwrapping and indexing are assertions in a test.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

mod common;

use common::line::{balance, layout, six, tasks};
use opscalc::line::{BalanceInput, ChoiceReason, CycleTime, PriorityRule, Task, balance_line};

/// Hand-computed, each rule on `six()`:
/// - longest time: B, then A fills station 1; C, then E (5 of the 6 left; D would
///   leave F waiting); D and F: 3 stations, the minimum;
/// - fewest followers: B (1) before A (4), then as longest time;
/// - shortest time: A, D, C (9); E; B; F (each leaves too little for the next): 4;
/// - most followers, most immediate followers and positional weight all start with A,
///   then B; C (tied with D, and longer), D; then neither E (5) nor F (6) fits the 4
///   left, and F, longer (or heavier), goes first: 4 stations;
/// - earliest available: A and B are available from the start and B is longer; C and D
///   both became available when A was assigned, C is longer; D became available before
///   E; E before F: 4 stations.
#[test]
fn each_rule_on_six_tasks() {
    let expected: [(PriorityRule, &[&str]); 7] = [
        (PriorityRule::LongestTime, &["B A", "C E", "D F"]),
        (PriorityRule::FewestFollowers, &["B A", "C E", "D F"]),
        (PriorityRule::ShortestTime, &["A D C", "E", "B", "F"]),
        (PriorityRule::MostFollowers, &["A B", "C D", "F", "E"]),
        (
            PriorityRule::MostImmediateFollowers,
            &["A B", "C D", "F", "E"],
        ),
        (
            PriorityRule::RankedPositionalWeight,
            &["A B", "C D", "F", "E"],
        ),
        (PriorityRule::EarliestAvailable, &["B A", "C D", "E", "F"]),
    ];
    for (rule, stations) in expected {
        let line = balance(six(), 10.0, rule);
        assert_eq!(layout(&line.stations), stations, "{rule:?}");
        assert_eq!(line.theoretical_minimum, 3);
    }
}

/// Nine tasks, 19 minutes, a 10-minute cycle, built so that the three follower-based
/// rules disagree: X 2 heads a chain P → Q → R (1 each: 3 followers, 1 immediate,
/// weight 5); Y 3 has two immediate followers S and T (1 each: weight 5); Z 4 has one,
/// W 5 (weight 9).
fn nine() -> Vec<Task> {
    tasks(&[
        ("X", 2.0, &[]),
        ("P", 1.0, &["X"]),
        ("Q", 1.0, &["P"]),
        ("R", 1.0, &["Q"]),
        ("Y", 3.0, &[]),
        ("S", 1.0, &["Y"]),
        ("T", 1.0, &["Y"]),
        ("Z", 4.0, &[]),
        ("W", 5.0, &["Z"]),
    ])
}

/// Hand-computed on `nine()`:
/// - most followers takes X (3); Y and P tie at 2 and Y is longer; P; Q and Z tie at 1
///   and Z (4) fills the station to 10; then Q, W (longest of the leaves), R, S, T;
/// - most immediate followers takes Y (2); X and Z tie at 1, Z is longer; X; P fills
///   the station; then Q, W, R, S, T;
/// - positional weight takes Z (9); X, Y and W tie at 5 and W is longest; the 1 left
///   fits nothing; then Y, X, P, Q and R, S, T (equal in weight and time: by id).
#[test]
fn follower_rules_disagree() {
    let expected: [(PriorityRule, &[&str]); 3] = [
        (PriorityRule::MostFollowers, &["X Y P Z", "Q W R S T"]),
        (
            PriorityRule::MostImmediateFollowers,
            &["Y Z X P", "Q W R S T"],
        ),
        (
            PriorityRule::RankedPositionalWeight,
            &["Z W", "Y X P Q R S T"],
        ),
    ];
    for (rule, stations) in expected {
        let line = balance(nine(), 10.0, rule);
        assert_eq!(layout(&line.stations), stations, "{rule:?}");
    }
}

fn with_tie_break(tasks: Vec<Task>, rule: PriorityRule, tie_break: PriorityRule) -> Vec<String> {
    let mut input = BalanceInput::new(tasks, CycleTime::Given(10.0), rule);
    input.tie_break = Some(tie_break);
    let line = balance_line(&input).unwrap();
    assert_eq!(line.tie_break, tie_break);
    layout(&line.stations)
}

/// The tie-break decides among tasks the rule ranks equal: by most followers on
/// `six()`, after A the tasks B, C and D tie at 1 follower. Longest time takes B (7),
/// which fills station 1. Shortest time takes D (2), then C (B no longer fits), and the
/// rest changes with it: B alone, then E and F tie at 0 followers and E is shorter.
#[test]
fn the_tie_break_rule_decides_ties() {
    assert_eq!(
        with_tie_break(
            six(),
            PriorityRule::MostFollowers,
            PriorityRule::LongestTime
        ),
        ["A B", "C D", "F", "E"]
    );
    assert_eq!(
        with_tie_break(
            six(),
            PriorityRule::MostFollowers,
            PriorityRule::ShortestTime
        ),
        ["A D C", "B", "E", "F"]
    );
}

/// Tasks equal under the rule and the tie-break go by the lowest id, where whole
/// numbers compare as numbers: 1, 2, 10 (not "1", "10", "2"); and A2 before A10.
#[test]
fn remaining_ties_go_to_the_lowest_id_in_natural_order() {
    let same =
        |ids: &[&str]| -> Vec<Task> { ids.iter().map(|id| Task::new(id, 1.0, &[])).collect() };
    let line = balance(same(&["10", "2", "1"]), 10.0, PriorityRule::LongestTime);
    assert_eq!(layout(&line.stations), ["1 2 10"]);
    let line = balance(same(&["A10", "B", "A2"]), 10.0, PriorityRule::LongestTime);
    assert_eq!(layout(&line.stations), ["A2 A10 B"]);
    let trace = line.trace.unwrap();
    assert_eq!(trace[0].reason, ChoiceReason::LowestId);
    assert_eq!(trace[2].reason, ChoiceReason::OnlyCandidate);
    // Ids are names: listing order does not matter, only the ids.
    let line = balance(same(&["2", "10", "1"]), 10.0, PriorityRule::ShortestTime);
    assert_eq!(layout(&line.stations), ["1 2 10"]);
}

/// A tie in the rule broken by the tie-break is reported as such, and a value that
/// differs only by float rounding (0.1 + 0.2 against 0.3 in positional weight) is a tie.
#[test]
fn rounding_differences_are_ties() {
    // X 0.1 → Y 0.2 weighs 0.30000000000000004; Z 0.3 weighs 0.3: a tie, then the
    // tie-break, longest time, takes Z.
    let line = balance(
        tasks(&[("X", 0.1, &[]), ("Y", 0.2, &["X"]), ("Z", 0.3, &[])]),
        1.0,
        PriorityRule::RankedPositionalWeight,
    );
    assert_eq!(layout(&line.stations), ["Z X Y"]);
    assert_eq!(line.trace.unwrap()[0].reason, ChoiceReason::TieBreak);
}

//! Comparing the priority rules on one line: the ranking (best first, shared ranks),
//! the outcomes against single balances, and the errors.
// Unwrapping and indexing are assertions in a test; exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp, clippy::indexing_slicing)]

mod common;

use common::line::{WING_DEMAND, balance, layout, six, wing};
use common::{error_at, failure};
use opscalc::ErrorCode;
use opscalc::line::{CompareRulesInput, CycleTime, PriorityRule, compare_rules};

fn compare(rules: Option<Vec<PriorityRule>>) -> opscalc::line::RuleComparison {
    compare_rules(&CompareRulesInput {
        tasks: wing(),
        cycle_time: WING_DEMAND,
        rules,
        tie_break: None,
    })
    .unwrap()
}

/// Heizer & Render's wing component (see `line_balance.rs`) under every rule: each
/// outcome is the rule's own balance, outcomes go best first (fewest stations, then the
/// smoothest loads), and rules with the same stations and smoothness share a rank.
#[test]
fn every_rule_on_the_wing_example() {
    let comparison = compare(None);
    assert_eq!(comparison.cycle_time, 12.0);
    assert_eq!(comparison.theoretical_minimum, 6);
    assert_eq!(comparison.total_time, 65.0);
    assert_eq!(comparison.tie_break, PriorityRule::LongestTime);
    assert_eq!(comparison.outcomes.len(), 7);
    let mut rules: Vec<PriorityRule> = comparison.outcomes.iter().map(|o| o.rule).collect();
    rules.sort_by_key(|rule| PriorityRule::ALL.iter().position(|r| r == rule));
    assert_eq!(rules, PriorityRule::ALL);
    for outcome in &comparison.outcomes {
        let alone = balance(wing(), 12.0, outcome.rule);
        assert_eq!(outcome.stations, alone.stations, "{:?}", outcome.rule);
        assert_eq!(outcome.station_count, alone.station_count);
        assert_eq!(outcome.efficiency, alone.efficiency);
        assert_eq!(outcome.balance_delay, alone.balance_delay);
        assert_eq!(outcome.idle_time, alone.idle_time);
        assert_eq!(outcome.smoothness_index, alone.smoothness_index);
        assert_eq!(outcome.stations_above_minimum, alone.station_count - 6);
    }
    assert_eq!(comparison.outcomes[0].rank, 1);
    for pair in comparison.outcomes.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let key = |o: &opscalc::line::RuleOutcome| (o.station_count, o.smoothness_index);
        assert!(key(a) <= key(b), "best first");
        if key(a) == key(b) {
            assert_eq!(a.rank, b.rank, "equal outcomes share a rank");
        } else {
            assert!(b.rank > a.rank);
        }
    }
    let most_followers = comparison
        .outcomes
        .iter()
        .find(|o| o.rule == PriorityRule::MostFollowers)
        .unwrap();
    assert_eq!(
        layout(&most_followers.stations),
        ["A", "B", "C D F", "E", "H", "G I"]
    );
}

/// Hand-computed on `six()` (each rule's stations are in `line_rules.rs`): longest
/// time and fewest followers reach the minimum of 3 stations with the same loads (10, 9,
/// 8) and share rank 1, in the order given; the 4-station rules follow, smoothest
/// first. Shortest time's loads 9, 5, 7, 6 (√(0 + 16 + 4 + 9) = √29) are smoother than
/// most followers' 10, 6, 6, 5 (√(0 + 16 + 16 + 25) = √57), so it ranks before it;
/// earliest available (10, 6, 5, 6: √57) shares most followers' rank.
#[test]
fn ranks_are_shared_and_ties_keep_the_given_order() {
    let comparison = compare_rules(&CompareRulesInput {
        tasks: six(),
        cycle_time: CycleTime::Given(10.0),
        rules: Some(vec![
            PriorityRule::EarliestAvailable,
            PriorityRule::FewestFollowers,
            PriorityRule::MostFollowers,
            PriorityRule::ShortestTime,
            PriorityRule::LongestTime,
        ]),
        tie_break: None,
    })
    .unwrap();
    let ranked: Vec<(PriorityRule, u32, u32)> = comparison
        .outcomes
        .iter()
        .map(|o| (o.rule, o.rank, o.station_count))
        .collect();
    assert_eq!(
        ranked,
        [
            (PriorityRule::FewestFollowers, 1, 3),
            (PriorityRule::LongestTime, 1, 3),
            (PriorityRule::ShortestTime, 3, 4),
            (PriorityRule::EarliestAvailable, 4, 4),
            (PriorityRule::MostFollowers, 4, 4),
        ]
    );
    assert_eq!(comparison.outcomes[2].smoothness_index, 29.0_f64.sqrt());
    assert_eq!(comparison.outcomes[3].smoothness_index, 57.0_f64.sqrt());
    assert_eq!(comparison.outcomes[3].stations_above_minimum, 1);
}

/// The tie-break given applies to every rule.
#[test]
fn the_tie_break_applies_to_every_rule() {
    let comparison = compare_rules(&CompareRulesInput {
        tasks: wing(),
        cycle_time: CycleTime::Given(12.0),
        rules: Some(vec![PriorityRule::MostFollowers]),
        tie_break: Some(PriorityRule::ShortestTime),
    })
    .unwrap();
    assert_eq!(comparison.tie_break, PriorityRule::ShortestTime);
    // C and D tie at 3 followers: D, shorter, goes first. G and H tie at 1 later on,
    // and G (7), shorter, leaves 5 minutes that neither H (11) nor I (after H) can use:
    // this tie-break costs a seventh station.
    assert_eq!(
        layout(&comparison.outcomes[0].stations),
        ["A", "B", "D C F", "E", "G", "H", "I"]
    );
    assert_eq!(comparison.outcomes[0].stations_above_minimum, 1);
}

#[test]
fn errors() {
    let with_rules = |rules: Vec<PriorityRule>| {
        failure(compare_rules(&CompareRulesInput {
            tasks: wing(),
            cycle_time: CycleTime::Given(12.0),
            rules: Some(rules),
            tie_break: None,
        }))
    };
    assert_eq!(with_rules(vec![]), error_at(ErrorCode::OutOfRange, "rules"));
    assert_eq!(
        with_rules(vec![
            PriorityRule::LongestTime,
            PriorityRule::MostFollowers,
            PriorityRule::LongestTime,
        ]),
        error_at(ErrorCode::DuplicateId, "rules[2]")
    );
    let mut cyclic = wing();
    cyclic[0].predecessors.push("I".into());
    let problem = |tasks, cycle_time| {
        failure(compare_rules(&CompareRulesInput {
            tasks,
            cycle_time,
            rules: None,
            tie_break: None,
        }))
    };
    assert_eq!(
        problem(cyclic, CycleTime::Given(12.0)),
        error_at(ErrorCode::Cycle, "tasks[0].predecessors")
    );
    assert_eq!(
        problem(wing(), CycleTime::Given(10.0)),
        error_at(ErrorCode::OutOfRange, "tasks[1].time")
    );
    assert_eq!(
        problem(wing(), CycleTime::Given(-1.0)),
        error_at(ErrorCode::NotPositive, "cycle_time")
    );
    assert_eq!(
        problem(vec![], CycleTime::Given(1.0)),
        error_at(ErrorCode::OutOfRange, "tasks")
    );
}

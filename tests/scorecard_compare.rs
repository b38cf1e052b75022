//! Comparing two scorecards node by node: hand-computed deltas on the example
//! organisation over two periods, nodes in one scorecard only, ordering, and errors
//! placed under `a` or `b`.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp, clippy::indexing_slicing)]

mod common;
mod scorecard_example;

use approx::assert_relative_eq;
use common::{error_at, failure};
use opscalc::ErrorCode;
use opscalc::scorecard::{NodeLevel, Objective, Presence, compare_scorecards};
use scorecard_example::{higher, kpi, organisation};

const CLOSE: f64 = 1e-12;

/// Hand-computed: period A has no turnover figure (total 0.8475, see
/// `scorecard_rollup.rs`); period B measures it at 10 (score 0.75, learning 0.9, total
/// 0.825). Deltas: learning 0.9 − 1.05 = −0.15 and its objective people the same,
/// total −0.0225; turnover is in both but scored only in B, so it has no delta; every
/// other node 0.
#[test]
fn two_periods() {
    let result = compare_scorecards(&organisation(None), &organisation(Some(10.0))).unwrap();
    assert_relative_eq!(result.total_a, 0.8475, epsilon = CLOSE);
    assert_relative_eq!(result.total_b, 0.825, epsilon = CLOSE);
    assert_relative_eq!(result.total_delta, -0.0225, epsilon = CLOSE);
    // 1 total + 4 perspectives + 5 objectives + 8 KPIs
    assert_eq!(result.nodes.len(), 18);
    assert!(
        result
            .nodes
            .iter()
            .all(|node| node.presence == Presence::Both)
    );

    let first: Vec<(&str, NodeLevel)> = result.nodes[..3]
        .iter()
        .map(|node| (node.id.as_str(), node.level))
        .collect();
    assert_eq!(
        first,
        [
            ("learning", NodeLevel::Perspective),
            ("people", NodeLevel::Objective),
            ("", NodeLevel::Total)
        ]
    );
    assert_relative_eq!(result.nodes[0].delta.unwrap(), -0.15, epsilon = CLOSE);
    assert_eq!(result.nodes[0].status_a.as_deref(), Some("green"));
    assert_eq!(result.nodes[0].status_b.as_deref(), Some("green"));
    assert_eq!(result.nodes[2].name.as_deref(), Some("Total"));
    assert_eq!(result.nodes[2].delta, Some(result.total_delta));

    let last = result.nodes.last().unwrap();
    assert_eq!((last.id.as_str(), last.level), ("turnover", NodeLevel::Kpi));
    assert_eq!(
        (last.score_a, last.score_b, last.delta),
        (None, Some(0.75), None)
    );
    assert_eq!(
        (last.status_a.as_deref(), last.status_b.as_deref()),
        (None, Some("amber"))
    );
    assert_eq!(last.name.as_deref(), Some("TURNOVER"));
    // The zero deltas keep input order: financial first.
    assert_eq!(result.nodes[3].id, "financial");
    assert_eq!(result.nodes[3].delta, Some(0.0));
}

/// A new objective in B only, an old KPI in A only: B adds an objective "innovation"
/// to learning with one KPI scoring 0.5 (weight 1, objectives 1 : 1), and drops margin
/// from financial (now revenue alone, 0.75).
#[test]
fn nodes_in_one_scorecard_only() {
    let a = organisation(None);
    let mut b = organisation(None);
    b.perspectives[0].objectives[0].kpis.remove(1);
    b.perspectives[3].objectives.push(Objective::new(
        "innovation",
        1.0,
        vec![kpi("ideas", 1.0, Some(5.0), higher(10.0, None))],
    ));
    let result = compare_scorecards(&a, &b).unwrap();
    let presence = |id: &str| {
        let node = result.nodes.iter().find(|node| node.id == id).unwrap();
        (node.presence, node.score_a, node.score_b, node.delta)
    };
    assert_eq!(presence("margin").0, Presence::OnlyA);
    assert_eq!(presence("margin").2, None);
    assert_eq!(
        presence("innovation"),
        (Presence::OnlyB, None, Some(0.5), None)
    );
    assert_eq!(presence("ideas").0, Presence::OnlyB);
    // financial 0.8 → 0.75; learning 1.05 → (1.05 + 0.5) / 2 = 0.775.
    assert_relative_eq!(presence("financial").3.unwrap(), -0.05, epsilon = CLOSE);
    assert_relative_eq!(presence("learning").3.unwrap(), -0.275, epsilon = CLOSE);
    assert_eq!(result.nodes[0].id, "learning");
    // Nodes without delta come last, A's before B's.
    let tail: Vec<&str> = result.nodes[result.nodes.len() - 4..]
        .iter()
        .map(|node| node.id.as_str())
        .collect();
    assert_eq!(tail, ["margin", "turnover", "innovation", "ideas"]);
}

#[test]
fn errors_are_placed_under_a_or_b() {
    let mut bad = organisation(None);
    bad.perspectives[0].objectives[0].kpis[1].actual = Some(f64::NAN);
    assert_eq!(
        failure(compare_scorecards(&bad, &organisation(None))),
        error_at(
            ErrorCode::NotFinite,
            "a.perspectives[0].objectives[0].kpis[1].actual"
        )
    );
    assert_eq!(
        failure(compare_scorecards(&organisation(None), &bad)),
        error_at(
            ErrorCode::NotFinite,
            "b.perspectives[0].objectives[0].kpis[1].actual"
        )
    );
    let mut empty = organisation(None);
    empty.perspectives.clear();
    assert_eq!(
        failure(compare_scorecards(&organisation(None), &empty)),
        error_at(ErrorCode::OutOfRange, "b.perspectives")
    );
}

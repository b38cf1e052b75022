//! Weighted goals: scoring, weights, contributions, the rating bands, and every error
//! path.
//!
//! No published source prints a weighted goal appraisal with figures (management by
//! objectives texts describe the method, not a scoring formula), so the figures are
//! hand-computed in each test's doc comment.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp, clippy::indexing_slicing)]

mod common;

use approx::assert_relative_eq;
use common::{error_at, failure};
use opscalc::ErrorCode;
use opscalc::people::{Goal, GoalScoreInput, RatingBand, RatingBands, goal_score};
use opscalc::scorecard::{KpiInput, KpiRule, ScoreLimit};

const CLOSE: f64 = 1e-12;

fn higher(actual: f64, target: f64) -> KpiInput {
    KpiInput::new(
        actual,
        KpiRule::HigherIsBetter {
            target,
            baseline: None,
        },
    )
}

fn lower(actual: f64, target: f64) -> KpiInput {
    KpiInput::new(
        actual,
        KpiRule::LowerIsBetter {
            target,
            baseline: None,
        },
    )
}

/// Sales 90 of 100 (0.9), defects 3 against 2 (default baseline 4: 1 − 1/2 = 0.5), a
/// project delivered (binary, 1): weights 50, 30, 20 → 0.5, 0.3, 0.2.
fn three_goals() -> GoalScoreInput {
    GoalScoreInput::new(vec![
        Goal::new("sales", 50.0, higher(90.0, 100.0)),
        Goal::new("defects", 30.0, lower(3.0, 2.0)),
        Goal::new(
            "project",
            20.0,
            KpiInput::new(1.0, KpiRule::Binary { target: 1.0 }),
        ),
    ])
}

/// Hand-computed: A = 0.5 × 0.9 + 0.3 × 0.5 + 0.2 × 1 = 0.45 + 0.15 + 0.2 = 0.8, which
/// is the cut point of band 3: "Meets expectations" (a cut point belongs to the band
/// above it).
#[test]
fn weighted_achievement_and_contributions() {
    let result = goal_score(&three_goals()).unwrap();
    assert_relative_eq!(result.achievement, 0.8, epsilon = CLOSE);
    assert_eq!(result.total_weight, 100.0);
    let weights: Vec<f64> = result.goals.iter().map(|g| g.normalised_weight).collect();
    assert_eq!(weights, [0.5, 0.3, 0.2]);
    let contributions: Vec<f64> = result.goals.iter().map(|g| g.contribution).collect();
    for (found, expected) in contributions.iter().zip([0.45, 0.15, 0.2]) {
        assert_relative_eq!(*found, expected, epsilon = CLOSE);
    }
    assert_eq!(result.goals[1].kpi.score, 0.5);
    assert_eq!(result.goals[1].kpi.status, "red");
    assert_eq!(result.goals[0].id, "sales");
    // 0.45 + 0.15 + 0.2 is exactly 0.8 in f64: the cut point, so band 3.
    assert_eq!(result.achievement, 0.8);
    assert_eq!(
        (result.rating, result.label.as_deref(), result.band_index),
        (3.0, Some("Meets expectations"), 2)
    );
}

/// Hand-computed, each band: one goal at actual a of a target of 100 scores a / 100;
/// 59 → 1, 60 → 2, 79 → 2, 80 → 3, 100 → 4, 119 → 4, 120 → 5, −10 (below the first
/// band's `from`) → 1.
#[test]
fn default_bands() {
    for (actual, rating, label) in [
        (59.0, 1.0, "Unsatisfactory"),
        (60.0, 2.0, "Needs improvement"),
        (79.0, 2.0, "Needs improvement"),
        (80.0, 3.0, "Meets expectations"),
        (100.0, 4.0, "Exceeds expectations"),
        (119.0, 4.0, "Exceeds expectations"),
        (120.0, 5.0, "Outstanding"),
        (-10.0, 1.0, "Unsatisfactory"),
    ] {
        let input = GoalScoreInput::new(vec![Goal::new("g", 1.0, higher(actual, 100.0))]);
        let result = goal_score(&input).unwrap();
        assert_eq!(
            (result.rating, result.label.as_deref()),
            (rating, Some(label)),
            "actual {actual}"
        );
    }
}

/// A cap limits a goal's score before it is weighted: 150 of 100 capped at 1.2 with a
/// second goal at 0.6, equal weights: (1.2 + 0.6) / 2 = 0.9 → 3.
#[test]
fn a_cap_applies_before_weighting() {
    let mut capped = higher(150.0, 100.0);
    capped.limit = ScoreLimit::Cap(1.2);
    let input = GoalScoreInput::new(vec![
        Goal::new("a", 1.0, capped),
        Goal::new("b", 1.0, higher(60.0, 100.0)),
    ]);
    let result = goal_score(&input).unwrap();
    assert_relative_eq!(result.achievement, 0.9, epsilon = CLOSE);
    assert_eq!(result.goals[0].kpi.raw_score, 1.5);
    assert_eq!(result.rating, 3.0);
}

/// Custom bands without labels: pass (1) from 1.0, fail (0) below.
#[test]
fn custom_bands() {
    let mut input = GoalScoreInput::new(vec![Goal::new("g", 1.0, higher(95.0, 100.0))]);
    input.bands = RatingBands::new(vec![
        RatingBand::new(0.0, 0.0, Some("fail".into())),
        RatingBand::new(1.0, 1.0, None),
    ])
    .unwrap();
    let result = goal_score(&input).unwrap();
    assert_eq!(
        (result.rating, result.label.as_deref(), result.band_index),
        (0.0, Some("fail"), 0)
    );
    input.goals[0].kpi.actual = 100.0;
    let result = goal_score(&input).unwrap();
    assert_eq!(
        (result.rating, result.label, result.band_index),
        (1.0, None, 1)
    );
}

#[test]
fn a_zero_weight_goal_contributes_nothing() {
    let mut input = three_goals();
    input.goals[2].weight = 0.0;
    let result = goal_score(&input).unwrap();
    // (50 × 0.9 + 30 × 0.5) / 80 = 60 / 80 = 0.75.
    assert_relative_eq!(result.achievement, 0.75, epsilon = CLOSE);
    assert_eq!(result.goals[2].contribution, 0.0);
}

#[test]
fn errors_name_the_goal_and_field() {
    let check = |edit: fn(&mut GoalScoreInput), code: ErrorCode, field: &str| {
        let mut input = three_goals();
        edit(&mut input);
        assert_eq!(
            failure(goal_score(&input)),
            error_at(code, field),
            "{field}"
        );
    };
    check(|i| i.goals.clear(), ErrorCode::OutOfRange, "goals");
    check(
        |i| i.goals[1].id = "sales".into(),
        ErrorCode::DuplicateId,
        "goals[1].id",
    );
    check(
        |i| i.goals[0].id = String::new(),
        ErrorCode::InvalidInput,
        "goals[0].id",
    );
    check(
        |i| i.goals[2].weight = -1.0,
        ErrorCode::Negative,
        "goals[2].weight",
    );
    check(
        |i| i.goals[2].weight = f64::NAN,
        ErrorCode::NotFinite,
        "goals[2].weight",
    );
    check(
        |i| {
            for goal in &mut i.goals {
                goal.weight = 0.0;
            }
        },
        ErrorCode::NotPositive,
        "goals",
    );
    check(
        |i| i.goals[0].kpi.actual = f64::INFINITY,
        ErrorCode::NotFinite,
        "goals[0].actual",
    );
    check(
        |i| {
            i.goals[1].kpi.rule = KpiRule::LowerIsBetter {
                target: 2.0,
                baseline: Some(1.0),
            }
        },
        ErrorCode::OutOfRange,
        "goals[1].baseline",
    );
    check(
        |i| i.goals[0].kpi.limit = ScoreLimit::Cap(0.0),
        ErrorCode::NotPositive,
        "goals[0].cap",
    );
    check(
        |i| {
            i.goals = (0..101)
                .map(|n| Goal::new(n.to_string(), 1.0, higher(1.0, 1.0)))
                .collect()
        },
        ErrorCode::TooLarge,
        "goals",
    );
    check(
        |i| {
            i.goals[0].weight = f64::MAX;
            i.goals[1].weight = f64::MAX;
        },
        ErrorCode::NumericRange,
        "goals",
    );
}

#[test]
fn band_errors() {
    let band = |from: f64, rating: f64| RatingBand::new(from, rating, None);
    let check = |bands: Vec<RatingBand>, code: ErrorCode, field: &str| {
        assert_eq!(
            failure(RatingBands::new(bands)),
            error_at(code, field),
            "{field}"
        );
    };
    check(vec![], ErrorCode::OutOfRange, "bands");
    check(
        (0..21).map(|n| band(f64::from(n), f64::from(n))).collect(),
        ErrorCode::TooLarge,
        "bands",
    );
    check(
        vec![band(f64::NAN, 1.0)],
        ErrorCode::NotFinite,
        "bands[0].from",
    );
    check(
        vec![band(0.0, f64::INFINITY)],
        ErrorCode::NotFinite,
        "bands[0].rating",
    );
    check(
        vec![band(0.0, 1.0), band(0.0, 2.0)],
        ErrorCode::OutOfRange,
        "bands[1].from",
    );
    check(
        vec![band(0.0, 2.0), band(1.0, 2.0)],
        ErrorCode::OutOfRange,
        "bands[1].rating",
    );
    check(
        vec![
            band(0.0, 1.0),
            RatingBand::new(1.0, 2.0, Some(String::new())),
        ],
        ErrorCode::InvalidInput,
        "bands[1].label",
    );
    assert_eq!(RatingBands::default().bands().len(), 5);
}

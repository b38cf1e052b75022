//! OKR grading: key-result progress, objective and overall averages, grade bands,
//! sandbagging, and every error path.
//!
//! Published: Google re:Work, "Grade OKRs" (rework.withgoogle.com/guides/set-goals-with-okrs/
//! steps/grade-OKRs/): grades run 0.0 to 1.0, "if the key result is to 'Launch six new
//! features' and only three new features were launched the OKR could be graded with a
//! 0.5", and the sweet spot is 0.6 to 0.7. J. Doerr, *Measure What Matters* (2018):
//! "0.7 to 1.0 = green, 0.4 to 0.6 = yellow, 0.0 to 0.3 = red" (the default bands, named
//! amber here), and an objective scored by "averaging the percentage completion rates of
//! its associated key results". Other figures are hand-computed.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp, clippy::indexing_slicing)]

mod common;

use approx::assert_relative_eq;
use common::{error_at, failure};
use opscalc::ErrorCode;
use opscalc::people::{KeyResult, OkrInput, OkrObjective, okr_score};
use opscalc::scorecard::StatusBands;

const CLOSE: f64 = 1e-12;

/// Google re:Work: three of six features launched grades 0.5 (amber, Doerr's yellow).
#[test]
fn google_six_features_example() {
    let objective = OkrObjective::new("o", vec![KeyResult::new("features", 0.0, 6.0, 3.0)]);
    let result = okr_score(&OkrInput::new(vec![objective])).unwrap();
    assert_eq!(result.objectives[0].key_results[0].score, 0.5);
    assert_eq!((result.score, result.grade.as_str()), (0.5, "amber"));
}

/// Doerr's bands on grades to a tenth: 0.3 red, 0.4 and 0.6 amber, 0.7 and 1.0 green;
/// contiguous between them: 0.39 red, 0.69 amber.
#[test]
fn doerr_grade_bands() {
    for (current, grade) in [
        (3.0, "red"),
        (3.9, "red"),
        (4.0, "amber"),
        (6.0, "amber"),
        (6.9, "amber"),
        (7.0, "green"),
        (10.0, "green"),
    ] {
        let objective = OkrObjective::new("o", vec![KeyResult::new("k", 0.0, 10.0, current)]);
        let result = okr_score(&OkrInput::new(vec![objective])).unwrap();
        assert_eq!(result.grade, grade, "current {current}");
    }
}

/// Hand-computed:
/// - growth: revenue 100 → 200, now 170: 0.7; churn 5 → 3 (decreasing), now 4: 0.5;
///   NPS 30 → 50, now 60: 1.5 clamped to 1. Weights 2, 1, 1: (1.4 + 0.5 + 1) / 4 = 0.725.
/// - hiring: hires 0 → 4, now 4: 1 (sandbagging: every key result at 1).
/// - overall, objective weights 3 and 1: 0.75 × 0.725 + 0.25 × 1 = 0.79375, green.
#[test]
fn weighted_objectives_decreasing_and_clamped_key_results() {
    let mut revenue = KeyResult::new("revenue", 100.0, 200.0, 170.0);
    revenue.weight = Some(2.0);
    let mut churn = KeyResult::new("churn", 5.0, 3.0, 4.0);
    churn.weight = Some(1.0);
    let mut nps = KeyResult::new("nps", 30.0, 50.0, 60.0);
    nps.weight = Some(1.0);
    let mut growth = OkrObjective::new("growth", vec![revenue, churn, nps]);
    growth.weight = Some(3.0);
    let mut hiring = OkrObjective::new("hiring", vec![KeyResult::new("hires", 0.0, 4.0, 4.0)]);
    hiring.weight = Some(1.0);
    let result = okr_score(&OkrInput::new(vec![growth, hiring])).unwrap();
    let growth = &result.objectives[0];
    assert_relative_eq!(growth.key_results[0].score, 0.7, epsilon = CLOSE);
    assert_eq!(growth.key_results[1].score, 0.5);
    assert_eq!(
        (growth.key_results[2].progress, growth.key_results[2].score),
        (1.5, 1.0)
    );
    assert_eq!(growth.key_results[0].weight, 0.5);
    assert_relative_eq!(growth.score, 0.725, epsilon = CLOSE);
    assert_eq!(
        (growth.grade.as_str(), growth.sandbagging),
        ("green", false)
    );
    let hiring = &result.objectives[1];
    assert_eq!((hiring.score, hiring.sandbagging), (1.0, true));
    assert_eq!((growth.weight, hiring.weight), (0.75, 0.25));
    assert_relative_eq!(result.score, 0.79375, epsilon = CLOSE);
    assert_eq!((result.grade.as_str(), result.grade_index), ("green", 2));
    assert!(!result.sandbagging);
}

/// Every key result at or beyond its target: sandbagging everywhere. A key result past a
/// decreasing target (5 → 3, now 2) scores 1 too; one below its start scores 0.
#[test]
fn sandbagging_and_clamping() {
    let all_met = OkrInput::new(vec![
        OkrObjective::new("a", vec![KeyResult::new("a1", 0.0, 1.0, 1.0)]),
        OkrObjective::new("b", vec![KeyResult::new("b1", 5.0, 3.0, 2.0)]),
    ]);
    let result = okr_score(&all_met).unwrap();
    assert!(result.sandbagging && result.objectives.iter().all(|o| o.sandbagging));
    assert_eq!(result.objectives[1].key_results[0].progress, 1.5);
    let behind = OkrObjective::new("c", vec![KeyResult::new("c1", 10.0, 20.0, 5.0)]);
    let result = okr_score(&OkrInput::new(vec![behind])).unwrap();
    assert_eq!(result.objectives[0].key_results[0].progress, -0.5);
    assert_eq!((result.score, result.grade.as_str()), (0.0, "red"));
}

#[test]
fn custom_grades() {
    let grades = StatusBands::new(
        Some(vec![0.6, 0.8]),
        Some(vec!["low".into(), "sweet".into(), "easy".into()]),
    )
    .unwrap();
    let mut input = OkrInput::new(vec![OkrObjective::new(
        "o",
        vec![KeyResult::new("k", 0.0, 10.0, 6.5)],
    )]);
    input.grades = grades;
    assert_eq!(okr_score(&input).unwrap().grade, "sweet");
}

fn valid() -> OkrInput {
    OkrInput::new(vec![
        OkrObjective::new(
            "o1",
            vec![
                KeyResult::new("k1", 0.0, 10.0, 5.0),
                KeyResult::new("k2", 0.0, 10.0, 5.0),
            ],
        ),
        OkrObjective::new("o2", vec![KeyResult::new("k3", 0.0, 10.0, 5.0)]),
    ])
}

#[test]
fn errors_name_the_objective_key_result_and_field() {
    let check = |edit: fn(&mut OkrInput), code: ErrorCode, field: &str| {
        let mut input = valid();
        edit(&mut input);
        assert_eq!(failure(okr_score(&input)), error_at(code, field), "{field}");
    };
    check(
        |i| i.objectives.clear(),
        ErrorCode::OutOfRange,
        "objectives",
    );
    check(
        |i| {
            i.objectives = (0..51)
                .map(|n| OkrObjective::new(n.to_string(), vec![]))
                .collect()
        },
        ErrorCode::TooLarge,
        "objectives",
    );
    check(
        |i| i.objectives[1].key_results.clear(),
        ErrorCode::OutOfRange,
        "objectives[1].key_results",
    );
    check(
        |i| {
            i.objectives[1].key_results = (0..51)
                .map(|n| KeyResult::new(format!("x{n}"), 0.0, 1.0, 0.0))
                .collect()
        },
        ErrorCode::TooLarge,
        "objectives[1].key_results",
    );
    check(
        |i| i.objectives[1].id = "o1".into(),
        ErrorCode::DuplicateId,
        "objectives[1].id",
    );
    check(
        |i| i.objectives[1].key_results[0].id = "o1".into(),
        ErrorCode::DuplicateId,
        "objectives[1].key_results[0].id",
    );
    check(
        |i| i.objectives[0].key_results[1].id = "k1".into(),
        ErrorCode::DuplicateId,
        "objectives[0].key_results[1].id",
    );
    check(
        |i| i.objectives[0].id = String::new(),
        ErrorCode::InvalidInput,
        "objectives[0].id",
    );
    check(
        |i| i.objectives[0].key_results[1].start = f64::NAN,
        ErrorCode::NotFinite,
        "objectives[0].key_results[1].start",
    );
    check(
        |i| i.objectives[0].key_results[1].target = f64::INFINITY,
        ErrorCode::NotFinite,
        "objectives[0].key_results[1].target",
    );
    check(
        |i| i.objectives[0].key_results[1].current = f64::NEG_INFINITY,
        ErrorCode::NotFinite,
        "objectives[0].key_results[1].current",
    );
    check(
        |i| i.objectives[1].key_results[0].target = 0.0,
        ErrorCode::OutOfRange,
        "objectives[1].key_results[0].target",
    );
    check(
        |i| i.objectives[0].key_results[0].weight = Some(1.0),
        ErrorCode::MissingField,
        "objectives[0].key_results[1].weight",
    );
    check(
        |i| {
            i.objectives[0].key_results[0].weight = Some(1.0);
            i.objectives[0].key_results[1].weight = Some(-1.0);
        },
        ErrorCode::Negative,
        "objectives[0].key_results[1].weight",
    );
    check(
        |i| {
            i.objectives[0].key_results[0].weight = Some(0.0);
            i.objectives[0].key_results[1].weight = Some(0.0);
        },
        ErrorCode::NotPositive,
        "objectives[0].key_results",
    );
    check(
        |i| i.objectives[1].weight = Some(1.0),
        ErrorCode::MissingField,
        "objectives[0].weight",
    );
    check(
        |i| {
            i.objectives[0].weight = Some(f64::NAN);
            i.objectives[1].weight = Some(1.0);
        },
        ErrorCode::NotFinite,
        "objectives[0].weight",
    );
    check(
        |i| {
            i.objectives[0].weight = Some(0.0);
            i.objectives[1].weight = Some(0.0);
        },
        ErrorCode::NotPositive,
        "objectives",
    );
    check(
        |i| i.objectives[1].key_results[0] = KeyResult::new("k3", -f64::MAX, f64::MAX, 0.0),
        ErrorCode::NumericRange,
        "objectives[1].key_results[0]",
    );
}

//! KPI scoring: each direction against hand-computed figures, the default baselines,
//! cap and clamp, status bands, the rule's fields, and every error path.
//!
//! The linear progress `(actual − baseline) / (target − baseline)` and its minimisation
//! mirror (baseline above target) are BSC Designer's documented default performance
//! functions ("How to calculate balanced scorecard values", bscdesigner.com); no source
//! found prints figures for them, so the examples below are hand-computed, with the
//! arithmetic in each test's doc comment.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{TEXTBOOK, error_at, failure};
use opscalc::ErrorCode;
use opscalc::scorecard::{
    KpiDirection, KpiInput, KpiRule, KpiRuleFields, KpiScore, ScoreLimit, StatusBands, score_kpi,
};

fn score(actual: f64, rule: KpiRule) -> KpiScore {
    score_kpi(&KpiInput::new(actual, rule)).unwrap()
}

fn higher(target: f64, baseline: Option<f64>) -> KpiRule {
    KpiRule::HigherIsBetter { target, baseline }
}

fn lower(target: f64, baseline: Option<f64>) -> KpiRule {
    KpiRule::LowerIsBetter { target, baseline }
}

fn range(min: f64, max: f64, lower: Option<f64>, upper: Option<f64>) -> KpiRule {
    KpiRule::TargetRange {
        min,
        max,
        lower_tolerance: lower,
        upper_tolerance: upper,
        target: None,
    }
}

/// Hand-computed: sales of 90 against a target of 100 from a baseline of 50:
/// (90 − 50) / (100 − 50) = 40 / 50 = 0.8, amber (0.7 ≤ 0.8 < 0.9); 90 % of target,
/// 10 short.
#[test]
fn higher_is_better_from_a_baseline() {
    let result = score(90.0, higher(100.0, Some(50.0)));
    assert_eq!(result.score, 0.8);
    assert_eq!(result.raw_score, 0.8);
    assert_eq!(result.percent_of_target, Some(90.0));
    assert_eq!(result.variance, -10.0);
    assert_eq!((result.status.as_str(), result.status_index), ("amber", 1));
    assert_eq!(result.baseline, Some(50.0));
}

/// Hand-computed: without a baseline it is 0, so the score is actual / target:
/// 45 / 50 = 0.9, green (0.9 is in the band above the cut point); 60 / 50 = 1.2.
#[test]
fn higher_is_better_defaults_to_a_zero_baseline() {
    let result = score(45.0, higher(50.0, None));
    assert_eq!((result.score, result.baseline), (0.9, Some(0.0)));
    assert_eq!((result.status.as_str(), result.status_index), ("green", 2));
    assert_eq!(score(60.0, higher(50.0, None)).score, 1.2);
    assert_eq!(score(30.0, higher(50.0, None)).status, "red");
}

/// Hand-computed: a defect rate of 3 % against a target of 2 % with the default baseline
/// 2 × 2 = 4 %: (3 − 4) / (2 − 4) = 0.5 = 1 − (3 − 2) / 2, red; variance 2 − 3 = −1
/// (worse than target is negative); 150 % of target. At 1 % the score is 1.5.
#[test]
fn lower_is_better_defaults_to_twice_the_target() {
    let result = score(3.0, lower(2.0, None));
    assert_eq!((result.score, result.baseline), (0.5, Some(4.0)));
    assert_eq!(
        (result.variance, result.percent_of_target),
        (-1.0, Some(150.0))
    );
    assert_eq!((result.status.as_str(), result.status_index), ("red", 0));
    assert_eq!(score(1.0, lower(2.0, None)).score, 1.5);
    assert_eq!(score(1.0, lower(2.0, None)).variance, 1.0);
}

/// Hand-computed: a lead time of 6 days against a target of 5 from a baseline of 9:
/// (6 − 9) / (5 − 9) = 0.75.
#[test]
fn lower_is_better_from_a_baseline() {
    let result = score(6.0, lower(5.0, Some(9.0)));
    assert_eq!(result.score, 0.75);
    assert_eq!(result.variance, -1.0);
    assert_relative_eq!(
        result.percent_of_target.unwrap(),
        120.0,
        max_relative = TEXTBOOK
    );
}

/// A target of 0 (zero accidents) with baseline 4: 1 accident scores (1 − 4) / (0 − 4)
/// = 0.75; the percentage of a zero target is left out.
#[test]
fn a_zero_target_has_no_percentage() {
    let result = score(1.0, lower(0.0, Some(4.0)));
    assert_eq!(result.score, 0.75);
    assert_eq!(result.percent_of_target, None);
    assert_eq!(result.variance, -1.0);
    let result = score(-2.0, higher(0.0, Some(-10.0)));
    assert_eq!((result.score, result.percent_of_target), (0.8, None));
}

/// Hand-computed: stock cover in the band [5, 8] days scores 1; with a tolerance of 2
/// below and 4 above, 4 days scores 1 − (5 − 4) / 2 = 0.5, 10 days 1 − (10 − 8) / 4 =
/// 0.5, 3 and 12 days or beyond 0; variance 0 inside, 4 − 5 = −1 and 8 − 10 = −2 outside.
#[test]
fn target_range_with_tolerances() {
    let rule = range(5.0, 8.0, Some(2.0), Some(4.0));
    let scores: Vec<f64> = [2.0, 3.0, 4.0, 5.0, 6.5, 8.0, 10.0, 12.0, 20.0]
        .into_iter()
        .map(|actual| score(actual, rule).score)
        .collect();
    assert_eq!(scores, [0.0, 0.0, 0.5, 1.0, 1.0, 1.0, 0.5, 0.0, 0.0]);
    assert_eq!(score(4.0, rule).variance, -1.0);
    assert_eq!(score(6.0, rule).variance, 0.0);
    assert_eq!(score(10.0, rule).variance, -2.0);
    assert_eq!(score(10.0, rule).percent_of_target, None);
    assert_eq!(score(10.0, rule).baseline, None);
}

/// Without tolerance the score steps from 1 to 0 just outside the band; a target in the
/// band gives the percentage of target.
#[test]
fn target_range_without_tolerance_is_a_step() {
    let rule = KpiRule::TargetRange {
        min: 18.0,
        max: 22.0,
        lower_tolerance: None,
        upper_tolerance: None,
        target: Some(20.0),
    };
    assert_eq!(score(18.0, rule).score, 1.0);
    assert_eq!(score(17.999, rule).score, 0.0);
    assert_eq!(score(22.001, rule).score, 0.0);
    assert_eq!(score(21.0, rule).percent_of_target, Some(105.0));
    let point = range(3.0, 3.0, Some(1.0), None);
    assert_eq!(score(3.0, point).score, 1.0);
    assert_eq!(score(2.5, point).score, 0.5);
}

#[test]
fn binary_is_met_or_not() {
    let rule = KpiRule::Binary { target: 1.0 };
    assert_eq!(score(1.0, rule).score, 1.0);
    assert_eq!(score(0.0, rule).score, 0.0);
    assert_eq!(score(0.0, rule).variance, -1.0);
    assert_eq!(score(0.0, rule).percent_of_target, Some(0.0));
    assert_eq!(score(97.0, KpiRule::Binary { target: 95.0 }).score, 1.0);
}

/// Hand-computed: 150 against a target of 100 is a raw score of 1.5; a cap of 1.2 makes
/// it 1.2; clamp makes it 1; 40 from a baseline of 50 is a raw −0.2, clamped to 0.
#[test]
fn cap_and_clamp_limit_the_score() {
    let mut input = KpiInput::new(150.0, higher(100.0, None));
    input.limit = ScoreLimit::Cap(1.2);
    let result = score_kpi(&input).unwrap();
    assert_eq!((result.score, result.raw_score), (1.2, 1.5));
    input.limit = ScoreLimit::Clamp;
    assert_eq!(score_kpi(&input).unwrap().score, 1.0);
    let mut below = KpiInput::new(40.0, higher(100.0, Some(50.0)));
    below.limit = ScoreLimit::Clamp;
    let result = score_kpi(&below).unwrap();
    assert_eq!((result.score, result.raw_score), (0.0, -0.2));
    below.limit = ScoreLimit::Cap(1.2);
    assert_eq!(score_kpi(&below).unwrap().score, -0.2);
}

#[test]
fn custom_status_bands() {
    let names = ["poor", "fair", "good", "excellent"]
        .map(String::from)
        .to_vec();
    let mut input = KpiInput::new(100.0, higher(100.0, None));
    input.bands = StatusBands::new(Some(vec![0.5, 0.8, 1.0]), Some(names)).unwrap();
    let result = score_kpi(&input).unwrap();
    assert_eq!(
        (result.status.as_str(), result.status_index),
        ("excellent", 3)
    );
    input.actual = 79.0;
    assert_eq!(score_kpi(&input).unwrap().status, "fair");
    let renamed = StatusBands::new(None, Some(["a", "b", "c"].map(String::from).to_vec())).unwrap();
    assert_eq!(renamed.thresholds(), [0.7, 0.9]);
    assert_eq!(renamed.status_of(0.95), (2, "c"));
}

#[test]
fn status_band_errors() {
    let names = |n: usize| Some((0..n).map(|i| format!("s{i}")).collect::<Vec<_>>());
    let cases = [
        (
            StatusBands::new(Some(vec![]), names(1)),
            ErrorCode::OutOfRange,
            "thresholds",
        ),
        (
            StatusBands::new(Some((0..10).map(f64::from).collect()), names(11)),
            ErrorCode::TooLarge,
            "thresholds",
        ),
        (
            StatusBands::new(Some(vec![0.5, f64::NAN]), names(3)),
            ErrorCode::NotFinite,
            "thresholds[1]",
        ),
        (
            StatusBands::new(Some(vec![0.9, 0.7]), names(3)),
            ErrorCode::OutOfRange,
            "thresholds[1]",
        ),
        (
            StatusBands::new(Some(vec![0.7, 0.7]), names(3)),
            ErrorCode::OutOfRange,
            "thresholds[1]",
        ),
        (
            StatusBands::new(Some(vec![0.5]), None),
            ErrorCode::MissingField,
            "status_names",
        ),
        (
            StatusBands::new(Some(vec![0.5]), names(3)),
            ErrorCode::OutOfRange,
            "status_names",
        ),
        (
            StatusBands::new(None, names(2)),
            ErrorCode::OutOfRange,
            "status_names",
        ),
        (
            StatusBands::new(None, Some(vec!["r".into(), String::new(), "g".into()])),
            ErrorCode::InvalidInput,
            "status_names[1]",
        ),
    ];
    for (result, code, field) in cases {
        assert_eq!(failure(result), error_at(code, field), "{field}");
    }
    assert!(StatusBands::new(Some((0..9).map(f64::from).collect()), names(10)).is_ok());
}

fn fields(direction: KpiDirection) -> KpiRuleFields {
    KpiRuleFields::new(direction)
}

#[test]
fn rule_from_fields() {
    let higher_fields = KpiRuleFields {
        target: Some(10.0),
        baseline: Some(2.0),
        ..fields(KpiDirection::HigherIsBetter)
    };
    assert_eq!(
        KpiRule::from_fields(&higher_fields),
        Ok(higher(10.0, Some(2.0)))
    );
    let lower_fields = KpiRuleFields {
        target: Some(3.0),
        ..fields(KpiDirection::LowerIsBetter)
    };
    assert_eq!(KpiRule::from_fields(&lower_fields), Ok(lower(3.0, None)));
    let binary = KpiRuleFields {
        target: Some(1.0),
        ..fields(KpiDirection::Binary)
    };
    assert_eq!(
        KpiRule::from_fields(&binary),
        Ok(KpiRule::Binary { target: 1.0 })
    );
    let both_sides = KpiRuleFields {
        min: Some(1.0),
        max: Some(2.0),
        tolerance: Some(0.5),
        target: Some(1.5),
        ..fields(KpiDirection::TargetRange)
    };
    assert_eq!(
        KpiRule::from_fields(&both_sides),
        Ok(KpiRule::TargetRange {
            min: 1.0,
            max: 2.0,
            lower_tolerance: Some(0.5),
            upper_tolerance: Some(0.5),
            target: Some(1.5)
        })
    );
    let upper_override = KpiRuleFields {
        upper_tolerance: Some(3.0),
        ..both_sides
    };
    assert_eq!(
        KpiRule::from_fields(&upper_override),
        Ok(KpiRule::TargetRange {
            min: 1.0,
            max: 2.0,
            lower_tolerance: Some(0.5),
            upper_tolerance: Some(3.0),
            target: Some(1.5)
        })
    );
}

#[test]
fn rule_field_errors() {
    let range_fields = KpiRuleFields {
        min: Some(1.0),
        max: Some(2.0),
        ..fields(KpiDirection::TargetRange)
    };
    let cases = [
        (
            fields(KpiDirection::HigherIsBetter),
            ErrorCode::MissingField,
            "target",
        ),
        (
            fields(KpiDirection::LowerIsBetter),
            ErrorCode::MissingField,
            "target",
        ),
        (
            fields(KpiDirection::Binary),
            ErrorCode::MissingField,
            "target",
        ),
        (
            KpiRuleFields {
                min: None,
                ..range_fields
            },
            ErrorCode::MissingField,
            "min",
        ),
        (
            KpiRuleFields {
                max: None,
                ..range_fields
            },
            ErrorCode::MissingField,
            "max",
        ),
        (
            KpiRuleFields {
                baseline: Some(0.0),
                ..range_fields
            },
            ErrorCode::ConflictingFields,
            "baseline",
        ),
        (
            KpiRuleFields {
                target: Some(1.0),
                baseline: Some(0.0),
                ..fields(KpiDirection::Binary)
            },
            ErrorCode::ConflictingFields,
            "baseline",
        ),
        (
            KpiRuleFields {
                target: Some(1.0),
                min: Some(0.0),
                ..fields(KpiDirection::HigherIsBetter)
            },
            ErrorCode::ConflictingFields,
            "min",
        ),
        (
            KpiRuleFields {
                target: Some(1.0),
                max: Some(0.0),
                ..fields(KpiDirection::LowerIsBetter)
            },
            ErrorCode::ConflictingFields,
            "max",
        ),
        (
            KpiRuleFields {
                target: Some(1.0),
                tolerance: Some(1.0),
                ..fields(KpiDirection::Binary)
            },
            ErrorCode::ConflictingFields,
            "tolerance",
        ),
        (
            KpiRuleFields {
                target: Some(1.0),
                lower_tolerance: Some(1.0),
                ..fields(KpiDirection::Binary)
            },
            ErrorCode::ConflictingFields,
            "lower_tolerance",
        ),
        (
            KpiRuleFields {
                target: Some(1.0),
                upper_tolerance: Some(1.0),
                ..fields(KpiDirection::Binary)
            },
            ErrorCode::ConflictingFields,
            "upper_tolerance",
        ),
        (
            KpiRuleFields {
                tolerance: Some(0.0),
                ..range_fields
            },
            ErrorCode::NotPositive,
            "tolerance",
        ),
        (
            KpiRuleFields {
                tolerance: Some(f64::NAN),
                ..range_fields
            },
            ErrorCode::NotFinite,
            "tolerance",
        ),
    ];
    for (fields, code, field) in cases {
        assert_eq!(
            failure(KpiRule::from_fields(&fields)),
            error_at(code, field),
            "{fields:?}"
        );
    }
    assert_eq!(
        failure(ScoreLimit::from_fields(Some(1.2), Some(true))),
        error_at(ErrorCode::ConflictingFields, "clamp")
    );
    assert_eq!(ScoreLimit::from_fields(None, None), Ok(ScoreLimit::None));
    assert_eq!(
        ScoreLimit::from_fields(None, Some(false)),
        Ok(ScoreLimit::None)
    );
}

#[test]
fn score_errors() {
    let run = |actual: f64, rule: KpiRule| failure(score_kpi(&KpiInput::new(actual, rule)));
    let range_rule = |target| KpiRule::TargetRange {
        min: 1.0,
        max: 2.0,
        lower_tolerance: None,
        upper_tolerance: None,
        target,
    };
    let cases = [
        (
            run(f64::NAN, higher(1.0, None)),
            ErrorCode::NotFinite,
            "actual",
        ),
        (
            run(f64::INFINITY, KpiRule::Binary { target: 1.0 }),
            ErrorCode::NotFinite,
            "actual",
        ),
        (
            run(1.0, higher(f64::NAN, None)),
            ErrorCode::NotFinite,
            "target",
        ),
        (
            run(1.0, higher(1.0, Some(f64::NEG_INFINITY))),
            ErrorCode::NotFinite,
            "baseline",
        ),
        (
            run(1.0, higher(0.0, None)),
            ErrorCode::MissingField,
            "baseline",
        ),
        (
            run(1.0, higher(-5.0, None)),
            ErrorCode::MissingField,
            "baseline",
        ),
        (
            run(1.0, lower(0.0, None)),
            ErrorCode::MissingField,
            "baseline",
        ),
        (
            run(1.0, higher(5.0, Some(5.0))),
            ErrorCode::OutOfRange,
            "baseline",
        ),
        (
            run(1.0, higher(5.0, Some(6.0))),
            ErrorCode::OutOfRange,
            "baseline",
        ),
        (
            run(1.0, lower(5.0, Some(5.0))),
            ErrorCode::OutOfRange,
            "baseline",
        ),
        (
            run(1.0, lower(5.0, Some(4.0))),
            ErrorCode::OutOfRange,
            "baseline",
        ),
        (run(1.0, lower(f64::MAX, None)), ErrorCode::NumericRange, ""),
        (
            run(f64::MAX, higher(1.0, Some(-f64::MAX))),
            ErrorCode::NumericRange,
            "",
        ),
        (
            run(-f64::MAX, higher(f64::MAX, Some(0.0))),
            ErrorCode::NumericRange,
            "",
        ),
        // The score 1e307 is fine; 100 × 1e307 % of target is not.
        (run(1e307, higher(1.0, None)), ErrorCode::NumericRange, ""),
        (
            run(1.0, KpiRule::Binary { target: f64::NAN }),
            ErrorCode::NotFinite,
            "target",
        ),
        (
            run(1.0, range(f64::NAN, 2.0, None, None)),
            ErrorCode::NotFinite,
            "min",
        ),
        (
            run(1.0, range(1.0, f64::INFINITY, None, None)),
            ErrorCode::NotFinite,
            "max",
        ),
        (
            run(1.0, range(3.0, 2.0, None, None)),
            ErrorCode::OutOfRange,
            "max",
        ),
        (
            run(1.0, range_rule(Some(2.5))),
            ErrorCode::OutOfRange,
            "target",
        ),
        (
            run(1.0, range_rule(Some(f64::NAN))),
            ErrorCode::NotFinite,
            "target",
        ),
        (
            run(1.0, range(1.0, 2.0, Some(0.0), None)),
            ErrorCode::NotPositive,
            "lower_tolerance",
        ),
        (
            run(1.0, range(1.0, 2.0, None, Some(-1.0))),
            ErrorCode::NotPositive,
            "upper_tolerance",
        ),
    ];
    for (found, code, field) in cases {
        assert_eq!(found, error_at(code, field), "{field}");
    }
    for cap in [0.0, -1.0, f64::NAN] {
        let mut input = KpiInput::new(1.0, higher(1.0, None));
        input.limit = ScoreLimit::Cap(cap);
        assert_eq!(failure(score_kpi(&input)).1, "cap");
    }
}

//! KPI scoring over many actual values: the hand-computed examples of `score_kpi` as
//! items of a batch, each item equal to the single call for every direction, and the
//! error paths.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose:
// the batch and the single call run the same code.
#![allow(clippy::unwrap_used, clippy::float_cmp, clippy::indexing_slicing)]

use opscalc::ErrorCode;
use opscalc::batch::{Column, KpiScoreBatchInput, kpi_score_batch};
use opscalc::scorecard::{
    KpiDirection, KpiInput, KpiRule, KpiRuleFields, ScoreLimit, StatusBands, score_kpi,
};

fn batch<'a>(
    actual: &'a [f64],
    direction: KpiDirection,
    bands: &'a StatusBands,
) -> KpiScoreBatchInput<'a> {
    KpiScoreBatchInput::new(Column::Each(actual), direction, bands)
}

fn field_and_code(input: &KpiScoreBatchInput<'_>) -> (String, ErrorCode) {
    let error = kpi_score_batch(input).unwrap_err();
    (error.field().to_owned(), error.code())
}

/// Hand-computed (as in tests/scorecard_kpi_score.rs): sales of 90 against a target of
/// 100 from a baseline of 50 score (90 − 50) / (100 − 50) = 0.8, amber; 100 scores 1,
/// green; 60 scores 0.2, red.
#[test]
fn higher_is_better_from_a_baseline() {
    let bands = StatusBands::default();
    let input = KpiScoreBatchInput {
        target: Some(Column::All(100.0)),
        baseline: Some(Column::All(50.0)),
        ..batch(&[90.0, 100.0, 60.0], KpiDirection::HigherIsBetter, &bands)
    };
    let result = kpi_score_batch(&input).unwrap();
    assert_eq!(result.score, [0.8, 1.0, 0.2]);
    assert_eq!(result.status_index, [1, 2, 0]);
}

/// Hand-computed: a defect rate of 3 % against a target of 2 % (default baseline 4 %)
/// scores 1 − (3 − 2) / 2 = 0.5, red; stock cover in [5, 8] days with tolerances 2 below
/// and 4 above: 4 days scores 0.5, 10 days 0.5, 6 days 1, 12 days 0.
#[test]
fn lower_is_better_and_target_range() {
    let bands = StatusBands::default();
    let input = KpiScoreBatchInput {
        target: Some(Column::Each(&[2.0, 4.0])),
        ..batch(&[3.0, 2.0], KpiDirection::LowerIsBetter, &bands)
    };
    let result = kpi_score_batch(&input).unwrap();
    assert_eq!(result.score, [0.5, 1.5]);
    assert_eq!(result.status_index, [0, 2]);

    let input = KpiScoreBatchInput {
        min: Some(Column::All(5.0)),
        max: Some(Column::All(8.0)),
        lower_tolerance: Some(Column::All(2.0)),
        upper_tolerance: Some(Column::All(4.0)),
        ..batch(&[4.0, 10.0, 6.0, 12.0], KpiDirection::TargetRange, &bands)
    };
    let result = kpi_score_batch(&input).unwrap();
    assert_eq!(result.score, [0.5, 0.5, 1.0, 0.0]);
    assert_eq!(result.status_index, [0, 0, 2, 0]);
}

/// Every item equals `score_kpi` (score and status index) for each direction, with the
/// rule's numbers per item or shared, a cap, a clamp, and a scale of its own.
#[test]
fn each_item_equals_the_single_call() {
    let items = 500;
    let actual: Vec<f64> = (0..items).map(|i| -20.0 + f64::from(i) * 0.37).collect();
    let targets: Vec<f64> = (0..items).map(|i| 40.0 + f64::from(i % 23)).collect();
    let baselines: Vec<f64> = (0..items).map(|i| -30.0 + f64::from(i % 7)).collect();
    let highs: Vec<f64> = (0..items).map(|i| 160.0 + f64::from(i % 13)).collect();
    let tolerances: Vec<f64> = (0..items).map(|i| 1.0 + f64::from(i % 5)).collect();
    let scale = StatusBands::new(
        Some(vec![0.25, 0.5, 0.75]),
        Some(["d", "c", "b", "a"].map(String::from).to_vec()),
    )
    .unwrap();
    let default = StatusBands::default();
    let none = || batch(&actual, KpiDirection::Binary, &default);
    let cases = [
        KpiScoreBatchInput {
            direction: KpiDirection::HigherIsBetter,
            target: Some(Column::Each(&targets)),
            baseline: Some(Column::Each(&baselines)),
            limit: ScoreLimit::Cap(1.2),
            ..none()
        },
        KpiScoreBatchInput {
            direction: KpiDirection::HigherIsBetter,
            target: Some(Column::Each(&targets)),
            bands: &scale,
            ..none()
        },
        KpiScoreBatchInput {
            direction: KpiDirection::LowerIsBetter,
            target: Some(Column::Each(&targets)),
            baseline: Some(Column::Each(&highs)),
            limit: ScoreLimit::Clamp,
            ..none()
        },
        KpiScoreBatchInput {
            direction: KpiDirection::LowerIsBetter,
            target: Some(Column::All(50.0)),
            ..none()
        },
        KpiScoreBatchInput {
            direction: KpiDirection::TargetRange,
            min: Some(Column::Each(&targets)),
            max: Some(Column::All(80.0)),
            tolerance: Some(Column::Each(&tolerances)),
            upper_tolerance: Some(Column::All(10.0)),
            bands: &scale,
            ..none()
        },
        KpiScoreBatchInput {
            target: Some(Column::Each(&targets)),
            ..none()
        },
    ];
    for input in cases {
        let result = kpi_score_batch(&input).unwrap();
        assert_eq!(result.score.len(), actual.len());
        for (index, &value) in actual.iter().enumerate() {
            let at = |column: Option<Column<'_>>| column.map(|column| column.at(index));
            let rule = KpiRule::from_fields(&KpiRuleFields {
                direction: input.direction,
                target: at(input.target),
                baseline: at(input.baseline),
                min: at(input.min),
                max: at(input.max),
                tolerance: at(input.tolerance),
                lower_tolerance: at(input.lower_tolerance),
                upper_tolerance: at(input.upper_tolerance),
            })
            .unwrap();
            let single = score_kpi(&KpiInput {
                limit: input.limit,
                bands: input.bands.clone(),
                ..KpiInput::new(value, rule)
            })
            .unwrap();
            assert_eq!(result.score[index], single.score, "item {index}");
            assert_eq!(
                u32::from(result.status_index[index]),
                single.status_index,
                "item {index}"
            );
        }
    }
}

#[test]
fn errors_name_the_item_or_the_value_for_all() {
    let bands = StatusBands::default();
    let higher = |actual| KpiScoreBatchInput {
        target: Some(Column::All(100.0)),
        ..batch(actual, KpiDirection::HigherIsBetter, &bands)
    };
    assert_eq!(
        field_and_code(&higher(&[1.0, f64::NAN])),
        ("actual[1]".to_owned(), ErrorCode::NotFinite)
    );
    // A baseline above the target when higher is better, for item 2 only or for all.
    let input = KpiScoreBatchInput {
        baseline: Some(Column::Each(&[0.0, 50.0, 150.0])),
        ..higher(&[1.0, 2.0, 3.0])
    };
    assert_eq!(
        field_and_code(&input),
        ("baseline[2]".to_owned(), ErrorCode::OutOfRange)
    );
    // A shared baseline above one item's target: the item's error.
    let input = KpiScoreBatchInput {
        target: Some(Column::Each(&[100.0, 40.0])),
        baseline: Some(Column::All(50.0)),
        ..higher(&[1.0, 2.0])
    };
    assert_eq!(
        field_and_code(&input),
        ("baseline[1]".to_owned(), ErrorCode::OutOfRange)
    );
    let input = KpiScoreBatchInput {
        baseline: Some(Column::All(100.0)),
        ..higher(&[1.0])
    };
    assert_eq!(
        field_and_code(&input),
        ("baseline".to_owned(), ErrorCode::OutOfRange)
    );
    // The rule's shape and the cap are named without an index, even with no items.
    let input = batch(&[], KpiDirection::Binary, &bands);
    assert_eq!(
        field_and_code(&input),
        ("target".to_owned(), ErrorCode::MissingField)
    );
    let input = KpiScoreBatchInput {
        direction: KpiDirection::Binary,
        baseline: Some(Column::Each(&[1.0])),
        ..higher(&[1.0])
    };
    assert_eq!(
        field_and_code(&input),
        ("baseline".to_owned(), ErrorCode::ConflictingFields)
    );
    let input = KpiScoreBatchInput {
        limit: ScoreLimit::Cap(0.0),
        ..higher(&[1.0])
    };
    assert_eq!(
        field_and_code(&input),
        ("cap".to_owned(), ErrorCode::NotPositive)
    );
    let input = KpiScoreBatchInput {
        direction: KpiDirection::TargetRange,
        target: None,
        min: Some(Column::All(5.0)),
        max: Some(Column::Each(&[8.0, 4.0])),
        ..higher(&[1.0, 2.0])
    };
    assert_eq!(
        field_and_code(&input),
        ("max[1]".to_owned(), ErrorCode::OutOfRange)
    );
    let input = KpiScoreBatchInput {
        target: Some(Column::Each(&[1.0, 2.0])),
        ..higher(&[1.0])
    };
    assert_eq!(
        field_and_code(&input),
        ("target".to_owned(), ErrorCode::ConflictingFields)
    );
}

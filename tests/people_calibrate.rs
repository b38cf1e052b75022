//! Calibration of ratings across managers: a published z-score example, hand-computed
//! mean shifts and distributions, and every error path.
//!
//! Published: calculatorsir.com, "Performance Review Score Normalizer": raw 3.5,
//! manager mean 4.2, manager SD 0.7, global mean 3.8, global SD 0.6:
//! z = (3.5 − 4.2) / 0.7 = −1, normalised 3.8 − 0.6 = 3.2. The ratings below are built
//! to have exactly those statistics (population σ): manager M rates 3.5 and 4.9 (mean
//! 4.2, σ 0.7); manager N rates 4.3, 3.5, 3.4 and 3.2 (mean 3.6); all six have mean
//! 22.8 / 6 = 3.8 and variance 88.8 / 6 − 3.8² = 0.36.
//!
//! Hand-computed mean shift of the same: M's 3.5 → 3.5 − 4.2 + 3.8 = 3.1, 4.9 → 4.5;
//! N's 4.3 → 4.5, 3.5 → 3.7, 3.4 → 3.6, 3.2 → 3.4. On the default bands (1 to 5,
//! halves up) the ratings as given fall 0, 0, 2, 3, 1 (3.2 and 3.4 round to 3; 3.5,
//! 3.5 and 4.3 to 4; shares 0, 0, 1/3, 1/2, 1/6 against 0.1, 0.2, 0.4, 0.2, 0.1);
//! mean-shifted 0, 0, 2, 2, 2 (the two 4.5s round up).
#![allow(clippy::unwrap_used, clippy::float_cmp, clippy::indexing_slicing)]

mod common;

use approx::assert_relative_eq;
use common::{error_at, failure};
use opscalc::ErrorCode;
use opscalc::people::{
    CalibrateInput, CalibrationMethod, CalibrationRating, GuidelineBand, RatingScale, calibrate,
};

const CLOSE: f64 = 1e-12;

fn published() -> CalibrateInput {
    let rows = [
        ("ann", "M", 3.5),
        ("bea", "N", 4.3),
        ("cal", "M", 4.9),
        ("dev", "N", 3.5),
        ("eve", "N", 3.4),
        ("fay", "N", 3.2),
    ];
    CalibrateInput::new(
        rows.iter()
            .map(|&(employee, manager, score)| CalibrationRating::new(employee, manager, score))
            .collect(),
    )
}

#[test]
fn the_published_z_score_example() {
    let result = calibrate(&published()).unwrap();
    assert_relative_eq!(result.mean, 3.8, epsilon = CLOSE);
    assert_relative_eq!(result.sd, 0.6, epsilon = CLOSE);
    let m = &result.managers[0];
    assert_eq!((m.manager.as_str(), m.stats.count), ("M", 2));
    assert_relative_eq!(m.stats.mean, 4.2, epsilon = CLOSE);
    assert_relative_eq!(m.stats.sd, 0.7, epsilon = CLOSE);
    let ann = &result.ratings[0];
    assert_relative_eq!(ann.z.unwrap(), -1.0, epsilon = CLOSE);
    assert_relative_eq!(ann.calibrated, 3.2, epsilon = CLOSE);
    assert_relative_eq!(result.ratings[2].calibrated, 4.4, epsilon = CLOSE);
    assert_eq!(result.method, CalibrationMethod::ZScore);
    let order: Vec<_> = result.ratings.iter().map(|r| r.employee.as_str()).collect();
    assert_eq!(order, ["ann", "bea", "cal", "dev", "eve", "fay"]);
    // N's z-scores: (x − 3.6) / √0.175, calibrated 3.8 + 0.6 z.
    let n_sd = 0.175_f64.sqrt();
    assert_relative_eq!(
        result.ratings[1].calibrated,
        3.8 + 0.6 * 0.7 / n_sd,
        epsilon = CLOSE
    );
}

#[test]
fn mean_shift_and_none_with_the_distributions() {
    let mut input = published();
    input.method = CalibrationMethod::MeanShift;
    let result = calibrate(&input).unwrap();
    let calibrated: Vec<f64> = result.ratings.iter().map(|r| r.calibrated).collect();
    for (found, expected) in calibrated.iter().zip([3.1, 4.5, 4.5, 3.7, 3.6, 3.4]) {
        assert_relative_eq!(*found, expected, epsilon = 1e-12);
    }
    assert!(result.ratings.iter().all(|r| r.z.is_none()));
    let labels: Vec<_> = result.before.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "3", "4", "5"]);
    assert_eq!(
        result.before.iter().map(|b| b.count).collect::<Vec<_>>(),
        [0, 0, 2, 3, 1]
    );
    assert_eq!(
        result.after.iter().map(|b| b.count).collect::<Vec<_>>(),
        [0, 0, 2, 2, 2]
    );
    assert_relative_eq!(result.before[3].share, 0.5, epsilon = CLOSE);
    assert_eq!(result.before[3].guideline, 0.2);
    assert_relative_eq!(result.before[3].difference, 0.3, epsilon = CLOSE);
    assert_eq!(result.before[0].up_to, Some(1.5));
    assert_eq!(result.before[4].up_to, None);

    input.method = CalibrationMethod::None;
    let result = calibrate(&input).unwrap();
    assert!(result.ratings.iter().all(|r| r.calibrated == r.score));
    assert_eq!(result.before, result.after);
}

#[test]
fn a_single_rating_or_a_flat_manager_goes_to_the_mean_and_results_are_clamped() {
    let input = CalibrateInput::new(vec![
        CalibrationRating::new("a", "solo", 5.0),
        CalibrationRating::new("b", "flat", 2.0),
        CalibrationRating::new("c", "flat", 2.0),
        CalibrationRating::new("d", "wide", 1.0),
        CalibrationRating::new("e", "wide", 5.0),
    ]);
    // μ = 15 / 5 = 3; σ² = (4 + 1 + 1 + 4 + 4) / 5 = 2.8.
    let result = calibrate(&input).unwrap();
    assert_eq!(result.mean, 3.0);
    assert_eq!(result.ratings[0].z, Some(0.0));
    assert_eq!(result.ratings[0].calibrated, 3.0);
    assert_eq!(result.ratings[1].calibrated, 3.0);
    // Wide: z = ±1, 3 ± √2.8.
    assert_relative_eq!(
        result.ratings[4].calibrated,
        3.0 + 2.8_f64.sqrt(),
        epsilon = CLOSE
    );

    // Mean shift: solo 5 − 5 + 3 = 3; a manager of 4 and 5 beside one of 1 and 2
    // (μ = 3) moves 5 to 5 − 4.5 + 3 = 3.5; clamping shows with 1 and 5 beside 5, 5.
    let mut input = CalibrateInput::new(vec![
        CalibrationRating::new("a", "hard", 1.0),
        CalibrationRating::new("b", "hard", 5.0),
        CalibrationRating::new("c", "soft", 5.0),
        CalibrationRating::new("d", "soft", 5.0),
    ]);
    input.method = CalibrationMethod::MeanShift;
    // μ = 4; hard's mean 3: 1 → 2, 5 → 6, clamped to 5.
    let result = calibrate(&input).unwrap();
    assert_eq!(result.ratings[0].calibrated, 2.0);
    assert_eq!(result.ratings[1].calibrated, 5.0);
}

#[test]
fn a_guideline_of_three_bands_and_another_scale() {
    let mut input = published();
    input.guideline = Some(vec![
        GuidelineBand::new("below", Some(3.5), 0.25),
        GuidelineBand::new("meets", Some(4.5), 0.5),
        GuidelineBand::new("exceeds", None, 0.25),
    ]);
    let result = calibrate(&input).unwrap();
    // 3.4 and 3.2 below 3.5; 3.5, 4.3, 3.5 meet; 4.9 exceeds.
    assert_eq!(
        result.before.iter().map(|b| b.count).collect::<Vec<_>>(),
        [2, 3, 1]
    );
    assert_relative_eq!(
        result.before[0].difference,
        2.0 / 6.0 - 0.25,
        epsilon = CLOSE
    );

    // On 0 to 10 the default points are 0, 2.5, 5, 7.5, 10: not whole, so "band k".
    let mut input = published();
    input.scale = RatingScale::new(0.0, 10.0).unwrap();
    let result = calibrate(&input).unwrap();
    assert_eq!(result.before[1].label, "band 2");
    assert_eq!(result.before[0].up_to, Some(1.25));
    // On 0 to 8 they are 0, 2, 4, 6, 8.
    input.scale = RatingScale::new(0.0, 8.0).unwrap();
    let labels: Vec<_> = calibrate(&input)
        .unwrap()
        .before
        .into_iter()
        .map(|b| b.label)
        .collect();
    assert_eq!(labels, ["0", "2", "4", "6", "8"]);
}

#[test]
fn every_error_names_its_field() {
    let check = |change: &dyn Fn(&mut CalibrateInput), code: ErrorCode, field: &str| {
        let mut input = published();
        change(&mut input);
        assert_eq!(failure(calibrate(&input)), error_at(code, field), "{field}");
    };
    check(&|i| i.ratings.clear(), ErrorCode::OutOfRange, "ratings");
    check(
        &|i| {
            i.ratings = (0..10_001)
                .map(|k| CalibrationRating::new(format!("e{k}"), "m", 3.0))
                .collect();
        },
        ErrorCode::TooLarge,
        "ratings",
    );
    check(
        &|i| i.ratings[3].employee = "bea".into(),
        ErrorCode::DuplicateId,
        "ratings[3].employee",
    );
    check(
        &|i| i.ratings[3].employee.clear(),
        ErrorCode::InvalidInput,
        "ratings[3].employee",
    );
    check(
        &|i| i.ratings[2].manager.clear(),
        ErrorCode::InvalidInput,
        "ratings[2].manager",
    );
    check(
        &|i| i.ratings[1].score = 5.5,
        ErrorCode::OutOfRange,
        "ratings[1].score",
    );
    check(
        &|i| i.ratings[1].score = 0.0,
        ErrorCode::OutOfRange,
        "ratings[1].score",
    );
    check(
        &|i| i.ratings[1].score = f64::NAN,
        ErrorCode::NotFinite,
        "ratings[1].score",
    );

    let bands = |bands: Vec<GuidelineBand>| Some(bands);
    let band = |label: &str, up_to, share| GuidelineBand::new(label, up_to, share);
    check(
        &|i| i.guideline = bands(vec![]),
        ErrorCode::OutOfRange,
        "guideline.bands",
    );
    check(
        &|i| i.guideline = bands((0..21).map(|k| band(&format!("b{k}"), None, 0.0)).collect()),
        ErrorCode::TooLarge,
        "guideline.bands",
    );
    check(
        &|i| i.guideline = bands(vec![band("low", Some(3.0), 0.5), band("high", None, 0.4)]),
        ErrorCode::OutOfRange,
        "guideline.bands",
    );
    check(
        &|i| i.guideline = bands(vec![band("low", Some(3.0), 0.5), band("low", None, 0.5)]),
        ErrorCode::DuplicateId,
        "guideline.bands[1].label",
    );
    check(
        &|i| i.guideline = bands(vec![band("", Some(3.0), 0.5), band("high", None, 0.5)]),
        ErrorCode::InvalidInput,
        "guideline.bands[0].label",
    );
    check(
        &|i| i.guideline = bands(vec![band("low", None, 0.5), band("high", None, 0.5)]),
        ErrorCode::MissingField,
        "guideline.bands[0].up_to",
    );
    check(
        &|i| {
            i.guideline = bands(vec![
                band("low", Some(3.0), 0.5),
                band("high", Some(5.0), 0.5),
            ])
        },
        ErrorCode::ConflictingFields,
        "guideline.bands[1].up_to",
    );
    check(
        &|i| {
            i.guideline = bands(vec![
                band("a", Some(3.0), 0.3),
                band("b", Some(3.0), 0.3),
                band("c", None, 0.4),
            ]);
        },
        ErrorCode::OutOfRange,
        "guideline.bands[1].up_to",
    );
    check(
        &|i| {
            i.guideline = bands(vec![
                band("low", Some(f64::NAN), 0.5),
                band("high", None, 0.5),
            ])
        },
        ErrorCode::NotFinite,
        "guideline.bands[0].up_to",
    );
    check(
        &|i| i.guideline = bands(vec![band("low", Some(3.0), -0.5), band("high", None, 1.5)]),
        ErrorCode::Negative,
        "guideline.bands[0].share",
    );
    check(
        &|i| {
            i.guideline = bands(vec![
                band("low", Some(3.0), 0.5),
                band("high", None, f64::NAN),
            ])
        },
        ErrorCode::NotFinite,
        "guideline.bands[1].share",
    );
}

#[test]
fn a_repeated_employee_or_band_label_is_named_as_such() {
    let mut input = published();
    input.ratings[3].employee = input.ratings[0].employee.clone();
    let error = calibrate(&input).expect_err("a repeated employee");
    assert_eq!(error.message(), "repeats the employee of ratings[0]");

    let mut input = published();
    input.guideline = Some(vec![
        GuidelineBand::new("low", Some(3.0), 0.5),
        GuidelineBand::new("low", None, 0.5),
    ]);
    let error = calibrate(&input).expect_err("a repeated label");
    assert_eq!(error.message(), "repeats the label of guideline.bands[0]");
}

//! Entropy and CRITIC weights against hand-computed decision matrices, constant
//! columns, directions, and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{TEXTBOOK, error_at, failure};
use opscalc::ErrorCode;
use opscalc::scorecard::{CriterionDirection, critic_weights, entropy_weights};

fn assert_all_close(actual: &[f64], expected: &[f64]) {
    assert_eq!(actual.len(), expected.len());
    for (actual, expected) in actual.iter().zip(expected) {
        assert_relative_eq!(*actual, *expected, max_relative = 1e-14, epsilon = 1e-15);
    }
}

/// Hand-computed: column 1 = (1, 1, 2), so p = (¼, ¼, ½) and
/// e₁ = −(1/ln 3)(2·¼ ln ¼ + ½ ln ½) = 1.5 ln 2 / ln 3; column 2 = (1, 0, 0), all in one
/// alternative, e₂ = 0; column 3 constant, e₃ = 1 and weight 0.
#[test]
fn entropy_by_hand() {
    let matrix = [
        vec![1.0, 1.0, 7.0],
        vec![1.0, 0.0, 7.0],
        vec![2.0, 0.0, 7.0],
    ];
    let result = entropy_weights(&matrix).unwrap();
    let e1 = 1.5 * 2_f64.ln() / 3_f64.ln();
    assert_all_close(&result.entropies, &[e1, 0.0, 1.0]);
    assert!(result.entropies[1].is_sign_positive(), "+0, not -0");
    assert_all_close(&result.diversities, &[1.0 - e1, 1.0, 0.0]);
    let total = 2.0 - e1;
    assert_all_close(&result.weights, &[(1.0 - e1) / total, 1.0 / total, 0.0]);
    assert_eq!(result.weights[2], 0.0);
    // Scaling a column does not change anything.
    let scaled: Vec<Vec<f64>> = matrix
        .iter()
        .map(|row| vec![row[0] * 1000.0, row[1], row[2]])
        .collect();
    assert_all_close(&entropy_weights(&scaled).unwrap().weights, &result.weights);
}

#[test]
fn entropy_errors() {
    let check = |matrix: &[Vec<f64>], code, field: &str| {
        assert_eq!(failure(entropy_weights(matrix)), error_at(code, field));
    };
    check(&[vec![1.0, 2.0]], ErrorCode::OutOfRange, "matrix");
    check(
        &[vec![1.0, 2.0], vec![1.0]],
        ErrorCode::OutOfRange,
        "matrix[1]",
    );
    check(
        &[vec![1.0], vec![-1.0]],
        ErrorCode::Negative,
        "matrix[1][0]",
    );
    check(
        &[vec![1.0], vec![f64::NAN]],
        ErrorCode::NotFinite,
        "matrix[1][0]",
    );
    check(
        &[vec![1.0, 0.0], vec![2.0, 0.0]],
        ErrorCode::NotPositive,
        "matrix",
    );
    check(
        &[vec![3.0, 1.0], vec![3.0, 1.0]],
        ErrorCode::InvalidInput,
        "matrix",
    );
    check(&vec![vec![1.0]; 10_001], ErrorCode::TooLarge, "matrix");
    check(
        &[vec![1.0; 101], vec![1.0; 101]],
        ErrorCode::TooLarge,
        "matrix[0]",
    );
    check(&[vec![], vec![]], ErrorCode::OutOfRange, "matrix[0]");
}

/// Hand-computed: three alternatives. Benefit column A = (0, 1, 2) and benefit column
/// B = (10, 30, 20) scale to (0, ½, 1) and (0, 1, ½); cost column C = (5, 3, 1) scales to
/// (0, ½, 1). Each has σ = √(1/6) (population); r_AB = r_BC = ½, r_AC = 1. So
/// C_A = σ(0 + ½ + 0) = σ/2, C_B = σ(½ + 0 + ½) = σ, C_C = σ/2: weights ¼, ½, ¼.
#[test]
fn critic_by_hand() {
    let matrix = [
        vec![0.0, 10.0, 5.0],
        vec![1.0, 30.0, 3.0],
        vec![2.0, 20.0, 1.0],
    ];
    let directions = [
        CriterionDirection::Benefit,
        CriterionDirection::Benefit,
        CriterionDirection::Cost,
    ];
    let result = critic_weights(&matrix, Some(&directions)).unwrap();
    let sigma = (1.0_f64 / 6.0).sqrt();
    assert_all_close(&result.standard_deviations, &[sigma; 3]);
    assert_all_close(&result.correlations[0], &[1.0, 0.5, 1.0]);
    assert_all_close(&result.correlations[1], &[0.5, 1.0, 0.5]);
    assert_all_close(&result.information, &[sigma / 2.0, sigma, sigma / 2.0]);
    assert_all_close(&result.weights, &[0.25, 0.5, 0.25]);
    // As a benefit, C correlates −1 with A: C_A = σ(0 + ½ + 2), C_B = σ(½ + 0 + 3/2),
    // C_C = σ(2 + 3/2 + 0): weights 2.5/8, 2/8, 3.5/8.
    let benefit = critic_weights(&matrix, None).unwrap();
    assert_all_close(&benefit.correlations[0], &[1.0, 0.5, -1.0]);
    assert_all_close(&benefit.weights, &[2.5 / 8.0, 2.0 / 8.0, 3.5 / 8.0]);
}

/// A constant column has σ = 0, correlations 0 and weight 0, and is left out of the
/// others' sums: the first three columns keep the weights ¼, ½, ¼ they have without it
/// (the cost-direction case above).
#[test]
fn critic_gives_a_constant_column_no_weight() {
    let matrix = [
        vec![0.0, 10.0, 5.0, 7.0],
        vec![1.0, 30.0, 3.0, 7.0],
        vec![2.0, 20.0, 1.0, 7.0],
    ];
    let directions = [
        CriterionDirection::Benefit,
        CriterionDirection::Benefit,
        CriterionDirection::Cost,
        CriterionDirection::Cost,
    ];
    let result = critic_weights(&matrix, Some(&directions)).unwrap();
    assert_eq!(result.standard_deviations[3], 0.0);
    assert_eq!(result.correlations[3], [0.0, 0.0, 0.0, 1.0]);
    assert_all_close(&result.weights, &[0.25, 0.5, 0.25, 0.0]);
    assert_eq!(result.information[3], 0.0);
}

#[test]
fn critic_errors() {
    let check =
        |matrix: &[Vec<f64>], directions: Option<&[CriterionDirection]>, code, field: &str| {
            assert_eq!(
                failure(critic_weights(matrix, directions)),
                error_at(code, field)
            );
        };
    check(&[vec![1.0, 2.0]], None, ErrorCode::OutOfRange, "matrix");
    check(
        &[vec![1.0, 2.0], vec![1.0, 2.0, 3.0]],
        None,
        ErrorCode::OutOfRange,
        "matrix[1]",
    );
    check(
        &[vec![1.0], vec![f64::INFINITY]],
        None,
        ErrorCode::NotFinite,
        "matrix[1][0]",
    );
    check(
        &[vec![1.0, 2.0], vec![1.0, 2.0]],
        None,
        ErrorCode::InvalidInput,
        "matrix",
    );
    check(
        &[vec![1.0, 2.0], vec![2.0, 1.0]],
        Some(&[CriterionDirection::Cost]),
        ErrorCode::OutOfRange,
        "directions",
    );
    check(
        &[vec![-1e308], vec![1e308]],
        None,
        ErrorCode::NumericRange,
        "matrix",
    );
    // Negative values are fine for CRITIC (only differences matter).
    let result = critic_weights(&[vec![-1.0, 2.0], vec![-3.0, 5.0], vec![0.0, 1.0]], None).unwrap();
    assert_relative_eq!(
        result.weights.iter().sum::<f64>(),
        1.0,
        max_relative = TEXTBOOK
    );
}

//! The analytic hierarchy process against Saaty's published wealth-of-nations
//! example, hand-computed matrices, the two ways of giving judgements, the random
//! index tables, and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{TEXTBOOK, error_at, failure};
use opscalc::ErrorCode;
use opscalc::scorecard::{
    ALONSO_LAMATA_RANDOM_INDEX, Ahp, AhpInput, AhpMethod, MAX_TRACED_ITERATIONS,
    PairwiseComparison, PairwiseJudgements, RandomIndexTable, SAATY_RANDOM_INDEX, ahp_weights,
};

fn matrix_input(matrix: Vec<Vec<f64>>) -> AhpInput {
    AhpInput::new(PairwiseJudgements::Matrix(matrix))
}

fn run(input: &AhpInput) -> Ahp {
    ahp_weights(input).unwrap()
}

/// The relative wealth of seven nations, judged pairwise (Saaty & Khouja 1976, as
/// reproduced in Saaty 1980, *The Analytic Hierarchy Process*, McGraw-Hill, ch. 2):
/// US, USSR, China, France, UK, Japan, West Germany.
fn wealth_of_nations() -> Vec<Vec<f64>> {
    let rows: [[f64; 7]; 7] = [
        [1.0, 4.0, 9.0, 6.0, 6.0, 5.0, 5.0],
        [1.0 / 4.0, 1.0, 7.0, 5.0, 5.0, 3.0, 4.0],
        [
            1.0 / 9.0,
            1.0 / 7.0,
            1.0,
            1.0 / 5.0,
            1.0 / 5.0,
            1.0 / 7.0,
            1.0 / 5.0,
        ],
        [1.0 / 6.0, 1.0 / 5.0, 5.0, 1.0, 1.0, 1.0 / 3.0, 1.0 / 3.0],
        [1.0 / 6.0, 1.0 / 5.0, 5.0, 1.0, 1.0, 1.0 / 3.0, 1.0 / 3.0],
        [1.0 / 5.0, 1.0 / 3.0, 7.0, 3.0, 3.0, 1.0, 2.0],
        [1.0 / 5.0, 1.0 / 4.0, 5.0, 3.0, 3.0, 1.0 / 2.0, 1.0],
    ];
    rows.iter().map(|row| row.to_vec()).collect()
}

fn assert_printed(actual: &[f64], printed: &[f64], half_unit: f64) {
    assert_eq!(actual.len(), printed.len());
    for (actual, printed) in actual.iter().zip(printed) {
        assert!(
            (actual - printed).abs() <= half_unit,
            "{actual} vs {printed}"
        );
    }
}

/// Saaty (1980), wealth of nations: eigenvector 0.427, 0.230, 0.021, 0.052, 0.052,
/// 0.123, 0.094; λmax = 7.61, CI = 0.10, CR = 0.08 (RI = 1.32): acceptable. Every
/// printed figure is reproduced to its last digit.
#[test]
fn wealth_of_nations_by_the_eigenvector() {
    let result = run(&matrix_input(wealth_of_nations()));
    assert_printed(
        &result.weights,
        &[0.427, 0.230, 0.021, 0.052, 0.052, 0.123, 0.094],
        0.0005,
    );
    assert!((result.lambda_max - 7.61).abs() <= 0.005);
    assert!((result.consistency_index - 0.10).abs() <= 0.005);
    assert!((result.consistency_ratio - 0.08).abs() <= 0.005);
    assert_eq!(result.random_index, 1.32);
    assert!(result.consistent && result.most_inconsistent.is_none());
    assert_eq!(result.random_index_table, SAATY_RANDOM_INDEX);
    assert_relative_eq!(
        result.weights.iter().sum::<f64>(),
        1.0,
        max_relative = 1e-15
    );
    // The trace: converged steps, the λ estimate settling on λmax.
    let trace = &result.trace;
    assert!(trace.iteration_count > 1 && trace.iteration_count < 100);
    assert_eq!(trace.iterations.len(), trace.iteration_count as usize);
    let last = trace.iterations.last().unwrap();
    assert!(last.change <= 1e-12);
    assert_relative_eq!(last.lambda, result.lambda_max, max_relative = 1e-12);
    assert_eq!(last.vector, result.weights);
    assert!(trace.row_geometric_means.is_empty() && trace.geometric_mean_total.is_none());
}

/// The same judgements by row geometric means (hand-checked: g_US = (4·9·6·6·5·5)^(1/7)
/// = 32400^(1/7)).
#[test]
fn wealth_of_nations_by_the_geometric_mean() {
    let input = matrix_input(wealth_of_nations()).with_method(AhpMethod::GeometricMean);
    let result = run(&input);
    let means = &result.trace.row_geometric_means;
    assert_relative_eq!(means[0], 32_400_f64.powf(1.0 / 7.0), max_relative = 1e-14);
    let total = result.trace.geometric_mean_total.unwrap();
    assert_relative_eq!(total, means.iter().sum::<f64>(), max_relative = TEXTBOOK);
    assert_relative_eq!(result.weights[0], means[0] / total, max_relative = TEXTBOOK);
    // Close to the eigenvector (within 0.01) and as consistent.
    let eigen = run(&matrix_input(wealth_of_nations()));
    assert_printed(&result.weights, &eigen.weights, 0.01);
    assert!((result.lambda_max - 7.60).abs() <= 0.005);
    assert!(result.consistent);
    assert_eq!(result.trace.iteration_count, 0);
}

/// Hand-computed: the consistent matrix of w = (8, 4, 2, 1)/15 with one judgement
/// reversed (a₁₄ = 1/8 where 8 belongs) is inconsistent, and the reversed comparison
/// is the one flagged, with the implied judgement well above it.
#[test]
fn an_inconsistent_judgement_is_flagged() {
    let matrix = vec![
        vec![1.0, 2.0, 4.0, 0.125],
        vec![0.5, 1.0, 2.0, 4.0],
        vec![0.25, 0.5, 1.0, 2.0],
        vec![8.0, 0.25, 0.5, 1.0],
    ];
    for method in [AhpMethod::Eigenvector, AhpMethod::GeometricMean] {
        let result = run(&matrix_input(matrix.clone()).with_method(method));
        assert!(!result.consistent, "{method:?}");
        assert!(result.consistency_ratio > 0.1);
        let worst = result.most_inconsistent.unwrap();
        assert_eq!((worst.row, worst.column, worst.value), (0, 3, 0.125));
        assert!(worst.implied > 2.0 * worst.value);
        assert_relative_eq!(
            worst.implied,
            result.weights[0] / result.weights[3],
            max_relative = TEXTBOOK
        );
        assert_relative_eq!(
            worst.deviation,
            worst.ratio + 1.0 / worst.ratio,
            max_relative = TEXTBOOK
        );
    }
}

/// Hand-computed: a 3-cycle (a₁₂ = 2, a₂₃ = 2, a₁₃ = 1/4) by geometric means.
#[test]
fn a_three_cycle_by_hand() {
    let matrix = vec![
        vec![1.0, 2.0, 0.25],
        vec![0.5, 1.0, 2.0],
        vec![4.0, 0.5, 1.0],
    ];
    // Rows multiply to 1/2, 1 and 2, so g = 2^(−1/3), 1, 2^(1/3).
    let result = run(&matrix_input(matrix).with_method(AhpMethod::GeometricMean));
    let g = [2_f64.powf(-1.0 / 3.0), 1.0, 2_f64.powf(1.0 / 3.0)];
    let total: f64 = g.iter().sum();
    for (weight, g) in result.weights.iter().zip(g) {
        assert_relative_eq!(*weight, g / total, max_relative = TEXTBOOK);
    }
    // (Aw)ᵢ/wᵢ = Σⱼ aᵢⱼ gⱼ / gᵢ: row 1: 1 + 2·2^(1/3) + 0.25·2^(2/3); row 2:
    // 1 + 0.5·2^(−1/3) + 2·2^(1/3); row 3: 1 + 4·2^(−2/3) + 0.5·2^(−1/3).
    let c = 2_f64.powf(1.0 / 3.0);
    let lambda = (3.0 + 2.0 * c + 0.25 * c * c + 0.5 / c + 2.0 * c + 4.0 / (c * c) + 0.5 / c) / 3.0;
    assert_relative_eq!(result.lambda_max, lambda, max_relative = 1e-14);
    assert_relative_eq!(
        result.consistency_ratio,
        (lambda - 3.0) / 2.0 / 0.58,
        max_relative = 1e-14
    );
}

#[test]
fn judgements_as_comparisons_complete_the_same_matrix() {
    let criteria = ["price", "quality", "service"].map(String::from).to_vec();
    let comparisons = vec![
        PairwiseComparison::new("price", "quality", 2.0),
        // Given the other way round: service is 1/4 as important as price.
        PairwiseComparison::new("service", "price", 0.25),
        PairwiseComparison::new("quality", "service", 2.0),
    ];
    let judgements = PairwiseJudgements::Comparisons {
        criteria,
        comparisons,
    };
    let result = run(&AhpInput::new(judgements));
    assert_eq!(
        result.matrix,
        [
            vec![1.0, 2.0, 4.0],
            vec![0.5, 1.0, 2.0],
            vec![0.25, 0.5, 1.0]
        ]
    );
    for (weight, expected) in result.weights.iter().zip([4.0, 2.0, 1.0]) {
        assert_relative_eq!(*weight, expected / 7.0, max_relative = 1e-12);
    }
    assert!(result.consistency_ratio < 1e-12 && result.consistent);
}

/// Lower-triangle entries written to 3 significant digits (0.333, 0.143) are
/// accepted and replaced by exact reciprocals.
#[test]
fn three_digit_reciprocals_are_accepted() {
    let matrix = vec![
        vec![1.0, 3.0, 7.0],
        vec![0.333, 1.0, 3.0],
        vec![0.143, 0.333, 1.0],
    ];
    let result = run(&matrix_input(matrix));
    assert_eq!(result.matrix[1][0], 1.0 / 3.0);
    assert_eq!(result.matrix[2][0], 1.0 / 7.0);
    // Two decimals (0.33 for 1/3, 1 % off) are refused.
    let rough = vec![vec![1.0, 3.0], vec![0.33, 1.0]];
    assert_eq!(
        failure(ahp_weights(&matrix_input(rough))),
        error_at(ErrorCode::NotReciprocal, "matrix[1][0]")
    );
}

#[test]
fn small_matrices_and_the_random_index_tables() {
    let one = run(&matrix_input(vec![vec![1.0]]));
    assert_eq!(one.weights, [1.0]);
    assert_eq!((one.consistency_index, one.consistency_ratio), (0.0, 0.0));
    let two = run(&matrix_input(vec![vec![1.0, 3.0], vec![1.0 / 3.0, 1.0]]));
    assert_relative_eq!(two.weights[0], 0.75, max_relative = 1e-12);
    assert_eq!((two.random_index, two.consistency_ratio), (0.0, 0.0));
    assert!(two.consistent);
    // Alonso & Lamata's RI for n = 7 is 1.3417.
    let input = matrix_input(wealth_of_nations()).with_random_index(RandomIndexTable::AlonsoLamata);
    let result = run(&input);
    assert_eq!(result.random_index, 1.3417);
    assert_eq!(result.random_index_table, ALONSO_LAMATA_RANDOM_INDEX);
    assert_relative_eq!(
        result.consistency_ratio,
        result.consistency_index / 1.3417,
        max_relative = TEXTBOOK
    );
    // A stricter threshold makes the same judgements inconsistent.
    let strict = run(&matrix_input(wealth_of_nations()).with_consistency_threshold(0.05));
    assert!(!strict.consistent);
    let worst = strict.most_inconsistent.unwrap();
    assert!(worst.row < worst.column);
    assert_eq!(strict.consistency_threshold, 0.05);
}

#[test]
fn the_trace_is_capped() {
    // A strongly inconsistent 15 × 15 matrix (aᵢⱼ = 9 for j = i + 1, 1/9 otherwise above
    // the diagonal) takes many steps; the trace keeps the first 50.
    let n = 15;
    let matrix: Vec<Vec<f64>> = (0..n)
        .map(|i| {
            (0..n)
                .map(|j| {
                    let upper = if j == i + 1 { 9.0 } else { 1.0 / 9.0 };
                    match j {
                        _ if i == j => 1.0,
                        _ if j > i => upper,
                        _ => 1.0 / if i == j + 1 { 9.0 } else { 1.0 / 9.0 },
                    }
                })
                .collect()
        })
        .collect();
    let result = run(&matrix_input(matrix));
    assert!(result.trace.iterations.len() <= MAX_TRACED_ITERATIONS);
    assert!(!result.consistent);
    assert_relative_eq!(
        result.weights.iter().sum::<f64>(),
        1.0,
        max_relative = 1e-14
    );
}

fn comparisons_input(criteria: &[&str], comparisons: &[(&str, &str, f64)]) -> AhpInput {
    AhpInput::new(PairwiseJudgements::Comparisons {
        criteria: criteria.iter().map(|id| (*id).to_owned()).collect(),
        comparisons: comparisons
            .iter()
            .map(|(a, b, value)| PairwiseComparison::new(*a, *b, *value))
            .collect(),
    })
}

#[test]
fn matrix_errors_name_the_entry() {
    let check = |matrix: Vec<Vec<f64>>, code, field: &str| {
        assert_eq!(
            failure(ahp_weights(&matrix_input(matrix))),
            error_at(code, field)
        );
    };
    check(vec![], ErrorCode::OutOfRange, "matrix");
    check(vec![vec![1.0; 16]; 16], ErrorCode::TooLarge, "matrix");
    check(vec![vec![1.0, 2.0]], ErrorCode::OutOfRange, "matrix[0]");
    check(
        vec![vec![1.0, 2.0], vec![0.5]],
        ErrorCode::OutOfRange,
        "matrix[1]",
    );
    check(
        vec![vec![1.0, f64::NAN], vec![0.5, 1.0]],
        ErrorCode::NotFinite,
        "matrix[0][1]",
    );
    check(
        vec![vec![1.0, 2.0], vec![-0.5, 1.0]],
        ErrorCode::NotPositive,
        "matrix[1][0]",
    );
    check(
        vec![vec![1.0, 2.0], vec![0.5, 2.0]],
        ErrorCode::OutOfRange,
        "matrix[1][1]",
    );
    check(
        vec![
            vec![1.0, 2.0, 3.0],
            vec![0.5, 1.0, 4.0],
            vec![1.0 / 3.0, 4.0, 1.0],
        ],
        ErrorCode::NotReciprocal,
        "matrix[2][1]",
    );
    let threshold = matrix_input(vec![vec![1.0]]).with_consistency_threshold(0.0);
    assert_eq!(
        failure(ahp_weights(&threshold)),
        error_at(ErrorCode::NotPositive, "consistency_threshold")
    );
    let huge = vec![vec![1.0, 1e300], vec![1e-300, 1.0]];
    let result = ahp_weights(&matrix_input(huge.clone())).unwrap();
    assert!(result.weights[1] > 0.0);
    let _ = huge;
}

#[test]
fn comparison_errors_name_the_comparison() {
    let abc = ["a", "b", "c"];
    let full = [("a", "b", 2.0), ("a", "c", 3.0), ("b", "c", 1.0)];
    assert!(ahp_weights(&comparisons_input(&abc, &full)).is_ok());
    let check = |criteria: &[&str], comparisons: &[(&str, &str, f64)], code, field: &str| {
        assert_eq!(
            failure(ahp_weights(&comparisons_input(criteria, comparisons))),
            error_at(code, field)
        );
    };
    check(&[], &[], ErrorCode::OutOfRange, "criteria");
    let sixteen: Vec<String> = (0..16).map(|i| format!("c{i}")).collect();
    let sixteen: Vec<&str> = sixteen.iter().map(String::as_str).collect();
    check(&sixteen, &[], ErrorCode::TooLarge, "criteria");
    check(&["a", "a"], &[], ErrorCode::DuplicateId, "criteria[1]");
    check(&["a", ""], &[], ErrorCode::InvalidInput, "criteria[1]");
    check(
        &abc,
        &[("a", "x", 2.0)],
        ErrorCode::UnknownId,
        "comparisons[0].b",
    );
    check(
        &abc,
        &[("x", "a", 2.0)],
        ErrorCode::UnknownId,
        "comparisons[0].a",
    );
    check(
        &abc,
        &[("a", "a", 2.0)],
        ErrorCode::InvalidInput,
        "comparisons[0].b",
    );
    check(
        &abc,
        &[("a", "b", 0.0)],
        ErrorCode::NotPositive,
        "comparisons[0].value",
    );
    check(
        &abc,
        &[("a", "b", f64::INFINITY)],
        ErrorCode::NotFinite,
        "comparisons[0].value",
    );
    check(
        &abc,
        &[("a", "b", 2.0), ("b", "a", 0.5)],
        ErrorCode::DuplicateId,
        "comparisons[1]",
    );
    let missing = ahp_weights(&comparisons_input(&abc, &full[..2])).unwrap_err();
    assert_eq!(
        (missing.code(), missing.field(), missing.message()),
        (
            ErrorCode::MissingField,
            "comparisons",
            "lack the comparison of `b` with `c`"
        )
    );
    // One criterion needs no comparison.
    assert_eq!(
        ahp_weights(&comparisons_input(&["a"], &[]))
            .unwrap()
            .weights,
        [1.0]
    );
}

/// Entries whose magnitudes overflow (a comparison of 5e-324 has a reciprocal of
/// infinity) or keep the power iteration from converging (4.3e9) are a numeric range
/// error naming what the caller gave: `comparisons` when the matrix was built from them
/// (found by fuzzing the JS API, where it named a `matrix` the caller never gave).
#[test]
fn numeric_errors_name_the_comparisons_when_they_were_given() {
    for value in [5e-324, 4.3e9] {
        let input = comparisons_input(
            &["price", "quality", "service"],
            &[
                ("price", "quality", value),
                ("service", "price", 0.25),
                ("quality", "service", 2.0),
            ],
        );
        assert_eq!(
            failure(ahp_weights(&input)),
            error_at(ErrorCode::NumericRange, "comparisons"),
            "{value}"
        );
    }
    // The same judgements as a matrix: named `matrix`.
    let matrix = vec![
        vec![1.0, 4.3e9, 4.0],
        vec![1.0 / 4.3e9, 1.0, 2.0],
        vec![0.25, 0.5, 1.0],
    ];
    assert_eq!(
        failure(ahp_weights(&matrix_input(matrix))),
        error_at(ErrorCode::NumericRange, "matrix")
    );
}

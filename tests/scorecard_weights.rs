//! Direct, equal and rank-based weights: the closed forms (Barron & Barrett 1996 for
//! the rank-order centroid), ties, and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{TEXTBOOK, error_at, failure};
use opscalc::ErrorCode;
use opscalc::scorecard::{
    MAX_WEIGHTS, RankMethod, RankPosition, direct_weights, equal_weights, rank_weights,
};

fn assert_all_close(actual: &[f64], expected: &[f64]) {
    assert_eq!(actual.len(), expected.len());
    for (actual, expected) in actual.iter().zip(expected) {
        assert_relative_eq!(*actual, *expected, max_relative = TEXTBOOK);
    }
}

#[test]
fn direct_weights_divide_by_the_total() {
    let result = direct_weights(&[40.0, 35.0, 25.0, 0.0]).unwrap();
    assert_all_close(&result.weights, &[0.4, 0.35, 0.25, 0.0]);
    assert_eq!(result.total, 100.0);
    assert_eq!(
        failure(direct_weights(&[1.0, f64::NAN])),
        error_at(ErrorCode::NotFinite, "values[1]")
    );
}

#[test]
fn equal_weights_are_one_over_n() {
    assert_eq!(equal_weights(1).unwrap().weights, [1.0]);
    assert_all_close(&equal_weights(3).unwrap().weights, &[1.0 / 3.0; 3]);
    assert_eq!(equal_weights(MAX_WEIGHTS).unwrap().weights.len(), 10_000);
    assert_eq!(
        failure(equal_weights(0)),
        error_at(ErrorCode::OutOfRange, "count")
    );
    assert_eq!(
        failure(equal_weights(MAX_WEIGHTS + 1)),
        error_at(ErrorCode::TooLarge, "count")
    );
}

/// Barron & Barrett (1996), "Decision quality using ranked attribute weights",
/// *Management Science* 42(11), 1515–1523: `w_r = (1/n) Σ_{k=r}^{n} 1/k`, written out
/// here term by term for n = 2..10. Their printed n = 4 weights are 0.5208, 0.2708,
/// 0.1458 and 0.0625.
#[test]
fn rank_order_centroid_matches_the_closed_form_for_2_to_10_criteria() {
    for n in 2..=10_u32 {
        let ranks: Vec<u32> = (1..=n).collect();
        let result = rank_weights(&ranks, RankMethod::RankOrderCentroid).unwrap();
        let expected: Vec<f64> = (1..=n)
            .map(|r| (r..=n).map(|k| 1.0 / f64::from(k)).sum::<f64>() / f64::from(n))
            .collect();
        assert_all_close(&result.weights, &expected);
        assert_all_close(&result.positional_weights, &expected);
        assert_relative_eq!(
            result.weights.iter().sum::<f64>(),
            1.0,
            max_relative = 1e-15
        );
    }
    let four = rank_weights(&[1, 2, 3, 4], RankMethod::RankOrderCentroid).unwrap();
    for (weight, printed) in four.weights.iter().zip([0.5208, 0.2708, 0.1458, 0.0625]) {
        assert!((weight - printed).abs() < 5e-5, "{weight} vs {printed}");
    }
}

#[test]
fn rank_sum_and_reciprocal_match_their_closed_forms() {
    for n in 1..=10_u32 {
        let ranks: Vec<u32> = (1..=n).rev().collect();
        let sum = rank_weights(&ranks, RankMethod::RankSum).unwrap();
        let nf = f64::from(n);
        let expected: Vec<f64> = ranks
            .iter()
            .map(|&r| 2.0 * (nf + 1.0 - f64::from(r)) / (nf * (nf + 1.0)))
            .collect();
        assert_all_close(&sum.weights, &expected);
        let reciprocal = rank_weights(&ranks, RankMethod::RankReciprocal).unwrap();
        let harmonic: f64 = (1..=n).map(|j| 1.0 / f64::from(j)).sum();
        let expected: Vec<f64> = ranks
            .iter()
            .map(|&r| 1.0 / f64::from(r) / harmonic)
            .collect();
        assert_all_close(&reciprocal.weights, &expected);
    }
    // Rank sum with 4 criteria: 4/10, 3/10, 2/10, 1/10.
    let four = rank_weights(&[1, 2, 3, 4], RankMethod::RankSum).unwrap();
    assert_all_close(&four.weights, &[0.4, 0.3, 0.2, 0.1]);
}

/// Ties share the weights of the positions they occupy; competition ranking
/// [1, 2, 2, 4] and dense ranking [1, 2, 2, 3] mean the same.
#[test]
fn tied_ranks_share_their_positions_weights() {
    for ranks in [[1, 2, 2, 4], [1, 2, 2, 3], [5, 9, 9, 12]] {
        let result = rank_weights(&ranks, RankMethod::RankSum).unwrap();
        assert_all_close(&result.positional_weights, &[0.4, 0.3, 0.2, 0.1]);
        assert_all_close(&result.weights, &[0.4, 0.25, 0.25, 0.1]);
        assert_eq!(
            result.positions,
            [
                RankPosition { first: 1, last: 1 },
                RankPosition { first: 2, last: 3 },
                RankPosition { first: 2, last: 3 },
                RankPosition { first: 4, last: 4 },
            ]
        );
    }
    // Input order is kept; all tied is equal weights.
    let shuffled = rank_weights(&[2, 1, 2], RankMethod::RankOrderCentroid).unwrap();
    assert_relative_eq!(shuffled.weights[1], 11.0 / 18.0, max_relative = TEXTBOOK);
    assert_relative_eq!(shuffled.weights[0], 3.5 / 18.0, max_relative = TEXTBOOK);
    assert_eq!(shuffled.weights[0], shuffled.weights[2]);
    let all_tied = rank_weights(&[3, 3, 3], RankMethod::RankReciprocal).unwrap();
    assert_all_close(&all_tied.weights, &[1.0 / 3.0; 3]);
}

#[test]
fn rank_errors_name_the_list_or_the_rank() {
    assert_eq!(
        failure(rank_weights(&[], RankMethod::RankSum)),
        error_at(ErrorCode::OutOfRange, "ranks")
    );
    assert_eq!(
        failure(rank_weights(&[1, 0, 2], RankMethod::RankSum)),
        error_at(ErrorCode::NotPositive, "ranks[1]")
    );
    let long = vec![1; MAX_WEIGHTS as usize + 1];
    assert_eq!(
        failure(rank_weights(&long, RankMethod::RankOrderCentroid)),
        error_at(ErrorCode::TooLarge, "ranks")
    );
}

//! Properties of the weighting methods over random inputs (proptest; native only).
// Unwrapping and indexing are assertions in a test; exact equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::float_cmp)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::scorecard::{
    AhpInput, AhpMethod, PairwiseJudgements, RankMethod, ahp_weights, critic_weights,
    entropy_weights, rank_weights,
};
use proptest::prelude::*;

const SLACK: f64 = 1e-9;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= SLACK * a.abs().max(b.abs()).max(1.0)
}

fn method() -> impl Strategy<Value = AhpMethod> {
    prop_oneof![Just(AhpMethod::Eigenvector), Just(AhpMethod::GeometricMean)]
}

/// A positive weight vector of 1 to 15 entries, normalised.
fn weights() -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(0.01_f64..1.0, 1..=15).prop_map(|raw| {
        let total: f64 = raw.iter().sum();
        raw.iter().map(|w| w / total).collect()
    })
}

/// A reciprocal matrix of Saaty-scale judgements, 2 to 15 rows.
fn judgements() -> impl Strategy<Value = Vec<Vec<f64>>> {
    (2_usize..=15).prop_flat_map(|n| {
        prop::collection::vec(
            prop::sample::select(vec![
                1.0 / 9.0,
                1.0 / 5.0,
                1.0 / 3.0,
                1.0,
                2.0,
                3.0,
                5.0,
                9.0,
            ]),
            n * n,
        )
        .prop_map(move |picks| {
            let mut matrix = vec![vec![1.0; n]; n];
            for i in 0..n {
                for j in i + 1..n {
                    matrix[i][j] = picks[i * n + j];
                    matrix[j][i] = 1.0 / picks[i * n + j];
                }
            }
            matrix
        })
    })
}

proptest! {
    /// aᵢⱼ = wᵢ/wⱼ is consistent: both methods give w back, λmax = n and CR = 0.
    #[test]
    fn a_consistent_matrix_gives_back_its_weights(w in weights(), method in method()) {
        let matrix: Vec<Vec<f64>> = w.iter().map(|wi| w.iter().map(|wj| wi / wj).collect()).collect();
        let n = w.len() as f64;
        let result = ahp_weights(&AhpInput::new(PairwiseJudgements::Matrix(matrix)).with_method(method)).unwrap();
        for (got, want) in result.weights.iter().zip(&w) {
            prop_assert!(close(*got, *want), "{got} vs {want}");
        }
        prop_assert!(close(result.lambda_max, n));
        prop_assert!(result.consistency_ratio < 1e-9);
        prop_assert!(result.consistent && result.most_inconsistent.is_none());
    }

    /// Weights are positive and sum to 1; λmax ≥ n; relabelling the criteria permutes
    /// the weights the same way.
    #[test]
    fn weights_sum_to_one_and_follow_a_permutation(
        matrix in judgements(), method in method(), seed in any::<u64>(),
    ) {
        let n = matrix.len();
        let result = ahp_weights(&AhpInput::new(PairwiseJudgements::Matrix(matrix.clone())).with_method(method)).unwrap();
        prop_assert!(close(result.weights.iter().sum::<f64>(), 1.0));
        prop_assert!(result.weights.iter().all(|&w| w > 0.0));
        prop_assert!(result.lambda_max >= n as f64 - 1e-9);
        // A rotation by `shift` as the permutation.
        let shift = (seed % n as u64) as usize;
        let p = |i: usize| (i + shift) % n;
        let mut permuted = vec![vec![1.0; n]; n];
        for i in 0..n {
            for j in 0..n {
                permuted[p(i)][p(j)] = matrix[i][j];
            }
        }
        let moved = ahp_weights(&AhpInput::new(PairwiseJudgements::Matrix(permuted)).with_method(method)).unwrap();
        for i in 0..n {
            prop_assert!((moved.weights[p(i)] - result.weights[i]).abs() < 1e-9);
        }
        prop_assert!(close(moved.lambda_max, result.lambda_max));
    }

    /// Rank weights sum to 1 and never rise as the rank gets worse.
    #[test]
    fn rank_weights_fall_with_the_rank(
        ranks in prop::collection::vec(1_u32..8, 1..40),
        method in prop_oneof![Just(RankMethod::RankSum), Just(RankMethod::RankReciprocal), Just(RankMethod::RankOrderCentroid)],
    ) {
        let result = rank_weights(&ranks, method).unwrap();
        prop_assert!(close(result.weights.iter().sum::<f64>(), 1.0));
        for (a, wa) in ranks.iter().zip(&result.weights) {
            for (b, wb) in ranks.iter().zip(&result.weights) {
                if a < b { prop_assert!(wa > wb); }
                if a == b { prop_assert!(wa == wb); }
            }
        }
    }

    /// Entropy and CRITIC weights sum to 1; entropy ignores a column's scale, CRITIC any
    /// positive affine change of a column.
    #[test]
    fn objective_weights_ignore_units(
        matrix in (2_usize..12, 2_usize..6).prop_flat_map(|(m, n)| prop::collection::vec(prop::collection::vec(0.0_f64..100.0, n), m)),
        scale in 0.1_f64..1000.0, shift in -50.0_f64..50.0,
    ) {
        let changed: Vec<Vec<f64>> = matrix.iter().map(|row| {
            let mut row = row.clone();
            row[0] *= scale;
            row
        }).collect();
        if let Ok(entropy) = entropy_weights(&matrix) {
            prop_assert!(close(entropy.weights.iter().sum::<f64>(), 1.0));
            let again = entropy_weights(&changed).unwrap();
            for (a, b) in entropy.weights.iter().zip(&again.weights) {
                prop_assert!((a - b).abs() < 1e-9);
            }
        }
        let Ok(critic) = critic_weights(&matrix, None) else {
            return Ok(()); // every column constant
        };
        prop_assert!(close(critic.weights.iter().sum::<f64>(), 1.0));
        let affine: Vec<Vec<f64>> = changed.iter().map(|row| {
            let mut row = row.clone();
            row[0] += shift;
            row
        }).collect();
        let again = critic_weights(&affine, None).unwrap();
        for (a, b) in critic.weights.iter().zip(&again.weights) {
            prop_assert!((a - b).abs() < 1e-9);
        }
    }
}

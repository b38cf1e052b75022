//! Rank-based weights: criteria ranked by importance (1 = most important) turned into
//! weights by rank sum, rank reciprocal or rank-order centroid.

use super::MAX_WEIGHTS;
use super::direct_weights::normalise_weights;
use crate::validate::list_length;
use crate::{Error, ErrorCode};

/// How ranks become weights. With `n` criteria and position `p` (1 = most important):
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RankMethod {
    /// Rank sum: `w_p = (n − p + 1) / Σⱼ(n − j + 1) = 2(n + 1 − p) / (n(n + 1))`: weights
    /// fall in a straight line.
    RankSum,
    /// Rank reciprocal: `w_p = (1/p) / Σⱼ 1/j`: weights fall steeply at first.
    RankReciprocal,
    /// Rank-order centroid: `w_p = (1/n) Σ_{k=p..n} 1/k`, the centre of the set of all
    /// weight vectors ordered as the ranks (Barron & Barrett 1996, "Decision quality
    /// using ranked attribute weights", *Management Science* 42(11)).
    RankOrderCentroid,
}

/// Where a criterion falls in the order of importance: positions `first..=last`, more
/// than one when it ties with others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RankPosition {
    /// The first position it occupies, counting from 1.
    pub first: u32,
    /// The last position it occupies (equal to `first` when it ties with no other).
    pub last: u32,
}

/// Weights from ranks.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RankWeights {
    /// Each criterion's weight, in the order of the ranks given; they sum to 1.
    pub weights: Vec<f64>,
    /// `w_p` for positions `p = 1..n`: the weights before ties are averaged.
    pub positional_weights: Vec<f64>,
    /// The positions each criterion occupies, in the order of the ranks given.
    pub positions: Vec<RankPosition>,
}

/// Weights from ranks: 1 = most important, positive whole numbers, ties allowed.
///
/// Positions come from sorting: the criteria are ordered by rank, and the ones sharing
/// a rank occupy consecutive positions, each taking the mean of those positions'
/// weights. So competition ranking `[1, 2, 2, 4]` and dense ranking `[1, 2, 2, 3]` mean
/// the same: the tied pair occupies positions 2 and 3 and shares `(w₂ + w₃)/2` each, and
/// the last criterion has position 4. Only the order of the ranks matters, never their
/// size.
///
/// See [`RankMethod`] for the three formulas.
///
/// # Errors
/// - `out_of_range` naming `ranks` when the list is empty; `too_large` above
///   [`MAX_WEIGHTS`] entries;
/// - `not_positive` naming `ranks[i]` for a rank of 0.
///
/// # Examples
/// Barron & Barrett (1996): with 3 criteria the rank-order centroid weights are
/// 11/18, 5/18 and 2/18.
/// ```
/// use opscalc::scorecard::{rank_weights, RankMethod};
/// let result = rank_weights(&[2, 1, 3], RankMethod::RankOrderCentroid)?;
/// let expected = [5.0 / 18.0, 11.0 / 18.0, 2.0 / 18.0];
/// for (weight, expected) in result.weights.iter().zip(expected) {
///     assert!((weight - expected).abs() < 1e-15);
/// }
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn rank_weights(ranks: &[u32], method: RankMethod) -> Result<RankWeights, Error> {
    list_length("ranks", ranks.len(), MAX_WEIGHTS)?;
    if let Some(index) = ranks.iter().position(|&rank| rank == 0) {
        return Err(Error::new(
            ErrorCode::NotPositive,
            format!("ranks[{index}]"),
            "must be 1 or more (1 = most important)",
        ));
    }
    let positional_weights = positional_weights(ranks.len(), method)?;
    let positions = positions(ranks);
    let weights = positions
        .iter()
        .map(|position| mean_over(&positional_weights, *position))
        .collect();
    Ok(RankWeights {
        weights,
        positional_weights,
        positions,
    })
}

/// `w_p` for `p = 1..=n`.
fn positional_weights(n: usize, method: RankMethod) -> Result<Vec<f64>, Error> {
    let count = n as f64; // n ≤ MAX_WEIGHTS: exact
    let raw: Vec<f64> = match method {
        RankMethod::RankSum => (1..=n).map(|p| count - p as f64 + 1.0).collect(),
        RankMethod::RankReciprocal => (1..=n).map(|p| 1.0 / p as f64).collect(),
        RankMethod::RankOrderCentroid => {
            // Suffix sums Σ_{k=p..n} 1/k, from the last position up.
            let mut sums: Vec<f64> = (1..=n)
                .rev()
                .scan(0.0, |sum, k| {
                    *sum += 1.0 / k as f64;
                    Some(*sum / count)
                })
                .collect();
            sums.reverse();
            return Ok(sums);
        }
    };
    Ok(normalise_weights(&raw, "ranks")?.0)
}

/// The positions each criterion occupies: sorted by rank, ties take consecutive positions.
fn positions(ranks: &[u32]) -> Vec<RankPosition> {
    let mut order: Vec<u32> = ranks.to_vec();
    crate::sort::sort_u32(&mut order);
    ranks
        .iter()
        .map(|rank| {
            let before = order.partition_point(|other| other < rank);
            let through = order.partition_point(|other| other <= rank);
            // Positions count from 1; at most MAX_WEIGHTS of them.
            let first = u32::try_from(before + 1).unwrap_or(u32::MAX);
            let last = u32::try_from(through).unwrap_or(u32::MAX);
            RankPosition { first, last }
        })
        .collect()
}

/// The mean of `weights` over positions `first..=last` (counting from 1).
fn mean_over(weights: &[f64], position: RankPosition) -> f64 {
    let from = position.first as usize - 1;
    let span = weights
        .get(from..position.last as usize)
        .unwrap_or_default();
    span.iter().sum::<f64>() / span.len().max(1) as f64
}

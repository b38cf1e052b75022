//! Entropy weights: a criterion whose values differ more across the alternatives
//! carries more information and weighs more.

use super::decision_matrix::{MAX_ALTERNATIVES, MAX_CRITERIA, column, matrix_shape};
use super::direct_weights::normalise_weights;
use crate::validate::non_negative;
use crate::{Error, ErrorCode};

/// Entropy weights and their working.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct EntropyWeights {
    /// `w_j = d_j / Σd`, one per criterion (column); they sum to 1.
    pub weights: Vec<f64>,
    /// `e_j = −(1/ln m) Σᵢ p_ij ln p_ij`, from 0 (one alternative holds the whole
    /// column) to 1 (a constant column).
    pub entropies: Vec<f64>,
    /// `d_j = 1 − e_j`, the degree of diversification.
    pub diversities: Vec<f64>,
}

/// Weights by Shannon entropy (Zeleny 1982, *Multiple Criteria Decision Making*;
/// Hwang & Yoon 1981, *Multiple Attribute Decision Making*, §4.1.1).
///
/// For a decision matrix `x` of `m` alternatives (rows) by `n` criteria (columns):
/// `p_ij = x_ij / Σᵢ x_ij`, `e_j = −(1/ln m) Σᵢ p_ij ln p_ij` (with `0 ln 0 = 0`),
/// `d_j = 1 − e_j`, `w_j = d_j / Σd`. A constant column has `e_j = 1` exactly and weight
/// 0. Values are in any unit; only each column's proportions matter.
///
/// # Errors
/// - `out_of_range` naming `matrix` for fewer than 2 rows; `too_large` above 10,000
///   rows or (naming `matrix[0]`) 100 columns; `out_of_range` naming `matrix[i]` for a
///   row whose length differs from the first;
/// - `not_finite` / `negative` naming `matrix[i][j]`;
/// - `not_positive` naming `matrix` when a column sums to 0 (the message names it);
/// - `invalid_input` naming `matrix` when every column is constant: no criterion
///   tells the alternatives apart.
///
/// # Examples
/// The first column sets one alternative apart; the second is constant and gets
/// weight 0.
/// ```
/// use opscalc::scorecard::entropy_weights;
/// let result = entropy_weights(&[vec![1.0, 5.0], vec![0.0, 5.0]])?;
/// assert_eq!(result.entropies, [0.0, 1.0]);
/// assert_eq!(result.weights, [1.0, 0.0]);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn entropy_weights(matrix: &[Vec<f64>]) -> Result<EntropyWeights, Error> {
    let (m, n) = matrix_shape(matrix, "matrix", 2, MAX_ALTERNATIVES, MAX_CRITERIA)?;
    for (i, row) in matrix.iter().enumerate() {
        for (j, &value) in row.iter().enumerate() {
            non_negative(&format!("matrix[{i}][{j}]"), value)?;
        }
    }
    let log_m = (m as f64).ln();
    let mut entropies = Vec::with_capacity(n);
    for j in 0..n {
        let values = column(matrix, j);
        let total: f64 = values.iter().sum();
        if total <= 0.0 {
            let message = format!("column {j} must have a value above zero");
            return Err(Error::new(ErrorCode::NotPositive, "matrix", message));
        }
        let entropy = if is_constant(&values) {
            1.0
        } else {
            let sum: f64 = values
                .iter()
                .map(|x| x / total)
                .filter(|&p| p > 0.0)
                .map(|p| p * p.ln())
                .sum();
            // Within [0, 1] in exact arithmetic; keep rounding inside, and make −0
            // (from a column held by one alternative) +0.
            (-sum / log_m).clamp(0.0, 1.0) + 0.0
        };
        entropies.push(entropy);
    }
    let diversities: Vec<f64> = entropies.iter().map(|e| 1.0 - e).collect();
    let (weights, _) = normalise_weights(&diversities, "matrix").map_err(|_| {
        Error::new(
            ErrorCode::InvalidInput,
            "matrix",
            "has every column constant: no criterion tells the alternatives apart",
        )
    })?;
    Ok(EntropyWeights {
        weights,
        entropies,
        diversities,
    })
}

/// Whether every value equals the first.
pub(crate) fn is_constant(values: &[f64]) -> bool {
    let first = values.first().copied().unwrap_or(0.0);
    values.iter().all(|value| value.total_cmp(&first).is_eq())
}

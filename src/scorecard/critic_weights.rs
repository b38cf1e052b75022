//! CRITIC weights (CRiteria Importance Through Intercriteria Correlation): a criterion
//! weighs more when its values spread widely and disagree with the other criteria.

use super::decision_matrix::{MAX_ALTERNATIVES, MAX_CRITERIA, column, matrix_shape};
use super::direct_weights::normalise_weights;
use super::entropy_weights::is_constant;
use crate::{Error, ErrorCode};

/// Whether more of a criterion is better or worse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CriterionDirection {
    /// More is better (profit, quality): `(x − min)/(max − min)`. The default.
    #[default]
    Benefit,
    /// Less is better (cost, defects): `(max − x)/(max − min)`.
    Cost,
}

/// CRITIC weights and their working.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CriticWeights {
    /// `w_j = C_j / ΣC`, one per criterion (column); they sum to 1.
    pub weights: Vec<f64>,
    /// `σ_j`, the population standard deviation of the normalised column (0 for a
    /// constant column).
    pub standard_deviations: Vec<f64>,
    /// `r_jk`, the Pearson correlation of the normalised columns (`n × n`, diagonal 1;
    /// 0 between a constant column and any other).
    pub correlations: Vec<Vec<f64>>,
    /// `C_j = σ_j Σ_k (1 − r_jk)`, the information the criterion carries.
    pub information: Vec<f64>,
}

/// Weights by the CRITIC method (Diakoulaki, Mavrotas & Papayannakis 1995,
/// "Determining objective weights in multiple criteria problems: the CRITIC method",
/// *Computers & Operations Research* 22(7), 763–770).
///
/// Each column of the decision matrix (`m` alternatives by `n` criteria) is scaled to
/// 0..1: `(x − min)/(max − min)` for a benefit criterion, `(max − x)/(max − min)` for a
/// cost. Then `σ_j` is the standard deviation of the scaled column, `r_jk` the Pearson
/// correlation of columns `j` and `k`, `C_j = σ_j Σ_k (1 − r_jk)` and `w_j = C_j / ΣC`.
///
/// `σ` is the population standard deviation (divide by `m`): the alternatives are the
/// whole set being weighed, not a sample. The weights do not depend on the choice,
/// since the sample deviation scales every `σ_j` by the same `√(m/(m−1))`.
///
/// A constant column carries no information: its `σ` is 0, so its weight is 0, and it is
/// left out of the other columns' sums `Σ_k (1 − r_jk)`, so adding one changes no other
/// weight. Its correlations are reported as 0 (Pearson's r is undefined for it).
///
/// # Errors
/// - the shape errors of [`entropy_weights`](super::entropy_weights) (at least 2 rows,
///   at most 10,000 × 100, rows of equal length, finite values);
/// - `out_of_range` naming `directions` when given with a length other than the
///   number of columns;
/// - `invalid_input` naming `matrix` when every column is constant.
///
/// # Examples
/// Two columns that rise together and a third that falls: the third disagrees with
/// both and weighs most.
/// ```
/// use opscalc::scorecard::critic_weights;
/// let matrix = [vec![1.0, 2.0, 3.0], vec![2.0, 4.0, 1.0], vec![3.0, 6.0, 2.0]];
/// let result = critic_weights(&matrix, None)?;
/// assert!((result.correlations[0][1] - 1.0).abs() < 1e-12);
/// assert!(result.weights[2] > result.weights[0]);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn critic_weights(
    matrix: &[Vec<f64>],
    directions: Option<&[CriterionDirection]>,
) -> Result<CriticWeights, Error> {
    let (_, n) = matrix_shape(matrix, "matrix", 2, MAX_ALTERNATIVES, MAX_CRITERIA)?;
    if directions.is_some_and(|directions| directions.len() != n) {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "directions",
            "must have one entry for each column of the matrix",
        ));
    }
    let direction = |j: usize| {
        directions
            .and_then(|directions| directions.get(j).copied())
            .unwrap_or_default()
    };
    // Each column scaled to 0..1 and centred; None for a constant column.
    let centred: Vec<Option<Vec<f64>>> = (0..n)
        .map(|j| Ok(scaled(&column(matrix, j), direction(j))?.map(|scaled| centre(&scaled))))
        .collect::<Result<_, Error>>()?;
    let standard_deviations: Vec<f64> = centred
        .iter()
        .map(|column| {
            column.as_ref().map_or(0.0, |column| {
                (sum_of_products(column, column) / column.len() as f64).sqrt()
            })
        })
        .collect();
    let correlations: Vec<Vec<f64>> = centred
        .iter()
        .enumerate()
        .map(|(j, x)| {
            centred
                .iter()
                .enumerate()
                .map(|(k, y)| match (x, y) {
                    _ if j == k => 1.0,
                    (Some(x), Some(y)) => correlation(x, y),
                    _ => 0.0,
                })
                .collect()
        })
        .collect();
    let information: Vec<f64> = standard_deviations
        .iter()
        .zip(&correlations)
        .map(|(sigma, row)| {
            let conflict: f64 = row
                .iter()
                .zip(&centred)
                .filter(|(_, column)| column.is_some())
                .map(|(r, _)| 1.0 - r)
                .sum();
            sigma * conflict
        })
        .collect();
    let (weights, _) = normalise_weights(&information, "matrix").map_err(|_| {
        Error::new(
            ErrorCode::InvalidInput,
            "matrix",
            "has every column constant: no criterion tells the alternatives apart",
        )
    })?;
    Ok(CriticWeights {
        weights,
        standard_deviations,
        correlations,
        information,
    })
}

/// The column scaled to 0..1 in its direction; `None` when it is constant.
fn scaled(values: &[f64], direction: CriterionDirection) -> Result<Option<Vec<f64>>, Error> {
    if is_constant(values) {
        return Ok(None);
    }
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let range = max - min;
    if !range.is_finite() {
        return Err(Error::new(
            ErrorCode::NumericRange,
            "matrix",
            "has a column whose range overflows a 64-bit float",
        ));
    }
    Ok(Some(
        values
            .iter()
            .map(|x| match direction {
                CriterionDirection::Benefit => (x - min) / range,
                CriterionDirection::Cost => (max - x) / range,
            })
            .collect(),
    ))
}

fn centre(values: &[f64]) -> Vec<f64> {
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    values.iter().map(|x| x - mean).collect()
}

fn sum_of_products(x: &[f64], y: &[f64]) -> f64 {
    x.iter().zip(y).map(|(a, b)| a * b).sum()
}

/// Pearson's r of two centred, non-constant columns, kept within −1..1.
fn correlation(x: &[f64], y: &[f64]) -> f64 {
    let r = sum_of_products(x, y) / (sum_of_products(x, x) * sum_of_products(y, y)).sqrt();
    r.clamp(-1.0, 1.0)
}

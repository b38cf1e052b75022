//! The analytic hierarchy process (Saaty): weights from pairwise comparisons by the
//! principal eigenvector or the row geometric means, and the consistency of the
//! judgements (λmax, CI, CR) with the comparison most at odds with the weights.

use super::ahp_matrix::{PairwiseJudgements, pairwise_matrix};
use super::ahp_random_index::RandomIndexTable;
use super::direct_weights::normalise_weights;
use crate::validate::{positive, representable};
use crate::{Error, ErrorCode};

/// The power iteration stops when no weight moves by more than this between steps.
pub const POWER_ITERATION_TOLERANCE: f64 = 1e-12;

/// The power iteration gives up (with an error) after this many steps; positive
/// matrices of at most 15 rows converge in far fewer.
pub const MAX_POWER_ITERATIONS: u32 = 10_000;

/// The trace keeps the first this many power-iteration steps.
pub const MAX_TRACED_ITERATIONS: usize = 50;

/// Saaty's threshold on the consistency ratio: judgements with CR below it are
/// acceptable.
pub const DEFAULT_CONSISTENCY_THRESHOLD: f64 = 0.1;

/// How the weights are derived from the matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AhpMethod {
    /// The principal right eigenvector `A w = λmax w`, normalised to sum 1, found by
    /// power iteration `w ← A w / Σ(A w)` from `wᵢ = 1/n` (Saaty 1980). The default.
    #[default]
    Eigenvector,
    /// The row geometric means `gᵢ = (Π_j a_ij)^(1/n)`, normalised: `wᵢ = gᵢ / Σg`
    /// (the logarithmic least squares solution; Crawford & Williams 1985).
    GeometricMean,
}

/// Inputs of [`ahp_weights`].
#[derive(Debug, Clone, PartialEq)]
pub struct AhpInput {
    /// The pairwise judgements.
    pub judgements: PairwiseJudgements,
    /// How the weights are derived.
    pub method: AhpMethod,
    /// The random index table for the consistency ratio.
    pub random_index: RandomIndexTable,
    /// CR below this is consistent; positive, 0.1 by default. Field
    /// `consistency_threshold`.
    pub consistency_threshold: f64,
}

impl AhpInput {
    /// Judgements weighed by the eigenvector, against Saaty's table and threshold 0.1.
    pub fn new(judgements: PairwiseJudgements) -> Self {
        AhpInput {
            judgements,
            method: AhpMethod::Eigenvector,
            random_index: RandomIndexTable::Saaty,
            consistency_threshold: DEFAULT_CONSISTENCY_THRESHOLD,
        }
    }

    /// The same input with another method.
    #[must_use]
    pub fn with_method(self, method: AhpMethod) -> Self {
        AhpInput { method, ..self }
    }

    /// The same input with another random index table.
    #[must_use]
    pub fn with_random_index(self, random_index: RandomIndexTable) -> Self {
        AhpInput {
            random_index,
            ..self
        }
    }

    /// The same input with another consistency threshold.
    #[must_use]
    pub fn with_consistency_threshold(self, consistency_threshold: f64) -> Self {
        AhpInput {
            consistency_threshold,
            ..self
        }
    }
}

/// The comparison most at odds with the weights: the largest `εᵢⱼ + 1/εᵢⱼ` over
/// `i < j`, where `εᵢⱼ = aᵢⱼ wⱼ / wᵢ` is 1 when the judgement agrees with the weights.
/// Revising it toward `implied` improves consistency the most (Saaty 2003, "Decision-
/// making with the AHP: why is the principal eigenvector necessary", *EJOR* 145).
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct InconsistentComparison {
    /// Its row `i`, counting from 0.
    pub row: u32,
    /// Its column `j > i`, counting from 0.
    pub column: u32,
    /// `aᵢⱼ`, the judgement.
    pub value: f64,
    /// `wᵢ / wⱼ`, the judgement the weights imply.
    pub implied: f64,
    /// `εᵢⱼ = aᵢⱼ wⱼ / wᵢ`.
    pub ratio: f64,
    /// `εᵢⱼ + 1/εᵢⱼ` (2 for perfect agreement).
    pub deviation: f64,
}

/// One power-iteration step.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PowerIteration {
    /// The step, counting from 1.
    pub iteration: u32,
    /// `w_k = A w_{k−1} / Σ(A w_{k−1})`.
    pub vector: Vec<f64>,
    /// The estimate of λmax at `w_k`: the mean of `(A w_k)ᵢ / w_kᵢ`.
    pub lambda: f64,
    /// The largest change of a weight from the previous step.
    pub change: f64,
}

/// How the weights were found.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AhpTrace {
    /// The power iteration's steps (eigenvector method): the first
    /// [`MAX_TRACED_ITERATIONS`]; empty for the geometric mean.
    pub iterations: Vec<PowerIteration>,
    /// How many power-iteration steps were run (0 for the geometric mean).
    pub iteration_count: u32,
    /// `gᵢ = (Π_j aᵢⱼ)^(1/n)` (geometric mean method); empty for the eigenvector.
    pub row_geometric_means: Vec<f64>,
    /// `Σg`, which each `gᵢ` is divided by (geometric mean method).
    pub geometric_mean_total: Option<f64>,
}

/// The weights from pairwise comparisons and their consistency.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Ahp {
    /// `wᵢ`, in the order of the matrix's rows (or of `criteria`); they sum to 1.
    pub weights: Vec<f64>,
    /// `λmax = (1/n) Σᵢ (A w)ᵢ / wᵢ`: `n` for consistent judgements, above `n` otherwise.
    pub lambda_max: f64,
    /// `CI = (λmax − n) / (n − 1)` (0 when `n = 1`).
    pub consistency_index: f64,
    /// `CR = CI / RI` (0 when `RI = 0`, that is `n ≤ 2`).
    pub consistency_ratio: f64,
    /// Whether `CR` is below the threshold.
    pub consistent: bool,
    /// The threshold used.
    pub consistency_threshold: f64,
    /// `RI` for this `n`, from the table used.
    pub random_index: f64,
    /// The whole table used, `n = 1..=15`.
    pub random_index_table: Vec<f64>,
    /// The complete reciprocal matrix used.
    pub matrix: Vec<Vec<f64>>,
    /// When inconsistent, the comparison to revise first.
    pub most_inconsistent: Option<InconsistentComparison>,
    /// The working.
    pub trace: AhpTrace,
}

/// Weights from pairwise comparisons by the analytic hierarchy process.
///
/// The judgements form a positive reciprocal matrix `A` (`aᵢⱼ` = how many times as
/// important `i` is as `j`, `aⱼᵢ = 1/aᵢⱼ`). The weights `w` are its principal
/// eigenvector or its normalised row geometric means (see [`AhpMethod`]). Then
/// `λmax = (1/n) Σᵢ (A w)ᵢ / wᵢ`, `CI = (λmax − n)/(n − 1)`, `CR = CI / RI(n)` and the
/// judgements are consistent when `CR` is below the threshold (0.1, Saaty 1980,
/// *The Analytic Hierarchy Process*, ch. 1–2).
///
/// # Errors
/// - for a matrix: `out_of_range` naming `matrix` when empty, `too_large` above 15 rows,
///   `out_of_range` naming `matrix[i]` for a row of the wrong length or `matrix[i][i]`
///   for a diagonal other than 1, `not_finite` / `not_positive` naming `matrix[i][j]`,
///   `not_reciprocal` naming `matrix[j][i]` when `aⱼᵢ aᵢⱼ` is not 1 (within
///   [`RECIPROCAL_TOLERANCE`](super::RECIPROCAL_TOLERANCE));
/// - for comparisons: `out_of_range` / `too_large` naming `criteria`, `invalid_input` /
///   `duplicate_id` naming `criteria[i]`, `unknown_id` naming `comparisons[k].a` or
///   `.b`, `invalid_input` naming `comparisons[k].b` when it equals `a`,
///   `not_finite` / `not_positive` naming `comparisons[k].value`, `duplicate_id` naming
///   `comparisons[k]` for a pair compared twice, `missing_field` naming `comparisons`
///   (the message names the pair) for a pair not compared;
/// - `not_finite` / `not_positive` naming `consistency_threshold`;
/// - `numeric_range` naming `matrix` (or `comparisons`, when the matrix was built from
///   them) when the entries' magnitudes overflow, or the power iteration does not
///   converge within [`MAX_POWER_ITERATIONS`] steps.
///
/// # Examples
/// A consistent matrix (`a₁₂ = 2`, `a₁₃ = 4`, `a₂₃ = 2`) gives back weights 4/7, 2/7,
/// 1/7 with `λmax = 3` and `CR = 0`.
/// ```
/// use opscalc::scorecard::{ahp_weights, AhpInput, PairwiseJudgements};
/// let matrix = vec![vec![1.0, 2.0, 4.0], vec![0.5, 1.0, 2.0], vec![0.25, 0.5, 1.0]];
/// let result = ahp_weights(&AhpInput::new(PairwiseJudgements::Matrix(matrix)))?;
/// assert!((result.weights[0] - 4.0 / 7.0).abs() < 1e-12);
/// assert!((result.lambda_max - 3.0).abs() < 1e-12);
/// assert!(result.consistent && result.consistency_ratio < 1e-12);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn ahp_weights(input: &AhpInput) -> Result<Ahp, Error> {
    let matrix = pairwise_matrix(&input.judgements)?;
    let threshold = positive("consistency_threshold", input.consistency_threshold)?;
    let n = matrix.len();
    let named = |error| named_as_given(error, &input.judgements);
    let (weights, trace) = match input.method {
        AhpMethod::Eigenvector => eigenvector(&matrix),
        AhpMethod::GeometricMean => geometric_mean(&matrix),
    }
    .map_err(named)?;
    let lambda_max = lambda_estimate(&matrix, &weights).map_err(named)?;
    let consistency_index = if n > 1 {
        // λmax ≥ n for any positive w of a reciprocal matrix; only rounding goes below.
        ((lambda_max - n as f64) / (n as f64 - 1.0)).max(0.0)
    } else {
        0.0
    };
    let random_index = input.random_index.value(n).unwrap_or(0.0);
    let consistency_ratio = if random_index > 0.0 {
        consistency_index / random_index
    } else {
        0.0
    };
    let consistent = consistency_ratio < threshold;
    Ok(Ahp {
        most_inconsistent: (!consistent)
            .then(|| most_inconsistent(&matrix, &weights))
            .flatten(),
        weights,
        lambda_max,
        consistency_index,
        consistency_ratio,
        consistent,
        consistency_threshold: threshold,
        random_index,
        random_index_table: input.random_index.values().to_vec(),
        matrix,
        trace,
    })
}

/// A numeric error of the matrix names what the caller gave: `matrix`, or
/// `comparisons` when the matrix was built from them.
fn named_as_given(error: Error, judgements: &PairwiseJudgements) -> Error {
    match judgements {
        PairwiseJudgements::Comparisons { .. } if error.field() == "matrix" => {
            Error::new(error.code(), "comparisons", error.message().to_owned())
        }
        _ => error,
    }
}

/// `A w`.
fn product(matrix: &[Vec<f64>], vector: &[f64]) -> Vec<f64> {
    matrix
        .iter()
        .map(|row| row.iter().zip(vector).map(|(a, w)| a * w).sum())
        .collect()
}

/// The mean of `(A w)ᵢ / wᵢ`.
fn lambda_estimate(matrix: &[Vec<f64>], weights: &[f64]) -> Result<f64, Error> {
    let ratios: f64 = product(matrix, weights)
        .iter()
        .zip(weights)
        .map(|(aw, w)| aw / w)
        .sum();
    in_range(ratios / weights.len().max(1) as f64)
}

fn in_range(value: f64) -> Result<f64, Error> {
    representable(value, true).map_err(|error| error.within("matrix"))
}

fn eigenvector(matrix: &[Vec<f64>]) -> Result<(Vec<f64>, AhpTrace), Error> {
    let n = matrix.len();
    let mut vector = vec![1.0 / n as f64; n];
    let mut iterations = Vec::new();
    for iteration in 1..=MAX_POWER_ITERATIONS {
        let image = product(matrix, &vector);
        let (next, _) = normalise_weights(&image, "matrix")
            .map_err(|_| numeric("the entries' magnitudes overflow a 64-bit float"))?;
        let change = next
            .iter()
            .zip(&vector)
            .map(|(new, old)| (new - old).abs())
            .fold(0.0, f64::max);
        vector = next;
        if iterations.len() < MAX_TRACED_ITERATIONS {
            iterations.push(PowerIteration {
                iteration,
                vector: vector.clone(),
                lambda: lambda_estimate(matrix, &vector)?,
                change,
            });
        }
        if change <= POWER_ITERATION_TOLERANCE {
            let trace = AhpTrace {
                iterations,
                iteration_count: iteration,
                row_geometric_means: Vec::new(),
                geometric_mean_total: None,
            };
            return Ok((vector, trace));
        }
    }
    Err(numeric(
        "the power iteration did not converge; the geometric mean method always gives weights",
    ))
}

fn numeric(message: &'static str) -> Error {
    Error::new(ErrorCode::NumericRange, "matrix", message)
}

fn geometric_mean(matrix: &[Vec<f64>]) -> Result<(Vec<f64>, AhpTrace), Error> {
    let n = matrix.len() as f64;
    // Through logarithms, so that a product of 15 large entries cannot overflow.
    let means: Vec<f64> = matrix
        .iter()
        .map(|row| libm::exp(row.iter().map(|a| a.ln()).sum::<f64>() / n))
        .collect();
    let (weights, total) = normalise_weights(&means, "matrix")
        .map_err(|_| numeric("the entries' magnitudes overflow a 64-bit float"))?;
    let trace = AhpTrace {
        iterations: Vec::new(),
        iteration_count: 0,
        row_geometric_means: means,
        geometric_mean_total: Some(total),
    };
    Ok((weights, trace))
}

fn most_inconsistent(matrix: &[Vec<f64>], weights: &[f64]) -> Option<InconsistentComparison> {
    let mut worst: Option<InconsistentComparison> = None;
    for (i, (row, w_i)) in matrix.iter().zip(weights).enumerate() {
        for (j, (value, w_j)) in row.iter().zip(weights).enumerate().skip(i + 1) {
            let ratio = value * w_j / w_i;
            let deviation = ratio + 1.0 / ratio;
            if worst.is_none_or(|worst| deviation > worst.deviation) {
                worst = Some(InconsistentComparison {
                    row: u32::try_from(i).ok()?,
                    column: u32::try_from(j).ok()?,
                    value: *value,
                    implied: w_i / w_j,
                    ratio,
                    deviation,
                });
            }
        }
    }
    worst
}

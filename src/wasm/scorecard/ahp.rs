//! JS mirror of the analytic hierarchy process. No formulas: options to the core
//! input, the core call, the result back.

use crate::scorecard::{
    self, Ahp, AhpInput, InconsistentComparison, PairwiseComparison, PairwiseJudgements,
    PowerIteration,
};
use crate::wasm::boundary::call;
use crate::wasm::choice::js_choice;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use crate::{Error, ErrorCode};
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// How the weights are derived from the matrix: `"eigenvector"` (the principal
/// eigenvector, by power iteration; the default) or `"geometricMean"` (normalised row
/// geometric means).
#[derive(Clone, Copy, Tsify)]
#[serde(rename_all = "camelCase")]
pub enum AhpMethod {
    /// The principal eigenvector (Saaty).
    Eigenvector,
    /// The row geometric means.
    GeometricMean,
}

js_choice!(AhpMethod {
    Eigenvector = "eigenvector",
    GeometricMean = "geometricMean"
});

/// The random index table: `"saaty"` (Saaty 1980; the default) or `"alonsoLamata"`
/// (Alonso & Lamata 2006).
#[derive(Clone, Copy, Tsify)]
#[serde(rename_all = "camelCase")]
pub enum RandomIndexTable {
    /// Saaty's table.
    Saaty,
    /// Alonso & Lamata's table.
    AlonsoLamata,
}

js_choice!(RandomIndexTable {
    Saaty = "saaty",
    AlonsoLamata = "alonsoLamata"
});

/// One judgement: criterion `a` is `value` times as important as criterion `b`
/// (Saaty's scale: 1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme, 2/4/6/8 in
/// between; 1/3 when `b` is moderately more important).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct PairwiseComparisonOptions {
    /// The id of one criterion, from `criteria`.
    pub a: String,
    /// The id of the other criterion.
    pub b: String,
    /// a_ab, a positive number.
    pub value: f64,
}

from_js!(PairwiseComparisonOptions { a, b, value });

/// Options of {@link ahpWeights}: give either `matrix`, or `criteria` and `comparisons`.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct AhpWeightsOptions {
    /// The pairwise comparison matrix A, n × n (1 ≤ n ≤ 15): positive, diagonal 1,
    /// reciprocal (a_ji = 1/a_ij; entries written to 3 significant digits, such as 0.333,
    /// pass). Row i, column j: how many times as important criterion i is as j.
    #[tsify(optional)]
    pub matrix: Option<Vec<Vec<f64>>>,
    /// The criteria's ids (1 to 15, unique), with `comparisons`.
    #[tsify(optional)]
    pub criteria: Option<Vec<String>>,
    /// Every pair of `criteria` compared exactly once, in either order.
    #[tsify(optional)]
    pub comparisons: Option<Vec<PairwiseComparisonOptions>>,
    /// `"eigenvector"` (default) or `"geometricMean"`.
    #[tsify(optional)]
    pub method: Option<AhpMethod>,
    /// `"saaty"` (default) or `"alonsoLamata"`.
    #[tsify(optional)]
    pub random_index: Option<RandomIndexTable>,
    /// CR below this is consistent: positive, 0.1 by default.
    #[tsify(optional)]
    pub consistency_threshold: Option<f64>,
}

from_js!(AhpWeightsOptions {
    matrix,
    criteria,
    comparisons,
    method,
    random_index,
    consistency_threshold
});

impl TryFrom<AhpWeightsOptions> for AhpInput {
    type Error = Error;

    fn try_from(options: AhpWeightsOptions) -> Result<Self, Error> {
        let judgements = match (options.matrix, options.criteria, options.comparisons) {
            (Some(matrix), None, None) => PairwiseJudgements::Matrix(matrix),
            (None, Some(criteria), Some(comparisons)) => PairwiseJudgements::Comparisons {
                criteria,
                comparisons: comparisons
                    .into_iter()
                    .map(
                        |PairwiseComparisonOptions { a, b, value }| PairwiseComparison {
                            a,
                            b,
                            value,
                        },
                    )
                    .collect(),
            },
            (Some(_), _, _) => {
                return Err(Error::new(
                    ErrorCode::ConflictingFields,
                    "matrix",
                    "give either a matrix, or criteria and comparisons, not both",
                ));
            }
            (None, None, _) => {
                return Err(Error::new(
                    ErrorCode::MissingField,
                    "criteria",
                    "is required (or a matrix)",
                ));
            }
            (None, Some(_), None) => {
                return Err(Error::new(
                    ErrorCode::MissingField,
                    "comparisons",
                    "is required with criteria",
                ));
            }
        };
        let mut input = AhpInput::new(judgements);
        input.method = match options.method {
            Some(AhpMethod::GeometricMean) => scorecard::AhpMethod::GeometricMean,
            _ => scorecard::AhpMethod::Eigenvector,
        };
        input.random_index = match options.random_index {
            Some(RandomIndexTable::AlonsoLamata) => scorecard::RandomIndexTable::AlonsoLamata,
            _ => scorecard::RandomIndexTable::Saaty,
        };
        if let Some(threshold) = options.consistency_threshold {
            input.consistency_threshold = threshold;
        }
        Ok(input)
    }
}

/// The comparison most at odds with the weights: the largest ε + 1/ε over the upper
/// triangle, ε = a_ij w_j / w_i. Revising it toward `implied` helps consistency most.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct InconsistentComparisonResult {
    /// Its row i, counting from 0.
    pub row: u32,
    /// Its column j > i, counting from 0.
    pub column: u32,
    /// a_ij, the judgement given.
    pub value: f64,
    /// w_i / w_j, the judgement the weights imply.
    pub implied: f64,
    /// ε = a_ij w_j / w_i (1 when the judgement agrees with the weights).
    pub ratio: f64,
    /// ε + 1/ε (2 for perfect agreement).
    pub deviation: f64,
}

to_js!(InconsistentComparisonResult {
    row,
    column,
    value,
    implied,
    ratio,
    deviation
});

impl From<InconsistentComparison> for InconsistentComparisonResult {
    fn from(worst: InconsistentComparison) -> Self {
        InconsistentComparisonResult {
            row: worst.row,
            column: worst.column,
            value: worst.value,
            implied: worst.implied,
            ratio: worst.ratio,
            deviation: worst.deviation,
        }
    }
}

/// One power-iteration step: w_k = A w_{k−1} / Σ(A w_{k−1}).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct PowerIterationResult {
    /// The step, counting from 1.
    pub iteration: u32,
    /// w_k, normalised to sum 1.
    pub vector: Vec<f64>,
    /// The λmax estimate at w_k: the mean of (A w_k)_i / w_k,i.
    pub lambda: f64,
    /// The largest change of a weight from the previous step.
    pub change: f64,
}

to_js!(PowerIterationResult {
    iteration,
    vector,
    lambda,
    change
});

impl From<PowerIteration> for PowerIterationResult {
    fn from(step: PowerIteration) -> Self {
        PowerIterationResult {
            iteration: step.iteration,
            vector: step.vector,
            lambda: step.lambda,
            change: step.change,
        }
    }
}

/// How the weights were found.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct AhpTraceResult {
    /// The power iteration's first 50 steps (eigenvector method; empty otherwise).
    pub iterations: Vec<PowerIterationResult>,
    /// How many steps the power iteration ran until no weight moved by more than 1e-12
    /// (0 for the geometric mean).
    pub iteration_count: u32,
    /// g_i = (Π_j a_ij)^(1/n), each row's geometric mean (geometric mean method; empty otherwise).
    pub row_geometric_means: Vec<f64>,
    /// Σg, which each g_i is divided by (geometric mean method).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub geometric_mean_total: Option<f64>,
}

to_js!(AhpTraceResult {
    iterations,
    iteration_count,
    row_geometric_means,
    geometric_mean_total
});

/// Result of {@link ahpWeights}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct AhpWeightsResult {
    /// w_i, in the order of the matrix's rows (or of `criteria`); they sum to 1.
    pub weights: Vec<f64>,
    /// λmax = (1/n) Σ_i (A w)_i / w_i: n when the judgements are consistent.
    pub lambda_max: f64,
    /// CI = (λmax − n)/(n − 1) (0 when n = 1).
    pub consistency_index: f64,
    /// CR = CI / RI (0 when RI = 0, that is n ≤ 2).
    pub consistency_ratio: f64,
    /// Whether CR is below the threshold.
    pub consistent: bool,
    /// The threshold used.
    pub consistency_threshold: f64,
    /// RI for this n, from the table used.
    pub random_index: f64,
    /// The whole random index table used, n = 1..15.
    pub random_index_table: Vec<f64>,
    /// The complete reciprocal matrix used (lower triangle exactly 1/upper).
    pub matrix: Vec<Vec<f64>>,
    /// When inconsistent, the comparison to revise first.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub most_inconsistent: Option<InconsistentComparisonResult>,
    /// The working.
    pub trace: AhpTraceResult,
}

to_js!(AhpWeightsResult {
    weights,
    lambda_max,
    consistency_index,
    consistency_ratio,
    consistent,
    consistency_threshold,
    random_index,
    random_index_table,
    matrix,
    most_inconsistent,
    trace
});

impl From<Ahp> for AhpWeightsResult {
    fn from(ahp: Ahp) -> Self {
        AhpWeightsResult {
            weights: ahp.weights,
            lambda_max: ahp.lambda_max,
            consistency_index: ahp.consistency_index,
            consistency_ratio: ahp.consistency_ratio,
            consistent: ahp.consistent,
            consistency_threshold: ahp.consistency_threshold,
            random_index: ahp.random_index,
            random_index_table: ahp.random_index_table,
            matrix: ahp.matrix,
            most_inconsistent: ahp.most_inconsistent.map(Into::into),
            trace: AhpTraceResult {
                iterations: ahp.trace.iterations.into_iter().map(Into::into).collect(),
                iteration_count: ahp.trace.iteration_count,
                row_geometric_means: ahp.trace.row_geometric_means,
                geometric_mean_total: ahp.trace.geometric_mean_total,
            },
        }
    }
}

/// Weights from pairwise comparisons by the analytic hierarchy process (Saaty), with
/// λmax, the consistency index and ratio, the comparison to revise first when the
/// judgements are inconsistent, and the working.
///
/// Throws an {@link OpscalcError} naming the field: `matrix[2][1]` with code
/// `not_reciprocal` when a_21 is not 1/a_12, `comparisons` with `missing_field` when a
/// pair is not compared (the message names it), `comparisons[3].b` with `unknown_id`.
#[wasm_bindgen(js_name = ahpWeights, unchecked_return_type = "AhpWeightsResult")]
pub fn ahp_weights(
    #[wasm_bindgen(unchecked_param_type = "AhpWeightsOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: AhpWeightsOptions| {
        let input = AhpInput::try_from(options)?;
        scorecard::ahp_weights(&input).map(AhpWeightsResult::from)
    })
}

//! JS mirrors of the objective weights from a decision matrix: entropy and CRITIC.
//! No formulas: options to the core input, the core call, the result back.

use crate::scorecard::{self, CriterionDirection};
use crate::wasm::boundary::call;
use crate::wasm::choice::js_choice;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link entropyWeights}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct EntropyWeightsOptions {
    /// The decision matrix: one row per alternative (2 to 10,000), one column per
    /// criterion (1 to 100), non-negative numbers, each column with a value above 0.
    pub matrix: Vec<Vec<f64>>,
}

from_js!(EntropyWeightsOptions { matrix });

/// Result of {@link entropyWeights}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct EntropyWeightsResult {
    /// w_j = d_j / Σd, one per column; they sum to 1.
    pub weights: Vec<f64>,
    /// e_j = −(1/ln m) Σ_i p_ij ln p_ij with p_ij = x_ij / Σ_i x_ij: 1 for a constant column.
    pub entropies: Vec<f64>,
    /// d_j = 1 − e_j, the degree of diversification.
    pub diversities: Vec<f64>,
}

to_js!(EntropyWeightsResult {
    weights,
    entropies,
    diversities
});

/// Weights by Shannon entropy: criteria whose values differ more across the
/// alternatives weigh more; a constant column weighs 0.
///
/// Throws an {@link OpscalcError} naming the field (`matrix[3][1]` for a negative
/// value, `matrix` when every column is constant).
#[wasm_bindgen(js_name = entropyWeights, unchecked_return_type = "EntropyWeightsResult")]
pub fn entropy_weights(
    #[wasm_bindgen(unchecked_param_type = "EntropyWeightsOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: EntropyWeightsOptions| {
        let result = scorecard::entropy_weights(&options.matrix)?;
        Ok(EntropyWeightsResult {
            weights: result.weights,
            entropies: result.entropies,
            diversities: result.diversities,
        })
    })
}

/// Whether more of a criterion is better (`"benefit"`, the default) or worse (`"cost"`).
#[derive(Clone, Copy, Tsify)]
#[serde(rename_all = "camelCase")]
pub enum Direction {
    /// More is better: (x − min)/(max − min).
    Benefit,
    /// Less is better: (max − x)/(max − min).
    Cost,
}

js_choice!(Direction {
    Benefit = "benefit",
    Cost = "cost"
});

impl From<Direction> for CriterionDirection {
    fn from(direction: Direction) -> Self {
        match direction {
            Direction::Benefit => CriterionDirection::Benefit,
            Direction::Cost => CriterionDirection::Cost,
        }
    }
}

/// Options of {@link criticWeights}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CriticWeightsOptions {
    /// The decision matrix: one row per alternative (2 to 10,000), one column per
    /// criterion (1 to 100), finite numbers.
    pub matrix: Vec<Vec<f64>>,
    /// One direction per column; all `"benefit"` when left out.
    #[tsify(optional)]
    pub directions: Option<Vec<Direction>>,
}

from_js!(CriticWeightsOptions { matrix, directions });

/// Result of {@link criticWeights}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CriticWeightsResult {
    /// w_j = C_j / ΣC, one per column; they sum to 1.
    pub weights: Vec<f64>,
    /// σ_j, the population standard deviation of the column scaled to 0..1 (0 when constant).
    pub standard_deviations: Vec<f64>,
    /// r_jk, Pearson's correlation of the scaled columns (diagonal 1; 0 with a constant column).
    pub correlations: Vec<Vec<f64>>,
    /// C_j = σ_j Σ_k (1 − r_jk), the information the criterion carries.
    pub information: Vec<f64>,
}

to_js!(CriticWeightsResult {
    weights,
    standard_deviations,
    correlations,
    information
});

/// Weights by CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995): criteria whose
/// values spread widely and disagree with the others weigh more; a constant column
/// weighs 0 and leaves the other weights as they would be without it.
///
/// Throws an {@link OpscalcError} naming the field (`matrix[2]` for a row of the wrong
/// length, `directions` for one of the wrong length).
#[wasm_bindgen(js_name = criticWeights, unchecked_return_type = "CriticWeightsResult")]
pub fn critic_weights(
    #[wasm_bindgen(unchecked_param_type = "CriticWeightsOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: CriticWeightsOptions| {
        let directions: Option<Vec<CriterionDirection>> = options
            .directions
            .map(|directions| directions.into_iter().map(Into::into).collect());
        let result = scorecard::critic_weights(&options.matrix, directions.as_deref())?;
        Ok(CriticWeightsResult {
            weights: result.weights,
            standard_deviations: result.standard_deviations,
            correlations: result.correlations,
            information: result.information,
        })
    })
}

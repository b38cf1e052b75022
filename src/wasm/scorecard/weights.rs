//! JS mirrors of the direct, equal and rank-based weights. No formulas: options to the
//! core input, the core call, the result back.

use crate::scorecard::{self, RankPosition};
use crate::wasm::boundary::call;
use crate::wasm::choice::js_choice;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link directWeights}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct DirectWeightsOptions {
    /// Any non-negative numbers (points, percentages), 1 to 10,000 of them, not all 0.
    pub values: Vec<f64>,
}

from_js!(DirectWeightsOptions { values });

/// Result of {@link directWeights}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct DirectWeightsResult {
    /// wᵢ = vᵢ / Σv, in the order given; they sum to 1.
    pub weights: Vec<f64>,
    /// Σv, the sum of the values given.
    pub total: f64,
}

to_js!(DirectWeightsResult { weights, total });

/// Weights given directly, normalised to sum to 1: wᵢ = vᵢ / Σv.
///
/// Throws an {@link OpscalcError} naming the field (`values[2]` for a negative value).
#[wasm_bindgen(js_name = directWeights, unchecked_return_type = "DirectWeightsResult")]
pub fn direct_weights(
    #[wasm_bindgen(unchecked_param_type = "DirectWeightsOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: DirectWeightsOptions| {
        let result = scorecard::direct_weights(&options.values)?;
        Ok(DirectWeightsResult {
            weights: result.weights,
            total: result.total,
        })
    })
}

/// Options of {@link equalWeights}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct EqualWeightsOptions {
    /// n: how many criteria, a whole number from 1 to 10,000.
    pub count: u32,
}

from_js!(EqualWeightsOptions { count });

/// Result of {@link equalWeights}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct EqualWeightsResult {
    /// wᵢ = 1/n for each criterion.
    pub weights: Vec<f64>,
}

to_js!(EqualWeightsResult { weights });

/// Equal weights for `count` criteria: wᵢ = 1/n.
///
/// Throws an {@link OpscalcError} naming `count` when it is 0 or above 10,000.
#[wasm_bindgen(js_name = equalWeights, unchecked_return_type = "EqualWeightsResult")]
pub fn equal_weights(
    #[wasm_bindgen(unchecked_param_type = "EqualWeightsOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: EqualWeightsOptions| {
        let result = scorecard::equal_weights(options.count)?;
        Ok(EqualWeightsResult {
            weights: result.weights,
        })
    })
}

/// How ranks become weights, with n criteria and position p (1 = most important):
/// `"rankSum"` w_p = 2(n + 1 − p)/(n(n + 1)); `"rankReciprocal"` w_p = (1/p)/Σⱼ 1/j;
/// `"rankOrderCentroid"` w_p = (1/n) Σ_{k=p..n} 1/k (Barron & Barrett 1996).
#[derive(Clone, Copy, Tsify)]
#[serde(rename_all = "camelCase")]
#[allow(clippy::enum_variant_names)] // the names of the methods, as JS spells them
pub enum RankMethod {
    /// Rank sum: weights fall in a straight line.
    RankSum,
    /// Rank reciprocal: weights fall steeply at first.
    RankReciprocal,
    /// Rank-order centroid (Barron & Barrett 1996).
    RankOrderCentroid,
}

js_choice!(RankMethod {
    RankSum = "rankSum",
    RankReciprocal = "rankReciprocal",
    RankOrderCentroid = "rankOrderCentroid"
});

impl From<RankMethod> for scorecard::RankMethod {
    fn from(method: RankMethod) -> Self {
        match method {
            RankMethod::RankSum => scorecard::RankMethod::RankSum,
            RankMethod::RankReciprocal => scorecard::RankMethod::RankReciprocal,
            RankMethod::RankOrderCentroid => scorecard::RankMethod::RankOrderCentroid,
        }
    }
}

/// Options of {@link rankWeights}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct RankWeightsOptions {
    /// Each criterion's rank: 1 = most important, whole numbers of 1 or more, ties
    /// allowed (both [1, 2, 2, 4] and [1, 2, 2, 3] put the tied pair in positions 2–3).
    pub ranks: Vec<u32>,
    /// The formula.
    pub method: RankMethod,
}

from_js!(RankWeightsOptions { ranks, method });

/// The positions a criterion occupies in the order of importance (more than one when tied).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct RankPositionResult {
    /// The first position, counting from 1.
    pub first: u32,
    /// The last position (equal to `first` without a tie).
    pub last: u32,
}

to_js!(RankPositionResult { first, last });

/// Result of {@link rankWeights}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct RankWeightsResult {
    /// Each criterion's weight, in the order of `ranks`: the mean of the positional
    /// weights of the positions it occupies. They sum to 1.
    pub weights: Vec<f64>,
    /// w_p for positions p = 1..n, before ties are averaged.
    pub positional_weights: Vec<f64>,
    /// The positions each criterion occupies, in the order of `ranks`.
    pub positions: Vec<RankPositionResult>,
}

to_js!(RankWeightsResult {
    weights,
    positional_weights,
    positions
});

/// Weights from ranks (1 = most important) by rank sum, rank reciprocal or rank-order
/// centroid; tied criteria share the weights of the positions they occupy.
///
/// Throws an {@link OpscalcError} naming the field (`ranks[1]` for a rank of 0).
#[wasm_bindgen(js_name = rankWeights, unchecked_return_type = "RankWeightsResult")]
pub fn rank_weights(
    #[wasm_bindgen(unchecked_param_type = "RankWeightsOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: RankWeightsOptions| {
        let result = scorecard::rank_weights(&options.ranks, options.method.into())?;
        Ok(RankWeightsResult {
            weights: result.weights,
            positional_weights: result.positional_weights,
            positions: result
                .positions
                .into_iter()
                .map(|RankPosition { first, last }| RankPositionResult { first, last })
                .collect(),
        })
    })
}

//! JS mirror of the comparison of two scorecards. No formulas: it converts the options
//! to the core input, calls the core, and converts the result.

use super::scorecard::{ScorecardLevel, ScorecardOptions};
use crate::scorecard::{self, ScorecardInput};
use crate::wasm::boundary::call;
use crate::wasm::choice::js_choice;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link compareScorecards}: two scorecards (two periods, two units).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CompareScorecardsOptions {
    /// The first scorecard (the earlier period, say).
    pub a: ScorecardOptions,
    /// The second scorecard.
    pub b: ScorecardOptions,
}

from_js!(CompareScorecardsOptions { a, b });

/// Which scorecards have a node: `"both"`, `"onlyA"` or `"onlyB"`.
#[derive(Clone, Copy, Tsify)]
#[serde(rename_all = "camelCase")]
pub enum ScorecardPresence {
    /// In both.
    Both,
    /// In `a` only.
    OnlyA,
    /// In `b` only.
    OnlyB,
}

js_choice!(ScorecardPresence {
    Both = "both",
    OnlyA = "onlyA",
    OnlyB = "onlyB",
});

/// One node of the comparison, matched by level and id.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ComparedNodeResult {
    /// The node's id; "" for the total (no node may have it).
    pub id: String,
    /// The node's name, from `a` when there, else from `b`; "Total" for the total.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub name: Option<String>,
    /// The node's level.
    pub level: ScorecardLevel,
    /// Its score in `a`, when present and scored there.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub score_a: Option<f64>,
    /// Its score in `b`, when present and scored there.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub score_b: Option<f64>,
    /// scoreB − scoreA, when both are there.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub delta: Option<f64>,
    /// Its status in `a`, when scored there.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub status_a: Option<String>,
    /// Its status in `b`, when scored there.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub status_b: Option<String>,
    /// Which scorecards have the node.
    pub presence: ScorecardPresence,
}

to_js!(ComparedNodeResult {
    id,
    name,
    level,
    score_a,
    score_b,
    delta,
    status_a,
    status_b,
    presence
});

/// Result of {@link compareScorecards}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CompareScorecardsResult {
    /// Every node of either scorecard, the largest |delta| first, those without a delta
    /// last; ties in path order (the total, `a`'s nodes in input order, then `b`'s own).
    pub nodes: Vec<ComparedNodeResult>,
    /// The total score of `a`.
    pub total_a: f64,
    /// The total score of `b`.
    pub total_b: f64,
    /// totalB − totalA.
    pub total_delta: f64,
}

to_js!(CompareScorecardsResult {
    nodes,
    total_a,
    total_b,
    total_delta
});

impl From<scorecard::ScorecardComparison> for CompareScorecardsResult {
    fn from(comparison: scorecard::ScorecardComparison) -> Self {
        CompareScorecardsResult {
            nodes: comparison
                .nodes
                .into_iter()
                .map(|node| ComparedNodeResult {
                    id: node.id,
                    name: node.name,
                    level: node.level.into(),
                    score_a: node.score_a,
                    score_b: node.score_b,
                    delta: node.delta,
                    status_a: node.status_a,
                    status_b: node.status_b,
                    presence: match node.presence {
                        scorecard::Presence::Both => ScorecardPresence::Both,
                        scorecard::Presence::OnlyA => ScorecardPresence::OnlyA,
                        scorecard::Presence::OnlyB => ScorecardPresence::OnlyB,
                    },
                })
                .collect(),
            total_a: comparison.total_a,
            total_b: comparison.total_b,
            total_delta: comparison.total_delta,
        }
    }
}

/// Compares two scorecards node by node (matched by level and id): each node's score in
/// `a` and `b` and the change, the biggest change first, and the totals.
///
/// Throws an {@link OpscalcError} naming the field under `a` or `b`
/// (`b.perspectives[0].objectives[1].kpis[2].actual`).
#[wasm_bindgen(js_name = compareScorecards, unchecked_return_type = "CompareScorecardsResult")]
pub fn compare_scorecards(
    #[wasm_bindgen(unchecked_param_type = "CompareScorecardsOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: CompareScorecardsOptions| {
        let a = ScorecardInput::try_from(options.a).map_err(|error| error.within("a"))?;
        let b = ScorecardInput::try_from(options.b).map_err(|error| error.within("b"))?;
        scorecard::compare_scorecards(&a, &b).map(CompareScorecardsResult::from)
    })
}

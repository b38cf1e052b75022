//! JS mirror of the change between two scenarios' figures.

use crate::stats;
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link scenarioChanges}: the same figures of two scenarios, in one order.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ScenarioChangesOptions {
    /// Scenario A's figures (1 to 10,000).
    pub before: Vec<f64>,
    /// Scenario B's figures, as many as `before`.
    pub after: Vec<f64>,
}

from_js!(ScenarioChangesOptions { before, after });

/// The change of one figure, in {@link ScenarioChangesResult}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ScenarioChange {
    /// after − before, in the figure's unit.
    pub difference: f64,
    /// (after − before) / |before|, a fraction (0.1 = 10 % more); absent when before is 0.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub relative: Option<f64>,
}

to_js!(ScenarioChange {
    difference,
    relative
});

/// Result of {@link scenarioChanges}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ScenarioChangesResult {
    /// One change per figure, in the order given.
    pub changes: Vec<ScenarioChange>,
}

to_js!(ScenarioChangesResult { changes });

/// The change of each figure from scenario A to scenario B: B − A and (B − A) / |A|.
///
/// Throws an {@link OpscalcError} naming the field for invalid options.
#[wasm_bindgen(js_name = scenarioChanges, unchecked_return_type = "ScenarioChangesResult")]
pub fn scenario_changes(
    #[wasm_bindgen(unchecked_param_type = "ScenarioChangesOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: ScenarioChangesOptions| {
        let changes = stats::scenario_changes(&options.before, &options.after)?;
        Ok(ScenarioChangesResult {
            changes: changes
                .into_iter()
                .map(|change| ScenarioChange {
                    difference: change.difference,
                    relative: change.relative,
                })
                .collect(),
        })
    })
}

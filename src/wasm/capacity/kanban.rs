//! JS mirror of the kanban count: option and result types with camelCase names and
//! TypeScript declarations, and the exported function. No formulas.

use crate::Error;
use crate::capacity::{self, KanbanInput, KanbanSafety};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link kanbanCount}. The demand rate and the lead time share one time
/// unit (a day, an hour). Give the safety margin as `safetyStock` (Heizer & Render),
/// as `safetyFactor` (Stevenson), or not at all.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct KanbanCountOptions {
    /// d: demand, units per time unit.
    pub demand_rate: f64,
    /// L: the time a container takes to go round its loop (waiting, moving, processing), in time units.
    pub lead_time: f64,
    /// SS: safety stock, units.
    #[tsify(optional)]
    pub safety_stock: Option<f64>,
    /// X: safety factor, a fraction of demand during the lead time (0.1 for 10 %).
    #[tsify(optional)]
    pub safety_factor: Option<f64>,
    /// C: units one container holds.
    pub container_size: f64,
}

from_js!(KanbanCountOptions {
    demand_rate,
    lead_time,
    safety_stock,
    safety_factor,
    container_size
});

impl TryFrom<KanbanCountOptions> for KanbanInput {
    type Error = Error;

    fn try_from(options: KanbanCountOptions) -> Result<Self, Error> {
        Ok(KanbanInput {
            demand_rate: options.demand_rate,
            lead_time: options.lead_time,
            safety: KanbanSafety::from_fields(options.safety_stock, options.safety_factor)?,
            container_size: options.container_size,
        })
    }
}

/// Result of {@link kanbanCount}: the number of kanbans, exact and rounded up.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct KanbanCountResult {
    /// d × L: demand during the lead time, units.
    pub demand_during_lead_time: f64,
    /// The safety stock used, units: as given, X × d × L for a factor, or 0.
    pub safety_stock: f64,
    /// X, when the margin is given as a factor.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub safety_factor: Option<f64>,
    /// (d × L + SS) / C, or d × L × (1 + X) / C: the number before rounding.
    pub exact_kanbans: f64,
    /// The exact number rounded up (an exact whole number stays as it is).
    pub kanbans: u32,
    /// kanbans × C: the most stock the kanbans allow in the loop, units.
    pub authorized_inventory: f64,
    /// kanbans × C / d: how long that stock lasts at the demand rate, in time units.
    pub time_covered: f64,
}

to_js!(KanbanCountResult {
    demand_during_lead_time,
    safety_stock,
    safety_factor,
    exact_kanbans,
    kanbans,
    authorized_inventory,
    time_covered
});

impl From<capacity::KanbanCount> for KanbanCountResult {
    fn from(result: capacity::KanbanCount) -> Self {
        KanbanCountResult {
            demand_during_lead_time: result.demand_during_lead_time,
            safety_stock: result.safety_stock,
            safety_factor: result.safety_factor,
            exact_kanbans: result.exact_kanbans,
            kanbans: result.kanbans,
            authorized_inventory: result.authorized_inventory,
            time_covered: result.time_covered,
        }
    }
}

/// The number of kanbans: N = (d × L + SS) / C (Heizer & Render), or
/// N = D × T × (1 + X) / C (Stevenson), rounded up.
///
/// Throws an {@link OpscalcError} naming the field for invalid options.
#[wasm_bindgen(js_name = kanbanCount, unchecked_return_type = "KanbanCountResult")]
pub fn kanban_count(
    #[wasm_bindgen(unchecked_param_type = "KanbanCountOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: KanbanCountOptions| {
        capacity::kanban_count(&KanbanInput::try_from(options)?).map(KanbanCountResult::from)
    })
}

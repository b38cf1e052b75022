//! JS mirror of the reorder point over a catalogue: typed-array columns in and out. No
//! formulas.

use super::column::{ArrayColumn, Float64Column, JsColumn, Owned};
use crate::Error;
use crate::batch::{self, ReorderPointBatchInput};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use js_sys::Float64Array;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link reorderPointBatch}: each a `Float64Array` with one value per item,
/// or a number for every item; at least one must be a `Float64Array`, and all arrays
/// have the same length. Demand and lead time share one time unit, as in
/// {@link reorderPoint}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ReorderPointBatchOptions {
    /// d: mean demand, units per time unit.
    #[tsify(type = "Float64Array | number")]
    pub demand_rate: JsColumn,
    /// σ_d: standard deviation of demand in one time unit, units.
    #[tsify(type = "Float64Array | number")]
    pub demand_sd: JsColumn,
    /// L: mean lead time, in time units.
    #[tsify(type = "Float64Array | number")]
    pub lead_time: JsColumn,
    /// σ_L: standard deviation of the lead time, in time units (omit for a constant lead time).
    #[tsify(optional, type = "Float64Array | number")]
    pub lead_time_sd: Option<JsColumn>,
    /// Cycle service level: the probability of no stockout in an order cycle, between 0 and 1 (0.95 for 95 %).
    #[tsify(type = "Float64Array | number")]
    pub service_level: JsColumn,
}

from_js!(ReorderPointBatchOptions {
    demand_rate,
    demand_sd,
    lead_time,
    lead_time_sd,
    service_level
});

/// Result of {@link reorderPointBatch}: one `Float64Array` per figure, one entry per item.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ReorderPointBatchResult {
    /// Safety stock z σ_dL, units.
    #[tsify(type = "Float64Array")]
    pub safety_stock: Float64Column,
    /// Reorder point d L + z σ_dL, units.
    #[tsify(type = "Float64Array")]
    pub reorder_point: Float64Column,
}

to_js!(ReorderPointBatchResult {
    safety_stock,
    reorder_point
});

fn run(options: &ReorderPointBatchOptions) -> Result<ReorderPointBatchResult, Error> {
    let columns = [
        &options.demand_rate,
        &options.demand_sd,
        &options.lead_time,
        &options.service_level,
    ]
    .map(Owned::of);
    let lead_time_sd = options.lead_time_sd.as_ref().map(Owned::of);
    let [demand_rate, demand_sd, lead_time, service_level] = &columns;
    let result = batch::reorder_point_batch(&ReorderPointBatchInput {
        demand_rate: demand_rate.column(),
        demand_sd: demand_sd.column(),
        lead_time: lead_time.column(),
        lead_time_sd: lead_time_sd.as_ref().map(Owned::column),
        service_level: service_level.column(),
    })?;
    Ok(ReorderPointBatchResult {
        safety_stock: ArrayColumn(Float64Array::from(result.safety_stock.as_slice())),
        reorder_point: ArrayColumn(Float64Array::from(result.reorder_point.as_slice())),
    })
}

/// The reorder point of every item of a catalogue at a cycle service level, from typed
/// arrays: for each item what {@link reorderPoint} gives as its safety stock and
/// reorder point. Each array is copied into wasm memory once.
///
/// Throws an {@link OpscalcError} for the first bad item, its field with the item's
/// index (`demandRate[12]`), or for columns of different lengths (`conflicting_fields`).
#[wasm_bindgen(js_name = reorderPointBatch, unchecked_return_type = "ReorderPointBatchResult")]
pub fn reorder_point_batch(
    #[wasm_bindgen(unchecked_param_type = "ReorderPointBatchOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: ReorderPointBatchOptions| run(&options))
}

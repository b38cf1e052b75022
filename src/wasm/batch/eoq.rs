//! JS mirror of the EOQ over a catalogue: typed-array columns in and out. No formulas.

use super::column::{Float64Column, JsColumn, given, holding_fields, run_batch};
use crate::Error;
use crate::batch::{self, EoqBatchInput, EoqBatchOutput, HoldingCostColumns};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link eoqBatch}: each a `Float64Array` with one value per item, or a
/// number for every item; at least one must be a `Float64Array`, and all arrays have
/// the same length. Give the holding cost either as `holdingCost`, or as
/// `holdingRate` with `unitCost`.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct EoqBatchOptions {
    /// D: demand, units per period.
    #[tsify(type = "Float64Array | number")]
    pub demand: JsColumn,
    /// S: cost of placing one order, money per order.
    #[tsify(type = "Float64Array | number")]
    pub ordering_cost: JsColumn,
    /// H: cost of holding one unit for one period, money per unit per period.
    #[tsify(optional, type = "Float64Array | number")]
    pub holding_cost: Option<JsColumn>,
    /// Holding cost as a share of the unit cost per period (0.25 for 25 %); needs `unitCost`.
    #[tsify(optional, type = "Float64Array | number")]
    pub holding_rate: Option<JsColumn>,
    /// Cost of one unit, money; with `holdingRate`, H = holdingRate × unitCost.
    #[tsify(optional, type = "Float64Array | number")]
    pub unit_cost: Option<JsColumn>,
}

from_js!(EoqBatchOptions {
    demand,
    ordering_cost,
    holding_cost,
    holding_rate,
    unit_cost
});

/// Result of {@link eoqBatch}: one `Float64Array` per figure, one entry per item.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct EoqBatchResult {
    /// Q* = √(2DS / H), units per order.
    #[tsify(type = "Float64Array")]
    pub quantity: Float64Column,
    /// Ordering plus holding cost per period at Q* (purchase cost excluded).
    #[tsify(type = "Float64Array")]
    pub total_cost: Float64Column,
    /// N = D / Q*, orders per period (the cycle time is 1 / N periods).
    #[tsify(type = "Float64Array")]
    pub orders_per_period: Float64Column,
}

to_js!(EoqBatchResult {
    quantity,
    total_cost,
    orders_per_period
});

fn run(options: &EoqBatchOptions) -> Result<EoqBatchResult, Error> {
    let [cost, rate, unit] = holding_fields(
        options.holding_cost.as_ref(),
        options.holding_rate.as_ref(),
        options.unit_cost.as_ref(),
    )?;
    let columns = [
        ("demand", Some(&options.demand)),
        ("ordering_cost", Some(&options.ordering_cost)),
        cost,
        rate,
        unit,
    ];
    let [quantity, total_cost, orders_per_period] = run_batch(
        columns,
        |[demand, ordering, cost, rate, unit], output, first| {
            let input = EoqBatchInput {
                demand: given(demand),
                ordering_cost: given(ordering),
                holding_cost: HoldingCostColumns::from_fields(cost, rate, unit)?,
            };
            let [quantity, total_cost, orders_per_period] = output;
            let output = EoqBatchOutput {
                quantity,
                total_cost,
                orders_per_period,
            };
            batch::eoq_batch_into(&input, output, first)
        },
    )?;
    Ok(EoqBatchResult {
        quantity,
        total_cost,
        orders_per_period,
    })
}

/// The EOQ of every item of a catalogue, from typed arrays: for each item what
/// {@link eoq} gives for its demand, ordering cost and holding cost.
///
/// Throws an {@link OpscalcError} for the first bad item, its field with the item's
/// index (`demand[12]`), or for columns of different lengths (`conflicting_fields`).
#[wasm_bindgen(js_name = eoqBatch, unchecked_return_type = "EoqBatchResult")]
pub fn eoq_batch(
    #[wasm_bindgen(unchecked_param_type = "EoqBatchOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: EoqBatchOptions| run(&options))
}

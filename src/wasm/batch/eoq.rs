//! JS mirror of the EOQ over a catalogue: typed-array columns in and out. No formulas.

use super::column::{ColumnReader, ColumnWriter, Float64Column, JsColumn, parts};
use crate::Error;
use crate::batch::{self, EoqBatchInput, EoqBatchOutput, HoldingCostColumns, batch_length};
use crate::inventory::HoldingCostFields;
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
    let holding = HoldingCostFields::choose(
        options.holding_cost.as_ref(),
        options.holding_rate.as_ref(),
        options.unit_cost.as_ref(),
    )?;
    let holding_columns = match holding {
        HoldingCostFields::PerUnit(cost) => [("holding_cost", cost), ("holding_cost", cost)],
        HoldingCostFields::Rate { rate, unit_cost } => {
            [("holding_rate", rate), ("unit_cost", unit_cost)]
        }
    };
    let items = batch_length(&[
        ("demand", options.demand.items()),
        ("ordering_cost", options.ordering_cost.items()),
        (holding_columns[0].0, holding_columns[0].1.items()),
        (holding_columns[1].0, holding_columns[1].1.items()),
    ])?;
    let mut demand = ColumnReader::new(&options.demand);
    let mut ordering_cost = ColumnReader::new(&options.ordering_cost);
    let mut holding_first = ColumnReader::new(holding_columns[0].1);
    let mut holding_second = ColumnReader::new(holding_columns[1].1);
    let mut quantity = ColumnWriter::new(items);
    let mut total_cost = ColumnWriter::new(items);
    let mut orders_per_period = ColumnWriter::new(items);
    for part in parts(items) {
        let holding_cost = match holding {
            HoldingCostFields::PerUnit(_) => HoldingCostColumns::PerUnit(holding_first.read(&part)),
            HoldingCostFields::Rate { .. } => HoldingCostColumns::Rate {
                rate: holding_first.read(&part),
                unit_cost: holding_second.read(&part),
            },
        };
        let input = EoqBatchInput {
            demand: demand.read(&part),
            ordering_cost: ordering_cost.read(&part),
            holding_cost,
        };
        let output = EoqBatchOutput {
            quantity: quantity.buffer(&part),
            total_cost: total_cost.buffer(&part),
            orders_per_period: orders_per_period.buffer(&part),
        };
        batch::eoq_batch_into(&input, output, part.start)?;
        quantity.write(&part);
        total_cost.write(&part);
        orders_per_period.write(&part);
    }
    Ok(EoqBatchResult {
        quantity: quantity.finish(),
        total_cost: total_cost.finish(),
        orders_per_period: orders_per_period.finish(),
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

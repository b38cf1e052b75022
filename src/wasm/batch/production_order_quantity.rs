//! JS mirror of the economic production quantity over a catalogue: typed-array columns
//! in and out. No formulas.

use super::column::{Float64Column, JsColumn, given, holding_fields, run_batch};
use crate::Error;
use crate::batch::{
    self, HoldingCostColumns, ProductionOrderQuantityBatchInput, ProductionOrderQuantityBatchOutput,
};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link productionOrderQuantityBatch}: each a `Float64Array` with one value
/// per item, or a number for every item; at least one must be a `Float64Array`, and all
/// arrays have the same length. `demand` and `productionRate` share one unit, units per
/// period, as in {@link productionOrderQuantity}. Give the holding cost either as
/// `holdingCost`, or as `holdingRate` with `unitCost`.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ProductionOrderQuantityBatchOptions {
    /// D: demand (usage), units per period.
    #[tsify(type = "Float64Array | number")]
    pub demand: JsColumn,
    /// p: production rate while a run is on, units per period; must exceed `demand`.
    #[tsify(type = "Float64Array | number")]
    pub production_rate: JsColumn,
    /// S: cost of setting up one production run, money per run.
    #[tsify(type = "Float64Array | number")]
    pub setup_cost: JsColumn,
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

from_js!(ProductionOrderQuantityBatchOptions {
    demand,
    production_rate,
    setup_cost,
    holding_cost,
    holding_rate,
    unit_cost
});

/// Result of {@link productionOrderQuantityBatch}: one `Float64Array` per figure, one
/// entry per item.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ProductionOrderQuantityBatchResult {
    /// Q* = √(2DS / (H (1 − D/p))), units per run.
    #[tsify(type = "Float64Array")]
    pub quantity: Float64Column,
    /// Setup plus holding cost per period at Q* (production cost excluded).
    #[tsify(type = "Float64Array")]
    pub total_cost: Float64Column,
    /// Imax = Q* (1 − D/p), the stock at the end of a run, units.
    #[tsify(type = "Float64Array")]
    pub max_inventory: Float64Column,
    /// D / Q*, production runs per period.
    #[tsify(type = "Float64Array")]
    pub runs_per_period: Float64Column,
}

to_js!(ProductionOrderQuantityBatchResult {
    quantity,
    total_cost,
    max_inventory,
    runs_per_period
});

fn run(
    options: &ProductionOrderQuantityBatchOptions,
) -> Result<ProductionOrderQuantityBatchResult, Error> {
    let [cost, rate, unit] = holding_fields(
        options.holding_cost.as_ref(),
        options.holding_rate.as_ref(),
        options.unit_cost.as_ref(),
    )?;
    let columns = [
        ("demand", Some(&options.demand)),
        ("production_rate", Some(&options.production_rate)),
        ("setup_cost", Some(&options.setup_cost)),
        cost,
        rate,
        unit,
    ];
    let [quantity, total_cost, max_inventory, runs_per_period] = run_batch(
        columns,
        |[demand, production_rate, setup_cost, cost, rate, unit], output, first| {
            let input = ProductionOrderQuantityBatchInput {
                demand: given(demand),
                production_rate: given(production_rate),
                setup_cost: given(setup_cost),
                holding_cost: HoldingCostColumns::from_fields(cost, rate, unit)?,
            };
            let [quantity, total_cost, max_inventory, runs_per_period] = output;
            let output = ProductionOrderQuantityBatchOutput {
                quantity,
                total_cost,
                max_inventory,
                runs_per_period,
            };
            batch::production_order_quantity_batch_into(&input, output, first)
        },
    )?;
    Ok(ProductionOrderQuantityBatchResult {
        quantity,
        total_cost,
        max_inventory,
        runs_per_period,
    })
}

/// The economic production quantity of every item of a catalogue, from typed arrays:
/// for each item what {@link productionOrderQuantity} gives for its demand, production
/// rate, setup cost and holding cost.
///
/// Throws an {@link OpscalcError} for the first bad item, its field with the item's
/// index (`productionRate[12]` when it does not exceed the demand), or for columns of
/// different lengths (`conflicting_fields`).
#[wasm_bindgen(
    js_name = productionOrderQuantityBatch,
    unchecked_return_type = "ProductionOrderQuantityBatchResult"
)]
pub fn production_order_quantity_batch(
    #[wasm_bindgen(unchecked_param_type = "ProductionOrderQuantityBatchOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: ProductionOrderQuantityBatchOptions| {
        run(&options)
    })
}

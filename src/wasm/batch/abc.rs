//! JS mirror of ABC analysis over columns: typed arrays in, each item's class, rank and
//! cumulative share out in item order. No formulas.

use super::column::{ArrayColumn, Float64Column, JsColumn, Owned, Uint8Column};
use crate::Error;
use crate::batch::{self, AbcBatchInput};
use crate::inventory::{AbcClass, AbcCutoffs};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::inventory::{AbcBasis, AbcCutoffsOptions};
use crate::wasm::to_js::to_js;
use js_sys::{Float64Array, Uint8Array, Uint32Array};
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link abcBatch}: the items of {@link abcAnalysis} as columns, without ids
/// (an item is its position): each a `Float64Array` with one value per item or a number
/// for every item (at least one a `Float64Array`, both of the same length).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct AbcBatchOptions {
    /// Units used per year (or any period, the same for every item), 0 or more.
    #[tsify(type = "Float64Array | number")]
    pub annual_demand: JsColumn,
    /// Cost of one unit, money, 0 or more.
    #[tsify(type = "Float64Array | number")]
    pub unit_cost: JsColumn,
    /// The classes' shares: default { a: 0.8, b: 0.15 } by value, { a: 0.2, b: 0.3 } by items.
    #[tsify(optional)]
    pub cutoffs: Option<AbcCutoffsOptions>,
    /// What the cutoffs divide (default `"value"`).
    #[tsify(optional)]
    pub basis: Option<AbcBasis>,
}

from_js!(AbcBatchOptions {
    annual_demand,
    unit_cost,
    cutoffs,
    basis
});

/// Result of {@link abcBatch}: one entry per item, in item (input) order.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct AbcBatchResult {
    /// Each item's class as an index into `classes` (0 = A, 1 = B, 2 = C): the
    /// `class` of the item's row in {@link abcAnalysis}.
    #[tsify(type = "Uint8Array")]
    pub class: Uint8Column,
    /// The classes' names, ["A", "B", "C"].
    pub classes: Vec<String>,
    /// Each item's rank by annual value, 1 for the highest (ties in input order).
    #[tsify(type = "Uint32Array")]
    pub rank: ArrayColumn<Uint32Array>,
    /// The share of the total annual value of the item and all ranked above it.
    #[tsify(type = "Float64Array")]
    pub cumulative_share: Float64Column,
    /// Σ annual demand × unit cost, money per year.
    pub total_value: f64,
}

to_js!(AbcBatchResult {
    class,
    classes,
    rank,
    cumulative_share,
    total_value
});

fn run(options: AbcBatchOptions) -> Result<AbcBatchResult, Error> {
    let annual_demand = Owned::of(&options.annual_demand);
    let unit_cost = Owned::of(&options.unit_cost);
    let result = batch::abc_batch(&AbcBatchInput {
        annual_demand: annual_demand.column(),
        unit_cost: unit_cost.column(),
        cutoffs: options.cutoffs.map(|cutoffs| AbcCutoffs {
            a: cutoffs.a,
            b: cutoffs.b,
        }),
        basis: options.basis.map(Into::into).unwrap_or_default(),
    })?;
    let class: Vec<u8> = result
        .class
        .iter()
        .map(|class| match class {
            AbcClass::A => 0,
            AbcClass::B => 1,
            AbcClass::C => 2,
        })
        .collect();
    Ok(AbcBatchResult {
        class: ArrayColumn(Uint8Array::from(class.as_slice())),
        classes: ["A", "B", "C"].map(String::from).to_vec(),
        rank: ArrayColumn(Uint32Array::from(result.rank.as_slice())),
        cumulative_share: ArrayColumn(Float64Array::from(result.cumulative_share.as_slice())),
        total_value: result.total_value,
    })
}

/// ABC analysis of a catalogue from typed arrays: each item's class, rank and cumulative
/// share of annual value, in item order, as {@link abcAnalysis} gives them in its rows.
/// The class of item `i` is `classes[class[i]]`.
///
/// Throws an {@link OpscalcError} for the first bad item, its field with the item's
/// index (`unitCost[12]`), for bad cutoffs (`cutoffs.b`), for a total value of zero
/// (`not_positive`, no field), or for columns of different lengths (`conflicting_fields`).
#[wasm_bindgen(js_name = abcBatch, unchecked_return_type = "AbcBatchResult")]
pub fn abc_batch(
    #[wasm_bindgen(unchecked_param_type = "AbcBatchOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, run)
}

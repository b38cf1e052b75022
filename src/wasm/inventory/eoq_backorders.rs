//! JS mirror of the EOQ with planned backorders and its cost curve: option and result
//! types with camelCase names and TypeScript declarations, and the exported functions.
//! No formulas: each function converts its options to the core input, calls the core,
//! and converts the result.

use super::cost_curve::CostCurveOptions;
use super::profile::InventoryProfileResult;
use crate::Error;
use crate::inventory::{self, EoqBackordersInput, HoldingCost};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link eoqBackorders}. All rates share one planning period (a year, say).
/// Give the holding cost either as `holdingCost`, or as `holdingRate` with `unitCost`.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct EoqBackordersOptions {
    /// D: demand, units per period.
    pub demand: f64,
    /// S: cost of placing one order, money per order.
    pub ordering_cost: f64,
    /// H: cost of holding one unit for one period, money per unit per period.
    #[tsify(optional)]
    pub holding_cost: Option<f64>,
    /// Holding cost as a share of the unit cost per period, as a fraction (0.25 for 25 %); needs `unitCost`.
    #[tsify(optional)]
    pub holding_rate: Option<f64>,
    /// Cost of one unit, money; with `holdingRate`, H = holdingRate × unitCost.
    #[tsify(optional)]
    pub unit_cost: Option<f64>,
    /// B: cost of keeping one unit backordered for one period, money per unit per period.
    pub backorder_cost: f64,
    /// Working days in one period (e.g. 250 a year); gives the `...Days` results and `dailyDemand`.
    #[tsify(optional)]
    pub working_days: Option<f64>,
}

from_js!(EoqBackordersOptions {
    demand,
    ordering_cost,
    holding_cost,
    holding_rate,
    unit_cost,
    backorder_cost,
    working_days
});

impl TryFrom<EoqBackordersOptions> for EoqBackordersInput {
    type Error = Error;

    fn try_from(options: EoqBackordersOptions) -> Result<Self, Error> {
        Ok(EoqBackordersInput {
            demand: options.demand,
            ordering_cost: options.ordering_cost,
            holding_cost: HoldingCost::from_fields(
                options.holding_cost,
                options.holding_rate,
                options.unit_cost,
            )?,
            backorder_cost: options.backorder_cost,
            working_days: options.working_days,
        })
    }
}

/// Result of {@link eoqBackorders}: the optimal order quantity and backorder level, and
/// the figures a textbook shows with them.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct EoqBackordersResult {
    /// Q* = √(2DS / H × (H + B) / B), units per order.
    pub quantity: f64,
    /// b* = Q* H / (H + B): the most units backordered, just before an order arrives.
    pub max_backorder: f64,
    /// Q* − b*: the stock just after an order arrives and fills the backorders, units.
    pub max_inventory: f64,
    /// Ordering plus holding plus backorder cost per period (purchase cost excluded).
    pub total_cost: f64,
    /// (D / Q*) × S, money per period.
    pub ordering_cost_per_period: f64,
    /// (Q* − b*)² / (2Q*) × H, money per period.
    pub holding_cost_per_period: f64,
    /// b*² / (2Q*) × B, money per period.
    pub backorder_cost_per_period: f64,
    /// N = D / Q*, orders per period.
    pub orders_per_period: f64,
    /// T = Q* / D, time between orders, in periods.
    pub cycle_time: f64,
    /// (Q* − b*) / D, the part of each cycle with stock on hand, in periods.
    pub time_with_stock: f64,
    /// b* / D, the part of each cycle in backorder, in periods.
    pub time_in_backorder: f64,
    /// b* / Q* = H / (H + B): the fraction of each cycle spent in backorder.
    pub backorder_fraction: f64,
    /// (Q* − b*)² / (2Q*), units on hand on average.
    pub average_inventory: f64,
    /// b*² / (2Q*), units backordered on average.
    pub average_backorder: f64,
    /// The H used, money per unit per period (holdingRate × unitCost when given as a rate).
    pub holding_cost: f64,
    /// The cycle time in working days (when `workingDays` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub cycle_time_days: Option<f64>,
    /// The time with stock on hand in working days (when `workingDays` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub time_with_stock_days: Option<f64>,
    /// The time in backorder in working days (when `workingDays` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub time_in_backorder_days: Option<f64>,
    /// D / working days, units per day (when `workingDays` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub daily_demand: Option<f64>,
    /// Inventory over one cycle: Q* − b* on arrival, 0 when stock runs out, −b* (backordered) at the cycle time.
    pub inventory_profile: InventoryProfileResult,
}

to_js!(EoqBackordersResult {
    quantity,
    max_backorder,
    max_inventory,
    total_cost,
    ordering_cost_per_period,
    holding_cost_per_period,
    backorder_cost_per_period,
    orders_per_period,
    cycle_time,
    time_with_stock,
    time_in_backorder,
    backorder_fraction,
    average_inventory,
    average_backorder,
    holding_cost,
    cycle_time_days,
    time_with_stock_days,
    time_in_backorder_days,
    daily_demand,
    inventory_profile
});

impl From<inventory::EoqBackorders> for EoqBackordersResult {
    fn from(result: inventory::EoqBackorders) -> Self {
        EoqBackordersResult {
            inventory_profile: result.inventory_profile().into(),
            quantity: result.quantity,
            max_backorder: result.max_backorder,
            max_inventory: result.max_inventory,
            total_cost: result.total_cost,
            ordering_cost_per_period: result.ordering_cost_per_period,
            holding_cost_per_period: result.holding_cost_per_period,
            backorder_cost_per_period: result.backorder_cost_per_period,
            orders_per_period: result.orders_per_period,
            cycle_time: result.cycle_time,
            time_with_stock: result.time_with_stock,
            time_in_backorder: result.time_in_backorder,
            backorder_fraction: result.backorder_fraction,
            average_inventory: result.average_inventory,
            average_backorder: result.average_backorder,
            holding_cost: result.holding_cost,
            cycle_time_days: result.cycle_time_days,
            time_with_stock_days: result.time_with_stock_days,
            time_in_backorder_days: result.time_in_backorder_days,
            daily_demand: result.daily_demand,
        }
    }
}

/// EOQ with planned shortages (backorders): the order quantity Q* = √(2DS / H × (H + B) / B)
/// and the backorder level b* = Q* H / (H + B) that minimise ordering, holding and
/// backorder cost, with the cycle's split between stock and backorder.
///
/// Throws an {@link OpscalcError} naming the field for invalid options.
#[wasm_bindgen(js_name = eoqBackorders, unchecked_return_type = "EoqBackordersResult")]
pub fn eoq_backorders(
    #[wasm_bindgen(unchecked_param_type = "EoqBackordersOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: EoqBackordersOptions| {
        let input = EoqBackordersInput::try_from(options)?;
        inventory::eoq_backorders(&input).map(EoqBackordersResult::from)
    })
}

/// Options of {@link eoqBackordersCostCurve}: the backorder model (as for
/// {@link eoqBackorders}) and which lot sizes to evaluate.
#[tsify::declare]
pub type EoqBackordersCostCurveOptions = CostCurveOptions<EoqBackordersOptions>;

/// Result of {@link eoqBackordersCostCurve}: columns of equal length, one entry per lot
/// size, each with the backorder level that is best for that lot.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct EoqBackordersCostCurveResult {
    /// Lot sizes Q, units, ascending.
    pub quantity: Vec<f64>,
    /// b = Q H / (H + B) at each Q: the cheapest backorder level for that lot, units.
    pub max_backorder: Vec<f64>,
    /// (D / Q) × S at each Q, money per period.
    pub ordering_cost_per_period: Vec<f64>,
    /// (Q − b)² / (2Q) × H at each Q, money per period.
    pub holding_cost_per_period: Vec<f64>,
    /// b² / (2Q) × B at each Q, money per period.
    pub backorder_cost_per_period: Vec<f64>,
    /// Ordering plus holding plus backorder cost at each Q, money per period.
    pub total_cost: Vec<f64>,
    /// TC(Q) / TC(Q*) − 1 at each Q: the extra cost of ordering Q instead of Q* (0.25 = 25 % more).
    pub cost_penalty: Vec<f64>,
    /// Q*, units.
    pub optimal_quantity: f64,
    /// TC(Q*), money per period.
    pub minimum_total_cost: f64,
}

to_js!(EoqBackordersCostCurveResult {
    quantity,
    max_backorder,
    ordering_cost_per_period,
    holding_cost_per_period,
    backorder_cost_per_period,
    total_cost,
    cost_penalty,
    optimal_quantity,
    minimum_total_cost
});

impl From<inventory::EoqBackordersCostCurve> for EoqBackordersCostCurveResult {
    fn from(curve: inventory::EoqBackordersCostCurve) -> Self {
        EoqBackordersCostCurveResult {
            quantity: curve.quantity,
            max_backorder: curve.max_backorder,
            ordering_cost_per_period: curve.ordering_cost_per_period,
            holding_cost_per_period: curve.holding_cost_per_period,
            backorder_cost_per_period: curve.backorder_cost_per_period,
            total_cost: curve.total_cost,
            cost_penalty: curve.cost_penalty,
            optimal_quantity: curve.optimal_quantity,
            minimum_total_cost: curve.minimum_total_cost,
        }
    }
}

/// Ordering, holding, backorder and total cost per period over a range of lot sizes,
/// each with its best backorder level, and the cost penalty of each against Q*.
///
/// Throws an {@link OpscalcError} naming the field for invalid options (model errors
/// under `model`, e.g. `model.backorderCost`).
#[wasm_bindgen(
    js_name = eoqBackordersCostCurve,
    unchecked_return_type = "EoqBackordersCostCurveResult"
)]
pub fn eoq_backorders_cost_curve(
    #[wasm_bindgen(unchecked_param_type = "EoqBackordersCostCurveOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: EoqBackordersCostCurveOptions| {
        inventory::eoq_backorders_cost_curve(&options.into_input()?)
            .map(EoqBackordersCostCurveResult::from)
    })
}

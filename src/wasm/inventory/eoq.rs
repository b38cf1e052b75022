//! JS mirror of the EOQ model and its cost curve: option and result types with camelCase names and
//! TypeScript declarations, and the exported functions. No formulas: each function
//! converts its options to the core input, calls the core, and converts the result.

use super::cost_curve::CostCurveOptions;
use super::profile::InventoryProfileResult;
use crate::Error;
use crate::inventory::{self, EoqInput, HoldingCost, LeadTime};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link eoq}. All rates share one planning period (a year, say).
/// Give the holding cost either as `holdingCost`, or as `holdingRate` with `unitCost`.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct EoqOptions {
    /// D: demand, units per period.
    pub demand: f64,
    /// S: cost of placing one order (or one setup), money per order.
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
    /// Lead time in periods; gives `reorderPoint`.
    #[tsify(optional)]
    pub lead_time: Option<f64>,
    /// Lead time in working days (needs `workingDays`); gives `reorderPoint`.
    #[tsify(optional)]
    pub lead_time_days: Option<f64>,
    /// Working days in one period (e.g. 250 a year); gives `cycleTimeDays` and `dailyDemand`.
    #[tsify(optional)]
    pub working_days: Option<f64>,
}

from_js!(EoqOptions {
    demand,
    ordering_cost,
    holding_cost,
    holding_rate,
    unit_cost,
    lead_time,
    lead_time_days,
    working_days
});

impl TryFrom<EoqOptions> for EoqInput {
    type Error = Error;

    fn try_from(options: EoqOptions) -> Result<Self, Error> {
        Ok(EoqInput {
            demand: options.demand,
            ordering_cost: options.ordering_cost,
            holding_cost: HoldingCost::from_fields(
                options.holding_cost,
                options.holding_rate,
                options.unit_cost,
            )?,
            lead_time: LeadTime::from_fields(options.lead_time, options.lead_time_days)?,
            working_days: options.working_days,
        })
    }
}

/// Result of {@link eoq}: the optimal lot size and the figures a textbook shows with it.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct EoqResult {
    /// Q* = √(2DS / H), units per order.
    pub quantity: f64,
    /// Ordering plus holding cost per period at Q* (purchase cost excluded).
    pub total_cost: f64,
    /// (D / Q*) × S, money per period.
    pub ordering_cost_per_period: f64,
    /// (Q* / 2) × H, money per period.
    pub holding_cost_per_period: f64,
    /// N = D / Q*, orders per period.
    pub orders_per_period: f64,
    /// T = Q* / D, time between orders, in periods.
    pub cycle_time: f64,
    /// Q* / 2, units.
    pub average_inventory: f64,
    /// The H used, money per unit per period (holdingRate × unitCost when given as a rate).
    pub holding_cost: f64,
    /// Working days / N: time between orders in working days (when `workingDays` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub cycle_time_days: Option<f64>,
    /// D / working days, units per day (when `workingDays` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub daily_demand: Option<f64>,
    /// Demand during the lead time, units (when a lead time is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub reorder_point: Option<f64>,
    /// Inventory over one cycle: Q* at time 0 falling to 0 at the cycle time.
    pub inventory_profile: InventoryProfileResult,
}

to_js!(EoqResult {
    quantity,
    total_cost,
    ordering_cost_per_period,
    holding_cost_per_period,
    orders_per_period,
    cycle_time,
    average_inventory,
    holding_cost,
    cycle_time_days,
    daily_demand,
    reorder_point,
    inventory_profile
});

impl From<inventory::Eoq> for EoqResult {
    fn from(eoq: inventory::Eoq) -> Self {
        EoqResult {
            quantity: eoq.quantity,
            total_cost: eoq.total_cost,
            ordering_cost_per_period: eoq.ordering_cost_per_period,
            holding_cost_per_period: eoq.holding_cost_per_period,
            orders_per_period: eoq.orders_per_period,
            cycle_time: eoq.cycle_time,
            average_inventory: eoq.average_inventory,
            holding_cost: eoq.holding_cost,
            cycle_time_days: eoq.cycle_time_days,
            daily_demand: eoq.daily_demand,
            reorder_point: eoq.reorder_point,
            inventory_profile: eoq.inventory_profile().into(),
        }
    }
}

/// Economic order quantity: Q* = √(2DS / H), with its ordering and holding cost per
/// period, orders per period, cycle time and, given a lead time, the reorder point.
///
/// Throws an {@link OpscalcError} naming the field for invalid options.
#[wasm_bindgen(js_name = eoq, unchecked_return_type = "EoqResult")]
pub fn eoq(
    #[wasm_bindgen(unchecked_param_type = "EoqOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: EoqOptions| {
        let input = EoqInput::try_from(options)?;
        inventory::eoq(&input).map(EoqResult::from)
    })
}

/// Options of {@link eoqCostCurve}: the EOQ model (as for {@link eoq}) and which lot sizes
/// to evaluate.
#[tsify::declare]
pub type EoqCostCurveOptions = CostCurveOptions<EoqOptions>;

/// Result of {@link eoqCostCurve}: columns of equal length, one entry per lot size.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct EoqCostCurveResult {
    /// Lot sizes Q, units, ascending.
    pub quantity: Vec<f64>,
    /// (D / Q) × S at each Q, money per period.
    pub ordering_cost_per_period: Vec<f64>,
    /// (Q / 2) × H at each Q, money per period.
    pub holding_cost_per_period: Vec<f64>,
    /// Ordering plus holding cost at each Q, money per period.
    pub total_cost: Vec<f64>,
    /// TC(Q) / TC(Q*) − 1 at each Q: the extra cost of ordering Q instead of Q* (0.25 = 25 % more).
    pub cost_penalty: Vec<f64>,
    /// Q*, units.
    pub optimal_quantity: f64,
    /// TC(Q*), money per period.
    pub minimum_total_cost: f64,
}

to_js!(EoqCostCurveResult {
    quantity,
    ordering_cost_per_period,
    holding_cost_per_period,
    total_cost,
    cost_penalty,
    optimal_quantity,
    minimum_total_cost
});

impl From<inventory::EoqCostCurve> for EoqCostCurveResult {
    fn from(curve: inventory::EoqCostCurve) -> Self {
        EoqCostCurveResult {
            quantity: curve.quantity,
            ordering_cost_per_period: curve.ordering_cost_per_period,
            holding_cost_per_period: curve.holding_cost_per_period,
            total_cost: curve.total_cost,
            cost_penalty: curve.cost_penalty,
            optimal_quantity: curve.optimal_quantity,
            minimum_total_cost: curve.minimum_total_cost,
        }
    }
}

/// Ordering, holding and total cost per period over a range of lot sizes, and the cost
/// penalty of each against the EOQ: the data of the classic EOQ cost chart.
///
/// Throws an {@link OpscalcError} naming the field for invalid options (model errors
/// under `model`, e.g. `model.demand`).
#[wasm_bindgen(js_name = eoqCostCurve, unchecked_return_type = "EoqCostCurveResult")]
pub fn eoq_cost_curve(
    #[wasm_bindgen(unchecked_param_type = "EoqCostCurveOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: EoqCostCurveOptions| {
        inventory::eoq_cost_curve(&options.into_input()?).map(EoqCostCurveResult::from)
    })
}

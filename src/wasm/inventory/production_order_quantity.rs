//! JS mirror of the economic production quantity (EPQ) and its cost curve: option and
//! result types with camelCase names and TypeScript declarations, and the exported
//! functions. No formulas: each function converts its options to the core input, calls
//! the core, and converts the result.

use super::cost_curve::CostCurveOptions;
use super::profile::InventoryProfileResult;
use crate::Error;
use crate::inventory::{self, HoldingCost, ProductionOrderQuantityInput};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link productionOrderQuantity}. All rates share one planning period (a
/// year, say): `demand` and `productionRate` in units per that period (800 a day over
/// 240 working days is a `productionRate` of 192000 a year). Give the holding cost
/// either as `holdingCost`, or as `holdingRate` with `unitCost`.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ProductionOrderQuantityOptions {
    /// D: demand (usage), units per period.
    pub demand: f64,
    /// p: production rate while a run is on, units per period (the same unit as `demand`); must exceed `demand`.
    pub production_rate: f64,
    /// S: cost of setting up one production run, money per run.
    pub setup_cost: f64,
    /// H: cost of holding one unit for one period, money per unit per period.
    #[tsify(optional)]
    pub holding_cost: Option<f64>,
    /// Holding cost as a share of the unit cost per period, as a fraction (0.25 for 25 %); needs `unitCost`.
    #[tsify(optional)]
    pub holding_rate: Option<f64>,
    /// Cost of one unit, money; with `holdingRate`, H = holdingRate × unitCost.
    #[tsify(optional)]
    pub unit_cost: Option<f64>,
    /// Working days in one period (e.g. 240 a year); gives the `...Days` results, `dailyDemand` and `dailyProductionRate`.
    #[tsify(optional)]
    pub working_days: Option<f64>,
}

from_js!(ProductionOrderQuantityOptions {
    demand,
    production_rate,
    setup_cost,
    holding_cost,
    holding_rate,
    unit_cost,
    working_days
});

impl TryFrom<ProductionOrderQuantityOptions> for ProductionOrderQuantityInput {
    type Error = Error;

    fn try_from(options: ProductionOrderQuantityOptions) -> Result<Self, Error> {
        Ok(ProductionOrderQuantityInput {
            demand: options.demand,
            production_rate: options.production_rate,
            setup_cost: options.setup_cost,
            holding_cost: HoldingCost::from_fields(
                options.holding_cost,
                options.holding_rate,
                options.unit_cost,
            )?,
            working_days: options.working_days,
        })
    }
}

/// Result of {@link productionOrderQuantity}: the optimal run size and the figures a
/// textbook shows with it.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ProductionOrderQuantityResult {
    /// Q* = √(2DS / (H (1 − D/p))), units per run.
    pub quantity: f64,
    /// Setup plus holding cost per period at Q* (production cost excluded).
    pub total_cost: f64,
    /// (D / Q*) × S, money per period.
    pub setup_cost_per_period: f64,
    /// (Imax / 2) × H, money per period.
    pub holding_cost_per_period: f64,
    /// D / Q*, production runs per period.
    pub runs_per_period: f64,
    /// T = Q* / D, time from the start of one run to the start of the next, in periods.
    pub cycle_time: f64,
    /// Q* / p, how long each run lasts, in periods.
    pub production_run_time: f64,
    /// Imax = Q* (1 − D/p), the stock at the end of a run, units.
    pub max_inventory: f64,
    /// Imax / 2, units.
    pub average_inventory: f64,
    /// 1 − D/p: the share of each run's output that goes into stock.
    pub build_up_fraction: f64,
    /// The H used, money per unit per period (holdingRate × unitCost when given as a rate).
    pub holding_cost: f64,
    /// The cycle time in working days (when `workingDays` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub cycle_time_days: Option<f64>,
    /// The production run time in working days (when `workingDays` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub production_run_time_days: Option<f64>,
    /// D / working days, units per day (when `workingDays` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub daily_demand: Option<f64>,
    /// p / working days, units per day (when `workingDays` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub daily_production_rate: Option<f64>,
    /// Inventory over one cycle: 0 when a run starts, Imax when it ends, 0 at the cycle time.
    pub inventory_profile: InventoryProfileResult,
}

to_js!(ProductionOrderQuantityResult {
    quantity,
    total_cost,
    setup_cost_per_period,
    holding_cost_per_period,
    runs_per_period,
    cycle_time,
    production_run_time,
    max_inventory,
    average_inventory,
    build_up_fraction,
    holding_cost,
    cycle_time_days,
    production_run_time_days,
    daily_demand,
    daily_production_rate,
    inventory_profile
});

impl From<inventory::ProductionOrderQuantity> for ProductionOrderQuantityResult {
    fn from(result: inventory::ProductionOrderQuantity) -> Self {
        ProductionOrderQuantityResult {
            inventory_profile: result.inventory_profile().into(),
            quantity: result.quantity,
            total_cost: result.total_cost,
            setup_cost_per_period: result.setup_cost_per_period,
            holding_cost_per_period: result.holding_cost_per_period,
            runs_per_period: result.runs_per_period,
            cycle_time: result.cycle_time,
            production_run_time: result.production_run_time,
            max_inventory: result.max_inventory,
            average_inventory: result.average_inventory,
            build_up_fraction: result.build_up_fraction,
            holding_cost: result.holding_cost,
            cycle_time_days: result.cycle_time_days,
            production_run_time_days: result.production_run_time_days,
            daily_demand: result.daily_demand,
            daily_production_rate: result.daily_production_rate,
        }
    }
}

/// Economic production quantity (production order quantity): the run size when each lot
/// is produced at a finite rate p while demand D continues, Q* = √(2DS / (H (1 − D/p))),
/// with its costs, maximum inventory, run time and cycle.
///
/// Throws an {@link OpscalcError} naming the field for invalid options, including
/// `productionRate` (code `out_of_range`) when it is not greater than `demand`.
#[wasm_bindgen(
    js_name = productionOrderQuantity,
    unchecked_return_type = "ProductionOrderQuantityResult"
)]
pub fn production_order_quantity(
    #[wasm_bindgen(unchecked_param_type = "ProductionOrderQuantityOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: ProductionOrderQuantityOptions| {
        let input = ProductionOrderQuantityInput::try_from(options)?;
        inventory::production_order_quantity(&input).map(ProductionOrderQuantityResult::from)
    })
}

/// Options of {@link productionOrderQuantityCostCurve}: the EPQ model (as for
/// {@link productionOrderQuantity}) and which lot sizes to evaluate.
#[tsify::declare]
pub type ProductionOrderQuantityCostCurveOptions = CostCurveOptions<ProductionOrderQuantityOptions>;

/// Result of {@link productionOrderQuantityCostCurve}: columns of equal length, one entry
/// per lot size.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ProductionOrderQuantityCostCurveResult {
    /// Lot sizes Q, units, ascending.
    pub quantity: Vec<f64>,
    /// (D / Q) × S at each Q, money per period.
    pub setup_cost_per_period: Vec<f64>,
    /// (Q / 2) × H (1 − D/p) at each Q (the average stock times H), money per period.
    pub holding_cost_per_period: Vec<f64>,
    /// Setup plus holding cost at each Q, money per period.
    pub total_cost: Vec<f64>,
    /// TC(Q) / TC(Q*) − 1 at each Q: the extra cost of runs of Q instead of Q* (0.25 = 25 % more).
    pub cost_penalty: Vec<f64>,
    /// Q*, units.
    pub optimal_quantity: f64,
    /// TC(Q*), money per period.
    pub minimum_total_cost: f64,
}

to_js!(ProductionOrderQuantityCostCurveResult {
    quantity,
    setup_cost_per_period,
    holding_cost_per_period,
    total_cost,
    cost_penalty,
    optimal_quantity,
    minimum_total_cost
});

impl From<inventory::ProductionOrderQuantityCostCurve> for ProductionOrderQuantityCostCurveResult {
    fn from(curve: inventory::ProductionOrderQuantityCostCurve) -> Self {
        ProductionOrderQuantityCostCurveResult {
            quantity: curve.quantity,
            setup_cost_per_period: curve.setup_cost_per_period,
            holding_cost_per_period: curve.holding_cost_per_period,
            total_cost: curve.total_cost,
            cost_penalty: curve.cost_penalty,
            optimal_quantity: curve.optimal_quantity,
            minimum_total_cost: curve.minimum_total_cost,
        }
    }
}

/// Setup, holding and total cost per period over a range of lot sizes, and the cost
/// penalty of each against the EPQ: the data of the EPQ cost chart.
///
/// Throws an {@link OpscalcError} naming the field for invalid options (model errors
/// under `model`, e.g. `model.productionRate`).
#[wasm_bindgen(
    js_name = productionOrderQuantityCostCurve,
    unchecked_return_type = "ProductionOrderQuantityCostCurveResult"
)]
pub fn production_order_quantity_cost_curve(
    #[wasm_bindgen(unchecked_param_type = "ProductionOrderQuantityCostCurveOptions")]
    options: JsValue,
) -> Result<JsValue, JsValue> {
    call(
        options,
        |options: ProductionOrderQuantityCostCurveOptions| {
            inventory::production_order_quantity_cost_curve(&options.into_input()?)
                .map(ProductionOrderQuantityCostCurveResult::from)
        },
    )
}

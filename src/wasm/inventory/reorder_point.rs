//! JS mirror of the reorder point under uncertainty: option and result types with
//! camelCase names and TypeScript declarations, and the exported function. No formulas.

use crate::Error;
use crate::inventory::{self, ReorderPointInput, ServiceTarget};
use crate::wasm::boundary::call;
use crate::wasm::choice::js_choice;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link reorderPoint}. Demand and lead time share one time unit: daily
/// demand with a lead time in days, or weekly demand with one in weeks. Give exactly
/// one of `serviceLevel` and `fillRate` (a fill rate needs `orderQuantity`). When the
/// lead-time demand itself is given (mean 350, σ 10), use `leadTime: 1`.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ReorderPointOptions {
    /// d: mean demand, units per time unit.
    pub demand_rate: f64,
    /// σ_d: standard deviation of demand in one time unit, units (0 allowed when `leadTimeSd` is given).
    pub demand_sd: f64,
    /// L: mean lead time, in time units.
    pub lead_time: f64,
    /// σ_L: standard deviation of the lead time, in time units (omit for a constant lead time).
    #[tsify(optional)]
    pub lead_time_sd: Option<f64>,
    /// Cycle service level: the probability of no stockout in an order cycle, between 0 and 1 (0.95 for 95 %).
    #[tsify(optional)]
    pub service_level: Option<f64>,
    /// Fill rate: the share of demand met from stock, between 0 and 1; needs `orderQuantity`.
    #[tsify(optional)]
    pub fill_rate: Option<f64>,
    /// Q: order quantity, units; gives `fillRate` in the result, and is needed for a fill-rate target.
    #[tsify(optional)]
    pub order_quantity: Option<f64>,
}

from_js!(ReorderPointOptions {
    demand_rate,
    demand_sd,
    lead_time,
    lead_time_sd,
    service_level,
    fill_rate,
    order_quantity
});

impl TryFrom<ReorderPointOptions> for ReorderPointInput {
    type Error = Error;

    fn try_from(options: ReorderPointOptions) -> Result<Self, Error> {
        Ok(ReorderPointInput {
            demand_rate: options.demand_rate,
            demand_sd: options.demand_sd,
            lead_time: options.lead_time,
            lead_time_sd: options.lead_time_sd,
            service: ServiceTarget::from_fields(options.service_level, options.fill_rate)?,
            order_quantity: options.order_quantity,
        })
    }
}

/// Which variability the spread of lead-time demand comes from, and so which formula
/// gave σ: "demandOnly" σ_d √L, "leadTimeOnly" d σ_L, "both" √(L σ_d² + d² σ_L²).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub enum LeadTimeVariability {
    /// Demand varies, the lead time is constant.
    DemandOnly,
    /// Demand is constant, the lead time varies.
    LeadTimeOnly,
    /// Both vary.
    Both,
}

js_choice!(LeadTimeVariability { DemandOnly = "demandOnly", LeadTimeOnly = "leadTimeOnly", Both = "both" });

impl From<inventory::LeadTimeVariability> for LeadTimeVariability {
    fn from(variability: inventory::LeadTimeVariability) -> Self {
        match variability {
            inventory::LeadTimeVariability::DemandOnly => LeadTimeVariability::DemandOnly,
            inventory::LeadTimeVariability::LeadTimeOnly => LeadTimeVariability::LeadTimeOnly,
            inventory::LeadTimeVariability::Both => LeadTimeVariability::Both,
        }
    }
}

/// Result of {@link reorderPoint}: the reorder point, the safety stock, and what they mean.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ReorderPointResult {
    /// d × L: mean demand during the lead time, units.
    pub mean_lead_time_demand: f64,
    /// σ: standard deviation of demand during the lead time, units.
    pub sigma_lead_time_demand: f64,
    /// Which formula gave σ.
    pub variability: LeadTimeVariability,
    /// The safety factor z, exact (tables print it rounded to two decimals).
    pub z: f64,
    /// Φ(z): the cycle service level, P(no stockout in a cycle); a normal table read at z shows it.
    pub service_level: f64,
    /// 1 − Φ(z): the probability of a stockout in one order cycle.
    pub stockout_probability: f64,
    /// z × σ, units (negative below a 50 % service level).
    pub safety_stock: f64,
    /// d × L + z × σ, units: order when the inventory position falls to it.
    pub reorder_point: f64,
    /// G(z): the standard normal loss function at z.
    pub unit_normal_loss: f64,
    /// σ × G(z): expected units short per order cycle.
    pub expected_shortage_per_cycle: f64,
    /// 1 − expected shortage / Q: the share of demand met from stock (when `orderQuantity` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub fill_rate: Option<f64>,
}

to_js!(ReorderPointResult {
    mean_lead_time_demand,
    sigma_lead_time_demand,
    variability,
    z,
    service_level,
    stockout_probability,
    safety_stock,
    reorder_point,
    unit_normal_loss,
    expected_shortage_per_cycle,
    fill_rate
});

impl From<inventory::ReorderPoint> for ReorderPointResult {
    fn from(result: inventory::ReorderPoint) -> Self {
        ReorderPointResult {
            mean_lead_time_demand: result.mean_lead_time_demand,
            sigma_lead_time_demand: result.sigma_lead_time_demand,
            variability: result.variability.into(),
            z: result.z,
            service_level: result.service_level,
            stockout_probability: result.stockout_probability,
            safety_stock: result.safety_stock,
            reorder_point: result.reorder_point,
            unit_normal_loss: result.unit_normal_loss,
            expected_shortage_per_cycle: result.expected_shortage_per_cycle,
            fill_rate: result.fill_rate,
        }
    }
}

/// Reorder point and safety stock for normally distributed lead-time demand:
/// ROP = d × L + z × σ, with z from a cycle service level (z = Φ⁻¹(p)) or from a fill
/// rate (z = G⁻¹((1 − fill rate) × Q / σ)).
///
/// Throws an {@link OpscalcError} naming the field for invalid options.
#[wasm_bindgen(js_name = reorderPoint, unchecked_return_type = "ReorderPointResult")]
pub fn reorder_point(
    #[wasm_bindgen(unchecked_param_type = "ReorderPointOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: ReorderPointOptions| {
        let input = ReorderPointInput::try_from(options)?;
        inventory::reorder_point(&input).map(ReorderPointResult::from)
    })
}

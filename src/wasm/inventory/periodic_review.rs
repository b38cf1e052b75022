//! JS mirror of the periodic review (fixed-order-interval) model. No formulas.

use crate::inventory::{self, PeriodicReviewInput};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link periodicReview}. Demand, the review period and the lead time share
/// one time unit (daily demand with periods in days, say).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct PeriodicReviewOptions {
    /// d: mean demand, units per time unit.
    pub demand_rate: f64,
    /// σ_d: standard deviation of demand in one time unit, units.
    pub demand_sd: f64,
    /// R: time between reviews (the order interval), in time units.
    pub review_period: f64,
    /// L: lead time, in time units (0 or more).
    pub lead_time: f64,
    /// Probability that demand before the next order arrives does not exceed the target, between 0 and 1.
    pub service_level: f64,
    /// Units on hand at the review (on order added, backorders subtracted); gives `orderQuantity`.
    #[tsify(optional)]
    pub on_hand: Option<f64>,
}

from_js!(PeriodicReviewOptions {
    demand_rate,
    demand_sd,
    review_period,
    lead_time,
    service_level,
    on_hand
});

impl From<PeriodicReviewOptions> for PeriodicReviewInput {
    fn from(options: PeriodicReviewOptions) -> Self {
        PeriodicReviewInput {
            demand_rate: options.demand_rate,
            demand_sd: options.demand_sd,
            review_period: options.review_period,
            lead_time: options.lead_time,
            service_level: options.service_level,
            on_hand: options.on_hand,
        }
    }
}

/// Result of {@link periodicReview}: the order-up-to level and the order at this review.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct PeriodicReviewResult {
    /// R + L: the time an order must cover, in time units.
    pub protection_interval: f64,
    /// d × (R + L): mean demand over the protection interval, units.
    pub mean_protection_demand: f64,
    /// σ_d × √(R + L): standard deviation of demand over the protection interval, units.
    pub sigma_protection: f64,
    /// The safety factor z = Φ⁻¹(service level), exact.
    pub z: f64,
    /// 1 − service level: the probability of a stockout before the next order arrives.
    pub stockout_probability: f64,
    /// z × σ_d × √(R + L), units.
    pub safety_stock: f64,
    /// d × (R + L) + safety stock, units: the target inventory position.
    pub order_up_to_level: f64,
    /// Target − on hand, never below 0, units (when `onHand` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub order_quantity: Option<f64>,
    /// True when the stock on hand already exceeds the target, so nothing is ordered (when `onHand` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub on_hand_above_target: Option<bool>,
}

to_js!(PeriodicReviewResult {
    protection_interval,
    mean_protection_demand,
    sigma_protection,
    z,
    stockout_probability,
    safety_stock,
    order_up_to_level,
    order_quantity,
    on_hand_above_target
});

impl From<inventory::PeriodicReview> for PeriodicReviewResult {
    fn from(result: inventory::PeriodicReview) -> Self {
        PeriodicReviewResult {
            protection_interval: result.protection_interval,
            mean_protection_demand: result.mean_protection_demand,
            sigma_protection: result.sigma_protection,
            z: result.z,
            stockout_probability: result.stockout_probability,
            safety_stock: result.safety_stock,
            order_up_to_level: result.order_up_to_level,
            order_quantity: result.order_quantity,
            on_hand_above_target: result.on_hand_above_target,
        }
    }
}

/// Periodic review (fixed order interval): order up to T = d(R + L) + z σ_d √(R + L)
/// every R time units; with the stock on hand, the quantity to order now.
///
/// Throws an {@link OpscalcError} naming the field for invalid options.
#[wasm_bindgen(js_name = periodicReview, unchecked_return_type = "PeriodicReviewResult")]
pub fn periodic_review(
    #[wasm_bindgen(unchecked_param_type = "PeriodicReviewOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: PeriodicReviewOptions| {
        inventory::periodic_review(&options.into()).map(PeriodicReviewResult::from)
    })
}

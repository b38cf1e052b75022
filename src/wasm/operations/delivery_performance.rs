//! JS mirror of delivery performance (on-time delivery, order and unit fill rates). No
//! formulas.

use crate::operations::{self, DeliveryPerformanceInput};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link deliveryPerformance}: the orders of one period and the measures
/// known; at least one of `onTimeOrders`, `completeOrders`, or `unitsOrdered` with
/// `unitsDelivered`.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryPerformanceOptions {
    /// Orders due in the period, a whole number, 1 or more.
    pub orders: u32,
    /// Of them, those delivered on or before the date promised; at most `orders`.
    #[tsify(optional)]
    pub on_time_orders: Option<u32>,
    /// Of them, those delivered complete; at most `orders`.
    #[tsify(optional)]
    pub complete_orders: Option<u32>,
    /// Units ordered over the period, above 0; with `unitsDelivered`.
    #[tsify(optional)]
    pub units_ordered: Option<f64>,
    /// Of them, the units delivered, 0 or more, at most `unitsOrdered`; with `unitsOrdered`.
    #[tsify(optional)]
    pub units_delivered: Option<f64>,
}

from_js!(DeliveryPerformanceOptions {
    orders,
    on_time_orders,
    complete_orders,
    units_ordered,
    units_delivered
});

impl From<DeliveryPerformanceOptions> for DeliveryPerformanceInput {
    fn from(options: DeliveryPerformanceOptions) -> Self {
        DeliveryPerformanceInput {
            orders: options.orders,
            on_time_orders: options.on_time_orders,
            complete_orders: options.complete_orders,
            units_ordered: options.units_ordered,
            units_delivered: options.units_delivered,
        }
    }
}

/// Result of {@link deliveryPerformance}. Rates are fractions (0.9 for 90 %).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryPerformanceResult {
    /// The orders, as given.
    pub orders: u32,
    /// onTimeOrders / orders (when `onTimeOrders` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub on_time_rate: Option<f64>,
    /// orders − onTimeOrders (when `onTimeOrders` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub late_orders: Option<u32>,
    /// completeOrders / orders (when `completeOrders` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub order_fill_rate: Option<f64>,
    /// orders − completeOrders (when `completeOrders` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub incomplete_orders: Option<u32>,
    /// unitsDelivered / unitsOrdered (when the units are given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub unit_fill_rate: Option<f64>,
    /// unitsOrdered − unitsDelivered (when the units are given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub units_short: Option<f64>,
}

to_js!(DeliveryPerformanceResult {
    orders,
    on_time_rate,
    late_orders,
    order_fill_rate,
    incomplete_orders,
    unit_fill_rate,
    units_short
});

impl From<operations::DeliveryPerformance> for DeliveryPerformanceResult {
    fn from(result: operations::DeliveryPerformance) -> Self {
        DeliveryPerformanceResult {
            orders: result.orders,
            on_time_rate: result.on_time_rate,
            late_orders: result.late_orders,
            order_fill_rate: result.order_fill_rate,
            incomplete_orders: result.incomplete_orders,
            unit_fill_rate: result.unit_fill_rate,
            units_short: result.units_short,
        }
    }
}

/// On-time delivery (orders on time / orders), order fill rate (complete orders /
/// orders) and unit fill rate (units delivered / units ordered) of one period.
///
/// Throws an {@link OpscalcError} naming the field for invalid options (more on-time
/// orders than orders, say).
#[wasm_bindgen(js_name = deliveryPerformance, unchecked_return_type = "DeliveryPerformanceResult")]
pub fn delivery_performance(
    #[wasm_bindgen(unchecked_param_type = "DeliveryPerformanceOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: DeliveryPerformanceOptions| {
        operations::delivery_performance(&options.into()).map(DeliveryPerformanceResult::from)
    })
}

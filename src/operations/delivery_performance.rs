//! Delivery performance: the share of orders delivered on time, the share delivered
//! complete (order fill rate), and the share of units ordered that were delivered (unit
//! fill rate).

use crate::error::{Error, ErrorCode};
use crate::validate::{non_negative, positive};

/// Inputs of [`delivery_performance`]: the orders of one period and as many of the
/// measures as are known. At least one of the on-time orders, the complete orders, or
/// the units ordered and delivered is needed.
///
/// # Examples
/// ```
/// use opscalc::operations::DeliveryPerformanceInput;
/// let input = DeliveryPerformanceInput::new(120).with_on_time_orders(108);
/// assert_eq!(input.on_time_orders, Some(108));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DeliveryPerformanceInput {
    /// The orders due in the period (received, or delivered), 1 or more. Field `orders`.
    pub orders: u32,
    /// Of them, those delivered on or before the date promised, at most `orders`.
    /// Field `on_time_orders`.
    pub on_time_orders: Option<u32>,
    /// Of them, those delivered complete (every line, in the quantity ordered), at most
    /// `orders`. Field `complete_orders`.
    pub complete_orders: Option<u32>,
    /// Units ordered over the period, above 0; with `units_delivered`. Field
    /// `units_ordered`.
    pub units_ordered: Option<f64>,
    /// Of them, the units delivered, 0 or more, at most `units_ordered`; with
    /// `units_ordered`. Field `units_delivered`.
    pub units_delivered: Option<f64>,
}

impl DeliveryPerformanceInput {
    /// The orders of a period, with no measure yet.
    pub fn new(orders: u32) -> Self {
        DeliveryPerformanceInput {
            orders,
            on_time_orders: None,
            complete_orders: None,
            units_ordered: None,
            units_delivered: None,
        }
    }

    /// The same input with the orders delivered on time.
    #[must_use]
    pub fn with_on_time_orders(self, on_time_orders: u32) -> Self {
        DeliveryPerformanceInput {
            on_time_orders: Some(on_time_orders),
            ..self
        }
    }

    /// The same input with the orders delivered complete.
    #[must_use]
    pub fn with_complete_orders(self, complete_orders: u32) -> Self {
        DeliveryPerformanceInput {
            complete_orders: Some(complete_orders),
            ..self
        }
    }

    /// The same input with the units ordered and the units delivered.
    #[must_use]
    pub fn with_units(self, units_ordered: f64, units_delivered: f64) -> Self {
        DeliveryPerformanceInput {
            units_ordered: Some(units_ordered),
            units_delivered: Some(units_delivered),
            ..self
        }
    }
}

/// The delivery measures the input allows.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct DeliveryPerformance {
    /// The orders, as given.
    pub orders: u32,
    /// `on-time orders / orders`, a fraction, when the on-time orders are given.
    pub on_time_rate: Option<f64>,
    /// `orders − on-time orders`, when the on-time orders are given.
    pub late_orders: Option<u32>,
    /// `complete orders / orders`, a fraction, when the complete orders are given.
    pub order_fill_rate: Option<f64>,
    /// `orders − complete orders`, when the complete orders are given.
    pub incomplete_orders: Option<u32>,
    /// `units delivered / units ordered`, a fraction, when the units are given.
    pub unit_fill_rate: Option<f64>,
    /// `units ordered − units delivered`, when the units are given.
    pub units_short: Option<f64>,
}

/// On-time delivery and fill rates of one period.
///
/// With `N` orders, `n_on time` of them delivered on or before the date promised,
/// `n_complete` delivered complete, and `U_ordered` units ordered of which `U_delivered`
/// were delivered:
///
/// - on-time delivery rate `= n_on time / N`
/// - order fill rate `= n_complete / N`
/// - unit fill rate `= U_delivered / U_ordered`
///
/// On-time delivery measures reliability (the date kept), the fill rates completeness
/// (the quantity kept); an order may be on time and incomplete. Units may be any
/// measure of quantity (cases, kilograms), so they need not be whole.
///
/// Reference: Hansen & Mowen, *Cost Management*, the balanced scorecard's customer
/// perspective (on-time delivery = orders delivered on time / total orders delivered);
/// Bowersox, Closs & Cooper, *Supply Chain Logistics Management*, customer
/// accommodation chapter (unit, line and order fill rates); the SCOR model's delivery
/// performance to customer request date.
///
/// # Errors
/// - `not_positive` naming `orders` when it is 0;
/// - `out_of_range` naming `on_time_orders` or `complete_orders` when above `orders`,
///   and `units_delivered` when above `units_ordered`;
/// - `not_finite` / `not_positive` naming `units_ordered`; `not_finite` / `negative`
///   naming `units_delivered`;
/// - `missing_field` naming `units_delivered` or `units_ordered` when the other is given
///   alone, and `on_time_orders` when no measure is given at all.
///
/// # Examples
/// A bottling plant's week (made up, hand-computed): 120 orders due, 108 delivered on
/// time: an on-time rate of 90 %, 12 orders late.
/// ```
/// use opscalc::operations::{delivery_performance, DeliveryPerformanceInput};
/// let result = delivery_performance(&DeliveryPerformanceInput::new(120).with_on_time_orders(108))?;
/// assert_eq!(result.on_time_rate, Some(0.9));
/// assert_eq!(result.late_orders, Some(12));
/// assert_eq!(result.unit_fill_rate, None);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn delivery_performance(
    input: &DeliveryPerformanceInput,
) -> Result<DeliveryPerformance, Error> {
    if input.orders == 0 {
        return Err(Error::new(
            ErrorCode::NotPositive,
            "orders",
            "must be 1 or more",
        ));
    }
    let orders = f64::from(input.orders);
    let on_time = input
        .on_time_orders
        .map(|count| share_of_orders("on_time_orders", count, input.orders))
        .transpose()?;
    let complete = input
        .complete_orders
        .map(|count| share_of_orders("complete_orders", count, input.orders))
        .transpose()?;
    let units = match (input.units_ordered, input.units_delivered) {
        (Some(ordered), Some(delivered)) => Some(units_fill(ordered, delivered)?),
        (Some(_), None) => return Err(missing("units_delivered", "units ordered")),
        (None, Some(_)) => return Err(missing("units_ordered", "units delivered")),
        (None, None) => None,
    };
    if on_time.is_none() && complete.is_none() && units.is_none() {
        return Err(Error::new(
            ErrorCode::MissingField,
            "on_time_orders",
            "is required, unless the complete orders or the units ordered and delivered are given",
        ));
    }

    Ok(DeliveryPerformance {
        orders: input.orders,
        on_time_rate: on_time.map(|count| f64::from(count) / orders),
        late_orders: on_time.map(|count| input.orders - count),
        order_fill_rate: complete.map(|count| f64::from(count) / orders),
        incomplete_orders: complete.map(|count| input.orders - count),
        unit_fill_rate: units.map(|(ordered, delivered)| delivered / ordered),
        units_short: units.map(|(ordered, delivered)| ordered - delivered),
    })
}

/// A count of orders is at most the orders.
fn share_of_orders(field: &'static str, count: u32, orders: u32) -> Result<u32, Error> {
    if count > orders {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            field,
            "must not exceed the number of orders",
        ));
    }
    Ok(count)
}

/// The units ordered (above 0) and delivered (0 up to the units ordered).
fn units_fill(ordered: f64, delivered: f64) -> Result<(f64, f64), Error> {
    let ordered = positive("units_ordered", ordered)?;
    let delivered = non_negative("units_delivered", delivered)?;
    if delivered > ordered {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "units_delivered",
            "must not exceed the units ordered (a fill rate counts the demand met)",
        ));
    }
    Ok((ordered, delivered))
}

/// `field` is needed because `other` is given.
fn missing(field: &'static str, other: &'static str) -> Error {
    Error::new(
        ErrorCode::MissingField,
        field,
        format!("is required with the {other}"),
    )
}

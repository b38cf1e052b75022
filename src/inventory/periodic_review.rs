//! The fixed-order-interval (periodic review) model: every `R` time units, order up to a
//! target level that covers demand until the order after next arrives, `R + L` ahead.

use crate::error::Error;
use crate::inventory::safety_stock::NormalCover;
use crate::validate::{finite, non_negative, positive, probability, representable};

/// Inputs of the periodic review model. Demand, the review period and the lead time
/// share one time unit (daily demand with periods in days, say).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PeriodicReviewInput {
    /// `d`: mean demand, units per time unit. Field `demand_rate`.
    pub demand_rate: f64,
    /// `σ_d`: standard deviation of demand in one time unit, units. Field `demand_sd`.
    pub demand_sd: f64,
    /// `R`: the time between reviews (the order interval), in time units. Field
    /// `review_period`.
    pub review_period: f64,
    /// `L`: the lead time, in time units (0 or more). Field `lead_time`.
    pub lead_time: f64,
    /// The probability that demand over the protection interval does not exceed the
    /// order-up-to level, in (0, 1). Field `service_level`.
    pub service_level: f64,
    /// Units on hand at the review (strictly, the inventory position: on hand plus any
    /// still on order, minus backorders, so it may be negative); gives the order
    /// quantity. Field `on_hand`.
    pub on_hand: Option<f64>,
}

/// The order-up-to level of a periodic review, and the order at this review.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct PeriodicReview {
    /// `R + L`: the time an order must cover, in time units.
    pub protection_interval: f64,
    /// `d (R + L)`: mean demand over the protection interval, units.
    pub mean_protection_demand: f64,
    /// `σ_d √(R + L)`: standard deviation of demand over the protection interval, units.
    pub sigma_protection: f64,
    /// The safety factor `z = Φ⁻¹(service level)`, exact (tables print it rounded).
    pub z: f64,
    /// `1 − service level`: the probability of a stockout before the next order arrives.
    pub stockout_probability: f64,
    /// `z σ_d √(R + L)`, units.
    pub safety_stock: f64,
    /// `T = d (R + L) + z σ_d √(R + L)`, units: the target inventory position.
    pub order_up_to_level: f64,
    /// `T − on hand`, not below 0, units, when the inventory position is given.
    pub order_quantity: Option<f64>,
    /// Whether the inventory position already exceeds the target, so nothing is
    /// ordered (when the inventory position is given).
    pub on_hand_above_target: Option<bool>,
}

/// The order-up-to level of a fixed-order-interval model with normally distributed
/// demand, and the quantity to order now.
///
/// With mean demand `d` and its standard deviation `σ_d` per time unit, review period
/// `R` and lead time `L` in the same unit, and a service level `p`:
///
/// - `z = Φ⁻¹(p)`, `σ = σ_d √(R + L)`
/// - order-up-to level `T = d (R + L) + zσ`
/// - order quantity `Q = T − on hand`, or 0 when the stock already exceeds `T`.
///
/// Reference: Stevenson, *Operations Management*, Inventory Management chapter, the
/// fixed-order-interval model.
///
/// # Errors
/// - `not_finite` / `not_positive` naming `demand_rate`, `demand_sd` or
///   `review_period`;
/// - `not_finite` / `negative` naming `lead_time`;
/// - `not_finite` / `out_of_range` naming `service_level` outside (0, 1);
/// - `not_finite` naming `on_hand`;
/// - `numeric_range` when valid inputs of extreme magnitude overflow `f64`.
///
/// # Examples
/// Stevenson, *Operations Management*, Inventory Management chapter, fixed-order-interval
/// example: d = 30 a day, σ_d = 3, R = 7 days, L = 2 days, 99 % service, 71 units on
/// hand. Published (table z = 2.33): order 30 × 9 + 2.33 × 3 × √9 − 71 ≈ 220 units.
/// ```
/// use opscalc::inventory::{periodic_review, PeriodicReviewInput};
/// let result = periodic_review(&PeriodicReviewInput {
///     demand_rate: 30.0,
///     demand_sd: 3.0,
///     review_period: 7.0,
///     lead_time: 2.0,
///     service_level: 0.99,
///     on_hand: Some(71.0),
/// })?;
/// assert_eq!(result.sigma_protection, 9.0);
/// assert_eq!(result.order_quantity.map(f64::round), Some(220.0));
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn periodic_review(input: &PeriodicReviewInput) -> Result<PeriodicReview, Error> {
    let demand_rate = positive("demand_rate", input.demand_rate)?;
    let demand_sd = positive("demand_sd", input.demand_sd)?;
    let review_period = positive("review_period", input.review_period)?;
    let lead_time = non_negative("lead_time", input.lead_time)?;
    let service_level = probability("service_level", input.service_level)?;
    let on_hand = input
        .on_hand
        .map(|on_hand| finite("on_hand", on_hand))
        .transpose()?;

    let protection_interval = representable(review_period + lead_time, true)?;
    let mean = representable(demand_rate * protection_interval, true)?;
    let sigma = representable(demand_sd * protection_interval.sqrt(), true)?;
    let cover = NormalCover::at_service_level(mean, sigma, service_level)?;
    let shortfall = on_hand
        .map(|on_hand| representable(cover.level - on_hand, false))
        .transpose()?;

    Ok(PeriodicReview {
        protection_interval,
        mean_protection_demand: mean,
        sigma_protection: sigma,
        z: cover.z,
        stockout_probability: cover.stockout_probability,
        safety_stock: cover.safety_stock,
        order_up_to_level: cover.level,
        order_quantity: shortfall.map(|shortfall| shortfall.max(0.0)),
        on_hand_above_target: shortfall.map(|shortfall| shortfall < 0.0),
    })
}

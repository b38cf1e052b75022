//! Safety stock against normally distributed demand: the stock level that covers demand
//! over a protection interval with a chosen probability. The reorder point, the periodic
//! review and the normal newsvendor all stock to `μ + zσ`; this is that one computation.

use crate::error::Error;
use crate::stats::normal;
use crate::validate::representable;

/// Demand over a protection interval, normal with mean `μ` and spread `σ`, covered up
/// to `level = μ + zσ`, with what that level means.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct NormalCover {
    /// The safety factor `z`: standard deviations of stock above the mean.
    pub(crate) z: f64,
    /// `Φ(z)`: the probability that demand does not exceed the level.
    pub(crate) service_level: f64,
    /// `1 − Φ(z)`: the probability that demand exceeds the level.
    pub(crate) stockout_probability: f64,
    /// `zσ`, units (negative when `z` is).
    pub(crate) safety_stock: f64,
    /// `μ + zσ`, units.
    pub(crate) level: f64,
    /// `G(z)`, the standard normal loss at `z`.
    pub(crate) unit_normal_loss: f64,
    /// `σ G(z)`: the expected demand in excess of the level, units.
    pub(crate) expected_shortage: f64,
}

impl NormalCover {
    /// The cover that meets demand with probability `service_level`: `z = Φ⁻¹(p)`.
    /// The caller has checked `p` is in (0, 1) and `σ > 0`.
    ///
    /// # Errors
    /// `numeric_range` when `μ + zσ` overflows `f64`.
    pub(crate) fn at_service_level(
        mean: f64,
        sigma: f64,
        service_level: f64,
    ) -> Result<Self, Error> {
        let z = normal::quantile(service_level);
        Self::with(mean, sigma, z, service_level, 1.0 - service_level)
    }

    /// The cover at a given safety factor `z` (from a fill rate, say).
    ///
    /// # Errors
    /// `numeric_range` when `z` is not finite (the target asks for more precision than
    /// `f64` has) or `μ + zσ` overflows.
    pub(crate) fn at_z(mean: f64, sigma: f64, z: f64) -> Result<Self, Error> {
        let z = representable(z, false)?;
        Self::with(mean, sigma, z, normal::cdf(z), normal::sf(z))
    }

    fn with(
        mean: f64,
        sigma: f64,
        z: f64,
        service_level: f64,
        stockout_probability: f64,
    ) -> Result<Self, Error> {
        let (safety_stock, level) = stock_to(mean, sigma, z)?;
        let unit_normal_loss = normal::loss(z);
        Ok(NormalCover {
            z,
            service_level,
            stockout_probability,
            safety_stock,
            level,
            unit_normal_loss,
            expected_shortage: representable(sigma * unit_normal_loss, false)?,
        })
    }
}

/// The safety stock `zσ` and the level `μ + zσ`, checked for overflow: the part of
/// [`NormalCover`] a batch of reorder points needs.
#[inline]
pub(crate) fn stock_to(mean: f64, sigma: f64, z: f64) -> Result<(f64, f64), Error> {
    let safety_stock = representable(z * sigma, false)?;
    Ok((safety_stock, representable(mean + safety_stock, false)?))
}

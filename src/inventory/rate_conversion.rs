//! Rates from one time unit to another: annual demand to daily demand, weekly to daily,
//! with the standard deviation scaled as independent demand adds up.

use crate::error::Error;
use crate::validate::{finite, non_negative, positive, representable};

/// A rate per one period, and the lengths of that period and of the period wanted, in
/// any one unit (working days, say: a year of 250, a week of 5, a day of 1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateConversionInput {
    /// The rate per `from_period`: units (or money) per period. Field `rate`.
    pub rate: f64,
    /// The standard deviation of the amount in one `from_period`, when there is one.
    /// Field `sd`.
    pub sd: Option<f64>,
    /// The length of the period the rate is given per (250 for a year of 250 working
    /// days). Field `from_period`.
    pub from_period: f64,
    /// The length of the period wanted, in the same unit (1 for a day). Field `to_period`.
    pub to_period: f64,
}

/// A rate and its standard deviation per the period wanted.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct RateConversion {
    /// `rate × to_period / from_period`, per the period wanted.
    pub rate: f64,
    /// `sd × √(to_period / from_period)`, when a standard deviation is given.
    pub sd: Option<f64>,
    /// `to_period / from_period`: what the rate is multiplied by.
    pub factor: f64,
    /// `√(to_period / from_period)`: what the standard deviation is multiplied by.
    pub sd_factor: f64,
}

/// Converts a rate per one period into a rate per another: every rate in one opscalc
/// call shares one time unit, and textbooks mix them (annual demand, lead time in days).
///
/// - rate per new period `= rate × to / from`
/// - standard deviation per new period `= sd × √(to / from)`: demand in separate
///   periods is taken as independent, so variances add and the standard deviation
///   grows with the square root of time.
///
/// Reference: Heizer & Render, *Operations Management*, Inventory Management chapter
/// (daily demand `d = D / working days`); Stevenson, *Operations Management*, Inventory
/// Management chapter (σ of demand over several days `= σ_d √days`).
///
/// # Errors
/// `not_finite` naming `rate`; `not_finite` / `negative` naming `sd`; `not_finite` /
/// `not_positive` naming `from_period` or `to_period`; `numeric_range` on overflow.
///
/// # Examples
/// Heizer & Render, *Operations Management*, Inventory Management chapter, Electronic
/// Assembler: 8,000 units a year over 250 working days is `d = 32` a day.
/// ```
/// use opscalc::inventory::{convert_rate, RateConversionInput};
/// let daily = convert_rate(&RateConversionInput { rate: 8000.0, sd: None, from_period: 250.0, to_period: 1.0 })?;
/// assert_eq!(daily.rate, 32.0);
/// // Weekly demand of 100 with σ = 20, over a 5-day week: 20 a day with σ = 20 / √5.
/// let daily = convert_rate(&RateConversionInput { rate: 100.0, sd: Some(20.0), from_period: 5.0, to_period: 1.0 })?;
/// assert_eq!(daily.rate, 20.0);
/// assert!(daily.sd.is_some_and(|sd| (sd - 8.944_271_909_999_159).abs() < 1e-12));
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn convert_rate(input: &RateConversionInput) -> Result<RateConversion, Error> {
    let rate = finite("rate", input.rate)?;
    let sd = input.sd.map(|sd| non_negative("sd", sd)).transpose()?;
    let from_period = positive("from_period", input.from_period)?;
    let to_period = positive("to_period", input.to_period)?;

    let factor = representable(to_period / from_period, true)?;
    let sd_factor = factor.sqrt();
    Ok(RateConversion {
        // `rate × to / from` rather than `rate × factor`: 8000 × 1 / 250 is 32 exactly.
        rate: representable(rate * to_period / from_period, false)?,
        sd: sd
            .map(|sd| representable(sd * sd_factor, false))
            .transpose()?,
        factor,
        sd_factor,
    })
}

//! Demand in one selling period as a probability distribution: normal, uniform, or a
//! table of values and probabilities. The single-period (newsvendor) model stocks
//! against it, and its density is what the charts draw.

use crate::error::{Error, ErrorCode};
use crate::stats::normal;
use crate::validate::{finite, non_negative, positive, representable};

/// The most values a discrete demand distribution may list.
pub const MAX_DEMAND_VALUES: usize = 10_000;

/// Points on the density curve of a normal distribution, from `μ − 4σ` to `μ + 4σ` in
/// steps of `σ / 20`.
pub const DENSITY_CURVE_POINTS: u32 = 161;

/// How close a cumulative probability may come below a target and still count as
/// reaching it, so that decimal inputs such as 0.1 + 0.2 + 0.4 meet a ratio of 0.7
/// although the float sum is a hair off.
const CUMULATIVE_TOLERANCE: f64 = 1e-12;

/// How far the probabilities of a discrete distribution may add up away from 1.
const PROBABILITY_SUM_TOLERANCE: f64 = 1e-9;

/// Demand in one period, in units. Field paths: `mean`, `sd`, `min`, `max`, `values`,
/// `probabilities[2]`; a model that holds the distribution as `demand` reports them as
/// `demand.sd` and so on.
#[derive(Debug, Clone, PartialEq)]
pub enum DemandDistribution {
    /// Normally distributed demand with mean `mean` (0 or more) and standard deviation
    /// `sd` (greater than zero).
    Normal {
        /// `μ`, units.
        mean: f64,
        /// `σ`, units.
        sd: f64,
    },
    /// Demand equally likely anywhere from `min` (0 or more) to `max` (above `min`).
    Uniform {
        /// The least demand, units.
        min: f64,
        /// The greatest demand, units.
        max: f64,
    },
    /// Demand takes one of `values` (0 or more, strictly increasing, at most
    /// [`MAX_DEMAND_VALUES`]) with the matching `probabilities` (0 to 1, adding up to 1
    /// within 1e-9).
    Discrete {
        /// The possible demands, units, ascending.
        values: Vec<f64>,
        /// The probability of each value.
        probabilities: Vec<f64>,
    },
}

/// Points of a distribution's density and distribution function, for a chart.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DensityCurve {
    /// Demand, units, ascending (a value repeats where the density jumps).
    pub x: Vec<f64>,
    /// The density at each `x` (per unit of demand); for a discrete distribution the
    /// probability of each value, to draw as bars.
    pub density: Vec<f64>,
    /// `P(demand ≤ x)` at each `x`.
    pub cumulative: Vec<f64>,
}

impl DemandDistribution {
    /// The chart of this distribution: a normal density over `μ ± 4σ` at
    /// [`DENSITY_CURVE_POINTS`] points; the corners of a uniform density's step, a
    /// quarter of its width beyond each end; a discrete distribution's values and
    /// probabilities.
    ///
    /// # Errors
    /// - The validation errors of the distribution, naming `mean`, `sd`, `min`, `max`,
    ///   `values` or `probabilities` (with an index where one entry is at fault);
    /// - `numeric_range` when a point of the curve overflows `f64`: `μ ± 4σ` or the
    ///   uniform's margin beyond `max` near the largest float, or the density `1 / σ` or
    ///   `1 / (max − min)` of a subnormal spread.
    ///
    /// # Examples
    /// ```
    /// use opscalc::inventory::DemandDistribution;
    /// let curve = DemandDistribution::Uniform { min: 300.0, max: 500.0 }.density_curve()?;
    /// assert_eq!(curve.x, [250.0, 300.0, 300.0, 500.0, 500.0, 550.0]);
    /// assert_eq!(curve.density, [0.0, 0.0, 0.005, 0.005, 0.0, 0.0]);
    /// assert_eq!(curve.cumulative, [0.0, 0.0, 0.0, 1.0, 1.0, 1.0]);
    /// # Ok::<(), opscalc::Error>(())
    /// ```
    pub fn density_curve(&self) -> Result<DensityCurve, Error> {
        let curve = self.validated()?.density_curve();
        // Valid parameters of extreme magnitude can still put a point beyond `f64`.
        for &value in curve.x.iter().chain(&curve.density) {
            representable(value, false)?;
        }
        Ok(curve)
    }

    /// Checks the parameters; the formulas take the checked distribution.
    pub(crate) fn validated(&self) -> Result<ValidDemand<'_>, Error> {
        match self {
            DemandDistribution::Normal { mean, sd } => {
                non_negative("mean", *mean)?;
                positive("sd", *sd)?;
            }
            DemandDistribution::Uniform { min, max } => {
                let min = non_negative("min", *min)?;
                if finite("max", *max)? <= min {
                    return Err(Error::new(
                        ErrorCode::OutOfRange,
                        "max",
                        "must be greater than min",
                    ));
                }
            }
            DemandDistribution::Discrete {
                values,
                probabilities,
            } => check_discrete(values, probabilities)?,
        }
        Ok(ValidDemand(self))
    }
}

fn check_discrete(values: &[f64], probabilities: &[f64]) -> Result<(), Error> {
    if values.is_empty() {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "values",
            "must list at least one value",
        ));
    }
    if values.len() > MAX_DEMAND_VALUES {
        let message = format!("must list at most {MAX_DEMAND_VALUES} values");
        return Err(Error::new(ErrorCode::TooLarge, "values", message));
    }
    if probabilities.len() != values.len() {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "probabilities",
            "must list one probability for each value",
        ));
    }
    let mut previous: Option<f64> = None;
    for (index, &value) in values.iter().enumerate() {
        let value = non_negative(&format!("values[{index}]"), value)?;
        if previous.is_some_and(|previous| value <= previous) {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                format!("values[{index}]"),
                "must be greater than the value before it (values ascend, each once)",
            ));
        }
        previous = Some(value);
    }
    for (index, &probability) in probabilities.iter().enumerate() {
        if non_negative(&format!("probabilities[{index}]"), probability)? > 1.0 {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                format!("probabilities[{index}]"),
                "must be at most 1",
            ));
        }
    }
    let total: f64 = probabilities.iter().sum();
    if (total - 1.0).abs() > PROBABILITY_SUM_TOLERANCE {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "probabilities",
            "must add up to 1",
        ));
    }
    Ok(())
}

/// A [`DemandDistribution`] whose parameters have been checked: only
/// [`DemandDistribution::validated`] makes one.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ValidDemand<'a>(&'a DemandDistribution);

/// Two sides of a quantity `q`: `P(D ≤ q)` and `P(D > q)`, each computed directly so
/// that a small one keeps its precision.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Split {
    pub(crate) at_or_below: f64,
    pub(crate) above: f64,
}

impl ValidDemand<'_> {
    /// `E[D]`, units.
    pub(crate) fn mean(&self) -> f64 {
        match *self.0 {
            DemandDistribution::Normal { mean, .. } => mean,
            // (min + max) / 2, without overflow.
            DemandDistribution::Uniform { min, max } => min + (max - min) / 2.0,
            DemandDistribution::Discrete {
                ref values,
                ref probabilities,
            } => pairs(values, probabilities).map(|(v, p)| v * p).sum(),
        }
    }

    /// `P(D ≤ q)` and `P(D > q)`.
    pub(crate) fn split(&self, quantity: f64) -> Split {
        match *self.0 {
            DemandDistribution::Normal { mean, sd } => {
                let z = (quantity - mean) / sd;
                Split {
                    at_or_below: normal::cdf(z),
                    above: normal::sf(z),
                }
            }
            DemandDistribution::Uniform { min, max } => {
                let below = ((quantity - min) / (max - min)).clamp(0.0, 1.0);
                let above = ((max - quantity) / (max - min)).clamp(0.0, 1.0);
                Split {
                    at_or_below: below,
                    above,
                }
            }
            DemandDistribution::Discrete {
                ref values,
                ref probabilities,
            } => {
                let (mut below, mut above) = (0.0, 0.0);
                for (value, probability) in pairs(values, probabilities) {
                    if value <= quantity {
                        below += probability;
                    } else {
                        above += probability;
                    }
                }
                Split {
                    at_or_below: below,
                    above,
                }
            }
        }
    }

    /// `E[max(D − q, 0)]`: expected demand beyond `q`, units.
    pub(crate) fn expected_shortage(&self, quantity: f64) -> f64 {
        match *self.0 {
            // σ G(z) with z = (q − μ) / σ.
            DemandDistribution::Normal { mean, sd } => sd * normal::loss((quantity - mean) / sd),
            DemandDistribution::Uniform { min, max } => {
                // `max(min).min(max)`, not `clamp`: clamp's panic check for min > max (ruled
                // out by validation) would keep float formatting in the wasm.
                let above = (max - quantity.max(min).min(max)).max(0.0);
                above * above / (2.0 * (max - min)) + (min - quantity).max(0.0)
            }
            DemandDistribution::Discrete {
                ref values,
                ref probabilities,
            } => pairs(values, probabilities)
                .map(|(value, probability)| probability * (value - quantity).max(0.0))
                .sum(),
        }
    }

    /// `E[max(q − D, 0)]`: expected stock left over at `q`, units.
    pub(crate) fn expected_leftover(&self, quantity: f64) -> f64 {
        match *self.0 {
            // q − μ + σ G(z): leftover minus shortage is q − μ for every distribution.
            DemandDistribution::Normal { mean, .. } => {
                quantity - mean + self.expected_shortage(quantity)
            }
            DemandDistribution::Uniform { min, max } => {
                let below = quantity.max(min).min(max) - min;
                below * below / (2.0 * (max - min)) + (quantity - max).max(0.0)
            }
            DemandDistribution::Discrete {
                ref values,
                ref probabilities,
            } => pairs(values, probabilities)
                .map(|(value, probability)| probability * (quantity - value).max(0.0))
                .sum(),
        }
    }

    fn density_curve(&self) -> DensityCurve {
        match *self.0 {
            DemandDistribution::Normal { mean, sd } => {
                let last = f64::from(DENSITY_CURVE_POINTS - 1);
                let z: Vec<f64> = (0..DENSITY_CURVE_POINTS)
                    .map(|index| -4.0 + 8.0 * f64::from(index) / last)
                    .collect();
                DensityCurve {
                    x: z.iter().map(|z| mean + z * sd).collect(),
                    density: z.iter().map(|&z| normal::pdf(z) / sd).collect(),
                    cumulative: z.iter().map(|&z| normal::cdf(z)).collect(),
                }
            }
            DemandDistribution::Uniform { min, max } => {
                let margin = (max - min) / 4.0;
                let height = 1.0 / (max - min);
                DensityCurve {
                    x: vec![min - margin, min, min, max, max, max + margin],
                    density: vec![0.0, 0.0, height, height, 0.0, 0.0],
                    cumulative: vec![0.0, 0.0, 0.0, 1.0, 1.0, 1.0],
                }
            }
            DemandDistribution::Discrete {
                ref values,
                ref probabilities,
            } => DensityCurve {
                x: values.to_vec(),
                density: probabilities.to_vec(),
                cumulative: cumulative(probabilities),
            },
        }
    }
}

/// Running sums of `probabilities`.
pub(crate) fn cumulative(probabilities: &[f64]) -> Vec<f64> {
    probabilities
        .iter()
        .scan(0.0, |total, probability| {
            *total += probability;
            Some(*total)
        })
        .collect()
}

/// The index of the first running sum that reaches `target` (within
/// [`CUMULATIVE_TOLERANCE`]), or the last index when rounding keeps them all below it.
pub(crate) fn first_reaching(cumulative: &[f64], target: f64) -> usize {
    cumulative
        .iter()
        .position(|&total| total >= target - CUMULATIVE_TOLERANCE)
        .unwrap_or(cumulative.len().saturating_sub(1))
}

fn pairs<'a>(values: &'a [f64], probabilities: &'a [f64]) -> impl Iterator<Item = (f64, f64)> + 'a {
    values.iter().copied().zip(probabilities.iter().copied())
}

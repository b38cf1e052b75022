//! JS mirror of `DemandDistribution`: a TypeScript union tagged by `distribution`, read
//! so that errors keep their paths, and the exported density curve for charts.
//!
//! serde's derived reader for an internally tagged enum buffers the object before it
//! knows the variant, and the reader's path tracking cannot see into that buffer: a string
//! where `sd` should be would be reported at `demand`, not `demand.sd`. So the type
//! derives only its TypeScript (`Tsify`, from the `#[serde(tag)]` attributes) and is
//! read through a plain struct with every variant's fields, whose paths are tracked;
//! the variant then takes its fields and refuses the others' as unknown.

use crate::inventory::{self, DensityCurve};
use crate::wasm::boundary::call;
use serde::de::{self, Deserialize, Deserializer};
use serde::{Deserialize as DeriveDeserialize, Serialize};
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Demand in one period, in units, chosen by `distribution`:
/// - `{ distribution: "normal", mean, sd }`: mean 0 or more, standard deviation above 0;
/// - `{ distribution: "uniform", min, max }`: any demand from `min` (0 or more) to
///   `max` (above `min`) equally likely;
/// - `{ distribution: "discrete", values, probabilities }`: `values` 0 or more, strictly
///   increasing, at most 10000 of them; `probabilities` one per value, each 0 to 1,
///   adding up to 1 (within 1e-9).
#[derive(Tsify)]
#[serde(tag = "distribution", rename_all = "camelCase")]
pub enum DemandDistribution {
    /// Normally distributed demand.
    Normal {
        /// μ: mean demand, units (0 or more).
        mean: f64,
        /// σ: standard deviation of demand, units (greater than zero).
        sd: f64,
    },
    /// Demand equally likely anywhere between `min` and `max`.
    Uniform {
        /// The least demand, units (0 or more).
        min: f64,
        /// The greatest demand, units (above `min`).
        max: f64,
    },
    /// Demand takes one of `values` with the matching `probabilities`.
    Discrete {
        /// The possible demands, units: 0 or more, strictly increasing, at most 10000.
        values: Vec<f64>,
        /// The probability of each value, 0 to 1, adding up to 1 (within 1e-9).
        probabilities: Vec<f64>,
    },
}

/// Every field any variant has; each variant takes its own and rejects the rest.
#[derive(DeriveDeserialize)]
#[serde(deny_unknown_fields)]
struct DemandFields {
    distribution: DistributionName,
    mean: Option<f64>,
    sd: Option<f64>,
    min: Option<f64>,
    max: Option<f64>,
    values: Option<Vec<f64>>,
    probabilities: Option<Vec<f64>>,
}

#[derive(DeriveDeserialize, Clone, Copy)]
#[serde(rename_all = "camelCase")]
enum DistributionName {
    Normal,
    Uniform,
    Discrete,
}

impl<'de> Deserialize<'de> for DemandDistribution {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        DemandFields::deserialize(deserializer)?.into_variant()
    }
}

impl DemandFields {
    fn into_variant<E: de::Error>(self) -> Result<DemandDistribution, E> {
        match self.distribution {
            DistributionName::Normal => {
                self.only(&["distribution", "mean", "sd"])?;
                Ok(DemandDistribution::Normal {
                    mean: required(self.mean, "mean")?,
                    sd: required(self.sd, "sd")?,
                })
            }
            DistributionName::Uniform => {
                self.only(&["distribution", "min", "max"])?;
                Ok(DemandDistribution::Uniform {
                    min: required(self.min, "min")?,
                    max: required(self.max, "max")?,
                })
            }
            DistributionName::Discrete => {
                self.only(&["distribution", "values", "probabilities"])?;
                Ok(DemandDistribution::Discrete {
                    values: required(self.values, "values")?,
                    probabilities: required(self.probabilities, "probabilities")?,
                })
            }
        }
    }

    /// An `unknown field` error for the first given field outside `allowed`.
    fn only<E: de::Error>(&self, allowed: &'static [&'static str]) -> Result<(), E> {
        let given = [
            ("mean", self.mean.is_some()),
            ("sd", self.sd.is_some()),
            ("min", self.min.is_some()),
            ("max", self.max.is_some()),
            ("values", self.values.is_some()),
            ("probabilities", self.probabilities.is_some()),
        ];
        match given
            .into_iter()
            .find(|(name, present)| *present && !allowed.contains(name))
        {
            Some((name, _)) => Err(E::unknown_field(name, allowed)),
            None => Ok(()),
        }
    }
}

fn required<T, E: de::Error>(value: Option<T>, field: &'static str) -> Result<T, E> {
    value.ok_or_else(|| E::missing_field(field))
}

impl From<DemandDistribution> for inventory::DemandDistribution {
    fn from(demand: DemandDistribution) -> Self {
        match demand {
            DemandDistribution::Normal { mean, sd } => {
                inventory::DemandDistribution::Normal { mean, sd }
            }
            DemandDistribution::Uniform { min, max } => {
                inventory::DemandDistribution::Uniform { min, max }
            }
            DemandDistribution::Discrete {
                values,
                probabilities,
            } => inventory::DemandDistribution::Discrete {
                values,
                probabilities,
            },
        }
    }
}

/// Options of {@link demandDensity}.
#[derive(DeriveDeserialize, Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DemandDensityOptions {
    /// The distribution to draw.
    pub demand: DemandDistribution,
}

/// Result of {@link demandDensity}: points of the density and the distribution
/// function, as columns of equal length.
#[derive(Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct DemandDensityResult {
    /// Demand, units, ascending (a value repeats where the density jumps).
    pub x: Vec<f64>,
    /// The density at each x (per unit of demand); for discrete demand the probability
    /// of each value, to draw as bars.
    pub density: Vec<f64>,
    /// P(demand ≤ x) at each x.
    pub cumulative: Vec<f64>,
}

impl From<DensityCurve> for DemandDensityResult {
    fn from(curve: DensityCurve) -> Self {
        DemandDensityResult {
            x: curve.x,
            density: curve.density,
            cumulative: curve.cumulative,
        }
    }
}

/// The density of a demand distribution, for a chart: a normal curve over μ ± 4σ
/// (161 points), the corners of a uniform step, or a discrete distribution's values and
/// probabilities; with the cumulative probability at each point.
///
/// Throws an {@link OpscalcError} naming the field for invalid options (`demand.sd`).
#[wasm_bindgen(js_name = demandDensity, unchecked_return_type = "DemandDensityResult")]
pub fn demand_density(
    #[wasm_bindgen(unchecked_param_type = "DemandDensityOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: DemandDensityOptions| {
        inventory::DemandDistribution::from(options.demand)
            .density_curve()
            .map(DemandDensityResult::from)
            .map_err(|error| error.within("demand"))
    })
}

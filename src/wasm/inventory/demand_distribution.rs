//! JS mirror of `DemandDistribution`: a TypeScript union tagged by `distribution`, and
//! the exported density curve for charts.
//!
//! The union derives only its TypeScript (`Tsify`, from the `#[serde(tag)]` attributes);
//! it is read by hand: the tag first, then the variant's own fields, refusing the other
//! variants' fields as unknown.

use crate::Error;
use crate::inventory::{self, DensityCurve};
use crate::wasm::boundary::call;
use crate::wasm::choice::js_choice;
use crate::wasm::from_js::{FromJs, JsObject, from_js};
use crate::wasm::js_data::JsData;
use crate::wasm::to_js::to_js;
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

/// The tag of [`DemandDistribution`].
#[derive(Clone, Copy)]
enum DistributionName {
    Normal,
    Uniform,
    Discrete,
}

js_choice!(DistributionName { Normal = "normal", Uniform = "uniform", Discrete = "discrete" });

impl FromJs for DemandDistribution {
    fn from_js(data: JsData<'_>) -> Result<Self, Error> {
        let mut object = JsObject::read(
            data,
            &[
                "distribution",
                "mean",
                "sd",
                "min",
                "max",
                "values",
                "probabilities",
            ],
        )?;
        match object.take("distribution")? {
            DistributionName::Normal => {
                object.only(&["distribution", "mean", "sd"])?;
                Ok(DemandDistribution::Normal {
                    mean: object.take("mean")?,
                    sd: object.take("sd")?,
                })
            }
            DistributionName::Uniform => {
                object.only(&["distribution", "min", "max"])?;
                Ok(DemandDistribution::Uniform {
                    min: object.take("min")?,
                    max: object.take("max")?,
                })
            }
            DistributionName::Discrete => {
                object.only(&["distribution", "values", "probabilities"])?;
                Ok(DemandDistribution::Discrete {
                    values: object.take("values")?,
                    probabilities: object.take("probabilities")?,
                })
            }
        }
    }

    fn placeholder() -> Self {
        DemandDistribution::Normal { mean: 0.0, sd: 0.0 }
    }
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
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct DemandDensityOptions {
    /// The distribution to draw.
    pub demand: DemandDistribution,
}

from_js!(DemandDensityOptions { demand });

/// Result of {@link demandDensity}: points of the density and the distribution
/// function, as columns of equal length.
#[derive(Tsify)]
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

to_js!(DemandDensityResult {
    x,
    density,
    cumulative
});

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

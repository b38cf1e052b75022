//! JS mirror of process capability: option and result types with camelCase names and
//! TypeScript declarations, and the exported function. No formulas.

use crate::quality::{self, ProcessCapabilityInput};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link processCapability}, all in the unit of the measured characteristic
/// (minutes, inches). Give `lowerSpec`, `upperSpec` or both.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ProcessCapabilityOptions {
    /// μ: the process mean.
    pub mean: f64,
    /// σ: the process standard deviation, above 0.
    pub standard_deviation: f64,
    /// LSL: the lower specification limit.
    #[tsify(optional)]
    pub lower_spec: Option<f64>,
    /// USL: the upper specification limit, above `lowerSpec`.
    #[tsify(optional)]
    pub upper_spec: Option<f64>,
}

from_js!(ProcessCapabilityOptions {
    mean,
    standard_deviation,
    lower_spec,
    upper_spec
});

impl From<ProcessCapabilityOptions> for ProcessCapabilityInput {
    fn from(options: ProcessCapabilityOptions) -> Self {
        ProcessCapabilityInput {
            mean: options.mean,
            standard_deviation: options.standard_deviation,
            lower_spec: options.lower_spec,
            upper_spec: options.upper_spec,
        }
    }
}

/// Result of {@link processCapability}. The shares assume a normal process in
/// statistical control.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ProcessCapabilityResult {
    /// Cp = (USL − LSL) / 6σ; absent with one limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub cp: Option<f64>,
    /// Cpu = (USL − μ) / 3σ; absent without an upper limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub cpu: Option<f64>,
    /// Cpl = (μ − LSL) / 3σ; absent without a lower limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub cpl: Option<f64>,
    /// Cpk = the smaller of Cpu and Cpl: the capability on the side nearer the mean;
    /// negative when the mean lies outside a limit.
    pub cpk: f64,
    /// (USL − μ) / σ: the upper limit's distance from the mean in standard deviations.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub z_upper: Option<f64>,
    /// (μ − LSL) / σ: the lower limit's distance from the mean in standard deviations.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub z_lower: Option<f64>,
    /// The share of output above USL, a fraction (0 without an upper limit).
    pub fraction_above: f64,
    /// The share of output below LSL, a fraction (0 without a lower limit).
    pub fraction_below: f64,
    /// The share outside the limits, a fraction.
    pub fraction_outside: f64,
    /// The same in parts per million.
    pub ppm_outside: f64,
}

to_js!(ProcessCapabilityResult {
    cp,
    cpu,
    cpl,
    cpk,
    z_upper,
    z_lower,
    fraction_above,
    fraction_below,
    fraction_outside,
    ppm_outside
});

impl From<quality::ProcessCapability> for ProcessCapabilityResult {
    fn from(result: quality::ProcessCapability) -> Self {
        ProcessCapabilityResult {
            cp: result.cp,
            cpu: result.cpu,
            cpl: result.cpl,
            cpk: result.cpk,
            z_upper: result.z_upper,
            z_lower: result.z_lower,
            fraction_above: result.fraction_above,
            fraction_below: result.fraction_below,
            fraction_outside: result.fraction_outside,
            ppm_outside: result.ppm_outside,
        }
    }
}

/// Process capability: Cp = (USL − LSL) / 6σ, Cpk = min((USL − μ) / 3σ, (μ − LSL) / 3σ),
/// and the expected share of output outside the specification limits.
///
/// Throws an {@link OpscalcError} naming the field for invalid options.
#[wasm_bindgen(js_name = processCapability, unchecked_return_type = "ProcessCapabilityResult")]
pub fn process_capability(
    #[wasm_bindgen(unchecked_param_type = "ProcessCapabilityOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: ProcessCapabilityOptions| {
        quality::process_capability(&ProcessCapabilityInput::from(options))
            .map(ProcessCapabilityResult::from)
    })
}

//! JS mirror of Six Sigma's defect measures: option and result types with camelCase
//! names and TypeScript declarations, and the exported function. No formulas.

use crate::quality::{self, SixSigmaInput};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link sixSigma}: the counts of one inspection, whole numbers.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct SixSigmaOptions {
    /// Defects found, 0 to units × opportunitiesPerUnit.
    pub defects: u32,
    /// Units inspected, 1 or more.
    pub units: u32,
    /// Opportunities for a defect in each unit (the things checked that can go wrong), 1 or more.
    pub opportunities_per_unit: u32,
}

from_js!(SixSigmaOptions {
    defects,
    units,
    opportunities_per_unit
});

impl From<SixSigmaOptions> for SixSigmaInput {
    fn from(options: SixSigmaOptions) -> Self {
        SixSigmaInput {
            defects: options.defects,
            units: options.units,
            opportunities_per_unit: options.opportunities_per_unit,
        }
    }
}

/// Result of {@link sixSigma}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct SixSigmaResult {
    /// units × opportunities per unit: the chances for a defect, in all.
    pub opportunities: f64,
    /// DPU = defects / units.
    pub dpu: f64,
    /// DPO = defects / (units × opportunities per unit), a fraction from 0 to 1.
    pub dpo: f64,
    /// DPMO = DPO × 1,000,000: defects per million opportunities.
    pub dpmo: f64,
    /// 1 − DPO: the share of opportunities without a defect, a fraction.
    pub opportunity_yield: f64,
    /// z = Φ⁻¹(1 − DPO), the long-term z. Absent when DPO is 0 (no defects: no finite
    /// level) or 1 (every opportunity defective).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub long_term_z: Option<f64>,
    /// z + 1.5: the short-term process sigma level of the Six Sigma tables (3.4 DPMO is
    /// 6, 66,807 DPMO is 3). Absent with `longTermZ`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub sigma_level: Option<f64>,
}

to_js!(SixSigmaResult {
    opportunities,
    dpu,
    dpo,
    dpmo,
    opportunity_yield,
    long_term_z,
    sigma_level
});

impl From<quality::SixSigma> for SixSigmaResult {
    fn from(result: quality::SixSigma) -> Self {
        SixSigmaResult {
            opportunities: result.opportunities,
            dpu: result.dpu,
            dpo: result.dpo,
            dpmo: result.dpmo,
            opportunity_yield: result.opportunity_yield,
            long_term_z: result.long_term_z,
            sigma_level: result.sigma_level,
        }
    }
}

/// Six Sigma's defect measures: DPU, DPO, DPMO, the yield per opportunity and the
/// process sigma level Φ⁻¹(1 − DPO) + 1.5.
///
/// Throws an {@link OpscalcError} naming the field for invalid options.
#[wasm_bindgen(js_name = sixSigma, unchecked_return_type = "SixSigmaResult")]
pub fn six_sigma(
    #[wasm_bindgen(unchecked_param_type = "SixSigmaOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: SixSigmaOptions| {
        quality::six_sigma(&SixSigmaInput::from(options)).map(SixSigmaResult::from)
    })
}

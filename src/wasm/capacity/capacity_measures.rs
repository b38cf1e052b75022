//! JS mirror of utilization, efficiency and expected output. No formulas: each function
//! converts its options to the core input, calls the core, and converts the result.

use crate::capacity::{self, CapacityInput, ExpectedOutputInput};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link capacity}: three outputs of one process over one period, in the same
/// units (rolls a week, trucks a day).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CapacityOptions {
    /// The most the process could make in ideal conditions, units per period.
    pub design_capacity: f64,
    /// What it can be expected to make after planned allowances (product mix,
    /// scheduling, maintenance, quality), units per period; at most `designCapacity`.
    pub effective_capacity: f64,
    /// What it did make, units per period: 0 or more, at most `designCapacity` (it may
    /// exceed `effectiveCapacity`).
    pub actual_output: f64,
}

from_js!(CapacityOptions {
    design_capacity,
    effective_capacity,
    actual_output
});

impl From<CapacityOptions> for CapacityInput {
    fn from(options: CapacityOptions) -> Self {
        CapacityInput::new(
            options.design_capacity,
            options.effective_capacity,
            options.actual_output,
        )
    }
}

/// Result of {@link capacity}. Shares are fractions (0.734 for 73.4 %).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CapacityResult {
    /// actualOutput / designCapacity, from 0 to 1.
    pub utilization: f64,
    /// actualOutput / effectiveCapacity; above 1 when the process beat its effective capacity.
    pub efficiency: f64,
    /// effectiveCapacity / designCapacity, from 0 to 1.
    pub effective_share: f64,
    /// 1 − utilization: the share of the design capacity not used.
    pub capacity_cushion: f64,
    /// designCapacity − effectiveCapacity, units per period: output given up to planned allowances.
    pub planned_losses: f64,
    /// effectiveCapacity − actualOutput, units per period: output lost to what was not
    /// planned; negative when the output beat the effective capacity.
    pub unplanned_losses: f64,
}

to_js!(CapacityResult {
    utilization,
    efficiency,
    effective_share,
    capacity_cushion,
    planned_losses,
    unplanned_losses
});

impl From<capacity::CapacityMeasures> for CapacityResult {
    fn from(result: capacity::CapacityMeasures) -> Self {
        CapacityResult {
            utilization: result.utilization,
            efficiency: result.efficiency,
            effective_share: result.effective_share,
            capacity_cushion: result.capacity_cushion,
            planned_losses: result.planned_losses,
            unplanned_losses: result.unplanned_losses,
        }
    }
}

/// Utilization (actual output / design capacity) and efficiency (actual output /
/// effective capacity) of a process, with the shares and losses between the three.
///
/// Throws an {@link OpscalcError} naming the field for invalid options (an effective
/// capacity or an actual output above the design capacity, say).
#[wasm_bindgen(js_name = capacity, unchecked_return_type = "CapacityResult")]
pub fn capacity(
    #[wasm_bindgen(unchecked_param_type = "CapacityOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: CapacityOptions| {
        capacity::capacity(&options.into()).map(CapacityResult::from)
    })
}

/// Options of {@link expectedOutput}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ExpectedOutputOptions {
    /// Effective capacity, units per period.
    pub effective_capacity: f64,
    /// The efficiency expected, as a fraction (0.75 for 75 %); above 0, and may exceed 1.
    pub efficiency: f64,
    /// Design capacity, units per period; gives `utilization`.
    #[tsify(optional)]
    pub design_capacity: Option<f64>,
}

from_js!(ExpectedOutputOptions {
    effective_capacity,
    efficiency,
    design_capacity
});

impl From<ExpectedOutputOptions> for ExpectedOutputInput {
    fn from(options: ExpectedOutputOptions) -> Self {
        ExpectedOutputInput {
            effective_capacity: options.effective_capacity,
            efficiency: options.efficiency,
            design_capacity: options.design_capacity,
        }
    }
}

/// Result of {@link expectedOutput}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ExpectedOutputResult {
    /// effectiveCapacity × efficiency, units per period.
    pub expected_output: f64,
    /// expectedOutput / designCapacity, a fraction (when `designCapacity` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub utilization: Option<f64>,
    /// effectiveCapacity / designCapacity, a fraction (when `designCapacity` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub effective_share: Option<f64>,
}

to_js!(ExpectedOutputResult {
    expected_output,
    utilization,
    effective_share
});

impl From<capacity::ExpectedOutput> for ExpectedOutputResult {
    fn from(result: capacity::ExpectedOutput) -> Self {
        ExpectedOutputResult {
            expected_output: result.expected_output,
            utilization: result.utilization,
            effective_share: result.effective_share,
        }
    }
}

/// The output to expect from a process: effective capacity × efficiency, and, given the
/// design capacity, the utilization that output means.
///
/// Throws an {@link OpscalcError} naming the field for invalid options.
#[wasm_bindgen(js_name = expectedOutput, unchecked_return_type = "ExpectedOutputResult")]
pub fn expected_output(
    #[wasm_bindgen(unchecked_param_type = "ExpectedOutputOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: ExpectedOutputOptions| {
        capacity::expected_output(&options.into()).map(ExpectedOutputResult::from)
    })
}

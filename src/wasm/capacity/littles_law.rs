//! JS mirror of Little's law. No formulas: it converts the options to the core input,
//! calls the core, and converts the result.

use crate::capacity::{self, LittlesLawInput};
use crate::wasm::boundary::call;
use crate::wasm::choice::js_choice;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link littlesLaw}: exactly two of the three. Throughput and flow time
/// share one time unit (days, say).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct LittlesLawOptions {
    /// I: average work in process (inventory), units; 0 or more.
    #[tsify(optional)]
    pub wip: Option<f64>,
    /// R: average throughput (flow rate), units per time unit; 0 or more (above 0 to compute the flow time).
    #[tsify(optional)]
    pub throughput: Option<f64>,
    /// T: average flow time, in the time unit of the throughput; 0 or more (above 0 to compute the throughput).
    #[tsify(optional)]
    pub flow_time: Option<f64>,
}

from_js!(LittlesLawOptions {
    wip,
    throughput,
    flow_time
});

impl From<LittlesLawOptions> for LittlesLawInput {
    fn from(options: LittlesLawOptions) -> Self {
        LittlesLawInput {
            wip: options.wip,
            throughput: options.throughput,
            flow_time: options.flow_time,
        }
    }
}

/// Which of the three was computed: `"wip"`, `"throughput"` or `"flowTime"`.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub enum LittlesLawUnknown {
    /// I = R × T.
    Wip,
    /// R = I / T.
    Throughput,
    /// T = I / R.
    FlowTime,
}

js_choice!(LittlesLawUnknown { Wip = "wip", Throughput = "throughput", FlowTime = "flowTime" });

impl From<capacity::LittlesLawUnknown> for LittlesLawUnknown {
    fn from(unknown: capacity::LittlesLawUnknown) -> Self {
        match unknown {
            capacity::LittlesLawUnknown::Wip => LittlesLawUnknown::Wip,
            capacity::LittlesLawUnknown::Throughput => LittlesLawUnknown::Throughput,
            capacity::LittlesLawUnknown::FlowTime => LittlesLawUnknown::FlowTime,
        }
    }
}

/// Result of {@link littlesLaw}: all three, two as given and one computed.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct LittlesLawResult {
    /// I: average work in process, units.
    pub wip: f64,
    /// R: average throughput, units per time unit.
    pub throughput: f64,
    /// T: average flow time, in the time unit of the throughput.
    pub flow_time: f64,
    /// Which one was computed.
    pub computed: LittlesLawUnknown,
}

to_js!(LittlesLawResult {
    wip,
    throughput,
    flow_time,
    computed
});

impl From<capacity::LittlesLaw> for LittlesLawResult {
    fn from(result: capacity::LittlesLaw) -> Self {
        LittlesLawResult {
            wip: result.wip,
            throughput: result.throughput,
            flow_time: result.flow_time,
            computed: result.computed.into(),
        }
    }
}

/// Little's law, I = R × T: given two of the average work in process I (units),
/// throughput R (units per time unit) and flow time T (time units), the third.
///
/// Throws an {@link OpscalcError} for invalid options: code `missing_field` or
/// `conflicting_fields` with field `""` unless exactly two are given, and `not_positive`
/// for a zero divisor (`flowTime` when computing the throughput).
#[wasm_bindgen(js_name = littlesLaw, unchecked_return_type = "LittlesLawResult")]
pub fn littles_law(
    #[wasm_bindgen(unchecked_param_type = "LittlesLawOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: LittlesLawOptions| {
        capacity::littles_law(&options.into()).map(LittlesLawResult::from)
    })
}

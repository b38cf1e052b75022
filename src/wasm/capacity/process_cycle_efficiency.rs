//! JS mirror of process cycle efficiency: option and result types with camelCase names
//! and TypeScript declarations, and the exported function. No formulas.

use crate::Error;
use crate::capacity::{self, LeanActivity, ProcessCycleEfficiencyInput};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// One step of a process, in the order it happens.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct LeanActivityOptions {
    /// What happens ("wait for credit check", "machine the part"): a non-empty string.
    pub name: String,
    /// How long it takes, in the call's time unit, 0 or more.
    pub time: f64,
    /// Whether it adds value the customer would pay for; waiting, moving, inspecting and rework do not.
    pub value_added: bool,
}

from_js!(LeanActivityOptions {
    name,
    time,
    value_added
});

/// Options of {@link processCycleEfficiency}: either `activities`, or `valueAddedTime`
/// with `leadTime`. Every time is in one unit (minutes, say).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ProcessCycleEfficiencyOptions {
    /// The activities in order, 1 to 1000 of them: the lead time is their sum.
    #[tsify(optional)]
    pub activities: Option<Vec<LeanActivityOptions>>,
    /// Value-added time, above 0 (with `leadTime`, instead of `activities`).
    #[tsify(optional)]
    pub value_added_time: Option<f64>,
    /// Total lead time, at least `valueAddedTime`.
    #[tsify(optional)]
    pub lead_time: Option<f64>,
}

from_js!(ProcessCycleEfficiencyOptions {
    activities,
    value_added_time,
    lead_time
});

impl TryFrom<ProcessCycleEfficiencyOptions> for ProcessCycleEfficiencyInput {
    type Error = Error;

    fn try_from(options: ProcessCycleEfficiencyOptions) -> Result<Self, Error> {
        let activities = options.activities.map(|activities| {
            activities
                .into_iter()
                .map(|activity| {
                    LeanActivity::new(activity.name, activity.time, activity.value_added)
                })
                .collect()
        });
        ProcessCycleEfficiencyInput::from_fields(
            activities,
            options.value_added_time,
            options.lead_time,
        )
    }
}

/// One activity placed on the process's timeline.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ActivitySpanResult {
    /// The activity's name.
    pub name: String,
    /// Its time, as given.
    pub time: f64,
    /// Whether it adds value.
    pub value_added: bool,
    /// When it starts: the sum of the times before it.
    pub start: f64,
    /// When it ends: start + time.
    pub end: f64,
    /// time / lead time: its share of the lead time.
    pub share: f64,
}

to_js!(ActivitySpanResult {
    name,
    time,
    value_added,
    start,
    end,
    share
});

/// Result of {@link processCycleEfficiency}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ProcessCycleEfficiencyResult {
    /// The sum of the value-added activities' times (or as given).
    pub value_added_time: f64,
    /// The sum of the other activities' times (or lead time − value-added time).
    pub non_value_added_time: f64,
    /// The total lead time: the end of the last activity (or as given).
    pub lead_time: f64,
    /// PCE = value-added time / lead time, a fraction in (0, 1].
    pub efficiency: f64,
    /// Each activity with its start, end and share, in order; empty for totals.
    pub activities: Vec<ActivitySpanResult>,
}

to_js!(ProcessCycleEfficiencyResult {
    value_added_time,
    non_value_added_time,
    lead_time,
    efficiency,
    activities
});

impl From<capacity::ProcessCycleEfficiency> for ProcessCycleEfficiencyResult {
    fn from(result: capacity::ProcessCycleEfficiency) -> Self {
        ProcessCycleEfficiencyResult {
            value_added_time: result.value_added_time,
            non_value_added_time: result.non_value_added_time,
            lead_time: result.lead_time,
            efficiency: result.efficiency,
            activities: result
                .activities
                .into_iter()
                .map(|span| ActivitySpanResult {
                    name: span.name,
                    time: span.time,
                    value_added: span.value_added,
                    start: span.start,
                    end: span.end,
                    share: span.share,
                })
                .collect(),
        }
    }
}

/// Process cycle efficiency: value-added time / total lead time, with each activity's
/// place on the timeline.
///
/// Throws an {@link OpscalcError} naming the field for invalid options
/// (`activities[2].time`).
#[wasm_bindgen(js_name = processCycleEfficiency, unchecked_return_type = "ProcessCycleEfficiencyResult")]
pub fn process_cycle_efficiency(
    #[wasm_bindgen(unchecked_param_type = "ProcessCycleEfficiencyOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: ProcessCycleEfficiencyOptions| {
        capacity::process_cycle_efficiency(&ProcessCycleEfficiencyInput::try_from(options)?)
            .map(ProcessCycleEfficiencyResult::from)
    })
}

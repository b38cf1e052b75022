//! JS mirror of takt time and line output.

use crate::line::{self, WorkingTime};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link taktTime}. Times in one unit (minutes, say).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct TaktTimeOptions {
    /// Time available in one shift (480 minutes).
    pub available_time: f64,
    /// Units required in the period the shifts cover (a day).
    pub demand: f64,
    /// Breaks within one shift, in the same unit (default 0).
    #[tsify(optional)]
    pub breaks: Option<f64>,
    /// Shifts in the period (default 1).
    #[tsify(optional)]
    pub shifts: Option<f64>,
}

from_js!(TaktTimeOptions {
    available_time,
    demand,
    breaks,
    shifts
});

/// Result of {@link taktTime}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct TaktTimeResult {
    /// shifts × (available time − breaks), in the time unit given.
    pub productive_time: f64,
    /// Productive time / demand: the time between finished units that meets demand.
    pub takt_time: f64,
    /// Demand / productive time: units per time unit.
    pub output_rate: f64,
}

to_js!(TaktTimeResult {
    productive_time,
    takt_time,
    output_rate
});

/// Takt time: (shifts × (available time − breaks)) / demand.
///
/// Throws an {@link OpscalcError} naming the field for invalid options.
#[wasm_bindgen(js_name = taktTime, unchecked_return_type = "TaktTimeResult")]
pub fn takt_time(
    #[wasm_bindgen(unchecked_param_type = "TaktTimeOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: TaktTimeOptions| {
        let time = WorkingTime {
            available_time: options.available_time,
            breaks: options.breaks,
            shifts: options.shifts,
        };
        line::takt_time(&time, options.demand).map(|takt| TaktTimeResult {
            productive_time: takt.productive_time,
            takt_time: takt.takt_time,
            output_rate: takt.output_rate,
        })
    })
}

/// Options of {@link lineOutput}. Times in one unit.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct LineOutputOptions {
    /// Time available in one shift.
    pub available_time: f64,
    /// The line's cycle time, in the same unit.
    pub cycle_time: f64,
    /// Breaks within one shift (default 0).
    #[tsify(optional)]
    pub breaks: Option<f64>,
    /// Shifts in the period (default 1).
    #[tsify(optional)]
    pub shifts: Option<f64>,
}

from_js!(LineOutputOptions {
    available_time,
    cycle_time,
    breaks,
    shifts
});

/// Result of {@link lineOutput}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct LineOutputResult {
    /// shifts × (available time − breaks).
    pub productive_time: f64,
    /// Productive time / cycle time: units finished in the period.
    pub output: f64,
}

to_js!(LineOutputResult {
    productive_time,
    output
});

/// The output a cycle time allows: productive time / cycle time (the inverse of takt time).
///
/// Throws an {@link OpscalcError} naming the field for invalid options.
#[wasm_bindgen(js_name = lineOutput, unchecked_return_type = "LineOutputResult")]
pub fn line_output(
    #[wasm_bindgen(unchecked_param_type = "LineOutputOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: LineOutputOptions| {
        let time = WorkingTime {
            available_time: options.available_time,
            breaks: options.breaks,
            shifts: options.shifts,
        };
        line::line_output(&time, options.cycle_time).map(|output| LineOutputResult {
            productive_time: output.productive_time,
            output: output.output,
        })
    })
}

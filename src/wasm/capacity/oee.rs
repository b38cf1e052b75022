//! JS mirror of OEE and TEEP: option and result types with camelCase names and
//! TypeScript declarations, and the exported function. No formulas: it converts the
//! options to the core input, calls the core, and converts the result.

use crate::Error;
use crate::capacity::{self, IdealSpeed, OeeInput};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link oee}. Every time is in one unit, whichever you choose (minutes,
/// seconds): the planned production time, the downtime, the ideal cycle time or run
/// rate, and the calendar time. Give the ideal speed either as `idealCycleTime` or as
/// `idealRunRate`.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct OeeOptions {
    /// The time the equipment was scheduled to produce: the shift less planned stops such as breaks.
    pub planned_production_time: f64,
    /// Stops within the planned production time (breakdowns, changeovers, waiting for material); less than `plannedProductionTime`.
    pub downtime: f64,
    /// The fastest possible time to make one piece, time units per piece.
    #[tsify(optional)]
    pub ideal_cycle_time: Option<f64>,
    /// The fastest possible rate, pieces per time unit (the ideal cycle time is 1 / rate).
    #[tsify(optional)]
    pub ideal_run_rate: Option<f64>,
    /// Pieces made, good and rejected (any measure of output the ideal speed is per).
    pub total_count: f64,
    /// Pieces made right the first time, at most `totalCount`.
    pub good_count: f64,
    /// All the time in the period, planned or not (24 hours a day, say), at least `plannedProductionTime`; gives `utilization` and `teep`.
    #[tsify(optional)]
    pub calendar_time: Option<f64>,
}

from_js!(OeeOptions {
    planned_production_time,
    downtime,
    ideal_cycle_time,
    ideal_run_rate,
    total_count,
    good_count,
    calendar_time
});

impl TryFrom<OeeOptions> for OeeInput {
    type Error = Error;

    fn try_from(options: OeeOptions) -> Result<Self, Error> {
        Ok(OeeInput {
            planned_production_time: options.planned_production_time,
            downtime: options.downtime,
            ideal_speed: IdealSpeed::from_fields(options.ideal_cycle_time, options.ideal_run_rate)?,
            total_count: options.total_count,
            good_count: options.good_count,
            calendar_time: options.calendar_time,
        })
    }
}

/// Result of {@link oee}: the three factors, OEE, and the time each loss takes. The
/// times make a waterfall: planned production time − availability loss = run time;
/// − performance loss = net run time; − quality loss = fully productive time.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct OeeResult {
    /// The planned production time, as given.
    pub planned_production_time: f64,
    /// Planned production time − downtime.
    pub run_time: f64,
    /// Ideal cycle time × total count: the time the count takes at the ideal speed.
    pub net_run_time: f64,
    /// Ideal cycle time × good count: the time the good pieces take at the ideal speed.
    pub fully_productive_time: f64,
    /// The downtime, as given.
    pub availability_loss: f64,
    /// Run time − net run time: slow cycles and small stops.
    pub performance_loss: f64,
    /// Ideal cycle time × reject count: the time spent making rejects.
    pub quality_loss: f64,
    /// Time units per piece (given, or 1 / idealRunRate).
    pub ideal_cycle_time: f64,
    /// Pieces per time unit (given, or 1 / idealCycleTime).
    pub ideal_run_rate: f64,
    /// Total count − good count.
    pub reject_count: f64,
    /// A = run time / planned production time, a fraction.
    pub availability: f64,
    /// P = ideal cycle time × total count / run time, a fraction, at most 1.
    pub performance: f64,
    /// Q = good count / total count, a fraction.
    pub quality: f64,
    /// OEE = A × P × Q = fully productive time / planned production time, a fraction.
    pub oee: f64,
    /// The calendar time (when given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub calendar_time: Option<f64>,
    /// Calendar time − planned production time (when the calendar time is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub schedule_loss: Option<f64>,
    /// Planned production time / calendar time, a fraction (when the calendar time is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub utilization: Option<f64>,
    /// TEEP = OEE × utilization = fully productive time / calendar time, a fraction (when the calendar time is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub teep: Option<f64>,
}

to_js!(OeeResult {
    planned_production_time,
    run_time,
    net_run_time,
    fully_productive_time,
    availability_loss,
    performance_loss,
    quality_loss,
    ideal_cycle_time,
    ideal_run_rate,
    reject_count,
    availability,
    performance,
    quality,
    oee,
    calendar_time,
    schedule_loss,
    utilization,
    teep
});

impl From<capacity::Oee> for OeeResult {
    fn from(result: capacity::Oee) -> Self {
        OeeResult {
            planned_production_time: result.planned_production_time,
            run_time: result.run_time,
            net_run_time: result.net_run_time,
            fully_productive_time: result.fully_productive_time,
            availability_loss: result.availability_loss,
            performance_loss: result.performance_loss,
            quality_loss: result.quality_loss,
            ideal_cycle_time: result.ideal_cycle_time,
            ideal_run_rate: result.ideal_run_rate,
            reject_count: result.reject_count,
            availability: result.availability,
            performance: result.performance,
            quality: result.quality,
            oee: result.oee,
            calendar_time: result.calendar_time,
            schedule_loss: result.schedule_loss,
            utilization: result.utilization,
            teep: result.teep,
        }
    }
}

/// Overall equipment effectiveness: availability × performance × quality, the time lost
/// to each, and, given the calendar time, utilization and TEEP.
///
/// Throws an {@link OpscalcError} naming the field for invalid options: `downtime` when
/// it leaves no run time, `goodCount` above `totalCount`, and `idealCycleTime` (or
/// `idealRunRate`) when the count at the ideal speed takes longer than the run time
/// (performance above 100 %).
#[wasm_bindgen(js_name = oee, unchecked_return_type = "OeeResult")]
pub fn oee(
    #[wasm_bindgen(unchecked_param_type = "OeeOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: OeeOptions| {
        capacity::oee(&OeeInput::try_from(options)?).map(OeeResult::from)
    })
}

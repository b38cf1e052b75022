//! Overall equipment effectiveness (OEE): how much of the planned production time a
//! machine or line spends making good parts at its ideal speed, split into availability,
//! performance and quality; and TEEP, the same against all calendar time.

use crate::error::{Error, ErrorCode};
use crate::validate::{non_negative, positive, positive_if_given, representable};

/// Slack when checking that the ideal time for the count fits in the run time, so that
/// a line that ran at exactly its ideal speed is not refused for binary rounding
/// (`0.1 × 3` is a hair above `0.3`).
const PERFORMANCE_TOLERANCE: f64 = 1e-9;

/// The machine's ideal speed, as a cycle time or as a run rate: one is the inverse of
/// the other. Vorne's example gives both: 1.0 second a piece, 60 pieces a minute.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum IdealSpeed {
    /// The fastest possible time to make one piece, in the call's time unit (minutes a
    /// piece, say). Field `ideal_cycle_time`.
    CycleTime(f64),
    /// The fastest possible rate, pieces per time unit (pieces a minute, say): the
    /// ideal cycle time is `1 / rate`. Field `ideal_run_rate`.
    RunRate(f64),
}

impl IdealSpeed {
    /// The speed from the flat fields a form or a JSON object has: exactly one of
    /// `ideal_cycle_time` and `ideal_run_rate`.
    ///
    /// # Errors
    /// `conflicting_fields` naming `ideal_run_rate` when both are given; `missing_field`
    /// naming `ideal_cycle_time` when neither is.
    ///
    /// # Examples
    /// ```
    /// use opscalc::capacity::IdealSpeed;
    /// assert_eq!(IdealSpeed::from_fields(Some(1.0), None), Ok(IdealSpeed::CycleTime(1.0)));
    /// assert_eq!(IdealSpeed::from_fields(None, Some(60.0)), Ok(IdealSpeed::RunRate(60.0)));
    /// assert_eq!(IdealSpeed::from_fields(None, None).unwrap_err().field(), "ideal_cycle_time");
    /// ```
    pub fn from_fields(
        ideal_cycle_time: Option<f64>,
        ideal_run_rate: Option<f64>,
    ) -> Result<Self, Error> {
        match (ideal_cycle_time, ideal_run_rate) {
            (Some(time), None) => Ok(IdealSpeed::CycleTime(time)),
            (None, Some(rate)) => Ok(IdealSpeed::RunRate(rate)),
            (Some(_), Some(_)) => Err(Error::new(
                ErrorCode::ConflictingFields,
                "ideal_run_rate",
                "give either an ideal cycle time or an ideal run rate, not both",
            )),
            (None, None) => Err(Error::new(
                ErrorCode::MissingField,
                "ideal_cycle_time",
                "is required (or an ideal run rate)",
            )),
        }
    }

    /// The field this speed was given in, for errors about it.
    fn field(self) -> &'static str {
        match self {
            IdealSpeed::CycleTime(_) => "ideal_cycle_time",
            IdealSpeed::RunRate(_) => "ideal_run_rate",
        }
    }
}

/// Inputs of OEE. Every time is in one unit, whichever you choose (minutes, seconds):
/// the planned production time, the downtime, the ideal cycle time (time a piece) or
/// run rate (pieces a time unit), and the calendar time.
///
/// Counts are pieces, as `f64` so that a long period's large counts fit; any measure of
/// output works (kilograms, metres) when the ideal speed is per that measure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OeeInput {
    /// The time the equipment was scheduled to produce: the shift less planned stops
    /// such as breaks. Field `planned_production_time`.
    pub planned_production_time: f64,
    /// Stops within the planned production time (breakdowns, changeovers, waiting for
    /// material), in the same unit; less than the planned production time. Field `downtime`.
    pub downtime: f64,
    /// The ideal speed: a cycle time or a run rate.
    pub ideal_speed: IdealSpeed,
    /// Pieces made, good and rejected, in the planned production time. Field `total_count`.
    pub total_count: f64,
    /// Pieces made right the first time (no scrap, no rework), at most the total. Field
    /// `good_count`.
    pub good_count: f64,
    /// All the time in the period, planned or not (24 hours a day, say), at least the
    /// planned production time; gives the utilization and TEEP. Field `calendar_time`.
    pub calendar_time: Option<f64>,
}

/// OEE, its three factors, and the time each loss takes, with TEEP when the calendar
/// time is given.
///
/// The times form a waterfall: calendar time, less the schedule loss, is the planned
/// production time; less the availability loss (downtime), the run time; less the
/// performance loss, the net run time; less the quality loss, the fully productive time.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct Oee {
    /// The planned production time, as given.
    pub planned_production_time: f64,
    /// `run time = planned production time − downtime`.
    pub run_time: f64,
    /// `net run time = ideal cycle time × total count`: the time the count takes at the
    /// ideal speed.
    pub net_run_time: f64,
    /// `fully productive time = ideal cycle time × good count`: the time the good pieces
    /// take at the ideal speed.
    pub fully_productive_time: f64,
    /// The availability loss: the downtime, as given.
    pub availability_loss: f64,
    /// The performance loss, `run time − net run time`: slow cycles and small stops.
    pub performance_loss: f64,
    /// The quality loss, `ideal cycle time × reject count`: the time spent on rejects.
    pub quality_loss: f64,
    /// The ideal cycle time, time a piece (given, or `1 / run rate`).
    pub ideal_cycle_time: f64,
    /// The ideal run rate, pieces per time unit (given, or `1 / cycle time`).
    pub ideal_run_rate: f64,
    /// `reject count = total count − good count`.
    pub reject_count: f64,
    /// `A = run time / planned production time`, a fraction.
    pub availability: f64,
    /// `P = ideal cycle time × total count / run time`, a fraction, at most 1.
    pub performance: f64,
    /// `Q = good count / total count`, a fraction.
    pub quality: f64,
    /// `OEE = A × P × Q`, a fraction; equal to `fully productive time / planned
    /// production time`.
    pub oee: f64,
    /// The calendar time, when given.
    pub calendar_time: Option<f64>,
    /// The schedule loss, `calendar time − planned production time`, when the calendar
    /// time is given.
    pub schedule_loss: Option<f64>,
    /// `utilization = planned production time / calendar time`, a fraction, when the
    /// calendar time is given.
    pub utilization: Option<f64>,
    /// `TEEP = OEE × utilization`, a fraction, when the calendar time is given; equal to
    /// `fully productive time / calendar time`.
    pub teep: Option<f64>,
}

/// Overall equipment effectiveness: availability × performance × quality, the time lost
/// to each, and, given the calendar time, utilization and TEEP.
///
/// With planned production time `T`, downtime `D`, ideal cycle time `c` (or run rate
/// `r = 1 / c`), total count `n` and good count `g`:
///
/// - run time `R = T − D`; availability `A = R / T`
/// - net run time `c n` (or `n / r`); performance `P = c n / R`
/// - quality `Q = g / n`
/// - `OEE = A × P × Q = c g / T` (fully productive time over planned time)
/// - losses: availability `D`, performance `R − c n`, quality `c (n − g)`; with the
///   fully productive time `c g` they add up to `T`
/// - with calendar time `C`: utilization `U = T / C`, `TEEP = OEE × U`, schedule loss
///   `C − T`
///
/// Reference: Nakajima, *Introduction to TPM* (1988); Vorne Industries, oee.com, "OEE
/// Calculation" and "TEEP" (the names of the times and losses used here).
///
/// # Errors
/// - `not_finite` / `not_positive` naming `planned_production_time`, `ideal_cycle_time`
///   or `ideal_run_rate`, `total_count` or `calendar_time`;
/// - `not_finite` / `negative` naming `downtime` or `good_count`;
/// - `out_of_range` naming `downtime` when it exceeds the planned production time, or
///   equals it (no run time to measure performance in);
/// - `out_of_range` naming `good_count` when it exceeds the total count;
/// - `out_of_range` naming `ideal_cycle_time` (or `ideal_run_rate`) when the count at
///   the ideal speed takes longer than the run time: performance above 100 %, so the
///   ideal cycle time is too slow (the run rate too low) for the count;
/// - `out_of_range` naming `calendar_time` when it is shorter than the planned
///   production time;
/// - `numeric_range` when valid inputs of extreme magnitude overflow `f64`.
///
/// # Examples
/// Vorne Industries, oee.com, "OEE Calculation": a 480-minute shift with 60 minutes of
/// breaks (420 planned), 47 minutes down, ideal cycle time 1.0 second, 19,271 pieces of
/// which 18,848 good. Times in seconds: A = 88.81 %, P = 86.11 %, Q = 97.80 %,
/// OEE = 74.79 %.
/// ```
/// use opscalc::capacity::{oee, IdealSpeed, OeeInput};
/// let result = oee(&OeeInput {
///     planned_production_time: 420.0 * 60.0,
///     downtime: 47.0 * 60.0,
///     ideal_speed: IdealSpeed::CycleTime(1.0),
///     total_count: 19_271.0,
///     good_count: 18_848.0,
///     calendar_time: None,
/// })?;
/// assert_eq!(format!("{:.2}", result.availability * 100.0), "88.81");
/// assert_eq!(format!("{:.2}", result.performance * 100.0), "86.11");
/// assert_eq!(format!("{:.2}", result.quality * 100.0), "97.80");
/// assert_eq!(format!("{:.2}", result.oee * 100.0), "74.79");
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn oee(input: &OeeInput) -> Result<Oee, Error> {
    let planned = positive("planned_production_time", input.planned_production_time)?;
    let downtime = non_negative("downtime", input.downtime)?;
    let speed_field = input.ideal_speed.field();
    let (ideal_cycle_time, ideal_run_rate) = match input.ideal_speed {
        IdealSpeed::CycleTime(time) => {
            let time = positive(speed_field, time)?;
            (time, representable(1.0 / time, true)?)
        }
        IdealSpeed::RunRate(rate) => {
            let rate = positive(speed_field, rate)?;
            (representable(1.0 / rate, true)?, rate)
        }
    };
    let total = positive("total_count", input.total_count)?;
    let good = non_negative("good_count", input.good_count)?;
    let calendar = positive_if_given("calendar_time", input.calendar_time)?;

    if downtime >= planned {
        let message = if downtime > planned {
            "must not exceed the planned production time"
        } else {
            "must be less than the planned production time: with no run time there is no \
             performance to measure"
        };
        return Err(Error::new(ErrorCode::OutOfRange, "downtime", message));
    }
    if good > total {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "good_count",
            "must not exceed the total count",
        ));
    }
    if let Some(calendar) = calendar
        && calendar < planned
    {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "calendar_time",
            "must be at least the planned production time",
        ));
    }

    let run_time = planned - downtime;
    // Each form divides by what was given, so that 19,271 pieces at 60 a minute take
    // 19,271 / 60 minutes exactly, not 19,271 × 0.01666….
    let at_ideal_speed = |count: f64| match input.ideal_speed {
        IdealSpeed::CycleTime(_) => ideal_cycle_time * count,
        IdealSpeed::RunRate(_) => count / ideal_run_rate,
    };
    let net_run_time = representable(at_ideal_speed(total), false)?;
    if net_run_time > run_time * (1.0 + PERFORMANCE_TOLERANCE) {
        let message = match input.ideal_speed {
            IdealSpeed::CycleTime(_) => {
                "is too long for the count: the total count at this cycle time takes longer \
                 than the run time (performance above 100 %)"
            }
            IdealSpeed::RunRate(_) => {
                "is too low for the count: the total count at this rate takes longer than \
                 the run time (performance above 100 %)"
            }
        };
        return Err(Error::new(ErrorCode::OutOfRange, speed_field, message));
    }
    let fully_productive_time = representable(at_ideal_speed(good), false)?;
    let reject_count = total - good;

    let availability = run_time / planned;
    let performance = (net_run_time / run_time).min(1.0);
    let quality = good / total;
    let oee = availability * performance * quality;

    Ok(Oee {
        planned_production_time: planned,
        run_time,
        net_run_time,
        fully_productive_time,
        availability_loss: downtime,
        performance_loss: (run_time - net_run_time).max(0.0),
        quality_loss: representable(at_ideal_speed(reject_count), false)?,
        ideal_cycle_time,
        ideal_run_rate,
        reject_count,
        availability,
        performance,
        quality,
        oee,
        calendar_time: calendar,
        schedule_loss: calendar.map(|calendar| calendar - planned),
        utilization: calendar.map(|calendar| planned / calendar),
        teep: calendar.map(|calendar| oee * (planned / calendar)),
    })
}

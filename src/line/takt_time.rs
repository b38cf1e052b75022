//! Takt time: the pace demand sets for a line, and the output a cycle time allows.

use crate::error::{Error, ErrorCode};
use crate::validate::{non_negative, positive, representable};

/// The production time of a period: `shifts × (available_time − breaks)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WorkingTime {
    /// Time available in one shift, in any time unit (480 minutes). Field `available_time`.
    pub available_time: f64,
    /// Breaks within one shift, in the same unit; default 0. Field `breaks`.
    pub breaks: Option<f64>,
    /// Shifts in the period; default 1. Field `shifts`.
    pub shifts: Option<f64>,
}

impl WorkingTime {
    /// One shift of `available_time` without breaks.
    pub fn new(available_time: f64) -> Self {
        WorkingTime {
            available_time,
            breaks: None,
            shifts: None,
        }
    }

    /// `shifts × (available_time − breaks)`, validated.
    fn productive_time(&self) -> Result<f64, Error> {
        let available_time = positive("available_time", self.available_time)?;
        let breaks = non_negative("breaks", self.breaks.unwrap_or(0.0))?;
        let shifts = positive("shifts", self.shifts.unwrap_or(1.0))?;
        if breaks >= available_time {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                "breaks",
                "must be shorter than the available time",
            ));
        }
        representable(shifts * (available_time - breaks), true)
    }
}

/// The takt time of a demand.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct TaktTime {
    /// `shifts × (available_time − breaks)`, in the time unit given.
    pub productive_time: f64,
    /// `productive_time / demand`: the time between finished units that meets demand,
    /// in the time unit given.
    pub takt_time: f64,
    /// `demand / productive_time`: units per time unit.
    pub output_rate: f64,
}

/// Takt time: `T = (shifts × (available time − breaks)) / demand`.
///
/// All times in one unit (minutes, say); demand in units for the same period as the
/// shifts (a day).
///
/// Reference: Heizer & Render, *Operations Management*, layout strategy (assembly-line
/// balancing); Stevenson, *Operations Management*, process selection and facility layout.
///
/// # Errors
/// `not_finite` / `not_positive` naming `available_time`, `shifts` or `demand`;
/// `negative` naming `breaks`, and `out_of_range` when the breaks fill the shift;
/// `numeric_range` on overflow.
///
/// # Examples
/// Heizer & Render: 480 minutes a day for 40 units is a 12-minute takt.
/// ```
/// use opscalc::line::{takt_time, WorkingTime};
/// let takt = takt_time(&WorkingTime::new(480.0), 40.0)?;
/// assert_eq!(takt.takt_time, 12.0);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn takt_time(time: &WorkingTime, demand: f64) -> Result<TaktTime, Error> {
    let productive_time = time.productive_time()?;
    let demand = positive("demand", demand)?;
    Ok(TaktTime {
        productive_time,
        takt_time: representable(productive_time / demand, true)?,
        output_rate: representable(demand / productive_time, true)?,
    })
}

/// The output a cycle time allows.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct LineOutput {
    /// `shifts × (available_time − breaks)`, in the time unit given.
    pub productive_time: f64,
    /// `productive_time / cycle_time`: units the line finishes in the period.
    pub output: f64,
}

/// The inverse of takt time: `output = productive time / cycle time`.
///
/// # Errors
/// As [`takt_time`], with `cycle_time` in place of `demand`.
///
/// # Examples
/// A 12-minute cycle over 480 minutes makes 40 units.
/// ```
/// use opscalc::line::{line_output, WorkingTime};
/// assert_eq!(line_output(&WorkingTime::new(480.0), 12.0)?.output, 40.0);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn line_output(time: &WorkingTime, cycle_time: f64) -> Result<LineOutput, Error> {
    let productive_time = time.productive_time()?;
    let cycle_time = positive("cycle_time", cycle_time)?;
    Ok(LineOutput {
        productive_time,
        output: representable(productive_time / cycle_time, true)?,
    })
}

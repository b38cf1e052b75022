//! Process cycle efficiency (PCE): the share of a process's lead time in which value is
//! added, the rest being waiting, moving, inspecting and rework.

use crate::error::{Error, ErrorCode};
use crate::validate::{list_length, non_negative, positive, representable};

/// The most activities one process may list.
pub const MAX_LEAN_ACTIVITIES: u32 = 1000;

/// One step of a process, in the order it happens.
#[derive(Debug, Clone, PartialEq)]
pub struct LeanActivity {
    /// What happens ("wait for credit check", "machine the part"): non-empty. Field `name`.
    pub name: String,
    /// How long it takes, in the call's time unit, 0 or more. Field `time`.
    pub time: f64,
    /// Whether it adds value the customer would pay for (changes the product's form or
    /// function, is done right the first time); waiting, moving, inspecting and rework do
    /// not. Field `value_added`.
    pub value_added: bool,
}

impl LeanActivity {
    /// An activity `name` taking `time`, value-adding or not.
    pub fn new(name: impl Into<String>, time: f64, value_added: bool) -> Self {
        LeanActivity {
            name: name.into(),
            time,
            value_added,
        }
    }
}

/// Inputs of [`process_cycle_efficiency`]: the process's activities, or its two totals.
/// Every time is in one unit (minutes, say).
#[derive(Debug, Clone, PartialEq)]
pub enum ProcessCycleEfficiencyInput {
    /// The activities in order, 1 to [`MAX_LEAN_ACTIVITIES`], each flagged value-added
    /// or not: the lead time is their sum. Field `activities`.
    Activities(Vec<LeanActivity>),
    /// The totals alone.
    Totals {
        /// Value-added time, above 0. Field `value_added_time`.
        value_added_time: f64,
        /// Total lead time, at least the value-added time. Field `lead_time`.
        lead_time: f64,
    },
}

impl ProcessCycleEfficiencyInput {
    /// The input from the flat fields a form or a JSON object has: either `activities`,
    /// or `value_added_time` with `lead_time`.
    ///
    /// # Errors
    /// `conflicting_fields` naming `value_added_time` (or `lead_time`) when given with
    /// `activities`; `missing_field` naming `activities` when nothing is given, and
    /// `lead_time` or `value_added_time` when only the other total is.
    ///
    /// # Examples
    /// ```
    /// use opscalc::capacity::ProcessCycleEfficiencyInput;
    /// assert_eq!(
    ///     ProcessCycleEfficiencyInput::from_fields(None, Some(15.0), Some(7200.0)),
    ///     Ok(ProcessCycleEfficiencyInput::Totals { value_added_time: 15.0, lead_time: 7200.0 })
    /// );
    /// let error = ProcessCycleEfficiencyInput::from_fields(None, Some(15.0), None).unwrap_err();
    /// assert_eq!(error.field(), "lead_time");
    /// ```
    pub fn from_fields(
        activities: Option<Vec<LeanActivity>>,
        value_added_time: Option<f64>,
        lead_time: Option<f64>,
    ) -> Result<Self, Error> {
        match (activities, value_added_time, lead_time) {
            (Some(activities), None, None) => {
                Ok(ProcessCycleEfficiencyInput::Activities(activities))
            }
            (None, Some(value_added_time), Some(lead_time)) => {
                Ok(ProcessCycleEfficiencyInput::Totals {
                    value_added_time,
                    lead_time,
                })
            }
            (Some(_), value_added_time, _) => Err(Error::new(
                ErrorCode::ConflictingFields,
                if value_added_time.is_some() {
                    "value_added_time"
                } else {
                    "lead_time"
                },
                "give either the activities or the two totals, not both",
            )),
            (None, Some(_), None) => Err(Error::new(
                ErrorCode::MissingField,
                "lead_time",
                "is required with a value-added time",
            )),
            (None, None, Some(_)) => Err(Error::new(
                ErrorCode::MissingField,
                "value_added_time",
                "is required with a lead time",
            )),
            (None, None, None) => Err(Error::new(
                ErrorCode::MissingField,
                "activities",
                "is required (or a value-added time with a lead time)",
            )),
        }
    }
}

/// One activity placed on the process's timeline.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ActivitySpan {
    /// The activity's name.
    pub name: String,
    /// Its time, as given.
    pub time: f64,
    /// Whether it adds value.
    pub value_added: bool,
    /// When it starts: the sum of the times before it.
    pub start: f64,
    /// When it ends: `start + time`.
    pub end: f64,
    /// `time / lead time`: its share of the lead time.
    pub share: f64,
}

/// Process cycle efficiency with its totals and, for a list of activities, the timeline.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ProcessCycleEfficiency {
    /// The sum of the value-added activities' times (or as given).
    pub value_added_time: f64,
    /// The sum of the other activities' times (or `lead time − value-added time`).
    pub non_value_added_time: f64,
    /// The total lead time: the end of the last activity (or as given).
    pub lead_time: f64,
    /// `PCE = value-added time / lead time`, a fraction in (0, 1].
    pub efficiency: f64,
    /// Each activity with its start, end and share, in order; empty for totals.
    pub activities: Vec<ActivitySpan>,
}

/// Process cycle efficiency: value-added time over total lead time.
///
/// - lead time `= Σ` every activity's time
/// - value-added time `= Σ` the value-added activities' times
/// - `PCE = value-added time / lead time`
///
/// A process is commonly called lean when its PCE is above 25 %; many run below 10 %,
/// most of their lead time spent waiting.
///
/// Reference: George, *Lean Six Sigma* (2002), process cycle efficiency.
///
/// # Errors
/// - `out_of_range` naming `activities` when it is empty, `too_large` with more than
///   [`MAX_LEAN_ACTIVITIES`];
/// - `invalid_input` naming `activities[i].name` when it is empty;
/// - `not_finite` / `negative` naming `activities[i].time`;
/// - `not_positive` naming `activities` when no value-added activity takes any time;
/// - `not_finite` / `not_positive` naming `value_added_time` or `lead_time`, and
///   `out_of_range` naming `value_added_time` when it exceeds the lead time;
/// - `numeric_range` when the times' magnitudes overflow `f64` or the efficiency
///   underflows to zero.
///
/// # Examples
/// Hand-computed, after George, *Lean Six Sigma*: 15 minutes of value-added work in a
/// lead time of 5 days (7,200 minutes) is a PCE of 15 / 7,200 ≈ 0.21 %.
/// ```
/// use opscalc::capacity::{process_cycle_efficiency, LeanActivity, ProcessCycleEfficiencyInput};
/// let activities = vec![
///     LeanActivity::new("Wait in the order queue", 1440.0, false),
///     LeanActivity::new("Enter the order", 5.0, true),
///     LeanActivity::new("Wait for production", 5745.0, false),
///     LeanActivity::new("Machine the part", 10.0, true),
/// ];
/// let result = process_cycle_efficiency(&ProcessCycleEfficiencyInput::Activities(activities))?;
/// assert_eq!((result.value_added_time, result.lead_time), (15.0, 7200.0));
/// assert_eq!(result.efficiency, 15.0 / 7200.0);
/// assert_eq!((result.activities[1].start, result.activities[1].end), (1440.0, 1445.0));
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn process_cycle_efficiency(
    input: &ProcessCycleEfficiencyInput,
) -> Result<ProcessCycleEfficiency, Error> {
    match input {
        ProcessCycleEfficiencyInput::Activities(activities) => from_activities(activities),
        &ProcessCycleEfficiencyInput::Totals {
            value_added_time,
            lead_time,
        } => {
            let value_added_time = positive("value_added_time", value_added_time)?;
            let lead_time = positive("lead_time", lead_time)?;
            if value_added_time > lead_time {
                return Err(Error::new(
                    ErrorCode::OutOfRange,
                    "value_added_time",
                    "must not exceed the lead time",
                ));
            }
            Ok(ProcessCycleEfficiency {
                value_added_time,
                non_value_added_time: lead_time - value_added_time,
                lead_time,
                efficiency: representable(value_added_time / lead_time, true)?,
                activities: Vec::new(),
            })
        }
    }
}

fn from_activities(activities: &[LeanActivity]) -> Result<ProcessCycleEfficiency, Error> {
    list_length("activities", activities.len(), MAX_LEAN_ACTIVITIES)?;
    // Summed in order, so that the value-added sum never exceeds the running total.
    let mut ends = Vec::with_capacity(activities.len());
    let (mut lead_time, mut value_added_time, mut non_value_added_time) = (0.0, 0.0, 0.0);
    for (index, activity) in activities.iter().enumerate() {
        let in_activity = |error: Error| error.within(&format!("activities[{index}]"));
        if activity.name.is_empty() {
            let error = Error::new(ErrorCode::InvalidInput, "name", "must not be empty");
            return Err(in_activity(error));
        }
        let time = non_negative("time", activity.time).map_err(in_activity)?;
        let start = lead_time;
        lead_time = representable(lead_time + time, false)?;
        if activity.value_added {
            value_added_time += time;
        } else {
            non_value_added_time += time;
        }
        ends.push((start, lead_time));
    }
    if value_added_time <= 0.0 {
        return Err(Error::new(
            ErrorCode::NotPositive,
            "activities",
            "must include a value-added activity that takes some time",
        ));
    }
    let spans = activities
        .iter()
        .zip(ends)
        .map(|(activity, (start, end))| ActivitySpan {
            name: activity.name.clone(),
            time: activity.time,
            value_added: activity.value_added,
            start,
            end,
            share: activity.time / lead_time,
        })
        .collect();
    Ok(ProcessCycleEfficiency {
        value_added_time,
        non_value_added_time,
        lead_time,
        efficiency: representable(value_added_time / lead_time, true)?,
        activities: spans,
    })
}

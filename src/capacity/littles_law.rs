//! Little's law: the average inventory in a stable process equals its throughput times
//! its flow time, `I = R × T`.

use crate::error::{Error, ErrorCode};
use crate::validate::{non_negative, positive, representable};

/// Inputs of [`littles_law`]: exactly two of the three. Throughput and flow time share
/// one time unit (days, say): throughput in units per day, flow time in days.
///
/// # Examples
/// ```
/// use opscalc::capacity::LittlesLawInput;
/// let input = LittlesLawInput::wip_from(100.0, 4.0);
/// assert_eq!((input.wip, input.throughput, input.flow_time), (None, Some(100.0), Some(4.0)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct LittlesLawInput {
    /// `I`: average work in process (inventory), units. Field `wip`.
    pub wip: Option<f64>,
    /// `R`: average throughput (flow rate), units per time unit. Field `throughput`.
    pub throughput: Option<f64>,
    /// `T`: average flow time (time a unit spends in the process), time units. Field
    /// `flow_time`.
    pub flow_time: Option<f64>,
}

impl LittlesLawInput {
    /// To compute the work in process from a throughput and a flow time.
    pub fn wip_from(throughput: f64, flow_time: f64) -> Self {
        LittlesLawInput {
            wip: None,
            throughput: Some(throughput),
            flow_time: Some(flow_time),
        }
    }

    /// To compute the throughput from a work in process and a flow time.
    pub fn throughput_from(wip: f64, flow_time: f64) -> Self {
        LittlesLawInput {
            wip: Some(wip),
            throughput: None,
            flow_time: Some(flow_time),
        }
    }

    /// To compute the flow time from a work in process and a throughput.
    pub fn flow_time_from(wip: f64, throughput: f64) -> Self {
        LittlesLawInput {
            wip: Some(wip),
            throughput: Some(throughput),
            flow_time: None,
        }
    }
}

/// Which of the three Little's law computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LittlesLawUnknown {
    /// The work in process, `I = R × T`.
    Wip,
    /// The throughput, `R = I / T`.
    Throughput,
    /// The flow time, `T = I / R`.
    FlowTime,
}

/// All three quantities, two as given and one computed.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct LittlesLaw {
    /// `I`: average work in process, units.
    pub wip: f64,
    /// `R`: average throughput, units per time unit.
    pub throughput: f64,
    /// `T`: average flow time, in the time unit of the throughput.
    pub flow_time: f64,
    /// Which one was computed.
    pub computed: LittlesLawUnknown,
}

/// Little's law, `I = R × T`: given two of the average work in process `I` (units),
/// throughput `R` (units per time unit) and flow time `T` (time units, the same unit),
/// the third.
///
/// - `I = R × T`: `R` and `T` may be 0 (an empty process);
/// - `R = I / T`: `T` must be above 0;
/// - `T = I / R`: `R` must be above 0.
///
/// It holds for averages over a long period of any stable process (one that does not
/// grow without bound), whatever the variability. Amounts may be in units, orders,
/// customers or money, and the time unit anything, as long as throughput and flow time
/// share it.
///
/// Reference: Little (1961); Cachon & Terwiesch, *Matching Supply with Demand*, process
/// analysis chapter; Anupindi et al., *Managing Business Process Flows*, process flow
/// measures chapter.
///
/// # Errors
/// - `missing_field` (field `""`) when fewer than two are given, and
///   `conflicting_fields` (field `""`) when all three are;
/// - `not_finite` / `negative` naming a given `wip`, `throughput` or `flow_time`;
/// - `not_positive` naming `flow_time` when it is 0 and the throughput is computed, and
///   `throughput` when it is 0 and the flow time is computed;
/// - `numeric_range` when the result overflows `f64`.
///
/// # Examples
/// Hand-computed: a process that completes 100 units a day, each spending 4 days in
/// it, holds 400 units on average.
/// ```
/// use opscalc::capacity::{littles_law, LittlesLawInput, LittlesLawUnknown};
/// let result = littles_law(&LittlesLawInput::wip_from(100.0, 4.0))?;
/// assert_eq!(result.wip, 400.0);
/// assert_eq!(result.computed, LittlesLawUnknown::Wip);
/// let back = littles_law(&LittlesLawInput::flow_time_from(400.0, 100.0))?;
/// assert_eq!(back.flow_time, 4.0);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn littles_law(input: &LittlesLawInput) -> Result<LittlesLaw, Error> {
    const TWO_OF_THREE: &str =
        "give exactly two of work in process, throughput and flow time: the third is computed";
    match (input.wip, input.throughput, input.flow_time) {
        (None, Some(throughput), Some(flow_time)) => {
            let throughput = non_negative("throughput", throughput)?;
            let flow_time = non_negative("flow_time", flow_time)?;
            Ok(LittlesLaw {
                wip: representable(throughput * flow_time, false)?,
                throughput,
                flow_time,
                computed: LittlesLawUnknown::Wip,
            })
        }
        (Some(wip), None, Some(flow_time)) => {
            let wip = non_negative("wip", wip)?;
            let flow_time = positive("flow_time", flow_time)?;
            Ok(LittlesLaw {
                wip,
                throughput: representable(wip / flow_time, false)?,
                flow_time,
                computed: LittlesLawUnknown::Throughput,
            })
        }
        (Some(wip), Some(throughput), None) => {
            let wip = non_negative("wip", wip)?;
            let throughput = positive("throughput", throughput)?;
            Ok(LittlesLaw {
                wip,
                throughput,
                flow_time: representable(wip / throughput, false)?,
                computed: LittlesLawUnknown::FlowTime,
            })
        }
        (Some(_), Some(_), Some(_)) => {
            Err(Error::new(ErrorCode::ConflictingFields, "", TWO_OF_THREE))
        }
        _ => Err(Error::new(ErrorCode::MissingField, "", TWO_OF_THREE)),
    }
}

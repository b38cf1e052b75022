//! Design capacity, effective capacity and actual output: utilization, efficiency, and
//! the output to expect from a line of known effective capacity and efficiency.

use crate::error::{Error, ErrorCode};
use crate::validate::{non_negative, positive, positive_if_given, representable};

/// Inputs of [`capacity`]: three outputs of one process over one period, in the same
/// units (rolls a week, trucks a day).
///
/// # Examples
/// ```
/// use opscalc::capacity::CapacityInput;
/// // Heizer & Render's Sara James Bakery: rolls a week.
/// let input = CapacityInput::new(201_600.0, 175_000.0, 148_000.0);
/// assert_eq!(input.actual_output, 148_000.0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CapacityInput {
    /// The most the process could make in ideal conditions, units per period. Field
    /// `design_capacity`.
    pub design_capacity: f64,
    /// What it can be expected to make given its product mix, scheduling, maintenance
    /// and quality allowances, units per period; at most the design capacity. Field
    /// `effective_capacity`.
    pub effective_capacity: f64,
    /// What it did make, units per period; 0 or more, at most the design capacity (it
    /// may exceed the effective capacity). Field `actual_output`.
    pub actual_output: f64,
}

impl CapacityInput {
    /// The three outputs, in units per period.
    pub fn new(design_capacity: f64, effective_capacity: f64, actual_output: f64) -> Self {
        CapacityInput {
            design_capacity,
            effective_capacity,
            actual_output,
        }
    }
}

/// Utilization, efficiency and the shares and losses between the three outputs.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct CapacityMeasures {
    /// `actual output / design capacity`, a fraction from 0 to 1.
    pub utilization: f64,
    /// `actual output / effective capacity`, a fraction; above 1 when the process beat
    /// its effective capacity.
    pub efficiency: f64,
    /// `effective capacity / design capacity`, a fraction from 0 to 1: the share of the
    /// design capacity left after the planned allowances.
    pub effective_share: f64,
    /// `1 − utilization`: the share of the design capacity not used.
    pub capacity_cushion: f64,
    /// `design capacity − effective capacity`, units per period: the output given up to
    /// planned allowances (product mix, scheduling, maintenance, quality).
    pub planned_losses: f64,
    /// `effective capacity − actual output`, units per period: the output lost to what
    /// was not planned (breakdowns, absences, shortages); negative when the actual
    /// output beat the effective capacity.
    pub unplanned_losses: f64,
}

/// Utilization and efficiency of a process: how its actual output compares with its
/// design and its effective capacity.
///
/// With design capacity `D`, effective capacity `E` and actual output `A`, all in units
/// per period:
///
/// - utilization `= A / D`
/// - efficiency `= A / E`
/// - effective share `= E / D`, capacity cushion `= 1 − A / D`
/// - planned losses `= D − E`, unplanned losses `= E − A`
///
/// The effective capacity is the design capacity less planned allowances, so it cannot
/// exceed it. The actual output may exceed the effective capacity (an efficiency above
/// 100 %: the allowances were generous, or the crew beat the standard), but not the
/// design capacity, which is by definition the most the process can make: an output
/// above it means the figures are for different periods, or the design capacity is
/// understated. An output of 0 (a line that stood still) is allowed.
///
/// Reference: Heizer & Render, *Operations Management*, capacity planning supplement;
/// Stevenson, *Operations Management*, capacity planning chapter.
///
/// # Errors
/// - `not_finite` / `not_positive` naming `design_capacity` or `effective_capacity`;
/// - `not_finite` / `negative` naming `actual_output`;
/// - `out_of_range` naming `effective_capacity` when it exceeds the design capacity,
///   and `actual_output` when it does.
///
/// # Examples
/// Heizer & Render, *Operations Management*, capacity planning supplement, Sara James
/// Bakery: a line designed for 1,200 rolls an hour, three 8-hour shifts a day, 7 days a
/// week (201,600 rolls a week), with an effective capacity of 175,000 and an actual
/// output of 148,000 rolls a week. Published: utilization 73.4 %, efficiency 84.6 %.
/// ```
/// use opscalc::capacity::{capacity, CapacityInput};
/// let result = capacity(&CapacityInput::new(201_600.0, 175_000.0, 148_000.0))?;
/// assert_eq!(format!("{:.1}", result.utilization * 100.0), "73.4");
/// assert_eq!(format!("{:.1}", result.efficiency * 100.0), "84.6");
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn capacity(input: &CapacityInput) -> Result<CapacityMeasures, Error> {
    let design = positive("design_capacity", input.design_capacity)?;
    let effective = positive("effective_capacity", input.effective_capacity)?;
    let actual = non_negative("actual_output", input.actual_output)?;
    if effective > design {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "effective_capacity",
            "must not exceed the design capacity",
        ));
    }
    if actual > design {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "actual_output",
            "must not exceed the design capacity, the most the process can make",
        ));
    }

    let utilization = actual / design;
    Ok(CapacityMeasures {
        utilization,
        efficiency: representable(actual / effective, false)?,
        effective_share: effective / design,
        capacity_cushion: 1.0 - utilization,
        planned_losses: design - effective,
        unplanned_losses: effective - actual,
    })
}

/// Inputs of [`expected_output`].
///
/// # Examples
/// ```
/// use opscalc::capacity::ExpectedOutputInput;
/// let input = ExpectedOutputInput::new(175_000.0, 0.75).with_design_capacity(201_600.0);
/// assert_eq!(input.design_capacity, Some(201_600.0));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExpectedOutputInput {
    /// Effective capacity, units per period. Field `effective_capacity`.
    pub effective_capacity: f64,
    /// The efficiency expected, as a fraction (0.75 for 75 %); above 0, and may exceed
    /// 1. Field `efficiency`.
    pub efficiency: f64,
    /// Design capacity, units per period, to give the expected utilization; `None` to
    /// skip it. Field `design_capacity`.
    pub design_capacity: Option<f64>,
}

impl ExpectedOutputInput {
    /// An effective capacity (units per period) and an efficiency (a fraction).
    pub fn new(effective_capacity: f64, efficiency: f64) -> Self {
        ExpectedOutputInput {
            effective_capacity,
            efficiency,
            design_capacity: None,
        }
    }

    /// The same input with the design capacity, so the result has the utilization.
    #[must_use]
    pub fn with_design_capacity(self, design_capacity: f64) -> Self {
        ExpectedOutputInput {
            design_capacity: Some(design_capacity),
            ..self
        }
    }
}

/// The output to expect, and its share of the design capacity when that is given.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct ExpectedOutput {
    /// `effective capacity × efficiency`, units per period.
    pub expected_output: f64,
    /// `expected output / design capacity`, a fraction, when the design capacity is given.
    pub utilization: Option<f64>,
    /// `effective capacity / design capacity`, a fraction, when the design capacity is given.
    pub effective_share: Option<f64>,
}

/// The output to expect from a process: expected output `= E × efficiency`, with `E`
/// the effective capacity (units per period) and the efficiency a fraction. Given the
/// design capacity `D`, also the utilization `expected output / D`.
///
/// This is [`capacity`]'s efficiency read backwards: plan a new line from its effective
/// capacity and the efficiency its crew is expected to reach. The efficiency may
/// exceed 1, but not so far that the expected output passes the design capacity.
///
/// Reference: Heizer & Render, *Operations Management*, capacity planning supplement.
///
/// # Errors
/// - `not_finite` / `not_positive` naming `effective_capacity`, `efficiency` or
///   `design_capacity`;
/// - `out_of_range` naming `effective_capacity` when it exceeds the design capacity,
///   and `efficiency` when it puts the expected output above the design capacity;
/// - `numeric_range` when the product overflows `f64`.
///
/// # Examples
/// Heizer & Render, *Operations Management*, capacity planning supplement, Sara James
/// Bakery: a second line with the first line's effective capacity, 175,000 rolls a
/// week, and a new crew expected to reach 75 % efficiency. Published: 131,250 rolls.
/// ```
/// use opscalc::capacity::{expected_output, ExpectedOutputInput};
/// let result = expected_output(&ExpectedOutputInput::new(175_000.0, 0.75))?;
/// assert_eq!(result.expected_output, 131_250.0);
/// assert_eq!(result.utilization, None);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn expected_output(input: &ExpectedOutputInput) -> Result<ExpectedOutput, Error> {
    let effective = positive("effective_capacity", input.effective_capacity)?;
    let efficiency = positive("efficiency", input.efficiency)?;
    let design = positive_if_given("design_capacity", input.design_capacity)?;
    if design.is_some_and(|design| effective > design) {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "effective_capacity",
            "must not exceed the design capacity",
        ));
    }
    let expected = representable(effective * efficiency, true)?;
    if design.is_some_and(|design| expected > design) {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "efficiency",
            "puts the expected output above the design capacity, the most the process can make",
        ));
    }
    Ok(ExpectedOutput {
        expected_output: expected,
        utilization: design.map(|design| expected / design),
        effective_share: design.map(|design| effective / design),
    })
}

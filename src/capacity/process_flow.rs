//! Process flow: steps in series, each with parallel resources; each step's capacity,
//! the bottleneck, the process capacity, cycle time and flow time, and, given demand,
//! each step's implied utilization and the throughput.

use crate::error::{Error, ErrorCode};
use crate::validate::{UniqueIds, list_length, non_negative, positive, representable};

/// The most steps one process may have.
pub const MAX_PROCESS_STEPS: u32 = 100;

/// Relative slack when comparing capacities, so that two steps whose capacities are
/// equal in decimal arithmetic (2 resources at 6 minutes, 1 at 3) are both bottlenecks
/// despite binary rounding, and a demand equal to a capacity is met.
const TIE_TOLERANCE: f64 = 1e-9;

/// The unit of a process's times: unit times, cycle time and flow time. Rates are
/// always per hour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ProcessTimeUnit {
    /// Times in seconds (3,600 an hour).
    Second,
    /// Times in minutes (60 an hour). The default.
    #[default]
    Minute,
    /// Times in hours.
    Hour,
}

impl ProcessTimeUnit {
    /// How many of this unit make an hour: 3,600, 60 or 1.
    ///
    /// # Examples
    /// ```
    /// use opscalc::capacity::ProcessTimeUnit;
    /// assert_eq!(ProcessTimeUnit::Minute.per_hour(), 60.0);
    /// ```
    pub fn per_hour(self) -> f64 {
        match self {
            ProcessTimeUnit::Second => 3600.0,
            ProcessTimeUnit::Minute => 60.0,
            ProcessTimeUnit::Hour => 1.0,
        }
    }
}

/// How fast one resource of a step works: the time it takes per unit, or the units it
/// makes per hour.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum StepPace {
    /// `p`: time one resource takes per unit (activity time), in the process's time
    /// unit. Field `unit_time`.
    UnitTime(f64),
    /// Units one resource makes per hour. Field `capacity_per_hour`.
    CapacityPerHour(f64),
}

impl StepPace {
    /// The pace from the two optional fields a form or a JSON object has: exactly one.
    ///
    /// # Errors
    /// `conflicting_fields` naming `unit_time` when both are given; `missing_field`
    /// naming `unit_time` when neither is.
    ///
    /// # Examples
    /// ```
    /// use opscalc::capacity::StepPace;
    /// assert_eq!(StepPace::from_fields(Some(4.0), None), Ok(StepPace::UnitTime(4.0)));
    /// assert_eq!(StepPace::from_fields(None, Some(15.0)), Ok(StepPace::CapacityPerHour(15.0)));
    /// assert_eq!(StepPace::from_fields(None, None).unwrap_err().field(), "unit_time");
    /// ```
    pub fn from_fields(
        unit_time: Option<f64>,
        capacity_per_hour: Option<f64>,
    ) -> Result<Self, Error> {
        match (unit_time, capacity_per_hour) {
            (Some(unit_time), None) => Ok(StepPace::UnitTime(unit_time)),
            (None, Some(capacity)) => Ok(StepPace::CapacityPerHour(capacity)),
            (Some(_), Some(_)) => Err(Error::new(
                ErrorCode::ConflictingFields,
                "unit_time",
                "give either a unit time or a capacity per hour, not both",
            )),
            (None, None) => Err(Error::new(
                ErrorCode::MissingField,
                "unit_time",
                "is required (or a capacity per hour)",
            )),
        }
    }
}

/// One step of the process.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessStep {
    /// The step's name in the process: non-empty and unique. Field `id`.
    pub id: String,
    /// A longer description, for display. Field `name`.
    pub name: Option<String>,
    /// How fast one resource works.
    pub pace: StepPace,
    /// `m`: resources working in parallel at this step (machines, workers), 1 or more.
    /// Field `resources`.
    pub resources: u32,
}

impl ProcessStep {
    /// A step with one resource taking `unit_time` per unit.
    pub fn with_unit_time(id: impl Into<String>, unit_time: f64) -> Self {
        ProcessStep {
            id: id.into(),
            name: None,
            pace: StepPace::UnitTime(unit_time),
            resources: 1,
        }
    }

    /// A step with one resource making `capacity_per_hour` units an hour.
    pub fn with_capacity_per_hour(id: impl Into<String>, capacity_per_hour: f64) -> Self {
        ProcessStep {
            id: id.into(),
            name: None,
            pace: StepPace::CapacityPerHour(capacity_per_hour),
            resources: 1,
        }
    }

    /// The same step with `resources` in parallel.
    #[must_use]
    pub fn with_resources(self, resources: u32) -> Self {
        ProcessStep { resources, ..self }
    }

    /// The same step with a display name.
    #[must_use]
    pub fn with_name(self, name: impl Into<String>) -> Self {
        ProcessStep {
            name: Some(name.into()),
            ..self
        }
    }
}

/// Inputs of [`process_flow`].
///
/// # Examples
/// ```
/// use opscalc::capacity::{ProcessFlowInput, ProcessStep, ProcessTimeUnit};
/// let steps = vec![ProcessStep::with_unit_time("cut", 4.0), ProcessStep::with_unit_time("sew", 5.0)];
/// let input = ProcessFlowInput::new(steps).with_demand_rate(10.0);
/// assert_eq!(input.time_unit, ProcessTimeUnit::Minute);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessFlowInput {
    /// The steps, in the order a unit passes them; 1 to [`MAX_PROCESS_STEPS`]. Field `steps`.
    pub steps: Vec<ProcessStep>,
    /// Units demanded per hour, 0 or more; `None` to take the process as running at
    /// capacity. Field `demand_rate`.
    pub demand_rate: Option<f64>,
    /// The unit of the unit times and of the cycle and flow times in the result.
    /// Field `time_unit`.
    pub time_unit: ProcessTimeUnit,
}

impl ProcessFlowInput {
    /// A process with times in minutes, without demand.
    pub fn new(steps: Vec<ProcessStep>) -> Self {
        ProcessFlowInput {
            steps,
            demand_rate: None,
            time_unit: ProcessTimeUnit::Minute,
        }
    }

    /// The same process with a demand rate, units per hour.
    #[must_use]
    pub fn with_demand_rate(self, demand_rate: f64) -> Self {
        ProcessFlowInput {
            demand_rate: Some(demand_rate),
            ..self
        }
    }

    /// The same process with its times in another unit.
    #[must_use]
    pub fn with_time_unit(self, time_unit: ProcessTimeUnit) -> Self {
        ProcessFlowInput { time_unit, ..self }
    }
}

/// What limits the throughput, when demand is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProcessConstraint {
    /// Demand exceeds the process capacity: the bottleneck sets the throughput.
    Capacity,
    /// The process can make all that is demanded: demand sets the throughput.
    Demand,
}

/// One step's figures.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StepFlow {
    /// The step's id.
    pub id: String,
    /// The step's name, when given.
    pub name: Option<String>,
    /// `m`, as given.
    pub resources: u32,
    /// `p`: time one resource takes per unit, in the time unit (given, or
    /// `time units per hour / capacity per resource`).
    pub unit_time: f64,
    /// `m / p`, units per hour (with `p` in hours): the step's capacity.
    pub capacity_per_hour: f64,
    /// Whether the step's capacity is the process capacity (all tied steps are).
    pub is_bottleneck: bool,
    /// `throughput / capacity`: the share of the step's capacity in use, from 0 to 1.
    pub utilization: f64,
    /// `demand / capacity`, when demand is given: above 1 when the step cannot keep up.
    pub implied_utilization: Option<f64>,
    /// Whether the implied utilization is above 1 (false without demand).
    pub cannot_keep_up: bool,
}

/// The process's figures.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ProcessFlow {
    /// Each step, in input order.
    pub steps: Vec<StepFlow>,
    /// The ids of the bottleneck steps, in input order: those whose capacity is the
    /// lowest (all of them on a tie).
    pub bottlenecks: Vec<String>,
    /// The lowest step capacity, units per hour.
    pub process_capacity_per_hour: f64,
    /// `1 / process capacity`, in the time unit per unit: the time between units
    /// leaving a process that runs at capacity.
    pub cycle_time: f64,
    /// `Σ p`, in the time unit: the time one unit takes through the process if it
    /// never waits.
    pub flow_time: f64,
    /// Units demanded per hour, when given.
    pub demand_rate: Option<f64>,
    /// `min(demand, process capacity)`, units per hour (the process capacity without demand).
    pub throughput_per_hour: f64,
    /// What limits the throughput, when demand is given.
    pub constraint: Option<ProcessConstraint>,
    /// The time unit used.
    pub time_unit: ProcessTimeUnit,
    /// How many time units make an hour (60 for minutes): the factor between a rate per
    /// time unit and a rate per hour.
    pub time_units_per_hour: f64,
}

/// Capacity and flow of a process whose steps are in series, each with resources in
/// parallel.
///
/// With, for step `i`, `m_i` resources each taking `p_i` per unit (in the time unit; `k`
/// of them make an hour) and demand `d` units per hour:
///
/// - step capacity `c_i = m_i / p_i × k` units per hour (`m_i × r_i` for a capacity of
///   `r_i` per resource per hour);
/// - process capacity `c = min c_i`, set by the bottleneck(s);
/// - cycle time `= k / c` time units per unit; flow time `= Σ p_i` (no waiting);
/// - throughput `R = min(d, c)` (`c` without demand);
/// - utilization of step `i` `= R / c_i`; implied utilization `= d / c_i`, above 1 at a
///   step that cannot keep up with demand.
///
/// Capacities within 10⁻⁹ (relative) of the lowest are bottlenecks too, and an implied
/// utilization must pass 1 by more than 10⁻⁹ to flag its step, so that binary rounding
/// neither hides a tie nor flags a step whose capacity equals demand.
///
/// Reference: Cachon & Terwiesch, *Matching Supply with Demand*, process analysis
/// chapter; Anupindi et al., *Managing Business Process Flows*, flow rate and capacity
/// chapter.
///
/// # Errors
/// - `out_of_range` naming `steps` when it is empty; `too_large` naming `steps` with
///   more than [`MAX_PROCESS_STEPS`];
/// - `invalid_input` naming `steps[i].id` when it is empty or repeats an earlier id;
/// - `not_finite` / `not_positive` naming `steps[i].unit_time` or
///   `steps[i].capacity_per_hour`; `not_positive` naming `steps[i].resources` for 0;
/// - `not_finite` / `negative` naming `demand_rate`;
/// - `numeric_range` when the flow time or the cycle time overflows `f64`, or, naming
///   `steps[i]`, when the step's unit time, capacity or implied utilization does.
///
/// # Examples
/// Hand-computed, after Cachon & Terwiesch's process analysis chapter: three steps of 4
/// minutes (1 worker), 5 minutes (2 workers) and 3 minutes (1 worker) have capacities of
/// 15, 24 and 20 units an hour. The first is the bottleneck: the process makes 15 an
/// hour, one every 4 minutes, and a unit takes 12 minutes through it.
/// ```
/// use opscalc::capacity::{process_flow, ProcessFlowInput, ProcessStep};
/// let steps = vec![
///     ProcessStep::with_unit_time("cut", 4.0),
///     ProcessStep::with_unit_time("sew", 5.0).with_resources(2),
///     ProcessStep::with_unit_time("pack", 3.0),
/// ];
/// let result = process_flow(&ProcessFlowInput::new(steps).with_demand_rate(12.0))?;
/// assert_eq!(result.process_capacity_per_hour, 15.0);
/// assert_eq!(result.bottlenecks, ["cut"]);
/// assert_eq!((result.cycle_time, result.flow_time), (4.0, 12.0));
/// assert_eq!(result.throughput_per_hour, 12.0);
/// assert_eq!(result.steps[1].implied_utilization, Some(0.5));
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn process_flow(input: &ProcessFlowInput) -> Result<ProcessFlow, Error> {
    let time_units_per_hour = input.time_unit.per_hour();
    let paces = validate_steps(&input.steps, time_units_per_hour)?;
    let demand_rate = input
        .demand_rate
        .map(|demand| non_negative("demand_rate", demand))
        .transpose()?;

    let process_capacity_per_hour = paces
        .iter()
        .map(|pace| pace.capacity_per_hour)
        .fold(f64::INFINITY, f64::min);
    let throughput_per_hour = demand_rate.map_or(process_capacity_per_hour, |demand| {
        demand.min(process_capacity_per_hour)
    });
    let is_bottleneck =
        |capacity: f64| capacity <= process_capacity_per_hour * (1.0 + TIE_TOLERANCE);

    let steps: Vec<StepFlow> = input
        .steps
        .iter()
        .zip(&paces)
        .enumerate()
        .map(|(index, (step, pace))| {
            // A huge demand on a slow step can overflow the ratio (the utilization cannot:
            // the throughput is at most the step's capacity).
            let implied_utilization = demand_rate
                .map(|demand| representable(demand / pace.capacity_per_hour, false))
                .transpose()
                .map_err(|error| error.within(&format!("steps[{index}]")))?;
            Ok(StepFlow {
                id: step.id.clone(),
                name: step.name.clone(),
                resources: step.resources,
                unit_time: pace.unit_time,
                capacity_per_hour: pace.capacity_per_hour,
                is_bottleneck: is_bottleneck(pace.capacity_per_hour),
                utilization: throughput_per_hour / pace.capacity_per_hour,
                implied_utilization,
                cannot_keep_up: implied_utilization
                    .is_some_and(|utilization| utilization > 1.0 + TIE_TOLERANCE),
            })
        })
        .collect::<Result<_, Error>>()?;
    let bottlenecks = steps
        .iter()
        .filter(|step| step.is_bottleneck)
        .map(|step| step.id.clone())
        .collect();
    let flow_time = representable(paces.iter().map(|pace| pace.unit_time).sum(), true)?;

    Ok(ProcessFlow {
        steps,
        bottlenecks,
        process_capacity_per_hour,
        cycle_time: representable(time_units_per_hour / process_capacity_per_hour, true)?,
        flow_time,
        demand_rate,
        throughput_per_hour,
        constraint: demand_rate.map(|demand| {
            if demand > process_capacity_per_hour * (1.0 + TIE_TOLERANCE) {
                ProcessConstraint::Capacity
            } else {
                ProcessConstraint::Demand
            }
        }),
        time_unit: input.time_unit,
        time_units_per_hour,
    })
}

/// A step's unit time (in the time unit) and capacity (units per hour).
struct Pace {
    unit_time: f64,
    capacity_per_hour: f64,
}

/// Checks the list and each step in field order, and works out each step's pace.
fn validate_steps(steps: &[ProcessStep], time_units_per_hour: f64) -> Result<Vec<Pace>, Error> {
    list_length("steps", steps.len(), MAX_PROCESS_STEPS)?;
    let mut ids = UniqueIds::new("steps");
    let mut paces = Vec::with_capacity(steps.len());
    for (index, step) in steps.iter().enumerate() {
        let in_step = |error: Error| error.within(&format!("steps[{index}]"));
        ids.check(index, &step.id).map_err(in_step)?;
        paces.push(pace(step, time_units_per_hour).map_err(in_step)?);
    }
    Ok(paces)
}

fn pace(step: &ProcessStep, time_units_per_hour: f64) -> Result<Pace, Error> {
    let per_resource = match step.pace {
        StepPace::UnitTime(unit_time) => {
            let unit_time = positive("unit_time", unit_time)?;
            (
                unit_time,
                representable(time_units_per_hour / unit_time, true)?,
            )
        }
        StepPace::CapacityPerHour(capacity) => {
            let capacity = positive("capacity_per_hour", capacity)?;
            (
                representable(time_units_per_hour / capacity, true)?,
                capacity,
            )
        }
    };
    if step.resources == 0 {
        return Err(Error::new(
            ErrorCode::NotPositive,
            "resources",
            "must be at least 1",
        ));
    }
    let (unit_time, capacity_per_resource) = per_resource;
    Ok(Pace {
        unit_time,
        capacity_per_hour: representable(capacity_per_resource * f64::from(step.resources), true)?,
    })
}

//! JS mirror of the process flow analysis (capacity, bottleneck, cycle and flow time).
//! No formulas: it converts the options to the core input, calls the core, and
//! converts the result.

use crate::Error;
use crate::capacity::{self, ProcessFlowInput, ProcessStep, StepPace};
use crate::wasm::boundary::call;
use crate::wasm::choice::js_choice;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// The unit of a process's times (unit times, cycle time, flow time): `"second"`,
/// `"minute"` (the default) or `"hour"`. Rates are always per hour.
#[derive(Clone, Copy, Tsify)]
#[serde(rename_all = "camelCase")]
pub enum ProcessTimeUnit {
    /// Times in seconds.
    Second,
    /// Times in minutes.
    Minute,
    /// Times in hours.
    Hour,
}

js_choice!(ProcessTimeUnit { Second = "second", Minute = "minute", Hour = "hour" });

impl From<ProcessTimeUnit> for capacity::ProcessTimeUnit {
    fn from(unit: ProcessTimeUnit) -> Self {
        match unit {
            ProcessTimeUnit::Second => capacity::ProcessTimeUnit::Second,
            ProcessTimeUnit::Minute => capacity::ProcessTimeUnit::Minute,
            ProcessTimeUnit::Hour => capacity::ProcessTimeUnit::Hour,
        }
    }
}

impl From<capacity::ProcessTimeUnit> for ProcessTimeUnit {
    fn from(unit: capacity::ProcessTimeUnit) -> Self {
        match unit {
            capacity::ProcessTimeUnit::Second => ProcessTimeUnit::Second,
            capacity::ProcessTimeUnit::Minute => ProcessTimeUnit::Minute,
            capacity::ProcessTimeUnit::Hour => ProcessTimeUnit::Hour,
        }
    }
}

/// One step of the process. Give exactly one of `unitTime` and `capacityPerHour`.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ProcessStepOptions {
    /// The step's name in the process: a non-empty string, unique in the list.
    pub id: String,
    /// A longer description, for display.
    #[tsify(optional)]
    pub name: Option<String>,
    /// p: time one resource takes per unit (activity time), in `timeUnit`.
    #[tsify(optional)]
    pub unit_time: Option<f64>,
    /// Units one resource makes per hour.
    #[tsify(optional)]
    pub capacity_per_hour: Option<f64>,
    /// m: resources working in parallel at this step (machines, workers): a whole
    /// number, 1 or more (default 1).
    #[tsify(optional)]
    pub resources: Option<u32>,
}

from_js!(ProcessStepOptions {
    id,
    name,
    unit_time,
    capacity_per_hour,
    resources
});

/// Options of {@link processFlow}: steps in series, each with resources in parallel.
/// Times are in `timeUnit` (minutes by default); rates are per hour.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ProcessFlowOptions {
    /// The steps, in the order a unit passes them; 1 to 100 of them.
    pub steps: Vec<ProcessStepOptions>,
    /// Units demanded per hour, 0 or more; without it the process is taken as running at capacity.
    #[tsify(optional)]
    pub demand_rate: Option<f64>,
    /// The unit of `unitTime` and of the cycle and flow times: `"minute"` by default.
    #[tsify(optional)]
    pub time_unit: Option<ProcessTimeUnit>,
}

from_js!(ProcessFlowOptions {
    steps,
    demand_rate,
    time_unit
});

impl TryFrom<ProcessFlowOptions> for ProcessFlowInput {
    type Error = Error;

    fn try_from(options: ProcessFlowOptions) -> Result<Self, Error> {
        let steps = options
            .steps
            .into_iter()
            .enumerate()
            .map(|(index, step)| {
                let pace = StepPace::from_fields(step.unit_time, step.capacity_per_hour)
                    .map_err(|error| error.within(&format!("steps[{index}]")))?;
                Ok(ProcessStep {
                    id: step.id,
                    name: step.name,
                    pace,
                    resources: step.resources.unwrap_or(1),
                })
            })
            .collect::<Result<_, Error>>()?;
        Ok(ProcessFlowInput {
            steps,
            demand_rate: options.demand_rate,
            time_unit: options.time_unit.map(Into::into).unwrap_or_default(),
        })
    }
}

/// What limits the throughput: `"capacity"` (demand exceeds the process capacity) or
/// `"demand"` (the process can make all that is demanded).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub enum ProcessConstraint {
    /// The bottleneck sets the throughput.
    Capacity,
    /// Demand sets the throughput.
    Demand,
}

js_choice!(ProcessConstraint { Capacity = "capacity", Demand = "demand" });

impl From<capacity::ProcessConstraint> for ProcessConstraint {
    fn from(constraint: capacity::ProcessConstraint) -> Self {
        match constraint {
            capacity::ProcessConstraint::Capacity => ProcessConstraint::Capacity,
            capacity::ProcessConstraint::Demand => ProcessConstraint::Demand,
        }
    }
}

/// One step's figures.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct StepFlowResult {
    /// The step's id.
    pub id: String,
    /// The step's name, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub name: Option<String>,
    /// m, as given (1 by default).
    pub resources: u32,
    /// p: time one resource takes per unit, in `timeUnit` (given, or timeUnitsPerHour / capacity per resource).
    pub unit_time: f64,
    /// m / p, units per hour (p in hours): the step's capacity.
    pub capacity_per_hour: f64,
    /// Whether the step's capacity is the process capacity (all tied steps are).
    pub is_bottleneck: bool,
    /// throughputPerHour / capacityPerHour: the share of the step's capacity in use, from 0 to 1.
    pub utilization: f64,
    /// demandRate / capacityPerHour (when `demandRate` is given): above 1 when the step cannot keep up.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub implied_utilization: Option<f64>,
    /// Whether the implied utilization is above 1 (false without demand).
    pub cannot_keep_up: bool,
}

to_js!(StepFlowResult {
    id,
    name,
    resources,
    unit_time,
    capacity_per_hour,
    is_bottleneck,
    utilization,
    implied_utilization,
    cannot_keep_up
});

/// Result of {@link processFlow}. Rates are per hour; times are in `timeUnit`.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ProcessFlowResult {
    /// Each step, in the order of `steps`.
    pub steps: Vec<StepFlowResult>,
    /// The ids of the bottleneck steps (lowest capacity; all of them on a tie), in order.
    pub bottlenecks: Vec<String>,
    /// The lowest step capacity, units per hour.
    pub process_capacity_per_hour: f64,
    /// timeUnitsPerHour / process capacity: time between units when the process runs at capacity, in `timeUnit`.
    pub cycle_time: f64,
    /// Σ unit times: the time one unit takes through the process without waiting, in `timeUnit`.
    pub flow_time: f64,
    /// Units demanded per hour (when given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub demand_rate: Option<f64>,
    /// min(demand, process capacity), units per hour (the process capacity without demand).
    pub throughput_per_hour: f64,
    /// What limits the throughput (when `demandRate` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub constraint: Option<ProcessConstraint>,
    /// The time unit used.
    pub time_unit: ProcessTimeUnit,
    /// How many time units make an hour (60 for minutes).
    pub time_units_per_hour: f64,
}

to_js!(ProcessFlowResult {
    steps,
    bottlenecks,
    process_capacity_per_hour,
    cycle_time,
    flow_time,
    demand_rate,
    throughput_per_hour,
    constraint,
    time_unit,
    time_units_per_hour
});

impl From<capacity::ProcessFlow> for ProcessFlowResult {
    fn from(flow: capacity::ProcessFlow) -> Self {
        ProcessFlowResult {
            steps: flow
                .steps
                .into_iter()
                .map(|step| StepFlowResult {
                    id: step.id,
                    name: step.name,
                    resources: step.resources,
                    unit_time: step.unit_time,
                    capacity_per_hour: step.capacity_per_hour,
                    is_bottleneck: step.is_bottleneck,
                    utilization: step.utilization,
                    implied_utilization: step.implied_utilization,
                    cannot_keep_up: step.cannot_keep_up,
                })
                .collect(),
            bottlenecks: flow.bottlenecks,
            process_capacity_per_hour: flow.process_capacity_per_hour,
            cycle_time: flow.cycle_time,
            flow_time: flow.flow_time,
            demand_rate: flow.demand_rate,
            throughput_per_hour: flow.throughput_per_hour,
            constraint: flow.constraint.map(Into::into),
            time_unit: flow.time_unit.into(),
            time_units_per_hour: flow.time_units_per_hour,
        }
    }
}

/// Capacity and flow of a process whose steps are in series, each with resources in
/// parallel: each step's capacity (resources / unit time), the bottleneck(s), the
/// process capacity, cycle time and flow time, and, given demand, each step's implied
/// utilization and the throughput.
///
/// Throws an {@link OpscalcError} naming the field for invalid options
/// (`steps[2].unitTime` when a step has neither a unit time nor a capacity).
#[wasm_bindgen(js_name = processFlow, unchecked_return_type = "ProcessFlowResult")]
pub fn process_flow(
    #[wasm_bindgen(unchecked_param_type = "ProcessFlowOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: ProcessFlowOptions| {
        let input = ProcessFlowInput::try_from(options)?;
        capacity::process_flow(&input).map(ProcessFlowResult::from)
    })
}

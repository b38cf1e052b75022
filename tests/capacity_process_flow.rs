//! Process flow against hand-computed examples in the textbooks' manner, the time
//! units, ties, demand, and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{TEXTBOOK, error_at, failure};
use opscalc::ErrorCode;
use opscalc::capacity::{
    MAX_PROCESS_STEPS, ProcessConstraint, ProcessFlow, ProcessFlowInput, ProcessStep,
    ProcessTimeUnit, StepPace, process_flow,
};

/// Three steps in minutes: cut (4 min, 1 worker), sew (5 min, 2 workers), pack (3 min,
/// 1 worker).
fn workshop() -> Vec<ProcessStep> {
    vec![
        ProcessStep::with_unit_time("cut", 4.0),
        ProcessStep::with_unit_time("sew", 5.0)
            .with_resources(2)
            .with_name("Sewing"),
        ProcessStep::with_unit_time("pack", 3.0),
    ]
}

/// A bakery line given by each machine's output per hour: mix 60 (2 mixers), proof 25
/// (4 proofers), bake 30 (`ovens` ovens), pack 100 (1 packer).
fn bakery(ovens: u32) -> Vec<ProcessStep> {
    vec![
        ProcessStep::with_capacity_per_hour("mix", 60.0).with_resources(2),
        ProcessStep::with_capacity_per_hour("proof", 25.0).with_resources(4),
        ProcessStep::with_capacity_per_hour("bake", 30.0).with_resources(ovens),
        ProcessStep::with_capacity_per_hour("pack", 100.0),
    ]
}

fn column(result: &ProcessFlow, value: fn(&opscalc::capacity::StepFlow) -> f64) -> Vec<f64> {
    result.steps.iter().map(value).collect()
}

/// Hand-computed, after Cachon & Terwiesch, *Matching Supply with Demand*, process
/// analysis chapter (capacity = number of resources / activity time): capacities 1/4,
/// 2/5 and 1/3 unit a minute, that is 15, 24 and 20 units an hour. Cut is the
/// bottleneck: the process makes 15 an hour, one every 60 / 15 = 4 minutes, and a unit
/// needs 4 + 5 + 3 = 12 minutes of work. Running at capacity (no demand given), the
/// steps are 100 %, 62.5 % and 75 % busy.
#[test]
fn workshop_at_capacity() {
    let result = process_flow(&ProcessFlowInput::new(workshop())).unwrap();
    assert_eq!(
        column(&result, |step| step.capacity_per_hour),
        [15.0, 24.0, 20.0]
    );
    assert_eq!(column(&result, |step| step.unit_time), [4.0, 5.0, 3.0]);
    assert_eq!(result.bottlenecks, ["cut"]);
    let flags: Vec<bool> = result.steps.iter().map(|step| step.is_bottleneck).collect();
    assert_eq!(flags, [true, false, false]);
    assert_eq!(result.process_capacity_per_hour, 15.0);
    assert_eq!(result.cycle_time, 4.0);
    assert_eq!(result.flow_time, 12.0);
    assert_eq!(result.throughput_per_hour, 15.0);
    assert_eq!(column(&result, |step| step.utilization), [1.0, 0.625, 0.75]);
    assert_eq!(result.demand_rate, None);
    assert_eq!(result.constraint, None);
    assert!(
        result
            .steps
            .iter()
            .all(|step| step.implied_utilization.is_none())
    );
    assert!(result.steps.iter().all(|step| !step.cannot_keep_up));
    assert_eq!(result.time_unit, ProcessTimeUnit::Minute);
    assert_eq!(result.time_units_per_hour, 60.0);
    assert_eq!(result.steps[1].id, "sew");
    assert_eq!(result.steps[1].name.as_deref(), Some("Sewing"));
    assert_eq!(result.steps[1].resources, 2);
    assert_eq!(result.steps[0].name, None);
}

/// Hand-computed, after Cachon & Terwiesch's process analysis chapter: with demand of
/// 12 an hour the process is demand-constrained: it makes 12 an hour, and the implied
/// utilizations 12/15, 12/24 and 12/20 are its utilizations. With 18 an hour it is
/// capacity-constrained: it makes 15 an hour, cut's implied utilization is 18/15 =
/// 120 % (it cannot keep up), sew's 75 % and pack's 90 %.
#[test]
fn workshop_with_demand() {
    let result = process_flow(&ProcessFlowInput::new(workshop()).with_demand_rate(12.0)).unwrap();
    assert_eq!(result.demand_rate, Some(12.0));
    assert_eq!(result.throughput_per_hour, 12.0);
    assert_eq!(result.constraint, Some(ProcessConstraint::Demand));
    let implied: Vec<f64> = result
        .steps
        .iter()
        .map(|s| s.implied_utilization.unwrap())
        .collect();
    assert_eq!(implied, [0.8, 0.5, 0.6]);
    assert_eq!(column(&result, |step| step.utilization), [0.8, 0.5, 0.6]);
    assert!(result.steps.iter().all(|step| !step.cannot_keep_up));
    assert_eq!(result.cycle_time, 4.0, "the cycle time is at capacity");

    let result = process_flow(&ProcessFlowInput::new(workshop()).with_demand_rate(18.0)).unwrap();
    assert_eq!(result.throughput_per_hour, 15.0);
    assert_eq!(result.constraint, Some(ProcessConstraint::Capacity));
    let implied: Vec<f64> = result
        .steps
        .iter()
        .map(|s| s.implied_utilization.unwrap())
        .collect();
    assert_eq!(implied, [1.2, 0.75, 0.9]);
    assert_eq!(column(&result, |step| step.utilization), [1.0, 0.625, 0.75]);
    let behind: Vec<bool> = result
        .steps
        .iter()
        .map(|step| step.cannot_keep_up)
        .collect();
    assert_eq!(behind, [true, false, false]);
}

/// Demand exactly at the process capacity is met: no step is flagged, and demand is the
/// constraint. No demand at all leaves every step idle.
#[test]
fn demand_at_capacity_or_zero() {
    let result = process_flow(&ProcessFlowInput::new(workshop()).with_demand_rate(15.0)).unwrap();
    assert_eq!(result.steps[0].implied_utilization, Some(1.0));
    assert!(!result.steps[0].cannot_keep_up);
    assert_eq!(result.constraint, Some(ProcessConstraint::Demand));

    let result = process_flow(&ProcessFlowInput::new(workshop()).with_demand_rate(-0.0)).unwrap();
    assert_eq!(result.throughput_per_hour, 0.0);
    assert!(result.throughput_per_hour.is_sign_positive());
    assert_eq!(column(&result, |step| step.utilization), [0.0, 0.0, 0.0]);
    assert_eq!(result.constraint, Some(ProcessConstraint::Demand));
}

/// Hand-computed, after Cachon & Terwiesch's process analysis chapter, with each
/// machine's output given per hour: mix 2 × 60 = 120, proof 4 × 25 = 100, bake 3 × 30 =
/// 90, pack 100 kg an hour. Baking is the bottleneck (90 an hour, a cycle time of 60 /
/// 90 = 0.667 minute); a kilogram takes 1 + 2.4 + 2 + 0.6 = 6 minutes of work. A
/// fourth oven lifts baking to 120, and proofing and packing, tied at 100, become the
/// bottlenecks.
#[test]
fn bakery_given_by_capacity_per_hour() {
    let result = process_flow(&ProcessFlowInput::new(bakery(3))).unwrap();
    assert_eq!(
        column(&result, |step| step.capacity_per_hour),
        [120.0, 100.0, 90.0, 100.0]
    );
    assert_eq!(column(&result, |step| step.unit_time), [1.0, 2.4, 2.0, 0.6]);
    assert_eq!(result.bottlenecks, ["bake"]);
    assert_eq!(result.process_capacity_per_hour, 90.0);
    assert_relative_eq!(result.cycle_time, 2.0 / 3.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.flow_time, 6.0, max_relative = TEXTBOOK);

    let result = process_flow(&ProcessFlowInput::new(bakery(4))).unwrap();
    assert_eq!(result.bottlenecks, ["proof", "pack"]);
    assert_eq!(result.process_capacity_per_hour, 100.0);
    assert_relative_eq!(result.cycle_time, 0.6, max_relative = TEXTBOOK);
    assert_eq!(
        column(&result, |step| step.utilization),
        [100.0 / 120.0, 1.0, 100.0 / 120.0, 1.0]
    );
}

/// The same process in seconds, minutes or hours: the same rates, times in the unit.
#[test]
fn time_units_scale_the_times_not_the_rates() {
    let in_hours = vec![
        ProcessStep::with_unit_time("a", 0.25),
        ProcessStep::with_unit_time("b", 0.5).with_resources(3),
    ];
    let result =
        process_flow(&ProcessFlowInput::new(in_hours).with_time_unit(ProcessTimeUnit::Hour))
            .unwrap();
    assert_eq!(column(&result, |step| step.capacity_per_hour), [4.0, 6.0]);
    assert_eq!((result.cycle_time, result.flow_time), (0.25, 0.75));
    assert_eq!(result.time_units_per_hour, 1.0);

    let in_seconds = vec![
        ProcessStep::with_unit_time("a", 900.0),
        ProcessStep::with_unit_time("b", 1800.0).with_resources(3),
    ];
    let result =
        process_flow(&ProcessFlowInput::new(in_seconds).with_time_unit(ProcessTimeUnit::Second))
            .unwrap();
    assert_eq!(column(&result, |step| step.capacity_per_hour), [4.0, 6.0]);
    assert_eq!((result.cycle_time, result.flow_time), (900.0, 2700.0));
    assert_eq!(
        (result.time_unit, result.time_units_per_hour),
        (ProcessTimeUnit::Second, 3600.0)
    );

    let by_rate = vec![ProcessStep::with_capacity_per_hour("a", 4.0)];
    let result =
        process_flow(&ProcessFlowInput::new(by_rate).with_time_unit(ProcessTimeUnit::Second))
            .unwrap();
    assert_eq!(result.steps[0].unit_time, 900.0);
}

/// Capacities equal in decimal arithmetic are tied although binary rounding makes them
/// differ in the last bit: 3 resources at 2.1 minutes and 1 at 0.7 minute both make
/// 85.714… an hour, and a demand of 600 / 7, or of the larger of the two, flags neither.
#[test]
fn near_equal_capacities_tie() {
    let steps = vec![
        ProcessStep::with_unit_time("three", 2.1).with_resources(3),
        ProcessStep::with_unit_time("one", 0.7),
    ];
    let result = process_flow(&ProcessFlowInput::new(steps).with_demand_rate(600.0 / 7.0)).unwrap();
    let [three, one] = [&result.steps[0], &result.steps[1]];
    assert_ne!(
        three.capacity_per_hour, one.capacity_per_hour,
        "the rounding differs"
    );
    assert_relative_eq!(
        three.capacity_per_hour,
        one.capacity_per_hour,
        max_relative = TEXTBOOK
    );
    assert_eq!(result.bottlenecks, ["three", "one"]);
    assert!(result.steps.iter().all(|step| !step.cannot_keep_up));
    assert_eq!(result.constraint, Some(ProcessConstraint::Demand));

    // Demand at the larger of the two: the smaller is a hair short, but not flagged.
    let larger = three.capacity_per_hour.max(one.capacity_per_hour);
    let steps = vec![
        ProcessStep::with_unit_time("three", 2.1).with_resources(3),
        ProcessStep::with_unit_time("one", 0.7),
    ];
    let result = process_flow(&ProcessFlowInput::new(steps).with_demand_rate(larger)).unwrap();
    assert!(
        result
            .steps
            .iter()
            .any(|step| step.implied_utilization.unwrap() > 1.0)
    );
    assert!(result.steps.iter().all(|step| !step.cannot_keep_up));
    assert_eq!(result.constraint, Some(ProcessConstraint::Demand));
}

fn error_of(steps: Vec<ProcessStep>) -> (ErrorCode, String) {
    failure(process_flow(&ProcessFlowInput::new(steps)))
}

#[test]
fn the_list_must_have_one_to_max_steps() {
    assert_eq!(
        error_of(Vec::new()),
        error_at(ErrorCode::OutOfRange, "steps")
    );
    let many = (0..=MAX_PROCESS_STEPS)
        .map(|index| ProcessStep::with_unit_time(format!("s{index}"), 1.0))
        .collect();
    let error = process_flow(&ProcessFlowInput::new(many)).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::TooLarge, "steps")
    );
    assert_eq!(error.message(), "must have at most 100 entries");
    let most = (0..MAX_PROCESS_STEPS)
        .map(|index| ProcessStep::with_unit_time(format!("s{index}"), 1.0))
        .collect();
    assert_eq!(
        process_flow(&ProcessFlowInput::new(most))
            .unwrap()
            .bottlenecks
            .len(),
        100
    );
}

#[test]
fn ids_must_be_present_and_unique() {
    let mut steps = workshop();
    steps[2].id = String::new();
    assert_eq!(
        error_of(steps),
        error_at(ErrorCode::InvalidInput, "steps[2].id")
    );
    let mut steps = workshop();
    steps[2].id = "cut".into();
    let error = process_flow(&ProcessFlowInput::new(steps)).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::DuplicateId, "steps[2].id")
    );
    assert_eq!(error.message(), "repeats the id of steps[0]");
}

#[test]
fn paces_and_resources_must_be_valid() {
    let cases = [
        (StepPace::UnitTime(0.0), "unit_time", ErrorCode::NotPositive),
        (
            StepPace::UnitTime(-4.0),
            "unit_time",
            ErrorCode::NotPositive,
        ),
        (
            StepPace::UnitTime(f64::NAN),
            "unit_time",
            ErrorCode::NotFinite,
        ),
        (
            StepPace::CapacityPerHour(0.0),
            "capacity_per_hour",
            ErrorCode::NotPositive,
        ),
        (
            StepPace::CapacityPerHour(f64::INFINITY),
            "capacity_per_hour",
            ErrorCode::NotFinite,
        ),
    ];
    for (pace, field, code) in cases {
        let mut steps = workshop();
        steps[1].pace = pace;
        assert_eq!(
            error_of(steps),
            error_at(code, &format!("steps[1].{field}")),
            "{pace:?}"
        );
    }
    let mut steps = workshop();
    steps[1].resources = 0;
    let error = process_flow(&ProcessFlowInput::new(steps)).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::NotPositive, "steps[1].resources")
    );
    assert_eq!(error.message(), "must be at least 1");
}

#[test]
fn a_step_needs_exactly_one_of_unit_time_and_capacity() {
    let error = StepPace::from_fields(Some(4.0), Some(15.0)).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::ConflictingFields, "unit_time")
    );
    let error = StepPace::from_fields(None, None).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::MissingField, "unit_time")
    );
    assert_eq!(error.within("steps[2]").field(), "steps[2].unit_time");
}

#[test]
fn demand_must_be_finite_and_not_negative() {
    let with = |demand| {
        failure(process_flow(
            &ProcessFlowInput::new(workshop()).with_demand_rate(demand),
        ))
    };
    assert_eq!(with(-1.0), error_at(ErrorCode::Negative, "demand_rate"));
    assert_eq!(
        with(f64::NAN),
        error_at(ErrorCode::NotFinite, "demand_rate")
    );
}

#[test]
fn extreme_magnitudes_are_a_numeric_range_error() {
    let tiny = vec![ProcessStep::with_unit_time("a", 1e-310)];
    assert_eq!(
        error_of(tiny),
        error_at(ErrorCode::NumericRange, "steps[0]")
    );
    let huge = vec![ProcessStep::with_capacity_per_hour("a", f64::MAX).with_resources(2)];
    assert_eq!(
        error_of(huge),
        error_at(ErrorCode::NumericRange, "steps[0]")
    );
    let long = vec![
        ProcessStep::with_unit_time("a", f64::MAX),
        ProcessStep::with_unit_time("b", f64::MAX),
    ];
    assert_eq!(error_of(long), error_at(ErrorCode::NumericRange, ""));
}

/// Found by fuzzing the JS API: 1e300 units an hour demanded of a step that makes one
/// every 1e300 minutes gave an `implied_utilization` of Infinity.
#[test]
fn an_implied_utilization_beyond_f64_is_a_numeric_range_error_naming_the_step() {
    let steps = vec![
        ProcessStep::with_unit_time("sew", 1.0),
        ProcessStep::with_unit_time("cut", 1e300),
    ];
    let input = ProcessFlowInput::new(steps).with_demand_rate(1e300);
    assert_eq!(
        failure(process_flow(&input)),
        error_at(ErrorCode::NumericRange, "steps[1]")
    );
}

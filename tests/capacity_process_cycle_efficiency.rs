//! Process cycle efficiency from activities and from totals, the timeline, and every
//! error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{TEXTBOOK, error_at, failure};
use opscalc::ErrorCode;
use opscalc::capacity::{
    LeanActivity, MAX_LEAN_ACTIVITIES, ProcessCycleEfficiencyInput, process_cycle_efficiency,
};

/// An order's path through a plant over 5 days (7,200 minutes), 15 of them value-added.
fn five_day_order() -> Vec<LeanActivity> {
    vec![
        LeanActivity::new("Wait in the order queue", 1440.0, false),
        LeanActivity::new("Enter the order", 5.0, true),
        LeanActivity::new("Wait for a credit check", 2880.0, false),
        LeanActivity::new("Machine the part", 8.0, true),
        LeanActivity::new("Wait to be shipped", 2865.0, false),
        LeanActivity::new("Pack", 2.0, true),
    ]
}

fn activities(list: Vec<LeanActivity>) -> ProcessCycleEfficiencyInput {
    ProcessCycleEfficiencyInput::Activities(list)
}

/// Hand-computed, after George, *Lean Six Sigma* (PCE = value-added time / total lead
/// time; a process is lean above 25 %): 15 minutes of value-added work (5 + 8 + 2) in a
/// 5-day lead time of 7,200 minutes: PCE = 15 / 7,200 = 1 / 480 = 0.208 %.
#[test]
fn fifteen_minutes_of_value_in_five_days() {
    let result = process_cycle_efficiency(&activities(five_day_order())).unwrap();
    assert_eq!(result.value_added_time, 15.0);
    assert_eq!(result.non_value_added_time, 7185.0);
    assert_eq!(result.lead_time, 7200.0);
    assert_relative_eq!(result.efficiency, 1.0 / 480.0, max_relative = TEXTBOOK);
    assert_eq!(format!("{:.3}", result.efficiency * 100.0), "0.208");

    let starts: Vec<f64> = result.activities.iter().map(|a| a.start).collect();
    let ends: Vec<f64> = result.activities.iter().map(|a| a.end).collect();
    assert_eq!(starts, [0.0, 1440.0, 1445.0, 4325.0, 4333.0, 7198.0]);
    assert_eq!(ends, [1440.0, 1445.0, 4325.0, 4333.0, 7198.0, 7200.0]);
    assert_eq!(result.activities[3].name, "Machine the part");
    assert!(result.activities[3].value_added);
    assert_eq!(result.activities[3].time, 8.0);
    assert_relative_eq!(result.activities[0].share, 0.2, max_relative = TEXTBOOK);
}

/// The same process from its totals alone.
#[test]
fn the_same_from_totals() {
    let result = process_cycle_efficiency(&ProcessCycleEfficiencyInput::Totals {
        value_added_time: 15.0,
        lead_time: 7200.0,
    })
    .unwrap();
    assert_eq!(result.non_value_added_time, 7185.0);
    assert_relative_eq!(result.efficiency, 1.0 / 480.0, max_relative = TEXTBOOK);
    assert!(result.activities.is_empty());
}

#[test]
fn a_process_that_is_all_value_added_is_100_percent_efficient() {
    let result = process_cycle_efficiency(&activities(vec![
        LeanActivity::new("Cut", 3.0, true),
        LeanActivity::new("Weld", 4.0, true),
    ]))
    .unwrap();
    assert_eq!(result.efficiency, 1.0);
    assert_eq!(result.non_value_added_time, 0.0);
    let totals = process_cycle_efficiency(&ProcessCycleEfficiencyInput::Totals {
        value_added_time: 7.0,
        lead_time: 7.0,
    })
    .unwrap();
    assert_eq!(totals.efficiency, 1.0);
}

#[test]
fn zero_time_activities_are_allowed_and_placed_on_the_timeline() {
    let result = process_cycle_efficiency(&activities(vec![
        LeanActivity::new("Instant check", 0.0, false),
        LeanActivity::new("Cut", 3.0, true),
    ]))
    .unwrap();
    assert_eq!(
        (result.activities[0].start, result.activities[0].end),
        (0.0, 0.0)
    );
    assert_eq!(result.activities[0].share, 0.0);
}

#[test]
fn the_activity_list_has_one_to_the_maximum_entries() {
    assert_eq!(
        failure(process_cycle_efficiency(&activities(vec![]))),
        error_at(ErrorCode::OutOfRange, "activities")
    );
    let many = (0..=MAX_LEAN_ACTIVITIES)
        .map(|_| LeanActivity::new("Step", 1.0, true))
        .collect();
    assert_eq!(
        failure(process_cycle_efficiency(&activities(many))),
        error_at(ErrorCode::TooLarge, "activities")
    );
}

#[test]
fn activity_names_must_not_be_empty_but_may_repeat() {
    let mut list = five_day_order();
    list[2].name = String::new();
    assert_eq!(
        failure(process_cycle_efficiency(&activities(list))),
        error_at(ErrorCode::InvalidInput, "activities[2].name")
    );
    let repeated = vec![
        LeanActivity::new("Wait", 10.0, false),
        LeanActivity::new("Cut", 1.0, true),
        LeanActivity::new("Wait", 10.0, false),
    ];
    assert_eq!(
        process_cycle_efficiency(&activities(repeated))
            .unwrap()
            .lead_time,
        21.0
    );
}

#[test]
fn activity_times_must_be_finite_and_not_negative() {
    for (bad, code) in [
        (-1.0, ErrorCode::Negative),
        (f64::NAN, ErrorCode::NotFinite),
        (f64::INFINITY, ErrorCode::NotFinite),
    ] {
        let mut list = five_day_order();
        list[4].time = bad;
        assert_eq!(
            failure(process_cycle_efficiency(&activities(list))),
            error_at(code, "activities[4].time")
        );
    }
}

#[test]
fn some_value_must_be_added() {
    let waiting_only = vec![LeanActivity::new("Wait", 10.0, false)];
    assert_eq!(
        failure(process_cycle_efficiency(&activities(waiting_only))),
        error_at(ErrorCode::NotPositive, "activities")
    );
    let instant_value = vec![
        LeanActivity::new("Wait", 10.0, false),
        LeanActivity::new("Stamp", 0.0, true),
    ];
    assert_eq!(
        failure(process_cycle_efficiency(&activities(instant_value))),
        error_at(ErrorCode::NotPositive, "activities")
    );
}

#[test]
fn totals_must_be_positive_with_value_within_the_lead_time() {
    let totals = |value_added_time, lead_time| {
        failure(process_cycle_efficiency(
            &ProcessCycleEfficiencyInput::Totals {
                value_added_time,
                lead_time,
            },
        ))
    };
    assert_eq!(
        totals(0.0, 10.0),
        error_at(ErrorCode::NotPositive, "value_added_time")
    );
    assert_eq!(
        totals(f64::NAN, 10.0),
        error_at(ErrorCode::NotFinite, "value_added_time")
    );
    assert_eq!(
        totals(1.0, -10.0),
        error_at(ErrorCode::NotPositive, "lead_time")
    );
    assert_eq!(
        totals(1.0, f64::INFINITY),
        error_at(ErrorCode::NotFinite, "lead_time")
    );
    assert_eq!(
        totals(11.0, 10.0),
        error_at(ErrorCode::OutOfRange, "value_added_time")
    );
}

#[test]
fn extreme_magnitudes_are_a_numeric_range_error() {
    let overflow = vec![
        LeanActivity::new("Wait", f64::MAX, false),
        LeanActivity::new("Cut", f64::MAX, true),
    ];
    assert_eq!(
        failure(process_cycle_efficiency(&activities(overflow))),
        error_at(ErrorCode::NumericRange, "")
    );
    let underflow = vec![
        LeanActivity::new("Wait", 1e300, false),
        LeanActivity::new("Cut", 1e-300, true),
    ];
    assert_eq!(
        failure(process_cycle_efficiency(&activities(underflow))),
        error_at(ErrorCode::NumericRange, "")
    );
}

#[test]
fn flat_fields_take_the_activities_or_both_totals() {
    let from = ProcessCycleEfficiencyInput::from_fields;
    assert_eq!(
        from(Some(five_day_order()), None, None),
        Ok(activities(five_day_order()))
    );
    assert_eq!(
        failure(from(Some(five_day_order()), Some(15.0), Some(7200.0))),
        error_at(ErrorCode::ConflictingFields, "value_added_time")
    );
    assert_eq!(
        failure(from(Some(five_day_order()), None, Some(7200.0))),
        error_at(ErrorCode::ConflictingFields, "lead_time")
    );
    assert_eq!(
        failure(from(None, Some(15.0), None)),
        error_at(ErrorCode::MissingField, "lead_time")
    );
    assert_eq!(
        failure(from(None, None, Some(7200.0))),
        error_at(ErrorCode::MissingField, "value_added_time")
    );
    assert_eq!(
        failure(from(None, None, None)),
        error_at(ErrorCode::MissingField, "activities")
    );
}

//! Utilization, efficiency and expected output against the published textbook examples,
//! and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{FieldSetter, TEXTBOOK, assert_fields_must_be_positive, error_at, failure};
use opscalc::ErrorCode;
use opscalc::capacity::{CapacityInput, ExpectedOutputInput, capacity, expected_output};

/// Heizer & Render, *Operations Management*, capacity planning supplement, Sara James
/// Bakery (Deluxe breakfast rolls): a line designed for 1,200 rolls an hour, run 7 days
/// a week in three 8-hour shifts, so a design capacity of 7 × 3 × 8 × 1,200 = 201,600
/// rolls a week; effective capacity 175,000, actual output 148,000. Published:
/// utilization = 148,000 / 201,600 = 73.4 %, efficiency = 148,000 / 175,000 = 84.6 %.
#[test]
fn heizer_render_sara_james_bakery() {
    let design = 7.0 * 3.0 * 8.0 * 1200.0;
    assert_eq!(design, 201_600.0);
    let result = capacity(&CapacityInput::new(design, 175_000.0, 148_000.0)).unwrap();
    assert_relative_eq!(
        result.utilization,
        148_000.0 / 201_600.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.efficiency,
        148_000.0 / 175_000.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.utilization * 100.0, 73.4, epsilon = 0.05);
    assert_relative_eq!(result.efficiency * 100.0, 84.6, epsilon = 0.05);
    // Hand-computed from the same figures.
    assert_relative_eq!(
        result.effective_share,
        175_000.0 / 201_600.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.capacity_cushion,
        53_600.0 / 201_600.0,
        max_relative = TEXTBOOK
    );
    assert_eq!(result.planned_losses, 26_600.0);
    assert_eq!(result.unplanned_losses, 27_000.0);
}

/// Heizer & Render, *Operations Management*, capacity planning supplement, Sara James
/// Bakery's second line: effective capacity 175,000 rolls a week as on the first line,
/// and a new crew expected to work at 75 % efficiency. Published: expected output =
/// 175,000 × 0.75 = 131,250 rolls a week. With the first line's design capacity of
/// 201,600 (hand-computed): a utilization of 131,250 / 201,600 = 65.1 %.
#[test]
fn heizer_render_sara_james_second_line() {
    let result = expected_output(&ExpectedOutputInput::new(175_000.0, 0.75)).unwrap();
    assert_eq!(result.expected_output, 131_250.0);
    assert_eq!((result.utilization, result.effective_share), (None, None));

    let input = ExpectedOutputInput::new(175_000.0, 0.75).with_design_capacity(201_600.0);
    let result = expected_output(&input).unwrap();
    assert_eq!(result.expected_output, 131_250.0);
    assert_relative_eq!(
        result.utilization.unwrap(),
        131_250.0 / 201_600.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.utilization.unwrap() * 100.0, 65.1, epsilon = 0.05);
    assert_relative_eq!(
        result.effective_share.unwrap(),
        175_000.0 / 201_600.0,
        max_relative = TEXTBOOK
    );
}

/// Stevenson, *Operations Management*, capacity planning chapter, the vehicle repair
/// department: design capacity 50 trucks a day, effective capacity 40, actual output
/// 36. Published: efficiency = 36 / 40 = 90 %, utilization = 36 / 50 = 72 %.
#[test]
fn stevenson_vehicle_repair_department() {
    let result = capacity(&CapacityInput::new(50.0, 40.0, 36.0)).unwrap();
    assert_relative_eq!(result.efficiency, 0.9, max_relative = TEXTBOOK);
    assert_relative_eq!(result.utilization, 0.72, max_relative = TEXTBOOK);
    assert_relative_eq!(result.effective_share, 0.8, max_relative = TEXTBOOK);
    assert_eq!(
        (result.planned_losses, result.unplanned_losses),
        (10.0, 4.0)
    );
}

/// An output above the effective capacity is an efficiency above 100 %, and its
/// unplanned losses are negative; an output of 0 is no utilization at all.
#[test]
fn output_may_beat_the_effective_capacity_or_be_zero() {
    let result = capacity(&CapacityInput::new(50.0, 40.0, 45.0)).unwrap();
    assert_relative_eq!(result.efficiency, 1.125, max_relative = TEXTBOOK);
    assert_eq!(result.unplanned_losses, -5.0);
    let full = capacity(&CapacityInput::new(50.0, 50.0, 50.0)).unwrap();
    assert_eq!(
        (full.utilization, full.efficiency, full.capacity_cushion),
        (1.0, 1.0, 0.0)
    );

    let stopped = capacity(&CapacityInput::new(50.0, 40.0, 0.0)).unwrap();
    assert_eq!((stopped.utilization, stopped.efficiency), (0.0, 0.0));
    assert_eq!(stopped.capacity_cushion, 1.0);
    let negative_zero = capacity(&CapacityInput::new(50.0, 40.0, -0.0)).unwrap();
    assert!(negative_zero.utilization.is_sign_positive());

    let beyond = expected_output(&ExpectedOutputInput::new(40.0, 1.2).with_design_capacity(50.0));
    assert_eq!(beyond.unwrap().expected_output, 48.0);
}

#[test]
fn design_and_effective_capacity_must_be_positive() {
    let fields: [(&str, FieldSetter<CapacityInput>); 2] = [
        ("design_capacity", |input, value| {
            input.design_capacity = value
        }),
        ("effective_capacity", |input, value| {
            input.effective_capacity = value;
        }),
    ];
    assert_fields_must_be_positive(
        || CapacityInput::new(50.0, 40.0, 36.0),
        &fields,
        |input| capacity(input).err(),
    );
}

#[test]
fn actual_output_must_be_finite_and_not_negative() {
    let with = |actual| failure(capacity(&CapacityInput::new(50.0, 40.0, actual)));
    assert_eq!(with(-1.0), error_at(ErrorCode::Negative, "actual_output"));
    assert_eq!(
        with(f64::NAN),
        error_at(ErrorCode::NotFinite, "actual_output")
    );
    assert_eq!(
        with(f64::INFINITY),
        error_at(ErrorCode::NotFinite, "actual_output")
    );
}

#[test]
fn nothing_may_exceed_the_design_capacity() {
    assert_eq!(
        failure(capacity(&CapacityInput::new(50.0, 51.0, 36.0))),
        error_at(ErrorCode::OutOfRange, "effective_capacity")
    );
    let error = capacity(&CapacityInput::new(50.0, 40.0, 50.5)).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::OutOfRange, "actual_output")
    );
    assert_eq!(
        error.message(),
        "must not exceed the design capacity, the most the process can make"
    );
}

#[test]
fn expected_output_errors() {
    let fields: [(&str, FieldSetter<ExpectedOutputInput>); 3] = [
        ("effective_capacity", |input, value| {
            input.effective_capacity = value;
        }),
        ("efficiency", |input, value| input.efficiency = value),
        ("design_capacity", |input, value| {
            input.design_capacity = Some(value);
        }),
    ];
    assert_fields_must_be_positive(
        || ExpectedOutputInput::new(175_000.0, 0.75).with_design_capacity(201_600.0),
        &fields,
        |input| expected_output(input).err(),
    );
    let with = |effective, efficiency| {
        failure(expected_output(
            &ExpectedOutputInput::new(effective, efficiency).with_design_capacity(50.0),
        ))
    };
    assert_eq!(
        with(60.0, 0.5),
        error_at(ErrorCode::OutOfRange, "effective_capacity")
    );
    assert_eq!(
        with(40.0, 1.3),
        error_at(ErrorCode::OutOfRange, "efficiency")
    );
    assert_eq!(
        failure(expected_output(&ExpectedOutputInput::new(1e300, 1e10))),
        error_at(ErrorCode::NumericRange, "")
    );
}

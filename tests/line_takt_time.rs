//! Takt time and the output a cycle time allows: the textbook figures, shifts and
//! breaks, and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{FieldSetter, TEXTBOOK, assert_fields_must_be_positive, error_at, failure};
use opscalc::ErrorCode;
use opscalc::line::{WorkingTime, line_output, takt_time};

/// Heizer & Render, *Operations Management*, Layout Strategies chapter, the wing
/// component example: 480 productive minutes a day and 40 units a day give a cycle time
/// of 480 / 40 = 12 minutes a unit; the line turns out 1/12 of a unit a minute; and a
/// 12-minute cycle over 480 minutes makes the 40 units.
#[test]
fn heizer_render_480_minutes_for_40_units() {
    let takt = takt_time(&WorkingTime::new(480.0), 40.0).unwrap();
    assert_eq!(takt.productive_time, 480.0);
    assert_eq!(takt.takt_time, 12.0);
    assert_relative_eq!(takt.output_rate, 1.0 / 12.0, max_relative = TEXTBOOK);
    let output = line_output(&WorkingTime::new(480.0), 12.0).unwrap();
    assert_eq!((output.productive_time, output.output), (480.0, 40.0));
}

/// Hand-computed: two 8-hour shifts (480 minutes) with 30 minutes of breaks each give
/// 2 × 450 = 900 productive minutes; 90 units a day need a unit every 10 minutes, and
/// a 12-minute cycle makes 75.
#[test]
fn shifts_and_breaks() {
    let day = WorkingTime {
        available_time: 480.0,
        breaks: Some(30.0),
        shifts: Some(2.0),
    };
    let takt = takt_time(&day, 90.0).unwrap();
    assert_eq!(takt.productive_time, 900.0);
    assert_eq!(takt.takt_time, 10.0);
    assert_eq!(takt.output_rate, 0.1);
    assert_eq!(line_output(&day, 12.0).unwrap().output, 75.0);
    // No breaks given is no breaks; half a shift is allowed.
    let half = WorkingTime {
        available_time: 480.0,
        breaks: None,
        shifts: Some(0.5),
    };
    assert_eq!(takt_time(&half, 20.0).unwrap().takt_time, 12.0);
}

/// Hand-computed, after Stevenson's inkjet printer problem (see `line_balance.rs`): a
/// 1.3-minute cycle over a 420-minute day makes 420 / 1.3 = 323.08 printers.
#[test]
fn stevenson_output_of_a_420_minute_day() {
    let output = line_output(&WorkingTime::new(420.0), 1.3).unwrap();
    assert!((output.output - 323.08).abs() < 0.005);
}

#[test]
fn every_input_must_be_positive() {
    let fields: [(&str, FieldSetter<(WorkingTime, f64)>); 3] = [
        ("available_time", |input, value| {
            input.0.available_time = value
        }),
        ("shifts", |input, value| input.0.shifts = Some(value)),
        ("demand", |input, value| input.1 = value),
    ];
    let valid = || (WorkingTime::new(480.0), 40.0);
    assert_fields_must_be_positive(valid, &fields, |(time, demand)| {
        takt_time(time, *demand).err()
    });
    let fields: [(&str, FieldSetter<(WorkingTime, f64)>); 3] = [
        ("available_time", |input, value| {
            input.0.available_time = value
        }),
        ("shifts", |input, value| input.0.shifts = Some(value)),
        ("cycle_time", |input, value| input.1 = value),
    ];
    let valid = || (WorkingTime::new(480.0), 12.0);
    assert_fields_must_be_positive(valid, &fields, |(time, cycle)| {
        line_output(time, *cycle).err()
    });
}

#[test]
fn breaks_must_be_shorter_than_the_shift() {
    let with_breaks = |breaks| WorkingTime {
        available_time: 480.0,
        breaks: Some(breaks),
        shifts: None,
    };
    assert_eq!(
        failure(takt_time(&with_breaks(-1.0), 40.0)),
        error_at(ErrorCode::Negative, "breaks")
    );
    assert_eq!(
        failure(takt_time(&with_breaks(f64::NAN), 40.0)),
        error_at(ErrorCode::NotFinite, "breaks")
    );
    assert_eq!(
        failure(line_output(&with_breaks(480.0), 12.0)),
        error_at(ErrorCode::OutOfRange, "breaks")
    );
    assert_eq!(takt_time(&with_breaks(0.0), 40.0).unwrap().takt_time, 12.0);
}

#[test]
fn results_beyond_a_float_are_refused() {
    let long = WorkingTime {
        available_time: 1e308,
        breaks: None,
        shifts: Some(10.0),
    };
    assert_eq!(
        failure(takt_time(&long, 1.0)),
        error_at(ErrorCode::NumericRange, "")
    );
    assert_eq!(
        failure(takt_time(&WorkingTime::new(1e300), 1e-300)),
        error_at(ErrorCode::NumericRange, "")
    );
    assert_eq!(
        failure(line_output(&WorkingTime::new(1e-300), 1e300)),
        error_at(ErrorCode::NumericRange, "")
    );
}

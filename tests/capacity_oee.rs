//! OEE and TEEP against the published worked example, the loss waterfall, and every
//! error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{FieldSetter, TEXTBOOK, assert_fields_must_be_positive, error_at, failure};
use opscalc::ErrorCode;
use opscalc::capacity::{IdealSpeed, OeeInput, oee};

/// Vorne's example with every time in seconds.
fn vorne_in_seconds() -> OeeInput {
    OeeInput {
        planned_production_time: 420.0 * 60.0,
        downtime: 47.0 * 60.0,
        ideal_speed: IdealSpeed::CycleTime(1.0),
        total_count: 19_271.0,
        good_count: 18_848.0,
        calendar_time: None,
    }
}

/// Vorne's example with every time in minutes and the speed as a run rate.
fn vorne_in_minutes() -> OeeInput {
    OeeInput {
        planned_production_time: 420.0,
        downtime: 47.0,
        ideal_speed: IdealSpeed::RunRate(60.0),
        total_count: 19_271.0,
        good_count: 18_848.0,
        calendar_time: None,
    }
}

/// A percentage printed to two decimals, as the source prints it.
fn percent(fraction: f64) -> String {
    format!("{:.2}", fraction * 100.0)
}

/// Vorne Industries, oee.com, "OEE Calculation", the worked example: shift 480 minutes,
/// breaks 60 (planned production time 420 minutes), downtime 47 minutes (run time 373),
/// ideal cycle time 1.0 second (ideal run rate 60 pieces a minute), total count 19,271,
/// reject count 423 (good count 18,848). Published: availability 88.81 %, performance
/// 86.11 %, quality 97.80 %, OEE 74.79 %, and the simple calculation
/// OEE = (18,848 × 1.0) / (420 × 60) = 74.79 %.
///
/// In seconds the exact fractions are 22,380 / 25,200, 19,271 / 22,380,
/// 18,848 / 19,271 and 18,848 / 25,200.
#[test]
fn vorne_oee_calculation_in_seconds() {
    let result = oee(&vorne_in_seconds()).unwrap();
    assert_eq!(percent(result.availability), "88.81");
    assert_eq!(percent(result.performance), "86.11");
    assert_eq!(percent(result.quality), "97.80");
    assert_eq!(percent(result.oee), "74.79");

    assert_eq!(result.run_time, 22_380.0);
    assert_relative_eq!(
        result.availability,
        22_380.0 / 25_200.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.performance,
        19_271.0 / 22_380.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.quality, 18_848.0 / 19_271.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.oee, 18_848.0 / 25_200.0, max_relative = TEXTBOOK);
    assert_eq!(result.reject_count, 423.0);
    assert_eq!(result.ideal_cycle_time, 1.0);
    assert_eq!(result.ideal_run_rate, 1.0);
}

/// The same example's loss waterfall, hand-computed after Vorne, "OEE Calculation"
/// (seconds): availability loss 2,820 (47 minutes), performance loss
/// 22,380 − 19,271 = 3,109, quality loss 423 × 1.0 = 423, fully productive time
/// 18,848; together 25,200 = 420 minutes.
#[test]
fn vorne_loss_waterfall_adds_up_to_planned_time() {
    let result = oee(&vorne_in_seconds()).unwrap();
    assert_eq!(result.planned_production_time, 25_200.0);
    assert_eq!(result.availability_loss, 2_820.0);
    assert_eq!(result.net_run_time, 19_271.0);
    assert_eq!(result.performance_loss, 3_109.0);
    assert_eq!(result.quality_loss, 423.0);
    assert_eq!(result.fully_productive_time, 18_848.0);
    assert_eq!(
        result.availability_loss
            + result.performance_loss
            + result.quality_loss
            + result.fully_productive_time,
        result.planned_production_time
    );
}

/// Vorne's example in minutes with the ideal run rate of 60 pieces a minute (the
/// source gives both forms): the same factors. Hand-computed: net run time
/// 19,271 / 60 = 321.18 minutes, fully productive time 18,848 / 60 = 314.13 minutes.
#[test]
fn vorne_oee_calculation_in_minutes_with_a_run_rate() {
    let result = oee(&vorne_in_minutes()).unwrap();
    assert_eq!(percent(result.availability), "88.81");
    assert_eq!(percent(result.performance), "86.11");
    assert_eq!(percent(result.quality), "97.80");
    assert_eq!(percent(result.oee), "74.79");
    assert_eq!(result.run_time, 373.0);
    assert_relative_eq!(
        result.performance,
        19_271.0 / 22_380.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.net_run_time,
        19_271.0 / 60.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.fully_productive_time,
        18_848.0 / 60.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.quality_loss, 423.0 / 60.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.ideal_cycle_time, 1.0 / 60.0, max_relative = TEXTBOOK);
    assert_eq!(result.ideal_run_rate, 60.0);

    // The same speed as a cycle time of 1/60 minute gives the same factors.
    let by_cycle_time = oee(&OeeInput {
        ideal_speed: IdealSpeed::CycleTime(1.0 / 60.0),
        ..vorne_in_minutes()
    })
    .unwrap();
    assert_relative_eq!(by_cycle_time.oee, result.oee, max_relative = TEXTBOOK);
}

/// TEEP, hand-computed after Vorne, oee.com, "TEEP" (TEEP = OEE × utilization,
/// utilization = planned production time / all time): the example's 420 planned minutes
/// in a 24-hour day of 1,440 minutes give utilization 420 / 1,440 = 29.17 %, a schedule
/// loss of 1,020 minutes, and TEEP = 74.79 % × 29.17 % = 18,848 / 86,400 = 21.81 %.
#[test]
fn teep_over_a_whole_day() {
    let result = oee(&OeeInput {
        calendar_time: Some(1440.0),
        ..vorne_in_minutes()
    })
    .unwrap();
    assert_eq!(result.calendar_time, Some(1440.0));
    assert_eq!(result.schedule_loss, Some(1020.0));
    assert_relative_eq!(
        result.utilization.unwrap(),
        420.0 / 1440.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.teep.unwrap(),
        18_848.0 / 86_400.0,
        max_relative = TEXTBOOK
    );
    assert_eq!(percent(result.utilization.unwrap()), "29.17");
    assert_eq!(percent(result.teep.unwrap()), "21.81");

    let without = oee(&vorne_in_minutes()).unwrap();
    assert_eq!(
        (
            without.calendar_time,
            without.schedule_loss,
            without.utilization,
            without.teep
        ),
        (None, None, None, None)
    );
}

#[test]
fn a_line_at_exactly_its_ideal_speed_is_100_percent_performance_despite_rounding() {
    // 0.1 × 3 is 0.30000000000000004 in binary, a hair above the run time of 0.3.
    let result = oee(&OeeInput {
        planned_production_time: 0.5,
        downtime: 0.2,
        ideal_speed: IdealSpeed::CycleTime(0.1),
        total_count: 3.0,
        good_count: 3.0,
        calendar_time: Some(0.5),
    })
    .unwrap();
    assert_eq!(result.performance, 1.0);
    assert_eq!(result.performance_loss, 0.0);
    assert_eq!(result.quality, 1.0);
    assert_eq!(result.utilization, Some(1.0));
    assert_relative_eq!(result.oee, 0.6, max_relative = TEXTBOOK);
}

#[test]
fn no_downtime_and_no_good_pieces_are_valid_extremes() {
    let perfect_availability = oee(&OeeInput {
        downtime: 0.0,
        ..vorne_in_minutes()
    })
    .unwrap();
    assert_eq!(perfect_availability.availability, 1.0);
    assert_eq!(perfect_availability.availability_loss, 0.0);

    let all_rejects = oee(&OeeInput {
        good_count: 0.0,
        ..vorne_in_minutes()
    })
    .unwrap();
    assert_eq!(all_rejects.quality, 0.0);
    assert_eq!(all_rejects.oee, 0.0);
    assert_eq!(all_rejects.fully_productive_time, 0.0);
    assert_eq!(all_rejects.reject_count, 19_271.0);
}

#[test]
fn positive_fields_reject_nan_infinity_zero_and_negatives() {
    let fields: &[(&str, FieldSetter<OeeInput>)] = &[
        ("planned_production_time", |input, value| {
            input.planned_production_time = value;
        }),
        ("ideal_cycle_time", |input, value| {
            input.ideal_speed = IdealSpeed::CycleTime(value);
        }),
        ("total_count", |input, value| input.total_count = value),
        ("calendar_time", |input, value| {
            input.calendar_time = Some(value);
        }),
    ];
    assert_fields_must_be_positive(vorne_in_seconds, fields, |input| oee(input).err());
    let rate: &[(&str, FieldSetter<OeeInput>)] = &[("ideal_run_rate", |input, value| {
        input.ideal_speed = IdealSpeed::RunRate(value);
    })];
    assert_fields_must_be_positive(vorne_in_minutes, rate, |input| oee(input).err());
}

#[test]
fn downtime_and_good_count_may_be_zero_but_not_negative_or_non_finite() {
    for (bad, code) in [
        (-1.0, ErrorCode::Negative),
        (f64::NAN, ErrorCode::NotFinite),
        (f64::INFINITY, ErrorCode::NotFinite),
    ] {
        let downtime = OeeInput {
            downtime: bad,
            ..vorne_in_seconds()
        };
        assert_eq!(failure(oee(&downtime)), error_at(code, "downtime"));
        let good = OeeInput {
            good_count: bad,
            ..vorne_in_seconds()
        };
        assert_eq!(failure(oee(&good)), error_at(code, "good_count"));
    }
}

#[test]
fn downtime_must_leave_some_run_time() {
    let over = oee(&OeeInput {
        downtime: 421.0,
        ..vorne_in_minutes()
    })
    .unwrap_err();
    assert_eq!(
        (over.code(), over.field(), over.message()),
        (
            ErrorCode::OutOfRange,
            "downtime",
            "must not exceed the planned production time"
        )
    );
    let all = oee(&OeeInput {
        downtime: 420.0,
        ..vorne_in_minutes()
    })
    .unwrap_err();
    assert_eq!(
        (all.code(), all.field()),
        (ErrorCode::OutOfRange, "downtime")
    );
    assert!(all.message().contains("no run time"), "{}", all.message());
}

#[test]
fn good_count_must_not_exceed_total_count() {
    let input = OeeInput {
        good_count: 19_272.0,
        ..vorne_in_minutes()
    };
    assert_eq!(
        failure(oee(&input)),
        error_at(ErrorCode::OutOfRange, "good_count")
    );
}

#[test]
fn performance_above_100_percent_blames_the_ideal_speed() {
    // 19,271 pieces at 2 seconds each take 38,542 s, more than the 22,380 s of run time.
    let slow = oee(&OeeInput {
        ideal_speed: IdealSpeed::CycleTime(2.0),
        ..vorne_in_seconds()
    })
    .unwrap_err();
    assert_eq!(
        (slow.code(), slow.field()),
        (ErrorCode::OutOfRange, "ideal_cycle_time")
    );
    assert!(slow.message().contains("too long"), "{}", slow.message());
    assert!(slow.message().contains("performance above 100 %"));

    // 19,271 pieces at 50 a minute take 385.42 minutes, more than the 373 of run time.
    let low = oee(&OeeInput {
        ideal_speed: IdealSpeed::RunRate(50.0),
        ..vorne_in_minutes()
    })
    .unwrap_err();
    assert_eq!(
        (low.code(), low.field()),
        (ErrorCode::OutOfRange, "ideal_run_rate")
    );
    assert!(low.message().contains("too low"), "{}", low.message());

    // Just inside: 22,380 pieces at 1 second fill the run time exactly.
    let full = oee(&OeeInput {
        total_count: 22_380.0,
        ..vorne_in_seconds()
    })
    .unwrap();
    assert_eq!(full.performance, 1.0);
    // Just outside: one piece more.
    let over = OeeInput {
        total_count: 22_381.0,
        good_count: 0.0,
        ..vorne_in_seconds()
    };
    assert_eq!(
        failure(oee(&over)),
        error_at(ErrorCode::OutOfRange, "ideal_cycle_time")
    );
}

#[test]
fn calendar_time_must_cover_the_planned_time() {
    let input = OeeInput {
        calendar_time: Some(419.0),
        ..vorne_in_minutes()
    };
    assert_eq!(
        failure(oee(&input)),
        error_at(ErrorCode::OutOfRange, "calendar_time")
    );
    let equal = oee(&OeeInput {
        calendar_time: Some(420.0),
        ..vorne_in_minutes()
    })
    .unwrap();
    assert_eq!(equal.teep, Some(equal.oee));
    assert_eq!(equal.schedule_loss, Some(0.0));
}

#[test]
fn extreme_speeds_are_a_numeric_range_error() {
    // 1 / 1e-310 overflows.
    let input = OeeInput {
        ideal_speed: IdealSpeed::CycleTime(1e-310),
        ..vorne_in_seconds()
    };
    assert_eq!(failure(oee(&input)), error_at(ErrorCode::NumericRange, ""));
    // 1e300 pieces at 1e300 seconds each overflow the net run time.
    let input = OeeInput {
        ideal_speed: IdealSpeed::CycleTime(1e300),
        total_count: 1e300,
        good_count: 1.0,
        ..vorne_in_seconds()
    };
    assert_eq!(failure(oee(&input)), error_at(ErrorCode::NumericRange, ""));
}

#[test]
fn validation_follows_field_order() {
    let input = OeeInput {
        planned_production_time: 0.0,
        downtime: -1.0,
        ideal_speed: IdealSpeed::CycleTime(0.0),
        total_count: 0.0,
        good_count: -1.0,
        calendar_time: Some(0.0),
    };
    assert_eq!(failure(oee(&input)).1, "planned_production_time");
    let input = OeeInput {
        planned_production_time: 1.0,
        ..input
    };
    assert_eq!(failure(oee(&input)).1, "downtime");
    let input = OeeInput {
        downtime: 0.0,
        ..input
    };
    assert_eq!(failure(oee(&input)).1, "ideal_cycle_time");
}

#[test]
fn flat_speed_fields_take_exactly_one() {
    assert_eq!(
        IdealSpeed::from_fields(Some(1.0), None),
        Ok(IdealSpeed::CycleTime(1.0))
    );
    assert_eq!(
        IdealSpeed::from_fields(None, Some(60.0)),
        Ok(IdealSpeed::RunRate(60.0))
    );
    assert_eq!(
        failure(IdealSpeed::from_fields(Some(1.0), Some(60.0))),
        error_at(ErrorCode::ConflictingFields, "ideal_run_rate")
    );
    assert_eq!(
        failure(IdealSpeed::from_fields(None, None)),
        error_at(ErrorCode::MissingField, "ideal_cycle_time")
    );
}

//! Little's law on hand-computed examples, zero, and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use common::{error_at, failure};
use opscalc::ErrorCode;
use opscalc::capacity::{LittlesLawInput, LittlesLawUnknown, littles_law};

/// Hand-computed, after Cachon & Terwiesch, *Matching Supply with Demand*, process
/// analysis chapter (Little's law, I = R × T): a process that completes 100 units a day,
/// each spending 4 days in it, holds 100 × 4 = 400 units; from any two of 400 units,
/// 100 a day and 4 days, the third comes back.
#[test]
fn a_hundred_a_day_for_four_days_is_four_hundred_in_process() {
    let wip = littles_law(&LittlesLawInput::wip_from(100.0, 4.0)).unwrap();
    assert_eq!(
        (wip.wip, wip.throughput, wip.flow_time),
        (400.0, 100.0, 4.0)
    );
    assert_eq!(wip.computed, LittlesLawUnknown::Wip);

    let throughput = littles_law(&LittlesLawInput::throughput_from(400.0, 4.0)).unwrap();
    assert_eq!(
        (throughput.wip, throughput.throughput, throughput.flow_time),
        (400.0, 100.0, 4.0)
    );
    assert_eq!(throughput.computed, LittlesLawUnknown::Throughput);

    let flow_time = littles_law(&LittlesLawInput::flow_time_from(400.0, 100.0)).unwrap();
    assert_eq!(
        (flow_time.wip, flow_time.throughput, flow_time.flow_time),
        (400.0, 100.0, 4.0)
    );
    assert_eq!(flow_time.computed, LittlesLawUnknown::FlowTime);
}

/// Hand-computed, after Anupindi et al., *Managing Business Process Flows*, process flow
/// measures chapter: a queue of 10 customers served at 2 a minute means a 5-minute
/// wait; a clinic that sees 30 patients an hour, each staying 1.5 hours, has 45 in it.
#[test]
fn queues_and_clinics() {
    let wait = littles_law(&LittlesLawInput::flow_time_from(10.0, 2.0)).unwrap();
    assert_eq!(wait.flow_time, 5.0);
    let clinic = littles_law(&LittlesLawInput::wip_from(30.0, 1.5)).unwrap();
    assert_eq!(clinic.wip, 45.0);
}

/// Zero is allowed where it makes sense: no throughput or no time means nothing in
/// process, and an empty process has no throughput or no flow time; −0 comes back as 0.
#[test]
fn zero_is_an_empty_process() {
    assert_eq!(
        littles_law(&LittlesLawInput::wip_from(0.0, 4.0))
            .unwrap()
            .wip,
        0.0
    );
    assert_eq!(
        littles_law(&LittlesLawInput::wip_from(100.0, 0.0))
            .unwrap()
            .wip,
        0.0
    );
    assert_eq!(
        littles_law(&LittlesLawInput::throughput_from(0.0, 4.0))
            .unwrap()
            .throughput,
        0.0
    );
    assert_eq!(
        littles_law(&LittlesLawInput::flow_time_from(0.0, 100.0))
            .unwrap()
            .flow_time,
        0.0
    );
    let negative_zero = littles_law(&LittlesLawInput::wip_from(-0.0, 4.0)).unwrap();
    assert!(negative_zero.wip.is_sign_positive() && negative_zero.throughput.is_sign_positive());
}

#[test]
fn exactly_two_must_be_given() {
    let all = LittlesLawInput {
        wip: Some(400.0),
        throughput: Some(100.0),
        flow_time: Some(4.0),
    };
    let error = littles_law(&all).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::ConflictingFields, "")
    );
    assert_eq!(
        error.message(),
        "give exactly two of work in process, throughput and flow time: the third is computed"
    );
    let one_or_none = [
        LittlesLawInput::default(),
        LittlesLawInput {
            wip: Some(400.0),
            ..LittlesLawInput::default()
        },
        LittlesLawInput {
            throughput: Some(100.0),
            ..LittlesLawInput::default()
        },
        LittlesLawInput {
            flow_time: Some(4.0),
            ..LittlesLawInput::default()
        },
    ];
    for input in one_or_none {
        assert_eq!(
            failure(littles_law(&input)),
            error_at(ErrorCode::MissingField, ""),
            "{input:?}"
        );
    }
}

#[test]
fn given_values_must_be_finite_and_not_negative() {
    let cases = [
        (
            LittlesLawInput::wip_from(-100.0, 4.0),
            ErrorCode::Negative,
            "throughput",
        ),
        (
            LittlesLawInput::wip_from(100.0, -4.0),
            ErrorCode::Negative,
            "flow_time",
        ),
        (
            LittlesLawInput::wip_from(f64::NAN, 4.0),
            ErrorCode::NotFinite,
            "throughput",
        ),
        (
            LittlesLawInput::wip_from(100.0, f64::INFINITY),
            ErrorCode::NotFinite,
            "flow_time",
        ),
        (
            LittlesLawInput::throughput_from(-1.0, 4.0),
            ErrorCode::Negative,
            "wip",
        ),
        (
            LittlesLawInput::throughput_from(f64::NAN, 4.0),
            ErrorCode::NotFinite,
            "wip",
        ),
        (
            LittlesLawInput::throughput_from(400.0, -4.0),
            ErrorCode::NotPositive,
            "flow_time",
        ),
        (
            LittlesLawInput::flow_time_from(-400.0, 100.0),
            ErrorCode::Negative,
            "wip",
        ),
        (
            LittlesLawInput::flow_time_from(400.0, -100.0),
            ErrorCode::NotPositive,
            "throughput",
        ),
        (
            LittlesLawInput::flow_time_from(400.0, f64::NEG_INFINITY),
            ErrorCode::NotFinite,
            "throughput",
        ),
    ];
    for (input, code, field) in cases {
        assert_eq!(
            failure(littles_law(&input)),
            error_at(code, field),
            "{input:?}"
        );
    }
}

#[test]
fn the_divisor_must_be_above_zero() {
    assert_eq!(
        failure(littles_law(&LittlesLawInput::throughput_from(400.0, 0.0))),
        error_at(ErrorCode::NotPositive, "flow_time")
    );
    assert_eq!(
        failure(littles_law(&LittlesLawInput::throughput_from(0.0, 0.0))),
        error_at(ErrorCode::NotPositive, "flow_time")
    );
    assert_eq!(
        failure(littles_law(&LittlesLawInput::flow_time_from(400.0, -0.0))),
        error_at(ErrorCode::NotPositive, "throughput")
    );
}

#[test]
fn overflow_is_a_numeric_range_error() {
    let cases = [
        LittlesLawInput::wip_from(1e200, 1e200),
        LittlesLawInput::throughput_from(1e200, 1e-200),
        LittlesLawInput::flow_time_from(1e200, 1e-200),
    ];
    for input in cases {
        assert_eq!(
            failure(littles_law(&input)),
            error_at(ErrorCode::NumericRange, ""),
            "{input:?}"
        );
    }
}

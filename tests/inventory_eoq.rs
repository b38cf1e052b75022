//! EOQ against published textbook examples, and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{PRINTED_ROUNDING, TEXTBOOK};
use opscalc::ErrorCode;
use opscalc::inventory::{EoqInput, HoldingCost, LeadTime, eoq};

fn per_unit(demand: f64, ordering_cost: f64, holding_cost: f64) -> EoqInput {
    EoqInput::new(demand, ordering_cost, HoldingCost::PerUnit(holding_cost))
}

/// Heizer & Render, *Operations Management*, Inventory Management chapter, Sharp, Inc.
/// (hypodermic needles): D = 1,000 units, S = $10, H = $0.50, 250 working days.
/// Published: Q* = 200, N = 5 orders, T = 50 days, TC = $50 + $50 = $100.
#[test]
fn heizer_render_sharp_inc() {
    let result = eoq(&per_unit(1000.0, 10.0, 0.5).with_working_days(250.0)).unwrap();
    assert_relative_eq!(result.quantity, 200.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.orders_per_period, 5.0, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.cycle_time_days.unwrap(),
        50.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.cycle_time, 0.2, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.ordering_cost_per_period,
        50.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.holding_cost_per_period,
        50.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.total_cost, 100.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.average_inventory, 100.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.daily_demand.unwrap(), 4.0, max_relative = TEXTBOOK);
    assert_eq!(result.reorder_point, None);
}

/// Heizer & Render, *Operations Management*, Inventory Management chapter, Electronic
/// Assembler, Inc.: 8,000 units a year, 250 working days, 3 days' lead time.
/// Published: d = 32 units a day, ROP = 96 units.
#[test]
fn heizer_render_electronic_assembler_reorder_point() {
    let input = per_unit(8000.0, 10.0, 0.5)
        .with_working_days(250.0)
        .with_lead_time(LeadTime::Days(3.0));
    let result = eoq(&input).unwrap();
    assert_relative_eq!(result.daily_demand.unwrap(), 32.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.reorder_point.unwrap(), 96.0, max_relative = TEXTBOOK);

    // The same lead time in years (3/250) gives the same reorder point.
    let in_periods = per_unit(8000.0, 10.0, 0.5).with_lead_time(LeadTime::Periods(0.012));
    let result = eoq(&in_periods).unwrap();
    assert_relative_eq!(result.reorder_point.unwrap(), 96.0, max_relative = TEXTBOOK);
}

/// Stevenson, *Operations Management*, Inventory Management chapter, the tire
/// distributor: D = 9,600 tires a year, H = $16, S = $75, 288 working days.
/// Published: Q = 300 tires, 32 orders a year, a 9-workday cycle, TC = $4,800.
#[test]
fn stevenson_tire_distributor() {
    let result = eoq(&per_unit(9600.0, 75.0, 16.0).with_working_days(288.0)).unwrap();
    assert_relative_eq!(result.quantity, 300.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.orders_per_period, 32.0, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.cycle_time_days.unwrap(),
        9.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.ordering_cost_per_period,
        2400.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.total_cost, 4800.0, max_relative = TEXTBOOK);
}

/// Stevenson, *Operations Management*, Inventory Management chapter, solved problem:
/// a toy maker uses 32,000 chips a year over 240 workdays, H = $3, S = $120.
/// Published: Q = 1,600 chips, an order cycle of 12 workdays.
#[test]
fn stevenson_toy_manufacturer_chips() {
    let result = eoq(&per_unit(32000.0, 120.0, 3.0).with_working_days(240.0)).unwrap();
    assert_relative_eq!(result.quantity, 1600.0, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.cycle_time_days.unwrap(),
        12.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.cycle_time, 0.05, max_relative = TEXTBOOK);
}

/// Krajewski, Ritzman & Malhotra, *Operations Management: Processes and Supply Chains*,
/// Inventory Management chapter, the museum gift shop's bird feeders: 18 a week over
/// 52 weeks, S = $45, holding 25 % of the $60 cost. Published: H = $15, EOQ = 74.94
/// (rounded to 75 units).
#[test]
fn krajewski_bird_feeder_with_holding_rate() {
    let input = EoqInput::new(
        18.0 * 52.0,
        45.0,
        HoldingCost::Rate {
            rate: 0.25,
            unit_cost: 60.0,
        },
    );
    let result = eoq(&input).unwrap();
    assert_relative_eq!(result.holding_cost, 15.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.quantity, 5616.0_f64.sqrt(), max_relative = TEXTBOOK);
    assert_relative_eq!(result.quantity, 74.94, epsilon = PRINTED_ROUNDING);
}

#[test]
fn total_cost_is_ordering_plus_holding_and_they_are_equal_at_the_optimum() {
    let result = eoq(&per_unit(3600.0, 31.0, 13.0)).unwrap();
    assert_relative_eq!(
        result.total_cost,
        result.ordering_cost_per_period + result.holding_cost_per_period,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.ordering_cost_per_period,
        result.holding_cost_per_period,
        max_relative = TEXTBOOK
    );
    // TC* = √(2DSH)
    assert_relative_eq!(
        result.total_cost,
        (2.0_f64 * 3600.0 * 31.0 * 13.0).sqrt(),
        max_relative = TEXTBOOK
    );
}

#[test]
fn zero_lead_time_gives_a_zero_reorder_point() {
    let result = eoq(&per_unit(1000.0, 10.0, 0.5).with_lead_time(LeadTime::Periods(0.0))).unwrap();
    assert_eq!(result.reorder_point, Some(0.0));
}

fn error_of(input: &EoqInput) -> (ErrorCode, String) {
    let error = eoq(input).unwrap_err();
    (error.code(), error.field().to_owned())
}

#[test]
fn every_numeric_field_rejects_nan_infinity_and_bad_signs() {
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let expected = |field: &str| (ErrorCode::NotFinite, field.to_owned());
        assert_eq!(error_of(&per_unit(bad, 10.0, 0.5)), expected("demand"));
        assert_eq!(
            error_of(&per_unit(1000.0, bad, 0.5)),
            expected("ordering_cost")
        );
        assert_eq!(
            error_of(&per_unit(1000.0, 10.0, bad)),
            expected("holding_cost")
        );
    }
    for bad in [0.0, -5.0] {
        let expected = |field: &str| (ErrorCode::NotPositive, field.to_owned());
        assert_eq!(error_of(&per_unit(bad, 10.0, 0.5)), expected("demand"));
        assert_eq!(
            error_of(&per_unit(1000.0, bad, 0.5)),
            expected("ordering_cost")
        );
        assert_eq!(
            error_of(&per_unit(1000.0, 10.0, bad)),
            expected("holding_cost")
        );
    }
}

#[test]
fn holding_rate_and_unit_cost_are_checked_separately() {
    let rate = |rate, unit_cost| EoqInput::new(1000.0, 10.0, HoldingCost::Rate { rate, unit_cost });
    assert_eq!(
        error_of(&rate(0.0, 60.0)),
        (ErrorCode::NotPositive, "holding_rate".into())
    );
    assert_eq!(
        error_of(&rate(f64::NAN, 60.0)),
        (ErrorCode::NotFinite, "holding_rate".into())
    );
    assert_eq!(
        error_of(&rate(0.2, -60.0)),
        (ErrorCode::NotPositive, "unit_cost".into())
    );
    // Each is valid alone, but the product underflows to zero.
    assert_eq!(
        error_of(&rate(1e-200, 1e-200)),
        (ErrorCode::NumericRange, String::new())
    );
}

#[test]
fn lead_time_errors_name_the_lead_time_field() {
    let base = per_unit(1000.0, 10.0, 0.5);
    assert_eq!(
        error_of(&base.with_lead_time(LeadTime::Periods(-0.1))),
        (ErrorCode::Negative, "lead_time".into())
    );
    assert_eq!(
        error_of(
            &base
                .with_lead_time(LeadTime::Days(f64::NAN))
                .with_working_days(250.0)
        ),
        (ErrorCode::NotFinite, "lead_time_days".into())
    );
    assert_eq!(
        error_of(&base.with_lead_time(LeadTime::Days(3.0))),
        (ErrorCode::MissingField, "working_days".into())
    );
    assert_eq!(
        error_of(&base.with_working_days(0.0)),
        (ErrorCode::NotPositive, "working_days".into())
    );
}

#[test]
fn extreme_magnitudes_are_a_numeric_range_error_not_infinity_or_zero() {
    // 2DS/H overflows to infinity.
    assert_eq!(
        error_of(&per_unit(1e300, 1e300, 1e-300)),
        (ErrorCode::NumericRange, String::new())
    );
    // 2DS/H underflows to zero.
    assert_eq!(
        error_of(&per_unit(1e-300, 1e-300, 1e300)),
        (ErrorCode::NumericRange, String::new())
    );
    // Q* and T are finite, but T in working days is not (found by fuzzing the JS API:
    // it gave cycleTimeDays Infinity), and neither is the daily demand over 1e-310 days.
    assert_eq!(
        error_of(&per_unit(1e-20, 10.0, 0.5).with_working_days(1e300)),
        (ErrorCode::NumericRange, String::new())
    );
    assert_eq!(
        error_of(&per_unit(1000.0, 10.0, 0.5).with_working_days(1e-310)),
        (ErrorCode::NumericRange, String::new())
    );
}

#[test]
fn flat_holding_fields_resolve_or_name_what_is_missing_or_conflicting() {
    let resolve = |cost, rate, unit| {
        HoldingCost::from_fields(cost, rate, unit).map_err(|e| (e.code(), e.field().to_owned()))
    };
    assert_eq!(
        resolve(Some(0.5), None, None),
        Ok(HoldingCost::PerUnit(0.5))
    );
    assert_eq!(
        resolve(None, Some(0.2), Some(65.0)),
        Ok(HoldingCost::Rate {
            rate: 0.2,
            unit_cost: 65.0
        })
    );
    assert_eq!(
        resolve(None, None, None),
        Err((ErrorCode::MissingField, "holding_cost".into()))
    );
    assert_eq!(
        resolve(None, Some(0.2), None),
        Err((ErrorCode::MissingField, "unit_cost".into()))
    );
    assert_eq!(
        resolve(None, None, Some(65.0)),
        Err((ErrorCode::MissingField, "holding_rate".into()))
    );
    assert_eq!(
        resolve(Some(0.5), Some(0.2), None),
        Err((ErrorCode::ConflictingFields, "holding_rate".into()))
    );
    assert_eq!(
        resolve(Some(0.5), None, Some(65.0)),
        Err((ErrorCode::ConflictingFields, "unit_cost".into()))
    );
}

#[test]
fn flat_lead_time_fields_take_one_unit_or_none() {
    assert_eq!(
        LeadTime::from_fields(Some(0.1), None),
        Ok(Some(LeadTime::Periods(0.1)))
    );
    assert_eq!(
        LeadTime::from_fields(None, Some(3.0)),
        Ok(Some(LeadTime::Days(3.0)))
    );
    assert_eq!(LeadTime::from_fields(None, None), Ok(None));
    let error = LeadTime::from_fields(Some(0.1), Some(3.0)).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::ConflictingFields, "lead_time_days")
    );
}

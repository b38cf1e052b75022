//! The economic production quantity and its cost curve against published textbook
//! examples, and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{FieldSetter, PRINTED_ROUNDING, TEXTBOOK, assert_fields_must_be_positive};
use opscalc::ErrorCode;
use opscalc::inventory::{
    DEFAULT_CURVE_POINTS, HoldingCost, ProductionOrderQuantityCostCurveInput,
    ProductionOrderQuantityInput, production_order_quantity, production_order_quantity_cost_curve,
};

fn per_unit(
    demand: f64,
    production_rate: f64,
    setup_cost: f64,
    holding_cost: f64,
) -> ProductionOrderQuantityInput {
    ProductionOrderQuantityInput::new(
        demand,
        production_rate,
        setup_cost,
        HoldingCost::PerUnit(holding_cost),
    )
}

/// Stevenson's toy wheels in opscalc's units: a year throughout, `p` = 800 × 240.
fn stevenson_wheels() -> ProductionOrderQuantityInput {
    per_unit(48_000.0, 800.0 * 240.0, 45.0, 1.0).with_working_days(240.0)
}

/// Stevenson, *Operations Management*, Inventory Management chapter, economic production
/// quantity example: a toy maker uses 48,000 rubber wheels a year, makes them at 800 a
/// day and uses 200 a day over 240 working days; H = $1 a wheel a year, S = $45 a run.
/// Published: Q ≈ 2,400 wheels, cycle 12 days, run time 3 days, I_max = 1,800,
/// TC = $900 + $900 = $1,800.
#[test]
fn stevenson_toy_wheels() {
    let result = production_order_quantity(&stevenson_wheels()).unwrap();
    assert_relative_eq!(result.quantity, 2400.0, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.cycle_time_days.unwrap(),
        12.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.production_run_time_days.unwrap(),
        3.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.max_inventory, 1800.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.setup_cost_per_period, 900.0, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.holding_cost_per_period,
        900.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.total_cost, 1800.0, max_relative = TEXTBOOK);
    // The textbook's daily rates, and the figures between them (hand-computed, after
    // Stevenson's example): 1 − d/p = 1 − 200/800 = 0.75, 48,000 / 2,400 = 20 runs a
    // year, 2,400 / 192,000 = 0.0125 years of production a run, 900 wheels on average.
    assert_relative_eq!(result.daily_demand.unwrap(), 200.0, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.daily_production_rate.unwrap(),
        800.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.build_up_fraction, 0.75, max_relative = TEXTBOOK);
    assert_relative_eq!(result.runs_per_period, 20.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.cycle_time, 0.05, max_relative = TEXTBOOK);
    assert_relative_eq!(result.production_run_time, 0.0125, max_relative = TEXTBOOK);
    assert_relative_eq!(result.average_inventory, 900.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.holding_cost, 1.0, max_relative = TEXTBOOK);
}

/// Heizer & Render, *Operations Management*, Inventory Management chapter, production
/// order quantity model: Nathan Manufacturing's hubcaps, D = 1,000 a year, S = $10,
/// H = $0.50, p = 8 a day, d = 4 a day over 250 days. Published: Q* = √80,000 ≈ 283
/// hubcaps. The rest is hand-computed, after the example: I_max = Q*(1 − 4/8) = √20,000
/// ≈ 141.42, a run of Q*/8 ≈ 35.36 days every Q*/4 ≈ 70.71 days, TC = √5,000 ≈ $70.71.
#[test]
fn heizer_render_nathan_manufacturing_hubcaps() {
    let input = per_unit(1000.0, 8.0 * 250.0, 10.0, 0.5).with_working_days(250.0);
    let result = production_order_quantity(&input).unwrap();
    assert_relative_eq!(
        result.quantity,
        80_000.0_f64.sqrt(),
        max_relative = TEXTBOOK
    );
    assert_eq!(result.quantity.round(), 283.0);
    assert_relative_eq!(result.daily_demand.unwrap(), 4.0, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.daily_production_rate.unwrap(),
        8.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.max_inventory,
        20_000.0_f64.sqrt(),
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.max_inventory, 141.42, epsilon = PRINTED_ROUNDING);
    assert_relative_eq!(
        result.production_run_time_days.unwrap(),
        35.36,
        epsilon = PRINTED_ROUNDING
    );
    assert_relative_eq!(
        result.cycle_time_days.unwrap(),
        70.71,
        epsilon = PRINTED_ROUNDING
    );
    assert_relative_eq!(
        result.total_cost,
        5000.0_f64.sqrt(),
        max_relative = TEXTBOOK
    );
}

#[test]
fn holding_cost_as_a_rate_gives_the_same_lot() {
    // Stevenson's H = $1 as 25 % of a $4 wheel.
    let input = ProductionOrderQuantityInput {
        holding_cost: HoldingCost::Rate {
            rate: 0.25,
            unit_cost: 4.0,
        },
        ..stevenson_wheels()
    };
    let result = production_order_quantity(&input).unwrap();
    assert_relative_eq!(result.holding_cost, 1.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.quantity, 2400.0, max_relative = TEXTBOOK);
}

#[test]
fn without_working_days_the_day_figures_are_absent() {
    let result = production_order_quantity(&per_unit(48_000.0, 192_000.0, 45.0, 1.0)).unwrap();
    assert_eq!(result.cycle_time_days, None);
    assert_eq!(result.production_run_time_days, None);
    assert_eq!(result.daily_demand, None);
    assert_eq!(result.daily_production_rate, None);
    assert_relative_eq!(result.quantity, 2400.0, max_relative = TEXTBOOK);
}

#[test]
fn the_profile_rises_during_the_run_and_falls_to_zero_at_the_cycle_end() {
    let result = production_order_quantity(&stevenson_wheels()).unwrap();
    let profile = result.inventory_profile();
    assert_eq!(profile.level, vec![0.0, result.max_inventory, 0.0]);
    assert_eq!(
        profile.time,
        vec![0.0, result.production_run_time, result.cycle_time]
    );
    // Stock builds at p − D during the run: 144,000 a year for 0.0125 years.
    assert_relative_eq!(
        (192_000.0 - 48_000.0) * result.production_run_time,
        result.max_inventory,
        max_relative = TEXTBOOK
    );
}

#[test]
fn setup_and_holding_cost_are_equal_at_the_optimum() {
    let result = production_order_quantity(&per_unit(3600.0, 5000.0, 31.0, 13.0)).unwrap();
    assert_relative_eq!(
        result.setup_cost_per_period,
        result.holding_cost_per_period,
        max_relative = TEXTBOOK
    );
    // TC* = √(2DSH(1 − D/p))
    assert_relative_eq!(
        result.total_cost,
        (2.0_f64 * 3600.0 * 31.0 * 13.0 * (1.0 - 3600.0 / 5000.0)).sqrt(),
        max_relative = TEXTBOOK
    );
}

fn curve(
    min: Option<f64>,
    max: Option<f64>,
    points: Option<u32>,
) -> ProductionOrderQuantityCostCurveInput {
    ProductionOrderQuantityCostCurveInput {
        min_quantity: min,
        max_quantity: max,
        points,
        ..ProductionOrderQuantityCostCurveInput::new(stevenson_wheels())
    }
}

/// Stevenson's toy wheels (above): hand-computed, after the example, a run of 1,200
/// costs 40 × $45 = $1,800 in setups and 1,200 × 0.75 / 2 = $450 in holding; one of
/// 4,800 costs $450 + $1,800. Both are $2,250, 25 % above the optimum's $1,800.
#[test]
fn stevenson_cost_curve_off_the_optimum() {
    let result =
        production_order_quantity_cost_curve(&curve(Some(1200.0), Some(4800.0), Some(4))).unwrap();
    assert_eq!(result.quantity, vec![1200.0, 2400.0, 3600.0, 4800.0]);
    let expected_setup = [1800.0, 900.0, 600.0, 450.0];
    let expected_holding = [450.0, 900.0, 1350.0, 1800.0];
    let expected_penalty = [0.25, 0.0, 1950.0 / 1800.0 - 1.0, 0.25];
    for index in 0..4 {
        assert_relative_eq!(
            result.setup_cost_per_period[index],
            expected_setup[index],
            max_relative = TEXTBOOK
        );
        assert_relative_eq!(
            result.holding_cost_per_period[index],
            expected_holding[index],
            max_relative = TEXTBOOK
        );
        assert_relative_eq!(
            result.total_cost[index],
            expected_setup[index] + expected_holding[index],
            max_relative = TEXTBOOK
        );
        assert_relative_eq!(
            result.cost_penalty[index],
            expected_penalty[index],
            epsilon = 1e-15
        );
    }
    assert_relative_eq!(result.optimal_quantity, 2400.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.minimum_total_cost, 1800.0, max_relative = TEXTBOOK);
}

#[test]
fn default_curve_spans_a_fifth_to_three_times_the_optimum() {
    let result = production_order_quantity_cost_curve(&curve(None, None, None)).unwrap();
    let points = usize::try_from(DEFAULT_CURVE_POINTS).unwrap();
    for column in [
        &result.quantity,
        &result.setup_cost_per_period,
        &result.holding_cost_per_period,
        &result.total_cost,
        &result.cost_penalty,
    ] {
        assert_eq!(column.len(), points);
    }
    assert_relative_eq!(result.quantity[0], 480.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.quantity[points - 1], 7200.0, max_relative = TEXTBOOK);
}

fn error_of(input: &ProductionOrderQuantityInput) -> (ErrorCode, String) {
    let error = production_order_quantity(input).unwrap_err();
    (error.code(), error.field().to_owned())
}

/// Each numeric field by name, with a way to set it.
const FIELDS: [(&str, FieldSetter<ProductionOrderQuantityInput>); 5] = [
    ("demand", |input, value| input.demand = value),
    ("production_rate", |input, value| {
        input.production_rate = value
    }),
    ("setup_cost", |input, value| input.setup_cost = value),
    ("holding_cost", |input, value| {
        input.holding_cost = HoldingCost::PerUnit(value)
    }),
    ("working_days", |input, value| {
        input.working_days = Some(value)
    }),
];

#[test]
fn every_numeric_field_rejects_nan_infinity_and_bad_signs() {
    assert_fields_must_be_positive(stevenson_wheels, &FIELDS, |input| {
        production_order_quantity(input).err()
    });
}

#[test]
fn production_rate_must_exceed_demand() {
    for production_rate in [100.0, 99.0, 1.0] {
        let error =
            production_order_quantity(&per_unit(100.0, production_rate, 10.0, 1.0)).unwrap_err();
        assert_eq!(
            (error.code(), error.field()),
            (ErrorCode::OutOfRange, "production_rate")
        );
        assert_eq!(error.message(), "must be greater than the demand rate");
    }
    // The smallest rate above demand is valid: stock builds up, however slowly.
    let barely = production_order_quantity(&per_unit(100.0, 100.0_f64.next_up(), 10.0, 1.0));
    assert!(barely.unwrap().quantity.is_finite());
}

#[test]
fn holding_rate_and_unit_cost_are_checked_separately() {
    let rate = |rate, unit_cost| ProductionOrderQuantityInput {
        holding_cost: HoldingCost::Rate { rate, unit_cost },
        ..per_unit(100.0, 200.0, 10.0, 1.0)
    };
    assert_eq!(
        error_of(&rate(0.0, 60.0)),
        (ErrorCode::NotPositive, "holding_rate".into())
    );
    assert_eq!(
        error_of(&rate(0.2, f64::NAN)),
        (ErrorCode::NotFinite, "unit_cost".into())
    );
}

#[test]
fn extreme_magnitudes_are_a_numeric_range_error_not_infinity_or_zero() {
    // 2DS / (H (1 − D/p)) overflows.
    assert_eq!(
        error_of(&per_unit(1e300, 2e300, 1e300, 1e-300)),
        (ErrorCode::NumericRange, String::new())
    );
    // H (1 − D/p) = 0.25 × the smallest positive float underflows to zero.
    assert_eq!(
        error_of(&per_unit(3.0, 4.0, 10.0, f64::from_bits(1))),
        (ErrorCode::NumericRange, String::new())
    );
    // Each figure is finite, but the daily production rate is not.
    assert_eq!(
        error_of(&per_unit(1.0, 1e300, 1.0, 1.0).with_working_days(1e-300)),
        (ErrorCode::NumericRange, String::new())
    );
    // Nor the cycle time in working days (found by fuzzing the JS API).
    assert_eq!(
        error_of(&per_unit(1e-20, 1000.0, 10.0, 0.5).with_working_days(1e300)),
        (ErrorCode::NumericRange, String::new())
    );
}

fn curve_error_of(input: &ProductionOrderQuantityCostCurveInput) -> (ErrorCode, String) {
    let error = production_order_quantity_cost_curve(input).unwrap_err();
    (error.code(), error.field().to_owned())
}

#[test]
fn curve_errors_name_model_fields_under_model() {
    let mut input = curve(None, None, None);
    input.model.production_rate = 48_000.0;
    assert_eq!(
        curve_error_of(&input),
        (ErrorCode::OutOfRange, "model.production_rate".into())
    );
    input.model.setup_cost = -1.0;
    assert_eq!(
        curve_error_of(&input),
        (ErrorCode::NotPositive, "model.setup_cost".into())
    );
}

#[test]
fn curve_range_and_point_errors() {
    assert_eq!(
        curve_error_of(&curve(None, None, Some(1))),
        (ErrorCode::OutOfRange, "points".into())
    );
    assert_eq!(
        curve_error_of(&curve(Some(500.0), Some(400.0), None)),
        (ErrorCode::OutOfRange, "max_quantity".into())
    );
    assert_eq!(
        curve_error_of(&curve(Some(f64::NAN), None, None)),
        (ErrorCode::NotFinite, "min_quantity".into())
    );
}

//! The EOQ with planned backorders and its cost curve against a published textbook
//! example, and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{FieldSetter, PRINTED_ROUNDING, TEXTBOOK, assert_fields_must_be_positive};
use opscalc::ErrorCode;
use opscalc::inventory::{
    EoqBackordersCostCurveInput, EoqBackordersInput, HoldingCost, eoq_backorders,
    eoq_backorders_cost_curve,
};

fn per_unit(
    demand: f64,
    ordering_cost: f64,
    holding_cost: f64,
    backorder_cost: f64,
) -> EoqBackordersInput {
    EoqBackordersInput::new(
        demand,
        ordering_cost,
        HoldingCost::PerUnit(holding_cost),
        backorder_cost,
    )
}

fn higley() -> EoqBackordersInput {
    EoqBackordersInput::new(
        2000.0,
        25.0,
        HoldingCost::Rate {
            rate: 0.2,
            unit_cost: 50.0,
        },
        30.0,
    )
    .with_working_days(250.0)
}

/// Anderson, Sweeney & Williams, *An Introduction to Management Science*, Inventory
/// Models chapter, EOQ model with planned shortages: Higley Radio Components, D = 2,000
/// a year, S = $25, unit cost $50 with a 20 % holding rate (H = $10), backorder cost
/// $30 a unit a year. Published (approximately): Q* ≈ 115.47, maximum backorder ≈
/// 28.87, total cost ≈ $866.
///
/// Exactly: Q*² = 2 × 2,000 × 25 / 10 × 40/30 = 40,000/3, so Q* = 200/√3; b* = Q*/4;
/// TC* = √(2DSH × B/(H + B)) = √750,000 = 500√3. Hand-computed, after the example:
/// ordering $433.01 (half of TC*), holding 3/4 of the other half ($324.76), backorders
/// 1/4 of it ($108.25); 250 working days give a 14.43-day cycle, 10.83 days with stock.
#[test]
fn anderson_higley_radio_components() {
    let result = eoq_backorders(&higley()).unwrap();
    let root3 = 3.0_f64.sqrt();
    assert_relative_eq!(result.holding_cost, 10.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.quantity, 200.0 / root3, max_relative = TEXTBOOK);
    assert_relative_eq!(result.quantity, 115.47, epsilon = PRINTED_ROUNDING);
    assert_relative_eq!(result.max_backorder, 50.0 / root3, max_relative = TEXTBOOK);
    assert_relative_eq!(result.max_backorder, 28.87, epsilon = PRINTED_ROUNDING);
    assert_relative_eq!(result.max_inventory, 150.0 / root3, max_relative = TEXTBOOK);
    assert_relative_eq!(result.total_cost, 500.0 * root3, max_relative = TEXTBOOK);
    assert_relative_eq!(result.total_cost, 866.0, epsilon = 0.5);

    assert_relative_eq!(
        result.ordering_cost_per_period,
        250.0 * root3,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.ordering_cost_per_period, 433.01, epsilon = 0.005);
    assert_relative_eq!(
        result.holding_cost_per_period,
        187.5 * root3,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.holding_cost_per_period, 324.76, epsilon = 0.005);
    assert_relative_eq!(
        result.backorder_cost_per_period,
        62.5 * root3,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.backorder_cost_per_period, 108.25, epsilon = 0.005);

    assert_relative_eq!(result.backorder_fraction, 0.25, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.orders_per_period,
        10.0 * root3,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.cycle_time, 0.1 / root3, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.cycle_time_days.unwrap(),
        14.43,
        epsilon = PRINTED_ROUNDING
    );
    assert_relative_eq!(
        result.time_with_stock_days.unwrap(),
        10.83,
        epsilon = PRINTED_ROUNDING
    );
    assert_relative_eq!(
        result.time_in_backorder_days.unwrap(),
        3.61,
        epsilon = PRINTED_ROUNDING
    );
    assert_relative_eq!(result.daily_demand.unwrap(), 8.0, max_relative = TEXTBOOK);
}

#[test]
fn the_parts_add_up() {
    let result = eoq_backorders(&higley()).unwrap();
    assert_relative_eq!(
        result.max_inventory + result.max_backorder,
        result.quantity,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.time_with_stock + result.time_in_backorder,
        result.cycle_time,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.total_cost,
        result.ordering_cost_per_period
            + result.holding_cost_per_period
            + result.backorder_cost_per_period,
        max_relative = TEXTBOOK
    );
    // At the optimum, ordering cost equals holding plus backorder cost.
    assert_relative_eq!(
        result.ordering_cost_per_period,
        result.holding_cost_per_period + result.backorder_cost_per_period,
        max_relative = TEXTBOOK
    );
    // Costs are average levels times unit costs, over the whole cycle.
    assert_relative_eq!(
        result.average_inventory * 10.0,
        result.holding_cost_per_period,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.average_backorder * 30.0,
        result.backorder_cost_per_period,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.average_inventory,
        result.max_inventory.powi(2) / (2.0 * result.quantity),
        max_relative = TEXTBOOK
    );
}

#[test]
fn equal_holding_and_backorder_costs_backorder_half_of_each_lot() {
    // Q*² = 2 × 500 × 5 / 1 × 2 = 10,000.
    let result = eoq_backorders(&per_unit(500.0, 5.0, 1.0, 1.0)).unwrap();
    assert_eq!(result.quantity, 100.0);
    assert_eq!((result.max_inventory, result.max_backorder), (50.0, 50.0));
    assert_eq!(result.total_cost, 50.0);
    let profile = result.inventory_profile();
    assert_eq!(profile.time, vec![0.0, 0.1, 0.2]);
    assert_eq!(profile.level, vec![50.0, 0.0, -50.0]);
    assert_eq!(result.cycle_time_days, None);
    assert_eq!(result.time_with_stock_days, None);
    assert_eq!(result.time_in_backorder_days, None);
    assert_eq!(result.daily_demand, None);
}

fn curve(min: Option<f64>, max: Option<f64>, points: Option<u32>) -> EoqBackordersCostCurveInput {
    EoqBackordersCostCurveInput {
        min_quantity: min,
        max_quantity: max,
        points,
        ..EoqBackordersCostCurveInput::new(higley())
    }
}

/// Higley Radio Components (above), hand-computed: with the best backorder level b = Q/4
/// for each lot, a lot of 100 costs 2,000/100 × $25 = $500 to order, 75²/200 × $10 =
/// $281.25 to hold and 25²/200 × $30 = $93.75 in backorders: $875. A lot of 200 costs
/// $250 + $562.50 + $187.50 = $1,000.
#[test]
fn higley_cost_curve_at_100_and_200() {
    let result = eoq_backorders_cost_curve(&curve(Some(100.0), Some(200.0), Some(2))).unwrap();
    assert_eq!(result.quantity, vec![100.0, 200.0]);
    let expected = [
        (25.0, 500.0, 281.25, 93.75, 875.0),
        (50.0, 250.0, 562.5, 187.5, 1000.0),
    ];
    for (index, (backorder, ordering, holding, backordering, total)) in
        expected.into_iter().enumerate()
    {
        assert_relative_eq!(
            result.max_backorder[index],
            backorder,
            max_relative = TEXTBOOK
        );
        assert_relative_eq!(
            result.ordering_cost_per_period[index],
            ordering,
            max_relative = TEXTBOOK
        );
        assert_relative_eq!(
            result.holding_cost_per_period[index],
            holding,
            max_relative = TEXTBOOK
        );
        assert_relative_eq!(
            result.backorder_cost_per_period[index],
            backordering,
            max_relative = TEXTBOOK
        );
        assert_relative_eq!(result.total_cost[index], total, max_relative = TEXTBOOK);
        assert_relative_eq!(
            result.cost_penalty[index],
            total / (500.0 * 3.0_f64.sqrt()) - 1.0,
            max_relative = 1e-12
        );
    }
    assert_relative_eq!(
        result.optimal_quantity,
        200.0 / 3.0_f64.sqrt(),
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.minimum_total_cost,
        500.0 * 3.0_f64.sqrt(),
        max_relative = TEXTBOOK
    );
}

#[test]
fn default_curve_has_equal_columns_around_the_optimum() {
    let result = eoq_backorders_cost_curve(&curve(None, None, Some(11))).unwrap();
    for column in [
        &result.max_backorder,
        &result.ordering_cost_per_period,
        &result.holding_cost_per_period,
        &result.backorder_cost_per_period,
        &result.total_cost,
        &result.cost_penalty,
    ] {
        assert_eq!(column.len(), result.quantity.len());
    }
    assert_eq!(result.quantity.len(), 11);
    assert_relative_eq!(
        result.quantity[0],
        result.optimal_quantity / 5.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.quantity[10],
        result.optimal_quantity * 3.0,
        max_relative = TEXTBOOK
    );
}

fn error_of(input: &EoqBackordersInput) -> (ErrorCode, String) {
    let error = eoq_backorders(input).unwrap_err();
    (error.code(), error.field().to_owned())
}

/// Each numeric field by name, with a way to set it.
const FIELDS: [(&str, FieldSetter<EoqBackordersInput>); 5] = [
    ("demand", |input, value| input.demand = value),
    ("ordering_cost", |input, value| input.ordering_cost = value),
    ("holding_cost", |input, value| {
        input.holding_cost = HoldingCost::PerUnit(value)
    }),
    ("backorder_cost", |input, value| {
        input.backorder_cost = value
    }),
    ("working_days", |input, value| {
        input.working_days = Some(value)
    }),
];

#[test]
fn every_numeric_field_rejects_nan_infinity_and_bad_signs() {
    assert_fields_must_be_positive(
        || per_unit(2000.0, 25.0, 10.0, 30.0).with_working_days(250.0),
        &FIELDS,
        |input| eoq_backorders(input).err(),
    );
}

#[test]
fn holding_rate_and_unit_cost_are_checked_separately() {
    let rate = |rate, unit_cost| EoqBackordersInput {
        holding_cost: HoldingCost::Rate { rate, unit_cost },
        ..higley()
    };
    assert_eq!(
        error_of(&rate(-0.2, 50.0)),
        (ErrorCode::NotPositive, "holding_rate".into())
    );
    assert_eq!(
        error_of(&rate(0.2, f64::INFINITY)),
        (ErrorCode::NotFinite, "unit_cost".into())
    );
}

#[test]
fn extreme_magnitudes_are_a_numeric_range_error_not_infinity_or_zero() {
    // 2DS / (H B / (H + B)) overflows.
    assert_eq!(
        error_of(&per_unit(1e300, 1e300, 1e-300, 1.0)),
        (ErrorCode::NumericRange, String::new())
    );
    // H B / (H + B) underflows to zero.
    assert_eq!(
        error_of(&per_unit(1.0, 1.0, f64::from_bits(1), f64::from_bits(1))),
        (ErrorCode::NumericRange, String::new())
    );
    // The daily demand over 1e-310 working days overflows (found by fuzzing the JS API).
    assert_eq!(
        error_of(&per_unit(1000.0, 10.0, 0.5, 2.0).with_working_days(1e-310)),
        (ErrorCode::NumericRange, String::new())
    );
    // Huge but equal H and B do not overflow H + B: half of each lot is backordered.
    let huge = eoq_backorders(&per_unit(1.0, 1.0, f64::MAX, f64::MAX)).unwrap();
    assert_eq!(huge.backorder_fraction, 0.5);
}

fn curve_error_of(input: &EoqBackordersCostCurveInput) -> (ErrorCode, String) {
    let error = eoq_backorders_cost_curve(input).unwrap_err();
    (error.code(), error.field().to_owned())
}

#[test]
fn curve_errors_name_model_fields_under_model() {
    let mut input = curve(None, None, None);
    input.model.backorder_cost = 0.0;
    assert_eq!(
        curve_error_of(&input),
        (ErrorCode::NotPositive, "model.backorder_cost".into())
    );
    input.model.holding_cost = HoldingCost::Rate {
        rate: 0.2,
        unit_cost: -1.0,
    };
    assert_eq!(
        curve_error_of(&input),
        (ErrorCode::NotPositive, "model.unit_cost".into())
    );
}

#[test]
fn curve_range_and_point_errors() {
    assert_eq!(
        curve_error_of(&curve(None, None, Some(0))),
        (ErrorCode::OutOfRange, "points".into())
    );
    assert_eq!(
        curve_error_of(&curve(None, None, Some(10_001))),
        (ErrorCode::TooLarge, "points".into())
    );
    assert_eq!(
        curve_error_of(&curve(None, Some(-1.0), None)),
        (ErrorCode::NotPositive, "max_quantity".into())
    );
}

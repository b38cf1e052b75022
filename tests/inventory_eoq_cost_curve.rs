//! The EOQ cost curve: published costs off the optimum, shape, defaults and errors.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{TEXTBOOK, failure};
use opscalc::ErrorCode;
use opscalc::inventory::{
    CostCurveInput, DEFAULT_CURVE_POINTS, EoqBackordersInput, EoqCostCurveInput, EoqInput,
    HoldingCost, MAX_CURVE_POINTS, ProductionOrderQuantityInput, eoq_backorders_cost_curve,
    eoq_cost_curve, production_order_quantity_cost_curve,
};

fn sharp_inc() -> EoqInput {
    EoqInput::new(1000.0, 10.0, HoldingCost::PerUnit(0.5))
}

fn range(min: Option<f64>, max: Option<f64>, points: Option<u32>) -> EoqCostCurveInput {
    EoqCostCurveInput {
        min_quantity: min,
        max_quantity: max,
        points,
        ..EoqCostCurveInput::new(sharp_inc())
    }
}

/// Krajewski, Ritzman & Malhotra, *Operations Management: Processes and Supply Chains*,
/// Inventory Management chapter, bird feeders (D = 936, S = $45, H = $15): the current
/// lot of 390 units costs $2,925 holding + $108 ordering = $3,033 a year; the rounded
/// EOQ of 75 costs $562.50 + $561.60 = $1,124.10.
#[test]
fn krajewski_bird_feeder_costs_at_75_and_390() {
    let model = EoqInput::new(
        936.0,
        45.0,
        HoldingCost::Rate {
            rate: 0.25,
            unit_cost: 60.0,
        },
    );
    let curve = eoq_cost_curve(&EoqCostCurveInput {
        min_quantity: Some(75.0),
        max_quantity: Some(390.0),
        points: Some(2),
        ..EoqCostCurveInput::new(model)
    })
    .unwrap();
    assert_eq!(curve.quantity, vec![75.0, 390.0]);
    assert_relative_eq!(
        curve.holding_cost_per_period[0],
        562.50,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        curve.ordering_cost_per_period[0],
        561.60,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(curve.total_cost[0], 1124.10, max_relative = TEXTBOOK);
    assert_relative_eq!(
        curve.holding_cost_per_period[1],
        2925.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        curve.ordering_cost_per_period[1],
        108.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(curve.total_cost[1], 3033.0, max_relative = TEXTBOOK);
}

#[test]
fn default_curve_spans_a_fifth_to_three_times_the_optimum() {
    let curve = eoq_cost_curve(&EoqCostCurveInput::new(sharp_inc())).unwrap();
    let points = usize::try_from(DEFAULT_CURVE_POINTS).unwrap();
    assert_eq!(curve.quantity.len(), points);
    assert_eq!(curve.total_cost.len(), points);
    assert_eq!(curve.cost_penalty.len(), points);
    assert_relative_eq!(curve.quantity[0], 40.0, max_relative = TEXTBOOK);
    assert_eq!(curve.quantity[points - 1], 600.0);
    assert_relative_eq!(curve.optimal_quantity, 200.0, max_relative = TEXTBOOK);
    assert_relative_eq!(curve.minimum_total_cost, 100.0, max_relative = TEXTBOOK);
    // Evenly spaced: (600 - 40) / 100 = 5.6 apart.
    for pair in curve.quantity.windows(2) {
        assert_relative_eq!(pair[1] - pair[0], 5.6, max_relative = 1e-9);
    }
}

#[test]
fn cost_penalty_matches_its_closed_form_and_vanishes_at_the_optimum() {
    let curve = eoq_cost_curve(&range(Some(100.0), Some(400.0), Some(4))).unwrap();
    // Q = 100, 200, 300, 400 against Q* = 200: (Q/Q* + Q*/Q)/2 - 1.
    let expected = [0.25, 0.0, 1.0 / 12.0, 0.25];
    for (penalty, expected) in curve.cost_penalty.iter().zip(expected) {
        assert_relative_eq!(*penalty, expected, epsilon = 1e-15);
    }
    assert_relative_eq!(curve.total_cost[0], 125.0, max_relative = TEXTBOOK);
}

#[test]
fn a_single_given_bound_keeps_the_range_open() {
    let curve = eoq_cost_curve(&range(Some(1000.0), None, Some(3))).unwrap();
    assert_eq!((curve.quantity[0], curve.quantity[2]), (1000.0, 2000.0));
    let curve = eoq_cost_curve(&range(None, Some(20.0), Some(3))).unwrap();
    assert_eq!((curve.quantity[0], curve.quantity[2]), (10.0, 20.0));
}

fn error_of(input: &EoqCostCurveInput) -> (ErrorCode, String) {
    let error = eoq_cost_curve(input).unwrap_err();
    (error.code(), error.field().to_owned())
}

#[test]
fn model_errors_are_reported_under_model() {
    let bad_model = EoqCostCurveInput::new(EoqInput::new(-5.0, 10.0, HoldingCost::PerUnit(0.5)));
    assert_eq!(
        error_of(&bad_model),
        (ErrorCode::NotPositive, "model.demand".into())
    );
}

#[test]
fn range_and_point_errors() {
    assert_eq!(
        error_of(&range(None, None, Some(1))),
        (ErrorCode::OutOfRange, "points".into())
    );
    assert_eq!(
        error_of(&range(None, None, Some(0))),
        (ErrorCode::OutOfRange, "points".into())
    );
    assert_eq!(
        error_of(&range(None, None, Some(MAX_CURVE_POINTS + 1))),
        (ErrorCode::TooLarge, "points".into())
    );
    assert!(eoq_cost_curve(&range(None, None, Some(MAX_CURVE_POINTS))).is_ok());
    assert_eq!(
        error_of(&range(Some(0.0), None, None)),
        (ErrorCode::NotPositive, "min_quantity".into())
    );
    assert_eq!(
        error_of(&range(None, Some(f64::INFINITY), None)),
        (ErrorCode::NotFinite, "max_quantity".into())
    );
    assert_eq!(
        error_of(&range(Some(300.0), Some(300.0), None)),
        (ErrorCode::OutOfRange, "max_quantity".into())
    );
    // Ordering cost at a vanishing lot size overflows.
    assert_eq!(
        error_of(&range(Some(1e-320), Some(1.0), Some(2))),
        (ErrorCode::NumericRange, String::new())
    );
}

/// The lot sizes `min` (or the default) to `max`, 2 points, for any lot-size model.
fn two_points<M>(model: M, min: Option<f64>, max: f64) -> CostCurveInput<M> {
    CostCurveInput {
        min_quantity: min,
        max_quantity: Some(max),
        points: Some(2),
        ..CostCurveInput::new(model)
    }
}

/// Found by fuzzing the JS API: every cost is finite, but a cost far above the optimum's
/// made `cost_penalty` Infinity. The three lot-size curves share the EOQ's code.
#[test]
fn a_penalty_beyond_f64_is_a_numeric_range_error_in_every_lot_size_curve() {
    let whole = (ErrorCode::NumericRange, String::new());
    // `H` = 1e-300 puts TC(Q*) near 1e-148, and a lot of 1e-300 costs 1e304 to order;
    // a demand of 1e-300 puts TC(Q*) near 1e-150, and a lot of 1e300 costs 5e299 to hold.
    for (demand, holding, min, max) in [
        (1000.0, 1e-300, Some(1e-300), 200.0),
        (1e-300, 1.0, None, 1e300),
    ] {
        let holding = HoldingCost::PerUnit(holding);
        let eoq = EoqInput::new(demand, 10.0, holding);
        assert_eq!(failure(eoq_cost_curve(&two_points(eoq, min, max))), whole);
        let epq = ProductionOrderQuantityInput::new(demand, 2000.0, 10.0, holding);
        let epq = production_order_quantity_cost_curve(&two_points(epq, min, max));
        assert_eq!(failure(epq), whole);
        let backorders = EoqBackordersInput::new(demand, 10.0, holding, 2.0);
        let backorders = eoq_backorders_cost_curve(&two_points(backorders, min, max));
        assert_eq!(failure(backorders), whole);
    }
}

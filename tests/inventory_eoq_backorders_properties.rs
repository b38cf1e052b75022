//! Properties of the EOQ with planned backorders over random valid inputs (proptest;
//! native only).
// Unwrapping is the assertion in a test.
#![allow(clippy::unwrap_used)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::inventory::{
    EoqBackordersCostCurveInput, EoqBackordersInput, EoqInput, HoldingCost, eoq, eoq_backorders,
    eoq_backorders_cost_curve,
};
use proptest::prelude::*;

/// Magnitudes a real inventory problem uses, from fractions of a unit to billions.
fn magnitude() -> impl Strategy<Value = f64> {
    (-3.0_f64..9.0).prop_map(|exponent| 10.0_f64.powf(exponent))
}

fn model(demand: f64, ordering: f64, holding: f64, backorder: f64) -> EoqBackordersInput {
    EoqBackordersInput::new(demand, ordering, HoldingCost::PerUnit(holding), backorder)
}

/// Ordering, holding and backorder cost per period of ordering `Q` and letting
/// backorders reach `b` (0 ≤ b ≤ Q), straight from the sawtooth's geometry: the test's
/// own statement of the model, independent of the library's algebra.
fn cost(demand: f64, ordering: f64, holding: f64, backorder: f64, q: f64, b: f64) -> f64 {
    demand / q * ordering + (q - b).powi(2) / (2.0 * q) * holding + b * b / (2.0 * q) * backorder
}

proptest! {
    /// As backorders become dearer, the model tends to the EOQ: Q* falls towards it,
    /// the relative gap shrinking with every tenfold rise in `B`, and the backorder level
    /// vanishes as a share of the lot.
    #[test]
    fn tends_to_the_eoq_as_backorders_become_prohibitive(
        demand in magnitude(),
        ordering in magnitude(),
        holding in magnitude(),
        backorder_over_holding in (-2.0_f64..2.0).prop_map(|exponent| 10.0_f64.powf(exponent)),
    ) {
        let basic = eoq(&EoqInput::new(demand, ordering, HoldingCost::PerUnit(holding))).unwrap();
        let mut previous_gap = f64::INFINITY;
        for tenfold in 0..6 {
            let backorder = holding * backorder_over_holding * 10.0_f64.powi(tenfold);
            let result = eoq_backorders(&model(demand, ordering, holding, backorder)).unwrap();
            let gap = result.quantity / basic.quantity - 1.0;
            prop_assert!(gap > 0.0, "backorders let the lot grow, gap {gap}");
            prop_assert!(gap < previous_gap, "gap {gap} did not shrink from {previous_gap}");
            prop_assert!(result.total_cost < basic.total_cost, "backorders cannot cost more");
            let expected_share = holding / (holding + backorder);
            prop_assert!((result.max_backorder / result.quantity / expected_share - 1.0).abs() < 1e-12);
            previous_gap = gap;
        }
        let prohibitive = eoq_backorders(&model(demand, ordering, holding, holding * 1e12)).unwrap();
        prop_assert!(prohibitive.quantity / basic.quantity - 1.0 < 1e-11);
        prop_assert!(prohibitive.max_backorder / prohibitive.quantity < 1e-11);
    }

    /// No lot size and backorder level costs less than the optimum: the model's costs
    /// at (Q*, b*) against the sawtooth's cost at any (Q, b) with 0 ≤ b ≤ Q.
    #[test]
    fn total_cost_is_minimal_at_the_optimum_over_any_lot_and_backorder_level(
        demand in magnitude(),
        ordering in magnitude(),
        holding in magnitude(),
        backorder in magnitude(),
        lot_ratio in (-2.0_f64..2.0).prop_map(|exponent| 10.0_f64.powf(exponent)),
        backorder_share in 0.0_f64..=1.0,
    ) {
        let result = eoq_backorders(&model(demand, ordering, holding, backorder)).unwrap();
        let at_optimum = cost(demand, ordering, holding, backorder, result.quantity, result.max_backorder);
        prop_assert!((at_optimum / result.total_cost - 1.0).abs() < 1e-12);
        let q = result.quantity * lot_ratio;
        let other = cost(demand, ordering, holding, backorder, q, q * backorder_share);
        prop_assert!(other >= result.total_cost * (1.0 - 1e-12), "{other} below {}", result.total_cost);
    }

    /// The curve's cost at each Q uses that Q's best backorder level: it is never above
    /// the sawtooth's cost with another level, and it is lowest at Q*.
    #[test]
    fn the_curve_is_minimal_at_the_optimum_and_each_point_at_its_best_backorder_level(
        demand in magnitude(),
        ordering in magnitude(),
        holding in magnitude(),
        backorder in magnitude(),
        relative_delta in 1e-6_f64..0.99,
        backorder_share in 0.0_f64..=1.0,
    ) {
        let input = model(demand, ordering, holding, backorder);
        let optimum = eoq_backorders(&input).unwrap();
        let delta = optimum.quantity * relative_delta;
        let curve = eoq_backorders_cost_curve(&EoqBackordersCostCurveInput {
            min_quantity: Some(optimum.quantity - delta),
            max_quantity: Some(optimum.quantity + delta),
            points: Some(2),
            ..EoqBackordersCostCurveInput::new(input)
        }).unwrap();
        prop_assert!(curve.total_cost.iter().all(|total| *total > optimum.total_cost));
        prop_assert!(curve.cost_penalty.iter().all(|penalty| *penalty > 0.0));
        for (index, q) in curve.quantity.iter().enumerate() {
            let best = cost(demand, ordering, holding, backorder, *q, curve.max_backorder[index]);
            prop_assert!((best / curve.total_cost[index] - 1.0).abs() < 1e-12);
            let other = cost(demand, ordering, holding, backorder, *q, q * backorder_share);
            prop_assert!(other >= curve.total_cost[index] * (1.0 - 1e-12));
        }
    }

    /// The cycle's parts add up: stock plus backorders is the lot, time with stock plus
    /// time in backorder is the cycle, and ordering cost equals holding plus backorder
    /// cost at the optimum.
    #[test]
    fn the_parts_add_up(
        demand in magnitude(),
        ordering in magnitude(),
        holding in magnitude(),
        backorder in magnitude(),
    ) {
        let result = eoq_backorders(&model(demand, ordering, holding, backorder)).unwrap();
        let close = |a: f64, b: f64| (a / b - 1.0).abs() < 1e-12;
        prop_assert!(close(result.max_inventory + result.max_backorder, result.quantity));
        prop_assert!(close(result.time_with_stock + result.time_in_backorder, result.cycle_time));
        prop_assert!(close(
            result.ordering_cost_per_period,
            result.holding_cost_per_period + result.backorder_cost_per_period
        ));
        prop_assert!(close(result.time_in_backorder / result.cycle_time, result.backorder_fraction));
    }
}

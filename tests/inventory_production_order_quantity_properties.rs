//! Properties of the economic production quantity over random valid inputs (proptest;
//! native only).
// Unwrapping is the assertion in a test.
#![allow(clippy::unwrap_used)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::inventory::{
    EoqInput, HoldingCost, ProductionOrderQuantityCostCurveInput, ProductionOrderQuantityInput,
    eoq, production_order_quantity, production_order_quantity_cost_curve,
};
use proptest::prelude::*;

/// Magnitudes a real inventory problem uses, from fractions of a unit to billions.
fn magnitude() -> impl Strategy<Value = f64> {
    (-3.0_f64..9.0).prop_map(|exponent| 10.0_f64.powf(exponent))
}

/// How many times demand the production rate is: from barely above it to a thousandfold.
fn production_multiple() -> impl Strategy<Value = f64> {
    (1e-3_f64..3.0).prop_map(|exponent| 10.0_f64.powf(exponent))
}

fn model(demand: f64, multiple: f64, setup: f64, holding: f64) -> ProductionOrderQuantityInput {
    ProductionOrderQuantityInput::new(
        demand,
        demand * multiple,
        setup,
        HoldingCost::PerUnit(holding),
    )
}

proptest! {
    /// As the production rate grows, the EPQ falls towards the EOQ: it is never below it,
    /// the relative gap shrinks with every tenfold rise in `p`, and `Q_EPQ / Q_EOQ =
    /// 1 / √(1 − D/p)` exactly.
    #[test]
    fn epq_tends_to_the_eoq_as_production_becomes_instantaneous(
        demand in magnitude(),
        setup in magnitude(),
        holding in magnitude(),
        multiple in production_multiple(),
    ) {
        let basic = eoq(&EoqInput::new(demand, setup, HoldingCost::PerUnit(holding))).unwrap();
        let mut previous_gap = f64::INFINITY;
        for tenfold in 0..6 {
            let faster = multiple * 10.0_f64.powi(tenfold);
            let result = production_order_quantity(&model(demand, faster, setup, holding)).unwrap();
            let gap = result.quantity / basic.quantity - 1.0;
            prop_assert!(gap >= 0.0, "EPQ below EOQ by {gap}");
            prop_assert!(gap < previous_gap, "gap {gap} did not shrink from {previous_gap}");
            let ratio = result.quantity / basic.quantity;
            let expected = 1.0 / (1.0 - 1.0 / faster).sqrt();
            prop_assert!((ratio / expected - 1.0).abs() < 1e-9, "ratio {ratio}, expected {expected}");
            previous_gap = gap;
        }
        // A millionfold faster production is within a millionth of the EOQ.
        let fastest = production_order_quantity(&model(demand, multiple * 1e6, setup, holding)).unwrap();
        prop_assert!(fastest.quantity / basic.quantity - 1.0 < 1e-6);
    }

    /// Total cost at Q* is below the total cost at Q* − delta and Q* + delta.
    #[test]
    fn total_cost_is_minimal_at_the_epq(
        demand in magnitude(),
        setup in magnitude(),
        holding in magnitude(),
        multiple in production_multiple(),
        relative_delta in 1e-6_f64..0.99,
    ) {
        let input = model(demand, multiple, setup, holding);
        let optimum = production_order_quantity(&input).unwrap();
        let delta = optimum.quantity * relative_delta;
        let curve = production_order_quantity_cost_curve(&ProductionOrderQuantityCostCurveInput {
            min_quantity: Some(optimum.quantity - delta),
            max_quantity: Some(optimum.quantity + delta),
            points: Some(2),
            ..ProductionOrderQuantityCostCurveInput::new(input)
        }).unwrap();
        prop_assert!(curve.total_cost[0] > optimum.total_cost);
        prop_assert!(curve.total_cost[1] > optimum.total_cost);
        prop_assert!(curve.cost_penalty.iter().all(|penalty| *penalty > 0.0));
    }

    /// The cycle's geometry: the run is shorter than the cycle; the peak is what the run
    /// made less what was used meanwhile (`Q − D t_p`); stock builds at `p − D` for `t_p`
    /// and falls at `D` for the rest of the cycle; setup and holding cost are equal.
    #[test]
    fn the_cycle_adds_up(
        demand in magnitude(),
        setup in magnitude(),
        holding in magnitude(),
        multiple in production_multiple(),
    ) {
        let production_rate = demand * multiple;
        let result = production_order_quantity(&model(demand, multiple, setup, holding)).unwrap();
        let close = |a: f64, b: f64| (a / b - 1.0).abs() < 1e-12;
        prop_assert!(result.production_run_time < result.cycle_time);
        prop_assert!(result.max_inventory < result.quantity);
        prop_assert!(close(result.max_inventory, result.quantity - demand * result.production_run_time));
        prop_assert!(close(result.max_inventory, (production_rate - demand) * result.production_run_time));
        prop_assert!(close(result.max_inventory, demand * (result.cycle_time - result.production_run_time)));
        prop_assert!(close(result.setup_cost_per_period, result.holding_cost_per_period));
        prop_assert!(close(result.holding_cost_per_period, result.average_inventory * holding));
    }
}

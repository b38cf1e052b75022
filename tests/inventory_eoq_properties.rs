//! Properties of the EOQ over random valid inputs (proptest; native only).
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::inventory::{EoqCostCurveInput, EoqInput, HoldingCost, eoq, eoq_cost_curve};
use proptest::prelude::*;

/// Magnitudes a real inventory problem uses, from fractions of a unit to billions.
fn magnitude() -> impl Strategy<Value = f64> {
    (-3.0_f64..9.0).prop_map(|exponent| 10.0_f64.powf(exponent))
}

proptest! {
    /// Total cost at Q* is below the total cost at Q* - delta and Q* + delta, for any
    /// delta from a millionth of Q* to nearly all of it.
    #[test]
    fn total_cost_is_minimal_at_the_eoq(
        demand in magnitude(),
        ordering_cost in magnitude(),
        holding_cost in magnitude(),
        relative_delta in 1e-6_f64..0.99,
    ) {
        let model = EoqInput::new(demand, ordering_cost, HoldingCost::PerUnit(holding_cost));
        let optimum = eoq(&model).unwrap();
        let delta = optimum.quantity * relative_delta;
        let curve = eoq_cost_curve(&EoqCostCurveInput {
            min_quantity: Some(optimum.quantity - delta),
            max_quantity: Some(optimum.quantity + delta),
            points: Some(2),
            ..EoqCostCurveInput::new(model)
        }).unwrap();
        prop_assert!(curve.total_cost[0] > optimum.total_cost);
        prop_assert!(curve.total_cost[1] > optimum.total_cost);
        prop_assert!(curve.cost_penalty.iter().all(|penalty| *penalty > 0.0));
    }

    /// Q* grows with the square root of demand: four times the demand, twice the lot.
    #[test]
    fn quantity_scales_with_the_square_root_of_demand(
        demand in magnitude(),
        ordering_cost in magnitude(),
        holding_cost in magnitude(),
    ) {
        let holding = HoldingCost::PerUnit(holding_cost);
        let single = eoq(&EoqInput::new(demand, ordering_cost, holding)).unwrap();
        let quadruple = eoq(&EoqInput::new(4.0 * demand, ordering_cost, holding)).unwrap();
        let ratio = quadruple.quantity / single.quantity;
        prop_assert!((ratio - 2.0).abs() < 1e-12, "ratio {ratio}");
    }

    /// A holding rate behaves exactly like the holding cost it implies.
    #[test]
    fn holding_rate_equals_its_per_unit_cost(
        demand in magnitude(),
        ordering_cost in magnitude(),
        rate in 0.01_f64..2.0,
        unit_cost in magnitude(),
    ) {
        let by_rate = eoq(&EoqInput::new(demand, ordering_cost, HoldingCost::Rate { rate, unit_cost })).unwrap();
        let direct = eoq(&EoqInput::new(demand, ordering_cost, HoldingCost::PerUnit(rate * unit_cost))).unwrap();
        prop_assert_eq!(by_rate, direct);
    }
}

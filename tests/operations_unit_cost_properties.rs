//! Properties of the cost per unit over random valid inputs (proptest; native only).
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::operations::{CostComponent, UnitCostInput, unit_cost};
use proptest::prelude::*;

fn input(units: f64, costs: &[f64]) -> UnitCostInput {
    UnitCostInput {
        units,
        costs: costs
            .iter()
            .enumerate()
            .map(|(index, &cost)| CostComponent::new(format!("c{index}"), cost))
            .collect(),
    }
}

proptest! {
    /// The components' unit costs add up to the cost per unit, their shares to 1.
    #[test]
    fn parts_add_up_to_the_whole(
        units in 0.001_f64..1e9, costs in prop::collection::vec(0.01_f64..1e7, 1..12),
    ) {
        let result = unit_cost(&input(units, &costs)).unwrap();
        let unit_costs: f64 = result.components.iter().map(|part| part.unit_cost).sum();
        let shares: f64 = result.components.iter().map(|part| part.share).sum();
        prop_assert!((unit_costs - result.unit_cost).abs() <= 1e-12 * result.unit_cost);
        prop_assert!((shares - 1.0).abs() <= 1e-12);
    }

    /// Fewer good units for the same spending cost more each (scrap shows in the cost).
    #[test]
    fn fewer_good_units_cost_more_each(
        units in 1.0_f64..1e9, lost in 0.01_f64..0.99, costs in prop::collection::vec(0.01_f64..1e7, 1..6),
    ) {
        let all = unit_cost(&input(units, &costs)).unwrap();
        let fewer = unit_cost(&input(units * (1.0 - lost), &costs)).unwrap();
        prop_assert!(fewer.unit_cost > all.unit_cost);
    }
}

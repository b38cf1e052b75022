//! Properties of inventory turnover over random valid inputs (proptest; native only).
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::inventory::{InventoryTurnsInput, inventory_turns};
use proptest::prelude::*;

/// Equal up to a few units of float rounding, relative to `scale`.
fn close(left: f64, right: f64, scale: f64) -> bool {
    (left - right).abs() <= 1e-12 * scale.abs()
}

/// Money over many magnitudes.
fn money() -> impl Strategy<Value = f64> {
    (0.0_f64..9.0).prop_map(|exponent| 10.0_f64.powf(exponent))
}

proptest! {
    /// Turns × periods of supply = 1, and the supply in days or weeks is the period's
    /// length over the turns.
    #[test]
    fn supply_is_the_period_over_the_turns(
        cost in money(), inventory in money(), days in 1.0_f64..400.0, weeks in 1.0_f64..60.0,
    ) {
        let input = InventoryTurnsInput::new(cost, inventory)
            .with_days_per_period(days)
            .with_weeks_per_period(weeks);
        let result = inventory_turns(&input).unwrap();
        prop_assert!(close(result.turns * result.periods_of_supply, 1.0, 1.0));
        prop_assert!(close(result.days_of_supply.unwrap(), days / result.turns, days / result.turns));
        prop_assert!(close(result.weeks_of_supply.unwrap(), weeks / result.turns, weeks / result.turns));
        prop_assert!(close(
            result.cost_of_goods_sold_per_day.unwrap() * result.days_of_supply.unwrap(),
            inventory,
            inventory,
        ));
    }

    /// More stock for the same usage turns more slowly.
    #[test]
    fn more_stock_turns_more_slowly(cost in money(), inventory in money(), more in 1.001_f64..10.0) {
        let less = inventory_turns(&InventoryTurnsInput::new(cost, inventory)).unwrap();
        let bigger = inventory_turns(&InventoryTurnsInput::new(cost, inventory * more)).unwrap();
        prop_assert!(bigger.turns < less.turns);
    }
}

//! Properties of the kanban count over random valid inputs (proptest; native only).
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::capacity::{KanbanCount, KanbanInput, KanbanSafety, kanban_count};
use proptest::prelude::*;

/// A number between `10^low` and `10^high`, spread evenly over the magnitudes.
fn magnitude(low: f64, high: f64) -> impl Strategy<Value = f64> {
    (low..high).prop_map(|exponent| 10.0_f64.powf(exponent))
}

/// Inputs a pull system uses, small enough that even ten times the demand and lead time
/// needs fewer kanbans than a `u32` counts.
fn inputs() -> impl Strategy<Value = KanbanInput> {
    (
        magnitude(-1.0, 4.0),
        magnitude(-2.0, 2.0),
        0.0_f64..1e4,
        magnitude(0.0, 4.0),
    )
        .prop_map(
            |(demand_rate, lead_time, safety_stock, container_size)| KanbanInput {
                demand_rate,
                lead_time,
                safety: Some(KanbanSafety::Stock(safety_stock)),
                container_size,
            },
        )
}

fn count(input: &KanbanInput) -> KanbanCount {
    kanban_count(input).unwrap()
}

proptest! {
    /// More demand, a longer lead time or more safety stock never needs fewer kanbans.
    #[test]
    fn the_count_is_monotone_in_demand_lead_time_and_safety_stock(
        input in inputs(),
        factor in 1.0_f64..10.0,
        extra_stock in 0.0_f64..1e4,
    ) {
        let base = count(&input);
        let more_demand = count(&KanbanInput { demand_rate: input.demand_rate * factor, ..input });
        let longer = count(&KanbanInput { lead_time: input.lead_time * factor, ..input });
        let stock = match input.safety {
            Some(KanbanSafety::Stock(stock)) => stock,
            _ => 0.0,
        };
        let safer = count(&KanbanInput { safety: Some(KanbanSafety::Stock(stock + extra_stock)), ..input });
        for bigger in [more_demand, longer, safer] {
            prop_assert!(bigger.exact_kanbans >= base.exact_kanbans);
            prop_assert!(bigger.kanbans >= base.kanbans);
        }
    }

    /// The count is the exact number rounded up: at least it (less the rounding slack),
    /// and less than one more.
    #[test]
    fn the_count_is_the_exact_number_rounded_up(input in inputs()) {
        let result = count(&input);
        let kanbans = f64::from(result.kanbans);
        prop_assert!(kanbans >= result.exact_kanbans * (1.0 - 1e-9));
        prop_assert!(kanbans < result.exact_kanbans + 1.0 || kanbans == 1.0);
        prop_assert!(result.kanbans >= 1);
        prop_assert!(result.authorized_inventory >= result.demand_during_lead_time * (1.0 - 1e-9));
    }

    /// A safety factor X is the safety stock X × d × L: both forms agree.
    #[test]
    fn a_factor_is_the_stock_it_implies(input in inputs(), factor in 0.0_f64..2.0) {
        let by_factor = count(&KanbanInput { safety: Some(KanbanSafety::Factor(factor)), ..input });
        let by_stock = count(&KanbanInput { safety: Some(KanbanSafety::Stock(by_factor.safety_stock)), ..input });
        let relative = (by_factor.exact_kanbans - by_stock.exact_kanbans).abs() / by_stock.exact_kanbans;
        prop_assert!(relative < 1e-12, "{} against {}", by_factor.exact_kanbans, by_stock.exact_kanbans);
    }
}

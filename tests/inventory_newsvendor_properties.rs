//! Properties of the newsvendor model over random valid inputs (proptest; native only).
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::inventory::{
    DemandDistribution, NewsvendorCosts, NewsvendorInput, newsvendor, newsvendor_outcome,
};
use proptest::prelude::*;

/// Magnitudes from hundredths to millions.
fn magnitude() -> impl Strategy<Value = f64> {
    (-2.0_f64..6.0).prop_map(|exponent| 10.0_f64.powf(exponent))
}

fn costs() -> impl Strategy<Value = NewsvendorCosts> {
    (magnitude(), magnitude()).prop_map(|(underage_cost, overage_cost)| NewsvendorCosts::Direct {
        underage_cost,
        overage_cost,
    })
}

fn normal_demand() -> impl Strategy<Value = DemandDistribution> {
    (magnitude(), magnitude()).prop_map(|(mean, sd)| DemandDistribution::Normal { mean, sd })
}

fn uniform_demand() -> impl Strategy<Value = DemandDistribution> {
    (0.0_f64..1e5, magnitude()).prop_map(|(min, width)| DemandDistribution::Uniform {
        min,
        max: min + width,
    })
}

/// One to 30 ascending values with random weights, normalised to probabilities.
fn discrete_demand() -> impl Strategy<Value = DemandDistribution> {
    prop::collection::vec((0.01_f64..100.0, 0.0_f64..1.0), 1..30).prop_filter_map(
        "some weight",
        |steps| {
            let total: f64 = steps.iter().map(|(_, weight)| weight).sum();
            (total > 0.0).then(|| DemandDistribution::Discrete {
                values: steps
                    .iter()
                    .scan(0.0, |value, (step, _)| {
                        *value += step;
                        Some(*value)
                    })
                    .collect(),
                probabilities: steps.iter().map(|(_, weight)| weight / total).collect(),
            })
        },
    )
}

/// The expected cost at `quantity`, and at the newsvendor's choice.
fn cost_at(input: &NewsvendorInput, quantity: f64) -> f64 {
    newsvendor_outcome(input, quantity).unwrap().expected_cost
}

proptest! {
    /// Over a sweep of 81 quantities across the demand's range, none costs less than
    /// the chosen one (allowing for the rounding of a flat minimum).
    #[test]
    fn the_quantity_minimises_expected_cost_on_a_sweep(
        costs in costs(),
        demand in prop_oneof![normal_demand(), uniform_demand()],
    ) {
        let input = NewsvendorInput { costs, demand };
        let result = newsvendor(&input).unwrap();
        let best = result.outcome.expected_cost;
        // The chart's span: μ ± 4σ, or the uniform range and a quarter of it either side.
        let span = input.demand.density_curve().unwrap().x;
        let (low, high) = (span[0], span[span.len() - 1]);
        for step in 0..=80 {
            let quantity = (low + (high - low) * f64::from(step) / 80.0).max(0.0);
            let cost = cost_at(&input, quantity);
            prop_assert!(cost >= best * (1.0 - 1e-12), "Q = {quantity}: {cost} < {best} at Q* = {}", result.quantity);
        }
        // And a nudge either way costs more (or, on a flat minimum, no less).
        for nudge in [0.999, 1.001] {
            prop_assert!(cost_at(&input, result.quantity * nudge) >= best * (1.0 - 1e-12));
        }
    }

    /// With discrete demand the chosen value costs no more than any other value, and is
    /// the first whose cumulative probability reaches the critical ratio.
    #[test]
    fn the_discrete_quantity_is_optimal_among_the_values(costs in costs(), demand in discrete_demand()) {
        let input = NewsvendorInput { costs, demand };
        let result = newsvendor(&input).unwrap();
        let best = result.outcome.expected_cost;
        let table = result.table.unwrap();
        for row in &table {
            let cost = cost_at(&input, row.value);
            prop_assert!(cost >= best - 1e-9 * best.max(1.0), "value {}: {cost} < {best}", row.value);
        }
        let chosen = table.iter().position(|row| row.value == result.quantity).unwrap();
        if chosen > 0 {
            prop_assert!(table[chosen - 1].cumulative < result.critical_ratio);
        }
    }

    /// Prices and the costs they imply give the same answer; profit is the margin on
    /// mean demand less the expected cost.
    #[test]
    fn prices_and_direct_costs_agree(
        cost in magnitude(),
        margin in magnitude(),
        salvage_share in 0.0_f64..0.99,
        demand in prop_oneof![normal_demand(), uniform_demand(), discrete_demand()],
    ) {
        let price = cost + margin;
        let salvage = cost * salvage_share;
        prop_assume!(price > cost && salvage < cost);
        let priced = NewsvendorInput { costs: NewsvendorCosts::Prices { price, cost, salvage }, demand: demand.clone() };
        let direct = NewsvendorInput {
            costs: NewsvendorCosts::Direct { underage_cost: price - cost, overage_cost: cost - salvage },
            demand,
        };
        let (priced, direct) = (newsvendor(&priced).unwrap(), newsvendor(&direct).unwrap());
        prop_assert_eq!(priced.quantity, direct.quantity);
        prop_assert_eq!(priced.critical_ratio, direct.critical_ratio);
        prop_assert_eq!(priced.outcome.expected_cost, direct.outcome.expected_cost);
        prop_assert_eq!(direct.outcome.expected_profit, None);
        let profit = priced.outcome.expected_profit.unwrap();
        let identity = priced.underage_cost * priced.outcome.mean_demand - priced.outcome.expected_cost;
        prop_assert!((profit - identity).abs() <= 1e-9 * identity.abs().max(priced.outcome.expected_cost).max(1.0));
    }
}

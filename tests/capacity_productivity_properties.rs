//! Properties of productivity over random periods (proptest; native only).
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::capacity::{
    FactorMeasure, ProductivityFactor, ProductivityInput, ProductivityPeriod, productivity,
};
use proptest::prelude::*;

fn magnitude() -> impl Strategy<Value = f64> {
    (-2.0_f64..6.0).prop_map(|exponent| 10.0_f64.powf(exponent))
}

/// A period of 1 to 8 inputs, each with an amount and a unit cost.
fn period() -> impl Strategy<Value = ProductivityPeriod> {
    (
        magnitude(),
        prop::collection::vec((magnitude(), magnitude()), 1..8),
    )
        .prop_map(|(output, inputs)| ProductivityPeriod {
            output,
            inputs: inputs
                .into_iter()
                .enumerate()
                .map(|(index, (amount, unit_cost))| {
                    ProductivityFactor::new(
                        format!("input {index}"),
                        FactorMeasure::Priced { amount, unit_cost },
                    )
                })
                .collect(),
        })
}

fn close(left: f64, right: f64) -> bool {
    (left - right).abs() <= 1e-12 * right.abs().max(1.0)
}

proptest! {
    /// Multifactor productivity is below every input's own output per cost (the total
    /// cost is more than any one cost), and its reciprocal is the sum of the reciprocals.
    #[test]
    fn multifactor_is_the_harmonic_combination_of_the_factors(input in period()) {
        let result = productivity(&ProductivityInput { periods: vec![input] }).unwrap();
        let only = &result.periods[0];
        let multifactor = only.multifactor_productivity.unwrap();
        let mut reciprocal_sum = 0.0;
        for factor in &only.factors {
            let per_cost = factor.output_per_cost.unwrap();
            prop_assert!(multifactor <= per_cost * (1.0 + 1e-12));
            reciprocal_sum += 1.0 / per_cost;
        }
        prop_assert!(close(1.0 / multifactor, reciprocal_sum));
    }

    /// Making the same with every input doubled halves every productivity, a change of
    /// −50 %.
    #[test]
    fn doubling_every_input_halves_productivity(input in period()) {
        let doubled = ProductivityPeriod {
            output: input.output,
            inputs: input
                .inputs
                .iter()
                .map(|factor| match factor.measure {
                    FactorMeasure::Priced { amount, unit_cost } => ProductivityFactor::new(
                        factor.name.clone(),
                        FactorMeasure::Priced { amount: amount * 2.0, unit_cost },
                    ),
                    _ => factor.clone(),
                })
                .collect(),
        };
        let result = productivity(&ProductivityInput { periods: vec![input, doubled] }).unwrap();
        let change = result.change.unwrap();
        prop_assert_eq!(change.output, 0.0);
        prop_assert!(close(change.multifactor_productivity.unwrap(), -0.5));
        for factor in &change.factors {
            prop_assert!(close(factor.output_per_amount.unwrap(), -0.5));
            prop_assert!(close(factor.output_per_cost.unwrap(), -0.5));
        }
    }
}

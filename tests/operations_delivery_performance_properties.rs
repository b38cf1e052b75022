//! Properties of delivery performance over random valid inputs (proptest; native only).
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::operations::{DeliveryPerformanceInput, delivery_performance};
use proptest::prelude::*;

proptest! {
    /// Every rate is a fraction from 0 to 1, and the counts add up to the orders.
    #[test]
    fn rates_are_fractions_and_counts_add_up(
        orders in 1_u32..100_000, on_time_share in 0.0_f64..=1.0, complete_share in 0.0_f64..=1.0,
        ordered in 0.001_f64..1e9, delivered_share in 0.0_f64..=1.0,
    ) {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let count = |share: f64| (f64::from(orders) * share).floor() as u32;
        let input = DeliveryPerformanceInput::new(orders)
            .with_on_time_orders(count(on_time_share))
            .with_complete_orders(count(complete_share))
            .with_units(ordered, ordered * delivered_share);
        let result = delivery_performance(&input).unwrap();
        for rate in [result.on_time_rate, result.order_fill_rate, result.unit_fill_rate] {
            let rate = rate.unwrap();
            prop_assert!((0.0..=1.0).contains(&rate));
        }
        prop_assert_eq!(result.late_orders.unwrap() + count(on_time_share), orders);
        prop_assert_eq!(result.incomplete_orders.unwrap() + count(complete_share), orders);
        prop_assert!(result.units_short.unwrap() >= 0.0);
    }
}

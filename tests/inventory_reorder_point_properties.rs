//! Properties of the reorder point and periodic review over random valid inputs
//! (proptest; native only).
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::inventory::{
    PeriodicReviewInput, ReorderPoint, ReorderPointInput, ServiceTarget, periodic_review,
    reorder_point,
};
use proptest::prelude::*;

/// Magnitudes from hundredths to millions.
fn magnitude() -> impl Strategy<Value = f64> {
    (-2.0_f64..6.0).prop_map(|exponent| 10.0_f64.powf(exponent))
}

/// Service levels a textbook would use, and far beyond.
fn level() -> impl Strategy<Value = f64> {
    0.001_f64..0.999_9
}

/// Demand and lead time, with the lead time varying in about half the cases.
fn model() -> impl Strategy<Value = ReorderPointInput> {
    (
        magnitude(),
        magnitude(),
        magnitude(),
        prop::option::of(magnitude()),
    )
        .prop_map(
            |(demand_rate, demand_sd, lead_time, lead_time_sd)| ReorderPointInput {
                demand_rate,
                demand_sd,
                lead_time,
                lead_time_sd,
                service: ServiceTarget::CycleServiceLevel(0.5),
                order_quantity: None,
            },
        )
}

fn at(input: ReorderPointInput, level: f64, order_quantity: Option<f64>) -> ReorderPoint {
    reorder_point(&ReorderPointInput {
        service: ServiceTarget::CycleServiceLevel(level),
        order_quantity,
        ..input
    })
    .unwrap()
}

proptest! {
    /// A higher service level never lowers the reorder point, and raises it unless the
    /// safety stock is lost in the rounding of a far larger mean.
    #[test]
    fn reorder_point_increases_with_the_service_level(input in model(), a in level(), b in level()) {
        prop_assume!(a != b);
        let (low, high) = (a.min(b), a.max(b));
        let (low, high) = (at(input, low, None), at(input, high, None));
        prop_assert!(low.z < high.z);
        prop_assert!(low.safety_stock < high.safety_stock);
        prop_assert!(low.reorder_point <= high.reorder_point);
    }

    /// Safety stock is zero or more exactly when the service level is one half or more.
    #[test]
    fn safety_stock_is_non_negative_iff_the_service_level_is_at_least_one_half(
        input in model(),
        level in prop_oneof![level(), Just(0.5)],
    ) {
        let result = at(input, level, None);
        prop_assert_eq!(result.safety_stock >= 0.0, level >= 0.5, "{:?}", result);
    }

    /// More safety stock (a larger z) never lowers the fill rate.
    #[test]
    fn fill_rate_increases_with_z(input in model(), a in level(), b in level(), quantity in magnitude()) {
        prop_assume!(a != b);
        let low = at(input, a.min(b), Some(quantity));
        let high = at(input, a.max(b), Some(quantity));
        prop_assert!(low.z < high.z);
        prop_assert!(low.expected_shortage_per_cycle >= high.expected_shortage_per_cycle);
        prop_assert!(low.fill_rate.unwrap() <= high.fill_rate.unwrap());
    }

    /// Aiming at the fill rate a service level gives finds that service level's z again.
    #[test]
    fn the_fill_rate_inverse_round_trips(input in model(), level in 0.01_f64..0.999, quantity in magnitude()) {
        let forward = at(input, level, Some(quantity));
        let fill_rate = forward.fill_rate.unwrap();
        // Fill rates of 0 or less are not targets; within 1e-6 of 1 the shortage has too
        // few significant digits left to pin z down.
        prop_assume!(fill_rate > 0.0 && fill_rate < 1.0 - 1e-6);
        let back = reorder_point(&ReorderPointInput {
            service: ServiceTarget::FillRate(fill_rate),
            order_quantity: Some(quantity),
            ..input
        }).unwrap();
        prop_assert!((back.z - forward.z).abs() < 1e-6, "{} against {}", back.z, forward.z);
        prop_assert!((back.fill_rate.unwrap() - fill_rate).abs() < 1e-12);
    }

    /// The order-up-to level grows with the review period, and the order with it.
    #[test]
    fn a_longer_review_period_raises_the_order_up_to_level(
        demand_rate in magnitude(),
        demand_sd in magnitude(),
        review_period in magnitude(),
        lead_time in magnitude(),
        level in 0.5_f64..0.9999,
        on_hand in magnitude(),
    ) {
        let input = PeriodicReviewInput { demand_rate, demand_sd, review_period, lead_time, service_level: level, on_hand: Some(on_hand) };
        let shorter = periodic_review(&input).unwrap();
        let longer = periodic_review(&PeriodicReviewInput { review_period: review_period * 2.0, ..input }).unwrap();
        prop_assert!(shorter.order_up_to_level <= longer.order_up_to_level);
        prop_assert!(shorter.order_quantity.unwrap() <= longer.order_quantity.unwrap());
        prop_assert!(shorter.order_quantity.unwrap() >= 0.0);
    }
}

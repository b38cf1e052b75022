//! The fixed-order-interval (periodic review) model against a published textbook
//! example, its agreement with the reorder point, and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]
// References are written with the digits mpmath gave, beyond what f64 holds.
#![allow(clippy::excessive_precision)]

mod common;

use approx::assert_relative_eq;
use common::{TEXTBOOK, error_at, failure};
use opscalc::ErrorCode;
use opscalc::inventory::{
    PeriodicReviewInput, ReorderPointInput, ServiceTarget, periodic_review, reorder_point,
};

/// Stevenson's example below, without the stock on hand.
fn stevenson() -> PeriodicReviewInput {
    PeriodicReviewInput {
        demand_rate: 30.0,
        demand_sd: 3.0,
        review_period: 7.0,
        lead_time: 2.0,
        service_level: 0.99,
        on_hand: None,
    }
}

/// Stevenson, *Operations Management*, Inventory Management chapter, the
/// fixed-order-interval model: d = 30 units a day, σ_d = 3, an order interval of 7
/// days, a 2-day lead time, 99 % service (table z = 2.33) and 71 units on hand.
/// Published: amount to order = 30(7 + 2) + 2.33 × 3 × √(7 + 2) − 71 = 219.97, about
/// 220 units. Exact z = 2.326348: order 219.937 (references from mpmath).
#[test]
fn stevenson_fixed_order_interval() {
    let result = periodic_review(&PeriodicReviewInput {
        on_hand: Some(71.0),
        ..stevenson()
    })
    .unwrap();
    assert_eq!(result.protection_interval, 9.0);
    assert_eq!(result.mean_protection_demand, 270.0);
    assert_eq!(result.sigma_protection, 9.0);
    assert_relative_eq!(result.z, 2.326_347_874_040_841_1, max_relative = TEXTBOOK);
    assert_relative_eq!(result.stockout_probability, 0.01, max_relative = 1e-14);
    assert_relative_eq!(
        result.safety_stock,
        20.937_130_866_367_570,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.order_up_to_level,
        290.937_130_866_367_57,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.order_quantity.unwrap(),
        219.937_130_866_367_57,
        max_relative = TEXTBOOK
    );
    assert_eq!(result.on_hand_above_target, Some(false));
    // Table z 2.33 is 0.0037 above the exact z: 0.033 units over σ = 9.
    assert!((result.order_quantity.unwrap() - 219.97).abs() < 0.035);
    assert_eq!(result.order_quantity.unwrap().round(), 220.0);
}

#[test]
fn without_stock_on_hand_there_is_no_order_quantity() {
    let result = periodic_review(&stevenson()).unwrap();
    assert_eq!(
        (result.order_quantity, result.on_hand_above_target),
        (None, None)
    );
}

#[test]
fn stock_above_the_target_orders_nothing_and_says_so() {
    let above = periodic_review(&PeriodicReviewInput {
        on_hand: Some(300.0),
        ..stevenson()
    })
    .unwrap();
    assert_eq!(above.order_quantity, Some(0.0));
    assert_eq!(above.on_hand_above_target, Some(true));

    // Backorders (a negative position) add to the order.
    let backordered = periodic_review(&PeriodicReviewInput {
        on_hand: Some(-10.0),
        ..stevenson()
    })
    .unwrap();
    assert_relative_eq!(
        backordered.order_quantity.unwrap(),
        backordered.order_up_to_level + 10.0,
        max_relative = TEXTBOOK
    );
}

/// A periodic review protects over R + L as a reorder point protects over its lead
/// time: with the lead time set to R + L, the two models hold the same safety stock.
#[test]
fn the_protection_interval_is_a_longer_lead_time() {
    let review = periodic_review(&stevenson()).unwrap();
    let continuous = reorder_point(&ReorderPointInput {
        demand_rate: 30.0,
        demand_sd: 3.0,
        lead_time: 9.0,
        lead_time_sd: None,
        service: ServiceTarget::CycleServiceLevel(0.99),
        order_quantity: None,
    })
    .unwrap();
    assert_eq!(review.sigma_protection, continuous.sigma_lead_time_demand);
    assert_eq!(review.safety_stock, continuous.safety_stock);
    assert_eq!(review.order_up_to_level, continuous.reorder_point);
}

#[test]
fn a_zero_lead_time_protects_over_the_review_period_alone() {
    let result = periodic_review(&PeriodicReviewInput {
        lead_time: 0.0,
        ..stevenson()
    })
    .unwrap();
    assert_eq!(result.protection_interval, 7.0);
    assert_relative_eq!(
        result.sigma_protection,
        3.0 * 7.0_f64.sqrt(),
        max_relative = TEXTBOOK
    );
}

fn error_of(input: &PeriodicReviewInput) -> (ErrorCode, String) {
    failure(periodic_review(input))
}

#[test]
fn every_field_rejects_nan_infinity_and_bad_values() {
    let base = stevenson();
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let not_finite = |field| error_at(ErrorCode::NotFinite, field);
        assert_eq!(
            error_of(&PeriodicReviewInput {
                demand_rate: bad,
                ..base
            }),
            not_finite("demand_rate")
        );
        assert_eq!(
            error_of(&PeriodicReviewInput {
                demand_sd: bad,
                ..base
            }),
            not_finite("demand_sd")
        );
        assert_eq!(
            error_of(&PeriodicReviewInput {
                review_period: bad,
                ..base
            }),
            not_finite("review_period")
        );
        assert_eq!(
            error_of(&PeriodicReviewInput {
                lead_time: bad,
                ..base
            }),
            not_finite("lead_time")
        );
        assert_eq!(
            error_of(&PeriodicReviewInput {
                service_level: bad,
                ..base
            }),
            not_finite("service_level")
        );
        assert_eq!(
            error_of(&PeriodicReviewInput {
                on_hand: Some(bad),
                ..base
            }),
            not_finite("on_hand")
        );
    }
    for bad in [0.0, -2.0] {
        let not_positive = |field| error_at(ErrorCode::NotPositive, field);
        assert_eq!(
            error_of(&PeriodicReviewInput {
                demand_rate: bad,
                ..base
            }),
            not_positive("demand_rate")
        );
        assert_eq!(
            error_of(&PeriodicReviewInput {
                demand_sd: bad,
                ..base
            }),
            not_positive("demand_sd")
        );
        assert_eq!(
            error_of(&PeriodicReviewInput {
                review_period: bad,
                ..base
            }),
            not_positive("review_period")
        );
    }
    assert_eq!(
        error_of(&PeriodicReviewInput {
            lead_time: -1.0,
            ..base
        }),
        error_at(ErrorCode::Negative, "lead_time")
    );
    for bad in [0.0, 1.0, 99.0] {
        assert_eq!(
            error_of(&PeriodicReviewInput {
                service_level: bad,
                ..base
            }),
            error_at(ErrorCode::OutOfRange, "service_level")
        );
    }
}

#[test]
fn extreme_magnitudes_are_a_numeric_range_error() {
    let input = PeriodicReviewInput {
        demand_rate: 1e300,
        review_period: 1e300,
        ..stevenson()
    };
    assert_eq!(error_of(&input), error_at(ErrorCode::NumericRange, ""));
    let input = PeriodicReviewInput {
        on_hand: Some(-1.7e308),
        demand_rate: 1e300,
        review_period: 1e8,
        ..stevenson()
    };
    assert_eq!(error_of(&input), error_at(ErrorCode::NumericRange, ""));
}

//! Delivery performance (on-time delivery, order and unit fill rates) against the
//! published definitions and an exercise's figures, and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{TEXTBOOK, error_at, failure};
use opscalc::ErrorCode;
use opscalc::operations::{DeliveryPerformanceInput, delivery_performance};

/// Hansen & Mowen, *Cost Management*, the balanced scorecard's customer perspective:
/// on-time delivery performance = orders delivered on time / total orders delivered.
/// Hand-computed: 108 of 120 orders on time is 90 %, 12 late.
#[test]
fn on_time_rate_is_orders_on_time_over_orders() {
    let result =
        delivery_performance(&DeliveryPerformanceInput::new(120).with_on_time_orders(108)).unwrap();
    assert_eq!(result.orders, 120);
    assert_eq!(result.on_time_rate, Some(0.9));
    assert_eq!(result.late_orders, Some(12));
    assert_eq!(
        (result.order_fill_rate, result.incomplete_orders),
        (None, None)
    );
    assert_eq!((result.unit_fill_rate, result.units_short), (None, None));
}

/// The Aldo Inc. exercise on customer service (a supply-chain logistics problem set, as
/// in Bowersox, Closs & Cooper's customer accommodation chapter): a quarter's 500 orders
/// for 16,000 units; 12,800 units delivered, 350 orders delivered complete. Published:
/// unit fill rate 12,800 / 16,000 = 80 %, order fill rate 350 / 500 = 70 %. The exercise
/// gives no delivery dates, so no on-time rate.
#[test]
fn aldo_unit_and_order_fill_rates() {
    let input = DeliveryPerformanceInput::new(500)
        .with_complete_orders(350)
        .with_units(16_000.0, 12_800.0);
    let result = delivery_performance(&input).unwrap();
    assert_relative_eq!(result.unit_fill_rate.unwrap(), 0.8, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.order_fill_rate.unwrap(),
        0.7,
        max_relative = TEXTBOOK
    );
    assert_eq!(result.units_short, Some(3_200.0));
    assert_eq!(result.incomplete_orders, Some(150));
    assert_eq!((result.on_time_rate, result.late_orders), (None, None));
}

/// Every measure at once, at its ends: all on time, none complete, nothing delivered.
#[test]
fn measures_reach_zero_and_one() {
    let input = DeliveryPerformanceInput::new(3)
        .with_on_time_orders(3)
        .with_complete_orders(0)
        .with_units(10.0, 0.0);
    let result = delivery_performance(&input).unwrap();
    assert_eq!(result.on_time_rate, Some(1.0));
    assert_eq!(result.order_fill_rate, Some(0.0));
    assert_eq!(result.unit_fill_rate, Some(0.0));
    assert_eq!(result.units_short, Some(10.0));
    let negative_zero =
        delivery_performance(&DeliveryPerformanceInput::new(1).with_units(2.0, -0.0));
    assert!(
        negative_zero
            .unwrap()
            .unit_fill_rate
            .unwrap()
            .is_sign_positive()
    );
}

#[test]
fn counts_must_fit_the_orders() {
    assert_eq!(
        failure(delivery_performance(
            &DeliveryPerformanceInput::new(0).with_on_time_orders(0)
        )),
        error_at(ErrorCode::NotPositive, "orders")
    );
    let error = delivery_performance(&DeliveryPerformanceInput::new(10).with_on_time_orders(11))
        .unwrap_err();
    assert_eq!(
        (error.code(), error.field(), error.message()),
        (
            ErrorCode::OutOfRange,
            "on_time_orders",
            "must not exceed the number of orders"
        )
    );
    assert_eq!(
        failure(delivery_performance(
            &DeliveryPerformanceInput::new(10).with_complete_orders(11)
        )),
        error_at(ErrorCode::OutOfRange, "complete_orders")
    );
}

#[test]
fn units_are_checked_and_come_in_pairs() {
    let with_units = |ordered, delivered| {
        failure(delivery_performance(
            &DeliveryPerformanceInput::new(5).with_units(ordered, delivered),
        ))
    };
    assert_eq!(
        with_units(0.0, 0.0),
        error_at(ErrorCode::NotPositive, "units_ordered")
    );
    assert_eq!(
        with_units(f64::NAN, 1.0),
        error_at(ErrorCode::NotFinite, "units_ordered")
    );
    assert_eq!(
        with_units(10.0, -1.0),
        error_at(ErrorCode::Negative, "units_delivered")
    );
    assert_eq!(
        with_units(10.0, f64::INFINITY),
        error_at(ErrorCode::NotFinite, "units_delivered")
    );
    assert_eq!(
        with_units(10.0, 10.5),
        error_at(ErrorCode::OutOfRange, "units_delivered")
    );

    let mut ordered_only = DeliveryPerformanceInput::new(5).with_on_time_orders(5);
    ordered_only.units_ordered = Some(10.0);
    assert_eq!(
        failure(delivery_performance(&ordered_only)),
        error_at(ErrorCode::MissingField, "units_delivered")
    );
    let mut delivered_only = DeliveryPerformanceInput::new(5).with_on_time_orders(5);
    delivered_only.units_delivered = Some(10.0);
    assert_eq!(
        failure(delivery_performance(&delivered_only)),
        error_at(ErrorCode::MissingField, "units_ordered")
    );
}

#[test]
fn some_measure_is_needed() {
    let error = delivery_performance(&DeliveryPerformanceInput::new(5)).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::MissingField, "on_time_orders")
    );
}

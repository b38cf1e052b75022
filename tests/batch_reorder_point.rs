//! Reorder points over a catalogue: each item equals the single call, and the errors.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose:
// the batch and the single call run the same code.
#![allow(clippy::unwrap_used, clippy::float_cmp, clippy::indexing_slicing)]

use opscalc::ErrorCode;
use opscalc::batch::{Column, ReorderPointBatchInput, reorder_point_batch};
use opscalc::inventory::{ReorderPointInput, ServiceTarget, reorder_point};

#[test]
fn each_item_equals_the_single_call_with_one_or_many_service_levels() {
    let rate: Vec<f64> = (0..60).map(|i| 5.0 + f64::from(i) * 2.0).collect();
    let sd: Vec<f64> = (0..60).map(|i| f64::from(i % 4) * 1.5).collect();
    let lead_sd: Vec<f64> = (0..60).map(|i| 0.1 + f64::from(i % 3) * 0.2).collect();
    let levels: Vec<f64> = (0..60).map(|i| 0.5 + f64::from(i) * 0.008).collect();
    for (service_level, lead_time_sd) in [
        (Column::All(0.95), Some(Column::Each(&lead_sd))),
        (Column::Each(&levels), Some(Column::All(0.25))),
    ] {
        let result = reorder_point_batch(&ReorderPointBatchInput {
            demand_rate: Column::Each(&rate),
            demand_sd: Column::Each(&sd),
            lead_time: Column::All(3.0),
            lead_time_sd,
            service_level,
        })
        .unwrap();
        for index in 0..rate.len() {
            let at = |column: Column<'_>| column.at(index);
            let single = reorder_point(&ReorderPointInput {
                demand_rate: rate[index],
                demand_sd: sd[index],
                lead_time: 3.0,
                lead_time_sd: lead_time_sd.map(at),
                service: ServiceTarget::CycleServiceLevel(at(service_level)),
                order_quantity: None,
            })
            .unwrap();
            assert_eq!(
                result.safety_stock[index], single.safety_stock,
                "item {index}"
            );
            assert_eq!(
                result.reorder_point[index], single.reorder_point,
                "item {index}"
            );
        }
    }
}

#[test]
fn errors_name_the_item_or_the_value_for_all() {
    let error = |input: &ReorderPointBatchInput<'_>| {
        let error = reorder_point_batch(input).unwrap_err();
        (error.code(), error.field().to_owned())
    };
    let input = ReorderPointBatchInput {
        demand_rate: Column::Each(&[10.0, 10.0, 10.0]),
        demand_sd: Column::Each(&[1.0, 1.0, 0.0]),
        lead_time: Column::All(2.0),
        lead_time_sd: None,
        service_level: Column::All(0.9),
    };
    // Neither demand nor lead time varies for item 2.
    assert_eq!(
        error(&input),
        (ErrorCode::NotPositive, "demand_sd[2]".to_owned())
    );
    let bad_level = ReorderPointBatchInput {
        service_level: Column::All(1.0),
        ..input
    };
    assert_eq!(
        error(&bad_level),
        (ErrorCode::OutOfRange, "service_level".to_owned())
    );
    let levels = ReorderPointBatchInput {
        demand_sd: Column::All(1.0),
        service_level: Column::Each(&[0.9, 0.0, 0.9]),
        ..input
    };
    assert_eq!(
        error(&levels),
        (ErrorCode::OutOfRange, "service_level[1]".to_owned())
    );
    let lengths = ReorderPointBatchInput {
        lead_time_sd: Some(Column::Each(&[0.1])),
        ..input
    };
    assert_eq!(
        error(&lengths),
        (ErrorCode::ConflictingFields, "lead_time_sd".to_owned())
    );
}

//! The EPQ over a catalogue: the textbook item, each item equal to the single call, and
//! the error paths (items, columns, outputs).
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose:
// the batch and the single call run the same code.
#![allow(clippy::unwrap_used, clippy::float_cmp, clippy::indexing_slicing)]

mod common;

use approx::assert_relative_eq;
use common::TEXTBOOK;
use opscalc::ErrorCode;
use opscalc::batch::{
    Column, HoldingCostColumns, ProductionOrderQuantityBatchInput,
    ProductionOrderQuantityBatchOutput, production_order_quantity_batch,
    production_order_quantity_batch_into,
};
use opscalc::inventory::{HoldingCost, ProductionOrderQuantityInput, production_order_quantity};

fn wheels<'a>(demand: &'a [f64]) -> ProductionOrderQuantityBatchInput<'a> {
    ProductionOrderQuantityBatchInput {
        demand: Column::Each(demand),
        production_rate: Column::All(800.0 * 240.0),
        setup_cost: Column::All(45.0),
        holding_cost: HoldingCostColumns::PerUnit(Column::All(1.0)),
    }
}

fn field_and_code(input: &ProductionOrderQuantityBatchInput<'_>) -> (String, ErrorCode) {
    let error = production_order_quantity_batch(input).unwrap_err();
    (error.field().to_owned(), error.code())
}

/// Stevenson, *Operations Management*, Inventory Management chapter, economic production
/// quantity: toy wheels, D = 48,000 a year, p = 800 a day over 240 days, S = $45,
/// H = $1; published Q* = 2,400, Imax = 1,800, TC = $1,800 (and 20 runs a year); as the
/// second item of a catalogue.
#[test]
fn stevenson_toy_wheels_as_one_item_of_a_batch() {
    let result = production_order_quantity_batch(&wheels(&[12_000.0, 48_000.0, 96_000.0])).unwrap();
    assert_relative_eq!(result.quantity[1], 2400.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.max_inventory[1], 1800.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.total_cost[1], 1800.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.runs_per_period[1], 20.0, max_relative = TEXTBOOK);
    assert_eq!(result.quantity.len(), 3);
}

/// Every item equals the single call, figure by figure, for per-unit and rate holding
/// costs, given per item or for all.
#[test]
fn each_item_equals_the_single_call() {
    let demand: Vec<f64> = (0..300).map(|i| 10.0 + f64::from(i) * 41.5).collect();
    let rate: Vec<f64> = demand
        .iter()
        .enumerate()
        .map(|(i, d)| d * (1.1 + (i % 9) as f64))
        .collect();
    let setup: Vec<f64> = (0..300).map(|i| 0.5 + f64::from(i % 17) * 3.0).collect();
    let holding: Vec<f64> = (0..300).map(|i| 0.01 + f64::from(i % 7) * 1.3).collect();
    let shares: Vec<f64> = (0..300).map(|i| 0.05 + f64::from(i % 5) * 0.05).collect();
    let cases = [
        (
            Column::Each(&setup),
            HoldingCostColumns::PerUnit(Column::Each(&holding)),
        ),
        (
            Column::All(45.0),
            HoldingCostColumns::PerUnit(Column::All(2.5)),
        ),
        (
            Column::Each(&setup),
            HoldingCostColumns::Rate {
                rate: Column::Each(&shares),
                unit_cost: Column::All(60.0),
            },
        ),
    ];
    for (setup_cost, holding_cost) in cases {
        let input = ProductionOrderQuantityBatchInput {
            demand: Column::Each(&demand),
            production_rate: Column::Each(&rate),
            setup_cost,
            holding_cost,
        };
        let result = production_order_quantity_batch(&input).unwrap();
        for (index, &d) in demand.iter().enumerate() {
            let h = holding_cost.at(index);
            let single = production_order_quantity(&ProductionOrderQuantityInput::new(
                d,
                rate[index],
                setup_cost.at(index),
                h,
            ))
            .unwrap();
            assert_eq!(result.quantity[index], single.quantity, "item {index}");
            assert_eq!(result.total_cost[index], single.total_cost, "item {index}");
            assert_eq!(
                result.max_inventory[index], single.max_inventory,
                "item {index}"
            );
            assert_eq!(
                result.runs_per_period[index], single.runs_per_period,
                "item {index}"
            );
        }
    }
}

#[test]
fn the_first_bad_item_is_named_with_its_index_and_the_single_calls_code() {
    let input = wheels(&[48_000.0, -1.0, f64::NAN]);
    assert_eq!(
        field_and_code(&input),
        ("demand[1]".to_owned(), ErrorCode::NotPositive)
    );
    // Production no faster than demand: the single call's relation check, at the item,
    // though one production rate stands for all items.
    let input = wheels(&[48_000.0, 48_000.0, 192_000.0]);
    assert_eq!(
        field_and_code(&input),
        ("production_rate[2]".to_owned(), ErrorCode::OutOfRange)
    );
    let input = ProductionOrderQuantityBatchInput {
        setup_cost: Column::Each(&[45.0, 0.0]),
        ..wheels(&[1.0, 2.0])
    };
    assert_eq!(
        field_and_code(&input),
        ("setup_cost[1]".to_owned(), ErrorCode::NotPositive)
    );
    let input = ProductionOrderQuantityBatchInput {
        holding_cost: HoldingCostColumns::Rate {
            rate: Column::All(0.25),
            unit_cost: Column::Each(&[4.0, f64::INFINITY]),
        },
        ..wheels(&[1.0, 2.0])
    };
    assert_eq!(
        field_and_code(&input),
        ("unit_cost[1]".to_owned(), ErrorCode::NotFinite)
    );
}

#[test]
fn an_item_whose_result_leaves_the_range_of_f64_is_named_by_its_index() {
    // H (1 − D/p) underflows to zero for the second item: p barely above D, H tiny.
    let input = ProductionOrderQuantityBatchInput {
        demand: Column::All(1.0),
        production_rate: Column::All(1.000_000_000_000_000_2),
        setup_cost: Column::Each(&[1.0, 1.0, f64::MAX]),
        holding_cost: HoldingCostColumns::PerUnit(Column::Each(&[1.0, 1e-310, 1.0])),
    };
    assert_eq!(
        field_and_code(&input),
        ("[1]".to_owned(), ErrorCode::NumericRange)
    );
    let single = production_order_quantity(&ProductionOrderQuantityInput::new(
        1.0,
        1.000_000_000_000_000_2,
        1.0,
        HoldingCost::PerUnit(1e-310),
    ));
    assert_eq!(single.unwrap_err().code(), ErrorCode::NumericRange);
    // Q* overflows for the third.
    let input = ProductionOrderQuantityBatchInput {
        holding_cost: HoldingCostColumns::PerUnit(Column::All(1.0)),
        ..input
    };
    assert_eq!(
        field_and_code(&input),
        ("[2]".to_owned(), ErrorCode::NumericRange)
    );
}

#[test]
fn a_bad_value_for_all_items_is_named_without_an_index() {
    let input = ProductionOrderQuantityBatchInput {
        production_rate: Column::All(-5.0),
        ..wheels(&[1.0, 2.0])
    };
    assert_eq!(
        field_and_code(&input),
        ("production_rate".to_owned(), ErrorCode::NotPositive)
    );
}

#[test]
fn columns_must_agree_on_the_number_of_items() {
    let input = ProductionOrderQuantityBatchInput {
        setup_cost: Column::Each(&[45.0, 45.0]),
        ..wheels(&[1.0, 2.0, 3.0])
    };
    let error = production_order_quantity_batch(&input).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::ConflictingFields, "setup_cost")
    );
    let input = ProductionOrderQuantityBatchInput {
        demand: Column::All(1.0),
        ..wheels(&[])
    };
    let error = production_order_quantity_batch(&input).unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::InvalidInput, ""));
}

#[test]
fn into_numbers_items_from_the_first_index_and_checks_its_outputs() {
    let input = wheels(&[48_000.0, 0.0]);
    let (mut q, mut tc, mut max, mut runs) = ([0.0; 2], [0.0; 2], [0.0; 2], [0.0; 2]);
    let output = ProductionOrderQuantityBatchOutput {
        quantity: &mut q,
        total_cost: &mut tc,
        max_inventory: &mut max,
        runs_per_period: &mut runs,
    };
    let error = production_order_quantity_batch_into(&input, output, 8192).unwrap_err();
    assert_eq!(error.field(), "demand[8193]");
    assert_eq!((q[0], max[0], runs[0]), (2400.0, 1800.0, 20.0));
    let mut short = [0.0; 1];
    let output = ProductionOrderQuantityBatchOutput {
        quantity: &mut q,
        total_cost: &mut tc,
        max_inventory: &mut short,
        runs_per_period: &mut runs,
    };
    let error = production_order_quantity_batch_into(&input, output, 0).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::InvalidInput, "max_inventory")
    );
}

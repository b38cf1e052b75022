//! The EOQ over a catalogue: each item equals the single call, textbook items, and every
//! error path of the batch (items, columns, outputs).
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose:
// the batch and the single call run the same code.
#![allow(clippy::unwrap_used, clippy::float_cmp, clippy::indexing_slicing)]

mod common;

use approx::assert_relative_eq;
use common::TEXTBOOK;
use opscalc::ErrorCode;
use opscalc::batch::{
    Column, EoqBatchInput, EoqBatchOutput, HoldingCostColumns, MAX_BATCH_ITEMS, batch_length,
    eoq_batch, eoq_batch_into,
};
use opscalc::inventory::{EoqInput, HoldingCost, eoq};

fn per_unit<'a>(
    demand: &'a [f64],
    ordering_cost: Column<'a>,
    holding: Column<'a>,
) -> EoqBatchInput<'a> {
    EoqBatchInput {
        demand: Column::Each(demand),
        ordering_cost,
        holding_cost: HoldingCostColumns::PerUnit(holding),
    }
}

fn field_and_code(input: &EoqBatchInput<'_>) -> (String, ErrorCode) {
    let error = eoq_batch(input).unwrap_err();
    (error.field().to_owned(), error.code())
}

/// Heizer & Render, *Operations Management*, Inventory Management chapter, Sharp, Inc.:
/// D = 1,000, S = $10, H = $0.50; published Q* = 200, N = 5, TC = $100; as the second
/// item of a catalogue, between two others.
#[test]
fn heizer_render_sharp_inc_as_one_item_of_a_batch() {
    let result = eoq_batch(&per_unit(
        &[4000.0, 1000.0, 250.0],
        Column::All(10.0),
        Column::All(0.5),
    ))
    .unwrap();
    assert_relative_eq!(result.quantity[1], 200.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.orders_per_period[1], 5.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.total_cost[1], 100.0, max_relative = TEXTBOOK);
    // Q* grows as √D: 4 × D is 2 × Q*, D / 4 is Q* / 2.
    assert_relative_eq!(result.quantity[0], 400.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.quantity[2], 100.0, max_relative = TEXTBOOK);
}

/// Every item equals the single call, field by field, for per-unit and rate holding
/// costs, given as arrays or as one value.
#[test]
fn each_item_equals_the_single_call() {
    let demand: Vec<f64> = (0..200).map(|i| 1.0 + f64::from(i) * 37.5).collect();
    let ordering: Vec<f64> = (0..200).map(|i| 0.5 + f64::from(i % 17) * 3.0).collect();
    let holding: Vec<f64> = (0..200).map(|i| 0.01 + f64::from(i % 7) * 1.3).collect();
    let rates: Vec<f64> = (0..200).map(|i| 0.05 + f64::from(i % 5) * 0.05).collect();
    let cases = [
        (
            Column::Each(&ordering),
            HoldingCostColumns::PerUnit(Column::Each(&holding)),
        ),
        (
            Column::All(45.0),
            HoldingCostColumns::PerUnit(Column::All(2.5)),
        ),
        (
            Column::Each(&ordering),
            HoldingCostColumns::Rate {
                rate: Column::Each(&rates),
                unit_cost: Column::All(60.0),
            },
        ),
    ];
    for (ordering_cost, holding_cost) in cases {
        let input = EoqBatchInput {
            demand: Column::Each(&demand),
            ordering_cost,
            holding_cost,
        };
        let result = eoq_batch(&input).unwrap();
        assert_eq!(result.quantity.len(), demand.len());
        for (index, &d) in demand.iter().enumerate() {
            let h = holding_cost.at(index);
            let single = eoq(&EoqInput::new(d, ordering_cost.at(index), h)).unwrap();
            assert_eq!(result.quantity[index], single.quantity, "item {index}");
            assert_eq!(result.total_cost[index], single.total_cost, "item {index}");
            assert_eq!(
                result.orders_per_period[index], single.orders_per_period,
                "item {index}"
            );
        }
    }
}

#[test]
fn a_scalar_column_equals_an_array_of_that_value() {
    let demand = [100.0, 2000.0, 35_000.0];
    let scalar = eoq_batch(&per_unit(&demand, Column::All(12.0), Column::All(0.8))).unwrap();
    let arrays = eoq_batch(&per_unit(
        &demand,
        Column::Each(&[12.0; 3]),
        Column::Each(&[0.8; 3]),
    ))
    .unwrap();
    assert_eq!(scalar, arrays);
}

#[test]
fn the_first_bad_item_is_named_with_its_index_and_the_single_calls_code() {
    let demand = [1000.0, 1000.0, 1000.0, -1.0, f64::NAN];
    let input = per_unit(&demand, Column::All(10.0), Column::All(0.5));
    assert_eq!(
        field_and_code(&input),
        ("demand[3]".to_owned(), ErrorCode::NotPositive)
    );

    let demand = [1000.0, f64::NAN, -1.0];
    let input = per_unit(&demand, Column::All(10.0), Column::All(0.5));
    assert_eq!(
        field_and_code(&input),
        ("demand[1]".to_owned(), ErrorCode::NotFinite)
    );

    // Within an item, the single call's order: demand, ordering cost, holding cost.
    let input = per_unit(
        &[1.0, 0.0],
        Column::Each(&[1.0, 0.0]),
        Column::Each(&[1.0, 0.0]),
    );
    assert_eq!(field_and_code(&input).0, "demand[1]");
    let input = per_unit(
        &[1.0, 1.0],
        Column::Each(&[1.0, 1.0]),
        Column::Each(&[1.0, 0.0]),
    );
    assert_eq!(
        field_and_code(&input),
        ("holding_cost[1]".to_owned(), ErrorCode::NotPositive)
    );

    let input = EoqBatchInput {
        holding_cost: HoldingCostColumns::Rate {
            rate: Column::Each(&[0.2, 0.2, -0.1]),
            unit_cost: Column::All(10.0),
        },
        ..per_unit(&[1.0, 2.0, 3.0], Column::All(1.0), Column::All(1.0))
    };
    assert_eq!(
        field_and_code(&input),
        ("holding_rate[2]".to_owned(), ErrorCode::NotPositive)
    );
}

/// All three columns arrays (the loop without a branch per column): a bad item between
/// good ones stops the batch there, named as the single call names it, with the items
/// before it written; the same with one column a scalar (the general loop).
#[test]
fn a_bad_item_between_good_ones_stops_the_batch_in_either_loop() {
    let demand = [1000.0, 1000.0, 1000.0, 1000.0];
    let ordering_cost = [10.0, 10.0, 10.0, 10.0];
    let holding_cost = [0.5, 0.5, -0.5, 0.5];
    let all_arrays = per_unit(
        &demand,
        Column::Each(&ordering_cost),
        Column::Each(&holding_cost),
    );
    let scalar_ordering = per_unit(&demand, Column::All(10.0), Column::Each(&holding_cost));
    for input in [all_arrays, scalar_ordering] {
        assert_eq!(
            field_and_code(&input),
            ("holding_cost[2]".to_owned(), ErrorCode::NotPositive)
        );
        let (mut quantity, mut total_cost, mut orders) = ([0.0; 4], [0.0; 4], [0.0; 4]);
        let output = EoqBatchOutput {
            quantity: &mut quantity,
            total_cost: &mut total_cost,
            orders_per_period: &mut orders,
        };
        assert!(eoq_batch_into(&input, output, 0).is_err());
        // Sharp, Inc. (Heizer & Render): Q* = 200, TC = $100, N = 5 for the first two.
        assert_eq!(quantity, [200.0, 200.0, 0.0, 0.0]);
        assert_eq!((total_cost[1], orders[1]), (100.0, 5.0));
    }
}

#[test]
fn a_bad_value_for_all_items_is_named_without_an_index() {
    let input = per_unit(&[1000.0, 2000.0], Column::All(0.0), Column::All(0.5));
    assert_eq!(
        field_and_code(&input),
        ("ordering_cost".to_owned(), ErrorCode::NotPositive)
    );
    let input = EoqBatchInput {
        holding_cost: HoldingCostColumns::Rate {
            rate: Column::All(0.2),
            unit_cost: Column::All(f64::INFINITY),
        },
        ..per_unit(&[1.0], Column::All(1.0), Column::All(1.0))
    };
    assert_eq!(
        field_and_code(&input),
        ("unit_cost".to_owned(), ErrorCode::NotFinite)
    );
}

#[test]
fn an_item_whose_result_overflows_is_named_by_its_index() {
    let input = per_unit(
        &[1.0, f64::MAX],
        Column::Each(&[1.0, f64::MAX]),
        Column::All(1e-300),
    );
    assert_eq!(
        field_and_code(&input),
        ("[1]".to_owned(), ErrorCode::NumericRange)
    );
    // The single call says the same for that item.
    let single = eoq(&EoqInput::new(
        f64::MAX,
        f64::MAX,
        HoldingCost::PerUnit(1e-300),
    ));
    assert_eq!(single.unwrap_err().code(), ErrorCode::NumericRange);
}

/// A tiny demand with a tiny holding cost: `Q*` and the total cost are fine, but the
/// cycle time `Q* / D` overflows, which the single call refuses; so does the batch (found
/// by tests/batch_properties.rs).
#[test]
fn an_item_whose_cycle_time_overflows_is_named_by_its_index() {
    let input = per_unit(
        &[1000.0, 1e-310],
        Column::All(1.0),
        Column::Each(&[0.5, 1e-310]),
    );
    assert_eq!(
        field_and_code(&input),
        ("[1]".to_owned(), ErrorCode::NumericRange)
    );
    let single = eoq(&EoqInput::new(1e-310, 1.0, HoldingCost::PerUnit(1e-310)));
    assert_eq!(single.unwrap_err().code(), ErrorCode::NumericRange);
}

#[test]
fn columns_must_agree_on_the_number_of_items() {
    let input = per_unit(
        &[1.0, 2.0, 3.0],
        Column::Each(&[1.0, 2.0]),
        Column::All(1.0),
    );
    let error = eoq_batch(&input).unwrap_err();
    assert_eq!(
        (error.code(), error.field(), error.message()),
        (
            ErrorCode::ConflictingFields,
            "ordering_cost",
            "must have as many items as the first array column (3)"
        )
    );
    let input = EoqBatchInput {
        demand: Column::All(1.0),
        ..input
    };
    let error = eoq_batch(&EoqBatchInput {
        ordering_cost: Column::All(1.0),
        ..input
    })
    .unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::InvalidInput, ""));
}

#[test]
fn a_batch_of_no_items_gives_empty_columns() {
    let result = eoq_batch(&per_unit(&[], Column::All(10.0), Column::All(0.5))).unwrap();
    assert!(result.quantity.is_empty() && result.total_cost.is_empty());
    assert!(result.orders_per_period.is_empty());
}

#[test]
fn at_most_max_batch_items() {
    let limit = usize::try_from(MAX_BATCH_ITEMS).unwrap();
    assert_eq!(
        batch_length(&[("demand", Some(limit)), ("s", None)]),
        Ok(limit)
    );
    let error = batch_length(&[("s", None), ("demand", Some(limit + 1))]).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::TooLarge, "demand")
    );
}

#[test]
fn into_numbers_items_from_the_first_index_and_checks_its_outputs() {
    let input = per_unit(&[1000.0, 1000.0, 0.0], Column::All(10.0), Column::All(0.5));
    let (mut quantity, mut total_cost, mut orders) = ([0.0; 3], [0.0; 3], [0.0; 3]);
    let output = EoqBatchOutput {
        quantity: &mut quantity,
        total_cost: &mut total_cost,
        orders_per_period: &mut orders,
    };
    let error = eoq_batch_into(&input, output, 8192).unwrap_err();
    assert_eq!(error.field(), "demand[8194]");
    assert_eq!((quantity[0], total_cost[1], orders[1]), (200.0, 100.0, 5.0));

    let mut short = [0.0; 2];
    let output = EoqBatchOutput {
        quantity: &mut quantity,
        total_cost: &mut short,
        orders_per_period: &mut orders,
    };
    let error = eoq_batch_into(&input, output, 0).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::InvalidInput, "total_cost")
    );
}

//! The EOQ with planned backorders over a catalogue: the textbook item, each item equal
//! to the single call, and the error paths.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose:
// the batch and the single call run the same code.
#![allow(clippy::unwrap_used, clippy::float_cmp, clippy::indexing_slicing)]

mod common;

use approx::assert_abs_diff_eq;
use approx::assert_relative_eq;
use common::{PRINTED_ROUNDING, TEXTBOOK};
use opscalc::ErrorCode;
use opscalc::batch::{
    Column, EoqBackordersBatchInput, EoqBackordersBatchOutput, HoldingCostColumns,
    eoq_backorders_batch, eoq_backorders_batch_into,
};
use opscalc::inventory::{EoqBackordersInput, HoldingCost, eoq_backorders};

fn higley<'a>(demand: &'a [f64]) -> EoqBackordersBatchInput<'a> {
    EoqBackordersBatchInput {
        demand: Column::Each(demand),
        ordering_cost: Column::All(25.0),
        holding_cost: HoldingCostColumns::Rate {
            rate: Column::All(0.2),
            unit_cost: Column::All(50.0),
        },
        backorder_cost: Column::All(30.0),
    }
}

fn field_and_code(input: &EoqBackordersBatchInput<'_>) -> (String, ErrorCode) {
    let error = eoq_backorders_batch(input).unwrap_err();
    (error.field().to_owned(), error.code())
}

/// Anderson, Sweeney & Williams, *An Introduction to Management Science*, inventory
/// chapter, EOQ model with planned shortages: Higley Radio Components, D = 2,000,
/// S = $25, H = 20 % of $50, B = $30; published Q* = 115.47, b* = 28.87, TC = $866
/// (exactly √750,000), 17.32 orders a year; as the second item of a catalogue.
#[test]
fn anderson_higley_radio_components_as_one_item_of_a_batch() {
    let result = eoq_backorders_batch(&higley(&[500.0, 2000.0, 8000.0])).unwrap();
    assert_abs_diff_eq!(result.quantity[1], 115.47, epsilon = PRINTED_ROUNDING);
    assert_abs_diff_eq!(result.max_backorder[1], 28.87, epsilon = PRINTED_ROUNDING);
    assert_relative_eq!(
        result.total_cost[1],
        750_000.0_f64.sqrt(),
        max_relative = TEXTBOOK
    );
    assert_abs_diff_eq!(
        result.orders_per_period[1],
        17.32,
        epsilon = PRINTED_ROUNDING
    );
    // Q* grows as √D.
    assert_relative_eq!(
        result.quantity[2],
        2.0 * result.quantity[1],
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.quantity[0],
        result.quantity[1] / 2.0,
        max_relative = TEXTBOOK
    );
}

#[test]
fn each_item_equals_the_single_call() {
    let demand: Vec<f64> = (0..300).map(|i| 1.0 + f64::from(i) * 37.5).collect();
    let ordering: Vec<f64> = (0..300).map(|i| 0.5 + f64::from(i % 17) * 3.0).collect();
    let holding: Vec<f64> = (0..300).map(|i| 0.01 + f64::from(i % 7) * 1.3).collect();
    let backorder: Vec<f64> = (0..300).map(|i| 0.2 + f64::from(i % 11) * 4.0).collect();
    let cases = [
        (
            Column::Each(&ordering),
            HoldingCostColumns::PerUnit(Column::Each(&holding)),
            Column::Each(&backorder),
        ),
        (
            Column::All(45.0),
            HoldingCostColumns::PerUnit(Column::All(2.5)),
            Column::All(9.0),
        ),
        (
            Column::Each(&ordering),
            HoldingCostColumns::Rate {
                rate: Column::All(0.25),
                unit_cost: Column::Each(&holding),
            },
            Column::Each(&backorder),
        ),
    ];
    for (ordering_cost, holding_cost, backorder_cost) in cases {
        let input = EoqBackordersBatchInput {
            demand: Column::Each(&demand),
            ordering_cost,
            holding_cost,
            backorder_cost,
        };
        let result = eoq_backorders_batch(&input).unwrap();
        for (index, &d) in demand.iter().enumerate() {
            let h = holding_cost.at(index);
            let single = eoq_backorders(&EoqBackordersInput::new(
                d,
                ordering_cost.at(index),
                h,
                backorder_cost.at(index),
            ))
            .unwrap();
            assert_eq!(result.quantity[index], single.quantity, "item {index}");
            assert_eq!(
                result.max_backorder[index], single.max_backorder,
                "item {index}"
            );
            assert_eq!(result.total_cost[index], single.total_cost, "item {index}");
            assert_eq!(
                result.orders_per_period[index], single.orders_per_period,
                "item {index}"
            );
        }
    }
}

#[test]
fn errors_name_the_item_or_the_value_for_all() {
    let input = EoqBackordersBatchInput {
        backorder_cost: Column::Each(&[30.0, 30.0, 0.0]),
        ..higley(&[1.0, 2.0, 3.0])
    };
    assert_eq!(
        field_and_code(&input),
        ("backorder_cost[2]".to_owned(), ErrorCode::NotPositive)
    );
    assert_eq!(
        field_and_code(&higley(&[1.0, f64::NAN])),
        ("demand[1]".to_owned(), ErrorCode::NotFinite)
    );
    let input = EoqBackordersBatchInput {
        ordering_cost: Column::All(0.0),
        ..higley(&[1.0])
    };
    assert_eq!(
        field_and_code(&input),
        ("ordering_cost".to_owned(), ErrorCode::NotPositive)
    );
    let input = EoqBackordersBatchInput {
        holding_cost: HoldingCostColumns::Rate {
            rate: Column::Each(&[0.2, -0.2]),
            unit_cost: Column::All(50.0),
        },
        ..higley(&[1.0, 2.0])
    };
    assert_eq!(
        field_and_code(&input),
        ("holding_rate[1]".to_owned(), ErrorCode::NotPositive)
    );
}

#[test]
fn an_item_whose_result_overflows_is_named_by_its_index() {
    let input = EoqBackordersBatchInput {
        demand: Column::Each(&[1.0, f64::MAX]),
        ordering_cost: Column::Each(&[1.0, f64::MAX]),
        holding_cost: HoldingCostColumns::PerUnit(Column::All(1e-300)),
        backorder_cost: Column::All(1.0),
    };
    assert_eq!(
        field_and_code(&input),
        ("[1]".to_owned(), ErrorCode::NumericRange)
    );
    let single = eoq_backorders(&EoqBackordersInput::new(
        f64::MAX,
        f64::MAX,
        HoldingCost::PerUnit(1e-300),
        1.0,
    ));
    assert_eq!(single.unwrap_err().code(), ErrorCode::NumericRange);
}

#[test]
fn columns_must_agree_on_the_number_of_items() {
    let input = EoqBackordersBatchInput {
        backorder_cost: Column::Each(&[30.0]),
        ..higley(&[1.0, 2.0])
    };
    let error = eoq_backorders_batch(&input).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::ConflictingFields, "backorder_cost")
    );
}

#[test]
fn into_numbers_items_from_the_first_index_and_checks_its_outputs() {
    let input = higley(&[2000.0, 0.0]);
    let (mut q, mut b, mut tc, mut n) = ([0.0; 2], [0.0; 2], [0.0; 2], [0.0; 2]);
    let output = EoqBackordersBatchOutput {
        quantity: &mut q,
        max_backorder: &mut b,
        total_cost: &mut tc,
        orders_per_period: &mut n,
    };
    let error = eoq_backorders_batch_into(&input, output, 4096).unwrap_err();
    assert_eq!(error.field(), "demand[4097]");
    assert_abs_diff_eq!(b[0], 28.87, epsilon = PRINTED_ROUNDING);
    let mut short = [0.0; 3];
    let output = EoqBackordersBatchOutput {
        quantity: &mut q,
        max_backorder: &mut b,
        total_cost: &mut tc,
        orders_per_period: &mut short,
    };
    let error = eoq_backorders_batch_into(&input, output, 0).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::InvalidInput, "orders_per_period")
    );
}

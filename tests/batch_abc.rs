//! ABC analysis over columns: Heizer & Render's Silicon Chips in another order, each
//! item's class, rank and cumulative share equal to its row of `abc_analysis`, and the
//! errors.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose:
// the batch and the single call run the same ranking code.
#![allow(clippy::unwrap_used, clippy::float_cmp, clippy::indexing_slicing)]

mod common;

use approx::assert_relative_eq;
use common::TEXTBOOK;
use opscalc::ErrorCode;
use opscalc::batch::{AbcBatchInput, Column, abc_batch};
use opscalc::inventory::{
    AbcBasis,
    AbcClass::{self, A, B, C},
    AbcCutoffs, AbcInput, AbcItem, abc_analysis,
};

/// Heizer & Render's Silicon Chips items (annual demand, unit cost), the book's order
/// reversed.
const CHIPS: [(f64, f64); 10] = [
    (250.0, 0.60),
    (1200.0, 0.42),
    (100.0, 8.50),
    (2000.0, 0.60),
    (600.0, 14.17),
    (1000.0, 12.50),
    (350.0, 42.86),
    (1550.0, 17.00),
    (500.0, 154.00),
    (1000.0, 90.00),
];

fn input<'a>(demand: &'a [f64], cost: &'a [f64], basis: AbcBasis) -> AbcBatchInput<'a> {
    AbcBatchInput {
        annual_demand: Column::Each(demand),
        unit_cost: Column::Each(cost),
        cutoffs: None,
        basis,
    }
}

/// Heizer & Render, *Operations Management*, Inventory Management chapter, ABC analysis,
/// Silicon Chips, Inc.: total $232,057; by items with cutoffs 20 % / 30 %, A = the two
/// items of $90,000 and $77,000, B = the next three, C = the last five. Here the book's
/// order is reversed, so the classes and ranks come back reversed too.
#[test]
fn heizer_render_silicon_chips_in_reverse_order() {
    let (demand, cost): (Vec<f64>, Vec<f64>) = CHIPS.into_iter().unzip();
    let result = abc_batch(&input(&demand, &cost, AbcBasis::Items)).unwrap();
    assert_relative_eq!(result.total_value, 232_057.0, max_relative = TEXTBOOK);
    assert_eq!(result.class, [C, C, C, C, C, B, B, B, A, A]);
    assert_eq!(result.rank, [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    assert_relative_eq!(
        result.cumulative_share[9],
        90_000.0 / 232_057.0,
        max_relative = TEXTBOOK
    );
    assert_eq!(result.cumulative_share[0], 1.0);
    assert_eq!(result.cutoffs, AbcCutoffs::BY_ITEMS);
}

/// Every item's class, rank and cumulative share equal its row of `abc_analysis`, by
/// value and by items, with ties, zero values and given cutoffs.
#[test]
fn each_item_equals_its_row_of_the_single_call() {
    let demand: Vec<f64> = (0..400).map(|i| f64::from((i * 37) % 101)).collect();
    let cost: Vec<f64> = (0..400).map(|i| 0.5 + f64::from(i % 13)).collect();
    let cutoffs = [None, Some(AbcCutoffs { a: 0.7, b: 0.2 })];
    for (basis, cutoffs) in [AbcBasis::Value, AbcBasis::Items].into_iter().zip(cutoffs) {
        let batch = abc_batch(&AbcBatchInput {
            cutoffs,
            ..input(&demand, &cost, basis)
        })
        .unwrap();
        let items = demand
            .iter()
            .zip(&cost)
            .enumerate()
            .map(|(i, (&d, &c))| AbcItem::new(format!("item {i}"), d, c))
            .collect();
        let single = AbcInput {
            cutoffs,
            basis,
            ..AbcInput::new(items)
        };
        let single = abc_analysis(&single).unwrap();
        assert_eq!(batch.total_value, single.total_value);
        for row in &single.rows {
            let index = row.input_index as usize;
            assert_eq!(batch.class[index], row.class, "item {index}");
            assert_eq!(batch.rank[index], row.rank, "item {index}");
            assert_eq!(
                batch.cumulative_share[index], row.cumulative_share,
                "item {index}"
            );
        }
        let count = |class: AbcClass| batch.class.iter().filter(|&&c| c == class).count();
        assert_eq!(count(A) + count(B) + count(C), demand.len());
    }
}

#[test]
fn errors_name_the_item_the_value_for_all_or_the_batch() {
    let error = |input: &AbcBatchInput<'_>| {
        let error = abc_batch(input).unwrap_err();
        (error.field().to_owned(), error.code())
    };
    let input_of = |demand, cost| input(demand, cost, AbcBasis::Value);
    assert_eq!(
        error(&input_of(&[1.0, -1.0], &[1.0, 1.0])),
        ("annual_demand[1]".to_owned(), ErrorCode::Negative)
    );
    assert_eq!(
        error(&input_of(&[1.0, 1.0], &[1.0, f64::NAN])),
        ("unit_cost[1]".to_owned(), ErrorCode::NotFinite)
    );
    assert_eq!(
        error(&input_of(&[1.0, f64::MAX], &[1.0, 2.0])),
        ("[1]".to_owned(), ErrorCode::NumericRange)
    );
    let all = AbcBatchInput {
        unit_cost: Column::All(-2.0),
        ..input_of(&[1.0], &[])
    };
    assert_eq!(error(&all), ("unit_cost".to_owned(), ErrorCode::Negative));
    assert_eq!(
        error(&input_of(&[0.0, 0.0], &[1.0, 1.0])),
        (String::new(), ErrorCode::NotPositive)
    );
    let cutoffs = AbcBatchInput {
        cutoffs: Some(AbcCutoffs { a: 0.8, b: 0.3 }),
        ..input_of(&[1.0], &[1.0])
    };
    assert_eq!(
        error(&cutoffs),
        ("cutoffs.b".to_owned(), ErrorCode::OutOfRange)
    );
    assert_eq!(
        error(&input_of(&[1.0, 2.0], &[1.0])),
        ("unit_cost".to_owned(), ErrorCode::ConflictingFields)
    );
}

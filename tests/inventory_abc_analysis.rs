//! ABC analysis against the published textbook example, the boundary rule, the input
//! mapping, and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::TEXTBOOK;
use opscalc::ErrorCode;
use opscalc::inventory::{
    AbcAnalysis, AbcBasis, AbcClass, AbcCutoffs, AbcInput, AbcItem, MAX_ABC_ITEMS, abc_analysis,
};

/// Heizer & Render's Silicon Chips items, in the book's order (highest value first).
fn silicon_chips() -> Vec<AbcItem> {
    [
        ("#10286", 1000.0, 90.00),
        ("#11526", 500.0, 154.00),
        ("#12760", 1550.0, 17.00),
        ("#10867", 350.0, 42.86),
        ("#10500", 1000.0, 12.50),
        ("#12572", 600.0, 14.17),
        ("#14075", 2000.0, 0.60),
        ("#01036", 100.0, 8.50),
        ("#01307", 1200.0, 0.42),
        ("#10572", 250.0, 0.60),
    ]
    .into_iter()
    .map(|(id, demand, cost)| AbcItem::new(id, demand, cost))
    .collect()
}

fn classes(result: &AbcAnalysis) -> String {
    result
        .rows
        .iter()
        .map(|row| match row.class {
            AbcClass::A => 'A',
            AbcClass::B => 'B',
            AbcClass::C => 'C',
        })
        .collect()
}

fn items(values: &[f64]) -> Vec<AbcItem> {
    values
        .iter()
        .enumerate()
        .map(|(index, &value)| AbcItem::new(format!("item {index}"), value, 1.0))
        .collect()
}

/// Heizer & Render, *Operations Management*, Inventory Management chapter, ABC
/// analysis, Silicon Chips, Inc.: ten items, annual volumes $90,000, $77,000, $26,350,
/// $15,001, $12,500, $8,502, $1,200, $850, $504 and $150, total $232,057, printed as
/// 38.8 %, 33.2 %, 11.4 %, 6.5 %, 5.4 %, 3.7 %, .5 %, .4 %, .2 % and .1 % of the
/// total. Published classes: A = the first two items (20 % of items, 72 % of value),
/// B = the next three (30 %, 23 %), C = the last five (50 %, 5 %). By items with
/// cutoffs 20 % / 30 % this is the split.
#[test]
fn heizer_render_silicon_chips_by_items() {
    let input = AbcInput::new(silicon_chips()).with_basis(AbcBasis::Items);
    let result = abc_analysis(&input).unwrap();
    assert_relative_eq!(result.total_value, 232_057.0, max_relative = TEXTBOOK);
    assert_eq!(result.item_count, 10);
    assert_eq!(result.basis, AbcBasis::Items);
    assert_eq!(result.cutoffs, AbcCutoffs::BY_ITEMS);

    let values = [
        90_000.0, 77_000.0, 26_350.0, 15_001.0, 12_500.0, 8_502.0, 1_200.0, 850.0, 504.0, 150.0,
    ];
    let printed_percent = [38.8, 33.2, 11.4, 6.5, 5.4, 3.7, 0.5, 0.4, 0.2, 0.1];
    for (index, row) in result.rows.iter().enumerate() {
        assert_eq!(row.rank as usize, index + 1);
        assert_eq!(
            row.input_index as usize, index,
            "the book lists them by value"
        );
        assert_relative_eq!(row.annual_value, values[index], max_relative = TEXTBOOK);
        assert_relative_eq!(
            row.share,
            values[index] / 232_057.0,
            max_relative = TEXTBOOK
        );
        assert_relative_eq!(row.share * 100.0, printed_percent[index], epsilon = 0.05);
    }
    assert_eq!(result.rows[3].id, "#10867");
    assert_eq!(result.rows[3].unit_cost, 42.86);
    assert_eq!(result.rows[3].annual_demand, 350.0);
    assert_eq!(result.rows[9].cumulative_share, 1.0);
    assert_relative_eq!(
        result.rows[1].cumulative_share,
        167_000.0 / 232_057.0,
        max_relative = TEXTBOOK
    );
    assert_eq!(classes(&result), "AABBBCCCCC");

    let [a, b, c] = result.classes;
    assert_eq!(
        (a.class, b.class, c.class),
        (AbcClass::A, AbcClass::B, AbcClass::C)
    );
    assert_eq!((a.item_count, b.item_count, c.item_count), (2, 3, 5));
    assert_eq!((a.item_share, b.item_share, c.item_share), (0.2, 0.3, 0.5));
    assert_relative_eq!(a.annual_value, 167_000.0, max_relative = TEXTBOOK);
    assert_relative_eq!(b.annual_value, 53_851.0, max_relative = TEXTBOOK);
    assert_relative_eq!(c.annual_value, 11_206.0, max_relative = TEXTBOOK);
    // Printed as 72 %, 23 % and 5 % (71.97 %, 23.21 %, 4.83 %).
    assert_relative_eq!(a.value_share * 100.0, 72.0, epsilon = 0.5);
    assert_relative_eq!(b.value_share * 100.0, 23.0, epsilon = 0.5);
    assert_relative_eq!(c.value_share * 100.0, 5.0, epsilon = 0.5);
    assert_eq!((a.first_rank, a.last_rank), (Some(1), Some(2)));
    assert_eq!((b.first_rank, b.last_rank), (Some(3), Some(5)));
    assert_eq!((c.first_rank, c.last_rank), (Some(6), Some(10)));
}

/// Hand-computed, after Heizer & Render's Silicon Chips example: by value with the
/// default cutoffs (80 % / 15 % / 5 %), the cumulative shares are 38.78 %, 71.97 %,
/// 83.32 %, 89.78 %, 95.17 %, 98.83 %, … Class A runs to the item that reaches 80 %:
/// the third, which starts at 71.97 % (A holds 83.32 %); B to the item that reaches
/// 95 %, the fifth (B holds 11.85 %); C is the last five (4.83 %).
#[test]
fn silicon_chips_by_value_with_the_default_cutoffs() {
    let result = abc_analysis(&AbcInput::new(silicon_chips())).unwrap();
    assert_eq!(result.basis, AbcBasis::Value);
    assert_eq!(result.cutoffs, AbcCutoffs::BY_VALUE);
    assert_eq!(classes(&result), "AAABBCCCCC");
    let cumulative: Vec<f64> = result.rows.iter().map(|row| row.cumulative_share).collect();
    for (share, printed) in cumulative
        .iter()
        .zip([38.78, 71.97, 83.32, 89.78, 95.17, 98.83])
    {
        assert_relative_eq!(share * 100.0, printed, epsilon = 0.005);
    }
    let [a, b, c] = result.classes;
    assert_relative_eq!(
        a.value_share,
        193_350.0 / 232_057.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(b.value_share, 27_501.0 / 232_057.0, max_relative = TEXTBOOK);
    assert_relative_eq!(c.value_share, 11_206.0 / 232_057.0, max_relative = TEXTBOOK);
    assert_relative_eq!(b.value_share * 100.0, 11.85, epsilon = 0.005);
}

/// The input order does not matter: rows come back by value with their input index,
/// and equal values keep their input order.
#[test]
fn rows_are_ranked_by_value_and_map_back_to_the_input() {
    let mut shuffled = silicon_chips();
    shuffled.reverse();
    shuffled.swap(0, 4);
    let result = abc_analysis(&AbcInput::new(shuffled.clone())).unwrap();
    let reference = abc_analysis(&AbcInput::new(silicon_chips())).unwrap();
    for (row, expected) in result.rows.iter().zip(&reference.rows) {
        assert_eq!(row.id, expected.id);
        assert_eq!(row.class, expected.class);
        assert_eq!(shuffled[row.input_index as usize].id, row.id);
    }

    let ties = abc_analysis(&AbcInput::new(items(&[5.0, 9.0, 5.0, 5.0]))).unwrap();
    let order: Vec<u32> = ties.rows.iter().map(|row| row.input_index).collect();
    assert_eq!(order, [1, 0, 2, 3]);
}

/// An item whose cumulative share lands exactly on a cutoff closes its class; an item
/// that crosses a cutoff stays in the class it started in.
#[test]
fn an_item_on_a_cutoff_closes_its_class() {
    // Cumulative 60 %, 80 % (on the A cutoff), 95 % (on the B cutoff), 100 %.
    let result = abc_analysis(&AbcInput::new(items(&[60.0, 20.0, 15.0, 5.0]))).unwrap();
    assert_eq!(classes(&result), "AABC");
    // The same shares as decimal fractions that binary floats cannot hold exactly.
    let result = abc_analysis(&AbcInput::new(items(&[0.6, 0.2, 0.15, 0.05]))).unwrap();
    assert_eq!(classes(&result), "AABC");
    // Crossing: 50 % then 90 % (crosses 80 %: A), 97 % (crosses 95 %: B), 100 %.
    let result = abc_analysis(&AbcInput::new(items(&[50.0, 40.0, 7.0, 3.0]))).unwrap();
    assert_eq!(classes(&result), "AABC");
    // By items, 10 items: ranks 2 and 5 sit exactly on 20 % and 50 %.
    let ten = items(&[10.0, 9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0]);
    let result = abc_analysis(&AbcInput::new(ten).with_basis(AbcBasis::Items)).unwrap();
    assert_eq!(classes(&result), "AABBBCCCCC");
    // By items, 7 items: 20 % is 1.4 items, so ⌈1.4⌉ = 2 A; 50 % is 3.5, so 4 A and B.
    let seven = items(&[7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0]);
    let result = abc_analysis(&AbcInput::new(seven).with_basis(AbcBasis::Items)).unwrap();
    assert_eq!(classes(&result), "AABBCCC");
}

/// The most valuable item is always A; B or C may be empty.
#[test]
fn the_top_item_is_a_and_other_classes_may_be_empty() {
    let result = abc_analysis(&AbcInput::new(items(&[90.0, 10.0]))).unwrap();
    assert_eq!(classes(&result), "AB");
    let [a, _, c] = result.classes;
    assert_eq!((a.first_rank, a.last_rank), (Some(1), Some(1)));
    assert_eq!((c.item_count, c.annual_value, c.value_share), (0, 0.0, 0.0));
    assert!(c.annual_value.is_sign_positive() && c.value_share.is_sign_positive());
    assert_eq!((c.first_rank, c.last_rank), (None, None));
    let result = abc_analysis(&AbcInput::new(items(&[96.0, 4.0]))).unwrap();
    assert_eq!(classes(&result), "AC");
    assert_eq!(result.classes[1].item_count, 0);
}

/// Given cutoffs replace the defaults; zero-value items are allowed, and always C.
#[test]
fn cutoffs_can_be_given_and_zero_values_are_allowed() {
    let input =
        AbcInput::new(items(&[50.0, 30.0, 20.0, 0.0])).with_cutoffs(AbcCutoffs { a: 0.5, b: 0.5 });
    let result = abc_analysis(&input).unwrap();
    assert_eq!(classes(&result), "ABBC");
    assert_eq!(result.cutoffs.c(), 0.0);
    assert_eq!(result.rows[3].share, 0.0);
    assert_eq!(result.rows[3].cumulative_share, 1.0);
    let input =
        AbcInput::new(items(&[50.0, 30.0, 20.0])).with_cutoffs(AbcCutoffs { a: 1.0, b: 0.0 });
    assert_eq!(classes(&abc_analysis(&input).unwrap()), "AAA");
}

fn error_of(input: &AbcInput) -> (ErrorCode, String) {
    let error = abc_analysis(input).unwrap_err();
    (error.code(), error.field().to_owned())
}

#[test]
fn the_list_must_have_one_to_max_items() {
    assert_eq!(
        error_of(&AbcInput::new(Vec::new())),
        (ErrorCode::OutOfRange, "items".into())
    );
    let too_many = items(&vec![1.0; MAX_ABC_ITEMS as usize + 1]);
    assert_eq!(
        error_of(&AbcInput::new(too_many)),
        (ErrorCode::TooLarge, "items".into())
    );
}

#[test]
fn ids_must_be_present_and_unique() {
    let mut list = silicon_chips();
    list[3].id = String::new();
    assert_eq!(
        error_of(&AbcInput::new(list)),
        (ErrorCode::InvalidInput, "items[3].id".into())
    );
    let mut list = silicon_chips();
    list[7].id = "#11526".into();
    let error = abc_analysis(&AbcInput::new(list)).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::DuplicateId, "items[7].id")
    );
    assert_eq!(error.message(), "repeats the id of items[1]");
}

#[test]
fn demand_and_unit_cost_must_be_finite_and_not_negative() {
    let with = |index: usize, demand: f64, cost: f64| {
        let mut list = silicon_chips();
        list[index].annual_demand = demand;
        list[index].unit_cost = cost;
        error_of(&AbcInput::new(list))
    };
    assert_eq!(
        with(2, -1.0, 1.0),
        (ErrorCode::Negative, "items[2].annual_demand".into())
    );
    assert_eq!(
        with(3, f64::NAN, 1.0),
        (ErrorCode::NotFinite, "items[3].annual_demand".into())
    );
    assert_eq!(
        with(3, 1.0, -0.5),
        (ErrorCode::Negative, "items[3].unit_cost".into())
    );
    assert_eq!(
        with(9, 1.0, f64::INFINITY),
        (ErrorCode::NotFinite, "items[9].unit_cost".into())
    );
    assert_eq!(
        with(0, 1e200, 1e200),
        (ErrorCode::NumericRange, "items[0]".into())
    );
    assert_eq!(
        error_of(&AbcInput::new(items(&[f64::MAX, f64::MAX]))),
        (ErrorCode::NumericRange, String::new())
    );
    assert_eq!(
        error_of(&AbcInput::new(items(&[0.0, 0.0]))),
        (ErrorCode::NotPositive, "items".into())
    );
}

#[test]
fn cutoffs_must_be_shares_that_fit_in_one() {
    let with = |a, b| error_of(&AbcInput::new(silicon_chips()).with_cutoffs(AbcCutoffs { a, b }));
    assert_eq!(with(0.0, 0.1), (ErrorCode::NotPositive, "cutoffs.a".into()));
    assert_eq!(
        with(f64::NAN, 0.1),
        (ErrorCode::NotFinite, "cutoffs.a".into())
    );
    assert_eq!(with(1.5, 0.0), (ErrorCode::OutOfRange, "cutoffs.a".into()));
    assert_eq!(with(0.8, -0.1), (ErrorCode::Negative, "cutoffs.b".into()));
    assert_eq!(
        with(0.8, f64::INFINITY),
        (ErrorCode::NotFinite, "cutoffs.b".into())
    );
    assert_eq!(with(0.8, 0.3), (ErrorCode::OutOfRange, "cutoffs.b".into()));
    assert!(
        abc_analysis(&AbcInput::new(silicon_chips()).with_cutoffs(AbcCutoffs { a: 0.7, b: 0.3 }))
            .is_ok()
    );
}

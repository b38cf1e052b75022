//! Productivity against published textbook examples, the matching of inputs across
//! periods, and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{TEXTBOOK, error_at, failure};
use opscalc::ErrorCode;
use opscalc::capacity::{
    FactorMeasure, MAX_PRODUCTIVITY_INPUTS, ProductivityFactor, ProductivityInput,
    ProductivityPeriod, productivity,
};

fn period(output: f64, inputs: Vec<(&str, FactorMeasure)>) -> ProductivityPeriod {
    ProductivityPeriod {
        output,
        inputs: inputs
            .into_iter()
            .map(|(name, measure)| ProductivityFactor::new(name, measure))
            .collect(),
    }
}

fn periods(periods: Vec<ProductivityPeriod>) -> ProductivityInput {
    ProductivityInput { periods }
}

/// Collins Title Company, one day: labour (32 hours, or 32 hours at $20) and overhead.
fn collins_day(titles: f64, overhead: f64, labour: FactorMeasure) -> ProductivityPeriod {
    period(
        titles,
        vec![
            ("Labour", labour),
            ("Overhead", FactorMeasure::Cost(overhead)),
        ],
    )
}

/// Heizer & Render, *Operations Management*, chapter 1, Collins Title Company, labour
/// productivity: 4 workers × 8 hours a day = 32 labour-hours produce 8 titles a day:
/// 8 / 32 = 0.25 titles per labour-hour; with a new computer system 14 titles:
/// 14 / 32 = 0.4375 titles per labour-hour, an increase of 75 %.
/// Multifactor productivity: labour $640 a day and overhead $400 a day before, $800
/// after: 8 / 1,040 = .0077 and 14 / 1,440 = .0097 titles per dollar, an increase of
/// 26 % (exactly 14 × 1,040 / (1,440 × 8) − 1 = 26.39 %).
#[test]
fn heizer_render_collins_title_company() {
    let labour = FactorMeasure::AmountAndCost {
        amount: 32.0,
        cost: 640.0,
    };
    let result = productivity(&periods(vec![
        collins_day(8.0, 400.0, labour),
        collins_day(14.0, 800.0, labour),
    ]))
    .unwrap();
    let [before, after] = result.periods.as_slice() else {
        panic!("two periods")
    };
    assert_eq!(before.factors[0].name, "Labour");
    assert_eq!(before.factors[0].output_per_amount, Some(0.25));
    assert_eq!(after.factors[0].output_per_amount, Some(0.4375));
    assert_eq!(before.total_cost, Some(1040.0));
    assert_eq!(after.total_cost, Some(1440.0));
    assert_relative_eq!(
        before.multifactor_productivity.unwrap(),
        8.0 / 1040.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        after.multifactor_productivity.unwrap(),
        14.0 / 1440.0,
        max_relative = TEXTBOOK
    );
    assert_eq!(
        format!("{:.4}", before.multifactor_productivity.unwrap()),
        "0.0077"
    );
    assert_eq!(
        format!("{:.4}", after.multifactor_productivity.unwrap()),
        "0.0097"
    );

    let change = result.change.unwrap();
    assert_eq!(change.output, 0.75);
    assert_eq!(change.factors.len(), 2);
    assert_eq!(change.factors[0].name, "Labour");
    assert_eq!(change.factors[0].output_per_amount, Some(0.75));
    assert_relative_eq!(
        change.multifactor_productivity.unwrap(),
        14.0 * 1040.0 / (1440.0 * 8.0) - 1.0,
        max_relative = TEXTBOOK
    );
    assert_eq!(
        format!("{:.0}", change.multifactor_productivity.unwrap() * 100.0),
        "26"
    );
    // Overhead has a cost only: output per dollar of overhead, 8 / 400 and 14 / 800.
    assert_eq!(before.factors[1].output_per_amount, None);
    assert_eq!(before.factors[1].output_per_cost, Some(0.02));
    assert_eq!(change.factors[1].output_per_amount, None);
    assert_relative_eq!(
        change.factors[1].output_per_cost.unwrap(),
        -0.125,
        max_relative = TEXTBOOK
    );
}

/// The same example with labour priced by the hour (32 hours at $20 = $640, as the book
/// derives the payroll): the same figures.
#[test]
fn heizer_render_collins_with_labour_priced_by_the_hour() {
    let labour = FactorMeasure::Priced {
        amount: 32.0,
        unit_cost: 20.0,
    };
    let result = productivity(&periods(vec![
        collins_day(8.0, 400.0, labour),
        collins_day(14.0, 800.0, labour),
    ]))
    .unwrap();
    assert_eq!(result.periods[0].factors[0].cost, Some(640.0));
    assert_eq!(result.periods[0].total_cost, Some(1040.0));
    assert_eq!(
        result.change.unwrap().factors[0].output_per_amount,
        Some(0.75)
    );
}

/// Stevenson, *Operations Management*, chapter 2, productivity examples: (a) four
/// workers installed 720 square yards of carpeting in eight hours: 720 / (4 × 8) =
/// 22.5 square yards per labour-hour; (b) a machine produced 68 usable pieces in two
/// hours: 68 / 2 = 34 pieces per hour.
#[test]
fn stevenson_single_factor_examples() {
    let carpet = productivity(&periods(vec![period(
        720.0,
        vec![("Labour", FactorMeasure::Amount(32.0))],
    )]))
    .unwrap();
    assert_eq!(carpet.periods[0].factors[0].output_per_amount, Some(22.5));
    assert_eq!(carpet.periods[0].factors[0].output_per_cost, None);
    // Hours have no cost: no multifactor productivity, and one period has no change.
    assert_eq!(carpet.periods[0].total_cost, None);
    assert_eq!(carpet.periods[0].multifactor_productivity, None);
    assert_eq!(carpet.change, None);

    let machine = productivity(&periods(vec![period(
        68.0,
        vec![("Machine", FactorMeasure::Amount(2.0))],
    )]))
    .unwrap();
    assert_eq!(machine.periods[0].factors[0].output_per_amount, Some(34.0));
}

/// Stevenson, *Operations Management*, chapter 2, multifactor productivity example:
/// output 7,040 units; labour $1,000, materials $520, overhead $2,000:
/// 7,040 / 3,520 = 2 units per dollar input.
#[test]
fn stevenson_multifactor_example() {
    let result = productivity(&periods(vec![period(
        7040.0,
        vec![
            ("Labour", FactorMeasure::Cost(1000.0)),
            ("Materials", FactorMeasure::Cost(520.0)),
            ("Overhead", FactorMeasure::Cost(2000.0)),
        ],
    )]))
    .unwrap();
    let only = &result.periods[0];
    assert_eq!(only.total_cost, Some(3520.0));
    assert_eq!(only.multifactor_productivity, Some(2.0));
    assert_eq!(only.factors[0].output_per_cost, Some(7.04));
    assert_eq!(only.factors[2].output_per_cost, Some(3.52));
}

#[test]
fn inputs_are_matched_by_name_and_an_input_of_one_period_has_no_change() {
    let before = period(
        100.0,
        vec![
            ("Labour", FactorMeasure::Amount(10.0)),
            ("Energy", FactorMeasure::Cost(50.0)),
        ],
    );
    let after = period(
        120.0,
        vec![
            ("New system", FactorMeasure::Cost(10.0)),
            ("Energy", FactorMeasure::Cost(40.0)),
            ("Labour", FactorMeasure::Amount(8.0)),
        ],
    );
    let result = productivity(&periods(vec![before, after])).unwrap();
    let change = result.change.unwrap();
    let names: Vec<&str> = change.factors.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["Labour", "Energy"], "the first period's order");
    // Labour: 10 → 15 per hour is +50 %; energy: 2 → 3 per dollar is +50 %.
    assert_eq!(change.factors[0].output_per_amount, Some(0.5));
    assert_eq!(change.factors[1].output_per_cost, Some(0.5));
    assert_relative_eq!(change.output, 0.2, max_relative = TEXTBOOK);
    // Labour has no cost, so neither period has a multifactor productivity.
    assert_eq!(change.multifactor_productivity, None);
}

#[test]
fn a_measure_known_in_one_period_only_has_no_change() {
    let before = period(10.0, vec![("Labour", FactorMeasure::Amount(5.0))]);
    let after = period(10.0, vec![("Labour", FactorMeasure::Cost(50.0))]);
    let change = productivity(&periods(vec![before, after]))
        .unwrap()
        .change
        .unwrap();
    assert_eq!(change.factors[0].output_per_amount, None);
    assert_eq!(change.factors[0].output_per_cost, None);
    assert_eq!(change.output, 0.0);
}

#[test]
fn the_period_list_has_one_or_two_periods() {
    assert_eq!(
        failure(productivity(&periods(vec![]))),
        error_at(ErrorCode::OutOfRange, "periods")
    );
    let one = || period(1.0, vec![("Labour", FactorMeasure::Amount(1.0))]);
    assert_eq!(
        failure(productivity(&periods(vec![one(), one(), one()]))),
        error_at(ErrorCode::TooLarge, "periods")
    );
}

#[test]
fn each_period_lists_one_to_the_maximum_inputs() {
    let ok = period(1.0, vec![("Labour", FactorMeasure::Amount(1.0))]);
    assert_eq!(
        failure(productivity(&periods(vec![ok, period(1.0, vec![])]))),
        error_at(ErrorCode::OutOfRange, "periods[1].inputs")
    );
    let many = ProductivityPeriod {
        output: 1.0,
        inputs: (0..=MAX_PRODUCTIVITY_INPUTS)
            .map(|index| ProductivityFactor::new(format!("#{index}"), FactorMeasure::Amount(1.0)))
            .collect(),
    };
    assert_eq!(
        failure(productivity(&periods(vec![many]))),
        error_at(ErrorCode::TooLarge, "periods[0].inputs")
    );
}

#[test]
fn output_must_be_a_positive_number() {
    for (bad, code) in [
        (0.0, ErrorCode::NotPositive),
        (-8.0, ErrorCode::NotPositive),
        (f64::NAN, ErrorCode::NotFinite),
        (f64::INFINITY, ErrorCode::NotFinite),
    ] {
        let input = periods(vec![
            period(8.0, vec![("Labour", FactorMeasure::Amount(32.0))]),
            period(bad, vec![("Labour", FactorMeasure::Amount(32.0))]),
        ]);
        assert_eq!(
            failure(productivity(&input)),
            error_at(code, "periods[1].output")
        );
    }
}

#[test]
fn names_must_be_present_and_unique_within_a_period() {
    let empty = period(8.0, vec![("", FactorMeasure::Amount(32.0))]);
    assert_eq!(
        failure(productivity(&periods(vec![empty]))),
        error_at(ErrorCode::InvalidInput, "periods[0].inputs[0].name")
    );
    let repeated = period(
        8.0,
        vec![
            ("Labour", FactorMeasure::Amount(32.0)),
            ("Overhead", FactorMeasure::Cost(400.0)),
            ("Labour", FactorMeasure::Cost(640.0)),
        ],
    );
    assert_eq!(
        failure(productivity(&periods(vec![repeated]))),
        error_at(ErrorCode::InvalidInput, "periods[0].inputs[2].name")
    );
}

#[test]
fn every_measure_must_be_a_positive_number() {
    let cases: [(FactorMeasure, &str); 6] = [
        (FactorMeasure::Amount(0.0), "amount"),
        (FactorMeasure::Cost(-1.0), "cost"),
        (
            FactorMeasure::AmountAndCost {
                amount: 32.0,
                cost: 0.0,
            },
            "cost",
        ),
        (
            FactorMeasure::AmountAndCost {
                amount: -32.0,
                cost: 640.0,
            },
            "amount",
        ),
        (
            FactorMeasure::Priced {
                amount: 32.0,
                unit_cost: 0.0,
            },
            "unit_cost",
        ),
        (
            FactorMeasure::Priced {
                amount: 0.0,
                unit_cost: 20.0,
            },
            "amount",
        ),
    ];
    for (measure, field) in cases {
        let input = periods(vec![period(
            8.0,
            vec![
                ("Overhead", FactorMeasure::Cost(400.0)),
                ("Labour", measure),
            ],
        )]);
        assert_eq!(
            failure(productivity(&input)),
            error_at(
                ErrorCode::NotPositive,
                &format!("periods[0].inputs[1].{field}")
            ),
            "{measure:?}"
        );
    }
    let nan = periods(vec![period(
        8.0,
        vec![("Labour", FactorMeasure::Amount(f64::NAN))],
    )]);
    assert_eq!(
        failure(productivity(&nan)),
        error_at(ErrorCode::NotFinite, "periods[0].inputs[0].amount")
    );
}

#[test]
fn extreme_magnitudes_are_a_numeric_range_error() {
    // 1e200 hours at 1e200 a hour overflow the cost.
    let priced = FactorMeasure::Priced {
        amount: 1e200,
        unit_cost: 1e200,
    };
    assert_eq!(
        failure(productivity(&periods(vec![period(
            1.0,
            vec![("Labour", priced)]
        )]))),
        error_at(ErrorCode::NumericRange, "periods[0].inputs[0]")
    );
    // Two costs that each fit but whose sum does not.
    let big = period(
        1.0,
        vec![
            ("Labour", FactorMeasure::Cost(f64::MAX)),
            ("Overhead", FactorMeasure::Cost(f64::MAX)),
        ],
    );
    assert_eq!(
        failure(productivity(&periods(vec![big]))),
        error_at(ErrorCode::NumericRange, "periods[0]")
    );
    // A change from 1e-300 to 1e300 per hour overflows.
    let tiny = period(1e-300, vec![("Labour", FactorMeasure::Amount(1.0))]);
    let huge = period(1e300, vec![("Labour", FactorMeasure::Amount(1.0))]);
    assert_eq!(
        failure(productivity(&periods(vec![tiny, huge]))),
        error_at(ErrorCode::NumericRange, "")
    );
}

#[test]
fn flat_measure_fields_resolve_or_name_what_is_missing_or_conflicting() {
    assert_eq!(
        FactorMeasure::from_fields(None, None, Some(400.0)),
        Ok(FactorMeasure::Cost(400.0))
    );
    assert_eq!(
        FactorMeasure::from_fields(Some(32.0), None, Some(640.0)),
        Ok(FactorMeasure::AmountAndCost {
            amount: 32.0,
            cost: 640.0
        })
    );
    assert_eq!(
        failure(FactorMeasure::from_fields(None, None, None)),
        error_at(ErrorCode::MissingField, "amount")
    );
    assert_eq!(
        failure(FactorMeasure::from_fields(None, Some(20.0), None)),
        error_at(ErrorCode::MissingField, "amount")
    );
    assert_eq!(
        failure(FactorMeasure::from_fields(None, Some(20.0), Some(640.0))),
        error_at(ErrorCode::ConflictingFields, "unit_cost")
    );
    assert_eq!(
        failure(FactorMeasure::from_fields(
            Some(32.0),
            Some(20.0),
            Some(640.0)
        )),
        error_at(ErrorCode::ConflictingFields, "unit_cost")
    );
}

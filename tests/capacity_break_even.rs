//! Single-product break-even analysis against published textbook examples, its chart,
//! and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{PRINTED_ROUNDING, TEXTBOOK, error_at, failure};
use opscalc::ErrorCode;
use opscalc::capacity::{BreakEvenInput, break_even};

/// Heizer & Render, *Operations Management*, capacity supplement (break-even analysis),
/// Jimmy Stephens, Inc.: fixed cost $10,000, direct labour $1.50 and material $0.75 a
/// unit, selling price $4.00. Published: BEP = 10,000 / (4.00 − 2.25) = 5,714.29 units,
/// BEP$ = 10,000 / (1 − 2.25 / 4.00) = $22,857.14.
#[test]
fn heizer_render_jimmy_stephens() {
    let result = break_even(&BreakEvenInput::new(10_000.0, 4.0, 1.5 + 0.75)).unwrap();
    assert_relative_eq!(
        result.break_even_volume,
        10_000.0 / 1.75,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.break_even_volume,
        5714.29,
        epsilon = PRINTED_ROUNDING
    );
    assert_relative_eq!(
        result.break_even_revenue,
        22_857.14,
        epsilon = PRINTED_ROUNDING
    );
    assert_relative_eq!(
        result.break_even_revenue,
        10_000.0 / 0.4375,
        max_relative = TEXTBOOK
    );
    assert_eq!(result.contribution_margin, 1.75);
    assert_eq!(result.variable_cost_ratio, 0.5625);
    assert_eq!(result.contribution_margin_ratio, 0.4375);
    assert_eq!((result.at_volume, result.target), (None, None));
}

/// Stevenson, *Operations Management*, capacity planning chapter (cost-volume
/// analysis), Old-Fashioned Berry Pies: equipment leased for $6,000 a month, $2.00 a
/// pie, pies sold at $7.00. (a) break-even: 6,000 / (7 − 2) = 1,200 pies a month;
/// (b) at 1,000 pies: 1,000 × $5 − $6,000 = −$1,000, a loss; (c) a $4,000 profit needs
/// (4,000 + 6,000) / 5 = 2,000 pies.
#[test]
fn stevenson_berry_pies() {
    let input = BreakEvenInput::new(6000.0, 7.0, 2.0)
        .with_volume(1000.0)
        .with_target_profit(4000.0);
    let result = break_even(&input).unwrap();
    assert_relative_eq!(result.break_even_volume, 1200.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.break_even_revenue, 8400.0, max_relative = TEXTBOOK);

    let loss = result.at_volume.unwrap();
    assert_eq!(loss.volume, 1000.0);
    assert_eq!(loss.revenue, 7000.0);
    assert_eq!(loss.total_variable_cost, 2000.0);
    assert_eq!(loss.total_cost, 8000.0);
    assert_eq!(loss.contribution, 5000.0);
    assert_eq!(loss.profit, -1000.0);
    // Hand-computed: 200 pies ($1,400) short of break-even, 20 % of the volume.
    assert_relative_eq!(loss.margin_of_safety, -200.0, max_relative = TEXTBOOK);
    assert_relative_eq!(
        loss.margin_of_safety_revenue,
        -1400.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(loss.margin_of_safety_ratio, -0.2, max_relative = TEXTBOOK);

    let target = result.target.unwrap();
    assert_eq!(target.profit, 4000.0);
    assert_eq!(target.volume, 2000.0);
    assert_eq!(target.revenue, 14_000.0);
}

/// Hand-computed, after Heizer & Render's Jimmy Stephens, Inc.: at 8,000 units the
/// profit is 1.75 × 8,000 − 10,000 = $4,000, and the margin of safety is
/// 8,000 − 5,714.29 = 2,285.71 units ($9,142.86), 2/7 ≈ 28.6 % of the volume.
#[test]
fn margin_of_safety_above_break_even() {
    let input = BreakEvenInput::new(10_000.0, 4.0, 2.25).with_volume(8000.0);
    let outcome = break_even(&input).unwrap().at_volume.unwrap();
    assert_relative_eq!(outcome.profit, 4000.0, max_relative = TEXTBOOK);
    assert_relative_eq!(
        outcome.margin_of_safety,
        16_000.0 / 7.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        outcome.margin_of_safety_revenue,
        9142.86,
        epsilon = PRINTED_ROUNDING
    );
    assert_relative_eq!(
        outcome.margin_of_safety_ratio,
        2.0 / 7.0,
        max_relative = TEXTBOOK
    );
}

/// The chart's points are 0, the break-even point and the end: twice the break-even
/// point rounded up to a round number (2,400 to 2,500; Jimmy Stephens' 11,428.57 to
/// 12,000). The revenue and total cost lines cross at the break-even point.
#[test]
fn chart_lines_cross_at_the_break_even_point() {
    let chart = break_even(&BreakEvenInput::new(6000.0, 7.0, 2.0))
        .unwrap()
        .chart;
    assert_eq!(chart.volume, vec![0.0, 1200.0, 2500.0]);
    assert_eq!(chart.revenue, vec![0.0, 8400.0, 17_500.0]);
    assert_eq!(chart.total_cost, vec![6000.0, 8400.0, 11_000.0]);
    assert_eq!(chart.fixed_cost, vec![6000.0; 3]);
    assert_eq!(chart.profit, vec![-6000.0, 0.0, 6500.0]);

    let jimmy = break_even(&BreakEvenInput::new(10_000.0, 4.0, 2.25)).unwrap();
    assert_eq!(jimmy.chart.volume.last(), Some(&12_000.0));
}

/// An expected or target volume beyond twice the break-even point stretches the chart
/// a quarter past it (here 1.25 × 4,000, already round), and both get a point of their
/// own.
#[test]
fn chart_reaches_past_the_expected_and_target_volumes() {
    let input = BreakEvenInput::new(6000.0, 7.0, 2.0)
        .with_volume(1000.0)
        .with_target_profit(14_000.0);
    let chart = break_even(&input).unwrap().chart;
    assert_eq!(chart.volume, vec![0.0, 1000.0, 1200.0, 4000.0, 5000.0]);
    assert_eq!(chart.profit[3], 14_000.0);

    let input = BreakEvenInput::new(6000.0, 7.0, 2.0).with_volume(1200.0);
    let chart = break_even(&input).unwrap().chart;
    assert_eq!(chart.volume, vec![0.0, 1200.0, 2500.0], "no repeated point");
}

/// Without fixed cost every unit sold is profit: break-even at 0 (a positive zero, not
/// −0), and a chart of one unit's length when nothing else sets its scale.
#[test]
fn no_fixed_cost_breaks_even_at_zero() {
    let result = break_even(&BreakEvenInput::new(-0.0, 4.0, -0.0)).unwrap();
    assert_eq!(result.break_even_volume, 0.0);
    assert!(result.break_even_volume.is_sign_positive());
    assert!(result.break_even_revenue.is_sign_positive());
    assert_eq!(result.contribution_margin_ratio, 1.0);
    assert_eq!(result.chart.volume, vec![0.0, 1.0]);
    assert!(
        result
            .chart
            .total_cost
            .iter()
            .all(|cost| cost.is_sign_positive())
    );

    let with_volume = BreakEvenInput::new(0.0, 4.0, 1.0).with_volume(10.0);
    let outcome = break_even(&with_volume).unwrap().at_volume.unwrap();
    assert_eq!(outcome.margin_of_safety_ratio, 1.0);
    assert_eq!(outcome.profit, 30.0);
}

#[test]
fn the_price_must_exceed_the_variable_cost() {
    for variable_cost in [4.0, 4.5] {
        assert_eq!(
            failure(break_even(&BreakEvenInput::new(
                10_000.0,
                4.0,
                variable_cost
            ))),
            error_at(ErrorCode::OutOfRange, "unit_price")
        );
    }
    let error = break_even(&BreakEvenInput::new(1.0, 4.0, 4.0)).unwrap_err();
    assert_eq!(
        error.message(),
        "must be greater than the variable cost: otherwise no volume breaks even"
    );
}

#[test]
fn fixed_and_variable_cost_must_be_finite_and_not_negative() {
    let cases = [
        (f64::NAN, ErrorCode::NotFinite),
        (f64::INFINITY, ErrorCode::NotFinite),
        (-1.0, ErrorCode::Negative),
    ];
    for (bad, code) in cases {
        assert_eq!(
            failure(break_even(&BreakEvenInput::new(bad, 4.0, 2.0))),
            error_at(code, "fixed_cost")
        );
        assert_eq!(
            failure(break_even(&BreakEvenInput::new(100.0, 4.0, bad))),
            error_at(code, "variable_cost")
        );
    }
}

#[test]
fn price_and_volume_must_be_finite_and_positive() {
    let cases = [
        (f64::NAN, ErrorCode::NotFinite),
        (f64::NEG_INFINITY, ErrorCode::NotFinite),
        (0.0, ErrorCode::NotPositive),
        (-5.0, ErrorCode::NotPositive),
    ];
    for (bad, code) in cases {
        assert_eq!(
            failure(break_even(&BreakEvenInput::new(100.0, bad, 2.0))),
            error_at(code, "unit_price")
        );
        let input = BreakEvenInput::new(100.0, 4.0, 2.0).with_volume(bad);
        assert_eq!(failure(break_even(&input)), error_at(code, "volume"));
    }
}

#[test]
fn the_target_profit_must_be_finite_and_not_negative() {
    for (bad, code) in [
        (f64::NAN, ErrorCode::NotFinite),
        (-1.0, ErrorCode::Negative),
    ] {
        let input = BreakEvenInput::new(100.0, 4.0, 2.0).with_target_profit(bad);
        assert_eq!(failure(break_even(&input)), error_at(code, "target_profit"));
    }
    let zero = BreakEvenInput::new(100.0, 4.0, 2.0).with_target_profit(0.0);
    assert_eq!(break_even(&zero).unwrap().target.unwrap().volume, 50.0);
}

/// Fields are checked in input order before the price is compared with the cost.
#[test]
fn validation_names_the_first_bad_field_in_input_order() {
    let input = BreakEvenInput::new(-1.0, 0.0, -1.0).with_volume(0.0);
    assert_eq!(failure(break_even(&input)).1, "fixed_cost");
    let input = BreakEvenInput::new(1.0, 2.0, 3.0).with_volume(0.0);
    assert_eq!(failure(break_even(&input)).1, "volume");
}

/// A margin of one part in 10¹⁶ on a fixed cost near the largest float: the volume
/// overflows, which no single field is to blame for.
#[test]
fn overflow_is_a_numeric_range_error() {
    let input = BreakEvenInput::new(1e308, 1.0, 1.0 - f64::EPSILON);
    assert_eq!(
        failure(break_even(&input)),
        error_at(ErrorCode::NumericRange, "")
    );
}

/// Found by fuzzing the JS API: at a volume of 5e-324 the margin of safety, −1,200
/// units, is −2.4e326 times the volume, and `margin_of_safety_ratio` was −Infinity.
#[test]
fn a_margin_of_safety_ratio_beyond_f64_is_a_numeric_range_error() {
    let input = BreakEvenInput::new(6000.0, 7.0, 2.0).with_volume(f64::from_bits(1));
    assert_eq!(
        failure(break_even(&input)),
        error_at(ErrorCode::NumericRange, "")
    );
}

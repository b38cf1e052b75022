//! Crossover analysis against Heizer & Render's Kleber Enterprises, make or buy after
//! Stevenson, the cases without a crossover, the chart, and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{PRINTED_ROUNDING, TEXTBOOK, error_at, failure};
use opscalc::ErrorCode;
use opscalc::capacity::{
    BreakEvenCrossover, BreakEvenCrossoverInput, CrossoverOption, MAX_CROSSOVER_OPTIONS,
    break_even_crossover,
};

fn options(lines: &[(&str, f64, f64)]) -> BreakEvenCrossoverInput {
    BreakEvenCrossoverInput::new(
        lines
            .iter()
            .map(|&(id, fixed, variable)| CrossoverOption::new(id, fixed, variable))
            .collect(),
    )
}

/// The ranges as (option, from, to), to compare in one assertion.
fn ranges(result: &BreakEvenCrossover) -> Vec<(u32, f64, Option<f64>)> {
    result
        .ranges
        .iter()
        .map(|range| (range.option, range.from_volume, range.to_volume))
        .collect()
}

fn kleber() -> BreakEvenCrossoverInput {
    options(&[
        ("A", 200_000.0, 60.0),
        ("B", 300_000.0, 25.0),
        ("C", 400_000.0, 10.0),
    ])
}

/// Heizer & Render, *Operations Management*, process strategy chapter (crossover
/// charts), Kleber Enterprises: accounting software A costs $200,000 plus $60 a report,
/// B $300,000 plus $25, C $400,000 plus $10. Published: A and B cross at 100,000 / 35 =
/// 2,857 reports, B and C at 100,000 / 15 = 6,667; A is cheapest below 2,857, B
/// between, C above 6,667. (A and C cross at 4,000, where B is cheaper than both: not a
/// crossover of the cheapest option.)
#[test]
fn heizer_render_kleber_enterprises() {
    let result = break_even_crossover(&kleber()).unwrap();
    assert_eq!(result.crossovers.len(), 2);
    let [ab, bc] = [result.crossovers[0], result.crossovers[1]];
    assert_relative_eq!(ab.volume, 100_000.0 / 35.0, max_relative = TEXTBOOK);
    assert_relative_eq!(ab.volume, 2857.14, epsilon = PRINTED_ROUNDING);
    assert_relative_eq!(bc.volume, 6666.67, epsilon = PRINTED_ROUNDING);
    assert_eq!((ab.below, ab.above), (0, 1));
    assert_eq!((bc.below, bc.above), (1, 2));
    // Hand-computed: 200,000 + 60 × 2,857.14 and 300,000 + 25 × 6,666.67.
    assert_relative_eq!(ab.total_cost, 371_428.57, epsilon = PRINTED_ROUNDING);
    assert_relative_eq!(bc.total_cost, 466_666.67, epsilon = PRINTED_ROUNDING);
    assert_eq!(
        ranges(&result),
        vec![
            (0, 0.0, Some(ab.volume)),
            (1, ab.volume, Some(bc.volume)),
            (2, bc.volume, None)
        ]
    );
}

/// Hand-computed, after Heizer & Render's Kleber Enterprises: at 5,000 reports A costs
/// $500,000, B $425,000 and C $450,000, so B is cheapest, $25,000 below C.
#[test]
fn kleber_priced_at_five_thousand_reports() {
    let result = break_even_crossover(&kleber().with_volume(5000.0)).unwrap();
    let priced = result.at_volume.unwrap();
    assert_eq!(priced.volume, 5000.0);
    assert_eq!(priced.cheapest, 1);
    let totals: Vec<_> = priced
        .options
        .iter()
        .map(|option| option.total_cost)
        .collect();
    assert_eq!(totals, [500_000.0, 425_000.0, 450_000.0]);
    let extra: Vec<_> = priced
        .options
        .iter()
        .map(|option| option.extra_cost)
        .collect();
    assert_eq!(extra, [75_000.0, 0.0, 25_000.0]);
    assert_eq!(priced.options[2].fixed_cost, 400_000.0);
    assert_eq!(priced.options[2].total_variable_cost, 50_000.0);
}

/// Make or buy, hand-computed after Stevenson, *Operations Management*, capacity
/// planning chapter: making costs $150,000 a year plus $60 a unit, buying $80 a unit
/// and no fixed cost. At 12,000 units making costs 150,000 + 12,000 × 60 = $870,000 and
/// buying 12,000 × 80 = $960,000, $90,000 more; the two cost the same at
/// 150,000 / (80 − 60) = 7,500 units: buy below, make above.
#[test]
fn make_or_buy_after_stevenson() {
    let input = options(&[("make", 150_000.0, 60.0), ("buy", 0.0, 80.0)]).with_volume(12_000.0);
    let result = break_even_crossover(&input).unwrap();
    let crossover = result.crossovers[0];
    assert_eq!(crossover.volume, 7500.0);
    assert_eq!(crossover.total_cost, 600_000.0);
    assert_eq!((crossover.below, crossover.above), (1, 0));
    assert_eq!(
        ranges(&result),
        vec![(1, 0.0, Some(7500.0)), (0, 7500.0, None)]
    );
    let priced = result.at_volume.unwrap();
    assert_eq!(priced.cheapest, 0);
    assert_eq!(priced.options[0].total_cost, 870_000.0);
    assert_eq!(priced.options[1].total_cost, 960_000.0);
    assert_eq!(priced.options[1].extra_cost, 90_000.0);
}

/// Hand-computed make-or-buy with two ways to make: buy at $150 a unit, make on
/// standard equipment for $120,000 plus $75, or on a computer-controlled machine for
/// $250,000 plus $20. Buying is cheapest up to 120,000 / 75 = 1,600 units, standard
/// equipment up to 130,000 / 55 = 2,363.64, the machine beyond. At 1,200 units: buy
/// $180,000, standard $210,000, machine $274,000.
#[test]
fn make_or_buy_with_two_ways_to_make() {
    let input = options(&[
        ("buy", 0.0, 150.0),
        ("standard", 120_000.0, 75.0),
        ("machine", 250_000.0, 20.0),
    ])
    .with_volume(1200.0);
    let result = break_even_crossover(&input).unwrap();
    let volumes: Vec<_> = result.crossovers.iter().map(|c| c.volume).collect();
    assert_eq!(volumes[0], 1600.0);
    assert_relative_eq!(volumes[1], 130_000.0 / 55.0, max_relative = TEXTBOOK);
    assert_relative_eq!(volumes[1], 2363.64, epsilon = PRINTED_ROUNDING);
    let order: Vec<_> = result.ranges.iter().map(|range| range.option).collect();
    assert_eq!(order, [0, 1, 2]);
    let priced = result.at_volume.unwrap();
    assert_eq!(priced.cheapest, 0);
    let totals: Vec<_> = priced
        .options
        .iter()
        .map(|option| option.total_cost)
        .collect();
    assert_eq!(totals, [180_000.0, 210_000.0, 274_000.0]);
}

/// Parallel cost lines never cross: the lower fixed cost is cheaper everywhere (not an
/// error). An option that is cheaper in both costs dominates the same way.
#[test]
fn no_crossover_when_one_option_dominates() {
    for lines in [
        [("old", 50_000.0, 12.0), ("new", 30_000.0, 12.0)],
        [("old", 50_000.0, 12.0), ("new", 30_000.0, 10.0)],
    ] {
        let result = break_even_crossover(&options(&lines).with_volume(1000.0)).unwrap();
        assert!(result.crossovers.is_empty());
        assert_eq!(ranges(&result), vec![(1, 0.0, None)]);
        assert_eq!(result.at_volume.unwrap().cheapest, 1);
    }
}

/// Equal fixed costs meet at volume 0 only: the lower variable cost is cheaper from
/// the start, with no crossover. Identical options tie everywhere: the first listed.
#[test]
fn ties_go_to_the_lower_variable_cost_then_the_first_listed() {
    let result = break_even_crossover(&options(&[("a", 100.0, 5.0), ("b", 100.0, 4.0)])).unwrap();
    assert!(result.crossovers.is_empty());
    assert_eq!(ranges(&result), vec![(1, 0.0, None)]);

    let twins = options(&[("a", 100.0, 5.0), ("b", 100.0, 5.0)]).with_volume(10.0);
    let result = break_even_crossover(&twins).unwrap();
    assert_eq!(ranges(&result), vec![(0, 0.0, None)]);
    let priced = result.at_volume.unwrap();
    assert_eq!(priced.cheapest, 0);
    assert_eq!(priced.options[1].extra_cost, 0.0);
}

/// Three lines through one point (volume 10, cost 100): the cheapest changes once, to
/// the option with the lowest variable cost, which stays cheapest beyond.
#[test]
fn lines_through_one_point_make_one_crossover() {
    let input = options(&[("a", 0.0, 10.0), ("b", 50.0, 5.0), ("c", 100.0, 0.0)]);
    let result = break_even_crossover(&input).unwrap();
    assert_eq!(result.crossovers.len(), 1);
    let crossover = result.crossovers[0];
    assert_eq!((crossover.volume, crossover.total_cost), (10.0, 100.0));
    assert_eq!((crossover.below, crossover.above), (0, 2));
}

/// At a crossover both options cost the same; the one with the lower variable cost is
/// reported, as it is the cheaper one from there on.
#[test]
fn at_a_crossover_the_option_cheaper_above_is_reported() {
    let input = options(&[("make", 150_000.0, 60.0), ("buy", 0.0, 80.0)]).with_volume(7500.0);
    let priced = break_even_crossover(&input).unwrap().at_volume.unwrap();
    assert_eq!(priced.cheapest, 0);
    assert_eq!(priced.options[1].extra_cost, 0.0);
}

/// An option that is never cheapest has no range; options may come in any order.
#[test]
fn an_option_that_is_never_cheapest_has_no_range() {
    let input = options(&[
        ("C", 400_000.0, 10.0),
        ("D", 350_000.0, 30.0),
        ("A", 200_000.0, 60.0),
        ("B", 300_000.0, 25.0),
    ]);
    let result = break_even_crossover(&input).unwrap();
    let order: Vec<_> = result.ranges.iter().map(|range| range.option).collect();
    assert_eq!(order, [2, 3, 0]);
}

/// The chart has a point at 0, at each crossover, at the given volume and at its end
/// (half as far again as the last crossover, or a quarter past the volume, rounded up
/// to a round number); the lowest cost follows the cheapest option.
#[test]
fn chart_lines_and_their_lower_envelope() {
    let result = break_even_crossover(&kleber()).unwrap();
    let [ab, bc] = [result.crossovers[0].volume, result.crossovers[1].volume];
    let chart = &result.chart;
    assert_eq!(chart.volume, vec![0.0, ab, bc, 10_000.0]);
    assert_eq!(chart.total_cost.len(), 3);
    assert_eq!(chart.total_cost[0][0], 200_000.0);
    assert_eq!(chart.total_cost[2][3], 500_000.0);
    assert_eq!(chart.lowest_cost[0], 200_000.0);
    assert_eq!(chart.lowest_cost[3], chart.total_cost[2][3]);

    let make_or_buy =
        options(&[("make", 150_000.0, 60.0), ("buy", 0.0, 80.0)]).with_volume(12_000.0);
    let chart = break_even_crossover(&make_or_buy).unwrap().chart;
    assert_eq!(chart.volume, vec![0.0, 7500.0, 12_000.0, 15_000.0]);

    // Without a crossover or a volume: to where the largest variable cost has added the
    // largest fixed cost (50,000 / 12 = 4,166.67, rounded up to 5,000); without variable
    // costs, one unit.
    let parallel = options(&[("old", 50_000.0, 12.0), ("new", 30_000.0, 12.0)]);
    let chart = break_even_crossover(&parallel).unwrap().chart;
    assert_eq!(chart.volume, vec![0.0, 5000.0]);
    let flat = options(&[("old", 50_000.0, 0.0), ("new", 30_000.0, 0.0)]);
    let chart = break_even_crossover(&flat).unwrap().chart;
    assert_eq!(chart.volume, vec![0.0, 1.0]);
    assert_eq!(chart.lowest_cost, vec![30_000.0; 2]);
}

#[test]
fn the_list_must_have_two_to_max_options() {
    for count in [0, 1] {
        let input = options(&[("a", 1.0, 1.0)][..count]);
        assert_eq!(
            failure(break_even_crossover(&input)),
            error_at(ErrorCode::OutOfRange, "options")
        );
    }
    let one = break_even_crossover(&options(&[("a", 1.0, 1.0)])).unwrap_err();
    assert_eq!(one.message(), "must have at least two options to compare");
    let many: Vec<_> = (0..=MAX_CROSSOVER_OPTIONS)
        .map(|index| CrossoverOption::new(index.to_string(), 1.0, 1.0))
        .collect();
    assert_eq!(
        failure(break_even_crossover(&BreakEvenCrossoverInput::new(many))),
        error_at(ErrorCode::TooLarge, "options")
    );
}

#[test]
fn ids_must_be_present_and_unique() {
    let repeated = options(&[("make", 1.0, 1.0), ("buy", 0.0, 2.0), ("make", 3.0, 0.5)]);
    let error = break_even_crossover(&repeated).unwrap_err();
    assert_eq!(
        (error.code(), error.field(), error.message()),
        (
            ErrorCode::DuplicateId,
            "options[2].id",
            "repeats the id of options[0]"
        )
    );
    let empty = options(&[("make", 1.0, 1.0), ("", 0.0, 2.0)]);
    assert_eq!(
        failure(break_even_crossover(&empty)),
        error_at(ErrorCode::InvalidInput, "options[1].id")
    );
}

#[test]
fn costs_must_be_finite_and_not_negative() {
    for (bad, code) in [
        (f64::NAN, ErrorCode::NotFinite),
        (f64::INFINITY, ErrorCode::NotFinite),
        (-1.0, ErrorCode::Negative),
    ] {
        let input = options(&[("a", 1.0, 1.0), ("b", bad, 1.0)]);
        assert_eq!(
            failure(break_even_crossover(&input)),
            error_at(code, "options[1].fixed_cost")
        );
        let input = options(&[("a", 1.0, bad), ("b", 1.0, 1.0)]);
        assert_eq!(
            failure(break_even_crossover(&input)),
            error_at(code, "options[0].variable_cost")
        );
    }
}

#[test]
fn the_volume_must_be_finite_and_positive() {
    for (bad, code) in [
        (f64::NAN, ErrorCode::NotFinite),
        (0.0, ErrorCode::NotPositive),
        (-3.0, ErrorCode::NotPositive),
    ] {
        assert_eq!(
            failure(break_even_crossover(&kleber().with_volume(bad))),
            error_at(code, "volume")
        );
    }
}

#[test]
fn overflow_is_a_numeric_range_error() {
    let input = options(&[("a", 1e308, 1e308), ("b", 1e308, 1e308)]).with_volume(1e10);
    assert_eq!(
        failure(break_even_crossover(&input)),
        error_at(ErrorCode::NumericRange, "")
    );
}

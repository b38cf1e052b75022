//! Properties of break-even, product-mix and crossover analysis over random valid
//! inputs (proptest; native only).
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::capacity::{
    BreakEvenCrossoverInput, BreakEvenInput, BreakEvenMixInput, CrossoverOption, MixProduct,
    SalesMix, break_even, break_even_crossover, break_even_mix,
};
use proptest::prelude::*;

/// Magnitudes of real costs and prices, from cents to billions.
fn magnitude() -> impl Strategy<Value = f64> {
    (-2.0_f64..9.0).prop_map(|exponent| 10.0_f64.powf(exponent))
}

/// A price and a variable cost below it: `V = share × P`, from nothing to nearly all.
fn price_and_cost() -> impl Strategy<Value = (f64, f64)> {
    (magnitude(), 0.0_f64..0.999).prop_map(|(price, share)| (price, price * share))
}

/// `|a − b|` within `relative` of `scale` (the size of the numbers that were subtracted).
fn close(a: f64, b: f64, scale: f64, relative: f64) -> bool {
    (a - b).abs() <= relative * scale.abs().max(f64::MIN_POSITIVE)
}

proptest! {
    /// Profit at the break-even volume is zero (up to rounding on the scale of F), and
    /// the break-even revenue is the price times the break-even volume.
    #[test]
    fn profit_at_the_break_even_volume_is_zero(
        fixed_cost in magnitude(),
        (price, cost) in price_and_cost(),
    ) {
        let result = break_even(&BreakEvenInput::new(fixed_cost, price, cost)).unwrap();
        let at = break_even(
            &BreakEvenInput::new(fixed_cost, price, cost).with_volume(result.break_even_volume),
        ).unwrap().at_volume.unwrap();
        prop_assert!(close(at.profit, 0.0, fixed_cost, 1e-12), "profit {}", at.profit);
        prop_assert!(close(at.margin_of_safety, 0.0, result.break_even_volume, 1e-15));
        prop_assert!(close(
            result.break_even_revenue,
            price * result.break_even_volume,
            result.break_even_revenue,
            1e-15,
        ));
    }

    /// Above break-even, more volume earns more profit, and profit is the margin of
    /// safety times the contribution margin.
    #[test]
    fn profit_increases_with_volume_above_break_even(
        fixed_cost in magnitude(),
        (price, cost) in price_and_cost(),
        first in 1.0_f64..10.0,
        step in 0.01_f64..10.0,
    ) {
        let bep = break_even(&BreakEvenInput::new(fixed_cost, price, cost)).unwrap().break_even_volume;
        let outcome = |factor: f64| {
            let input = BreakEvenInput::new(fixed_cost, price, cost).with_volume(bep * factor);
            break_even(&input).unwrap().at_volume.unwrap()
        };
        let (near, far) = (outcome(first), outcome(first + step));
        prop_assert!(near.profit >= -1e-12 * fixed_cost);
        prop_assert!(far.profit > near.profit);
        prop_assert!(close(near.profit, near.margin_of_safety * (price - cost), fixed_cost.max(near.revenue), 1e-12));
    }

    /// The chart's revenue and total-cost lines cross exactly at the break-even point:
    /// cost above revenue before it, revenue above cost after.
    #[test]
    fn revenue_and_cost_lines_cross_at_the_break_even_point(
        fixed_cost in magnitude(),
        (price, cost) in price_and_cost(),
        volume in proptest::option::of(magnitude()),
    ) {
        let mut input = BreakEvenInput::new(fixed_cost, price, cost);
        input.volume = volume;
        let result = break_even(&input).unwrap();
        let chart = &result.chart;
        let at = chart.volume.iter().position(|&x| x == result.break_even_volume).unwrap();
        prop_assert!(close(chart.revenue[at], chart.total_cost[at], chart.total_cost[at], 1e-12));
        for (index, &x) in chart.volume.iter().enumerate() {
            let gap = chart.revenue[index] - chart.total_cost[index];
            prop_assert!(close(gap, chart.profit[index], chart.total_cost[index], 1e-12));
            if x < result.break_even_volume * (1.0 - 1e-9) {
                prop_assert!(gap < 0.0);
            } else if x > result.break_even_volume * (1.0 + 1e-9) {
                prop_assert!(gap > 0.0);
            }
        }
        prop_assert!(chart.volume.windows(2).all(|pair| pair[0] < pair[1]));
    }

    /// A mix of one product breaks even at the single-product break-even revenue,
    /// whichever way the mix is given.
    #[test]
    fn one_product_mix_equals_single_product_break_even(
        fixed_cost in magnitude(),
        (price, cost) in price_and_cost(),
        units in magnitude(),
    ) {
        let single = break_even(&BreakEvenInput::new(fixed_cost, price, cost)).unwrap();
        for mix in [SalesMix::SalesShare(1.0), SalesMix::ForecastUnits(units)] {
            let input = BreakEvenMixInput::new(fixed_cost, vec![MixProduct::new(price, cost, mix)]);
            let result = break_even_mix(&input).unwrap();
            prop_assert!(close(result.break_even_revenue, single.break_even_revenue, single.break_even_revenue, 1e-12));
            prop_assert!(close(result.products[0].units, single.break_even_volume, single.break_even_volume, 1e-12));
        }
    }

    /// At break-even the products' revenues add up to BEP$ and their contributions to
    /// F; scaling every forecast changes nothing, and the forecast's revenue shares give
    /// the same result as the forecast.
    #[test]
    fn mix_parts_add_up_and_only_the_mix_matters(
        fixed_cost in magnitude(),
        products in prop::collection::vec((price_and_cost(), 1.0_f64..1e6), 1..8),
        scale in 0.01_f64..100.0,
    ) {
        let make = |factor: f64| BreakEvenMixInput::new(
            fixed_cost,
            products.iter().map(|&((price, cost), units)| MixProduct::new(price, cost, SalesMix::ForecastUnits(units * factor))).collect(),
        );
        let result = break_even_mix(&make(1.0)).unwrap();
        let revenue: f64 = result.products.iter().map(|row| row.revenue).sum();
        let contribution: f64 = result.products.iter().map(|row| row.contribution).sum();
        prop_assert!(close(revenue, result.break_even_revenue, result.break_even_revenue, 1e-12));
        prop_assert!(close(contribution, fixed_cost, fixed_cost, 1e-12));

        let scaled = break_even_mix(&make(scale)).unwrap();
        prop_assert!(close(scaled.break_even_revenue, result.break_even_revenue, result.break_even_revenue, 1e-12));

        let by_share = BreakEvenMixInput::new(
            fixed_cost,
            products.iter().zip(&result.products).map(|(&((price, cost), _), row)| MixProduct::new(price, cost, SalesMix::SalesShare(row.sales_share))).collect(),
        );
        let by_share = break_even_mix(&by_share).unwrap();
        prop_assert!(close(by_share.break_even_revenue, result.break_even_revenue, result.break_even_revenue, 1e-12));
    }

    /// At each crossover the options on both sides cost the same; inside every range
    /// (and beyond the last crossover) the range's option costs no more than any other;
    /// the ranges run from 0 without gaps; and the cheapest at a volume is cheapest.
    #[test]
    fn the_reported_cheapest_option_is_cheapest_on_each_side(
        lines in prop::collection::vec((magnitude(), magnitude()), 2..7),
        volume in magnitude(),
    ) {
        let options: Vec<_> = lines
            .iter()
            .enumerate()
            .map(|(index, &(fixed, variable))| CrossoverOption::new(index.to_string(), fixed, variable))
            .collect();
        let cost = |option: u32, x: f64| {
            let (fixed, variable) = lines[option as usize];
            fixed + variable * x
        };
        let result = break_even_crossover(&BreakEvenCrossoverInput::new(options).with_volume(volume)).unwrap();

        for crossover in &result.crossovers {
            let (below, above) = (cost(crossover.below, crossover.volume), cost(crossover.above, crossover.volume));
            prop_assert!(close(below, above, below, 1e-9), "{below} vs {above}");
            prop_assert!(close(crossover.total_cost, above, above, 1e-12));
            prop_assert!(lines[crossover.above as usize].1 < lines[crossover.below as usize].1);
        }
        prop_assert_eq!(result.ranges.len(), result.crossovers.len() + 1);
        prop_assert_eq!(result.ranges[0].from_volume, 0.0);
        for pair in result.ranges.windows(2) {
            prop_assert_eq!(pair[0].to_volume, Some(pair[1].from_volume));
        }
        for range in &result.ranges {
            let inside = range.to_volume.map_or(2.0 * range.from_volume + 1.0, |to| (range.from_volume + to) / 2.0);
            let own = cost(range.option, inside);
            for other in 0..lines.len() {
                prop_assert!(own <= cost(other as u32, inside) * (1.0 + 1e-9), "range of {} at {inside}", range.option);
            }
        }
        let priced = result.at_volume.unwrap();
        let lowest = priced.options[priced.cheapest as usize].total_cost;
        prop_assert!(priced.options.iter().all(|option| option.total_cost >= lowest && option.extra_cost >= 0.0));
    }

    /// Two options whose lines cross at a positive volume: the crossover is
    /// (F1 − F2) / (V2 − V1), the lower fixed cost cheaper below it.
    #[test]
    fn two_options_cross_at_the_textbook_volume(
        (low_fixed, high_fixed) in (magnitude(), 1.001_f64..1e3).prop_map(|(f, k)| (f, f * k)),
        (low_variable, high_variable) in (magnitude(), 1.001_f64..1e3).prop_map(|(v, k)| (v, v * k)),
    ) {
        let input = BreakEvenCrossoverInput::new(vec![
            CrossoverOption::new("cheap to start", low_fixed, high_variable),
            CrossoverOption::new("cheap to run", high_fixed, low_variable),
        ]);
        let result = break_even_crossover(&input).unwrap();
        prop_assert_eq!(result.crossovers.len(), 1);
        let crossover = result.crossovers[0];
        let expected = (low_fixed - high_fixed) / (low_variable - high_variable);
        prop_assert!(close(crossover.volume, expected, expected, 1e-12));
        prop_assert_eq!((crossover.below, crossover.above), (0, 1));
    }
}

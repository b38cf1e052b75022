//! The newsvendor (single-period) model against published textbook examples, for
//! uniform, discrete and normal demand; the expected outcome at any quantity; the demand
//! density curves; and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]
// References are written with the digits mpmath gave, beyond what f64 holds.
#![allow(clippy::excessive_precision)]

mod common;

use approx::assert_relative_eq;
use common::{TEXTBOOK, error_at, failure};
use opscalc::ErrorCode;
use opscalc::inventory::{
    DENSITY_CURVE_POINTS, DemandDistribution, MAX_DEMAND_VALUES, NewsvendorCosts, NewsvendorInput,
    newsvendor, newsvendor_outcome,
};
use opscalc::stats::normal;

/// Poisson probabilities of 0, 1, ..., `last − 1`, and of `last` or more lumped into
/// `last` so that they add up to 1: `p(k) = e^(−λ) λ^k / k!` by the recurrence
/// `p(k) = p(k − 1) λ / k`, exact to a few units in the last place.
fn poisson(mean: f64, last: u32) -> DemandDistribution {
    let mut probabilities = vec![(-mean).exp()];
    for k in 1..last {
        let previous = *probabilities.last().unwrap();
        probabilities.push(previous * mean / f64::from(k));
    }
    probabilities.push(1.0 - probabilities.iter().sum::<f64>());
    DemandDistribution::Discrete {
        values: (0..=last).map(f64::from).collect(),
        probabilities,
    }
}

fn cider_bar(costs: NewsvendorCosts) -> NewsvendorInput {
    NewsvendorInput {
        costs,
        demand: DemandDistribution::Uniform {
            min: 300.0,
            max: 500.0,
        },
    }
}

const CIDER_PRICES: NewsvendorCosts = NewsvendorCosts::Prices {
    price: 0.80,
    cost: 0.20,
    salvage: 0.0,
};

/// Stevenson, *Operations Management*, Inventory Management chapter, the single-period
/// model, Cindy's Cider Bar: weekly demand uniform from 300 to 500 litres; Cindy pays
/// $0.20 a litre and charges $0.80; unsold cider has no salvage value. Published:
/// Cs = $0.60, Ce = $0.20, SL = 0.60 / (0.60 + 0.20) = 0.75, stocking level
/// 300 + 0.75 (500 − 300) = 450 litres, stockout risk 1 − 0.75 = 0.25.
/// Hand-computed beyond the book: expected shortage 50² / 400 = 6.25 litres, leftover
/// 150² / 400 = 56.25, sales 400 − 6.25 = 393.75, cost 0.6 × 6.25 + 0.2 × 56.25 = $15,
/// profit 0.8 × 393.75 − 0.2 × 450 = $225 a week.
#[test]
fn stevenson_cindys_cider_bar_uniform_demand() {
    let result = newsvendor(&cider_bar(CIDER_PRICES)).unwrap();
    assert_relative_eq!(result.underage_cost, 0.60, max_relative = TEXTBOOK);
    assert_relative_eq!(result.overage_cost, 0.20, max_relative = TEXTBOOK);
    assert_relative_eq!(result.critical_ratio, 0.75, max_relative = TEXTBOOK);
    assert_relative_eq!(result.quantity, 450.0, max_relative = TEXTBOOK);
    assert_eq!((result.z, result.table.clone()), (None, None));
    let outcome = result.outcome;
    assert_relative_eq!(outcome.service_level, 0.75, max_relative = TEXTBOOK);
    assert_relative_eq!(outcome.stockout_probability, 0.25, max_relative = TEXTBOOK);
    assert_eq!(outcome.mean_demand, 400.0);
    assert_relative_eq!(outcome.expected_shortage, 6.25, max_relative = TEXTBOOK);
    assert_relative_eq!(outcome.expected_leftover, 56.25, max_relative = TEXTBOOK);
    assert_relative_eq!(outcome.expected_sales, 393.75, max_relative = TEXTBOOK);
    assert_relative_eq!(outcome.expected_cost, 15.0, max_relative = TEXTBOOK);
    assert_relative_eq!(
        outcome.expected_profit.unwrap(),
        225.0,
        max_relative = TEXTBOOK
    );
}

/// The same example with Cs and Ce given directly: the same stock, and no profit
/// (without prices the margin is unknown).
#[test]
fn costs_given_directly_agree_with_prices() {
    let direct = newsvendor(&cider_bar(NewsvendorCosts::Direct {
        underage_cost: 0.6,
        overage_cost: 0.2,
    }))
    .unwrap();
    assert_relative_eq!(direct.quantity, 450.0, max_relative = TEXTBOOK);
    assert_relative_eq!(direct.outcome.expected_cost, 15.0, max_relative = TEXTBOOK);
    assert_eq!(direct.outcome.expected_profit, None);
}

/// Stevenson, *Operations Management*, Inventory Management chapter, the single-period
/// model with Poisson demand (Example 15 in the 14th edition): long-stemmed red roses,
/// demand Poisson with a mean of four dozen a day; profit $3 a dozen; leftovers sell the
/// next day at a loss of $2 a dozen. Published: Cs = $3, Ce = $2, SL = 3 / (3 + 2) =
/// 0.60; cumulative Poisson(4) from the table: 0.018, 0.092, 0.238, 0.433, 0.629, 0.785;
/// stock four dozen (the first cumulative frequency of at least 0.60).
#[test]
fn stevenson_roses_discrete_poisson_demand() {
    let result = newsvendor(&NewsvendorInput {
        costs: NewsvendorCosts::Direct {
            underage_cost: 3.0,
            overage_cost: 2.0,
        },
        demand: poisson(4.0, 20),
    })
    .unwrap();
    assert_eq!(result.critical_ratio, 0.6);
    assert_eq!(result.quantity, 4.0);
    let table = result.table.unwrap();
    assert_eq!(table.len(), 21);
    let printed = [0.018, 0.092, 0.238, 0.433, 0.629, 0.785];
    for (row, printed) in table.iter().zip(printed) {
        assert!((row.cumulative - printed).abs() <= 0.0005, "{row:?}");
    }
    // P(D ≤ 4) = 71 e^(−4) / 3 (mpmath): the probability four dozen meet the day's demand.
    assert_relative_eq!(
        table[4].cumulative,
        0.628_836_935_179_873_52,
        max_relative = 1e-14
    );
    assert_relative_eq!(
        result.outcome.service_level,
        0.628_836_935_179_873_52,
        max_relative = 1e-14
    );
    assert_relative_eq!(
        table[4].probability,
        0.195_366_814_813_164_59,
        max_relative = 1e-14
    );
    assert_eq!(table.last().unwrap().cumulative, 1.0);
}

/// Hand-computed, after Stevenson's roses example with prices instead of margins: cost
/// $3 a dozen, price $10, no salvage, so Cu = $7, Co = $3 and CR = 0.70; the
/// cumulative Poisson(4) probabilities P(≤ 4) = 0.629 and P(≤ 5) = 0.785 straddle it,
/// so stock five dozen.
#[test]
fn roses_from_prices_stock_five_dozen() {
    let result = newsvendor(&NewsvendorInput {
        costs: NewsvendorCosts::Prices {
            price: 10.0,
            cost: 3.0,
            salvage: 0.0,
        },
        demand: poisson(4.0, 20),
    })
    .unwrap();
    assert_eq!((result.underage_cost, result.overage_cost), (7.0, 3.0));
    assert_eq!(result.critical_ratio, 0.7);
    assert_eq!(result.quantity, 5.0);
    assert_relative_eq!(
        result.outcome.service_level,
        0.785_130_387_030_405_20,
        max_relative = 1e-14
    );
    // Profit = 10 × sales − 3 × 5 with nothing salvaged.
    let outcome = result.outcome;
    assert_relative_eq!(
        outcome.expected_profit.unwrap(),
        10.0 * outcome.expected_sales - 3.0 * 5.0,
        max_relative = 1e-12
    );
    assert_relative_eq!(
        outcome.expected_leftover - outcome.expected_shortage,
        5.0 - outcome.mean_demand,
        max_relative = 1e-12
    );
}

/// A cumulative probability that equals the critical ratio in decimal, but not in
/// binary (0.1 + 0.6 + 0.1 = 0.7999999999999999), still selects that value: the
/// smallest value that reaches the ratio, as the textbook rule says.
#[test]
fn a_cumulative_equal_to_the_ratio_selects_that_value() {
    let result = newsvendor(&NewsvendorInput {
        costs: NewsvendorCosts::Direct {
            underage_cost: 8.0,
            overage_cost: 2.0,
        },
        demand: DemandDistribution::Discrete {
            values: vec![10.0, 20.0, 30.0, 40.0],
            probabilities: vec![0.1, 0.6, 0.1, 0.2],
        },
    })
    .unwrap();
    assert_eq!(result.critical_ratio, 0.8);
    let table = result.table.unwrap();
    assert!(table[2].cumulative < 0.8, "the float sum falls short");
    assert_eq!(result.quantity, 30.0);
}

/// Hand-computed, after Cachon & Terwiesch, *Matching Supply with Demand*, the
/// newsvendor chapter, O'Neill's Hammer 3/2 wetsuit: demand normal with mean 3,192 and
/// σ = 1,181, price $180, cost $110, salvage $90. Cu = 70, Co = 20, CR = 70 / 90 =
/// 0.7778, z = 0.76471 (a table gives 0.77), Q* = 3,192 + 0.76471 × 1,181 = 4,095.1;
/// expected lost sales σ G(z) = 151.01, leftover 1,054.13, sales 3,040.99,
/// profit 70 × 3,040.99 − 20 × 1,054.13 = $191,786.71 (mpmath at 40 digits).
#[test]
fn normal_demand_wetsuits() {
    let result = newsvendor(&NewsvendorInput {
        costs: NewsvendorCosts::Prices {
            price: 180.0,
            cost: 110.0,
            salvage: 90.0,
        },
        demand: DemandDistribution::Normal {
            mean: 3192.0,
            sd: 1181.0,
        },
    })
    .unwrap();
    assert_relative_eq!(result.critical_ratio, 7.0 / 9.0, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.z.unwrap(),
        0.764_709_673_786_387_05,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.quantity,
        4_095.122_124_741_723_1,
        max_relative = TEXTBOOK
    );
    let outcome = result.outcome;
    assert_relative_eq!(
        outcome.expected_shortage,
        151.009_465_651_147_25,
        max_relative = 1e-11
    );
    assert_relative_eq!(
        outcome.expected_leftover,
        1_054.131_590_392_870_4,
        max_relative = 1e-11
    );
    assert_relative_eq!(
        outcome.expected_sales,
        3_040.990_534_348_852_8,
        max_relative = 1e-12
    );
    assert_relative_eq!(
        outcome.expected_cost,
        31_653.294_403_437_714,
        max_relative = 1e-11
    );
    assert_relative_eq!(
        outcome.expected_profit.unwrap(),
        191_786.705_596_562_29,
        max_relative = 1e-12
    );
    assert_relative_eq!(outcome.service_level, 7.0 / 9.0, max_relative = 1e-12);
    // With the table's z = 0.77 the book's quantity is 3,192 + 0.77 × 1,181 = 4,101.
    assert!((result.quantity - 4_101.37).abs() < 0.006 * 1181.0);
}

#[test]
fn the_outcome_at_any_quantity_matches_the_closed_forms() {
    let input = cider_bar(CIDER_PRICES);
    // Below the range everything is short; above it everything is left over.
    let below = newsvendor_outcome(&input, 250.0).unwrap();
    assert_eq!(
        (below.expected_shortage, below.expected_leftover),
        (150.0, 0.0)
    );
    assert_eq!(
        (below.service_level, below.stockout_probability),
        (0.0, 1.0)
    );
    let above = newsvendor_outcome(&input, 600.0).unwrap();
    assert_eq!(
        (above.expected_shortage, above.expected_leftover),
        (0.0, 200.0)
    );
    assert_eq!(above.expected_sales, 400.0);
    // At the optimum the outcome is the newsvendor's.
    let optimum = newsvendor(&input).unwrap();
    assert_eq!(
        newsvendor_outcome(&input, optimum.quantity).unwrap(),
        optimum.outcome
    );
    // Normal: at the mean, shortage = leftover = σ G(0) = σ / √(2π).
    let normal_input = NewsvendorInput {
        costs: NewsvendorCosts::Direct {
            underage_cost: 1.0,
            overage_cost: 1.0,
        },
        demand: DemandDistribution::Normal {
            mean: 100.0,
            sd: 20.0,
        },
    };
    let at_mean = newsvendor_outcome(&normal_input, 100.0).unwrap();
    assert_relative_eq!(
        at_mean.expected_shortage,
        20.0 * normal::pdf(0.0),
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        at_mean.expected_leftover,
        20.0 * normal::pdf(0.0),
        max_relative = TEXTBOOK
    );
    assert_eq!(at_mean.service_level, 0.5);
}

#[test]
fn the_normal_density_curve_spans_four_standard_deviations() {
    let curve = DemandDistribution::Normal {
        mean: 350.0,
        sd: 10.0,
    }
    .density_curve()
    .unwrap();
    let points = DENSITY_CURVE_POINTS as usize;
    assert_eq!(
        (curve.x.len(), curve.density.len(), curve.cumulative.len()),
        (points, points, points)
    );
    assert_eq!(
        (curve.x[0], curve.x[points - 1], curve.x[points / 2]),
        (310.0, 390.0, 350.0)
    );
    assert_relative_eq!(
        curve.density[points / 2],
        normal::pdf(0.0) / 10.0,
        max_relative = TEXTBOOK
    );
    assert_eq!(curve.cumulative[points / 2], 0.5);
    assert_relative_eq!(
        curve.cumulative[0],
        normal::cdf(-4.0),
        max_relative = TEXTBOOK
    );
    // The trapezoid rule over ±4σ holds nearly all the probability.
    let area: f64 = curve
        .x
        .windows(2)
        .zip(curve.density.windows(2))
        .map(|(x, y)| (x[1] - x[0]) * (y[0] + y[1]) / 2.0)
        .sum();
    assert!(
        (area - (1.0 - 2.0 * normal::cdf(-4.0))).abs() < 1e-4,
        "{area}"
    );
}

#[test]
fn the_discrete_curve_is_the_table() {
    let curve = DemandDistribution::Discrete {
        values: vec![1.0, 2.0, 4.0],
        probabilities: vec![0.25, 0.5, 0.25],
    }
    .density_curve()
    .unwrap();
    assert_eq!(curve.x, [1.0, 2.0, 4.0]);
    assert_eq!(curve.density, [0.25, 0.5, 0.25]);
    assert_eq!(curve.cumulative, [0.25, 0.75, 1.0]);
}

fn error_of(input: &NewsvendorInput) -> (ErrorCode, String) {
    failure(newsvendor(input))
}

fn with_demand(demand: DemandDistribution) -> NewsvendorInput {
    NewsvendorInput {
        costs: CIDER_PRICES,
        demand,
    }
}

fn discrete(values: Vec<f64>, probabilities: Vec<f64>) -> NewsvendorInput {
    with_demand(DemandDistribution::Discrete {
        values,
        probabilities,
    })
}

#[test]
fn cost_errors_name_the_cost_field() {
    let direct = |underage_cost, overage_cost| {
        cider_bar(NewsvendorCosts::Direct {
            underage_cost,
            overage_cost,
        })
    };
    assert_eq!(
        error_of(&direct(0.0, 1.0)),
        error_at(ErrorCode::NotPositive, "underage_cost")
    );
    assert_eq!(
        error_of(&direct(1.0, -1.0)),
        error_at(ErrorCode::NotPositive, "overage_cost")
    );
    assert_eq!(
        error_of(&direct(f64::NAN, 1.0)),
        error_at(ErrorCode::NotFinite, "underage_cost")
    );
    assert_eq!(
        error_of(&direct(1e308, 1e308)),
        error_at(ErrorCode::NumericRange, "")
    );

    let prices = |price, cost, salvage| {
        cider_bar(NewsvendorCosts::Prices {
            price,
            cost,
            salvage,
        })
    };
    assert_eq!(
        error_of(&prices(f64::INFINITY, 1.0, 0.0)),
        error_at(ErrorCode::NotFinite, "price")
    );
    assert_eq!(
        error_of(&prices(2.0, 0.0, 0.0)),
        error_at(ErrorCode::NotPositive, "cost")
    );
    assert_eq!(
        error_of(&prices(2.0, 1.0, -0.5)),
        error_at(ErrorCode::Negative, "salvage")
    );
    assert_eq!(
        error_of(&prices(1.0, 1.0, 0.0)),
        error_at(ErrorCode::OutOfRange, "price")
    );
    assert_eq!(
        error_of(&prices(0.5, 1.0, 0.0)),
        error_at(ErrorCode::OutOfRange, "price")
    );
    assert_eq!(
        error_of(&prices(2.0, 1.0, 1.0)),
        error_at(ErrorCode::OutOfRange, "salvage")
    );
}

#[test]
fn costs_come_either_directly_or_from_prices() {
    let fields = |u, o, p, c, s| failure(NewsvendorCosts::from_fields(u, o, p, c, s));
    let conflict = |field| error_at(ErrorCode::ConflictingFields, field);
    let missing = |field| error_at(ErrorCode::MissingField, field);
    assert_eq!(
        fields(Some(1.0), Some(1.0), Some(2.0), Some(1.0), None),
        conflict("price")
    );
    assert_eq!(
        fields(Some(1.0), None, None, Some(1.0), None),
        conflict("cost")
    );
    assert_eq!(
        fields(None, Some(1.0), None, None, Some(0.0)),
        conflict("salvage")
    );
    assert_eq!(
        fields(Some(1.0), None, None, None, None),
        missing("overage_cost")
    );
    assert_eq!(
        fields(None, Some(1.0), None, None, None),
        missing("underage_cost")
    );
    assert_eq!(fields(None, None, Some(2.0), None, None), missing("cost"));
    assert_eq!(fields(None, None, None, Some(1.0), None), missing("price"));
    assert_eq!(fields(None, None, None, None, Some(0.5)), missing("price"));
    assert_eq!(
        fields(None, None, None, None, None),
        missing("underage_cost")
    );
    assert_eq!(
        NewsvendorCosts::from_fields(None, None, Some(2.0), Some(1.0), Some(0.5)),
        Ok(NewsvendorCosts::Prices {
            price: 2.0,
            cost: 1.0,
            salvage: 0.5
        })
    );
}

#[test]
fn demand_errors_name_the_field_under_demand() {
    let normal = |mean, sd| with_demand(DemandDistribution::Normal { mean, sd });
    assert_eq!(
        error_of(&normal(-1.0, 1.0)),
        error_at(ErrorCode::Negative, "demand.mean")
    );
    assert_eq!(
        error_of(&normal(f64::NAN, 1.0)),
        error_at(ErrorCode::NotFinite, "demand.mean")
    );
    assert_eq!(
        error_of(&normal(10.0, 0.0)),
        error_at(ErrorCode::NotPositive, "demand.sd")
    );

    let uniform = |min, max| with_demand(DemandDistribution::Uniform { min, max });
    assert_eq!(
        error_of(&uniform(-1.0, 5.0)),
        error_at(ErrorCode::Negative, "demand.min")
    );
    assert_eq!(
        error_of(&uniform(1.0, f64::INFINITY)),
        error_at(ErrorCode::NotFinite, "demand.max")
    );
    assert_eq!(
        error_of(&uniform(5.0, 5.0)),
        error_at(ErrorCode::OutOfRange, "demand.max")
    );
    assert_eq!(
        error_of(&uniform(5.0, 4.0)),
        error_at(ErrorCode::OutOfRange, "demand.max")
    );
}

#[test]
fn discrete_demand_errors_name_the_entry_at_fault() {
    let out_of_range = |field| error_at(ErrorCode::OutOfRange, field);
    assert_eq!(
        error_of(&discrete(vec![], vec![])),
        out_of_range("demand.values")
    );
    assert_eq!(
        error_of(&discrete(vec![1.0, 2.0], vec![1.0])),
        out_of_range("demand.probabilities")
    );
    assert_eq!(
        error_of(&discrete(vec![1.0, f64::NAN], vec![0.5, 0.5])),
        error_at(ErrorCode::NotFinite, "demand.values[1]")
    );
    assert_eq!(
        error_of(&discrete(vec![-1.0, 2.0], vec![0.5, 0.5])),
        error_at(ErrorCode::Negative, "demand.values[0]")
    );
    assert_eq!(
        error_of(&discrete(vec![1.0, 3.0, 3.0], vec![0.5, 0.25, 0.25])),
        out_of_range("demand.values[2]")
    );
    assert_eq!(
        error_of(&discrete(vec![1.0, 3.0, 2.0], vec![0.5, 0.25, 0.25])),
        out_of_range("demand.values[2]")
    );
    assert_eq!(
        error_of(&discrete(vec![1.0, 2.0, 3.0], vec![0.5, 0.75, -0.25])),
        error_at(ErrorCode::Negative, "demand.probabilities[2]")
    );
    assert_eq!(
        error_of(&discrete(vec![1.0, 2.0], vec![1.5, -0.5])),
        out_of_range("demand.probabilities[0]")
    );
    assert_eq!(
        error_of(&discrete(vec![1.0, 2.0], vec![0.5, 0.4])),
        out_of_range("demand.probabilities")
    );
    // Within 1e-9 of 1 is a sum of 1; beyond it is not.
    assert!(newsvendor(&discrete(vec![1.0, 2.0], vec![0.5, 0.5 + 5e-10])).is_ok());
    assert_eq!(
        error_of(&discrete(vec![1.0, 2.0], vec![0.5, 0.5 + 2e-9])),
        out_of_range("demand.probabilities")
    );
    let many = MAX_DEMAND_VALUES + 1;
    let values = (0..many).map(|value| value as f64).collect();
    let probabilities = vec![1.0 / many as f64; many];
    assert_eq!(
        error_of(&discrete(values, probabilities)),
        error_at(ErrorCode::TooLarge, "demand.values")
    );
}

#[test]
fn the_outcome_checks_the_quantity_and_a_critical_ratio_without_finite_z() {
    let input = cider_bar(CIDER_PRICES);
    assert_eq!(
        failure(newsvendor_outcome(&input, -1.0)),
        error_at(ErrorCode::Negative, "quantity")
    );
    assert_eq!(
        failure(newsvendor_outcome(&input, f64::NAN)),
        error_at(ErrorCode::NotFinite, "quantity")
    );
    // A shortage so cheap against leftovers that CR underflows: normal demand has no z.
    let input = NewsvendorInput {
        costs: NewsvendorCosts::Direct {
            underage_cost: 1e-320,
            overage_cost: 1e10,
        },
        demand: DemandDistribution::Normal {
            mean: 10.0,
            sd: 1.0,
        },
    };
    assert_eq!(error_of(&input), error_at(ErrorCode::NumericRange, ""));
    // The same costs with uniform demand stock the least demand.
    let input = NewsvendorInput {
        demand: DemandDistribution::Uniform {
            min: 300.0,
            max: 500.0,
        },
        ..input
    };
    assert_eq!(newsvendor(&input).unwrap().quantity, 300.0);
}

#[test]
fn density_curve_errors_name_the_distribution_field() {
    let curve = DemandDistribution::Normal {
        mean: 1.0,
        sd: -1.0,
    }
    .density_curve();
    assert_eq!(failure(curve), error_at(ErrorCode::NotPositive, "sd"));
}

/// Found by fuzzing the JS API: valid parameters of extreme magnitude gave an x of
/// ±Infinity or a density of Infinity.
#[test]
fn a_density_curve_beyond_f64_is_a_numeric_range_error() {
    let normal = |sd| DemandDistribution::Normal { mean: 350.0, sd };
    let uniform = |min, max| DemandDistribution::Uniform { min, max };
    // μ − 4σ; 1 / σ; max + (max − min) / 4; 1 / (max − min).
    for demand in [
        normal(1e308),
        normal(f64::from_bits(1)),
        uniform(300.0, f64::MAX),
        uniform(0.0, f64::from_bits(1)),
    ] {
        let curve = demand.density_curve();
        assert_eq!(
            failure(curve),
            error_at(ErrorCode::NumericRange, ""),
            "{demand:?}"
        );
    }
    // Huge but within range: the curve is finite.
    assert!(normal(1e300).density_curve().is_ok());
}

/// Hand-computed: normal demand with mean 10 and σ = 100, CR = 0.1. z = −1.2816 and
/// μ + zσ = −118: below zero, so the best stock is none (the cost is convex in Q).
#[test]
fn normal_demand_never_stocks_below_zero() {
    let result = newsvendor(&NewsvendorInput {
        costs: NewsvendorCosts::Direct {
            underage_cost: 1.0,
            overage_cost: 9.0,
        },
        demand: DemandDistribution::Normal {
            mean: 10.0,
            sd: 100.0,
        },
    })
    .unwrap();
    assert_relative_eq!(
        result.z.unwrap(),
        -1.281_551_565_544_600_5,
        max_relative = TEXTBOOK
    );
    assert_eq!(result.quantity, 0.0);
    assert_eq!(
        result.outcome.expected_leftover,
        result.outcome.expected_shortage - 10.0
    );
}

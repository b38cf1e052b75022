//! Multi-product break-even analysis by sales mix: hand-computed examples after Heizer &
//! Render's Le Bistro, the two ways to give the mix, loss leaders, the chart, and every
//! error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{PRINTED_ROUNDING, TEXTBOOK, error_at, failure};
use opscalc::ErrorCode;
use opscalc::capacity::{
    BreakEvenInput, BreakEvenMixInput, MAX_MIX_PRODUCTS, MixBasis, MixProduct, SalesMix,
    break_even, break_even_mix,
};

fn forecast(id: &str, unit_price: f64, variable_cost: f64, units: f64) -> MixProduct {
    MixProduct::new(unit_price, variable_cost, SalesMix::ForecastUnits(units)).with_id(id)
}

fn share(unit_price: f64, variable_cost: f64, share: f64) -> MixProduct {
    MixProduct::new(unit_price, variable_cost, SalesMix::SalesShare(share))
}

/// Le Bistro as in recent editions of Heizer & Render (three items, $36,000 a year).
fn le_bistro() -> BreakEvenMixInput {
    BreakEvenMixInput::new(
        36_000.0,
        vec![
            forecast("Sandwich", 5.0, 3.0, 9000.0),
            forecast("Drinks", 1.5, 0.5, 9000.0),
            forecast("Baked potato", 2.0, 1.0, 7000.0),
        ],
    )
}

/// Hand-computed, after Heizer & Render, *Operations Management*, capacity supplement,
/// multiproduct break-even, Le Bistro: fixed cost $3,000 a month ($36,000 a year);
/// sandwich $5.00 (variable $3.00), drinks $1.50 ($0.50), baked potato $2.00 ($1.00);
/// annual forecasts 9,000, 9,000 and 7,000.
///
/// Forecast revenue $45,000 + $13,500 + $14,000 = $72,500, so W = .621, .186, .193;
/// 1 − V/P = .40, .667, .50; weighted contributions .248 + .124 + .097 = .469 (exactly
/// 34,000 / 72,500). BEP$ = 36,000 / (34,000 / 72,500) = $76,764.71 (the contribution
/// rounded to .469, as a three-decimal table does, gives about $76,759). At break-even
/// each product sells its forecast times 36,000 / 34,000: 9,529.41 sandwiches
/// ($47,647.06), 9,529.41 drinks, 7,411.76 potatoes. The forecast contributes $34,000,
/// $2,000 short of the fixed cost.
#[test]
fn le_bistro_by_forecast_units() {
    let result = break_even_mix(&le_bistro()).unwrap();
    assert_eq!(result.basis, MixBasis::ForecastUnits);
    assert_eq!(result.share_sum, None);
    assert_relative_eq!(
        result.weighted_contribution,
        34_000.0 / 72_500.0,
        max_relative = TEXTBOOK
    );
    assert_eq!(format!("{:.3}", result.weighted_contribution), "0.469");
    assert_relative_eq!(
        result.break_even_revenue,
        76_764.71,
        epsilon = PRINTED_ROUNDING
    );
    assert_relative_eq!(36_000.0 / 0.469, 76_759.06, epsilon = PRINTED_ROUNDING);

    let rows = &result.products;
    let ids: Vec<_> = rows.iter().map(|row| row.id.as_deref().unwrap()).collect();
    assert_eq!(ids, ["Sandwich", "Drinks", "Baked potato"]);
    let shares: Vec<_> = rows
        .iter()
        .map(|row| format!("{:.3}", row.sales_share))
        .collect();
    assert_eq!(shares, ["0.621", "0.186", "0.193"]);
    let weighted: Vec<_> = rows
        .iter()
        .map(|row| format!("{:.3}", row.weighted_contribution))
        .collect();
    assert_eq!(weighted, ["0.248", "0.124", "0.097"]);
    assert_eq!(rows[0].variable_cost_ratio, 0.6);
    assert_relative_eq!(
        rows[1].contribution_ratio,
        2.0 / 3.0,
        max_relative = TEXTBOOK
    );
    assert_eq!(rows[2].forecast_revenue, Some(14_000.0));

    let scale = 36_000.0 / 34_000.0;
    for (row, units) in rows.iter().zip([9000.0, 9000.0, 7000.0]) {
        assert_relative_eq!(row.units, units * scale, max_relative = TEXTBOOK);
    }
    assert_relative_eq!(rows[0].units, 9529.41, epsilon = PRINTED_ROUNDING);
    assert_relative_eq!(rows[0].revenue, 47_647.06, epsilon = PRINTED_ROUNDING);
    assert_relative_eq!(rows[2].units, 7411.76, epsilon = PRINTED_ROUNDING);
    // The contributions at break-even pay the fixed cost exactly.
    let contributions: f64 = rows.iter().map(|row| row.contribution).sum();
    assert_relative_eq!(contributions, 36_000.0, max_relative = TEXTBOOK);

    let forecast = result.forecast.unwrap();
    assert_eq!(forecast.revenue, 72_500.0);
    assert_eq!(forecast.contribution, 34_000.0);
    assert_eq!(forecast.profit, -2000.0);
    assert_relative_eq!(
        forecast.margin_of_safety_revenue,
        -4264.71,
        epsilon = PRINTED_ROUNDING
    );
    assert_relative_eq!(
        forecast.margin_of_safety_ratio,
        (72_500.0 - 36_000.0 * 72_500.0 / 34_000.0) / 72_500.0,
        max_relative = TEXTBOOK
    );
}

/// Hand-computed, after the five-item Le Bistro table of earlier editions of Heizer &
/// Render: fixed cost $3,500 a month ($42,000 a year); sandwich $2.95 ($1.25), soft
/// drink $0.80 ($0.30), baked potato $1.55 ($0.47), tea $0.75 ($0.25), salad bar $2.85
/// ($1.00); forecasts 7,000, 7,000, 5,000, 5,000, 3,000.
///
/// Forecast revenue $46,300, contribution $28,850: weighted contribution .623 and
/// BEP$ = 42,000 × 46,300 / 28,850 = $67,403.81. With the shares printed to three
/// decimals (.446, .121, .167, .081, .185) it is 42,000 / .623091 = $67,405.89.
#[test]
fn le_bistro_five_items_by_forecast_and_by_printed_shares() {
    let items = [
        (2.95, 1.25, 7000.0, 0.446),
        (0.80, 0.30, 7000.0, 0.121),
        (1.55, 0.47, 5000.0, 0.167),
        (0.75, 0.25, 5000.0, 0.081),
        (2.85, 1.00, 3000.0, 0.185),
    ];
    let by_forecast = items
        .iter()
        .map(|&(price, cost, units, _)| {
            MixProduct::new(price, cost, SalesMix::ForecastUnits(units))
        })
        .collect();
    let result = break_even_mix(&BreakEvenMixInput::new(42_000.0, by_forecast)).unwrap();
    assert_relative_eq!(
        result.weighted_contribution,
        28_850.0 / 46_300.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.break_even_revenue,
        67_403.81,
        epsilon = PRINTED_ROUNDING
    );

    let by_shares = items
        .iter()
        .map(|&(price, cost, _, printed)| share(price, cost, printed))
        .collect();
    let printed = break_even_mix(&BreakEvenMixInput::new(42_000.0, by_shares)).unwrap();
    assert_eq!(printed.basis, MixBasis::SalesShare);
    assert_relative_eq!(printed.share_sum.unwrap(), 1.0, max_relative = TEXTBOOK);
    assert_relative_eq!(
        printed.break_even_revenue,
        67_405.89,
        epsilon = PRINTED_ROUNDING
    );
    assert_eq!(printed.forecast, None);
}

/// Revenue shares equal to the forecast's give the forecast's result.
#[test]
fn shares_of_the_forecast_revenue_give_the_same_break_even() {
    let by_forecast = break_even_mix(&le_bistro()).unwrap();
    let shares = [45_000.0, 13_500.0, 14_000.0].map(|revenue| revenue / 72_500.0);
    let products = [(5.0, 3.0), (1.5, 0.5), (2.0, 1.0)]
        .iter()
        .zip(shares)
        .map(|(&(price, cost), value)| share(price, cost, value))
        .collect();
    let by_share = break_even_mix(&BreakEvenMixInput::new(36_000.0, products)).unwrap();
    assert_relative_eq!(
        by_share.break_even_revenue,
        by_forecast.break_even_revenue,
        max_relative = TEXTBOOK
    );
    for (left, right) in by_share.products.iter().zip(&by_forecast.products) {
        assert_relative_eq!(left.units, right.units, max_relative = TEXTBOOK);
        assert_eq!(left.forecast_revenue, None);
    }
}

/// Shares within one percentage point of 100 % are scaled to add up to exactly 1;
/// further off (a forgotten product, shares in percent) they are an error.
#[test]
fn shares_must_add_up_to_one_within_the_tolerance() {
    let mix = |shares: &[f64]| {
        let products = shares.iter().map(|&value| share(4.0, 2.0, value)).collect();
        break_even_mix(&BreakEvenMixInput::new(100.0, products))
    };
    let thirds = mix(&[0.33, 0.33, 0.33]).unwrap();
    assert_relative_eq!(thirds.share_sum.unwrap(), 0.99, max_relative = TEXTBOOK);
    for row in &thirds.products {
        assert_relative_eq!(row.sales_share, 1.0 / 3.0, max_relative = TEXTBOOK);
    }
    assert_relative_eq!(thirds.break_even_revenue, 200.0, max_relative = TEXTBOOK);
    assert!(mix(&[0.5, 0.51]).is_ok());
    for bad in [&[0.6, 0.3][..], &[0.5, 0.52], &[45.0, 55.0]] {
        assert_eq!(
            failure(mix(bad)),
            error_at(ErrorCode::OutOfRange, "products")
        );
    }
    let error = mix(&[0.6, 0.3]).unwrap_err();
    assert_eq!(
        error.message(),
        "must have sales shares that add up to 1 (100 %)"
    );
}

/// One product: the single-product break-even revenue F / (1 − V/P).
#[test]
fn one_product_is_the_single_product_break_even() {
    let single = break_even(&BreakEvenInput::new(10_000.0, 4.0, 2.25)).unwrap();
    for mix in [SalesMix::SalesShare(1.0), SalesMix::ForecastUnits(123.0)] {
        let input = BreakEvenMixInput::new(10_000.0, vec![MixProduct::new(4.0, 2.25, mix)]);
        let result = break_even_mix(&input).unwrap();
        assert_relative_eq!(
            result.break_even_revenue,
            single.break_even_revenue,
            max_relative = TEXTBOOK
        );
        assert_relative_eq!(
            result.products[0].units,
            single.break_even_volume,
            max_relative = TEXTBOOK
        );
    }
}

/// Hand-computed: a loss leader (variable cost $6 on a $5 price) sold half-and-half by
/// revenue with a product contributing 60 %: weighted contribution .5 × .6 − .5 × .2 =
/// .2, so $1,000 of fixed cost breaks even at $5,000; the leader's contribution is
/// −$500 and the other's $1,500.
#[test]
fn a_loss_leader_is_allowed_while_the_mix_contributes() {
    let input = BreakEvenMixInput::new(1000.0, vec![share(10.0, 4.0, 0.5), share(5.0, 6.0, 0.5)]);
    let result = break_even_mix(&input).unwrap();
    assert_relative_eq!(result.weighted_contribution, 0.2, max_relative = TEXTBOOK);
    assert_relative_eq!(result.break_even_revenue, 5000.0, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.products[1].contribution,
        -500.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.products[0].contribution,
        1500.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.products[1].units, 500.0, max_relative = TEXTBOOK);

    let losing = BreakEvenMixInput::new(1000.0, vec![share(10.0, 4.0, 0.2), share(5.0, 6.0, 0.8)]);
    assert_eq!(
        failure(break_even_mix(&losing)),
        error_at(ErrorCode::OutOfRange, "products")
    );
}

/// The chart in money: revenue against revenue and total cost, crossing at BEP$; the
/// forecast revenue has its own point, and the end is twice BEP$ rounded up to a round
/// number (153,529.41 to 200,000).
#[test]
fn chart_lines_cross_at_the_break_even_revenue() {
    let input = BreakEvenMixInput::new(1000.0, vec![share(10.0, 6.0, 1.0)]);
    let chart = break_even_mix(&input).unwrap().chart;
    assert_eq!(chart.revenue, vec![0.0, 2500.0, 5000.0]);
    assert_eq!(chart.total_cost, vec![1000.0, 2500.0, 4000.0]);
    assert_eq!(chart.fixed_cost, vec![1000.0; 3]);
    assert_eq!(chart.profit, vec![-1000.0, 0.0, 1000.0]);

    let result = break_even_mix(&le_bistro()).unwrap();
    let bep = result.break_even_revenue;
    assert_eq!(result.chart.revenue, vec![0.0, 72_500.0, bep, 200_000.0]);
}

#[test]
fn the_list_must_have_one_to_max_products() {
    assert_eq!(
        failure(break_even_mix(&BreakEvenMixInput::new(1.0, Vec::new()))),
        error_at(ErrorCode::OutOfRange, "products")
    );
    let too_many = vec![share(2.0, 1.0, 0.0); MAX_MIX_PRODUCTS as usize + 1];
    assert_eq!(
        failure(break_even_mix(&BreakEvenMixInput::new(1.0, too_many))),
        error_at(ErrorCode::TooLarge, "products")
    );
}

#[test]
fn ids_are_optional_but_not_empty_or_repeated() {
    let mut input = le_bistro();
    input.products[1].id = None;
    assert!(break_even_mix(&input).is_ok());
    input.products[2].id = Some("Sandwich".into());
    let error = break_even_mix(&input).unwrap_err();
    assert_eq!(
        (error.code(), error.field(), error.message()),
        (
            ErrorCode::DuplicateId,
            "products[2].id",
            "repeats the id of products[0]"
        )
    );
    input.products[2].id = Some(String::new());
    assert_eq!(
        failure(break_even_mix(&input)),
        error_at(ErrorCode::InvalidInput, "products[2].id")
    );
}

#[test]
fn product_fields_must_be_finite_and_in_range() {
    type Edit = fn(&mut MixProduct, f64);
    let edits: [(&str, Edit, f64, ErrorCode); 8] = [
        (
            "unit_price",
            |p, v| p.unit_price = v,
            f64::NAN,
            ErrorCode::NotFinite,
        ),
        (
            "unit_price",
            |p, v| p.unit_price = v,
            0.0,
            ErrorCode::NotPositive,
        ),
        (
            "variable_cost",
            |p, v| p.variable_cost = v,
            f64::INFINITY,
            ErrorCode::NotFinite,
        ),
        (
            "variable_cost",
            |p, v| p.variable_cost = v,
            -1.0,
            ErrorCode::Negative,
        ),
        (
            "forecast_units",
            |p, v| p.mix = SalesMix::ForecastUnits(v),
            -1.0,
            ErrorCode::Negative,
        ),
        (
            "forecast_units",
            |p, v| p.mix = SalesMix::ForecastUnits(v),
            f64::NAN,
            ErrorCode::NotFinite,
        ),
        ("fixed_cost", |_, _| {}, -1.0, ErrorCode::Negative),
        ("fixed_cost", |_, _| {}, f64::NAN, ErrorCode::NotFinite),
    ];
    for (field, edit, bad, code) in edits {
        let mut input = le_bistro();
        edit(&mut input.products[1], bad);
        let expected = if field == "fixed_cost" {
            input.fixed_cost = bad;
            field.to_owned()
        } else {
            format!("products[1].{field}")
        };
        assert_eq!(
            failure(break_even_mix(&input)),
            (code, expected),
            "{field} = {bad}"
        );
    }
    for (bad, code) in [
        (f64::NAN, ErrorCode::NotFinite),
        (-0.1, ErrorCode::Negative),
    ] {
        let input = BreakEvenMixInput::new(1.0, vec![share(2.0, 1.0, 1.0), share(2.0, 1.0, bad)]);
        assert_eq!(
            failure(break_even_mix(&input)),
            error_at(code, "products[1].sales_share")
        );
    }
}

/// Every product gives its mix the same way; the first product sets the way.
#[test]
fn the_mix_must_be_given_one_way() {
    let mut input = le_bistro();
    input.products[2].mix = SalesMix::SalesShare(0.2);
    assert_eq!(
        failure(break_even_mix(&input)),
        error_at(ErrorCode::ConflictingFields, "products[2].sales_share")
    );
    let input = BreakEvenMixInput::new(
        1.0,
        vec![share(2.0, 1.0, 1.0), forecast("x", 2.0, 1.0, 10.0)],
    );
    assert_eq!(
        failure(break_even_mix(&input)),
        error_at(ErrorCode::ConflictingFields, "products[1].forecast_units")
    );
}

#[test]
fn some_forecast_must_be_above_zero() {
    let mut input = le_bistro();
    for product in &mut input.products {
        product.mix = SalesMix::ForecastUnits(0.0);
    }
    assert_eq!(
        failure(break_even_mix(&input)),
        error_at(ErrorCode::NotPositive, "products")
    );
    input.products[1].mix = SalesMix::ForecastUnits(1.0);
    let result = break_even_mix(&input).unwrap();
    assert_eq!(result.products[0].sales_share, 0.0);
    assert_eq!(result.products[1].sales_share, 1.0);
}

/// The twin of a case found by fuzzing the JS API in `break_even`: a forecast of 5e-324
/// units has a margin of safety of −$8,400, −2.4e326 times its revenue, and
/// `margin_of_safety_ratio` was −Infinity.
#[test]
fn a_margin_of_safety_ratio_beyond_f64_is_a_numeric_range_error() {
    let input = BreakEvenMixInput::new(6000.0, vec![forecast("pie", 7.0, 2.0, f64::from_bits(1))]);
    assert_eq!(
        failure(break_even_mix(&input)),
        error_at(ErrorCode::NumericRange, "")
    );
}

#[test]
fn sales_mix_from_fields_takes_exactly_one() {
    assert_eq!(
        SalesMix::from_fields(Some(0.4), None, MixBasis::ForecastUnits),
        Ok(SalesMix::SalesShare(0.4))
    );
    let both = SalesMix::from_fields(Some(0.4), Some(10.0), MixBasis::SalesShare).unwrap_err();
    assert_eq!(
        (both.code(), both.field()),
        (ErrorCode::ConflictingFields, "forecast_units")
    );
    for (expected, field) in [
        (MixBasis::SalesShare, "sales_share"),
        (MixBasis::ForecastUnits, "forecast_units"),
    ] {
        let neither = SalesMix::from_fields(None, None, expected).unwrap_err();
        assert_eq!(
            (neither.code(), neither.field()),
            (ErrorCode::MissingField, field)
        );
    }
}

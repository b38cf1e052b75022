//! The quantity discount cost curve: totals at chosen quantities, the jumps at the
//! breaks, the per-tier curves, the default range, and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{PRINTED_ROUNDING, TEXTBOOK};
use opscalc::ErrorCode;
use opscalc::inventory::{
    DEFAULT_CURVE_POINTS, DiscountHoldingCost, DiscountScheme, PriceBreak,
    QuantityDiscountCostCurve, QuantityDiscountCostCurveInput, QuantityDiscountInput,
    quantity_discount_cost_curve,
};

fn wohls() -> QuantityDiscountInput {
    QuantityDiscountInput::new(
        5000.0,
        49.0,
        DiscountHoldingCost::Rate(0.2),
        vec![
            PriceBreak::new(0.0, 5.0),
            PriceBreak::new(1000.0, 4.8),
            PriceBreak::new(2000.0, 4.75),
        ],
    )
}

fn curve_between(
    model: QuantityDiscountInput,
    min: f64,
    max: f64,
    points: u32,
) -> QuantityDiscountCostCurve {
    quantity_discount_cost_curve(&QuantityDiscountCostCurveInput {
        min_quantity: Some(min),
        max_quantity: Some(max),
        points: Some(points),
        ..QuantityDiscountCostCurveInput::new(model)
    })
    .unwrap()
}

/// Heizer & Render, *Operations Management*, Inventory Management chapter, Wohl's
/// Discount Store (see `inventory_quantity_discount.rs`): the curve reads the published
/// totals $25,700 at 700, $24,725 at 1,000 and $24,822.50 at 2,000. Hand-computed:
/// just below the break, 999 cars at $5.00 cost 25,000 + 5,000 × 49 / 999 + 999 / 2 =
/// $25,744.75, so the total jumps down by about $1,020 at 1,000.
#[test]
fn heizer_render_wohls_curve_and_its_jump_at_the_break() {
    let curve = curve_between(wohls(), 700.0, 2000.0, 2);
    assert_eq!(curve.quantity, [700.0, 1000.0, 2000.0]);
    assert_eq!(curve.tier, [0, 1, 2]);
    for (total, expected) in curve.total_cost.iter().zip([25_700.0, 24_725.0, 24_822.5]) {
        assert_relative_eq!(*total, expected, max_relative = TEXTBOOK);
    }
    assert_eq!(curve.average_unit_cost, [5.0, 4.8, 4.75]);
    assert_relative_eq!(
        curve.purchase_cost_per_period[1],
        24_000.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        curve.ordering_cost_per_period[1],
        245.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        curve.holding_cost_per_period[1],
        480.0,
        max_relative = TEXTBOOK
    );
    assert_eq!(curve.optimal_quantity, 1000.0);
    assert_relative_eq!(curve.minimum_total_cost, 24_725.0, max_relative = TEXTBOOK);

    let jump = curve_between(wohls(), 999.0, 1001.0, 3);
    assert_eq!(jump.quantity, [999.0, 1000.0, 1001.0]);
    assert_eq!(jump.tier, [0, 1, 1]);
    assert_relative_eq!(
        jump.total_cost[0],
        25_000.0 + 245_000.0 / 999.0 + 499.5,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(jump.total_cost[0], 25_744.75, epsilon = PRINTED_ROUNDING);
    assert!(jump.total_cost[1] < jump.total_cost[0] - 1000.0);
}

/// Each tier's curve is its cost function at every quantity of the curve, and equals
/// the actual total inside the tier.
#[test]
fn tier_curves_cover_every_quantity_and_match_the_total_inside_their_tier() {
    let curve = curve_between(wohls(), 700.0, 2000.0, 2);
    assert_eq!(curve.tiers.len(), 3);
    let unit_costs: Vec<f64> = curve.tiers.iter().map(|tier| tier.unit_cost).collect();
    assert_eq!(unit_costs, [5.0, 4.8, 4.75]);
    assert_eq!(curve.tiers[1].min_quantity, 1000.0);
    assert_eq!(curve.tiers[1].max_quantity, Some(2000.0));
    assert_eq!(curve.tiers[2].max_quantity, None);
    // $5.00 at 1,000: 25,000 + 245 + 500; $4.75 at 700: 23,750 + 350 + 332.50.
    assert_relative_eq!(
        curve.tiers[0].total_cost[1],
        25_745.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        curve.tiers[2].total_cost[0],
        24_432.5,
        max_relative = TEXTBOOK
    );
    for (index, &tier) in curve.tier.iter().enumerate() {
        let own = &curve.tiers[tier as usize];
        assert_eq!(own.tier, tier);
        assert_eq!(own.total_cost[index], curve.total_cost[index]);
    }
}

/// Hand-computed (the incremental schedule of `inventory_quantity_discount.rs`:
/// λ = 200, K = $2,500, I = 20 %, $1,400 / $1,100 from 50 / $900 from 90): the purchase
/// cost is continuous, so at the break 50 the tier below and the tier above give the
/// same total, 280,000 + 10,000 + 7,000 = $297,000; at 90 it is 253,333.33 + 5,555.56
/// + 11,400 = $270,288.89.
#[test]
fn incremental_cost_is_continuous_at_the_breaks() {
    let model = QuantityDiscountInput::new(
        200.0,
        2500.0,
        DiscountHoldingCost::Rate(0.2),
        vec![
            PriceBreak::new(0.0, 1400.0),
            PriceBreak::new(50.0, 1100.0),
            PriceBreak::new(90.0, 900.0),
        ],
    )
    .with_scheme(DiscountScheme::Incremental);
    let curve = curve_between(model, 50.0, 90.0, 2);
    assert_eq!(curve.quantity, [50.0, 90.0]);
    assert_eq!(curve.tier, [1, 2]);
    assert_relative_eq!(curve.total_cost[0], 297_000.0, max_relative = TEXTBOOK);
    assert_relative_eq!(
        curve.tiers[0].total_cost[0],
        297_000.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(curve.total_cost[1], 270_288.89, epsilon = PRINTED_ROUNDING);
    assert_relative_eq!(
        curve.tiers[1].total_cost[1],
        curve.total_cost[1],
        max_relative = TEXTBOOK
    );
}

/// The default range runs from a fifth of the smallest candidate to 1.5 times the
/// largest (at least 3 Q*), with every break inside it as an extra point.
#[test]
fn the_default_range_covers_the_candidates_and_the_breaks() {
    let curve =
        quantity_discount_cost_curve(&QuantityDiscountCostCurveInput::new(wohls())).unwrap();
    // Candidates 700, 1,000 and 2,000: from 140 to 3,000.
    assert_eq!(curve.quantity.first(), Some(&140.0));
    assert_eq!(curve.quantity.last(), Some(&3000.0));
    assert_eq!(curve.quantity.len(), DEFAULT_CURVE_POINTS as usize + 2);
    assert!(curve.quantity.contains(&1000.0) && curve.quantity.contains(&2000.0));
    assert!(curve.quantity.windows(2).all(|pair| pair[0] < pair[1]));
    for column in [
        &curve.average_unit_cost,
        &curve.purchase_cost_per_period,
        &curve.ordering_cost_per_period,
        &curve.holding_cost_per_period,
        &curve.total_cost,
    ] {
        assert_eq!(column.len(), curve.quantity.len());
    }
    assert_eq!(curve.tier.len(), curve.quantity.len());
    assert!(
        curve
            .tiers
            .iter()
            .all(|tier| tier.total_cost.len() == curve.quantity.len())
    );
    let lowest = curve
        .total_cost
        .iter()
        .copied()
        .fold(f64::INFINITY, f64::min);
    assert_relative_eq!(lowest, 24_725.0, max_relative = TEXTBOOK);

    // A far break: D = 100, S = $10, H = $1, $10 a unit, $9 from 5,000. The EOQ,
    // √2,000 = 44.72, wins; the raised candidate 5,000 still sets the range: to 7,500.
    let far = QuantityDiscountInput::new(
        100.0,
        10.0,
        DiscountHoldingCost::PerUnit(1.0),
        vec![PriceBreak::new(0.0, 10.0), PriceBreak::new(5000.0, 9.0)],
    );
    let curve = quantity_discount_cost_curve(&QuantityDiscountCostCurveInput::new(far)).unwrap();
    assert_eq!(curve.optimal_quantity, 2000.0_f64.sqrt());
    assert_eq!(curve.quantity.first(), Some(&(2000.0_f64.sqrt() / 5.0)));
    assert_eq!(curve.quantity.last(), Some(&7500.0));
    assert!(curve.quantity.contains(&5000.0));
}

/// A given minimum above the default maximum raises the maximum to twice it; a given
/// maximum below the default minimum lowers the minimum to half of it.
#[test]
fn one_given_end_moves_the_other() {
    let curve = quantity_discount_cost_curve(&QuantityDiscountCostCurveInput {
        min_quantity: Some(5000.0),
        points: Some(3),
        ..QuantityDiscountCostCurveInput::new(wohls())
    })
    .unwrap();
    assert_eq!(curve.quantity, [5000.0, 7500.0, 10_000.0]);
    let curve = quantity_discount_cost_curve(&QuantityDiscountCostCurveInput {
        max_quantity: Some(100.0),
        points: Some(2),
        ..QuantityDiscountCostCurveInput::new(wohls())
    })
    .unwrap();
    assert_eq!(curve.quantity, [50.0, 100.0]);
}

fn error_of(input: &QuantityDiscountCostCurveInput) -> (ErrorCode, String) {
    let error = quantity_discount_cost_curve(input).unwrap_err();
    (error.code(), error.field().to_owned())
}

#[test]
fn model_errors_are_reported_under_model() {
    let mut model = wohls();
    model.breaks[1].unit_cost = 6.0;
    assert_eq!(
        error_of(&QuantityDiscountCostCurveInput::new(model)),
        (ErrorCode::OutOfRange, "model.breaks[1].unit_cost".into())
    );
    let model = QuantityDiscountInput {
        demand: -1.0,
        ..wohls()
    };
    assert_eq!(
        error_of(&QuantityDiscountCostCurveInput::new(model)),
        (ErrorCode::NotPositive, "model.demand".into())
    );
}

#[test]
fn range_and_points_errors_name_their_field() {
    let input = |min, max, points| QuantityDiscountCostCurveInput {
        min_quantity: min,
        max_quantity: max,
        points,
        ..QuantityDiscountCostCurveInput::new(wohls())
    };
    assert_eq!(
        error_of(&input(Some(0.0), None, None)),
        (ErrorCode::NotPositive, "min_quantity".into())
    );
    assert_eq!(
        error_of(&input(None, Some(f64::NAN), None)),
        (ErrorCode::NotFinite, "max_quantity".into())
    );
    assert_eq!(
        error_of(&input(Some(300.0), Some(100.0), None)),
        (ErrorCode::OutOfRange, "max_quantity".into())
    );
    assert_eq!(
        error_of(&input(None, None, Some(1))),
        (ErrorCode::OutOfRange, "points".into())
    );
    assert_eq!(
        error_of(&input(None, None, Some(10_001))),
        (ErrorCode::TooLarge, "points".into())
    );
}

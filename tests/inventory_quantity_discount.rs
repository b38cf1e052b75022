//! Quantity discounts (all-units and incremental) against published and hand-computed
//! textbook examples, and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{PRINTED_ROUNDING, TEXTBOOK};
use opscalc::ErrorCode;
use opscalc::inventory::{
    CandidateRule, DiscountHoldingCost, DiscountScheme, EoqInput, HoldingCost, MAX_PRICE_BREAKS,
    PriceBreak, QuantityDiscount, QuantityDiscountInput, eoq, quantity_discount,
};

fn schedule(tiers: &[(f64, f64)]) -> Vec<PriceBreak> {
    tiers
        .iter()
        .map(|&(min_quantity, unit_cost)| PriceBreak::new(min_quantity, unit_cost))
        .collect()
}

fn wohls() -> QuantityDiscountInput {
    QuantityDiscountInput::new(
        5000.0,
        49.0,
        DiscountHoldingCost::Rate(0.2),
        schedule(&[(0.0, 5.0), (1000.0, 4.8), (2000.0, 4.75)]),
    )
}

fn weighty_trash_bags() -> QuantityDiscountInput {
    QuantityDiscountInput::new(
        600.0,
        8.0,
        DiscountHoldingCost::Rate(0.2),
        schedule(&[(0.0, 0.30), (500.0, 0.29), (1000.0, 0.28)]),
    )
}

/// The candidate table's totals, `None` where a tier has no candidate.
fn totals(result: &QuantityDiscount) -> Vec<Option<f64>> {
    result
        .candidates
        .iter()
        .map(|candidate| candidate.order.map(|order| order.total_cost))
        .collect()
}

fn rules(result: &QuantityDiscount) -> Vec<CandidateRule> {
    result
        .candidates
        .iter()
        .map(|candidate| candidate.rule)
        .collect()
}

fn chosen(result: &QuantityDiscount) -> Vec<bool> {
    result
        .candidates
        .iter()
        .map(|candidate| candidate.chosen)
        .collect()
}

/// Heizer & Render, *Operations Management*, Inventory Management chapter, quantity
/// discount model, Wohl's Discount Store (toy race cars): D = 5,000 a year, S = $49,
/// holding I = 20 % of the unit cost; $5.00 for 0–999, $4.80 for 1,000–1,999, $4.75
/// for 2,000 and over. Published: EOQs 700, 714 (adjusted to 1,000) and 718 (adjusted
/// to 2,000); total costs $25,700, $24,725 and $24,822.50; order 1,000.
#[test]
fn heizer_render_wohls_discount_store() {
    let result = quantity_discount(&wohls()).unwrap();
    let eoqs: Vec<f64> = result.candidates.iter().map(|c| c.eoq).collect();
    assert_relative_eq!(eoqs[0], 700.0, max_relative = TEXTBOOK);
    // √(2 × 5,000 × 49 / 0.96) = 714.43 and √(… / 0.95) = 718.18, printed as 714 and 718.
    assert_relative_eq!(
        eoqs[1],
        (490_000.0_f64 / 0.96).sqrt(),
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        eoqs[2],
        (490_000.0_f64 / 0.95).sqrt(),
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(eoqs[1], 714.0, epsilon = 0.5);
    assert_relative_eq!(eoqs[2], 718.0, epsilon = 0.5);
    assert_eq!(
        rules(&result),
        [
            CandidateRule::Eoq,
            CandidateRule::RaisedToMinimum,
            CandidateRule::RaisedToMinimum
        ]
    );
    let feasible: Vec<bool> = result.candidates.iter().map(|c| c.feasible).collect();
    assert_eq!(feasible, [true, false, false]);

    let expected = [
        // (Q, purchase, ordering, holding, total)
        (700.0, 25_000.0, 350.0, 350.0, 25_700.0),
        (1000.0, 24_000.0, 245.0, 480.0, 24_725.0),
        (2000.0, 23_750.0, 122.5, 950.0, 24_822.5),
    ];
    for (candidate, (quantity, purchase, ordering, holding, total)) in
        result.candidates.iter().zip(expected)
    {
        let order = candidate.order.unwrap();
        assert_eq!(order.quantity, quantity);
        assert_relative_eq!(
            order.purchase_cost_per_period,
            purchase,
            max_relative = TEXTBOOK
        );
        assert_relative_eq!(
            order.ordering_cost_per_period,
            ordering,
            max_relative = TEXTBOOK
        );
        assert_relative_eq!(
            order.holding_cost_per_period,
            holding,
            max_relative = TEXTBOOK
        );
        assert_relative_eq!(order.total_cost, total, max_relative = TEXTBOOK);
        assert_eq!(order.average_unit_cost, candidate.unit_cost);
    }

    assert_eq!(chosen(&result), [false, true, false]);
    assert_eq!(result.scheme, DiscountScheme::AllUnits);
    assert_eq!(result.quantity, 1000.0);
    assert_eq!(result.tier, 1);
    assert_eq!(result.unit_cost, 4.8);
    assert_eq!(result.average_unit_cost, 4.8);
    assert_relative_eq!(result.holding_cost, 0.96, max_relative = TEXTBOOK);
    assert_relative_eq!(result.total_cost, 24_725.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.orders_per_period, 5.0, max_relative = TEXTBOOK);

    // The price ranges of the table.
    let ranges: Vec<(f64, Option<f64>)> = result
        .candidates
        .iter()
        .map(|c| (c.min_quantity, c.max_quantity))
        .collect();
    assert_eq!(
        ranges,
        [(0.0, Some(1000.0)), (1000.0, Some(2000.0)), (2000.0, None)]
    );
    assert!(result.candidates.iter().all(|c| c.fixed_cost == 0.0));
}

/// Hand-computed, after Nahmias, *Production and Operations Analysis*, EOQ chapter,
/// quantity discounts, the Weighty Trash Bag Company: D = 600 bags a year, K = $8,
/// I = 20 %; $0.30 below 500, $0.29 from 500 to 999, $0.28 from 1,000. All-units:
/// EOQ(0.30) = √(2 × 600 × 8 / 0.06) = 400, in its tier: G = 180 + 12 + 12 = $204.00;
/// EOQ(0.29) = 406.84 < 500, raised to 500: G = 174 + 9.60 + 14.50 = $198.10;
/// EOQ(0.28) = 414.04 < 1,000, raised to 1,000: G = 168 + 4.80 + 28 = $200.80.
/// So the best order is 500 bags at $198.10 a year (not 1,000 at about $180.40,
/// which no reading of the data gives: 1,000 costs $200.80).
#[test]
fn nahmias_weighty_trash_bags_all_units() {
    let result = quantity_discount(&weighty_trash_bags()).unwrap();
    let eoqs: Vec<f64> = result.candidates.iter().map(|c| c.eoq).collect();
    assert_relative_eq!(eoqs[0], 400.0, max_relative = TEXTBOOK);
    assert_relative_eq!(eoqs[1], 406.84, epsilon = PRINTED_ROUNDING);
    assert_relative_eq!(eoqs[2], 414.04, epsilon = PRINTED_ROUNDING);
    assert_eq!(
        rules(&result),
        [
            CandidateRule::Eoq,
            CandidateRule::RaisedToMinimum,
            CandidateRule::RaisedToMinimum
        ]
    );
    let expected = [Some(204.0), Some(198.1), Some(200.8)];
    for (total, expected) in totals(&result).into_iter().zip(expected) {
        assert_relative_eq!(total.unwrap(), expected.unwrap(), max_relative = TEXTBOOK);
    }
    assert_eq!(chosen(&result), [false, true, false]);
    assert_eq!(result.quantity, 500.0);
    assert_relative_eq!(result.total_cost, 198.1, max_relative = TEXTBOOK);
}

/// Hand-computed, after Nahmias, *Production and Operations Analysis*, EOQ chapter,
/// incremental discounts, the Weighty Trash Bag Company (data as above). The purchase
/// cost of Q bags is C(Q) = 0.30Q below 500; 150 + 0.29(Q − 500) = 5 + 0.29Q from 500;
/// 295 + 0.28(Q − 1,000) = 15 + 0.28Q from 1,000. In each tier the EOQ uses K + R:
/// Q(0) = √(2 × 600 × 8 / 0.06) = 400 (realizable), Q(1) = √(2 × 600 × 13 / 0.058)
/// = 518.62 (realizable), Q(2) = √(2 × 600 × 23 / 0.056) = 702.04 (below 1,000, not
/// realizable). G(Q) = λ C(Q)/Q + Kλ/Q + I C(Q)/2, so G0(400) = 180 + 12 + 12 =
/// $204.00 and G1(518.62) = 174 + 7,800/518.62 + 0.029 × 518.62 + 0.50 = $204.58;
/// tier 2 raised to 1,000 gives G = 168 + 9 + 4.80 + 29.50 = $211.30. The best order is 400 bags at $204.00 a year (the incremental discount is
/// too small to pay for the larger lot; the "≈ 519 at ≈ $186.5" sometimes quoted is
/// not what these data give).
#[test]
fn nahmias_weighty_trash_bags_incremental() {
    let input = weighty_trash_bags().with_scheme(DiscountScheme::Incremental);
    let result = quantity_discount(&input).unwrap();
    let fixed: Vec<f64> = result.candidates.iter().map(|c| c.fixed_cost).collect();
    assert_relative_eq!(fixed[0], 0.0);
    assert_relative_eq!(fixed[1], 5.0, max_relative = TEXTBOOK);
    assert_relative_eq!(fixed[2], 15.0, max_relative = TEXTBOOK);
    let at_break: Vec<f64> = result
        .candidates
        .iter()
        .map(|c| c.cost_at_min_quantity)
        .collect();
    assert_relative_eq!(at_break[1], 150.0, max_relative = TEXTBOOK);
    assert_relative_eq!(at_break[2], 295.0, max_relative = TEXTBOOK);

    let eoqs: Vec<f64> = result.candidates.iter().map(|c| c.eoq).collect();
    assert_relative_eq!(eoqs[0], 400.0, max_relative = TEXTBOOK);
    assert_relative_eq!(
        eoqs[1],
        (15_600.0_f64 / 0.058).sqrt(),
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(eoqs[1], 518.62, epsilon = PRINTED_ROUNDING);
    assert_relative_eq!(eoqs[2], 702.04, epsilon = PRINTED_ROUNDING);
    assert_eq!(
        rules(&result),
        [
            CandidateRule::Eoq,
            CandidateRule::Eoq,
            CandidateRule::RaisedToMinimum
        ]
    );

    let g1 = 174.0 + 2.0 * (7800.0_f64 * 0.029).sqrt() + 0.5;
    let expected = [204.0, g1, 211.3];
    for (total, expected) in totals(&result).into_iter().zip(expected) {
        assert_relative_eq!(total.unwrap(), expected, max_relative = TEXTBOOK);
    }
    assert_relative_eq!(g1, 204.58, epsilon = PRINTED_ROUNDING);

    // Tier 1 at its EOQ: the average unit cost is 0.29 + 5/Q, and purchase is D times it.
    let order = result.candidates[1].order.unwrap();
    assert_relative_eq!(
        order.average_unit_cost,
        0.29 + 5.0 / eoqs[1],
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        order.purchase_cost_per_period,
        600.0 * order.average_unit_cost,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        order.ordering_cost_per_period,
        4800.0 / eoqs[1],
        max_relative = TEXTBOOK
    );
    // Holding on the average unit cost: I × C(Q) / 2 = 0.2 × (5 + 0.29 Q) / 2.
    assert_relative_eq!(
        order.holding_cost_per_period,
        0.2 * (5.0 + 0.29 * eoqs[1]) / 2.0,
        max_relative = TEXTBOOK
    );

    assert_eq!(chosen(&result), [true, false, false]);
    assert_eq!(result.scheme, DiscountScheme::Incremental);
    assert_eq!(result.quantity, 400.0);
    assert_eq!(result.unit_cost, 0.30);
    assert_relative_eq!(result.total_cost, 204.0, max_relative = TEXTBOOK);
}

/// Hand-computed: λ = 200 units a year, K = $2,500, I = 20 %; $1,400 a unit below 50,
/// $1,100 from 50, $900 from 90 (a schedule where every rule of the table shows).
///
/// All-units: EOQ($1,400) = √(2 × 200 × 2,500 / 280) = 59.76, above its tier
/// (below 50), so the tier is excluded; EOQ($1,100) = 67.42 lies in 50–89:
/// TC = 220,000 + √(2 × 200 × 2,500 × 220) = $234,832.40; EOQ($900) = 74.54 < 90,
/// raised to 90: TC = 180,000 + 5,555.56 + 8,100 = $193,655.56, the best.
///
/// Incremental: C(Q) = 1,400Q; 15,000 + 1,100Q from 50; 33,000 + 900Q from 90.
/// Q(0) = 59.76 > 50 and Q(1) = √(2 × 200 × 17,500 / 220) = 178.38 > 90: both above
/// their tiers, which are excluded (cost falls through them: 297,000 at 50, 270,288.89
/// at 90); Q(2) = √(2 × 200 × 35,500 / 180) = 280.87 is realizable:
/// G = 183,300 + 2√(7,100,000 × 90) = $233,856.90, the best.
#[test]
fn hand_computed_schedule_with_excluded_tiers() {
    let all_units = QuantityDiscountInput::new(
        200.0,
        2500.0,
        DiscountHoldingCost::Rate(0.2),
        schedule(&[(0.0, 1400.0), (50.0, 1100.0), (90.0, 900.0)]),
    );
    let result = quantity_discount(&all_units).unwrap();
    assert_eq!(
        rules(&result),
        [
            CandidateRule::Excluded,
            CandidateRule::Eoq,
            CandidateRule::RaisedToMinimum
        ]
    );
    assert_relative_eq!(result.candidates[0].eoq, 59.76, epsilon = PRINTED_ROUNDING);
    assert_eq!(result.candidates[0].order, None);
    assert!(!result.candidates[0].feasible);
    let all_units_totals = totals(&result);
    assert_relative_eq!(
        all_units_totals[1].unwrap(),
        220_000.0 + 220_000_000.0_f64.sqrt(),
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        all_units_totals[1].unwrap(),
        234_832.40,
        epsilon = PRINTED_ROUNDING
    );
    assert_relative_eq!(
        all_units_totals[2].unwrap(),
        180_000.0 + 500_000.0 / 90.0 + 8100.0,
        max_relative = TEXTBOOK
    );
    assert_eq!(chosen(&result), [false, false, true]);
    assert_eq!(result.quantity, 90.0);
    assert_relative_eq!(result.total_cost, 193_655.56, epsilon = PRINTED_ROUNDING);

    let incremental = all_units.with_scheme(DiscountScheme::Incremental);
    let result = quantity_discount(&incremental).unwrap();
    assert_eq!(
        rules(&result),
        [
            CandidateRule::Excluded,
            CandidateRule::Excluded,
            CandidateRule::Eoq
        ]
    );
    let fixed: Vec<f64> = result.candidates.iter().map(|c| c.fixed_cost).collect();
    assert_eq!(fixed, [0.0, 15_000.0, 33_000.0]);
    assert_relative_eq!(result.candidates[1].eoq, 178.38, epsilon = PRINTED_ROUNDING);
    assert_relative_eq!(
        result.quantity,
        (7_100_000.0_f64 / 90.0).sqrt(),
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.quantity, 280.87, epsilon = PRINTED_ROUNDING);
    let best = 183_300.0 + 2.0 * (7_100_000.0_f64 * 90.0).sqrt();
    assert_eq!(totals(&result)[..2], [None, None]);
    assert_relative_eq!(result.total_cost, best, max_relative = TEXTBOOK);
    assert_relative_eq!(best, 233_856.90, epsilon = PRINTED_ROUNDING);
    assert_eq!(chosen(&result), [false, false, true]);
    assert_eq!(result.tier, 2);
    assert_relative_eq!(
        result.average_unit_cost,
        900.0 + 33_000.0 / result.quantity,
        max_relative = TEXTBOOK
    );
}

/// Hand-computed, after Stevenson, *Operations Management*, Inventory Management
/// chapter, quantity discounts with a constant carrying cost (a hospital's liquid
/// cleanser): D = 816 cases a year, S = $12, H = $4 a case a year; $20 for 1–49,
/// $18 for 50–79, $17 for 80–99, $16 for 100 and over. One EOQ for every tier,
/// √(2 × 816 × 12 / 4) = 69.97, which lies in the $18 tier: TC(69.97) = 14,688 +
/// 139.94 + 139.94 = $14,967.89; raised to 80: 13,872 + 122.40 + 160 = $14,154.40;
/// raised to 100: 13,056 + 97.92 + 200 = $13,353.92, the best. The $20 tier's EOQ is
/// above it, so that tier is excluded. The first tier starts at 1.
#[test]
fn constant_holding_cost_one_eoq_for_every_tier() {
    let input = QuantityDiscountInput::new(
        816.0,
        12.0,
        DiscountHoldingCost::PerUnit(4.0),
        schedule(&[(1.0, 20.0), (50.0, 18.0), (80.0, 17.0), (100.0, 16.0)]),
    );
    let result = quantity_discount(&input).unwrap();
    assert!(
        result
            .candidates
            .iter()
            .all(|c| c.eoq == 4896.0_f64.sqrt() && c.holding_cost == 4.0)
    );
    assert_eq!(
        rules(&result),
        [
            CandidateRule::Excluded,
            CandidateRule::Eoq,
            CandidateRule::RaisedToMinimum,
            CandidateRule::RaisedToMinimum
        ]
    );
    let expected = [
        None,
        Some(14_688.0 + (2.0_f64 * 816.0 * 12.0 * 4.0).sqrt()),
        Some(14_154.4),
        Some(13_353.92),
    ];
    for (total, expected) in totals(&result).into_iter().zip(expected) {
        match (total, expected) {
            (Some(total), Some(expected)) => {
                assert_relative_eq!(total, expected, max_relative = TEXTBOOK);
            }
            (total, expected) => assert_eq!(total, expected),
        }
    }
    assert_relative_eq!(expected[1].unwrap(), 14_967.89, epsilon = PRINTED_ROUNDING);
    assert_eq!(result.quantity, 100.0);
    assert_eq!(result.unit_cost, 16.0);
    assert_relative_eq!(result.total_cost, 13_353.92, max_relative = TEXTBOOK);
}

/// With one tier, the model is the EOQ plus the purchase cost D × c.
#[test]
fn one_tier_is_the_eoq_plus_purchase_cost() {
    for scheme in [DiscountScheme::AllUnits, DiscountScheme::Incremental] {
        let input = QuantityDiscountInput::new(
            1000.0,
            10.0,
            DiscountHoldingCost::Rate(0.25),
            schedule(&[(0.0, 2.0)]),
        )
        .with_scheme(scheme);
        let result = quantity_discount(&input).unwrap();
        let plain = eoq(&EoqInput::new(
            1000.0,
            10.0,
            HoldingCost::Rate {
                rate: 0.25,
                unit_cost: 2.0,
            },
        ))
        .unwrap();
        assert_eq!(result.quantity, plain.quantity);
        assert_eq!(result.quantity, 200.0);
        assert_eq!(
            result.ordering_cost_per_period,
            plain.ordering_cost_per_period
        );
        assert_eq!(
            result.holding_cost_per_period,
            plain.holding_cost_per_period
        );
        assert_eq!(result.total_cost, plain.total_cost + 2000.0);
        assert_eq!(result.candidates.len(), 1);
        assert!(result.candidates[0].chosen && result.candidates[0].feasible);
    }
}

/// The first tier may start at 1; an EOQ below one unit is then raised to 1.
#[test]
fn a_first_tier_starting_at_one_is_taken_literally() {
    let input = QuantityDiscountInput::new(
        1.0,
        0.01,
        DiscountHoldingCost::PerUnit(1.0),
        schedule(&[(1.0, 2.0)]),
    );
    let result = quantity_discount(&input).unwrap();
    assert_relative_eq!(
        result.candidates[0].eoq,
        0.02_f64.sqrt(),
        max_relative = TEXTBOOK
    );
    assert_eq!(result.candidates[0].rule, CandidateRule::RaisedToMinimum);
    assert_eq!(result.quantity, 1.0);
}

/// Equal prices in neighbouring tiers are allowed: the schedule is then flat there.
#[test]
fn equal_prices_are_allowed() {
    let input = QuantityDiscountInput::new(
        1000.0,
        10.0,
        DiscountHoldingCost::PerUnit(0.5),
        schedule(&[(0.0, 3.0), (100.0, 3.0), (200.0, 3.0)]),
    );
    for scheme in [DiscountScheme::AllUnits, DiscountScheme::Incremental] {
        let result = quantity_discount(&input.clone().with_scheme(scheme)).unwrap();
        // EOQ 200 in every tier (R = 0 throughout): above tiers 0 and 1, in tier 2.
        assert_eq!(
            rules(&result),
            [
                CandidateRule::Excluded,
                CandidateRule::Excluded,
                CandidateRule::Eoq
            ]
        );
        assert_eq!(result.quantity, 200.0);
        assert_eq!(result.total_cost, 3000.0 + 100.0);
    }
}

/// Two candidates of equal cost: the first tier wins. Hand-computed: D = 100, S = $50,
/// H = $1; $2.00 below 200, $1.75 from 200. Tier 0: EOQ 100, TC = 200 + 50 + 50 =
/// $300; tier 1: EOQ 100 raised to 200, TC = 175 + 25 + 100 = $300.
#[test]
fn a_tie_goes_to_the_first_tier() {
    let tie = QuantityDiscountInput::new(
        100.0,
        50.0,
        DiscountHoldingCost::PerUnit(1.0),
        schedule(&[(0.0, 2.0), (200.0, 1.75)]),
    );
    let result = quantity_discount(&tie).unwrap();
    assert_eq!(totals(&result), [Some(300.0), Some(300.0)]);
    assert_eq!(chosen(&result), [true, false]);
    assert_eq!(result.quantity, 100.0);
}

fn error_of(input: &QuantityDiscountInput) -> (ErrorCode, String) {
    let error = quantity_discount(input).unwrap_err();
    (error.code(), error.field().to_owned())
}

fn with_breaks(tiers: &[(f64, f64)]) -> QuantityDiscountInput {
    QuantityDiscountInput {
        breaks: schedule(tiers),
        ..wohls()
    }
}

#[test]
fn demand_ordering_and_holding_costs_are_checked_in_field_order() {
    let expect = |code, field: &str| (code, field.to_owned());
    for bad in [f64::NAN, f64::INFINITY] {
        let input = QuantityDiscountInput {
            demand: bad,
            ordering_cost: -1.0,
            ..wohls()
        };
        assert_eq!(error_of(&input), expect(ErrorCode::NotFinite, "demand"));
    }
    let input = QuantityDiscountInput {
        ordering_cost: 0.0,
        holding_cost: DiscountHoldingCost::Rate(-1.0),
        ..wohls()
    };
    assert_eq!(
        error_of(&input),
        expect(ErrorCode::NotPositive, "ordering_cost")
    );
    let input = QuantityDiscountInput {
        holding_cost: DiscountHoldingCost::Rate(0.0),
        breaks: Vec::new(),
        ..wohls()
    };
    assert_eq!(
        error_of(&input),
        expect(ErrorCode::NotPositive, "holding_rate")
    );
    let input = QuantityDiscountInput {
        holding_cost: DiscountHoldingCost::PerUnit(f64::NAN),
        ..wohls()
    };
    assert_eq!(
        error_of(&input),
        expect(ErrorCode::NotFinite, "holding_cost")
    );
}

#[test]
fn the_schedule_must_have_one_to_max_tiers() {
    assert_eq!(
        error_of(&with_breaks(&[])),
        (ErrorCode::OutOfRange, "breaks".into())
    );
    let many: Vec<(f64, f64)> = (0..=MAX_PRICE_BREAKS)
        .map(|index| (f64::from(index), 10.0))
        .collect();
    assert_eq!(
        error_of(&with_breaks(&many)),
        (ErrorCode::TooLarge, "breaks".into())
    );
    assert!(quantity_discount(&with_breaks(&many[..many.len() - 1])).is_ok());
}

#[test]
fn the_first_tier_starts_at_zero_or_one() {
    for first in [0.5, 2.0, 1000.0] {
        assert_eq!(
            error_of(&with_breaks(&[(first, 5.0), (5000.0, 4.0)])),
            (ErrorCode::OutOfRange, "breaks[0].min_quantity".into())
        );
    }
    assert_eq!(
        error_of(&with_breaks(&[(-1.0, 5.0)])),
        (ErrorCode::Negative, "breaks[0].min_quantity".into())
    );
    assert!(quantity_discount(&with_breaks(&[(1.0, 5.0), (1000.0, 4.8)])).is_ok());
}

#[test]
fn min_quantities_must_rise_and_be_finite() {
    assert_eq!(
        error_of(&with_breaks(&[(0.0, 5.0), (1000.0, 4.8), (1000.0, 4.75)])),
        (ErrorCode::OutOfRange, "breaks[2].min_quantity".into())
    );
    assert_eq!(
        error_of(&with_breaks(&[(0.0, 5.0), (1000.0, 4.8), (500.0, 4.75)])),
        (ErrorCode::OutOfRange, "breaks[2].min_quantity".into())
    );
    assert_eq!(
        error_of(&with_breaks(&[(0.0, 5.0), (f64::INFINITY, 4.8)])),
        (ErrorCode::NotFinite, "breaks[1].min_quantity".into())
    );
}

#[test]
fn unit_costs_must_be_positive_and_not_rise() {
    assert_eq!(
        error_of(&with_breaks(&[(0.0, 5.0), (1000.0, 0.0)])),
        (ErrorCode::NotPositive, "breaks[1].unit_cost".into())
    );
    assert_eq!(
        error_of(&with_breaks(&[(0.0, f64::NAN)])),
        (ErrorCode::NotFinite, "breaks[0].unit_cost".into())
    );
    assert_eq!(
        error_of(&with_breaks(&[(0.0, 5.0), (1000.0, 4.8), (2000.0, 4.9)])),
        (ErrorCode::OutOfRange, "breaks[2].unit_cost".into())
    );
}

#[test]
fn extreme_magnitudes_are_a_numeric_range_error() {
    // √(2DS / H) overflows.
    let input = QuantityDiscountInput::new(
        1e300,
        1e300,
        DiscountHoldingCost::PerUnit(1e-300),
        schedule(&[(0.0, 1.0)]),
    );
    assert_eq!(error_of(&input), (ErrorCode::NumericRange, String::new()));
    // Rate × price underflows to zero.
    let input = QuantityDiscountInput::new(
        1.0,
        1.0,
        DiscountHoldingCost::Rate(1e-200),
        schedule(&[(0.0, 1e-200)]),
    );
    assert_eq!(error_of(&input), (ErrorCode::NumericRange, String::new()));
    // D × c overflows the purchase cost.
    let input = QuantityDiscountInput::new(
        1e300,
        1.0,
        DiscountHoldingCost::PerUnit(1e300),
        schedule(&[(0.0, 1e300)]),
    );
    assert_eq!(error_of(&input), (ErrorCode::NumericRange, String::new()));
}

#[test]
fn holding_fields_from_a_flat_form() {
    assert_eq!(
        DiscountHoldingCost::from_fields(Some(1.0), None),
        Ok(DiscountHoldingCost::PerUnit(1.0))
    );
    let error = DiscountHoldingCost::from_fields(None, None).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::MissingField, "holding_cost")
    );
    let error = DiscountHoldingCost::from_fields(Some(1.0), Some(0.2)).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::ConflictingFields, "holding_rate")
    );
}

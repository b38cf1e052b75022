//! Properties of the quantity discount model over random schedules (proptest; native only).
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::inventory::{
    DiscountHoldingCost, DiscountScheme, EoqInput, HoldingCost, PriceBreak,
    QuantityDiscountCostCurveInput, QuantityDiscountInput, eoq, quantity_discount,
    quantity_discount_cost_curve,
};
use proptest::prelude::*;

/// Relative slack for comparing costs computed along different float paths.
const SLACK: f64 = 1e-12;

fn magnitude(low: f64, high: f64) -> impl Strategy<Value = f64> {
    (low..high).prop_map(|exponent| 10.0_f64.powf(exponent))
}

/// A valid schedule: the first tier from 0 or 1, breaks rising by gaps of 1 to 10,000
/// units, prices falling by 0 to 50 % a tier (sometimes not at all).
fn schedule() -> impl Strategy<Value = Vec<PriceBreak>> {
    (
        prop::bool::ANY,
        magnitude(-2.0, 3.0),
        prop::collection::vec(
            (magnitude(0.0, 4.0), prop_oneof![Just(1.0), 0.5_f64..1.0]),
            0..6,
        ),
    )
        .prop_map(|(from_one, first_price, steps)| {
            let mut breaks = vec![PriceBreak::new(
                if from_one { 1.0 } else { 0.0 },
                first_price,
            )];
            for (gap, factor) in steps {
                let last = *breaks.last().unwrap();
                breaks.push(PriceBreak::new(
                    last.min_quantity + gap,
                    last.unit_cost * factor,
                ));
            }
            breaks
        })
}

fn holding() -> impl Strategy<Value = DiscountHoldingCost> {
    prop_oneof![
        (0.05_f64..0.5).prop_map(DiscountHoldingCost::Rate),
        magnitude(-2.0, 2.0).prop_map(DiscountHoldingCost::PerUnit),
    ]
}

fn model() -> impl Strategy<Value = QuantityDiscountInput> {
    (
        magnitude(0.0, 6.0),
        magnitude(-1.0, 4.0),
        holding(),
        schedule(),
    )
        .prop_map(|(demand, ordering_cost, holding_cost, breaks)| {
            QuantityDiscountInput::new(demand, ordering_cost, holding_cost, breaks)
        })
}

fn scheme() -> impl Strategy<Value = DiscountScheme> {
    prop_oneof![
        Just(DiscountScheme::AllUnits),
        Just(DiscountScheme::Incremental)
    ]
}

proptest! {
    /// The chosen quantity costs no more than any candidate in the table, nor than any
    /// orderable quantity of a 201-point sweep over the default range (which includes
    /// every break), under either scheme. Exactly one row is chosen, and it lies in its tier.
    #[test]
    fn the_chosen_quantity_is_cheapest(model in model(), scheme in scheme()) {
        let model = model.with_scheme(scheme);
        let result = quantity_discount(&model).unwrap();
        prop_assert_eq!(result.candidates.iter().filter(|c| c.chosen).count(), 1);
        for candidate in &result.candidates {
            if let Some(order) = candidate.order {
                prop_assert!(result.total_cost <= order.total_cost);
            }
        }
        let chosen = result.candidates[result.tier as usize];
        prop_assert!(chosen.chosen);
        prop_assert!(result.quantity >= chosen.min_quantity);
        prop_assert!(chosen.max_quantity.is_none_or(|max| result.quantity < max));

        let curve = quantity_discount_cost_curve(&QuantityDiscountCostCurveInput {
            points: Some(201),
            ..QuantityDiscountCostCurveInput::new(model)
        }).unwrap();
        // Below a first tier that starts at 1 nothing can be ordered.
        let first_min = result.candidates[0].min_quantity;
        for (quantity, total) in curve.quantity.iter().zip(&curve.total_cost).filter(|(q, _)| **q >= first_min) {
            prop_assert!(
                result.total_cost <= total * (1.0 + SLACK),
                "Q* = {} costs {}, but Q = {} costs {}", result.quantity, result.total_cost, quantity, total
            );
        }
    }

    /// With a single tier, the quantity discount model is the EOQ, plus the purchase
    /// cost D × c.
    #[test]
    fn one_tier_is_the_eoq_plus_purchase(
        demand in magnitude(0.0, 6.0),
        ordering_cost in magnitude(-1.0, 4.0),
        holding_cost in holding(),
        unit_cost in magnitude(-2.0, 3.0),
        from_zero in prop::bool::ANY,
        scheme in scheme(),
    ) {
        let first = if from_zero { 0.0 } else { 1.0 };
        let model = QuantityDiscountInput::new(
            demand, ordering_cost, holding_cost, vec![PriceBreak::new(first, unit_cost)],
        ).with_scheme(scheme);
        let result = quantity_discount(&model).unwrap();
        let holding = match holding_cost {
            DiscountHoldingCost::PerUnit(cost) => HoldingCost::PerUnit(cost),
            DiscountHoldingCost::Rate(rate) => HoldingCost::Rate { rate, unit_cost },
        };
        let plain = eoq(&EoqInput::new(demand, ordering_cost, holding)).unwrap();
        let expected_quantity = plain.quantity.max(first);
        prop_assert_eq!(result.quantity, expected_quantity);
        if expected_quantity == plain.quantity {
            prop_assert_eq!(result.ordering_cost_per_period, plain.ordering_cost_per_period);
            prop_assert_eq!(result.holding_cost_per_period, plain.holding_cost_per_period);
            let expected = plain.total_cost + demand * unit_cost;
            prop_assert!((result.total_cost - expected).abs() <= SLACK * expected);
        }
        prop_assert_eq!(result.purchase_cost_per_period, demand * unit_cost);
    }

    /// An incremental schedule never costs less than the all-units schedule with the
    /// same tiers, at any order quantity, and so neither does its optimum.
    #[test]
    fn incremental_costs_at_least_all_units(model in model()) {
        let sweep = |scheme| {
            quantity_discount_cost_curve(&QuantityDiscountCostCurveInput {
                points: Some(101),
                min_quantity: Some(0.5),
                max_quantity: Some(2.0 * model.breaks.last().unwrap().min_quantity + 100.0),
                ..QuantityDiscountCostCurveInput::new(model.clone().with_scheme(scheme))
            }).unwrap()
        };
        let all_units = sweep(DiscountScheme::AllUnits);
        let incremental = sweep(DiscountScheme::Incremental);
        prop_assert_eq!(&all_units.quantity, &incremental.quantity);
        for (all, incr) in all_units.total_cost.iter().zip(&incremental.total_cost) {
            prop_assert!(*incr >= all * (1.0 - SLACK), "incremental {} < all-units {}", incr, all);
        }
        prop_assert!(incremental.minimum_total_cost >= all_units.minimum_total_cost * (1.0 - SLACK));
    }
}

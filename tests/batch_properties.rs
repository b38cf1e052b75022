//! The batch functions' fast checks agree with the single calls for any value (proptest;
//! native only): a one-item batch gives the single call's figures exactly, or its error
//! code with the field placed at the item (`demand[0]`, `[0]` for an overflow).
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::Error;
use opscalc::batch::{
    Column, EoqBackordersBatchInput, EoqBatchInput, HoldingCostColumns, KpiScoreBatch,
    KpiScoreBatchInput, ProductionOrderQuantityBatchInput, eoq_backorders_batch, eoq_batch,
    kpi_score_batch, production_order_quantity_batch,
};
use opscalc::inventory::{
    EoqBackordersInput, EoqInput, HoldingCost, ProductionOrderQuantityInput, eoq, eoq_backorders,
    production_order_quantity,
};
use opscalc::scorecard::{
    KpiDirection, KpiInput, KpiRule, KpiRuleFields, KpiScore, ScoreLimit, StatusBands, score_kpi,
};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

/// Any value a column may hold: ordinary magnitudes, zero, negatives, the extremes of
/// `f64` (for overflow and underflow) and non-finite values.
fn any_value() -> impl Strategy<Value = f64> {
    prop_oneof![
        6 => (-3.0_f64..9.0).prop_map(|exponent| 10.0_f64.powf(exponent)),
        2 => -100.0_f64..200.0,
        1 => prop_oneof![
            Just(0.0),
            Just(-1.0),
            Just(f64::MAX),
            Just(1e-300),
            Just(1e-310),
            Just(f64::NAN),
            Just(f64::INFINITY),
        ],
    ]
}

/// The single call's error as the batch names it for item 0 of array columns.
fn at_item_zero(error: &Error) -> (String, opscalc::ErrorCode) {
    (format!("{}[0]", error.field()), error.code())
}

fn batch_error(error: &Error) -> (String, opscalc::ErrorCode) {
    (error.field().to_owned(), error.code())
}

/// The batch's one item scores as the single call does, or both give the same error.
fn same_kpi_outcome(
    batch: Result<KpiScoreBatch, Error>,
    single: Result<KpiScore, Error>,
) -> Result<(), TestCaseError> {
    match (batch, single) {
        (Ok(batch), Ok(single)) => {
            let score = batch.score.first().map(|score| score.to_bits());
            prop_assert_eq!(score, Some(single.score.to_bits()));
            let status_index = batch.status_index.first().copied().map(u32::from);
            prop_assert_eq!(status_index, Some(single.status_index));
        }
        (Err(batch), Err(single)) => prop_assert_eq!(batch_error(&batch), at_item_zero(&single)),
        (batch, single) => prop_assert!(false, "batch {:?}, single {:?}", batch, single),
    }
    Ok(())
}

proptest! {
    #[test]
    fn eoq_batch_agrees_with_the_single_call(d in any_value(), s in any_value(), h in any_value()) {
        let batch = eoq_batch(&EoqBatchInput {
            demand: Column::Each(&[d]),
            ordering_cost: Column::Each(&[s]),
            holding_cost: HoldingCostColumns::PerUnit(Column::Each(&[h])),
        });
        let single = eoq(&EoqInput::new(d, s, HoldingCost::PerUnit(h)));
        match (batch, single) {
            (Ok(batch), Ok(single)) => {
                prop_assert_eq!(batch.quantity[0], single.quantity);
                prop_assert_eq!(batch.total_cost[0], single.total_cost);
                prop_assert_eq!(batch.orders_per_period[0], single.orders_per_period);
            }
            (Err(batch), Err(single)) => prop_assert_eq!(batch_error(&batch), at_item_zero(&single)),
            (batch, single) => prop_assert!(false, "batch {:?}, single {:?}", batch, single),
        }
    }

    #[test]
    fn production_order_quantity_batch_agrees_with_the_single_call(
        d in any_value(), p in any_value(), s in any_value(), h in any_value(),
    ) {
        let batch = production_order_quantity_batch(&ProductionOrderQuantityBatchInput {
            demand: Column::Each(&[d]),
            production_rate: Column::Each(&[p]),
            setup_cost: Column::Each(&[s]),
            holding_cost: HoldingCostColumns::PerUnit(Column::Each(&[h])),
        });
        let single = production_order_quantity(&ProductionOrderQuantityInput::new(d, p, s, HoldingCost::PerUnit(h)));
        match (batch, single) {
            (Ok(batch), Ok(single)) => {
                prop_assert_eq!(batch.quantity[0], single.quantity);
                prop_assert_eq!(batch.total_cost[0], single.total_cost);
                prop_assert_eq!(batch.max_inventory[0], single.max_inventory);
                prop_assert_eq!(batch.runs_per_period[0], single.runs_per_period);
            }
            (Err(batch), Err(single)) => prop_assert_eq!(batch_error(&batch), at_item_zero(&single)),
            (batch, single) => prop_assert!(false, "batch {:?}, single {:?}", batch, single),
        }
    }

    #[test]
    fn eoq_backorders_batch_agrees_with_the_single_call(
        d in any_value(), s in any_value(), h in any_value(), b in any_value(),
    ) {
        let batch = eoq_backorders_batch(&EoqBackordersBatchInput {
            demand: Column::Each(&[d]),
            ordering_cost: Column::Each(&[s]),
            holding_cost: HoldingCostColumns::PerUnit(Column::Each(&[h])),
            backorder_cost: Column::Each(&[b]),
        });
        let single = eoq_backorders(&EoqBackordersInput::new(d, s, HoldingCost::PerUnit(h), b));
        match (batch, single) {
            (Ok(batch), Ok(single)) => {
                prop_assert_eq!(batch.quantity[0], single.quantity);
                prop_assert_eq!(batch.max_backorder[0], single.max_backorder);
                prop_assert_eq!(batch.total_cost[0], single.total_cost);
                prop_assert_eq!(batch.orders_per_period[0], single.orders_per_period);
            }
            (Err(batch), Err(single)) => prop_assert_eq!(batch_error(&batch), at_item_zero(&single)),
            (batch, single) => prop_assert!(false, "batch {:?}, single {:?}", batch, single),
        }
    }

    #[test]
    fn kpi_score_batch_agrees_with_the_single_call(
        actual in any_value(),
        target in any_value(),
        baseline in proptest::option::of(any_value()),
        lower_is_better in any::<bool>(),
        cap in proptest::option::of(0.5_f64..2.0),
    ) {
        let direction = if lower_is_better { KpiDirection::LowerIsBetter } else { KpiDirection::HigherIsBetter };
        let bands = StatusBands::default();
        let limit = cap.map_or(ScoreLimit::Clamp, ScoreLimit::Cap);
        let baseline_column = baseline.map(|value| [value]);
        let batch = kpi_score_batch(&KpiScoreBatchInput {
            target: Some(Column::Each(&[target])),
            baseline: baseline_column.as_ref().map(|value| Column::Each(value)),
            limit,
            ..KpiScoreBatchInput::new(Column::Each(&[actual]), direction, &bands)
        });
        let rule = KpiRule::from_fields(&KpiRuleFields { target: Some(target), baseline, ..KpiRuleFields::new(direction) }).unwrap();
        let single = score_kpi(&KpiInput { limit, ..KpiInput::new(actual, rule) });
        same_kpi_outcome(batch, single)?;
    }

    #[test]
    fn kpi_score_batch_of_a_range_or_binary_rule_agrees_with_the_single_call(
        actual in any_value(),
        min in any_value(),
        max in any_value(),
        tolerances in proptest::option::of((any_value(), proptest::option::of(any_value()))),
        target in proptest::option::of(any_value()),
        binary in any::<bool>(),
        cap in proptest::option::of(0.5_f64..2.0),
    ) {
        let bands = StatusBands::default();
        let limit = cap.map_or(ScoreLimit::Clamp, ScoreLimit::Cap);
        let (tolerance, lower_tolerance) = tolerances.map_or((None, None), |(both, lower)| (Some(both), lower));
        let fields = if binary {
            KpiRuleFields { target: Some(min), ..KpiRuleFields::new(KpiDirection::Binary) }
        } else {
            KpiRuleFields {
                min: Some(min),
                max: Some(max),
                tolerance,
                lower_tolerance,
                target,
                ..KpiRuleFields::new(KpiDirection::TargetRange)
            }
        };
        // Each field given as an array of one item, so that the rule is checked per item.
        let arrays = [fields.target, fields.min, fields.max, fields.tolerance, fields.lower_tolerance]
            .map(|value| value.map(|value| [value]));
        let [target, min, max, tolerance, lower_tolerance] =
            arrays.each_ref().map(|array| array.as_ref().map(|array| Column::Each(array)));
        let batch = kpi_score_batch(&KpiScoreBatchInput {
            target,
            min,
            max,
            tolerance,
            lower_tolerance,
            limit,
            ..KpiScoreBatchInput::new(Column::Each(&[actual]), fields.direction, &bands)
        });
        let single = KpiRule::from_fields(&fields)
            .and_then(|rule| score_kpi(&KpiInput { limit, ..KpiInput::new(actual, rule) }));
        same_kpi_outcome(batch, single)?;
    }
}

//! The number of kanbans against the published textbook example, both safety forms,
//! the rounding, and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{FieldSetter, TEXTBOOK, assert_fields_must_be_positive, error_at, failure};
use opscalc::ErrorCode;
use opscalc::capacity::{KanbanInput, KanbanSafety, kanban_count};

fn hobbs_bakery() -> KanbanInput {
    KanbanInput {
        demand_rate: 500.0,
        lead_time: 2.0,
        safety: Some(KanbanSafety::Stock(250.0)),
        container_size: 250.0,
    }
}

/// Heizer & Render, *Operations Management*, JIT, TPS and lean operations chapter,
/// Hobbs Bakery: daily demand 500 cakes, production lead time 2 days (wait + material
/// handling + processing), safety stock half a day (250 cakes), containers of 250.
/// Published: demand during lead time 2 × 500 = 1,000; number of kanbans
/// (1,000 + 250) / 250 = 5.
#[test]
fn heizer_render_hobbs_bakery() {
    let result = kanban_count(&hobbs_bakery()).unwrap();
    assert_eq!(result.demand_during_lead_time, 1000.0);
    assert_eq!(result.safety_stock, 250.0);
    assert_eq!(result.safety_factor, None);
    assert_eq!(result.exact_kanbans, 5.0);
    assert_eq!(result.kanbans, 5);
    // Hand-computed: 5 containers of 250 hold 1,250 cakes, 2.5 days of demand.
    assert_eq!(result.authorized_inventory, 1250.0);
    assert_eq!(result.time_covered, 2.5);
}

/// Hand-computed, after Stevenson, *Operations Management*, JIT and lean operations
/// chapter (N = D T (1 + X) / C): 100 parts an hour, a 2-hour container cycle, a
/// safety factor of 0.10 and containers of 20: 100 × 2 × 1.1 / 20 = 11 exactly, so 11
/// containers. In binary, 1 + 0.1 is a hair above 1.1 and the quotient is
/// 11.000000000000002: the rounding up must not make it 12.
#[test]
fn stevenson_safety_factor_with_an_exact_whole_count() {
    let result = kanban_count(&KanbanInput {
        demand_rate: 100.0,
        lead_time: 2.0,
        safety: Some(KanbanSafety::Factor(0.1)),
        container_size: 20.0,
    })
    .unwrap();
    assert_eq!(result.demand_during_lead_time, 200.0);
    assert_relative_eq!(result.safety_stock, 20.0, max_relative = TEXTBOOK);
    assert_eq!(result.safety_factor, Some(0.1));
    assert!(
        result.exact_kanbans > 11.0,
        "the binary rounding this test is about"
    );
    assert_relative_eq!(result.exact_kanbans, 11.0, max_relative = TEXTBOOK);
    assert_eq!(result.kanbans, 11);
    assert_eq!(result.authorized_inventory, 220.0);
}

/// Hand-computed, after Stevenson, *Operations Management*, JIT and lean operations
/// chapter: 100 parts an hour, a 90-minute (1.5-hour) container cycle, an inflation
/// factor of 0.10 and containers of 84: 100 × 1.5 × 1.1 / 84 = 1.964, rounded up to 2.
#[test]
fn stevenson_safety_factor_rounds_up() {
    let result = kanban_count(&KanbanInput {
        demand_rate: 100.0,
        lead_time: 1.5,
        safety: Some(KanbanSafety::Factor(0.1)),
        container_size: 84.0,
    })
    .unwrap();
    assert_relative_eq!(result.exact_kanbans, 165.0 / 84.0, max_relative = TEXTBOOK);
    assert_eq!(format!("{:.2}", result.exact_kanbans), "1.96");
    assert_eq!(result.kanbans, 2);
    assert_eq!(result.authorized_inventory, 168.0);
    assert_relative_eq!(result.time_covered, 1.68, max_relative = TEXTBOOK);
}

#[test]
fn without_a_margin_the_count_covers_lead_time_demand_only() {
    let result = kanban_count(&KanbanInput {
        safety: None,
        ..hobbs_bakery()
    })
    .unwrap();
    assert_eq!(result.safety_stock, 0.0);
    assert_eq!(result.exact_kanbans, 4.0);
    assert_eq!(result.kanbans, 4);
    // A sliver above a whole number still needs another container.
    let sliver = kanban_count(&KanbanInput {
        safety: Some(KanbanSafety::Stock(0.001)),
        ..hobbs_bakery()
    })
    .unwrap();
    assert_eq!(sliver.kanbans, 5);
}

#[test]
fn a_stock_and_its_equivalent_factor_give_the_same_count() {
    // Half a day's safety stock is a factor of 0.25 on 2 days of demand.
    let by_factor = kanban_count(&KanbanInput {
        safety: Some(KanbanSafety::Factor(0.25)),
        ..hobbs_bakery()
    })
    .unwrap();
    assert_eq!(by_factor.safety_stock, 250.0);
    assert_eq!(by_factor.exact_kanbans, 5.0);
    assert_eq!(by_factor.kanbans, 5);
}

#[test]
fn a_tiny_need_still_takes_one_kanban() {
    let result = kanban_count(&KanbanInput {
        demand_rate: 1.0,
        lead_time: 1.0,
        safety: None,
        container_size: 1000.0,
    })
    .unwrap();
    assert_eq!(result.exact_kanbans, 0.001);
    assert_eq!(result.kanbans, 1);
}

#[test]
fn positive_fields_reject_nan_infinity_zero_and_negatives() {
    let fields: &[(&str, FieldSetter<KanbanInput>)] = &[
        ("demand_rate", |input, value| input.demand_rate = value),
        ("lead_time", |input, value| input.lead_time = value),
        ("container_size", |input, value| {
            input.container_size = value
        }),
    ];
    assert_fields_must_be_positive(hobbs_bakery, fields, |input| kanban_count(input).err());
}

#[test]
fn safety_stock_and_factor_may_be_zero_but_not_negative_or_non_finite() {
    for (bad, code) in [
        (-1.0, ErrorCode::Negative),
        (f64::NAN, ErrorCode::NotFinite),
        (f64::INFINITY, ErrorCode::NotFinite),
    ] {
        let stock = KanbanInput {
            safety: Some(KanbanSafety::Stock(bad)),
            ..hobbs_bakery()
        };
        assert_eq!(
            failure(kanban_count(&stock)),
            error_at(code, "safety_stock")
        );
        let factor = KanbanInput {
            safety: Some(KanbanSafety::Factor(bad)),
            ..hobbs_bakery()
        };
        assert_eq!(
            failure(kanban_count(&factor)),
            error_at(code, "safety_factor")
        );
    }
    let zero = kanban_count(&KanbanInput {
        safety: Some(KanbanSafety::Factor(0.0)),
        ..hobbs_bakery()
    })
    .unwrap();
    assert_eq!(zero.kanbans, 4);
}

#[test]
fn extreme_magnitudes_are_a_numeric_range_error() {
    let overflow = KanbanInput {
        demand_rate: 1e200,
        lead_time: 1e200,
        ..hobbs_bakery()
    };
    assert_eq!(
        failure(kanban_count(&overflow)),
        error_at(ErrorCode::NumericRange, "")
    );
    // Representable, but more kanbans than a u32 counts.
    let too_many = KanbanInput {
        demand_rate: 1e10,
        container_size: 1.0,
        ..hobbs_bakery()
    };
    let error = kanban_count(&too_many).unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::NumericRange, ""));
    assert!(error.message().contains("4,294,967,295"));
}

#[test]
fn flat_safety_fields_take_one_or_none() {
    assert_eq!(
        KanbanSafety::from_fields(None, Some(0.1)),
        Ok(Some(KanbanSafety::Factor(0.1)))
    );
    assert_eq!(KanbanSafety::from_fields(None, None), Ok(None));
    assert_eq!(
        failure(KanbanSafety::from_fields(Some(250.0), Some(0.1))),
        error_at(ErrorCode::ConflictingFields, "safety_factor")
    );
}

//! Cost per unit by component against the published textbook figures (as the reciprocal
//! of multifactor productivity), and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{TEXTBOOK, error_at, failure};
use opscalc::ErrorCode;
use opscalc::capacity::{
    FactorMeasure, ProductivityFactor, ProductivityInput, ProductivityPeriod, productivity,
};
use opscalc::operations::{CostComponent, MAX_COST_COMPONENTS, UnitCostInput, unit_cost};

fn input(units: f64, costs: &[(&str, f64)]) -> UnitCostInput {
    UnitCostInput {
        units,
        costs: costs
            .iter()
            .map(|&(id, cost)| CostComponent::new(id, cost))
            .collect(),
    }
}

/// Stevenson, *Operations Management*, productivity chapter, multifactor productivity:
/// output 7,040 units; labour $1,000, materials $520, overhead $2,000. Published:
/// 7,040 / 3,520 = 2 units per dollar input. Hand-computed from it: $0.50 a unit, of
/// which labour 1,000 / 7,040 = $0.142, materials $0.074, overhead $0.284; shares
/// 28.4 %, 14.8 %, 56.8 %.
#[test]
fn stevenson_multifactor_example_read_as_cost_per_unit() {
    let stevenson = input(
        7040.0,
        &[
            ("labour", 1000.0),
            ("materials", 520.0),
            ("overhead", 2000.0),
        ],
    );
    let result = unit_cost(&stevenson).unwrap();
    assert_eq!(result.units, 7040.0);
    assert_eq!(result.total_cost, 3520.0);
    assert_eq!(result.unit_cost, 0.5);
    let ids: Vec<&str> = result
        .components
        .iter()
        .map(|part| part.id.as_str())
        .collect();
    assert_eq!(ids, ["labour", "materials", "overhead"]);
    for (part, cost) in result.components.iter().zip([1000.0, 520.0, 2000.0]) {
        assert_relative_eq!(part.unit_cost, cost / 7040.0, max_relative = TEXTBOOK);
    }
    let unit_costs: f64 = result.components.iter().map(|part| part.unit_cost).sum();
    assert_relative_eq!(unit_costs, 0.5, max_relative = TEXTBOOK);
    for (part, share) in result.components.iter().zip([0.284, 0.148, 0.568]) {
        assert_relative_eq!(part.share, share, epsilon = 0.0005);
    }
    let shares: f64 = result.components.iter().map(|part| part.share).sum();
    assert_relative_eq!(shares, 1.0, max_relative = TEXTBOOK);

    // The same figures through `productivity`: its multifactor productivity is the
    // reciprocal.
    let period = ProductivityPeriod {
        output: 7040.0,
        inputs: vec![
            ProductivityFactor::new("labour", FactorMeasure::Cost(1000.0)),
            ProductivityFactor::new("materials", FactorMeasure::Cost(520.0)),
            ProductivityFactor::new("overhead", FactorMeasure::Cost(2000.0)),
        ],
    };
    let multifactor = productivity(&ProductivityInput {
        periods: vec![period],
    })
    .unwrap();
    let per_dollar = multifactor
        .periods
        .first()
        .unwrap()
        .multifactor_productivity
        .unwrap();
    assert_eq!(per_dollar, 2.0);
    assert_eq!(result.unit_cost, 1.0 / per_dollar);
}

/// Heizer & Render, *Operations Management*, chapter 1, Collins Title Company: labour
/// $640 and overhead $400 a day for 8 titles, then $640 and $800 for 14. Published
/// multifactor productivity 8 / 1,040 = .0077 and 14 / 1,440 = .0097 titles per dollar;
/// as cost per title (hand-computed) $130 before and $102.86 after.
#[test]
fn heizer_render_collins_title_cost_per_title() {
    let before = unit_cost(&input(8.0, &[("labour", 640.0), ("overhead", 400.0)])).unwrap();
    assert_eq!(before.unit_cost, 130.0);
    assert_relative_eq!(1.0 / before.unit_cost, 0.0077, epsilon = 0.00005);
    let after = unit_cost(&input(14.0, &[("labour", 640.0), ("overhead", 800.0)])).unwrap();
    assert_relative_eq!(after.unit_cost, 102.86, epsilon = 0.005);
    assert_relative_eq!(1.0 / after.unit_cost, 0.0097, epsilon = 0.00005);
}

/// A component of 0 (no overhead charged) is allowed; its share and unit cost are 0.
#[test]
fn a_component_may_cost_nothing() {
    let result = unit_cost(&input(4.0, &[("material", 10.0), ("overhead", -0.0)])).unwrap();
    assert_eq!(result.unit_cost, 2.5);
    let overhead = result.components.last().unwrap();
    assert_eq!(
        (overhead.cost, overhead.unit_cost, overhead.share),
        (0.0, 0.0, 0.0)
    );
    assert!(overhead.cost.is_sign_positive());
}

#[test]
fn units_must_be_positive() {
    for (bad, code) in [
        (0.0, ErrorCode::NotPositive),
        (-1.0, ErrorCode::NotPositive),
        (f64::NAN, ErrorCode::NotFinite),
        (f64::INFINITY, ErrorCode::NotFinite),
    ] {
        assert_eq!(
            failure(unit_cost(&input(bad, &[("a", 1.0)]))),
            error_at(code, "units")
        );
    }
}

#[test]
fn the_list_of_costs_is_checked() {
    assert_eq!(
        failure(unit_cost(&input(1.0, &[]))),
        error_at(ErrorCode::OutOfRange, "costs")
    );
    let too_many: Vec<(String, f64)> = (0..=MAX_COST_COMPONENTS)
        .map(|index| (format!("c{index}"), 1.0))
        .collect();
    let long = UnitCostInput {
        units: 1.0,
        costs: too_many
            .iter()
            .map(|(id, cost)| CostComponent::new(id.as_str(), *cost))
            .collect(),
    };
    assert_eq!(
        failure(unit_cost(&long)),
        error_at(ErrorCode::TooLarge, "costs")
    );
    assert_eq!(
        failure(unit_cost(&input(1.0, &[("a", 1.0), ("", 1.0)]))),
        error_at(ErrorCode::InvalidInput, "costs[1].id")
    );
    let error = unit_cost(&input(1.0, &[("a", 1.0), ("b", 1.0), ("a", 2.0)])).unwrap_err();
    assert_eq!(
        (error.code(), error.field(), error.message()),
        (
            ErrorCode::DuplicateId,
            "costs[2].id",
            "repeats the id of costs[0]"
        )
    );
    assert_eq!(
        failure(unit_cost(&input(1.0, &[("a", 1.0), ("b", -2.0)]))),
        error_at(ErrorCode::Negative, "costs[1].cost")
    );
    assert_eq!(
        failure(unit_cost(&input(1.0, &[("a", f64::NAN)]))),
        error_at(ErrorCode::NotFinite, "costs[0].cost")
    );
    let error = unit_cost(&input(1.0, &[("a", 0.0), ("b", 0.0)])).unwrap_err();
    assert_eq!(
        (error.code(), error.field(), error.message()),
        (
            ErrorCode::NotPositive,
            "costs",
            "must add up to more than zero"
        )
    );
}

#[test]
fn magnitudes_beyond_f64_are_a_numeric_range_error() {
    assert_eq!(
        failure(unit_cost(&input(1.0, &[("a", f64::MAX), ("b", f64::MAX)]))),
        error_at(ErrorCode::NumericRange, "")
    );
    assert_eq!(
        failure(unit_cost(&input(1e-300, &[("a", 1e300)]))),
        error_at(ErrorCode::NumericRange, "")
    );
    assert_eq!(
        failure(unit_cost(&input(1e300, &[("a", 1e-300)]))),
        error_at(ErrorCode::NumericRange, "")
    );
}

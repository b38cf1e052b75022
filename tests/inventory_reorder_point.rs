//! The reorder point and safety stock against published textbook examples, the fill
//! rate and its inverse, and every error path.
//!
//! Textbooks read `z` from a table rounded to two decimals (1.65 for 95 %); opscalc uses
//! the exact `z`. Each test asserts the exact value (references from mpmath at 40
//! digits) and checks the printed figure within what the table's rounding explains.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]
// References are written with the digits mpmath gave, beyond what f64 holds.
#![allow(clippy::excessive_precision)]

mod common;

use approx::assert_relative_eq;
use common::{TEXTBOOK, error_at, failure};
use opscalc::ErrorCode;
use opscalc::inventory::{LeadTimeVariability, ReorderPointInput, ServiceTarget, reorder_point};
use opscalc::stats::normal;

/// An input with a cycle service level and a constant lead time.
fn at_level(demand_rate: f64, demand_sd: f64, lead_time: f64, level: f64) -> ReorderPointInput {
    ReorderPointInput {
        demand_rate,
        demand_sd,
        lead_time,
        lead_time_sd: None,
        service: ServiceTarget::CycleServiceLevel(level),
        order_quantity: None,
    }
}

/// Heizer & Render, *Operations Management*, Inventory Management chapter, Memphis
/// Regional Hospital: demand during the lead time for a resuscitation kit is normal
/// with mean 350 kits and σ = 10; 95 % service. Published (table z = 1.65): safety
/// stock 16.5 kits, ROP = 366.5, rounded to 367 kits. The lead-time demand is given
/// directly, so the lead time is the time unit (L = 1).
#[test]
fn heizer_render_memphis_regional_hospital() {
    let result = reorder_point(&at_level(350.0, 10.0, 1.0, 0.95)).unwrap();
    assert_relative_eq!(result.mean_lead_time_demand, 350.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.sigma_lead_time_demand, 10.0, max_relative = TEXTBOOK);
    assert_eq!(result.variability, LeadTimeVariability::DemandOnly);
    assert_relative_eq!(result.z, 1.644_853_626_951_472_7, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.safety_stock,
        16.448_536_269_514_727,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.reorder_point,
        366.448_536_269_514_73,
        max_relative = TEXTBOOK
    );
    // The table's 1.65 is 0.0051 above the exact z: 0.051 kits of safety stock.
    assert!((result.safety_stock - 16.5).abs() < 0.06);
    assert!((result.reorder_point - 366.5).abs() < 0.06);
    assert_eq!(result.reorder_point.ceil(), 367.0);
    // What the z means, to compare with a table: P(no stockout) 0.95, P(stockout) 0.05.
    assert_eq!(result.service_level, 0.95);
    assert_relative_eq!(result.stockout_probability, 0.05, max_relative = 1e-14);
    assert_eq!(result.fill_rate, None);
}

/// Heizer & Render, *Operations Management*, Inventory Management chapter, Circuit Town
/// (iPods): daily demand normal with d = 15 and σ_d = 5, a constant lead time of 2
/// days, 90 % service. Published (table z = 1.28): σ_dLT = 5√2 = 7.07,
/// ROP = 30 + 1.28 × 7.07 = 39.05, about 39 iPods.
#[test]
fn heizer_render_circuit_town_ipods_demand_varies() {
    let result = reorder_point(&at_level(15.0, 5.0, 2.0, 0.90)).unwrap();
    assert_eq!(result.variability, LeadTimeVariability::DemandOnly);
    assert_relative_eq!(result.mean_lead_time_demand, 30.0, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.sigma_lead_time_demand,
        7.071_067_811_865_475_2,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.z, 1.281_551_565_544_600_5, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.safety_stock,
        9.061_938_024_368_232_2,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.reorder_point,
        39.061_938_024_368_232,
        max_relative = TEXTBOOK
    );
    assert!((result.sigma_lead_time_demand - 7.07).abs() < 0.005);
    assert!((result.reorder_point - 39.05).abs() < 0.02);
    assert_eq!(result.reorder_point.round(), 39.0);
}

/// Heizer & Render, *Operations Management*, Inventory Management chapter, Circuit Town
/// (iPads): demand constant at 10 a day, lead time normal with mean 6 days and σ_L = 1
/// day, 98 % service. Published (table z = 2.055): σ = 10 × 1 = 10,
/// ROP = 60 + 2.055 × 10 = 80.55, about 81 iPads.
#[test]
fn heizer_render_circuit_town_ipads_lead_time_varies() {
    let input = ReorderPointInput {
        lead_time_sd: Some(1.0),
        ..at_level(10.0, 0.0, 6.0, 0.98)
    };
    let result = reorder_point(&input).unwrap();
    assert_eq!(result.variability, LeadTimeVariability::LeadTimeOnly);
    assert_eq!(result.sigma_lead_time_demand, 10.0);
    assert_relative_eq!(result.z, 2.053_748_910_631_823_1, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.reorder_point,
        80.537_489_106_318_231,
        max_relative = TEXTBOOK
    );
    assert!((result.z - 2.055).abs() < 0.0015);
    assert!((result.reorder_point - 80.55).abs() < 0.015);
    assert_eq!(result.reorder_point.ceil(), 81.0);
}

/// Heizer & Render, *Operations Management*, Inventory Management chapter, Circuit Town
/// (wireless routers): d = 150 a day with σ_d = 16, lead time 5 days with σ_L = 1 day,
/// 95 % service. Published (table z = 1.65): σ = √(5 × 16² + 150² × 1²) = √23,780 =
/// 154.2, ROP = 750 + 1.65 × 154.2 = 1,004.4, about 1,005 routers. With the exact
/// z = 1.6449 the reorder point is 1,003.65: the table's rounding moves it by 0.8.
#[test]
fn heizer_render_circuit_town_routers_both_vary() {
    let input = ReorderPointInput {
        lead_time_sd: Some(1.0),
        ..at_level(150.0, 16.0, 5.0, 0.95)
    };
    let result = reorder_point(&input).unwrap();
    assert_eq!(result.variability, LeadTimeVariability::Both);
    assert_relative_eq!(
        result.sigma_lead_time_demand,
        23_780.0_f64.sqrt(),
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.sigma_lead_time_demand,
        154.207_652_209_609_88,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.safety_stock,
        253.649_016_040_648_10,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.reorder_point,
        1_003.649_016_040_648_1,
        max_relative = TEXTBOOK
    );
    assert!((result.sigma_lead_time_demand - 154.2).abs() < 0.05);
    // 1.65 − 1.6449 = 0.0051 standard deviations of 154.2 units: 0.79 units.
    assert!((result.reorder_point - 1_004.4).abs() < 0.8);
    assert!(result.reorder_point < 1_004.4);
}

/// Chopra & Meindl, *Supply Chain Management*, safety inventory chapter, evaluating the
/// fill rate: weekly demand normal with mean 2,500 and σ = 500, a 2-week lead time, lot
/// size Q = 10,000, reorder point 6,000. Published: safety inventory 6,000 − 5,000 =
/// 1,000; σ_L = 500√2 = 707; ESC ≈ 25 units; fill rate ≈ 0.9975. By hand:
/// z = 1,000 / 707.107 = √2, ESC = 707.107 × G(√2) = 707.107 × 0.035535 = 25.127,
/// fill rate = 1 − 25.127 / 10,000 = 0.997487.
#[test]
fn chopra_meindl_fill_rate_from_a_reorder_point() {
    // The reorder point of 6,000 is a safety factor of √2, a cycle service level of Φ(√2).
    let level = normal::cdf(std::f64::consts::SQRT_2);
    let input = ReorderPointInput {
        order_quantity: Some(10_000.0),
        ..at_level(2_500.0, 500.0, 2.0, level)
    };
    let result = reorder_point(&input).unwrap();
    assert_relative_eq!(
        result.mean_lead_time_demand,
        5_000.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.sigma_lead_time_demand,
        707.106_781_186_547_52,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.safety_stock, 1_000.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.reorder_point, 6_000.0, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.unit_normal_loss,
        0.035_535_327_193_216_498,
        max_relative = 1e-11
    );
    assert_relative_eq!(
        result.expected_shortage_per_cycle,
        25.127_270_830_006_111,
        max_relative = 1e-11
    );
    assert_relative_eq!(
        result.fill_rate.unwrap(),
        0.997_487_272_916_999_39,
        max_relative = TEXTBOOK
    );
    assert_eq!(result.expected_shortage_per_cycle.round(), 25.0);
    assert!((result.fill_rate.unwrap() - 0.9975).abs() < 0.00005);
}

/// Hand-computed, after Chopra & Meindl's safety inventory chapter (the same Lego
/// store: mean 2,500 a week, σ = 500, lead time 2 weeks, Q = 10,000), aiming at a fill
/// rate of 97.5 %: ESC = (1 − 0.975) × 10,000 = 250, so G(z) = 250 / 707.107 =
/// 0.353553, z = 0.094325, safety inventory = 0.094325 × 707.107 = 66.70 (about 67), and
/// the cycle service level this implies is only Φ(0.0943) = 0.5376.
#[test]
fn fill_rate_target_gives_safety_stock_through_the_inverse_loss_function() {
    let input = ReorderPointInput {
        service: ServiceTarget::FillRate(0.975),
        order_quantity: Some(10_000.0),
        ..at_level(2_500.0, 500.0, 2.0, 0.5)
    };
    let result = reorder_point(&input).unwrap();
    assert_relative_eq!(result.z, 0.094_324_591_025_024_906, max_relative = 1e-12);
    assert_relative_eq!(
        result.safety_stock,
        66.697_557_946_442_871,
        max_relative = 1e-12
    );
    assert_relative_eq!(
        result.reorder_point,
        5_066.697_557_946_442_9,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.service_level,
        0.537_574_341_907_439_01,
        max_relative = 1e-12
    );
    assert_relative_eq!(
        result.expected_shortage_per_cycle,
        250.0,
        max_relative = 1e-12
    );
    assert_relative_eq!(result.fill_rate.unwrap(), 0.975, max_relative = 1e-14);
    assert_eq!(result.safety_stock.round(), 67.0);
}

/// Hand-computed, after Chopra & Meindl's safety inventory chapter (the same store) at a
/// cycle service level of 90 %: safety inventory = Φ⁻¹(0.9) × 707.107 = 906.19, about
/// 906 units, and the fill rate the 10,000-unit lot then gives.
#[test]
fn chopra_meindl_safety_inventory_for_a_cycle_service_level() {
    let input = ReorderPointInput {
        order_quantity: Some(10_000.0),
        ..at_level(2_500.0, 500.0, 2.0, 0.90)
    };
    let result = reorder_point(&input).unwrap();
    assert_relative_eq!(
        result.safety_stock,
        906.193_802_436_823_22,
        max_relative = TEXTBOOK
    );
    assert_eq!(result.safety_stock.round(), 906.0);
    let expected_fill = 1.0 - result.expected_shortage_per_cycle / 10_000.0;
    assert_eq!(result.fill_rate, Some(expected_fill));

    // Aiming at that fill rate finds the same safety stock again.
    let inverse = reorder_point(&ReorderPointInput {
        service: ServiceTarget::FillRate(expected_fill),
        ..input
    })
    .unwrap();
    assert_relative_eq!(
        inverse.safety_stock,
        906.193_802_436_823_22,
        max_relative = 1e-9
    );
    assert_relative_eq!(inverse.service_level, 0.90, max_relative = 1e-12);
}

#[test]
fn a_zero_lead_time_spread_is_a_constant_lead_time() {
    let constant = reorder_point(&at_level(15.0, 5.0, 2.0, 0.9)).unwrap();
    let zero_spread = reorder_point(&ReorderPointInput {
        lead_time_sd: Some(0.0),
        ..at_level(15.0, 5.0, 2.0, 0.9)
    })
    .unwrap();
    assert_eq!(constant, zero_spread);
}

#[test]
fn a_service_level_below_one_half_means_negative_safety_stock() {
    let result = reorder_point(&at_level(100.0, 10.0, 1.0, 0.3)).unwrap();
    assert!(result.z < 0.0 && result.safety_stock < 0.0);
    assert!(result.reorder_point < result.mean_lead_time_demand);
    let half = reorder_point(&at_level(100.0, 10.0, 1.0, 0.5)).unwrap();
    assert_eq!(
        (half.z, half.safety_stock, half.reorder_point),
        (0.0, 0.0, 100.0)
    );
}

fn error_of(input: &ReorderPointInput) -> (ErrorCode, String) {
    failure(reorder_point(input))
}

#[test]
fn every_numeric_field_rejects_nan_infinity_and_bad_signs() {
    let base = at_level(15.0, 5.0, 2.0, 0.9);
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let not_finite = |field| error_at(ErrorCode::NotFinite, field);
        assert_eq!(
            error_of(&ReorderPointInput {
                demand_rate: bad,
                ..base
            }),
            not_finite("demand_rate")
        );
        assert_eq!(
            error_of(&ReorderPointInput {
                demand_sd: bad,
                ..base
            }),
            not_finite("demand_sd")
        );
        assert_eq!(
            error_of(&ReorderPointInput {
                lead_time: bad,
                ..base
            }),
            not_finite("lead_time")
        );
        assert_eq!(
            error_of(&ReorderPointInput {
                lead_time_sd: Some(bad),
                ..base
            }),
            not_finite("lead_time_sd")
        );
        assert_eq!(
            error_of(&ReorderPointInput {
                order_quantity: Some(bad),
                ..base
            }),
            not_finite("order_quantity")
        );
        assert_eq!(
            error_of(&ReorderPointInput {
                service: ServiceTarget::CycleServiceLevel(bad),
                ..base
            }),
            not_finite("service_level")
        );
        assert_eq!(
            error_of(&ReorderPointInput {
                service: ServiceTarget::FillRate(bad),
                order_quantity: Some(100.0),
                ..base
            }),
            not_finite("fill_rate")
        );
    }
    for bad in [0.0, -1.0] {
        let not_positive = |field| error_at(ErrorCode::NotPositive, field);
        assert_eq!(
            error_of(&ReorderPointInput {
                demand_rate: bad,
                ..base
            }),
            not_positive("demand_rate")
        );
        assert_eq!(
            error_of(&ReorderPointInput {
                lead_time: bad,
                ..base
            }),
            not_positive("lead_time")
        );
        assert_eq!(
            error_of(&ReorderPointInput {
                order_quantity: Some(bad),
                ..base
            }),
            not_positive("order_quantity")
        );
    }
    assert_eq!(
        error_of(&ReorderPointInput {
            demand_sd: -1.0,
            ..base
        }),
        error_at(ErrorCode::Negative, "demand_sd")
    );
    assert_eq!(
        error_of(&ReorderPointInput {
            lead_time_sd: Some(-0.5),
            ..base
        }),
        error_at(ErrorCode::Negative, "lead_time_sd")
    );
}

#[test]
fn service_level_and_fill_rate_must_lie_strictly_between_0_and_1() {
    let base = at_level(15.0, 5.0, 2.0, 0.9);
    for bad in [0.0, 1.0, -0.1, 1.5, 95.0] {
        assert_eq!(
            error_of(&ReorderPointInput {
                service: ServiceTarget::CycleServiceLevel(bad),
                ..base
            }),
            error_at(ErrorCode::OutOfRange, "service_level")
        );
        assert_eq!(
            error_of(&ReorderPointInput {
                service: ServiceTarget::FillRate(bad),
                order_quantity: Some(100.0),
                ..base
            }),
            error_at(ErrorCode::OutOfRange, "fill_rate")
        );
    }
}

#[test]
fn without_any_variability_there_is_nothing_to_protect_against() {
    let base = at_level(15.0, 0.0, 2.0, 0.9);
    let without_spread = error_at(ErrorCode::NotPositive, "demand_sd");
    assert_eq!(error_of(&base), without_spread);
    assert_eq!(
        error_of(&ReorderPointInput {
            lead_time_sd: Some(0.0),
            ..base
        }),
        without_spread
    );
    assert!(
        reorder_point(&ReorderPointInput {
            lead_time_sd: Some(0.5),
            ..base
        })
        .is_ok()
    );
}

#[test]
fn a_fill_rate_needs_the_order_quantity() {
    let input = ReorderPointInput {
        service: ServiceTarget::FillRate(0.99),
        ..at_level(15.0, 5.0, 2.0, 0.9)
    };
    assert_eq!(
        error_of(&input),
        error_at(ErrorCode::MissingField, "order_quantity")
    );
}

#[test]
fn exactly_one_of_service_level_and_fill_rate() {
    assert_eq!(
        failure(ServiceTarget::from_fields(Some(0.9), Some(0.99))),
        error_at(ErrorCode::ConflictingFields, "fill_rate")
    );
    assert_eq!(
        failure(ServiceTarget::from_fields(None, None)),
        error_at(ErrorCode::MissingField, "service_level")
    );
}

#[test]
fn extreme_magnitudes_are_a_numeric_range_error() {
    let overflow = error_at(ErrorCode::NumericRange, "");
    // d L overflows.
    assert_eq!(error_of(&at_level(1e200, 5.0, 1e200, 0.9)), overflow);
    // d σ_L overflows.
    let input = ReorderPointInput {
        lead_time_sd: Some(1e200),
        ..at_level(1e200, 0.0, 1.0, 0.9)
    };
    assert_eq!(error_of(&input), overflow);
    // A fill rate that leaves a shortage below what f64 resolves: no finite z reaches it.
    let input = ReorderPointInput {
        service: ServiceTarget::FillRate(0.5),
        order_quantity: Some(1e-300),
        ..at_level(1.0, 1e100, 1.0, 0.9)
    };
    assert_eq!(error_of(&input), overflow);
}

//! Properties of OEE over random valid inputs (proptest; native only).
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::capacity::{IdealSpeed, Oee, OeeInput, oee};
use proptest::prelude::*;

/// Equal up to a few units of float rounding, relative to `scale`.
fn close(left: f64, right: f64, scale: f64) -> bool {
    (left - right).abs() <= 1e-12 * scale.abs().max(f64::MIN_POSITIVE)
}

/// A valid OEE input built from its factors: planned time over many magnitudes, a share
/// of it down, a count, the performance that sets the ideal speed (as a cycle time or a
/// run rate), the share of good pieces, and the calendar time as a multiple of the
/// planned time.
fn inputs() -> impl Strategy<Value = OeeInput> {
    (
        (-2.0_f64..6.0).prop_map(|exponent| 10.0_f64.powf(exponent)),
        0.0_f64..0.99,
        1.0_f64..1e7,
        0.01_f64..=1.0,
        0.0_f64..=1.0,
        any::<bool>(),
        prop::option::of(1.0_f64..10.0),
    )
        .prop_map(
            |(planned, down_share, count, performance, good_share, as_rate, calendar)| {
                let total_count = count.floor();
                let run_time = planned - planned * down_share;
                let cycle_time = run_time * performance / total_count;
                OeeInput {
                    planned_production_time: planned,
                    downtime: planned * down_share,
                    ideal_speed: if as_rate {
                        IdealSpeed::RunRate(1.0 / cycle_time)
                    } else {
                        IdealSpeed::CycleTime(cycle_time)
                    },
                    total_count,
                    good_count: (total_count * good_share).floor(),
                    calendar_time: calendar.map(|multiple| planned * multiple),
                }
            },
        )
}

fn run(input: &OeeInput) -> Oee {
    oee(input).unwrap()
}

proptest! {
    /// OEE = A × P × Q = good count × ideal cycle time / planned production time.
    #[test]
    fn oee_is_the_product_of_its_factors_and_the_share_of_fully_productive_time(input in inputs()) {
        let result = run(&input);
        prop_assert!(close(result.oee, result.availability * result.performance * result.quality, 1.0));
        prop_assert!(close(
            result.oee,
            input.good_count * result.ideal_cycle_time / input.planned_production_time,
            4.0,
        ), "{} against {}", result.oee, input.good_count * result.ideal_cycle_time / input.planned_production_time);
        prop_assert!(close(result.oee, result.fully_productive_time / result.planned_production_time, 4.0));
    }

    /// Availability, performance, quality and OEE are fractions from 0 to 1, and OEE is
    /// no larger than any of its factors.
    #[test]
    fn the_factors_are_fractions(input in inputs()) {
        let result = run(&input);
        for factor in [result.availability, result.performance, result.quality, result.oee] {
            prop_assert!((0.0..=1.0).contains(&factor), "{factor}");
        }
        prop_assert!(result.oee <= result.availability.min(result.performance).min(result.quality));
    }

    /// The waterfall: the three losses and the fully productive time add up to the
    /// planned production time, and each stage is the one before less its loss.
    #[test]
    fn the_waterfall_adds_up_to_planned_time(input in inputs()) {
        let result = run(&input);
        let planned = result.planned_production_time;
        let parts = result.availability_loss + result.performance_loss + result.quality_loss
            + result.fully_productive_time;
        prop_assert!(close(parts, planned, 4.0 * planned), "{parts} against {planned}");
        prop_assert!(close(result.run_time, planned - result.availability_loss, planned));
        prop_assert!(close(result.net_run_time, result.run_time - result.performance_loss, planned));
        prop_assert!(close(
            result.fully_productive_time,
            result.net_run_time - result.quality_loss,
            planned,
        ));
        for loss in [result.availability_loss, result.performance_loss, result.quality_loss] {
            prop_assert!(loss >= 0.0);
        }
    }

    /// TEEP = OEE × utilization is never above OEE, and the schedule loss with the
    /// planned time makes the calendar time.
    #[test]
    fn teep_is_at_most_oee(input in inputs()) {
        let result = run(&input);
        match (input.calendar_time, result.teep, result.utilization, result.schedule_loss) {
            (Some(calendar), Some(teep), Some(utilization), Some(schedule_loss)) => {
                prop_assert!(teep <= result.oee);
                prop_assert!(utilization > 0.0 && utilization <= 1.0);
                prop_assert!(close(teep, result.fully_productive_time / calendar, 4.0));
                prop_assert!(close(schedule_loss + result.planned_production_time, calendar, calendar));
            }
            (None, None, None, None) => {}
            other => prop_assert!(false, "calendar outputs inconsistent: {other:?}"),
        }
    }

    /// The ideal cycle time and run rate are inverses, whichever is given.
    #[test]
    fn cycle_time_and_run_rate_are_inverses(input in inputs()) {
        let result = run(&input);
        prop_assert!(close(result.ideal_cycle_time * result.ideal_run_rate, 1.0, 2.0));
    }
}

//! Properties of process cycle efficiency over random activity lists (proptest; native
//! only).
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::capacity::{LeanActivity, ProcessCycleEfficiencyInput, process_cycle_efficiency};
use proptest::prelude::*;

/// Up to 40 activities with times over many magnitudes (some zero), at least one of
/// them value-added with a time above zero.
fn activities() -> impl Strategy<Value = Vec<LeanActivity>> {
    let time = prop_oneof![
        1 => Just(0.0),
        8 => (-3.0_f64..5.0).prop_map(|exponent| 10.0_f64.powf(exponent)),
    ];
    prop::collection::vec((time, any::<bool>()), 1..40)
        .prop_filter("some value added", |steps| {
            steps
                .iter()
                .any(|&(time, value_added)| value_added && time > 0.0)
        })
        .prop_map(|steps| {
            steps
                .into_iter()
                .enumerate()
                .map(|(index, (time, value_added))| {
                    LeanActivity::new(format!("step {index}"), time, value_added)
                })
                .collect()
        })
}

proptest! {
    /// PCE is in (0, 1], and 1 exactly when nothing but value is added.
    #[test]
    fn efficiency_is_in_the_unit_interval(list in activities()) {
        let all_value = list.iter().all(|activity| activity.value_added || activity.time == 0.0);
        let result = process_cycle_efficiency(&ProcessCycleEfficiencyInput::Activities(list)).unwrap();
        prop_assert!(result.efficiency > 0.0 && result.efficiency <= 1.0, "{}", result.efficiency);
        if all_value {
            prop_assert_eq!(result.efficiency, 1.0);
        }
    }

    /// The timeline is contiguous from 0 to the lead time, each span as long as its
    /// activity, and value-added plus other time is the lead time.
    #[test]
    fn the_timeline_covers_the_lead_time(list in activities()) {
        let result = process_cycle_efficiency(&ProcessCycleEfficiencyInput::Activities(list)).unwrap();
        let mut previous_end = 0.0;
        for span in &result.activities {
            prop_assert_eq!(span.start, previous_end);
            prop_assert!(span.end >= span.start);
            previous_end = span.end;
        }
        prop_assert_eq!(previous_end, result.lead_time);
        let sum = result.value_added_time + result.non_value_added_time;
        prop_assert!((sum - result.lead_time).abs() <= 1e-12 * result.lead_time);
        let shares: f64 = result.activities.iter().map(|span| span.share).sum();
        prop_assert!((shares - 1.0).abs() < 1e-12);
    }

    /// The totals form gives the efficiency the activities give.
    #[test]
    fn totals_agree_with_activities(list in activities()) {
        let detailed = process_cycle_efficiency(&ProcessCycleEfficiencyInput::Activities(list)).unwrap();
        let totals = process_cycle_efficiency(&ProcessCycleEfficiencyInput::Totals {
            value_added_time: detailed.value_added_time,
            lead_time: detailed.lead_time,
        }).unwrap();
        prop_assert_eq!(totals.efficiency, detailed.efficiency);
    }
}

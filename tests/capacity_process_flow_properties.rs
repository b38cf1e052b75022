//! Properties of the process flow analysis over random processes (proptest; native only).
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::capacity::{ProcessFlowInput, ProcessStep, ProcessTimeUnit, StepPace, process_flow};
use proptest::prelude::*;

/// Relative slack for comparing capacities worked out along different float paths.
const SLACK: f64 = 1e-9;

fn pace() -> impl Strategy<Value = StepPace> {
    prop_oneof![
        // Unit times on a coarse grid, so that ties happen.
        (1u32..40).prop_map(|tenths| StepPace::UnitTime(f64::from(tenths) / 2.0)),
        (-2.0_f64..4.0).prop_map(|exponent| StepPace::UnitTime(10.0_f64.powf(exponent))),
        (1u32..200).prop_map(|rate| StepPace::CapacityPerHour(f64::from(rate))),
    ]
}

fn steps() -> impl Strategy<Value = Vec<ProcessStep>> {
    prop::collection::vec((pace(), 1u32..6), 1..12).prop_map(|steps| {
        steps
            .into_iter()
            .enumerate()
            .map(|(index, (pace, resources))| ProcessStep {
                id: format!("s{index}"),
                name: None,
                pace,
                resources,
            })
            .collect()
    })
}

fn time_unit() -> impl Strategy<Value = ProcessTimeUnit> {
    prop_oneof![
        Just(ProcessTimeUnit::Second),
        Just(ProcessTimeUnit::Minute),
        Just(ProcessTimeUnit::Hour),
    ]
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= SLACK * a.abs().max(b.abs())
}

proptest! {
    /// Every bottleneck's capacity is the process capacity, no step is below it, and
    /// there is at least one; the cycle time is its inverse and the flow time the sum
    /// of the unit times.
    #[test]
    fn a_bottleneck_sets_the_process_capacity(steps in steps(), unit in time_unit()) {
        let result = process_flow(&ProcessFlowInput::new(steps).with_time_unit(unit)).unwrap();
        let capacity = result.process_capacity_per_hour;
        prop_assert!(!result.bottlenecks.is_empty());
        for step in &result.steps {
            prop_assert!(step.capacity_per_hour >= capacity);
            prop_assert_eq!(step.is_bottleneck, result.bottlenecks.contains(&step.id));
            if step.is_bottleneck {
                prop_assert!(close(step.capacity_per_hour, capacity));
                prop_assert!(close(step.utilization, 1.0));
            } else {
                prop_assert!(step.utilization < 1.0);
            }
            prop_assert!(close(
                step.capacity_per_hour,
                f64::from(step.resources) * unit.per_hour() / step.unit_time
            ));
        }
        prop_assert!(result.steps.iter().any(|step| step.capacity_per_hour == capacity));
        prop_assert!(close(result.cycle_time * capacity, unit.per_hour()));
        let total: f64 = result.steps.iter().map(|step| step.unit_time).sum();
        prop_assert!(close(result.flow_time, total));
    }

    /// One more resource at a step that is not a bottleneck leaves the process capacity
    /// as it was; one more at the only bottleneck never lowers it (and raises it).
    #[test]
    fn adding_a_resource(steps in steps(), pick in any::<prop::sample::Index>()) {
        let before = process_flow(&ProcessFlowInput::new(steps.clone())).unwrap();
        let index = pick.index(steps.len());
        let mut more = steps;
        more[index].resources += 1;
        let after = process_flow(&ProcessFlowInput::new(more)).unwrap();
        let step = &before.steps[index];
        if !step.is_bottleneck {
            prop_assert_eq!(after.process_capacity_per_hour, before.process_capacity_per_hour);
            prop_assert_eq!(&after.bottlenecks, &before.bottlenecks);
        } else {
            prop_assert!(after.process_capacity_per_hour >= before.process_capacity_per_hour);
            if before.bottlenecks.len() == 1 {
                prop_assert!(after.process_capacity_per_hour > before.process_capacity_per_hour);
            }
        }
    }

    /// With demand, throughput is the lesser of demand and capacity; a step is flagged
    /// exactly when demand exceeds its capacity, and utilization never exceeds 1.
    #[test]
    fn demand_and_throughput(steps in steps(), demand in 0.0_f64..300.0) {
        let result = process_flow(&ProcessFlowInput::new(steps).with_demand_rate(demand)).unwrap();
        let capacity = result.process_capacity_per_hour;
        prop_assert_eq!(result.throughput_per_hour, demand.min(capacity));
        for step in &result.steps {
            let implied = step.implied_utilization.unwrap();
            prop_assert!(close(implied * step.capacity_per_hour, demand) || demand == 0.0);
            prop_assert!(step.utilization <= 1.0 + SLACK);
            prop_assert!(step.utilization <= implied + SLACK);
            if step.cannot_keep_up {
                prop_assert!(implied > 1.0);
            } else {
                prop_assert!(implied <= 1.0 + SLACK);
            }
        }
    }
}

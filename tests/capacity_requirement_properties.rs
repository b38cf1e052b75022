//! Properties of the capacity requirement and of utilization and efficiency over random
//! inputs (proptest; native only).
// Unwrapping is the assertion in a test.
#![allow(clippy::unwrap_used)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::capacity::{
    CapacityInput, CapacityProduct, CapacityRequirementInput, capacity, capacity_requirement,
};
use proptest::prelude::*;

fn products() -> impl Strategy<Value = Vec<CapacityProduct>> {
    let setup = prop_oneof![Just(None), (0.0_f64..10.0, 1.0_f64..200.0).prop_map(Some),];
    prop::collection::vec((1.0_f64..10_000.0, 0.01_f64..10.0, setup), 1..8).prop_map(|products| {
        products
            .into_iter()
            .map(|(demand, time, setup)| match setup {
                None => CapacityProduct::new(demand, time),
                Some((setup_time, lot)) => {
                    CapacityProduct::new(demand, time).with_setup(setup_time, lot)
                }
            })
            .collect()
    })
}

proptest! {
    /// More demand for any product never needs fewer machines.
    #[test]
    fn monotone_in_demand(
        products in products(),
        pick in any::<prop::sample::Index>(),
        factor in 1.0_f64..5.0,
        cushion in 0.0_f64..0.5,
    ) {
        let input = CapacityRequirementInput::new(products, 2000.0).with_cushion(cushion);
        let before = capacity_requirement(&input).unwrap();
        let mut more = input;
        let index = pick.index(more.products.len());
        more.products[index].demand *= factor;
        let after = capacity_requirement(&more).unwrap();
        prop_assert!(after.exact_requirement >= before.exact_requirement);
        prop_assert!(after.machines >= before.machines);
        prop_assert!(after.time_needed >= before.time_needed);
    }

    /// A bigger cushion never needs fewer machines.
    #[test]
    fn monotone_in_cushion(products in products(), low in 0.0_f64..0.9, extra in 0.0_f64..0.09) {
        let input = CapacityRequirementInput::new(products, 2000.0);
        let before = capacity_requirement(&input.clone().with_cushion(low)).unwrap();
        let after = capacity_requirement(&input.with_cushion(low + extra)).unwrap();
        prop_assert!(after.exact_requirement >= before.exact_requirement);
        prop_assert!(after.machines >= before.machines);
    }

    /// The whole count covers the exact requirement with less than one machine to
    /// spare, and so leaves at least the cushion asked for.
    #[test]
    fn whole_machines_cover_the_requirement(products in products(), cushion in 0.0_f64..0.9) {
        let input = CapacityRequirementInput::new(products, 2000.0).with_cushion(cushion);
        let result = capacity_requirement(&input).unwrap();
        let machines = f64::from(result.machines);
        prop_assert!(machines >= result.exact_requirement * (1.0 - 1e-9));
        prop_assert!(machines < result.exact_requirement + 1.0 || result.machines == 1);
        prop_assert!(result.utilization <= (1.0 - cushion) * (1.0 + 1e-9));
        prop_assert!(result.resulting_cushion >= cushion - 1e-9);
        let sum: f64 = result.products.iter().map(|product| product.time_needed).sum();
        prop_assert!((sum - result.time_needed).abs() <= 1e-9 * sum);
    }

    /// Utilization is efficiency times the effective share, and none exceeds its bounds.
    #[test]
    fn utilization_is_efficiency_times_effective_share(
        design in 1.0_f64..1e6,
        effective_part in 0.01_f64..1.0,
        actual_part in 0.0_f64..1.0,
    ) {
        let effective = design * effective_part;
        let actual = design * actual_part;
        let result = capacity(&CapacityInput::new(design, effective, actual)).unwrap();
        let product = result.efficiency * result.effective_share;
        prop_assert!((result.utilization - product).abs() <= 1e-12 * result.utilization.max(1e-300));
        prop_assert!((0.0..=1.0).contains(&result.utilization));
        prop_assert!((0.0..=1.0).contains(&result.effective_share));
        prop_assert!((result.planned_losses + result.unplanned_losses - (design - actual)).abs() <= 1e-9 * design);
    }
}

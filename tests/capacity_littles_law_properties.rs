//! Properties of Little's law over random values (proptest; native only).
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::capacity::{LittlesLawInput, littles_law};
use proptest::prelude::*;

/// Positive amounts over many magnitudes.
fn amount() -> impl Strategy<Value = f64> {
    (-6.0_f64..6.0).prop_map(|exponent| 10.0_f64.powf(exponent))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * a.abs().max(b.abs())
}

proptest! {
    /// Any two give back the third: I from R and T, then R from I and T, and T from I
    /// and R, all agree with I = R × T.
    #[test]
    fn any_two_give_back_the_third(throughput in amount(), flow_time in amount()) {
        let wip = littles_law(&LittlesLawInput::wip_from(throughput, flow_time)).unwrap().wip;
        prop_assert!(close(wip, throughput * flow_time));
        let back = littles_law(&LittlesLawInput::throughput_from(wip, flow_time)).unwrap();
        prop_assert!(close(back.throughput, throughput));
        let back = littles_law(&LittlesLawInput::flow_time_from(wip, throughput)).unwrap();
        prop_assert!(close(back.flow_time, flow_time));
        prop_assert_eq!(back.wip, wip);
    }

    /// The computed quantity grows with each given one (for a fixed other).
    #[test]
    fn wip_grows_with_throughput_and_flow_time(r in amount(), t in amount(), factor in 1.0_f64..10.0) {
        let base = littles_law(&LittlesLawInput::wip_from(r, t)).unwrap().wip;
        prop_assert!(littles_law(&LittlesLawInput::wip_from(r * factor, t)).unwrap().wip >= base);
        prop_assert!(littles_law(&LittlesLawInput::wip_from(r, t * factor)).unwrap().wip >= base);
    }
}

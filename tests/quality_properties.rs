//! Properties of the quality measures over random valid inputs (proptest; native only).
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::quality::{
    NetPromoterInput, ProcessCapabilityInput, SIGMA_SHIFT, SixSigmaInput, net_promoter_score,
    process_capability, six_sigma,
};
use opscalc::stats::normal;
use proptest::prelude::*;

proptest! {
    /// More defects in the same opportunities never raise the sigma level, and the level
    /// maps back to the DPMO through the normal tail: DPMO = 10⁶ × (1 − Φ(level − 1.5)).
    #[test]
    fn the_sigma_level_falls_with_defects_and_maps_back_to_the_dpmo(
        units in 1_u32..100_000,
        opportunities_per_unit in 1_u32..100,
        share in 0.0_f64..1.0,
        more in 0.0_f64..1.0,
    ) {
        let opportunities = f64::from(units) * f64::from(opportunities_per_unit);
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let defects = (share * opportunities) as u32;
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let worse = defects + ((opportunities - f64::from(defects)) * more) as u32;
        let base = six_sigma(&SixSigmaInput { defects, units, opportunities_per_unit }).unwrap();
        let other = six_sigma(&SixSigmaInput { defects: worse, units, opportunities_per_unit }).unwrap();
        prop_assert!(other.dpmo >= base.dpmo);
        if let (Some(base_level), Some(other_level)) = (base.sigma_level, other.sigma_level) {
            prop_assert!(other_level <= base_level);
            let back = 1e6 * normal::sf(base_level - SIGMA_SHIFT);
            prop_assert!((back - base.dpmo).abs() <= 1e-9 * base.dpmo.max(1.0), "{back} vs {}", base.dpmo);
        }
        prop_assert!((base.dpo + base.opportunity_yield - 1.0).abs() < 1e-15);
    }

    /// Cpk never exceeds Cp and equals it for a centred mean; moving the mean away from
    /// the centre only increases the share outside the limits.
    #[test]
    fn cpk_is_at_most_cp_and_the_share_outside_grows_off_centre(
        lower in -1e3_f64..1e3,
        width in 1e-3_f64..1e3,
        sigma in 1e-3_f64..1e2,
        offset in 0.0_f64..1.0,
        further in 0.0_f64..1.0,
    ) {
        let upper = lower + width;
        let centre = lower + width / 2.0;
        let at = |mean: f64| process_capability(&ProcessCapabilityInput {
            mean,
            standard_deviation: sigma,
            lower_spec: Some(lower),
            upper_spec: Some(upper),
        }).unwrap();
        let centred = at(centre);
        let cp = centred.cp.unwrap();
        prop_assert!((centred.cpk - cp).abs() <= 1e-9 * cp);
        let near = at(centre + offset * width);
        let far = at(centre + (offset + further) * width);
        prop_assert!(near.cpk <= cp * (1.0 + 1e-12));
        prop_assert!(far.cpk <= near.cpk + 1e-12 * cp);
        prop_assert!(far.fraction_outside >= near.fraction_outside * (1.0 - 1e-9));
        prop_assert!(near.fraction_outside >= centred.fraction_outside * (1.0 - 1e-9));
    }

    /// Counting the scores and passing the counts give the same result, and the score
    /// lies between −100 and 100.
    #[test]
    fn scores_and_their_counts_agree(scores in proptest::collection::vec(0_u32..=10, 1..200)) {
        let from_scores = net_promoter_score(&NetPromoterInput::Scores(scores)).unwrap();
        let from_counts = net_promoter_score(&NetPromoterInput::Counts {
            promoters: from_scores.promoters,
            passives: from_scores.passives,
            detractors: from_scores.detractors,
        }).unwrap();
        prop_assert_eq!(from_scores, from_counts);
        prop_assert!((-100.0..=100.0).contains(&from_scores.score));
        let shares = from_scores.promoter_share + from_scores.passive_share + from_scores.detractor_share;
        prop_assert!((shares - 1.0).abs() < 1e-12);
    }
}

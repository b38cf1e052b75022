//! Six Sigma's defect measures and sigma level against the conversion table and worked
//! examples, the edges without a finite level, and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]
// References are written with the digits mpmath gave, beyond what f64 holds.
#![allow(clippy::excessive_precision)]

mod common;

use approx::assert_relative_eq;
use common::{TEXTBOOK, error_at, failure};
use opscalc::ErrorCode;
use opscalc::quality::{SIGMA_SHIFT, SixSigmaInput, six_sigma};

fn inspection(defects: u32, units: u32, opportunities_per_unit: u32) -> SixSigmaInput {
    SixSigmaInput {
        defects,
        units,
        opportunities_per_unit,
    }
}

/// Hand-computed, in the manner of the DPMO examples of Evans & Lindsay, *Managing for
/// Quality and Performance Excellence*, Six Sigma chapter: 5 defects in 100 units with
/// 10 opportunities each. DPU = 0.05, DPO = 5 / 1,000 =
/// 0.005, DPMO = 5,000, yield 99.5 %, z = Φ⁻¹(0.995) = 2.5758 and the sigma level
/// 2.5758 + 1.5 = 4.08. References from mpmath: Φ⁻¹(0.995) = 2.575829303548900761.
#[test]
fn five_defects_in_a_thousand_opportunities_is_about_4_08_sigma() {
    let result = six_sigma(&inspection(5, 100, 10)).unwrap();
    assert_eq!(result.opportunities, 1000.0);
    assert_eq!(result.dpu, 0.05);
    assert_eq!(result.dpo, 0.005);
    assert_eq!(result.dpmo, 5000.0);
    assert_eq!(result.opportunity_yield, 0.995);
    assert_relative_eq!(
        result.long_term_z.unwrap(),
        2.575_829_303_548_900_8,
        max_relative = 1e-14
    );
    let sigma = result.sigma_level.unwrap();
    assert_relative_eq!(sigma, 4.075_829_303_548_900_8, max_relative = 1e-14);
    assert_eq!(format!("{sigma:.2}"), "4.08");
}

/// A published worked example (LearnGxP community, "How to calculate the sigma level of
/// a process", hard-drive manufacturer): 83,934 drives, 8 checks each, 3,432 rejected.
/// Published: DPMO 5,111.158768 and a sigma level of 4.1. The level to 15 digits
/// (mpmath): 4.068216887416275.
#[test]
fn hard_drive_example_dpmo_5111_and_4_1_sigma() {
    let result = six_sigma(&inspection(3432, 83_934, 8)).unwrap();
    assert_eq!(result.opportunities, 671_472.0);
    assert_eq!(format!("{:.6}", result.dpmo), "5111.158768");
    let sigma = result.sigma_level.unwrap();
    assert_relative_eq!(sigma, 4.068_216_887_416_275, max_relative = 1e-14);
    assert_eq!(format!("{sigma:.1}"), "4.1");
    assert_relative_eq!(result.dpu, 3432.0 / 83_934.0, max_relative = TEXTBOOK);
}

/// The conventional conversion table with the 1.5σ shift (Pyzdek & Keller, *The Six
/// Sigma Handbook*, sigma-to-DPMO table): 691,462 DPMO is 1σ, 308,538 is 2σ, 66,807 is
/// 3σ, 6,210 is 4σ, 233 is 5σ and 3.4 is 6σ. Each row as defects in 10 million
/// opportunities (3.4 DPMO is 34 in 10⁷); the table's DPMO are rounded, so the levels
/// agree to about 10⁻⁴.
#[test]
fn the_sigma_conversion_table() {
    for (defects_in_ten_million, level) in [
        (6_914_625, 1.0),
        (3_085_375, 2.0),
        (668_072, 3.0),
        (62_097, 4.0),
        (2_326, 5.0),
        (34, 6.0),
    ] {
        let result = six_sigma(&inspection(defects_in_ten_million, 10_000_000, 1)).unwrap();
        let sigma = result.sigma_level.unwrap();
        assert!(
            (sigma - level).abs() < 2e-4,
            "{defects_in_ten_million} defects: {sigma}"
        );
        assert_eq!(result.long_term_z.unwrap() + SIGMA_SHIFT, sigma);
    }
    // The two figures everyone quotes.
    let six = six_sigma(&inspection(34, 10_000_000, 1)).unwrap();
    assert_eq!(six.dpmo, 3.4);
    assert_eq!(format!("{:.1}", six.sigma_level.unwrap()), "6.0");
    let three = six_sigma(&inspection(66_807, 1_000_000, 1)).unwrap();
    assert_eq!(format!("{:.4}", three.sigma_level.unwrap()), "3.0000");
}

/// A textbook-style exercise (Six Sigma: 12 defects in 10 units with 60 opportunities
/// each), hand-computed: DPMO = 12 × 10⁶ / 600 = 20,000, sigma level = Φ⁻¹(0.98) + 1.5
/// = 2.0537 + 1.5 = 3.55.
#[test]
fn twelve_defects_in_six_hundred_opportunities() {
    let result = six_sigma(&inspection(12, 10, 60)).unwrap();
    assert_eq!(result.dpmo, 20_000.0);
    assert_eq!(result.dpu, 1.2);
    assert_relative_eq!(
        result.sigma_level.unwrap(),
        3.553_748_910_631_823,
        max_relative = 1e-14
    );
}

#[test]
fn no_defects_or_only_defects_have_no_finite_sigma_level() {
    let perfect = six_sigma(&inspection(0, 50, 4)).unwrap();
    assert_eq!((perfect.dpo, perfect.dpmo, perfect.dpu), (0.0, 0.0, 0.0));
    assert_eq!(perfect.opportunity_yield, 1.0);
    assert_eq!((perfect.long_term_z, perfect.sigma_level), (None, None));

    let hopeless = six_sigma(&inspection(200, 50, 4)).unwrap();
    assert_eq!((hopeless.dpo, hopeless.dpmo), (1.0, 1e6));
    assert_eq!(hopeless.opportunity_yield, 0.0);
    assert_eq!((hopeless.long_term_z, hopeless.sigma_level), (None, None));

    // Half the opportunities defective: z = 0, the level is the shift alone.
    let half = six_sigma(&inspection(100, 50, 4)).unwrap();
    assert_eq!(half.long_term_z, Some(0.0));
    assert_eq!(half.sigma_level, Some(1.5));
}

#[test]
fn one_defect_in_the_most_opportunities_still_has_a_finite_level() {
    // DPO = 1 / (2³² − 1)² ≈ 5.4e-20, where 1 − DPO rounds to 1 in f64: the level comes
    // from the tail directly and stays finite (about 10.6).
    let result = six_sigma(&inspection(1, u32::MAX, u32::MAX)).unwrap();
    let sigma = result.sigma_level.unwrap();
    assert!(sigma.is_finite() && sigma > 10.0 && sigma < 11.0, "{sigma}");
    assert_eq!(result.opportunity_yield, 1.0);
}

#[test]
fn errors_name_their_field() {
    assert_eq!(
        failure(six_sigma(&inspection(0, 0, 10))),
        error_at(ErrorCode::NotPositive, "units")
    );
    assert_eq!(
        failure(six_sigma(&inspection(0, 10, 0))),
        error_at(ErrorCode::NotPositive, "opportunities_per_unit")
    );
    assert_eq!(
        failure(six_sigma(&inspection(101, 10, 10))),
        error_at(ErrorCode::OutOfRange, "defects")
    );
    // Units are checked before opportunities, and both before the defects.
    assert_eq!(
        failure(six_sigma(&inspection(5, 0, 0))),
        error_at(ErrorCode::NotPositive, "units")
    );
    let message = six_sigma(&inspection(101, 10, 10)).unwrap_err();
    assert_eq!(
        message.message(),
        "must not exceed the opportunities (units × opportunities per unit)"
    );
}

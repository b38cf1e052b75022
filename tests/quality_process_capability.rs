//! Process capability (Cp, Cpu, Cpl, Cpk and the share out of specification) against
//! textbook examples, one-sided limits, and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]
// References are written with the digits mpmath gave, beyond what f64 holds.
#![allow(clippy::excessive_precision)]

mod common;

use approx::assert_relative_eq;
use common::{TEXTBOOK, error_at, failure};
use opscalc::ErrorCode;
use opscalc::quality::{ProcessCapabilityInput, process_capability};

fn study(mean: f64, sd: f64, lower: Option<f64>, upper: Option<f64>) -> ProcessCapabilityInput {
    ProcessCapabilityInput {
        mean,
        standard_deviation: sd,
        lower_spec: lower,
        upper_spec: upper,
    }
}

/// Heizer & Render, *Operations Management*, Supplement 6 (Statistical Process
/// Control), the insurance claims process: mean 210.0 minutes, σ = .516 minutes, design
/// specification 210 ± 3 minutes. Published: Cp = 6 / (6 × .516) = 6 / 3.096 = 1.938.
/// The process is centred, so Cpk = Cp; each limit is 3 / .516 = 5.81σ away, leaving
/// 2 × (1 − Φ(5.814)) = 0.0061 ppm outside (mpmath).
#[test]
fn heizer_render_insurance_claims_cp_1_938() {
    let result = process_capability(&study(210.0, 0.516, Some(207.0), Some(213.0))).unwrap();
    let cp = result.cp.unwrap();
    assert_relative_eq!(cp, 6.0 / 3.096, max_relative = TEXTBOOK);
    assert_eq!(format!("{cp:.3}"), "1.938");
    assert_eq!(result.cpu, result.cpl);
    assert_relative_eq!(result.cpk, cp, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.z_upper.unwrap(),
        3.0 / 0.516,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.ppm_outside,
        0.006_101_437_366_212_78,
        max_relative = 1e-9
    );
    assert_relative_eq!(
        result.fraction_above,
        result.fraction_below,
        max_relative = TEXTBOOK
    );
}

/// Heizer & Render, *Operations Management*, Supplement 6, Cpk of a new cutting machine:
/// mean .250 inch, σ = .0005 inch, specification .251 and .249. Published: Cpk =
/// (.251 − .250) / (3 × .0005) = .001 / .0015 = .67, not capable. Hand-computed from
/// the same figures: Cp = .002 / .003 = .67 (centred) and 2 × (1 − Φ(2)) = 4.55 % of
/// the parts out of specification (45,500 ppm, mpmath 45,500.26).
#[test]
fn heizer_render_cutting_machine_cpk_0_67() {
    let result = process_capability(&study(0.250, 0.0005, Some(0.249), Some(0.251))).unwrap();
    assert_relative_eq!(result.cpk, 2.0 / 3.0, max_relative = 1e-12);
    assert_eq!(format!("{:.2}", result.cpk), "0.67");
    assert_relative_eq!(result.cp.unwrap(), 2.0 / 3.0, max_relative = 1e-12);
    assert_relative_eq!(
        result.ppm_outside,
        45_500.263_896_358_4,
        max_relative = 1e-9
    );
}

/// An operations-management exercise, the insurance claims-processing department
/// (claims take at least 4 days and are promised within 10; mean 8 days, σ 1 day), as
/// solved at wizedu.com (questions/32270): Cp = 6 / 6 = 1, Cpk = min(2/3, 4/3) = 2/3;
/// with a mean of 7 days Cpk = 1; with σ = 2/3 day Cpk = 2 / 2 = 1.
#[test]
fn claims_department_cp_1_cpk_two_thirds() {
    let result = process_capability(&study(8.0, 1.0, Some(4.0), Some(10.0))).unwrap();
    assert_eq!(result.cp, Some(1.0));
    assert_relative_eq!(result.cpu.unwrap(), 2.0 / 3.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.cpl.unwrap(), 4.0 / 3.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.cpk, 2.0 / 3.0, max_relative = TEXTBOOK);
    // mpmath: 1 − Φ(2) = 0.02275013194817921, 1 − Φ(4) = 3.167124183311992e-5.
    assert_relative_eq!(
        result.fraction_above,
        0.022_750_131_948_179_21,
        max_relative = 1e-13
    );
    assert_relative_eq!(
        result.fraction_below,
        3.167_124_183_311_992e-5,
        max_relative = 1e-12
    );
    assert_relative_eq!(
        result.fraction_outside,
        result.fraction_above + result.fraction_below,
        max_relative = TEXTBOOK
    );

    let centred = process_capability(&study(7.0, 1.0, Some(4.0), Some(10.0))).unwrap();
    assert_eq!(centred.cpk, 1.0);
    let tighter = process_capability(&study(8.0, 2.0 / 3.0, Some(4.0), Some(10.0))).unwrap();
    assert_relative_eq!(tighter.cpk, 1.0, max_relative = TEXTBOOK);
    assert_relative_eq!(tighter.cp.unwrap(), 1.5, max_relative = TEXTBOOK);
}

/// Chase, Jacobs & Aquilano, *Operations Management for Competitive Advantage*,
/// statistical quality control problems, C-Spec, Inc.: a part specified 4 ± .003 inches,
/// a machine with mean 4.001 and σ = .002 inch. Hand-computed: Cpk = min(.002, .004) /
/// .006 = .333, so the machine is not capable.
#[test]
fn c_spec_milling_machine_cpk_one_third() {
    let result = process_capability(&study(4.001, 0.002, Some(3.997), Some(4.003))).unwrap();
    assert_relative_eq!(result.cpk, 1.0 / 3.0, max_relative = 1e-9);
    assert_relative_eq!(result.cpl.unwrap(), 2.0 / 3.0, max_relative = 1e-9);
    assert_relative_eq!(result.cp.unwrap(), 0.5, max_relative = 1e-9);
}

#[test]
fn one_sided_limits_give_one_index_and_no_cp() {
    let upper = process_capability(&study(8.0, 1.0, None, Some(10.0))).unwrap();
    assert_eq!((upper.cp, upper.cpl, upper.z_lower), (None, None, None));
    assert_relative_eq!(upper.cpk, 2.0 / 3.0, max_relative = TEXTBOOK);
    assert_eq!(upper.cpu, Some(upper.cpk));
    assert_eq!(upper.fraction_below, 0.0);
    assert_eq!(upper.fraction_outside, upper.fraction_above);

    let lower = process_capability(&study(8.0, 1.0, Some(4.0), None)).unwrap();
    assert_eq!((lower.cp, lower.cpu, lower.z_upper), (None, None, None));
    assert_relative_eq!(lower.cpk, 4.0 / 3.0, max_relative = TEXTBOOK);
    assert_eq!(lower.fraction_above, 0.0);
    assert_relative_eq!(
        lower.ppm_outside,
        31.671_241_833_119_92,
        max_relative = 1e-12
    );
}

#[test]
fn a_mean_outside_the_limits_has_a_negative_cpk() {
    let result = process_capability(&study(11.0, 1.0, Some(4.0), Some(10.0))).unwrap();
    assert_relative_eq!(result.cpk, -1.0 / 3.0, max_relative = TEXTBOOK);
    assert_eq!(result.cp, Some(1.0));
    assert!(result.fraction_above > 0.5);
}

#[test]
fn errors_name_their_field() {
    let valid = || study(8.0, 1.0, Some(4.0), Some(10.0));
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        assert_eq!(
            failure(process_capability(&ProcessCapabilityInput {
                mean: bad,
                ..valid()
            })),
            error_at(ErrorCode::NotFinite, "mean")
        );
        assert_eq!(
            failure(process_capability(&ProcessCapabilityInput {
                standard_deviation: bad,
                ..valid()
            })),
            error_at(ErrorCode::NotFinite, "standard_deviation")
        );
        assert_eq!(
            failure(process_capability(&ProcessCapabilityInput {
                lower_spec: Some(bad),
                ..valid()
            })),
            error_at(ErrorCode::NotFinite, "lower_spec")
        );
        assert_eq!(
            failure(process_capability(&ProcessCapabilityInput {
                upper_spec: Some(bad),
                ..valid()
            })),
            error_at(ErrorCode::NotFinite, "upper_spec")
        );
    }
    for bad in [0.0, -0.0, -1.0] {
        assert_eq!(
            failure(process_capability(&ProcessCapabilityInput {
                standard_deviation: bad,
                ..valid()
            })),
            error_at(ErrorCode::NotPositive, "standard_deviation")
        );
    }
    assert_eq!(
        failure(process_capability(&study(8.0, 1.0, None, None))),
        error_at(ErrorCode::MissingField, "upper_spec")
    );
    for upper in [10.0, 4.0, 3.0] {
        let reversed = study(8.0, 1.0, Some(10.0), Some(upper));
        assert_eq!(
            failure(process_capability(&reversed)),
            error_at(ErrorCode::OutOfRange, "upper_spec")
        );
    }
    // A negative mean and limits are fine: temperatures, say.
    assert!(process_capability(&study(-5.0, 1.0, Some(-8.0), Some(-2.0))).is_ok());
}

#[test]
fn extreme_magnitudes_are_a_numeric_range_error() {
    let wide = study(0.0, 1.0, Some(-1e308), Some(1e308));
    assert_eq!(
        failure(process_capability(&wide)),
        error_at(ErrorCode::NumericRange, "")
    );
    let tiny_sigma = study(0.0, 1e-300, None, Some(1e10));
    assert_eq!(
        failure(process_capability(&tiny_sigma)),
        error_at(ErrorCode::NumericRange, "")
    );
}

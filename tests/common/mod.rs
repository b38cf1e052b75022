//! Float tolerances for every test, in one place.
//!
//! - [`TEXTBOOK`]: a figure printed in a textbook that the formula reproduces exactly;
//!   only rounding in the last bits of `f64` may differ (relative comparison).
//! - [`PRINTED_ROUNDING`]: a textbook figure printed rounded to cents or units; use it
//!   with `epsilon` (absolute comparison) at half the printed precision.
#![allow(dead_code)]

/// Relative tolerance for figures a formula reproduces exactly.
pub(crate) const TEXTBOOK: f64 = 1e-12;

/// Absolute tolerance for a figure printed to two decimals (half a cent).
pub(crate) const PRINTED_ROUNDING: f64 = 0.005;

/// Sets one numeric field of an input, for [`assert_fields_must_be_positive`].
pub(crate) type FieldSetter<I> = fn(&mut I, f64);

/// Asserts that each numeric field must be a finite number above zero: set through its
/// setter on a fresh `valid()` input, NaN and ±∞ are a `not_finite` error, and 0, −0
/// and −5 a `not_positive` error, each naming that field.
pub(crate) fn assert_fields_must_be_positive<I>(
    valid: impl Fn() -> I,
    fields: &[(&str, FieldSetter<I>)],
    error_of: impl Fn(&I) -> Option<opscalc::Error>,
) {
    use opscalc::ErrorCode;
    let cases = [
        (f64::NAN, ErrorCode::NotFinite),
        (f64::INFINITY, ErrorCode::NotFinite),
        (f64::NEG_INFINITY, ErrorCode::NotFinite),
        (0.0, ErrorCode::NotPositive),
        (-0.0, ErrorCode::NotPositive),
        (-5.0, ErrorCode::NotPositive),
    ];
    for &(field, set) in fields {
        for (bad, code) in cases {
            let mut input = valid();
            set(&mut input, bad);
            let error = error_of(&input);
            let found = error.as_ref().map(|error| (error.code(), error.field()));
            assert_eq!(found, Some((code, field)), "{field} = {bad}");
        }
    }
}

/// The code and field of the error `result` holds, to compare with [`error_at`]; the
/// test fails when `result` is not an error.
pub(crate) fn failure<T: std::fmt::Debug>(
    result: Result<T, opscalc::Error>,
) -> (opscalc::ErrorCode, String) {
    let error = result.unwrap_err();
    (error.code(), error.field().to_owned())
}

/// An expected error, in the form [`failure`] returns.
pub(crate) fn error_at(code: opscalc::ErrorCode, field: &str) -> (opscalc::ErrorCode, String) {
    (code, field.to_owned())
}

/// Line-balancing fixtures.
pub(crate) mod line;

/// Scholl's SALBP-1 benchmark.
pub(crate) mod salbp;

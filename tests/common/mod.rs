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

//! Converting rates between time units: a published example, the standard deviation's
//! square-root scaling, and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{TEXTBOOK, error_at, failure};
use opscalc::ErrorCode;
use opscalc::inventory::{RateConversionInput, convert_rate};

fn rate(rate: f64, sd: Option<f64>, from_period: f64, to_period: f64) -> RateConversionInput {
    RateConversionInput {
        rate,
        sd,
        from_period,
        to_period,
    }
}

/// Heizer & Render, *Operations Management*, Inventory Management chapter, Electronic
/// Assembler: 8,000 units a year over 250 working days. Published: d = 8,000 / 250 = 32
/// units a day.
#[test]
fn heizer_render_annual_demand_to_daily_demand() {
    let result = convert_rate(&rate(8000.0, None, 250.0, 1.0)).unwrap();
    assert_eq!(result.rate, 32.0);
    assert_eq!(result.factor, 0.004);
    assert_eq!(result.sd, None);
}

/// Hand-computed, after Chopra & Meindl's safety inventory chapter (weekly demand with
/// mean 2,500 and σ = 500): over the 2-week lead time demand has mean 5,000 and
/// σ = 500 √2 = 707.107; the other way, a day of a 5-day week has mean 500 and
/// σ = 500 / √5 = 223.607.
#[test]
fn the_standard_deviation_scales_with_the_square_root_of_time() {
    let two_weeks = convert_rate(&rate(2500.0, Some(500.0), 1.0, 2.0)).unwrap();
    assert_eq!(two_weeks.rate, 5000.0);
    assert_relative_eq!(
        two_weeks.sd.unwrap(),
        500.0 * 2.0_f64.sqrt(),
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(two_weeks.sd_factor, 2.0_f64.sqrt(), max_relative = TEXTBOOK);

    let a_day = convert_rate(&rate(2500.0, Some(500.0), 5.0, 1.0)).unwrap();
    assert_eq!(a_day.rate, 500.0);
    assert_relative_eq!(
        a_day.sd.unwrap(),
        223.606_797_749_978_97,
        max_relative = TEXTBOOK
    );
}

#[test]
fn converting_there_and_back_returns_the_rate() {
    let there = convert_rate(&rate(1234.5, Some(67.8), 52.0, 1.0)).unwrap();
    let back = convert_rate(&rate(there.rate, there.sd, 1.0, 52.0)).unwrap();
    assert_relative_eq!(back.rate, 1234.5, max_relative = TEXTBOOK);
    assert_relative_eq!(back.sd.unwrap(), 67.8, max_relative = TEXTBOOK);
    // A negative rate (a net outflow, say) converts too; a zero one stays zero.
    assert_eq!(
        convert_rate(&rate(-10.0, None, 2.0, 1.0)).unwrap().rate,
        -5.0
    );
    assert_eq!(
        convert_rate(&rate(0.0, Some(0.0), 2.0, 1.0)).unwrap().sd,
        Some(0.0)
    );
}

#[test]
fn every_field_is_checked() {
    let error_of = |input: RateConversionInput| failure(convert_rate(&input));
    assert_eq!(
        error_of(rate(f64::NAN, None, 1.0, 1.0)),
        error_at(ErrorCode::NotFinite, "rate")
    );
    assert_eq!(
        error_of(rate(1.0, Some(-1.0), 1.0, 1.0)),
        error_at(ErrorCode::Negative, "sd")
    );
    assert_eq!(
        error_of(rate(1.0, Some(f64::INFINITY), 1.0, 1.0)),
        error_at(ErrorCode::NotFinite, "sd")
    );
    assert_eq!(
        error_of(rate(1.0, None, 0.0, 1.0)),
        error_at(ErrorCode::NotPositive, "from_period")
    );
    assert_eq!(
        error_of(rate(1.0, None, 1.0, -1.0)),
        error_at(ErrorCode::NotPositive, "to_period")
    );
    assert_eq!(
        error_of(rate(1.0, None, 1e-300, 1e300)),
        error_at(ErrorCode::NumericRange, "")
    );
    assert_eq!(
        error_of(rate(1e300, None, 1.0, 1e10)),
        error_at(ErrorCode::NumericRange, "")
    );
}

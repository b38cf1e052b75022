//! The change of figures between two scenarios (`scenario_changes`), which the site's
//! "compare" view shows next to both results.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{TEXTBOOK, error_at, failure};
use opscalc::ErrorCode;
use opscalc::stats::{MAX_FIGURES, scenario_changes};

/// Heizer & Render's Sharp, Inc. EOQ (D = 1,000, S = $10, H = $0.50: Q* = 200, TC = $100)
/// against the same item at twice the ordering cost (Q* = 282.84, TC = $141.42): Q* and TC
/// both grow by √2 − 1 = 41.42 %.
#[test]
fn sharp_inc_ordering_cost_doubled() {
    let before = [200.0, 100.0];
    let after = [2.0_f64.sqrt() * 200.0, 2.0_f64.sqrt() * 100.0];
    let changes = scenario_changes(&before, &after).unwrap();
    assert_relative_eq!(changes[0].difference, 82.842_712_474_619, epsilon = 1e-9);
    assert_relative_eq!(changes[1].difference, 41.421_356_237_309_5, epsilon = 1e-9);
    for change in &changes {
        assert_relative_eq!(
            change.relative.unwrap(),
            2.0_f64.sqrt() - 1.0,
            max_relative = TEXTBOOK
        );
    }
}

/// A loss that shrinks is a gain: −100 to −50 is +50 %, the sign of the difference.
#[test]
fn relative_change_of_a_negative_figure_keeps_the_sign_of_the_difference() {
    let changes = scenario_changes(&[-100.0, 80.0], &[-50.0, 60.0]).unwrap();
    assert_eq!(changes[0].relative, Some(0.5));
    assert_eq!(changes[1].relative, Some(-0.25));
    assert_eq!(changes[1].difference, -20.0);
}

/// No relative change from zero, where it has no meaning; the difference is still given.
#[test]
fn no_relative_change_from_zero() {
    let changes = scenario_changes(&[0.0, 0.0], &[5.0, 0.0]).unwrap();
    assert_eq!((changes[0].difference, changes[0].relative), (5.0, None));
    assert_eq!((changes[1].difference, changes[1].relative), (0.0, None));
}

#[test]
fn errors_name_the_figure() {
    assert_eq!(
        failure(scenario_changes(&[], &[])),
        error_at(ErrorCode::OutOfRange, "before")
    );
    assert_eq!(
        failure(scenario_changes(&[1.0, 2.0], &[1.0])),
        error_at(ErrorCode::ConflictingFields, "after")
    );
    assert_eq!(
        failure(scenario_changes(&[1.0, f64::NAN], &[1.0, 2.0])),
        error_at(ErrorCode::NotFinite, "before[1]")
    );
    assert_eq!(
        failure(scenario_changes(&[1.0, 2.0], &[1.0, f64::INFINITY])),
        error_at(ErrorCode::NotFinite, "after[1]")
    );
    let many = vec![1.0; MAX_FIGURES as usize + 1];
    assert_eq!(
        failure(scenario_changes(&many, &many)),
        error_at(ErrorCode::TooLarge, "before")
    );
}

/// Found by fuzzing the JS API: finite figures far apart in magnitude gave a relative
/// change of Infinity. An overflowing change is an error on the figure's `after`.
#[test]
fn a_change_beyond_f64_is_a_numeric_range_error_naming_the_figure() {
    let tiny = f64::from_bits(1);
    for (before, after) in [(tiny, 1.0), (1e-200, 1e200), (-f64::MAX, f64::MAX)] {
        assert_eq!(
            failure(scenario_changes(&[1.0, before], &[2.0, after])),
            error_at(ErrorCode::NumericRange, "after[1]"),
            "{before} → {after}"
        );
    }
    // Large but within range.
    let change = scenario_changes(&[1e300], &[-1e300]).unwrap();
    assert_eq!(
        (change[0].difference, change[0].relative),
        (-2e300, Some(-2.0))
    );
}

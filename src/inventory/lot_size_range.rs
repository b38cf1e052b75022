//! The lot sizes a cost curve is evaluated at: evenly spaced, around the optimum unless
//! the caller says otherwise. Shared by every lot-size model's curve.

use crate::error::{Error, ErrorCode};
use crate::validate::positive_if_given;

/// Points sampled when a curve's `points` is not given.
pub const DEFAULT_CURVE_POINTS: u32 = 101;
/// The most points one curve may have.
pub const MAX_CURVE_POINTS: u32 = 10_000;

/// A lot-size model and the lot sizes at which its cost curve is evaluated: `points`
/// evenly spaced quantities from `min_quantity` to `max_quantity`, both included. Every
/// lot-size model's cost curve takes one: [`EoqCostCurveInput`](crate::inventory::EoqCostCurveInput)
/// is `CostCurveInput<EoqInput>`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CostCurveInput<M> {
    /// The model; errors in it are reported under `model` (`model.demand`).
    pub model: M,
    /// Smallest lot size, units; default `Q* / 5` (or half of `max_quantity` if that is
    /// smaller), unless the model's curve function documents another. Field `min_quantity`.
    pub min_quantity: Option<f64>,
    /// Largest lot size, units; default `3 Q*` (or twice `min_quantity` if that is
    /// larger), unless the model's curve function documents another. Field `max_quantity`.
    pub max_quantity: Option<f64>,
    /// Number of points, 2 to [`MAX_CURVE_POINTS`]; default [`DEFAULT_CURVE_POINTS`].
    /// Field `points`.
    pub points: Option<u32>,
}

impl<M> CostCurveInput<M> {
    /// The default curve around the optimum of `model`.
    pub fn new(model: M) -> Self {
        CostCurveInput {
            model,
            min_quantity: None,
            max_quantity: None,
            points: None,
        }
    }

    /// The same lot sizes for another model: a model whose costs are those of an
    /// equivalent model evaluates its curve through that model's.
    pub(crate) fn with_model<N>(&self, model: N) -> CostCurveInput<N> {
        CostCurveInput {
            model,
            min_quantity: self.min_quantity,
            max_quantity: self.max_quantity,
            points: self.points,
        }
    }
}

/// `points` evenly spaced lot sizes from `min` to `max`, both included.
///
/// Defaults: `min = Q*/5` (or half of a given `max`, if smaller), `max = 3 Q*` (or
/// twice a given `min`, if larger), `points =` [`DEFAULT_CURVE_POINTS`].
///
/// # Errors
/// `not_finite` / `not_positive` naming `min_quantity` or `max_quantity`;
/// `out_of_range` naming `max_quantity` when it is not above `min_quantity`, or
/// `points` below 2; `too_large` naming `points` above [`MAX_CURVE_POINTS`].
pub(crate) fn lot_sizes(
    optimal_quantity: f64,
    min_quantity: Option<f64>,
    max_quantity: Option<f64>,
    points: Option<u32>,
) -> Result<Vec<f64>, Error> {
    lot_sizes_between(
        (optimal_quantity / 5.0, optimal_quantity * 3.0),
        min_quantity,
        max_quantity,
        points,
    )
}

/// [`lot_sizes`] with the caller's default range `(min, max)` in place of
/// `(Q*/5, 3 Q*)`, for models whose interesting quantities are not all near one
/// optimum (a discount schedule's price breaks, say). A given `max` below the default
/// `min` lowers the minimum to half of it; a given `min` above the default `max` raises
/// the maximum to twice it.
///
/// # Errors
/// As [`lot_sizes`].
pub(crate) fn lot_sizes_between(
    (default_min, default_max): (f64, f64),
    min_quantity: Option<f64>,
    max_quantity: Option<f64>,
    points: Option<u32>,
) -> Result<Vec<f64>, Error> {
    let points = match points.unwrap_or(DEFAULT_CURVE_POINTS) {
        0..2 => {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                "points",
                "must be at least 2",
            ));
        }
        points if points > MAX_CURVE_POINTS => {
            let message = format!("must be at most {MAX_CURVE_POINTS}");
            return Err(Error::new(ErrorCode::TooLarge, "points", message));
        }
        points => points,
    };
    let given_min = positive_if_given("min_quantity", min_quantity)?;
    let given_max = positive_if_given("max_quantity", max_quantity)?;
    let min = given_min
        .unwrap_or_else(|| given_max.map_or(default_min, |max| default_min.min(max / 2.0)));
    let max = given_max
        .unwrap_or_else(|| given_min.map_or(default_max, |min| default_max.max(min * 2.0)));
    if max <= min {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "max_quantity",
            "must be greater than min_quantity",
        ));
    }
    let step = (max - min) / f64::from(points - 1);
    Ok((0..points)
        .map(|index| {
            // The last point is `max` exactly, not `min + (points − 1) × step` rounded.
            if index + 1 == points {
                max
            } else {
                min + step * f64::from(index)
            }
        })
        .collect())
}

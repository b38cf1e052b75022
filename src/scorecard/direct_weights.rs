//! Direct weights: numbers given by the user, normalised to sum to 1.

use crate::validate::{finite, list_length, non_negative};
use crate::{Error, ErrorCode};

/// The most entries a list of weights may have.
pub const MAX_WEIGHTS: u32 = 10_000;

/// Weights given as any non-negative numbers (points, percentages), normalised to sum
/// to 1.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DirectWeights {
    /// wᵢ = vᵢ / Σv, in the order given; they sum to 1.
    pub weights: Vec<f64>,
    /// Σv, the sum of the numbers given.
    pub total: f64,
}

/// Normalises weights given directly: wᵢ = vᵢ / Σv.
///
/// # Errors
/// - `out_of_range` naming `values` when the list is empty, `too_large` when it has more
///   than [`MAX_WEIGHTS`] entries;
/// - `not_finite` / `negative` naming `values[i]`;
/// - `not_positive` naming `values` when every value is zero.
///
/// # Examples
/// Points 50, 30 and 20 are weights 0.5, 0.3 and 0.2.
/// ```
/// use opscalc::scorecard::direct_weights;
/// let result = direct_weights(&[50.0, 30.0, 20.0])?;
/// assert_eq!(result.weights, [0.5, 0.3, 0.2]);
/// assert_eq!(result.total, 100.0);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn direct_weights(values: &[f64]) -> Result<DirectWeights, Error> {
    list_length("values", values.len(), MAX_WEIGHTS)?;
    let (weights, total) = normalise_weights(values, "values")?;
    Ok(DirectWeights { weights, total })
}

/// Checks that each weight is finite and not negative and that they do not all vanish,
/// then divides each by their sum. Errors name `{list}[i]` for one weight and `list`
/// for the whole list; the caller places them (`perspectives[1].weight`: call with
/// the weights of one level and map the field). Returns the weights and their sum.
pub(crate) fn normalise_weights(values: &[f64], list: &str) -> Result<(Vec<f64>, f64), Error> {
    let mut total = 0.0;
    for (index, &value) in values.iter().enumerate() {
        let field = format!("{list}[{index}]");
        non_negative(&field, finite(&field, value)?)?;
        total += value;
    }
    if total <= 0.0 {
        return Err(Error::new(
            ErrorCode::NotPositive,
            list,
            "must have at least one weight above zero",
        ));
    }
    if !total.is_finite() {
        return Err(Error::new(
            ErrorCode::NumericRange,
            list,
            "add up to more than a 64-bit float can hold",
        ));
    }
    Ok((values.iter().map(|value| value / total).collect(), total))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn errors_name_the_entry_or_the_list() {
        let error = direct_weights(&[1.0, -1.0]).unwrap_err();
        assert_eq!(
            (error.code(), error.field()),
            (ErrorCode::Negative, "values[1]")
        );
        let error = direct_weights(&[0.0, 0.0]).unwrap_err();
        assert_eq!(
            (error.code(), error.field()),
            (ErrorCode::NotPositive, "values")
        );
        let error = direct_weights(&[]).unwrap_err();
        assert_eq!(
            (error.code(), error.field()),
            (ErrorCode::OutOfRange, "values")
        );
        let error = direct_weights(&[f64::MAX, f64::MAX]).unwrap_err();
        assert_eq!(error.code(), ErrorCode::NumericRange);
    }
}

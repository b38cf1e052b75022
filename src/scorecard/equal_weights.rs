//! Equal weights: every criterion counts the same, `wᵢ = 1/n`.

use super::MAX_WEIGHTS;
use super::direct_weights::normalise_weights;
use crate::Error;
use crate::validate::list_length;

/// Weights that are all the same.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct EqualWeights {
    /// `wᵢ = 1/n` for each of the `n` criteria; they sum to 1.
    pub weights: Vec<f64>,
}

/// Equal weights for `count` criteria: `wᵢ = 1/n`. The weighting to compare any other
/// method against (Dawes & Corrigan 1974, "Linear models in decision making").
///
/// # Errors
/// `out_of_range` naming `count` when it is 0; `too_large` when it is above
/// [`MAX_WEIGHTS`].
///
/// # Examples
/// ```
/// use opscalc::scorecard::equal_weights;
/// assert_eq!(equal_weights(4)?.weights, [0.25; 4]);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn equal_weights(count: u32) -> Result<EqualWeights, Error> {
    let length = usize::try_from(count).unwrap_or(usize::MAX);
    list_length("count", length, MAX_WEIGHTS)?;
    let (weights, _) = normalise_weights(&vec![1.0; length], "count")?;
    Ok(EqualWeights { weights })
}

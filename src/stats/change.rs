//! The change from one scenario's figures to another's: what a what-if comparison shows.

use crate::validate::{list_length, representable};
use crate::{Error, ErrorCode};

/// Most figures one comparison takes.
pub const MAX_FIGURES: u32 = 10_000;

/// The change of one figure from scenario A (`before`) to scenario B (`after`).
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct Change {
    /// after − before, in the figure's unit.
    pub difference: f64,
    /// (after − before) / |before|, a fraction (0.1 = 10 % more); `None` when before is 0.
    pub relative: Option<f64>,
}

/// The change of each figure from `before` (scenario A) to `after` (scenario B):
/// difference = B − A and relative change = (B − A) / |A|.
///
/// Dividing by |A| keeps the sign of the relative change that of the difference, so a
/// loss of −100 becoming −50 is +50 %, an improvement, as a reader expects.
///
/// # Errors
/// - `out_of_range` on `before` when it is empty; `too_large` beyond [`MAX_FIGURES`].
/// - `conflicting_fields` on `after` when the two lists differ in length.
/// - `not_finite` on `before[i]` or `after[i]` for NaN or an infinity.
/// - `numeric_range` on `after[i]` when the difference or the relative change overflows
///   `f64` (1e200 after 1e-200 is a change of 1e400).
///
/// # Examples
/// ```
/// use opscalc::stats::scenario_changes;
/// let changes = scenario_changes(&[200.0, -100.0, 0.0], &[250.0, -50.0, 3.0])?;
/// assert_eq!(changes[0].difference, 50.0);
/// assert_eq!(changes[0].relative, Some(0.25));
/// assert_eq!(changes[1].relative, Some(0.5));
/// assert_eq!(changes[2].relative, None);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn scenario_changes(before: &[f64], after: &[f64]) -> Result<Vec<Change>, Error> {
    list_length("before", before.len(), MAX_FIGURES)?;
    if after.len() != before.len() {
        return Err(Error::new(
            ErrorCode::ConflictingFields,
            "after",
            "must have as many figures as before",
        ));
    }
    before
        .iter()
        .zip(after)
        .enumerate()
        .map(|(index, (&a, &b))| {
            for (list, value) in [("before", a), ("after", b)] {
                if !value.is_finite() {
                    let field = format!("{list}[{index}]");
                    return Err(Error::new(
                        ErrorCode::NotFinite,
                        field,
                        "must be a finite number",
                    ));
                }
            }
            // Finite figures far apart in magnitude can still overflow either change.
            let in_after = |error: Error| error.within(&format!("after[{index}]"));
            let difference = representable(b - a, false).map_err(in_after)?;
            let relative = (a != 0.0)
                .then(|| representable(difference / a.abs(), false).map_err(in_after))
                .transpose()?;
            Ok(Change {
                difference,
                relative,
            })
        })
        .collect()
}

//! The rating scale people are rated on: 1 to 5 unless given otherwise.

use crate::validate::finite;
use crate::{Error, ErrorCode};

/// The widest scale accepted, max − min.
pub const MAX_SCALE_SPAN: f64 = 1000.0;

/// A closed rating scale `[min, max]`, such as 1 to 5 or 0 to 10.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct RatingScale {
    /// The lowest rating.
    pub min: f64,
    /// The highest rating.
    pub max: f64,
}

impl Default for RatingScale {
    /// The common 1-to-5 scale.
    fn default() -> Self {
        RatingScale { min: 1.0, max: 5.0 }
    }
}

impl RatingScale {
    /// A scale from `min` to `max`.
    ///
    /// # Errors
    /// `not_finite` naming `scale.min` or `scale.max`; `out_of_range` naming `scale.max`
    /// when it is not above `min`, or `scale` when the span exceeds [`MAX_SCALE_SPAN`].
    ///
    /// # Examples
    /// ```
    /// use opscalc::people::RatingScale;
    /// let scale = RatingScale::new(1.0, 5.0)?;
    /// assert_eq!(scale.span(), 4.0);
    /// assert!(RatingScale::new(5.0, 1.0).is_err());
    /// # Ok::<(), opscalc::Error>(())
    /// ```
    pub fn new(min: f64, max: f64) -> Result<Self, Error> {
        let min = finite("scale.min", min)?;
        let max = finite("scale.max", max)?;
        if max <= min {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                "scale.max",
                "must be above the scale's minimum",
            ));
        }
        if max - min > MAX_SCALE_SPAN {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                "scale",
                "must span at most 1000 points",
            ));
        }
        Ok(RatingScale { min, max })
    }

    /// `max − min`.
    pub fn span(&self) -> f64 {
        self.max - self.min
    }

    /// Checks that a rating lies on the scale.
    ///
    /// # Errors
    /// `not_finite` or `out_of_range` naming `field`.
    ///
    /// # Examples
    /// ```
    /// use opscalc::people::RatingScale;
    /// let scale = RatingScale::default();
    /// assert_eq!(scale.check("ratings[0]", 4.5)?, 4.5);
    /// assert_eq!(scale.check("ratings[0]", 6.0).unwrap_err().field(), "ratings[0]");
    /// # Ok::<(), opscalc::Error>(())
    /// ```
    pub fn check(&self, field: &str, rating: f64) -> Result<f64, Error> {
        let rating = finite(field, rating)?;
        if rating < self.min || rating > self.max {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                field,
                "must lie on the rating scale",
            ));
        }
        Ok(rating)
    }

    /// The rating clamped to the scale (NaN stays NaN: validate first).
    ///
    /// # Examples
    /// ```
    /// use opscalc::people::RatingScale;
    /// assert_eq!(RatingScale::default().clamp(5.7), 5.0);
    /// ```
    pub fn clamp(&self, rating: f64) -> f64 {
        rating.max(self.min).min(self.max)
    }
}

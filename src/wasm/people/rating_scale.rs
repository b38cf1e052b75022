//! The rating scale option shared by the people functions, and the summary of a set of
//! ratings they return.

use crate::Error;
use crate::people::{RatingScale, RatingStats};
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;

/// A closed rating scale: `{ min: 1, max: 5 }` unless given.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct RatingScaleOptions {
    /// The lowest rating.
    pub min: f64,
    /// The highest rating, above `min`, at most 1000 points above it.
    pub max: f64,
}

from_js!(RatingScaleOptions { min, max });

/// The scale given, or 1 to 5.
pub(crate) fn scale_or_default(scale: Option<RatingScaleOptions>) -> Result<RatingScale, Error> {
    scale.map_or(Ok(RatingScale::default()), |scale| {
        RatingScale::new(scale.min, scale.max)
    })
}

/// Count, mean, population standard deviation and range of a set of ratings, in rating
/// points.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct RatingStatsResult {
    /// How many ratings, 1 or more.
    pub count: u32,
    /// Their mean.
    pub mean: f64,
    /// Their population standard deviation √(Σ (x − mean)² / n): 0 for one rating.
    pub sd: f64,
    /// The lowest rating.
    pub min: f64,
    /// The highest rating.
    pub max: f64,
}

to_js!(RatingStatsResult {
    count,
    mean,
    sd,
    min,
    max
});

impl From<RatingStats> for RatingStatsResult {
    fn from(stats: RatingStats) -> Self {
        RatingStatsResult {
            count: stats.count,
            mean: stats.mean,
            sd: stats.sd,
            min: stats.min,
            max: stats.max,
        }
    }
}

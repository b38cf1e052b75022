//! JS mirror of the rating scale, shared by the people functions that take a `scale`.

use crate::Error;
use crate::people::RatingScale;
use crate::wasm::from_js::from_js;
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

/// The scale from optional options: 1 to 5 when absent.
pub(crate) fn rating_scale(options: Option<RatingScaleOptions>) -> Result<RatingScale, Error> {
    options.map_or_else(
        || Ok(RatingScale::default()),
        |scale| RatingScale::new(scale.min, scale.max),
    )
}

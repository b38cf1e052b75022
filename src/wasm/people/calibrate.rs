//! JS mirror of the calibration of ratings across managers. No formulas: it converts
//! the options to the core input, calls the core, and converts the result.

use super::rating_scale::{RatingScaleOptions, scale_or_default};
use crate::Error;
use crate::people::{self, CalibrationMethod};
use crate::wasm::boundary::call;
use crate::wasm::choice::js_choice;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// One employee's rating by their manager.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CalibrationRatingOptions {
    /// The employee, unique, not empty.
    pub employee: String,
    /// The manager who rated them, not empty.
    pub manager: String,
    /// The rating, on the scale.
    pub score: f64,
}

from_js!(CalibrationRatingOptions {
    employee,
    manager,
    score
});

/// How ratings are moved: `"zScore"` (each manager's mean and spread become the
/// population's: μ + σ (x − mean_m) / sd_m), `"meanShift"` (x − mean_m + μ) or
/// `"none"`.
#[derive(Clone, Copy, Tsify)]
#[serde(rename_all = "camelCase")]
pub enum CalibrationMethodChoice {
    /// μ + σ × z.
    ZScore,
    /// x − mean_m + μ.
    MeanShift,
    /// The ratings as given.
    None,
}

js_choice!(CalibrationMethodChoice {
    ZScore = "zScore",
    MeanShift = "meanShift",
    None = "none",
});

impl From<CalibrationMethodChoice> for CalibrationMethod {
    fn from(method: CalibrationMethodChoice) -> Self {
        match method {
            CalibrationMethodChoice::ZScore => CalibrationMethod::ZScore,
            CalibrationMethodChoice::MeanShift => CalibrationMethod::MeanShift,
            CalibrationMethodChoice::None => CalibrationMethod::None,
        }
    }
}

impl From<CalibrationMethod> for CalibrationMethodChoice {
    fn from(method: CalibrationMethod) -> Self {
        match method {
            CalibrationMethod::ZScore => CalibrationMethodChoice::ZScore,
            CalibrationMethod::MeanShift => CalibrationMethodChoice::MeanShift,
            CalibrationMethod::None => CalibrationMethodChoice::None,
        }
    }
}

/// A band of the rating distribution and the share the guideline expects in it.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct GuidelineBandOptions {
    /// The band's name, unique, not empty.
    pub label: String,
    /// The band takes the scores below this (exclusive) not in an earlier band; required
    /// on every band but the last, which takes the rest and has none.
    #[tsify(optional)]
    pub up_to: Option<f64>,
    /// The share of employees expected, 0 to 1; the shares add up to 1.
    pub share: f64,
}

from_js!(GuidelineBandOptions {
    label,
    up_to,
    share
});

/// The guideline distribution.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CalibrationGuidelineOptions {
    /// 1 to 20 bands, lowest scores first.
    pub bands: Vec<GuidelineBandOptions>,
}

from_js!(CalibrationGuidelineOptions { bands });

/// Options of {@link calibrate}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CalibrateOptions {
    /// 1 to 10 000 ratings.
    pub ratings: Vec<CalibrationRatingOptions>,
    /// `"zScore"` by default.
    #[tsify(optional)]
    pub method: Option<CalibrationMethodChoice>,
    /// The rating scale: 1 to 5 by default. Calibrated ratings are clamped to it.
    #[tsify(optional)]
    pub scale: Option<RatingScaleOptions>,
    /// The bands and expected shares. By default five bands around five equally spaced
    /// points of the scale (1, 2, 3, 4, 5 on 1 to 5; a score goes to the nearest, halves
    /// up) expecting 10 %, 20 %, 40 %, 20 %, 10 %.
    #[tsify(optional)]
    pub guideline: Option<CalibrationGuidelineOptions>,
}

from_js!(CalibrateOptions {
    ratings,
    method,
    scale,
    guideline
});

impl TryFrom<CalibrateOptions> for people::CalibrateInput {
    type Error = Error;

    fn try_from(options: CalibrateOptions) -> Result<Self, Error> {
        let ratings = options
            .ratings
            .into_iter()
            .map(|r| people::CalibrationRating::new(r.employee, r.manager, r.score))
            .collect();
        let mut input = people::CalibrateInput::new(ratings);
        input.method = options.method.map(Into::into).unwrap_or_default();
        input.scale = scale_or_default(options.scale)?;
        input.guideline = options.guideline.map(|guideline| {
            guideline
                .bands
                .into_iter()
                .map(|band| people::GuidelineBand::new(band.label, band.up_to, band.share))
                .collect()
        });
        Ok(input)
    }
}

/// One rating, calibrated.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CalibratedRatingResult {
    /// The employee.
    pub employee: String,
    /// The manager.
    pub manager: String,
    /// The rating as given.
    pub score: f64,
    /// The calibrated rating, clamped to the scale.
    pub calibrated: f64,
    /// With `"zScore"`: (score − manager's mean) / manager's sd, 0 when the manager's
    /// ratings do not vary (a single rating).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub z: Option<f64>,
}

to_js!(CalibratedRatingResult {
    employee,
    manager,
    score,
    calibrated,
    z
});

/// One manager's ratings as given.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CalibrationManagerResult {
    /// The manager.
    pub manager: String,
    /// How many ratings they gave.
    pub count: u32,
    /// Their mean.
    pub mean: f64,
    /// Their population standard deviation.
    pub sd: f64,
    /// Their lowest rating.
    pub min: f64,
    /// Their highest rating.
    pub max: f64,
}

to_js!(CalibrationManagerResult {
    manager,
    count,
    mean,
    sd,
    min,
    max
});

/// One band of a distribution against the guideline.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CalibrationBandResult {
    /// The band's label.
    pub label: String,
    /// The upper end (exclusive); absent on the last band.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub up_to: Option<f64>,
    /// How many ratings fall in it.
    pub count: u32,
    /// count / number of ratings.
    pub share: f64,
    /// The guideline's share.
    pub guideline: f64,
    /// share − guideline: positive when the band has too many.
    pub difference: f64,
}

to_js!(CalibrationBandResult {
    label,
    up_to,
    count,
    share,
    guideline,
    difference
});

/// Result of {@link calibrate}. Ratings are in points of the scale, shares fractions.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CalibrateResult {
    /// Every rating, in input order.
    pub ratings: Vec<CalibratedRatingResult>,
    /// Each manager, in order of first rating.
    pub managers: Vec<CalibrationManagerResult>,
    /// The population mean μ of the ratings as given.
    pub mean: f64,
    /// Their population standard deviation σ.
    pub sd: f64,
    /// The method used.
    pub method: CalibrationMethodChoice,
    /// The ratings as given over the bands.
    pub before: Vec<CalibrationBandResult>,
    /// The calibrated ratings over the bands.
    pub after: Vec<CalibrationBandResult>,
}

to_js!(CalibrateResult {
    ratings,
    managers,
    mean,
    sd,
    method,
    before,
    after
});

fn bands(bands: Vec<people::BandShare>) -> Vec<CalibrationBandResult> {
    bands
        .into_iter()
        .map(|band| CalibrationBandResult {
            label: band.label,
            up_to: band.up_to,
            count: band.count,
            share: band.share,
            guideline: band.guideline,
            difference: band.difference,
        })
        .collect()
}

impl From<people::Calibration> for CalibrateResult {
    fn from(result: people::Calibration) -> Self {
        CalibrateResult {
            ratings: result
                .ratings
                .into_iter()
                .map(|r| CalibratedRatingResult {
                    employee: r.employee,
                    manager: r.manager,
                    score: r.score,
                    calibrated: r.calibrated,
                    z: r.z,
                })
                .collect(),
            managers: result
                .managers
                .into_iter()
                .map(|m| CalibrationManagerResult {
                    manager: m.manager,
                    count: m.stats.count,
                    mean: m.stats.mean,
                    sd: m.stats.sd,
                    min: m.stats.min,
                    max: m.stats.max,
                })
                .collect(),
            mean: result.mean,
            sd: result.sd,
            method: result.method.into(),
            before: bands(result.before),
            after: bands(result.after),
        }
    }
}

/// Calibrates ratings across managers, so a lenient and a strict manager rate alike:
/// `"zScore"` gives each manager's ratings the population's mean and spread
/// (μ + σ (x − mean_m) / sd_m; a manager whose ratings do not vary gets μ),
/// `"meanShift"` only the mean (x − mean_m + μ); results are clamped to the scale. μ
/// and σ are the population mean and standard deviation of all ratings. Returns the
/// ratings in input order, each manager's statistics, and the distribution over the
/// bands before and after against the guideline.
///
/// Throws an {@link OpscalcError} naming the field for invalid options
/// (`ratings[3].employee` for a repeated employee, `guideline.bands` when the shares do
/// not add up to 1).
#[wasm_bindgen(js_name = calibrate, unchecked_return_type = "CalibrateResult")]
pub fn calibrate(
    #[wasm_bindgen(unchecked_param_type = "CalibrateOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: CalibrateOptions| {
        let input = people::CalibrateInput::try_from(options)?;
        people::calibrate(&input).map(CalibrateResult::from)
    })
}

//! Calibration of ratings across managers: each manager's ratings moved onto the
//! population's mean (and spread), so a lenient and a strict manager rate alike, with
//! the distribution over rating bands before and after against a guideline.

use super::rating_scale::RatingScale;
use super::rating_stats::RatingStats;
use crate::validate::{IdMap, UniqueIds, finite, list_length, non_negative, not_empty};
use crate::{Error, ErrorCode};

/// The most ratings one calibration may have.
pub const MAX_CALIBRATION_RATINGS: u32 = 10_000;
/// The most bands a guideline may have.
pub const MAX_GUIDELINE_BANDS: u32 = 20;
/// The default guideline's shares, lowest band first: 10 %, 20 %, 40 %, 20 %, 10 %.
pub const DEFAULT_GUIDELINE_SHARES: [f64; 5] = [0.1, 0.2, 0.4, 0.2, 0.1];
/// How far the guideline's shares may add up from 1.
pub const SHARE_SUM_TOLERANCE: f64 = 1e-9;

/// One employee's rating by their manager.
#[derive(Debug, Clone, PartialEq)]
pub struct CalibrationRating {
    /// The employee, unique, not empty. Field `employee`.
    pub employee: String,
    /// The manager who gave the rating, not empty. Field `manager`.
    pub manager: String,
    /// The rating, on the scale. Field `score`.
    pub score: f64,
}

impl CalibrationRating {
    /// `employee`'s rating `score` by `manager`.
    pub fn new(employee: impl Into<String>, manager: impl Into<String>, score: f64) -> Self {
        CalibrationRating {
            employee: employee.into(),
            manager: manager.into(),
            score,
        }
    }
}

/// How ratings are moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CalibrationMethod {
    /// `μ + z σ` with `z = (x − x̄_m) / σ_m`: each manager's mean and spread become the
    /// population's. The default.
    #[default]
    ZScore,
    /// `x − x̄_m + μ`: each manager's mean becomes the population's, the spread stays.
    MeanShift,
    /// The ratings as given (to see the distribution against the guideline).
    None,
}

/// A band of the rating distribution: the scores below `up_to` (and not in an earlier
/// band), and the share of employees the guideline expects in it.
#[derive(Debug, Clone, PartialEq)]
pub struct GuidelineBand {
    /// The band's name, not empty, unique. Field `label`.
    pub label: String,
    /// The band takes scores below this (exclusive); `None` for the last band, which
    /// takes every score left. Field `up_to`.
    pub up_to: Option<f64>,
    /// The share of employees expected in the band, 0 to 1; the shares add up to 1.
    /// Field `share`.
    pub share: f64,
}

impl GuidelineBand {
    /// A band of scores below `up_to` expecting `share` of the employees.
    pub fn new(label: impl Into<String>, up_to: Option<f64>, share: f64) -> Self {
        GuidelineBand {
            label: label.into(),
            up_to,
            share,
        }
    }
}

/// Inputs of [`calibrate`].
#[derive(Debug, Clone, PartialEq)]
pub struct CalibrateInput {
    /// 1 to [`MAX_CALIBRATION_RATINGS`] ratings. Field `ratings`.
    pub ratings: Vec<CalibrationRating>,
    /// The method. Field `method`.
    pub method: CalibrationMethod,
    /// The rating scale. Field `scale`.
    pub scale: RatingScale,
    /// The bands and the guideline's shares; `None` for five bands around five
    /// equally spaced points of the scale (1, 2, 3, 4, 5 on 1 to 5, a score going to
    /// the nearest, halves up) expecting [`DEFAULT_GUIDELINE_SHARES`]. Field
    /// `guideline.bands`.
    pub guideline: Option<Vec<GuidelineBand>>,
}

impl CalibrateInput {
    /// A z-score calibration on a 1-to-5 scale against the default guideline.
    pub fn new(ratings: Vec<CalibrationRating>) -> Self {
        CalibrateInput {
            ratings,
            method: CalibrationMethod::ZScore,
            scale: RatingScale::default(),
            guideline: None,
        }
    }
}

/// One rating, calibrated.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CalibratedRating {
    /// The employee.
    pub employee: String,
    /// The manager.
    pub manager: String,
    /// The rating as given.
    pub score: f64,
    /// The calibrated rating, clamped to the scale.
    pub calibrated: f64,
    /// With [`CalibrationMethod::ZScore`], `(x − x̄_m) / σ_m` (0 when the manager's σ is
    /// 0, as for a single rating); else `None`.
    pub z: Option<f64>,
}

/// One manager's ratings as given.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ManagerSummary {
    /// The manager.
    pub manager: String,
    /// Count, mean, population σ and range of their ratings.
    pub stats: RatingStats,
}

/// One band of a distribution against the guideline.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BandShare {
    /// The band's label.
    pub label: String,
    /// The upper end of the band (exclusive), `None` for the last.
    pub up_to: Option<f64>,
    /// How many ratings fall in it.
    pub count: u32,
    /// `count / n`.
    pub share: f64,
    /// The guideline's share.
    pub guideline: f64,
    /// `share − guideline`: positive when the band has too many.
    pub difference: f64,
}

/// The result of [`calibrate`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Calibration {
    /// Every rating, in input order.
    pub ratings: Vec<CalibratedRating>,
    /// Each manager, in order of first rating.
    pub managers: Vec<ManagerSummary>,
    /// The population mean μ of the ratings as given.
    pub mean: f64,
    /// The population standard deviation σ of the ratings as given.
    pub sd: f64,
    /// The method used.
    pub method: CalibrationMethod,
    /// The ratings as given over the bands.
    pub before: Vec<BandShare>,
    /// The calibrated ratings over the bands.
    pub after: Vec<BandShare>,
}

/// Calibrates ratings across managers.
///
/// With μ and σ the mean and **population** standard deviation of all the ratings
/// (`σ = √(Σ (x − μ)² / n)`), and x̄_m, σ_m those of manager m's ratings:
///
/// - z-score: `z = (x − x̄_m) / σ_m`, calibrated `μ + z σ`. A manager whose ratings do
///   not vary (σ_m = 0, as with a single rating) gives no information on spread: z = 0
///   and every rating becomes μ;
/// - mean shift: `x − x̄_m + μ`;
/// - none: `x`.
///
/// Calibrated ratings are clamped to the scale. Both methods keep each manager's rank
/// order, and a manager whose ratings are another's shifted by a constant gets the
/// same calibrated ratings. The distribution over the bands (count, share, guideline
/// share, difference) is shown before and after.
///
/// Units: rating points of the scale; shares are fractions.
///
/// # Errors
/// - `out_of_range` naming `ratings` when empty, `too_large` when longer than
///   [`MAX_CALIBRATION_RATINGS`];
/// - `invalid_input` naming `ratings[i].employee` when empty, `duplicate_id` when an
///   earlier rating is of the same employee; `invalid_input` naming
///   `ratings[i].manager` when empty; `not_finite` / `out_of_range` naming
///   `ratings[i].score` off the scale;
/// - for a guideline: `out_of_range` naming `guideline.bands` when empty, `too_large`
///   above [`MAX_GUIDELINE_BANDS`]; `invalid_input` / `duplicate_id` naming
///   `guideline.bands[i].label`; `missing_field` naming `guideline.bands[i].up_to` on
///   a band but the last, `conflicting_fields` on the last; `not_finite` naming it, or
///   `out_of_range` when not above the band before's; `not_finite` / `negative` naming
///   `guideline.bands[i].share`; `out_of_range` naming `guideline.bands` when the shares
///   do not add up to 1 (within [`SHARE_SUM_TOLERANCE`]).
///
/// # Examples
/// Hand-computed: manager A rates 4 and 5, manager B 2 and 3. μ = 3.5, σ = √1.25;
/// A's mean is 4.5, σ_A = 0.5. Mean shift moves A's 5 to 5 − 4.5 + 3.5 = 4; z-score
/// to 3.5 + 1 × √1.25 ≈ 4.618.
/// ```
/// use opscalc::people::{CalibrateInput, CalibrationMethod, CalibrationRating, calibrate};
/// let mut input = CalibrateInput::new(vec![
///     CalibrationRating::new("ann", "A", 4.0),
///     CalibrationRating::new("bob", "A", 5.0),
///     CalibrationRating::new("cat", "B", 2.0),
///     CalibrationRating::new("dan", "B", 3.0),
/// ]);
/// let z = calibrate(&input)?;
/// assert!((z.ratings[1].calibrated - (3.5 + 1.25_f64.sqrt())).abs() < 1e-12);
/// input.method = CalibrationMethod::MeanShift;
/// let shifted = calibrate(&input)?;
/// assert_eq!(shifted.ratings[1].calibrated, 4.0);
/// assert_eq!(shifted.ratings[3].calibrated, 4.0);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn calibrate(input: &CalibrateInput) -> Result<Calibration, Error> {
    let bands = validate(input)?;
    let scores: Vec<f64> = input.ratings.iter().map(|rating| rating.score).collect();
    let Some(population) = RatingStats::of(&scores) else {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "ratings",
            "must not be empty",
        ));
    };

    // Each manager's ratings, in order of first rating.
    let mut manager_of = IdMap::default();
    let mut by_manager: Vec<(&str, Vec<f64>)> = Vec::new();
    let mut manager_index = Vec::with_capacity(input.ratings.len());
    for rating in &input.ratings {
        let m = manager_of
            .first_or_insert(&rating.manager, by_manager.len())
            .unwrap_or_else(|| {
                by_manager.push((rating.manager.as_str(), Vec::new()));
                by_manager.len() - 1
            });
        if let Some((_, scores)) = by_manager.get_mut(m) {
            scores.push(rating.score);
        }
        manager_index.push(m);
    }
    let managers: Vec<ManagerSummary> = by_manager
        .iter()
        .filter_map(|(manager, scores)| {
            RatingStats::of(scores).map(|stats| ManagerSummary {
                manager: (*manager).to_owned(),
                stats,
            })
        })
        .collect();

    let mut ratings = Vec::with_capacity(input.ratings.len());
    for (rating, &m) in input.ratings.iter().zip(&manager_index) {
        let Some(own) = managers.get(m).map(|summary| summary.stats) else {
            continue;
        };
        let (calibrated, z) = match input.method {
            CalibrationMethod::ZScore => {
                let z = if own.sd > 0.0 {
                    (rating.score - own.mean) / own.sd
                } else {
                    0.0
                };
                (population.mean + z * population.sd, Some(z))
            }
            CalibrationMethod::MeanShift => (rating.score - own.mean + population.mean, None),
            CalibrationMethod::None => (rating.score, None),
        };
        ratings.push(CalibratedRating {
            employee: rating.employee.clone(),
            manager: rating.manager.clone(),
            score: rating.score,
            calibrated: input.scale.clamp(calibrated),
            z,
        });
    }

    let calibrated: Vec<f64> = ratings.iter().map(|rating| rating.calibrated).collect();
    Ok(Calibration {
        before: distribution(&bands, &scores),
        after: distribution(&bands, &calibrated),
        ratings,
        managers,
        mean: population.mean,
        sd: population.sd,
        method: input.method,
    })
}

/// The five default bands: around `min + k × span / 4`, k = 0 … 4, cut halfway between.
fn default_bands(scale: &RatingScale) -> Vec<GuidelineBand> {
    let step = scale.span() / 4.0;
    let whole = [scale.min, step].iter().all(|x| x.fract().abs() < 1e-12);
    (0..5_u8)
        .zip(DEFAULT_GUIDELINE_SHARES)
        .map(|(k, share)| {
            let point = scale.min + f64::from(k) * step;
            let label = if whole {
                // A whole number within ±1000 (the widest span), so the cast is exact.
                #[allow(clippy::cast_possible_truncation)]
                let point = point.round() as i64;
                point.to_string()
            } else {
                format!("band {}", k + 1)
            };
            let up_to = (k < 4).then(|| point + step / 2.0);
            GuidelineBand::new(label, up_to, share)
        })
        .collect()
}

fn distribution(bands: &[GuidelineBand], scores: &[f64]) -> Vec<BandShare> {
    let mut counts = vec![0_u32; bands.len()];
    for &score in scores {
        let band = bands
            .iter()
            .position(|band| band.up_to.is_none_or(|up_to| score < up_to));
        if let Some(count) = band.and_then(|band| counts.get_mut(band)) {
            *count += 1;
        }
    }
    let n = scores.len() as f64;
    bands
        .iter()
        .zip(counts)
        .map(|(band, count)| {
            let share = f64::from(count) / n;
            BandShare {
                label: band.label.clone(),
                up_to: band.up_to,
                count,
                share,
                guideline: band.share,
                difference: share - band.share,
            }
        })
        .collect()
}

fn validate(input: &CalibrateInput) -> Result<Vec<GuidelineBand>, Error> {
    list_length("ratings", input.ratings.len(), MAX_CALIBRATION_RATINGS)?;
    let mut employees = UniqueIds::new("ratings").naming("employee");
    for (i, rating) in input.ratings.iter().enumerate() {
        let path = format!("ratings[{i}]");
        employees
            .check(i, &rating.employee)
            .map_err(|error| error.within(&path))?;
        not_empty(&format!("{path}.manager"), &rating.manager)?;
        input.scale.check(&format!("{path}.score"), rating.score)?;
    }
    let Some(bands) = &input.guideline else {
        return Ok(default_bands(&input.scale));
    };
    list_length("guideline.bands", bands.len(), MAX_GUIDELINE_BANDS)?;
    let mut labels = UniqueIds::new("guideline.bands").naming("label");
    let mut previous = f64::NEG_INFINITY;
    let mut total = 0.0;
    for (i, band) in bands.iter().enumerate() {
        let path = format!("guideline.bands[{i}]");
        labels
            .check(i, &band.label)
            .map_err(|error| error.within(&path))?;
        let last = i + 1 == bands.len();
        match (band.up_to, last) {
            (None, false) => {
                return Err(Error::new(
                    ErrorCode::MissingField,
                    format!("{path}.up_to"),
                    "is required on every band but the last",
                ));
            }
            (Some(_), true) => {
                return Err(Error::new(
                    ErrorCode::ConflictingFields,
                    format!("{path}.up_to"),
                    "must be left out on the last band, which takes every score left",
                ));
            }
            (Some(up_to), false) => {
                let field = format!("{path}.up_to");
                if finite(&field, up_to)? <= previous {
                    return Err(Error::new(
                        ErrorCode::OutOfRange,
                        field,
                        "must be above the band before's",
                    ));
                }
                previous = up_to;
            }
            (None, true) => {}
        }
        let field = format!("{path}.share");
        total += non_negative(&field, finite(&field, band.share)?)?;
    }
    if (total - 1.0).abs() > SHARE_SUM_TOLERANCE {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "guideline.bands",
            "shares must add up to 1",
        ));
    }
    Ok(bands.clone())
}

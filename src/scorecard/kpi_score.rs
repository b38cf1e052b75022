//! KPI scoring: an actual value scored against its target, by one of four rules
//! (higher is better, lower is better, a target range, met or not), with an optional cap
//! or clamp and a status band.

use super::status::StatusBands;
use crate::lanes::Lanes;
use crate::validate::{finite, positive, representable};
use crate::{Error, ErrorCode};

/// Which way a KPI is good: the choice among the rules of [`KpiRule`], as a form or a
/// JSON object names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KpiDirection {
    /// More is better (sales, on-time rate). See [`KpiRule::HigherIsBetter`].
    HigherIsBetter,
    /// Less is better (cost, defects, lead time). See [`KpiRule::LowerIsBetter`].
    LowerIsBetter,
    /// A band of values is best (stock cover, temperature). See [`KpiRule::TargetRange`].
    TargetRange,
    /// Met or not met. See [`KpiRule::Binary`].
    Binary,
}

/// How a KPI's actual value becomes a score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum KpiRule {
    /// Linear progress from the baseline to the target, `(actual − baseline) / (target −
    /// baseline)`: 0 at the baseline, 1 at the target, above 1 beyond it. The target must
    /// be above the baseline. Without a baseline it is 0, so the score is
    /// `actual / target` (the target must then be above 0).
    HigherIsBetter {
        /// The value aimed at, in the KPI's unit. Field `target`.
        target: f64,
        /// The value that scores 0 (where measurement started, or the worst acceptable),
        /// below the target; default 0. Field `baseline`.
        baseline: Option<f64>,
    },
    /// The same linear progress, `(actual − baseline) / (target − baseline)`, with the
    /// baseline above the target. Without a baseline it is twice the target, so the
    /// score is `1 − (actual − target) / target`, the mirror image of higher-is-better
    /// (the target must then be above 0; a target of 0 needs a baseline).
    LowerIsBetter {
        /// The value aimed at. Field `target`.
        target: f64,
        /// The value that scores 0, above the target; default 2 × target. Field `baseline`.
        baseline: Option<f64>,
    },
    /// Any value in the band `[min, max]` scores 1. Below `min` the score falls linearly
    /// to 0 at `min − lower_tolerance`, above `max` to 0 at `max + upper_tolerance`, and
    /// stays 0 beyond. Without a tolerance on a side the score steps from 1 to 0 just
    /// outside the band on that side.
    TargetRange {
        /// The lowest value of the band. Field `min`.
        min: f64,
        /// The highest value of the band, at least `min`. Field `max`.
        max: f64,
        /// How far below `min` the score reaches 0, above 0. Field `lower_tolerance`
        /// (or `tolerance` for both sides).
        lower_tolerance: Option<f64>,
        /// How far above `max` the score reaches 0, above 0. Field `upper_tolerance`
        /// (or `tolerance` for both sides).
        upper_tolerance: Option<f64>,
        /// Optional ideal value inside the band, used only for the percentage of target.
        /// Field `target`.
        target: Option<f64>,
    },
    /// Score 1 when `actual ≥ target`, else 0: for yes/no KPIs record 1 or 0 against a
    /// target of 1.
    Binary {
        /// The value to reach. Field `target`.
        target: f64,
    },
}

/// The flat fields a form or a JSON object gives for a [`KpiRule`], all optional; the
/// direction says which are required.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KpiRuleFields {
    /// Which rule. Field `direction`.
    pub direction: KpiDirection,
    /// Field `target`: required except for a target range.
    pub target: Option<f64>,
    /// Field `baseline`: only for higher- or lower-is-better.
    pub baseline: Option<f64>,
    /// Field `min`: required for, and only for, a target range.
    pub min: Option<f64>,
    /// Field `max`: required for, and only for, a target range.
    pub max: Option<f64>,
    /// Field `tolerance`: both sides of a target range.
    pub tolerance: Option<f64>,
    /// Field `lower_tolerance`: below a target range (overrides `tolerance`).
    pub lower_tolerance: Option<f64>,
    /// Field `upper_tolerance`: above a target range (overrides `tolerance`).
    pub upper_tolerance: Option<f64>,
}

impl KpiRuleFields {
    /// Fields for `direction` with nothing else set.
    pub fn new(direction: KpiDirection) -> Self {
        KpiRuleFields {
            direction,
            target: None,
            baseline: None,
            min: None,
            max: None,
            tolerance: None,
            lower_tolerance: None,
            upper_tolerance: None,
        }
    }
}

impl KpiRule {
    /// The rule from flat fields: the fields the direction needs must be present, and
    /// those that belong to another direction absent.
    ///
    /// # Errors
    /// - `missing_field` naming `target` (higher, lower, binary) or `min` / `max`
    ///   (target range) when absent;
    /// - `conflicting_fields` naming `baseline` when given for a target range or a binary
    ///   KPI, or naming `min`, `max`, `tolerance`, `lower_tolerance` or
    ///   `upper_tolerance` when given for another direction than a target range;
    /// - `not_finite` / `not_positive` naming `tolerance` (the side-specific tolerances
    ///   are checked by [`score_kpi`], since they may come from `tolerance`).
    ///
    /// # Examples
    /// ```
    /// use opscalc::scorecard::{KpiDirection, KpiRule, KpiRuleFields};
    /// let fields = KpiRuleFields { tolerance: Some(2.0), lower_tolerance: Some(1.0), min: Some(5.0),
    ///     max: Some(8.0), ..KpiRuleFields::new(KpiDirection::TargetRange) };
    /// assert_eq!(KpiRule::from_fields(&fields), Ok(KpiRule::TargetRange {
    ///     min: 5.0, max: 8.0, lower_tolerance: Some(1.0), upper_tolerance: Some(2.0), target: None }));
    /// ```
    pub fn from_fields(fields: &KpiRuleFields) -> Result<Self, Error> {
        let target = || {
            fields
                .target
                .ok_or_else(|| Error::new(ErrorCode::MissingField, "target", "is required"))
        };
        if fields.direction != KpiDirection::TargetRange {
            for (name, value) in [
                ("min", fields.min),
                ("max", fields.max),
                ("tolerance", fields.tolerance),
                ("lower_tolerance", fields.lower_tolerance),
                ("upper_tolerance", fields.upper_tolerance),
            ] {
                if value.is_some() {
                    return Err(Error::new(
                        ErrorCode::ConflictingFields,
                        name,
                        "applies only when the direction is a target range",
                    ));
                }
            }
        }
        if matches!(
            fields.direction,
            KpiDirection::TargetRange | KpiDirection::Binary
        ) && fields.baseline.is_some()
        {
            return Err(Error::new(
                ErrorCode::ConflictingFields,
                "baseline",
                "applies only when higher or lower is better",
            ));
        }
        if let Some(tolerance) = fields.tolerance {
            positive("tolerance", tolerance)?;
        }
        Ok(match fields.direction {
            KpiDirection::HigherIsBetter => KpiRule::HigherIsBetter {
                target: target()?,
                baseline: fields.baseline,
            },
            KpiDirection::LowerIsBetter => KpiRule::LowerIsBetter {
                target: target()?,
                baseline: fields.baseline,
            },
            KpiDirection::Binary => KpiRule::Binary { target: target()? },
            KpiDirection::TargetRange => KpiRule::TargetRange {
                min: fields.min.ok_or_else(|| {
                    Error::new(
                        ErrorCode::MissingField,
                        "min",
                        "is required for a target range",
                    )
                })?,
                max: fields.max.ok_or_else(|| {
                    Error::new(
                        ErrorCode::MissingField,
                        "max",
                        "is required for a target range",
                    )
                })?,
                lower_tolerance: fields.lower_tolerance.or(fields.tolerance),
                upper_tolerance: fields.upper_tolerance.or(fields.tolerance),
                target: fields.target,
            },
        })
    }
}

/// What is done to the raw score before the status is read.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum ScoreLimit {
    /// The score is the raw score. The default.
    #[default]
    None,
    /// The score is `min(raw score, cap)`: 1.2 to count at most 120 %. Field `cap`.
    Cap(f64),
    /// The score is the raw score clamped to `[0, 1]`. Field `clamp`.
    Clamp,
}

impl ScoreLimit {
    /// The limit from the two optional fields: a cap, or `clamp: true`, not both.
    ///
    /// # Errors
    /// `conflicting_fields` naming `clamp` when a cap is given with `clamp: true`.
    ///
    /// # Examples
    /// ```
    /// use opscalc::scorecard::ScoreLimit;
    /// assert_eq!(ScoreLimit::from_fields(Some(1.2), Some(false)), Ok(ScoreLimit::Cap(1.2)));
    /// assert_eq!(ScoreLimit::from_fields(None, Some(true)), Ok(ScoreLimit::Clamp));
    /// assert!(ScoreLimit::from_fields(Some(1.2), Some(true)).is_err());
    /// ```
    pub fn from_fields(cap: Option<f64>, clamp: Option<bool>) -> Result<Self, Error> {
        match (cap, clamp.unwrap_or(false)) {
            (Some(_), true) => Err(Error::new(
                ErrorCode::ConflictingFields,
                "clamp",
                "give either a cap or clamp, not both",
            )),
            (Some(cap), false) => Ok(ScoreLimit::Cap(cap)),
            (None, true) => Ok(ScoreLimit::Clamp),
            (None, false) => Ok(ScoreLimit::None),
        }
    }

    /// The score from the raw score: capped, clamped to `[0, 1]`, or as it is.
    ///
    /// Comparisons rather than `f64::min` and `clamp`, which wasm builds call as
    /// functions (their NaN rules differ from wasm's `f64.min`); the results are the
    /// same, NaN included (a NaN capped is the cap, clamped stays NaN). Written over
    /// [`Lanes`], so that a batch limits two scores per instruction in wasm.
    #[inline(always)]
    pub(crate) fn apply<L: Lanes>(&self, raw_score: L) -> L {
        match *self {
            ScoreLimit::None => raw_score,
            ScoreLimit::Cap(cap) => L::select(raw_score.lt(cap), raw_score, L::splat(cap)),
            ScoreLimit::Clamp => {
                let at_most_one = L::select(raw_score.gt(1.0), L::splat(1.0), raw_score);
                L::select(raw_score.lt(0.0), L::splat(0.0), at_most_one)
            }
        }
    }

    /// Checks the limit's value: a cap must be above 0.
    ///
    /// # Errors
    /// `not_finite` / `not_positive` naming `cap`.
    pub(crate) fn check(&self) -> Result<(), Error> {
        match *self {
            ScoreLimit::Cap(cap) => positive("cap", cap).map(|_| ()),
            ScoreLimit::None | ScoreLimit::Clamp => Ok(()),
        }
    }
}

/// Inputs of [`score_kpi`].
#[derive(Debug, Clone, PartialEq)]
pub struct KpiInput {
    /// The measured value, in the KPI's unit. Field `actual`.
    pub actual: f64,
    /// How the actual value is scored.
    pub rule: KpiRule,
    /// A cap or clamp on the score.
    pub limit: ScoreLimit,
    /// The status scale (default: red below 0.7, amber below 0.9, green).
    pub bands: StatusBands,
}

impl KpiInput {
    /// A KPI scored by `rule`, without cap or clamp, on the default status scale.
    pub fn new(actual: f64, rule: KpiRule) -> Self {
        KpiInput {
            actual,
            rule,
            limit: ScoreLimit::None,
            bands: StatusBands::default(),
        }
    }
}

/// A KPI's score and the figures a teacher shows with it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct KpiScore {
    /// The score after the cap or clamp: 1 at the target.
    pub score: f64,
    /// The score before the cap or clamp.
    pub raw_score: f64,
    /// `100 × actual / target`, percent; `None` when the target is 0 or (target range)
    /// not given.
    pub percent_of_target: Option<f64>,
    /// How far the actual is from the target, signed so that better is positive:
    /// `actual − target` (higher is better, binary), `target − actual` (lower is better);
    /// for a target range 0 inside the band, and minus the distance to the band outside it.
    pub variance: f64,
    /// The name of the status band the score falls in.
    pub status: String,
    /// The index of that band, 0 = worst.
    pub status_index: u32,
    /// The baseline used (given or default), for higher- and lower-is-better.
    pub baseline: Option<f64>,
}

/// Scores a KPI's actual value against its target.
///
/// - Higher or lower is better: `raw = (actual − baseline) / (target − baseline)`, with
///   default baselines 0 (higher: `actual / target`) and `2 × target` (lower:
///   `1 − (actual − target) / target`);
/// - target range `[min, max]`: 1 inside, `1 − (min − actual) / lower_tolerance` below
///   and `1 − (actual − max) / upper_tolerance` above, never below 0; 0 outside the band
///   on a side without tolerance;
/// - binary: 1 when `actual ≥ target`, else 0.
///
/// Then `score = min(raw, cap)` with a cap, or `raw` clamped to `[0, 1]` with clamp, and
/// the status is the band of the score (a score equal to a cut point is in the band
/// above it). Scores are fractions (1 = 100 % of the way to target).
///
/// Reference: the linear progress from baseline to target and its minimisation mirror
/// are the default performance functions of BSC Designer ("How to calculate balanced
/// scorecard values", bscdesigner.com); Kaplan & Norton, *The Balanced Scorecard*
/// (1996), ch. 7 on targets.
///
/// # Errors
/// - `not_finite` naming `actual`, `target`, `baseline`, `min`, `max`, or a tolerance;
/// - `missing_field` naming `baseline` when higher is better with a target not above 0,
///   or lower is better with a target not above 0, and no baseline is given;
/// - `out_of_range` naming `baseline` when it equals the target, or lies on the wrong
///   side of it (above it when higher is better, below when lower is better);
/// - `out_of_range` naming `max` when below `min`, or `target` when a target range's
///   target lies outside `[min, max]`;
/// - `not_positive` naming `lower_tolerance`, `upper_tolerance` or `tolerance` (whichever
///   was given), or `cap`;
/// - `numeric_range` when the inputs' magnitudes overflow `f64`.
///
/// # Examples
/// Hand-computed: sales of 90 against a target of 100 from a baseline of 50 are
/// (90 − 50) / (100 − 50) = 0.8 of the way: amber. A defect rate of 3 % against a target
/// of 2 % (default baseline 4 %) scores 1 − (3 − 2) / 2 = 0.5: red.
/// ```
/// use opscalc::scorecard::{score_kpi, KpiInput, KpiRule};
/// let sales = KpiRule::HigherIsBetter { target: 100.0, baseline: Some(50.0) };
/// let result = score_kpi(&KpiInput::new(90.0, sales))?;
/// assert_eq!((result.score, result.status.as_str()), (0.8, "amber"));
/// assert_eq!((result.variance, result.percent_of_target), (-10.0, Some(90.0)));
///
/// let defects = KpiRule::LowerIsBetter { target: 2.0, baseline: None };
/// let result = score_kpi(&KpiInput::new(3.0, defects))?;
/// assert_eq!((result.score, result.baseline), (0.5, Some(4.0)));
/// assert_eq!((result.status_index, result.variance), (0, -1.0));
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn score_kpi(input: &KpiInput) -> Result<KpiScore, Error> {
    let rule = CheckedRule::new(&input.rule, input.limit)?;
    let actual = finite("actual", input.actual)?;
    rule.score(actual, &input.bands)
}

/// A validated rule, with its baseline resolved, and a validated limit: what the
/// scorecard checks for every KPI before it knows which have an actual value.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CheckedRule {
    kind: CheckedKind,
    limit: ScoreLimit,
}

#[derive(Debug, Clone, Copy)]
enum CheckedKind {
    /// Higher or lower is better: the sign of `target − baseline` carries the direction.
    Linear {
        target: f64,
        baseline: f64,
        lower_is_better: bool,
    },
    Range {
        min: f64,
        max: f64,
        lower_tolerance: Option<f64>,
        upper_tolerance: Option<f64>,
        target: Option<f64>,
    },
    Binary {
        target: f64,
    },
}

impl CheckedRule {
    /// Checks a rule and a limit. Errors name the fields of [`KpiRuleFields`] and `cap`.
    pub(crate) fn new(rule: &KpiRule, limit: ScoreLimit) -> Result<Self, Error> {
        let kind = match *rule {
            KpiRule::HigherIsBetter { target, baseline } => linear(target, baseline, false)?,
            KpiRule::LowerIsBetter { target, baseline } => linear(target, baseline, true)?,
            KpiRule::TargetRange {
                min,
                max,
                lower_tolerance,
                upper_tolerance,
                target,
            } => {
                let min = finite("min", min)?;
                if finite("max", max)? < min {
                    return Err(Error::new(
                        ErrorCode::OutOfRange,
                        "max",
                        "must be at least min",
                    ));
                }
                if let Some(target) = target
                    && !(finite("target", target)? >= min && target <= max)
                {
                    return Err(Error::new(
                        ErrorCode::OutOfRange,
                        "target",
                        "must lie in the band from min to max",
                    ));
                }
                CheckedKind::Range {
                    min,
                    max,
                    lower_tolerance: tolerance(lower_tolerance, "lower_tolerance")?,
                    upper_tolerance: tolerance(upper_tolerance, "upper_tolerance")?,
                    target,
                }
            }
            KpiRule::Binary { target } => CheckedKind::Binary {
                target: finite("target", target)?,
            },
        };
        limit.check()?;
        Ok(CheckedRule { kind, limit })
    }

    /// Scores a finite actual value.
    pub(crate) fn score(&self, actual: f64, bands: &StatusBands) -> Result<KpiScore, Error> {
        let figures = self.figures(actual, bands)?;
        let status = usize::try_from(figures.status_index)
            .ok()
            .and_then(|index| bands.names().get(index))
            .cloned()
            .unwrap_or_default();
        Ok(KpiScore {
            score: figures.score,
            raw_score: figures.raw_score,
            percent_of_target: figures.percent_of_target,
            variance: figures.variance,
            status,
            status_index: figures.status_index,
            baseline: figures.baseline,
        })
    }

    /// The figures of [`CheckedRule::score`] without the status name (nothing
    /// allocated): for a batch of items.
    pub(crate) fn figures(&self, actual: f64, bands: &StatusBands) -> Result<ScoreFigures, Error> {
        let (raw_score, variance, target, baseline) = self.unchecked(actual);
        let raw_score = representable(raw_score, false)?;
        let score = self.limit.apply(raw_score);
        let percent_of_target = match target {
            Some(target) if target != 0.0 => {
                Some(representable(percent_of(actual, target), false)?)
            }
            _ => None,
        };
        Ok(ScoreFigures {
            score: score + 0.0,
            raw_score: raw_score + 0.0,
            percent_of_target,
            variance: representable(variance, false)? + 0.0,
            status_index: bands.band_index(score),
            baseline,
        })
    }

    /// The raw score, the variance, the target and the baseline of a finite actual
    /// value, not checked for overflow.
    #[inline(always)]
    fn unchecked(&self, actual: f64) -> (f64, f64, Option<f64>, Option<f64>) {
        match self.kind {
            CheckedKind::Linear {
                target,
                baseline,
                lower_is_better,
            } => {
                let (raw, variance) = linear_figures(actual, target, baseline, lower_is_better);
                (raw, variance, Some(target), Some(baseline))
            }
            CheckedKind::Range {
                min,
                max,
                lower_tolerance,
                upper_tolerance,
                target,
            } => {
                let (raw, variance) =
                    range_figures(actual, min, max, lower_tolerance, upper_tolerance);
                (raw, variance, target, None)
            }
            CheckedKind::Binary { target } => {
                let (raw, variance) = binary_figures(actual, target);
                (raw, variance, Some(target), None)
            }
        }
    }

    /// The score and the band count ([`StatusBands::band_count`]) of lanes of finite
    /// actual values by a higher- or lower-is-better rule, per lane of `target` and
    /// `baseline` (the default baseline where `None`), when [`CheckedRule::new`] and
    /// [`figures`](Self::figures) surely accept every lane; `None` when they may not
    /// (they then give the error). A batch's fast path: the same arithmetic and checks
    /// as theirs, two items per instruction in wasm.
    #[inline(always)]
    pub(crate) fn linear_score<L: Lanes>(
        actual: L,
        target: L,
        baseline: Option<L>,
        lower_is_better: bool,
        limit: ScoreLimit,
        bands: &StatusBands,
    ) -> Option<(L, L::Count)> {
        let on_its_side = |baseline: L| {
            if lower_is_better {
                target.lt_lanes(baseline)
            } else {
                baseline.lt_lanes(target)
            }
        };
        let (baseline, accepted) = match baseline {
            Some(baseline) => (baseline, on_its_side(baseline)),
            None => {
                let (baseline, target_positive) = default_baseline(target, lower_is_better);
                (baseline, on_its_side(baseline) & target_positive)
            }
        };
        let (raw_score, variance) = linear_figures(actual, target, baseline, lower_is_better);
        // `target − baseline` is finite only when both are, and the raw score only when
        // the actual value is too: three checks fewer.
        let accepted = accepted
            & (target - baseline).finite()
            & raw_score.finite()
            & variance.finite()
            & (target.equals(0.0) | percent_of(actual, target).finite());
        limited(accepted, raw_score, limit, bands)
    }

    /// [`linear_score`](Self::linear_score) for a target range, per lane of `min`, `max`,
    /// the tolerances below and above (`lower`, `upper`, each as the rule resolves it),
    /// the `tolerance` field (checked even where both sides override it, as
    /// [`KpiRule::from_fields`] checks it) and the target, when given.
    #[inline(always)]
    pub(crate) fn range_score<L: Lanes>(
        actual: L,
        [min, max]: [L; 2],
        [lower, upper, tolerance]: [Option<L>; 3],
        target: Option<L>,
        limit: ScoreLimit,
        bands: &StatusBands,
    ) -> Option<(L, L::Count)> {
        let positive_if_given = |value: Option<L>, accepted: L::Mask| match value {
            Some(value) => accepted & value.gt(0.0) & value.finite(),
            None => accepted,
        };
        // `min ≤ max`, both finite, and a given target between them.
        let mut accepted = min.finite() & max.finite() & min.le_lanes(max) & actual.finite();
        accepted = positive_if_given(lower, positive_if_given(upper, accepted));
        accepted = positive_if_given(tolerance, accepted);
        if let Some(target) = target {
            accepted = accepted
                & min.le_lanes(target)
                & target.le_lanes(max)
                & (target.equals(0.0) | percent_of(actual, target).finite());
        }
        let (raw_score, variance) = range_figures(actual, min, max, lower, upper);
        limited(accepted & variance.finite(), raw_score, limit, bands)
    }

    /// [`linear_score`](Self::linear_score) for a binary rule, per lane of `target`.
    #[inline(always)]
    pub(crate) fn binary_score<L: Lanes>(
        actual: L,
        target: L,
        limit: ScoreLimit,
        bands: &StatusBands,
    ) -> Option<(L, L::Count)> {
        let (raw_score, variance) = binary_figures(actual, target);
        // A finite variance means a finite actual value and target.
        let accepted =
            variance.finite() & (target.equals(0.0) | percent_of(actual, target).finite());
        limited(accepted, raw_score, limit, bands)
    }
}

/// `100 × actual / target`, percent.
#[inline(always)]
fn percent_of<L: Lanes>(actual: L, target: L) -> L {
    L::splat(100.0) * actual / target
}

/// The raw score `(actual − baseline) / (target − baseline)` and the variance (`actual −
/// target`, or `target − actual` when lower is better) of a higher- or lower-is-better
/// rule.
#[inline(always)]
fn linear_figures<L: Lanes>(actual: L, target: L, baseline: L, lower_is_better: bool) -> (L, L) {
    let raw_score = (actual - baseline) / (target - baseline);
    let variance = if lower_is_better {
        target - actual
    } else {
        actual - target
    };
    (raw_score, variance)
}

/// The raw score and the variance (`actual − min` below the range, `max − actual` above
/// it, 0 in it) of a target range: 1 in `[min, max]`, falling linearly to 0 over the
/// tolerance on each side (0 outside it on a side without one).
#[inline(always)]
fn range_figures<L: Lanes>(
    actual: L,
    min: L,
    max: L,
    lower_tolerance: Option<L>,
    upper_tolerance: Option<L>,
) -> (L, L) {
    let (zero, one) = (L::splat(0.0), L::splat(1.0));
    // `1 − distance / tolerance`, at least 0: a comparison, not `f64::max` (a call in
    // wasm); the same for every value this sees (no NaN: the distance and the tolerance
    // are never both infinite).
    let falling = |distance: L, tolerance: Option<L>| match tolerance {
        Some(tolerance) => {
            let raw = one - distance / tolerance;
            L::select(raw.lt(0.0), zero, raw)
        }
        None => zero,
    };
    let (below, above) = (actual.lt_lanes(min), max.lt_lanes(actual));
    let raw_score = L::select(
        below,
        falling(min - actual, lower_tolerance),
        L::select(above, falling(actual - max, upper_tolerance), one),
    );
    let variance = L::select(below, actual - min, L::select(above, max - actual, zero));
    (raw_score, variance)
}

/// The raw score (1 when `actual ≥ target`, else 0) and the variance (`actual − target`)
/// of a binary rule.
#[inline(always)]
fn binary_figures<L: Lanes>(actual: L, target: L) -> (L, L) {
    let met = target.le_lanes(actual);
    (
        L::select(met, L::splat(1.0), L::splat(0.0)),
        actual - target,
    )
}

/// The score (the limit applied to `raw_score`) and its band count, when `accepted`
/// holds in every lane.
#[inline(always)]
fn limited<L: Lanes>(
    accepted: L::Mask,
    raw_score: L,
    limit: ScoreLimit,
    bands: &StatusBands,
) -> Option<(L, L::Count)> {
    // An `if`, not `bool::then` with a closure, which the size-first build calls once
    // per group from each loop that shares it.
    if L::all(accepted) {
        let score = limit.apply(raw_score);
        Some((score + L::splat(0.0), bands.band_count(score)))
    } else {
        None
    }
}

/// The baseline of a higher- or lower-is-better rule without one: 0, or twice the
/// target when lower is better; with the lanes where the target is above 0 (elsewhere a
/// baseline must be given).
#[inline(always)]
fn default_baseline<L: Lanes>(target: L, lower_is_better: bool) -> (L, L::Mask) {
    let baseline = if lower_is_better {
        target + target
    } else {
        L::splat(0.0)
    };
    (baseline, target.gt(0.0))
}

/// The figures of a [`KpiScore`] without its status name.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ScoreFigures {
    pub(crate) score: f64,
    pub(crate) raw_score: f64,
    pub(crate) percent_of_target: Option<f64>,
    pub(crate) variance: f64,
    pub(crate) status_index: u32,
    pub(crate) baseline: Option<f64>,
}

fn linear(target: f64, baseline: Option<f64>, lower_is_better: bool) -> Result<CheckedKind, Error> {
    let target = finite("target", target)?;
    let baseline = match (baseline, default_baseline(target, lower_is_better)) {
        (Some(baseline), _) => finite("baseline", baseline)?,
        (None, (baseline, true)) => representable(baseline, false)?,
        (None, (_, false)) => {
            let message = if lower_is_better {
                "is required when the target is not above zero (the default baseline is twice the target)"
            } else {
                "is required when the target is not above zero (the default baseline is 0)"
            };
            return Err(Error::new(ErrorCode::MissingField, "baseline", message));
        }
    };
    #[allow(clippy::float_cmp)] // exactly equal: the score would divide by zero
    if baseline == target {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "baseline",
            "must differ from the target",
        ));
    }
    if lower_is_better && baseline < target {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "baseline",
            "must be above the target when lower is better",
        ));
    }
    if !lower_is_better && baseline > target {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "baseline",
            "must be below the target when higher is better",
        ));
    }
    representable(target - baseline, false)?;
    Ok(CheckedKind::Linear {
        target,
        baseline,
        lower_is_better,
    })
}

fn tolerance(value: Option<f64>, field: &'static str) -> Result<Option<f64>, Error> {
    value.map(|value| positive(field, value)).transpose()
}

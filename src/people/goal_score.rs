//! Weighted goals (management by objectives): each goal scored like a KPI, the weighted
//! achievement, and its rating on a banded scale.

use crate::scorecard::{KpiInput, KpiScore, normalise_weights, score_kpi};
use crate::validate::{PathIds, finite, list_length, non_negative, representable};
use crate::{Error, ErrorCode};

/// The most goals one call accepts.
pub const MAX_GOALS: u32 = 100;

/// The most rating bands a scale may have.
pub const MAX_RATING_BANDS: u32 = 20;

/// The default rating bands: `(from, rating, label)`, achievement cut points ascending.
pub const DEFAULT_RATING_BANDS: [(f64, f64, &str); 5] = [
    (0.0, 1.0, "Unsatisfactory"),
    (0.6, 2.0, "Needs improvement"),
    (0.8, 3.0, "Meets expectations"),
    (1.0, 4.0, "Exceeds expectations"),
    (1.2, 5.0, "Outstanding"),
];

/// One band of a [`RatingBands`] scale: achievements from `from` (inclusive) up to the
/// next band's `from` (exclusive) are rated `rating`.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingBand {
    /// Where the band starts, as an achievement (1 = on target). Field `from`.
    pub from: f64,
    /// The rating given, on the rating scale (1 to 5 by default). Field `rating`.
    pub rating: f64,
    /// A name for the band ("Meets expectations"). Field `label`.
    pub label: Option<String>,
}

impl RatingBand {
    /// A band starting at `from`, rated `rating`, with an optional label.
    pub fn new(from: f64, rating: f64, label: Option<String>) -> Self {
        RatingBand {
            from,
            rating,
            label,
        }
    }
}

/// How an achievement becomes a rating: bands with ascending `from` cut points and
/// ascending ratings. An achievement belongs to the last band whose `from` it reaches; an
/// achievement below the first band's `from` takes the first band (the lowest rating).
/// Built by [`RatingBands::new`], which validates.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingBands {
    bands: Vec<RatingBand>,
}

impl Default for RatingBands {
    /// [`DEFAULT_RATING_BANDS`]: below 0.6 → 1 "Unsatisfactory", below 0.8 → 2 "Needs
    /// improvement", below 1.0 → 3 "Meets expectations", below 1.2 → 4 "Exceeds
    /// expectations", from 1.2 → 5 "Outstanding".
    fn default() -> Self {
        RatingBands {
            bands: DEFAULT_RATING_BANDS
                .iter()
                .map(|&(from, rating, label)| RatingBand::new(from, rating, Some(label.into())))
                .collect(),
        }
    }
}

impl RatingBands {
    /// Validated bands.
    ///
    /// # Errors
    /// - `out_of_range` naming `bands` when empty, `too_large` with more than
    ///   [`MAX_RATING_BANDS`];
    /// - `not_finite` naming `bands[i].from` or `bands[i].rating`; `out_of_range` naming
    ///   `bands[i].from` when not above the band before it, or `bands[i].rating` when not
    ///   above the rating before it;
    /// - `invalid_input` naming `bands[i].label` when given empty.
    ///
    /// # Examples
    /// ```
    /// use opscalc::people::{RatingBand, RatingBands};
    /// let bands = RatingBands::new(vec![RatingBand::new(0.0, 1.0, None), RatingBand::new(1.0, 2.0, None)])?;
    /// assert_eq!(bands.band_of(0.99), 0);
    /// assert_eq!(bands.band_of(1.0), 1);
    /// assert!(RatingBands::new(vec![RatingBand::new(1.0, 1.0, None), RatingBand::new(1.0, 2.0, None)]).is_err());
    /// # Ok::<(), opscalc::Error>(())
    /// ```
    pub fn new(bands: Vec<RatingBand>) -> Result<Self, Error> {
        list_length("bands", bands.len(), MAX_RATING_BANDS)?;
        let mut previous: Option<&RatingBand> = None;
        for (index, band) in bands.iter().enumerate() {
            let path = format!("bands[{index}]");
            let in_band = |error: Error| error.within(&path);
            finite("from", band.from).map_err(in_band)?;
            finite("rating", band.rating).map_err(in_band)?;
            if let Some(previous) = previous {
                if band.from <= previous.from {
                    let message = "must be above the band before it (cut points ascend)";
                    return Err(in_band(Error::new(ErrorCode::OutOfRange, "from", message)));
                }
                if band.rating <= previous.rating {
                    let message = "must be above the rating of the band before it";
                    return Err(in_band(Error::new(
                        ErrorCode::OutOfRange,
                        "rating",
                        message,
                    )));
                }
            }
            if band.label.as_deref() == Some("") {
                return Err(in_band(Error::new(
                    ErrorCode::InvalidInput,
                    "label",
                    "must not be empty",
                )));
            }
            previous = Some(band);
        }
        Ok(RatingBands { bands })
    }

    /// The bands, lowest first.
    pub fn bands(&self) -> &[RatingBand] {
        &self.bands
    }

    /// The index of the band an achievement falls in: the last band whose `from` it
    /// reaches, or 0 below the first.
    pub fn band_of(&self, achievement: f64) -> usize {
        self.bands
            .iter()
            .skip(1)
            .filter(|band| achievement >= band.from)
            .count()
    }

    /// The index of the band whose rating is nearest `rating` (a tie goes to the higher
    /// band): the band an overall rating is reported in.
    pub fn nearest_rating(&self, rating: f64) -> usize {
        let mut best = 0;
        let mut best_distance = f64::INFINITY;
        for (index, band) in self.bands.iter().enumerate() {
            let distance = (band.rating - rating).abs();
            if distance <= best_distance {
                best = index;
                best_distance = distance;
            }
        }
        best
    }
}

/// One goal: an id, a weight, and the KPI scoring of its actual value against its target.
#[derive(Debug, Clone, PartialEq)]
pub struct Goal {
    /// Unique among the goals, not empty. Field `id`.
    pub id: String,
    /// A display name. Field `name`.
    pub name: Option<String>,
    /// The goal's weight, 0 or more, in any unit (points, percent). Field `weight`.
    pub weight: f64,
    /// The actual value, the rule, a cap or clamp, and the status bands, as for
    /// [`score_kpi`].
    pub kpi: KpiInput,
}

impl Goal {
    /// A goal without a name.
    pub fn new(id: impl Into<String>, weight: f64, kpi: KpiInput) -> Self {
        Goal {
            id: id.into(),
            name: None,
            weight,
            kpi,
        }
    }
}

/// Inputs of [`goal_score`].
#[derive(Debug, Clone, PartialEq)]
pub struct GoalScoreInput {
    /// 1 to [`MAX_GOALS`] goals. Field `goals`.
    pub goals: Vec<Goal>,
    /// How the achievement becomes a rating. Field `bands`.
    pub bands: RatingBands,
}

impl GoalScoreInput {
    /// Goals rated on the default bands.
    pub fn new(goals: Vec<Goal>) -> Self {
        GoalScoreInput {
            goals,
            bands: RatingBands::default(),
        }
    }
}

/// A scored goal.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ScoredGoal {
    /// The goal's id.
    pub id: String,
    /// Its name, when given.
    pub name: Option<String>,
    /// The weight as given.
    pub weight: f64,
    /// wᵢ = weightᵢ / Σ weight.
    pub normalised_weight: f64,
    /// The KPI score (`score` is sᵢ, 1 at the target).
    pub kpi: KpiScore,
    /// wᵢ sᵢ: the goal's share of the achievement.
    pub contribution: f64,
}

/// The result of [`goal_score`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GoalScore {
    /// The goals, in input order.
    pub goals: Vec<ScoredGoal>,
    /// Σ weight as given.
    pub total_weight: f64,
    /// Σ wᵢ sᵢ: the weighted achievement, 1 when every goal is on target.
    pub achievement: f64,
    /// The rating of the band the achievement falls in.
    pub rating: f64,
    /// That band's label, when it has one.
    pub label: Option<String>,
    /// That band's index, 0 = lowest.
    pub band_index: u32,
}

/// Scores weighted goals: each goal's actual against its target with [`score_kpi`]
/// (sᵢ, 1 at the target), the weights normalised to wᵢ = weightᵢ / Σ weight, the
/// achievement A = Σ wᵢ sᵢ (a fraction, 1 = on target), and the rating of the band A
/// falls in (see [`RatingBands`]; by default 1 to 5 with cut points 0.6, 0.8, 1.0, 1.2).
///
/// Every goal must have an actual value: a goal not measured yet is an error here (the
/// balanced scorecard leaves such KPIs out; an appraisal must not).
///
/// Reference: weighted goal attainment as in management by objectives (Drucker, *The
/// Practice of Management*, 1954, ch. 11; Armstrong, *Armstrong's Handbook of
/// Performance Management*, 2009, on rating against objectives). The band cut points
/// are a documented default, not a published standard.
///
/// # Errors
/// - `out_of_range` naming `goals` when empty, `too_large` above [`MAX_GOALS`];
/// - `invalid_input` / `duplicate_id` naming `goals[i].id`;
/// - `not_finite` / `negative` naming `goals[i].weight`; `not_positive` naming `goals`
///   when every weight is 0;
/// - any error of [`score_kpi`], under `goals[i]` (`goals[2].baseline`);
/// - `numeric_range` when the magnitudes overflow.
///
/// # Examples
/// Hand-computed: sales 90 of a target of 100 (0.9, weight 60) and 3 defects against a
/// target of 2 (default baseline 4: 0.5, weight 40): A = 0.6 × 0.9 + 0.4 × 0.5 = 0.74,
/// rated 2 "Needs improvement".
/// ```
/// use opscalc::people::{Goal, GoalScoreInput, goal_score};
/// use opscalc::scorecard::{KpiInput, KpiRule};
/// let sales = KpiInput::new(90.0, KpiRule::HigherIsBetter { target: 100.0, baseline: None });
/// let defects = KpiInput::new(3.0, KpiRule::LowerIsBetter { target: 2.0, baseline: None });
/// let input = GoalScoreInput::new(vec![Goal::new("sales", 60.0, sales), Goal::new("defects", 40.0, defects)]);
/// let result = goal_score(&input)?;
/// assert!((result.achievement - 0.74).abs() < 1e-12);
/// assert_eq!((result.rating, result.label.as_deref()), (2.0, Some("Needs improvement")));
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn goal_score(input: &GoalScoreInput) -> Result<GoalScore, Error> {
    list_length("goals", input.goals.len(), MAX_GOALS)?;
    let mut ids = PathIds::new("the goals");
    let mut scores = Vec::with_capacity(input.goals.len());
    for (index, goal) in input.goals.iter().enumerate() {
        let path = format!("goals[{index}]");
        ids.check(&goal.id, &path)?;
        non_negative("weight", goal.weight).map_err(|error| error.within(&path))?;
        scores.push(score_kpi(&goal.kpi).map_err(|error| error.within(&path))?);
    }
    let weights: Vec<f64> = input.goals.iter().map(|goal| goal.weight).collect();
    let (normalised, total_weight) = normalise_weights(&weights, "goals")?;
    let mut achievement = 0.0;
    let goals = input
        .goals
        .iter()
        .zip(scores)
        .zip(normalised)
        .map(|((goal, kpi), normalised_weight)| {
            let contribution = representable(normalised_weight * kpi.score, false)? + 0.0;
            achievement += contribution;
            Ok(ScoredGoal {
                id: goal.id.clone(),
                name: goal.name.clone(),
                weight: goal.weight,
                normalised_weight,
                kpi,
                contribution,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let achievement = representable(achievement, false)? + 0.0;
    let (band_index, band) = band_at(&input.bands, input.bands.band_of(achievement))?;
    Ok(GoalScore {
        goals,
        total_weight,
        achievement,
        rating: band.rating,
        label: band.label.clone(),
        band_index,
    })
}

/// The band at `index` with its index as a count.
pub(crate) fn band_at(bands: &RatingBands, index: usize) -> Result<(u32, &RatingBand), Error> {
    let band = bands
        .bands()
        .get(index)
        .ok_or_else(|| Error::new(ErrorCode::Internal, "bands", "band index out of range"))?;
    // At most MAX_RATING_BANDS bands: the index fits.
    Ok((u32::try_from(index).unwrap_or(u32::MAX), band))
}

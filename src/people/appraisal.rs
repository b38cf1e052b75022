//! The appraisal: what was achieved (the goal rating) combined with how (competency
//! ratings) into one overall rating on the rating scale.

use super::goal_score::{GoalScore, GoalScoreInput, RatingBands, band_at, goal_score};
use super::okr_score::optional_weights;
use super::rating_scale::RatingScale;
use crate::scorecard::normalise_weights;
use crate::validate::{PathIds, list_length, representable};
use crate::{Error, ErrorCode};

use super::feedback_360::MAX_COMPETENCIES;

/// The "what" of an appraisal: goals to score, or a goal rating decided elsewhere.
#[derive(Debug, Clone, PartialEq)]
pub enum AppraisalGoals {
    /// Goals scored by [`goal_score`]; their rating bands' ratings must lie on the scale.
    Scored(GoalScoreInput),
    /// A goal rating on the scale, already decided, and the bands that name the
    /// overall rating (their ratings on the scale).
    Rating {
        /// The goal rating. Field `rating`.
        rating: f64,
        /// The bands whose labels name the overall rating. Field `bands`.
        bands: RatingBands,
    },
}

/// One competency (a behaviour: teamwork, customer focus) and its rating.
#[derive(Debug, Clone, PartialEq)]
pub struct Competency {
    /// Unique among the competencies, not empty. Field `id`.
    pub id: String,
    /// A display name. Field `name`.
    pub name: Option<String>,
    /// Its weight among the competencies, 0 or more; give every competency a weight, or
    /// none (equal weights). Field `weight`.
    pub weight: Option<f64>,
    /// The rating, on the scale; may be a 360-degree average such as 3.6. Field `rating`.
    pub rating: f64,
}

impl Competency {
    /// A competency without a name or weight.
    pub fn new(id: impl Into<String>, rating: f64) -> Self {
        Competency {
            id: id.into(),
            name: None,
            weight: None,
            rating,
        }
    }
}

/// The weights of what and how in the overall rating, 0 or more, not both 0, in any
/// unit (70/30, 0.5/0.5). Fields `goals`, `competencies`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AppraisalWeights {
    /// The weight of the goal rating. Field `goals`.
    pub goals: f64,
    /// The weight of the competency rating. Field `competencies`.
    pub competencies: f64,
}

/// Inputs of [`appraisal`].
#[derive(Debug, Clone, PartialEq)]
pub struct AppraisalInput {
    /// What was achieved. Field `goals`.
    pub goals: AppraisalGoals,
    /// How: 1 to [`MAX_COMPETENCIES`] competencies. Field `competencies`.
    pub competencies: Vec<Competency>,
    /// The weights of what and how. Field `weights`.
    pub weights: AppraisalWeights,
    /// The rating scale (default 1 to 5). Field `scale`.
    pub scale: RatingScale,
}

impl AppraisalInput {
    /// An appraisal on the default 1-to-5 scale.
    pub fn new(
        goals: AppraisalGoals,
        competencies: Vec<Competency>,
        weights: AppraisalWeights,
    ) -> Self {
        AppraisalInput {
            goals,
            competencies,
            weights,
            scale: RatingScale::default(),
        }
    }
}

/// One part of the overall rating.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct AppraisalPart {
    /// The part's rating on the scale.
    pub rating: f64,
    /// The weight as given.
    pub weight: f64,
    /// The weight over the sum of both weights.
    pub normalised_weight: f64,
    /// normalised weight × rating: the part's share of the overall rating.
    pub contribution: f64,
}

/// A competency of the result.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RatedCompetency {
    /// The competency's id.
    pub id: String,
    /// Its name, when given.
    pub name: Option<String>,
    /// Its rating.
    pub rating: f64,
    /// Its normalised weight among the competencies.
    pub weight: f64,
    /// weight × rating: its share of the competency rating.
    pub contribution: f64,
}

/// The result of [`appraisal`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Appraisal {
    /// The overall rating, w_goals × goal rating + w_competencies × competency rating.
    pub rating: f64,
    /// The rating of the band nearest the overall rating (the overall rating rounded to
    /// the bands' ratings; a tie rounds up).
    pub final_rating: f64,
    /// That band's label, when it has one.
    pub label: Option<String>,
    /// That band's index, 0 = lowest.
    pub band_index: u32,
    /// What: the goal rating's part.
    pub goals: AppraisalPart,
    /// How: the competency rating's part.
    pub competencies: AppraisalPart,
    /// The goal scoring, when goals were given to score.
    pub goal_score: Option<GoalScore>,
    /// The competencies, in input order.
    pub competency_ratings: Vec<RatedCompetency>,
}

/// Combines what and how into an overall rating on the rating scale:
/// - what: the goal rating, the band rating of the weighted goal achievement
///   ([`goal_score`]) or a rating given directly;
/// - how: the competency rating C = Σ vⱼ cⱼ, the weighted average of the competency
///   ratings (equal weights when none are given);
/// - overall R = w_g × G + w_c × C, with w_g and w_c the what/how weights normalised to
///   sum to 1; reported in the band whose rating is nearest R (ties round up), with its
///   label.
///
/// Reference: the "what and how" appraisal that weighs objectives against
/// competencies (Armstrong, *Armstrong's Handbook of Performance Management*, 4th ed.,
/// 2009, ch. on rating; common weightings 50/50 to 70/30). The figures are a weighted
/// mean; no published worked example was found.
///
/// # Errors
/// - `out_of_range` naming `goals.bands[i].rating` when a band's rating is off the
///   scale; errors of [`goal_score`] under `goals`; `not_finite` / `out_of_range` naming
///   `goals.rating` when a given goal rating is off the scale;
/// - `out_of_range` naming `competencies` when empty, `too_large` beyond
///   [`MAX_COMPETENCIES`]; `invalid_input` / `duplicate_id` naming `competencies[i].id`;
///   `not_finite` / `out_of_range` naming `competencies[i].rating`; weight errors naming
///   `competencies[i].weight` or `competencies`;
/// - `not_finite` / `negative` naming `weights.goals` or `weights.competencies`,
///   `not_positive` naming `weights` when both are 0.
///
/// # Examples
/// Hand-computed: a goal rating of 4, competencies rated 3 and 4 (equal weights: 3.5),
/// weighted 60/40: R = 0.6 × 4 + 0.4 × 3.5 = 3.8, nearest band 4 "Exceeds expectations".
/// ```
/// use opscalc::people::{appraisal, AppraisalGoals, AppraisalInput, AppraisalWeights, Competency, RatingBands};
/// let input = AppraisalInput::new(
///     AppraisalGoals::Rating { rating: 4.0, bands: RatingBands::default() },
///     vec![Competency::new("teamwork", 3.0), Competency::new("focus", 4.0)],
///     AppraisalWeights { goals: 60.0, competencies: 40.0 },
/// );
/// let result = appraisal(&input)?;
/// assert!((result.rating - 3.8).abs() < 1e-12);
/// assert_eq!((result.final_rating, result.label.as_deref()), (4.0, Some("Exceeds expectations")));
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn appraisal(input: &AppraisalInput) -> Result<Appraisal, Error> {
    let scale = &input.scale;
    let bands = match &input.goals {
        AppraisalGoals::Scored(goals) => &goals.bands,
        AppraisalGoals::Rating { bands, .. } => bands,
    };
    for (index, band) in bands.bands().iter().enumerate() {
        let field = format!("goals.bands[{index}].rating");
        scale.check(&field, band.rating)?;
    }
    let (goal_rating, goal_result) = match &input.goals {
        AppraisalGoals::Scored(goals) => {
            let result = goal_score(goals).map_err(|error| error.within("goals"))?;
            (result.rating, Some(result))
        }
        AppraisalGoals::Rating { rating, .. } => (scale.check("goals.rating", *rating)?, None),
    };
    list_length("competencies", input.competencies.len(), MAX_COMPETENCIES)?;
    let mut ids = PathIds::new("the competencies");
    for (index, competency) in input.competencies.iter().enumerate() {
        let path = format!("competencies[{index}]");
        ids.check(&competency.id, &path)?;
        scale
            .check("rating", competency.rating)
            .map_err(|error| error.within(&path))?;
    }
    let given: Vec<Option<f64>> = input.competencies.iter().map(|c| c.weight).collect();
    let competency_weights = optional_weights(&given, "competencies", "")?;
    let mut competency_rating = 0.0;
    let competency_ratings = input
        .competencies
        .iter()
        .zip(competency_weights)
        .map(|(competency, weight)| {
            let contribution = weight * competency.rating + 0.0;
            competency_rating += contribution;
            RatedCompetency {
                id: competency.id.clone(),
                name: competency.name.clone(),
                rating: competency.rating,
                weight,
                contribution,
            }
        })
        .collect();
    let competency_rating = scale.clamp(competency_rating);
    let given = [input.weights.goals, input.weights.competencies];
    let (parts, _) = normalise_weights(&given, "weights").map_err(|error| {
        let field = match error.field() {
            "weights[0]" => "weights.goals",
            "weights[1]" => "weights.competencies",
            _ => "weights",
        };
        Error::new(error.code(), field, error.message().to_owned())
    })?;
    let [goals_weight, competencies_weight] = parts.as_slice() else {
        return Err(Error::new(ErrorCode::Internal, "weights", "two weights"));
    };
    let part = |rating: f64, weight: f64, normalised_weight: f64| AppraisalPart {
        rating,
        weight,
        normalised_weight,
        contribution: normalised_weight * rating + 0.0,
    };
    let goals = part(goal_rating, input.weights.goals, *goals_weight);
    let competencies = part(
        competency_rating,
        input.weights.competencies,
        *competencies_weight,
    );
    let rating = scale.clamp(representable(
        goals.contribution + competencies.contribution,
        false,
    )?);
    let (band_index, band) = band_at(bands, bands.nearest_rating(rating))?;
    Ok(Appraisal {
        rating,
        final_rating: band.rating,
        label: band.label.clone(),
        band_index,
        goals,
        competencies,
        goal_score: goal_result,
        competency_ratings,
    })
}

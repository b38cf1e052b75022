//! JS mirror of the appraisal. No formulas: it converts the options to the core input,
//! calls the core, and converts the result.

use super::goal_score::{GoalScoreOptions, GoalScoreResult, RatingBandOptions, rating_bands};
use super::rating_scale::{RatingScaleOptions, scale_or_default};
use crate::Error;
use crate::people::{self, AppraisalGoals, AppraisalInput, AppraisalWeights, Competency};
use crate::wasm::boundary::call;
use crate::wasm::from_js::{FromJs, JsObject, from_js};
use crate::wasm::js_data::JsData;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// A goal rating decided elsewhere.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct GoalRatingOptions {
    /// The goal rating, on the scale.
    pub rating: f64,
    /// The bands whose labels name the overall rating (default the five of
    /// {@link GoalScoreOptions.bands}); their ratings must lie on the scale.
    #[tsify(optional)]
    pub bands: Option<Vec<RatingBandOptions>>,
}

from_js!(GoalRatingOptions { rating, bands });

/// What was achieved: the options of {@link goalScore} (an object with `goals`), or a
/// goal rating (an object with `rating`). The goal bands also name the overall rating.
#[derive(Tsify)]
#[serde(untagged)]
pub enum AppraisalGoalsOptions {
    /// Goals to score.
    Scored(GoalScoreOptions),
    /// A goal rating.
    Rating(GoalRatingOptions),
}

impl FromJs for AppraisalGoalsOptions {
    fn from_js(data: JsData<'_>) -> Result<Self, Error> {
        if JsObject::part(data, &["goals"]).is_ok_and(|object| object.has("goals")) {
            <GoalScoreOptions as FromJs>::from_js(data).map(AppraisalGoalsOptions::Scored)
        } else {
            <GoalRatingOptions as FromJs>::from_js(data).map(AppraisalGoalsOptions::Rating)
        }
    }

    fn placeholder() -> Self {
        AppraisalGoalsOptions::Rating(FromJs::placeholder())
    }
}

/// A competency (a behaviour) and its rating.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CompetencyOptions {
    /// Unique among the competencies, not empty.
    pub id: String,
    /// A display name.
    #[tsify(optional)]
    pub name: Option<String>,
    /// Its weight, 0 or more: give every competency a weight, or none (equal weights).
    #[tsify(optional)]
    pub weight: Option<f64>,
    /// Its rating on the scale; any number on it (a 360-degree average such as 3.6).
    pub rating: f64,
}

from_js!(CompetencyOptions {
    id,
    name,
    weight,
    rating
});

/// The weights of what (goals) and how (competencies), 0 or more, not both 0, in any
/// unit (70 and 30).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct AppraisalWeightsOptions {
    /// The weight of the goal rating.
    pub goals: f64,
    /// The weight of the competency rating.
    pub competencies: f64,
}

from_js!(AppraisalWeightsOptions {
    goals,
    competencies
});

/// Options of {@link appraisal}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct AppraisalOptions {
    /// What was achieved.
    pub goals: AppraisalGoalsOptions,
    /// How: 1 to 100 competencies.
    pub competencies: Vec<CompetencyOptions>,
    /// The weights of what and how.
    pub weights: AppraisalWeightsOptions,
    /// The rating scale: default 1 to 5.
    #[tsify(optional)]
    pub scale: Option<RatingScaleOptions>,
}

from_js!(AppraisalOptions {
    goals,
    competencies,
    weights,
    scale
});

impl TryFrom<AppraisalOptions> for AppraisalInput {
    type Error = Error;

    fn try_from(options: AppraisalOptions) -> Result<Self, Error> {
        let goals = match options.goals {
            AppraisalGoalsOptions::Scored(goals) => AppraisalGoals::Scored(
                people::GoalScoreInput::try_from(goals).map_err(|error| error.within("goals"))?,
            ),
            AppraisalGoalsOptions::Rating(goals) => AppraisalGoals::Rating {
                rating: goals.rating,
                bands: rating_bands(goals.bands).map_err(|error| error.within("goals"))?,
            },
        };
        let competencies = options
            .competencies
            .into_iter()
            .map(|competency| {
                let mut node = Competency::new(competency.id, competency.rating);
                node.name = competency.name;
                node.weight = competency.weight;
                node
            })
            .collect();
        let weights = AppraisalWeights {
            goals: options.weights.goals,
            competencies: options.weights.competencies,
        };
        let mut input = AppraisalInput::new(goals, competencies, weights);
        input.scale = scale_or_default(options.scale)?;
        Ok(input)
    }
}

/// One part (what or how) of the overall rating.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct AppraisalPartResult {
    /// The part's rating on the scale.
    pub rating: f64,
    /// The weight as given.
    pub weight: f64,
    /// The weight over the sum of both weights.
    pub normalised_weight: f64,
    /// normalisedWeight × rating: the part's share of the overall rating.
    pub contribution: f64,
}

to_js!(AppraisalPartResult {
    rating,
    weight,
    normalised_weight,
    contribution
});

impl From<people::AppraisalPart> for AppraisalPartResult {
    fn from(part: people::AppraisalPart) -> Self {
        AppraisalPartResult {
            rating: part.rating,
            weight: part.weight,
            normalised_weight: part.normalised_weight,
            contribution: part.contribution,
        }
    }
}

/// A rated competency.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CompetencyResult {
    /// The competency's id.
    pub id: String,
    /// Its name, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub name: Option<String>,
    /// Its rating.
    pub rating: f64,
    /// Its normalised weight among the competencies.
    pub weight: f64,
    /// weight × rating: its share of the competency rating.
    pub contribution: f64,
}

to_js!(CompetencyResult {
    id,
    name,
    rating,
    weight,
    contribution
});

/// Result of {@link appraisal}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct AppraisalResult {
    /// The overall rating: goals.contribution + competencies.contribution.
    pub rating: f64,
    /// The rating of the band nearest the overall rating (ties round up).
    pub final_rating: f64,
    /// That band's label, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub label: Option<String>,
    /// That band's index, 0 = lowest.
    pub band_index: u32,
    /// What: the goal rating's part.
    pub goals: AppraisalPartResult,
    /// How: the competency rating's part (its rating is the weighted average of the
    /// competencies).
    pub competencies: AppraisalPartResult,
    /// The goal scoring, when goals were given to score.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub goal_score: Option<GoalScoreResult>,
    /// The competencies, in input order.
    pub competency_ratings: Vec<CompetencyResult>,
}

to_js!(AppraisalResult {
    rating,
    final_rating,
    label,
    band_index,
    goals,
    competencies,
    goal_score,
    competency_ratings
});

impl From<people::Appraisal> for AppraisalResult {
    fn from(result: people::Appraisal) -> Self {
        AppraisalResult {
            rating: result.rating,
            final_rating: result.final_rating,
            label: result.label,
            band_index: result.band_index,
            goals: result.goals.into(),
            competencies: result.competencies.into(),
            goal_score: result.goal_score.map(Into::into),
            competency_ratings: result
                .competency_ratings
                .into_iter()
                .map(|competency| CompetencyResult {
                    id: competency.id,
                    name: competency.name,
                    rating: competency.rating,
                    weight: competency.weight,
                    contribution: competency.contribution,
                })
                .collect(),
        }
    }
}

/// The appraisal: what (the goal rating) and how (the weighted competency rating)
/// combined with the what/how weights into an overall rating on the scale, its nearest
/// band and label, and the breakdown.
///
/// Throws an {@link OpscalcError} naming the field (`competencies[2].rating` off the
/// scale, `weights` when both weights are 0).
#[wasm_bindgen(js_name = appraisal, unchecked_return_type = "AppraisalResult")]
pub fn appraisal(
    #[wasm_bindgen(unchecked_param_type = "AppraisalOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: AppraisalOptions| {
        let input = AppraisalInput::try_from(options)?;
        people::appraisal(&input).map(AppraisalResult::from)
    })
}

//! JS mirror of weighted goals. No formulas: a goal's options are those of `scoreKpi`
//! plus `id`, `name` and `weight`, read and converted by the `scoreKpi` mirror.

use crate::Error;
use crate::people::{self, Goal, GoalScoreInput, RatingBand, RatingBands};
use crate::scorecard::KpiInput;
use crate::wasm::boundary::call;
use crate::wasm::from_js::{FromJs, JsObject, from_js};
use crate::wasm::js_data::JsData;
use crate::wasm::scorecard::{KpiScoreResult, ScoreKpiOptions};
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// One goal: the options of {@link scoreKpi} (`actual` is required: every goal is
/// scored) plus an id, a name and a weight.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct GoalOptions {
    /// Unique among the goals, not empty.
    pub id: String,
    /// A display name.
    #[tsify(optional)]
    pub name: Option<String>,
    /// The goal's weight, 0 or more, in any unit (points, percent); normalised to sum to 1.
    pub weight: f64,
    /// The goal's scoring, as for {@link scoreKpi}.
    #[serde(flatten)]
    pub kpi: ScoreKpiOptions,
}

/// The goal's own fields; every other key belongs to the `scoreKpi` options.
const GOAL_FIELDS: [&str; 3] = ["id", "name", "weight"];

impl FromJs for GoalOptions {
    fn from_js(data: JsData<'_>) -> Result<Self, Error> {
        let mut own = JsObject::part(data, &GOAL_FIELDS)?;
        Ok(GoalOptions {
            id: own.take("id")?,
            name: own.take("name")?,
            weight: own.take("weight")?,
            kpi: <ScoreKpiOptions as FromJs>::from_js(data.without(&GOAL_FIELDS))?,
        })
    }

    fn placeholder() -> Self {
        GoalOptions {
            id: String::new(),
            name: None,
            weight: 0.0,
            kpi: FromJs::placeholder(),
        }
    }
}

/// A band of the rating scale: achievements from `from` up to the next band's `from`
/// are rated `rating`.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct RatingBandOptions {
    /// Where the band starts, as an achievement (1 = on target); ascending.
    pub from: f64,
    /// The rating given (1 to 5 by default); ascending.
    pub rating: f64,
    /// A name for the band, not empty.
    #[tsify(optional)]
    pub label: Option<String>,
}

from_js!(RatingBandOptions {
    from,
    rating,
    label
});

/// Validated bands from options; the default five when absent.
pub(crate) fn rating_bands(bands: Option<Vec<RatingBandOptions>>) -> Result<RatingBands, Error> {
    bands.map_or_else(
        || Ok(RatingBands::default()),
        |bands| {
            RatingBands::new(
                bands
                    .into_iter()
                    .map(|band| RatingBand::new(band.from, band.rating, band.label))
                    .collect(),
            )
        },
    )
}

/// Options of {@link goalScore}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct GoalScoreOptions {
    /// 1 to 100 goals.
    pub goals: Vec<GoalOptions>,
    /// How the achievement becomes a rating, 1 to 20 bands with ascending `from` and
    /// `rating`; an achievement below the first `from` takes the first band. Default:
    /// below 0.6 → 1 "Unsatisfactory", 0.6 → 2 "Needs improvement", 0.8 → 3 "Meets
    /// expectations", 1.0 → 4 "Exceeds expectations", 1.2 → 5 "Outstanding".
    #[tsify(optional)]
    pub bands: Option<Vec<RatingBandOptions>>,
}

from_js!(GoalScoreOptions { goals, bands });

impl TryFrom<GoalScoreOptions> for GoalScoreInput {
    type Error = Error;

    fn try_from(options: GoalScoreOptions) -> Result<Self, Error> {
        let goals = options
            .goals
            .into_iter()
            .enumerate()
            .map(|(index, goal)| {
                let kpi = KpiInput::try_from(goal.kpi)
                    .map_err(|error| error.within(&format!("goals[{index}]")))?;
                let mut node = Goal::new(goal.id, goal.weight, kpi);
                node.name = goal.name;
                Ok(node)
            })
            .collect::<Result<_, Error>>()?;
        let mut input = GoalScoreInput::new(goals);
        input.bands = rating_bands(options.bands)?;
        Ok(input)
    }
}

/// A scored goal.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct GoalResult {
    /// The goal's id.
    pub id: String,
    /// Its name, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub name: Option<String>,
    /// The weight as given.
    pub weight: f64,
    /// weight / Σ weight.
    pub normalised_weight: f64,
    /// normalisedWeight × kpi.score: the goal's share of the achievement.
    pub contribution: f64,
    /// The goal's score, as {@link scoreKpi} gives it.
    pub kpi: KpiScoreResult,
}

to_js!(GoalResult {
    id,
    name,
    weight,
    normalised_weight,
    contribution,
    kpi
});

/// Result of {@link goalScore}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct GoalScoreResult {
    /// Σ normalisedWeight × score: 1 when every goal is on target.
    pub achievement: f64,
    /// The rating of the band the achievement is in.
    pub rating: f64,
    /// That band's label, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub label: Option<String>,
    /// That band's index, 0 = lowest.
    pub band_index: u32,
    /// Σ weight as given.
    pub total_weight: f64,
    /// The goals, in input order.
    pub goals: Vec<GoalResult>,
}

to_js!(GoalScoreResult {
    achievement,
    rating,
    label,
    band_index,
    total_weight,
    goals
});

impl From<people::GoalScore> for GoalScoreResult {
    fn from(result: people::GoalScore) -> Self {
        GoalScoreResult {
            achievement: result.achievement,
            rating: result.rating,
            label: result.label,
            band_index: result.band_index,
            total_weight: result.total_weight,
            goals: result
                .goals
                .into_iter()
                .map(|goal| GoalResult {
                    id: goal.id,
                    name: goal.name,
                    weight: goal.weight,
                    normalised_weight: goal.normalised_weight,
                    contribution: goal.contribution,
                    kpi: goal.kpi.into(),
                })
                .collect(),
        }
    }
}

/// Scores weighted goals: each goal as {@link scoreKpi} scores it, the weights
/// normalised to sum to 1, the achievement Σ wᵢ sᵢ (1 = on target), and its rating band.
///
/// Throws an {@link OpscalcError} naming the field (`goals[1].actual` when a goal has
/// no actual value, `goals` when every weight is 0).
#[wasm_bindgen(js_name = goalScore, unchecked_return_type = "GoalScoreResult")]
pub fn goal_score(
    #[wasm_bindgen(unchecked_param_type = "GoalScoreOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: GoalScoreOptions| {
        let input = GoalScoreInput::try_from(options)?;
        people::goal_score(&input).map(GoalScoreResult::from)
    })
}

//! JS mirror of OKR grading. No formulas: it converts the options to the core input,
//! calls the core, and converts the result.

use crate::Error;
use crate::people::{self, KeyResult, OkrInput, OkrObjective};
use crate::scorecard::StatusBands;
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// A key result: a value moved from `start` towards `target`.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct KeyResultOptions {
    /// Unique across all objectives and key results, not empty.
    pub id: String,
    /// A display name.
    #[tsify(optional)]
    pub name: Option<String>,
    /// The value at the start of the period.
    pub start: f64,
    /// The value aimed at, different from `start`; below it for a decreasing key result.
    pub target: f64,
    /// The value now.
    pub current: f64,
    /// Its weight within the objective, 0 or more: give every key result of the
    /// objective a weight, or none (equal weights).
    #[tsify(optional)]
    pub weight: Option<f64>,
}

from_js!(KeyResultOptions {
    id,
    name,
    start,
    target,
    current,
    weight
});

/// An objective and its key results.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct OkrObjectiveOptions {
    /// Unique across all objectives and key results, not empty.
    pub id: String,
    /// A display name.
    #[tsify(optional)]
    pub name: Option<String>,
    /// Its weight in the overall grade, 0 or more: give every objective a weight, or
    /// none (equal weights).
    #[tsify(optional)]
    pub weight: Option<f64>,
    /// 1 to 50 key results.
    pub key_results: Vec<KeyResultOptions>,
}

from_js!(OkrObjectiveOptions {
    id,
    name,
    weight,
    key_results
});

/// The grade bands: ascending cut points on the 0-to-1 grade and the bands' names.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct OkrGradesOptions {
    /// Ascending cut points: default [0.4, 0.7] (red below 0.4, amber below 0.7, green
    /// from 0.7: Doerr's 0.0–0.3 / 0.4–0.6 / 0.7–1.0 made contiguous).
    #[tsify(optional)]
    pub thresholds: Option<Vec<f64>>,
    /// The bands' names, worst first, one more than the cut points: default
    /// ["red", "amber", "green"].
    #[tsify(optional)]
    pub status_names: Option<Vec<String>>,
}

from_js!(OkrGradesOptions {
    thresholds,
    status_names
});

/// Options of {@link okrScore}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct OkrScoreOptions {
    /// 1 to 50 objectives.
    pub objectives: Vec<OkrObjectiveOptions>,
    /// The grade bands (default red < 0.4 ≤ amber < 0.7 ≤ green).
    #[tsify(optional)]
    pub grades: Option<OkrGradesOptions>,
}

from_js!(OkrScoreOptions { objectives, grades });

impl TryFrom<OkrScoreOptions> for OkrInput {
    type Error = Error;

    fn try_from(options: OkrScoreOptions) -> Result<Self, Error> {
        let objectives = options
            .objectives
            .into_iter()
            .map(|objective| {
                let key_results = objective
                    .key_results
                    .into_iter()
                    .map(|kr| {
                        let mut node = KeyResult::new(kr.id, kr.start, kr.target, kr.current);
                        node.name = kr.name;
                        node.weight = kr.weight;
                        node
                    })
                    .collect();
                let mut node = OkrObjective::new(objective.id, key_results);
                node.name = objective.name;
                node.weight = objective.weight;
                node
            })
            .collect();
        let mut input = OkrInput::new(objectives);
        if let Some(grades) = options.grades {
            let thresholds = grades
                .thresholds
                .or_else(|| Some(people::DEFAULT_OKR_THRESHOLDS.to_vec()));
            input.grades = StatusBands::new(thresholds, grades.status_names)
                .map_err(|error| error.within("grades"))?;
        }
        Ok(input)
    }
}

/// A graded key result.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct KeyResultGrade {
    /// The key result's id.
    pub id: String,
    /// Its name, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub name: Option<String>,
    /// (current − start) / (target − start), before clamping.
    pub progress: f64,
    /// The progress clamped to [0, 1].
    pub score: f64,
    /// Its normalised weight within the objective.
    pub weight: f64,
    /// The grade band's name.
    pub grade: String,
    /// The grade band's index, 0 = worst.
    pub grade_index: u32,
}

to_js!(KeyResultGrade {
    id,
    name,
    progress,
    score,
    weight,
    grade,
    grade_index
});

/// A graded objective.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveGrade {
    /// The objective's id.
    pub id: String,
    /// Its name, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub name: Option<String>,
    /// The weighted average of its key results' scores, 0 to 1.
    pub score: f64,
    /// Its normalised weight in the overall grade.
    pub weight: f64,
    /// The grade band's name.
    pub grade: String,
    /// The grade band's index, 0 = worst.
    pub grade_index: u32,
    /// Every key result scored 1: the targets were perhaps not ambitious enough.
    pub sandbagging: bool,
    /// Its key results, in input order.
    pub key_results: Vec<KeyResultGrade>,
}

to_js!(ObjectiveGrade {
    id,
    name,
    score,
    weight,
    grade,
    grade_index,
    sandbagging,
    key_results
});

/// Result of {@link okrScore}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct OkrScoreResult {
    /// The weighted average of the objectives' scores, 0 to 1 (the sweet spot is 0.6 to 0.7).
    pub score: f64,
    /// The grade band's name.
    pub grade: String,
    /// The grade band's index, 0 = worst.
    pub grade_index: u32,
    /// Every key result of every objective scored 1.
    pub sandbagging: bool,
    /// The objectives, in input order.
    pub objectives: Vec<ObjectiveGrade>,
}

to_js!(OkrScoreResult {
    score,
    grade,
    grade_index,
    sandbagging,
    objectives
});

impl From<people::OkrScore> for OkrScoreResult {
    fn from(result: people::OkrScore) -> Self {
        let key_result = |kr: people::GradedKeyResult| KeyResultGrade {
            id: kr.id,
            name: kr.name,
            progress: kr.progress,
            score: kr.score,
            weight: kr.weight,
            grade: kr.grade,
            grade_index: kr.grade_index,
        };
        OkrScoreResult {
            score: result.score,
            grade: result.grade,
            grade_index: result.grade_index,
            sandbagging: result.sandbagging,
            objectives: result
                .objectives
                .into_iter()
                .map(|objective| ObjectiveGrade {
                    id: objective.id,
                    name: objective.name,
                    score: objective.score,
                    weight: objective.weight,
                    grade: objective.grade,
                    grade_index: objective.grade_index,
                    sandbagging: objective.sandbagging,
                    key_results: objective.key_results.into_iter().map(key_result).collect(),
                })
                .collect(),
        }
    }
}

/// Grades OKRs from 0 to 1: each key result's progress (current − start) / (target −
/// start) clamped to [0, 1], objectives and the whole as weighted averages, each with a
/// grade band and a `sandbagging` flag when every key result reached 1.
///
/// Throws an {@link OpscalcError} naming the field (`objectives[0].keyResults[1].target`
/// when it equals the start).
#[wasm_bindgen(js_name = okrScore, unchecked_return_type = "OkrScoreResult")]
pub fn okr_score(
    #[wasm_bindgen(unchecked_param_type = "OkrScoreOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: OkrScoreOptions| {
        let input = OkrInput::try_from(options)?;
        people::okr_score(&input).map(OkrScoreResult::from)
    })
}

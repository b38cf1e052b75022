//! JS mirror of the balanced-scorecard roll-up. No formulas: it converts the options to
//! the core input, calls the core, and converts the result.

use super::kpi_score::{KpiDirection, Scoring, rule_fields};
use crate::Error;
use crate::scorecard::{self, NodeFigures, StatusBands};
use crate::wasm::boundary::call;
use crate::wasm::choice::js_choice;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// How the scores of a node's children make the node's score, at every level:
/// `"weightedAverage"` (the default: Σ wᵢ sᵢ, weights normalised to sum to 1),
/// `"average"` (weights ignored), `"min"` (the weakest child) or `"max"`.
#[derive(Clone, Copy, Tsify)]
#[serde(rename_all = "camelCase")]
pub enum ScorecardRollup {
    /// Σ wᵢ sᵢ with normalised weights.
    WeightedAverage,
    /// Σ sᵢ / n.
    Average,
    /// The lowest child score.
    Min,
    /// The highest child score.
    Max,
}

js_choice!(ScorecardRollup {
    WeightedAverage = "weightedAverage",
    Average = "average",
    Min = "min",
    Max = "max",
});

impl From<ScorecardRollup> for scorecard::Rollup {
    fn from(rollup: ScorecardRollup) -> Self {
        match rollup {
            ScorecardRollup::WeightedAverage => scorecard::Rollup::WeightedAverage,
            ScorecardRollup::Average => scorecard::Rollup::Average,
            ScorecardRollup::Min => scorecard::Rollup::Min,
            ScorecardRollup::Max => scorecard::Rollup::Max,
        }
    }
}

impl From<scorecard::Rollup> for ScorecardRollup {
    fn from(rollup: scorecard::Rollup) -> Self {
        match rollup {
            scorecard::Rollup::WeightedAverage => ScorecardRollup::WeightedAverage,
            scorecard::Rollup::Average => ScorecardRollup::Average,
            scorecard::Rollup::Min => ScorecardRollup::Min,
            scorecard::Rollup::Max => ScorecardRollup::Max,
        }
    }
}

/// The level of a scorecard node: `"total"`, `"perspective"`, `"objective"` or `"kpi"`.
#[derive(Clone, Copy, Tsify)]
#[serde(rename_all = "camelCase")]
pub enum ScorecardLevel {
    /// The scorecard's total.
    Total,
    /// A perspective.
    Perspective,
    /// An objective.
    Objective,
    /// A KPI.
    Kpi,
}

js_choice!(ScorecardLevel {
    Total = "total",
    Perspective = "perspective",
    Objective = "objective",
    Kpi = "kpi",
});

impl From<scorecard::NodeLevel> for ScorecardLevel {
    fn from(level: scorecard::NodeLevel) -> Self {
        match level {
            scorecard::NodeLevel::Total => ScorecardLevel::Total,
            scorecard::NodeLevel::Perspective => ScorecardLevel::Perspective,
            scorecard::NodeLevel::Objective => ScorecardLevel::Objective,
            scorecard::NodeLevel::Kpi => ScorecardLevel::Kpi,
        }
    }
}

/// One KPI of a scorecard: its id and weight, its actual value when measured, and the
/// options of {@link scoreKpi}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ScorecardKpiOptions {
    /// Unique across the whole scorecard (perspectives, objectives and KPIs share one
    /// id space), not empty.
    pub id: String,
    /// A display name.
    #[tsify(optional)]
    pub name: Option<String>,
    /// The KPI's weight within its objective, 0 or more, in any unit (points, percent).
    pub weight: f64,
    /// The measured value; leave it out when not measured yet: the KPI is then listed in
    /// `missing` and its siblings' weights renormalised.
    #[tsify(optional)]
    pub actual: Option<f64>,
    /// As in {@link ScoreKpiOptions}.
    #[tsify(optional)]
    pub target: Option<f64>,
    /// As in {@link ScoreKpiOptions}.
    #[tsify(optional)]
    pub baseline: Option<f64>,
    /// As in {@link ScoreKpiOptions}.
    #[tsify(optional)]
    pub min: Option<f64>,
    /// As in {@link ScoreKpiOptions}.
    #[tsify(optional)]
    pub max: Option<f64>,
    /// As in {@link ScoreKpiOptions}.
    #[tsify(optional)]
    pub tolerance: Option<f64>,
    /// As in {@link ScoreKpiOptions}.
    #[tsify(optional)]
    pub lower_tolerance: Option<f64>,
    /// As in {@link ScoreKpiOptions}.
    #[tsify(optional)]
    pub upper_tolerance: Option<f64>,
    /// Which way the KPI is good.
    pub direction: KpiDirection,
    /// The KPI's own status cut points; without them (and `statusNames`) the
    /// scorecard's apply.
    #[tsify(optional)]
    pub thresholds: Option<Vec<f64>>,
    /// The KPI's own status names, worst first.
    #[tsify(optional)]
    pub status_names: Option<Vec<String>>,
    /// An upper limit on the score, above 0.
    #[tsify(optional)]
    pub cap: Option<f64>,
    /// Clamp the score to [0, 1]; not with `cap`.
    #[tsify(optional)]
    pub clamp: Option<bool>,
}

from_js!(ScorecardKpiOptions {
    id,
    name,
    weight,
    actual,
    target,
    baseline,
    min,
    max,
    tolerance,
    lower_tolerance,
    upper_tolerance,
    direction,
    thresholds,
    status_names,
    cap,
    clamp
});

/// An objective: a group of KPIs within a perspective.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveOptions {
    /// Unique across the scorecard, not empty.
    pub id: String,
    /// A display name.
    #[tsify(optional)]
    pub name: Option<String>,
    /// The objective's weight within its perspective, 0 or more.
    pub weight: f64,
    /// Its KPIs, 1 or more (at most 1000 in the whole scorecard).
    pub kpis: Vec<ScorecardKpiOptions>,
}

from_js!(ObjectiveOptions {
    id,
    name,
    weight,
    kpis
});

/// A perspective (Financial, Customer, Internal process, Learning and growth).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct PerspectiveOptions {
    /// Unique across the scorecard, not empty.
    pub id: String,
    /// A display name.
    #[tsify(optional)]
    pub name: Option<String>,
    /// The perspective's weight in the total, 0 or more.
    pub weight: f64,
    /// Its objectives, 1 to 100.
    pub objectives: Vec<ObjectiveOptions>,
}

from_js!(PerspectiveOptions {
    id,
    name,
    weight,
    objectives
});

/// Options of {@link scorecard}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ScorecardOptions {
    /// 1 to 20 perspectives, with at most 1000 KPIs in all.
    pub perspectives: Vec<PerspectiveOptions>,
    /// The roll-up at every level: `"weightedAverage"` by default.
    #[tsify(optional)]
    pub rollup: Option<ScorecardRollup>,
    /// Status cut points of the roll-up nodes and of the KPIs without their own:
    /// default [0.7, 0.9].
    #[tsify(optional)]
    pub thresholds: Option<Vec<f64>>,
    /// Status names, worst first: default ["red", "amber", "green"].
    #[tsify(optional)]
    pub status_names: Option<Vec<String>>,
}

from_js!(ScorecardOptions {
    perspectives,
    rollup,
    thresholds,
    status_names
});

impl TryFrom<ScorecardOptions> for scorecard::ScorecardInput {
    type Error = Error;

    fn try_from(options: ScorecardOptions) -> Result<Self, Error> {
        let perspectives = options
            .perspectives
            .into_iter()
            .enumerate()
            .map(|(p, perspective)| {
                let objectives = perspective
                    .objectives
                    .into_iter()
                    .enumerate()
                    .map(|(o, objective)| {
                        let kpis = objective
                            .kpis
                            .into_iter()
                            .enumerate()
                            .map(|(k, kpi)| {
                                kpi_input(kpi).map_err(|error| {
                                    error.within(&format!(
                                        "perspectives[{p}].objectives[{o}].kpis[{k}]"
                                    ))
                                })
                            })
                            .collect::<Result<_, Error>>()?;
                        let mut node =
                            scorecard::Objective::new(objective.id, objective.weight, kpis);
                        node.name = objective.name;
                        Ok(node)
                    })
                    .collect::<Result<_, Error>>()?;
                let mut node =
                    scorecard::Perspective::new(perspective.id, perspective.weight, objectives);
                node.name = perspective.name;
                Ok(node)
            })
            .collect::<Result<_, Error>>()?;
        let mut input = scorecard::ScorecardInput::new(perspectives);
        input.rollup = options.rollup.map(Into::into).unwrap_or_default();
        input.bands = StatusBands::new(options.thresholds, options.status_names)?;
        Ok(input)
    }
}

fn kpi_input(kpi: ScorecardKpiOptions) -> Result<scorecard::ScorecardKpi, Error> {
    let scoring = Scoring::from_fields(
        &rule_fields!(kpi),
        kpi.cap,
        kpi.clamp,
        kpi.thresholds,
        kpi.status_names,
    )?;
    let mut node = scorecard::ScorecardKpi::new(kpi.id, kpi.weight, kpi.actual, scoring.rule);
    node.name = kpi.name;
    node.limit = scoring.limit;
    node.bands = scoring.bands;
    Ok(node)
}

/// A KPI of the result: its weights and share of the total, and, when it has an actual
/// value, its score as {@link scoreKpi} gives it.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ScorecardKpiResult {
    /// The KPI's id.
    pub id: String,
    /// The KPI's name, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub name: Option<String>,
    /// The weight as given.
    pub weight: f64,
    /// The weight over the sum of its scored siblings' weights (0 when excluded).
    pub normalised_weight: f64,
    /// Whether the KPI has no actual value and is left out.
    pub excluded: bool,
    /// ∂total / ∂score: the product of the weights along the path to the total (see
    /// {@link ScorecardResult.sensitivity}); 0 when excluded.
    pub effective_weight: f64,
    /// effectiveWeight × score: the KPI's share of the total (0 when excluded).
    pub contribution: f64,
    /// The actual value, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub actual: Option<f64>,
    /// The score after `cap` or `clamp`, when scored.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub score: Option<f64>,
    /// The score before `cap` or `clamp`, when scored.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub raw_score: Option<f64>,
    /// The status band's name, when scored.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub status: Option<String>,
    /// The status band's index, 0 = worst, when scored.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub status_index: Option<u32>,
    /// 100 × actual / target, when scored and the target is not 0.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub percent_of_target: Option<f64>,
    /// Distance from target, positive when better, when scored.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub variance: Option<f64>,
    /// The baseline used (higher/lower is better, when scored).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub baseline: Option<f64>,
}

to_js!(ScorecardKpiResult {
    id,
    name,
    weight,
    normalised_weight,
    excluded,
    effective_weight,
    contribution,
    actual,
    score,
    raw_score,
    status,
    status_index,
    percent_of_target,
    variance,
    baseline
});

/// An objective of the result.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveResult {
    /// The objective's id.
    pub id: String,
    /// Its name, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub name: Option<String>,
    /// The weight as given.
    pub weight: f64,
    /// The weight over the sum of its scored siblings' weights (0 when excluded).
    pub normalised_weight: f64,
    /// Whether no KPI of the objective has an actual value, so it is left out.
    pub excluded: bool,
    /// The roll-up of its scored KPIs, when any.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub score: Option<f64>,
    /// The status band's name on the scorecard's scale, when scored.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub status: Option<String>,
    /// The status band's index, 0 = worst, when scored.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub status_index: Option<u32>,
    /// ∂total / ∂score (0 when excluded).
    pub effective_weight: f64,
    /// effectiveWeight × score; its KPIs' contributions add up to it.
    pub contribution: f64,
    /// Its KPIs, in input order.
    pub kpis: Vec<ScorecardKpiResult>,
}

to_js!(ObjectiveResult {
    id,
    name,
    weight,
    normalised_weight,
    excluded,
    score,
    status,
    status_index,
    effective_weight,
    contribution,
    kpis
});

/// A perspective of the result.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct PerspectiveResult {
    /// The perspective's id.
    pub id: String,
    /// Its name, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub name: Option<String>,
    /// The weight as given.
    pub weight: f64,
    /// The weight over the sum of the scored perspectives' weights (0 when excluded).
    pub normalised_weight: f64,
    /// Whether no KPI of the perspective has an actual value, so it is left out.
    pub excluded: bool,
    /// The roll-up of its scored objectives, when any.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub score: Option<f64>,
    /// The status band's name on the scorecard's scale, when scored.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub status: Option<String>,
    /// The status band's index, 0 = worst, when scored.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub status_index: Option<u32>,
    /// ∂total / ∂score: its normalised weight for a weighted average, 1/n for an
    /// average, 1 or 0 for min and max (0 when excluded).
    pub effective_weight: f64,
    /// effectiveWeight × score: the perspectives' contributions add up to the total.
    pub contribution: f64,
    /// Its objectives, in input order.
    pub objectives: Vec<ObjectiveResult>,
}

to_js!(PerspectiveResult {
    id,
    name,
    weight,
    normalised_weight,
    excluded,
    score,
    status,
    status_index,
    effective_weight,
    contribution,
    objectives
});

/// A node left out for want of a score.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct MissingNodeResult {
    /// The node's id.
    pub id: String,
    /// Its place in the options: "perspectives[0].objectives[1].kpis[2]".
    pub path: String,
    /// `"kpi"` (no actual), or `"objective"` / `"perspective"` (no scored KPI in it).
    pub level: ScorecardLevel,
}

to_js!(MissingNodeResult { id, path, level });

/// How much the total moves per unit of one KPI's score.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct KpiSensitivityResult {
    /// The KPI's id.
    pub id: String,
    /// Its place in the options: "perspectives[0].objectives[1].kpis[2]".
    pub path: String,
    /// ∂total / ∂(KPI score): the product of the weights along the path (normalised
    /// weights for a weighted average, 1/n for an average, 1 on the branch a min or max
    /// takes and 0 elsewhere).
    pub effective_weight: f64,
}

to_js!(KpiSensitivityResult {
    id,
    path,
    effective_weight
});

/// Result of {@link scorecard}. Scores are fractions (1 = on target).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ScorecardResult {
    /// The total score: with a weighted average, the sum of the perspectives' contributions.
    pub score: f64,
    /// Its status band's name.
    pub status: String,
    /// Its status band's index, 0 = worst.
    pub status_index: u32,
    /// The roll-up used.
    pub rollup: ScorecardRollup,
    /// Each perspective, in input order, with its objectives and KPIs.
    pub perspectives: Vec<PerspectiveResult>,
    /// The nodes left out, in input order: KPIs without actual, and objectives and
    /// perspectives left without any scored KPI.
    pub missing: Vec<MissingNodeResult>,
    /// Every scored KPI, the largest effective weight first (input order on ties).
    pub sensitivity: Vec<KpiSensitivityResult>,
}

to_js!(ScorecardResult {
    score,
    status,
    status_index,
    rollup,
    perspectives,
    missing,
    sensitivity
});

/// A result node from the core's figures and the node's own fields:
/// `from_figures!(ObjectiveResult, figures, { kpis: ... })`.
macro_rules! from_figures {
    ($type:ident, $figures:expr, { $($field:ident: $value:expr),* $(,)? }) => {{
        let figures: NodeFigures = $figures;
        $type {
            id: figures.id,
            name: figures.name,
            weight: figures.weight,
            normalised_weight: figures.normalised_weight,
            excluded: figures.excluded,
            score: figures.score,
            status: figures.status,
            status_index: figures.status_index,
            effective_weight: figures.effective_weight,
            contribution: figures.contribution,
            $($field: $value),*
        }
    }};
}

impl From<scorecard::KpiNode> for ScorecardKpiResult {
    fn from(kpi: scorecard::KpiNode) -> Self {
        let result = kpi.result.as_ref();
        from_figures!(ScorecardKpiResult, kpi.figures, {
            actual: kpi.actual,
            raw_score: result.map(|result| result.raw_score),
            percent_of_target: result.and_then(|result| result.percent_of_target),
            variance: result.map(|result| result.variance),
            baseline: result.and_then(|result| result.baseline),
        })
    }
}

impl From<scorecard::ObjectiveNode> for ObjectiveResult {
    fn from(objective: scorecard::ObjectiveNode) -> Self {
        from_figures!(ObjectiveResult, objective.figures, {
            kpis: objective.kpis.into_iter().map(Into::into).collect(),
        })
    }
}

impl From<scorecard::PerspectiveNode> for PerspectiveResult {
    fn from(perspective: scorecard::PerspectiveNode) -> Self {
        from_figures!(PerspectiveResult, perspective.figures, {
            objectives: perspective.objectives.into_iter().map(Into::into).collect(),
        })
    }
}

impl From<scorecard::Scorecard> for ScorecardResult {
    fn from(card: scorecard::Scorecard) -> Self {
        ScorecardResult {
            score: card.score,
            status: card.status,
            status_index: card.status_index,
            rollup: card.rollup.into(),
            perspectives: card.perspectives.into_iter().map(Into::into).collect(),
            missing: card
                .missing
                .into_iter()
                .map(|node| MissingNodeResult {
                    id: node.id,
                    path: node.path,
                    level: node.level.into(),
                })
                .collect(),
            sensitivity: card
                .sensitivity
                .into_iter()
                .map(|kpi| KpiSensitivityResult {
                    id: kpi.id,
                    path: kpi.path,
                    effective_weight: kpi.effective_weight,
                })
                .collect(),
        }
    }
}

/// Rolls a balanced scorecard up from its KPIs (each scored as by {@link scoreKpi}) to
/// objectives, perspectives and one total, by `rollup` at every level. KPIs without
/// `actual` are listed in `missing` and left out, their siblings' weights renormalised;
/// each node shows its normalised weight, effective weight (∂total/∂score) and
/// contribution, and `sensitivity` ranks the KPIs by effective weight.
///
/// Throws an {@link OpscalcError} naming the field for invalid options
/// (`perspectives[0].objectives[1].kpis[2].actual` for NaN, `…id` for a duplicate id,
/// `perspectives` when no KPI has an actual value).
#[wasm_bindgen(js_name = scorecard, unchecked_return_type = "ScorecardResult")]
pub fn scorecard(
    #[wasm_bindgen(unchecked_param_type = "ScorecardOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: ScorecardOptions| {
        let input = scorecard::ScorecardInput::try_from(options)?;
        scorecard::scorecard(&input).map(ScorecardResult::from)
    })
}

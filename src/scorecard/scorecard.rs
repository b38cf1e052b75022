//! The balanced scorecard: KPIs grouped into objectives and perspectives, each level
//! rolled up by weight (or average, minimum, maximum) to one total score with a status,
//! with every node's contribution to the total and each KPI's sensitivity.

use super::direct_weights::normalise_weights;
use super::kpi_score::{CheckedRule, KpiRule, KpiScore, ScoreLimit};
use super::status::StatusBands;
use crate::sort::{descending_order, in_order};
use crate::validate::{PathIds, finite, list_length, non_negative};
use crate::{Error, ErrorCode};

/// The most perspectives a scorecard may have.
pub const MAX_PERSPECTIVES: u32 = 20;
/// The most objectives one perspective may have.
pub const MAX_OBJECTIVES: u32 = 100;
/// The most KPIs a scorecard may have in all.
pub const MAX_KPIS: u32 = 1000;

/// How the scores of a node's children make the node's score, at every level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Rollup {
    /// `Σ wᵢ sᵢ` with the weights normalised to sum to 1. The default.
    #[default]
    WeightedAverage,
    /// `Σ sᵢ / n`: the weights are ignored.
    Average,
    /// The lowest child score: a chain is as strong as its weakest link.
    Min,
    /// The highest child score.
    Max,
}

/// One KPI of a scorecard. Its actual value may be missing (not measured yet).
#[derive(Debug, Clone, PartialEq)]
pub struct ScorecardKpi {
    /// Unique across the whole scorecard (perspectives, objectives and KPIs share one id
    /// space), not empty. Field `id`.
    pub id: String,
    /// A display name. Field `name`.
    pub name: Option<String>,
    /// The KPI's weight within its objective, 0 or more, in any unit (points,
    /// percent). Field `weight`.
    pub weight: f64,
    /// The measured value; `None` when not measured yet. Field `actual`.
    pub actual: Option<f64>,
    /// How the actual value is scored.
    pub rule: KpiRule,
    /// A cap or clamp on the score.
    pub limit: ScoreLimit,
    /// The KPI's own status scale; `None` for the scorecard's.
    pub bands: Option<StatusBands>,
}

impl ScorecardKpi {
    /// A KPI with no name, cap or own status scale.
    pub fn new(id: impl Into<String>, weight: f64, actual: Option<f64>, rule: KpiRule) -> Self {
        ScorecardKpi {
            id: id.into(),
            name: None,
            weight,
            actual,
            rule,
            limit: ScoreLimit::None,
            bands: None,
        }
    }
}

/// An objective: a group of KPIs within a perspective.
#[derive(Debug, Clone, PartialEq)]
pub struct Objective {
    /// Unique across the scorecard, not empty. Field `id`.
    pub id: String,
    /// A display name. Field `name`.
    pub name: Option<String>,
    /// The objective's weight within its perspective, 0 or more. Field `weight`.
    pub weight: f64,
    /// Its KPIs, 1 or more. Field `kpis`.
    pub kpis: Vec<ScorecardKpi>,
}

impl Objective {
    /// An objective with no name.
    pub fn new(id: impl Into<String>, weight: f64, kpis: Vec<ScorecardKpi>) -> Self {
        Objective {
            id: id.into(),
            name: None,
            weight,
            kpis,
        }
    }
}

/// A perspective (Financial, Customer, Internal process, Learning and growth).
#[derive(Debug, Clone, PartialEq)]
pub struct Perspective {
    /// Unique across the scorecard, not empty. Field `id`.
    pub id: String,
    /// A display name. Field `name`.
    pub name: Option<String>,
    /// The perspective's weight in the total, 0 or more. Field `weight`.
    pub weight: f64,
    /// Its objectives, 1 to [`MAX_OBJECTIVES`]. Field `objectives`.
    pub objectives: Vec<Objective>,
}

impl Perspective {
    /// A perspective with no name.
    pub fn new(id: impl Into<String>, weight: f64, objectives: Vec<Objective>) -> Self {
        Perspective {
            id: id.into(),
            name: None,
            weight,
            objectives,
        }
    }
}

/// Inputs of [`scorecard`].
#[derive(Debug, Clone, PartialEq)]
pub struct ScorecardInput {
    /// 1 to [`MAX_PERSPECTIVES`] perspectives, with at most [`MAX_KPIS`] KPIs in all.
    /// Field `perspectives`.
    pub perspectives: Vec<Perspective>,
    /// The roll-up at every level. Field `rollup`.
    pub rollup: Rollup,
    /// The status scale of the roll-up nodes (objectives, perspectives, total) and of
    /// the KPIs without their own. Fields `thresholds`, `status_names`.
    pub bands: StatusBands,
}

impl ScorecardInput {
    /// A weighted-average scorecard on the default status scale.
    pub fn new(perspectives: Vec<Perspective>) -> Self {
        ScorecardInput {
            perspectives,
            rollup: Rollup::WeightedAverage,
            bands: StatusBands::default(),
        }
    }
}

/// The level of a node in a scorecard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeLevel {
    /// The scorecard's total.
    Total,
    /// A perspective.
    Perspective,
    /// An objective.
    Objective,
    /// A KPI.
    Kpi,
}

/// What every node of the result shows: its weights, score, status and share of the total.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NodeFigures {
    /// The node's id.
    pub id: String,
    /// The node's name, when given.
    pub name: Option<String>,
    /// The weight as given.
    pub weight: f64,
    /// The weight divided by the sum of the weights of its scored siblings (0 when the
    /// node is excluded); they sum to 1 within each level.
    pub normalised_weight: f64,
    /// Whether the node has no score (a KPI without actual, an objective or perspective
    /// without any scored KPI) and is left out of its parent's roll-up.
    pub excluded: bool,
    /// The node's score (after cap or clamp for a KPI), when not excluded.
    pub score: Option<f64>,
    /// The name of the score's status band, when not excluded.
    pub status: Option<String>,
    /// The index of the status band, 0 = worst, when not excluded.
    pub status_index: Option<u32>,
    /// ∂total / ∂score: the product, along the path to the total, of each level's
    /// weight in its parent's roll-up (normalised weight; 1/n for an average; 1 for the
    /// child a min or max takes, else 0). 0 when excluded.
    pub effective_weight: f64,
    /// `effective_weight × score` (0 when excluded): the node's share of the total.
    /// The perspectives' contributions sum to the total, and each node's children's
    /// contributions to its own.
    pub contribution: f64,
}

/// A KPI of the result.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct KpiNode {
    /// Weights, score, status and contribution.
    pub figures: NodeFigures,
    /// The actual value, when given.
    pub actual: Option<f64>,
    /// The KPI's score in full, when it has an actual value.
    pub result: Option<KpiScore>,
}

/// An objective of the result.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ObjectiveNode {
    /// Weights, score, status and contribution.
    pub figures: NodeFigures,
    /// Its KPIs, in input order.
    pub kpis: Vec<KpiNode>,
}

/// A perspective of the result.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PerspectiveNode {
    /// Weights, score, status and contribution.
    pub figures: NodeFigures,
    /// Its objectives, in input order.
    pub objectives: Vec<ObjectiveNode>,
}

/// A node left out for want of a score.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MissingNode {
    /// The node's id.
    pub id: String,
    /// Its place in the input: `perspectives[0].objectives[1].kpis[2]`.
    pub path: String,
    /// A KPI without actual, or an objective or perspective with no scored KPI.
    pub level: NodeLevel,
}

/// How much the total moves per unit of one KPI's score.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct KpiSensitivity {
    /// The KPI's id.
    pub id: String,
    /// Its place in the input: `perspectives[0].objectives[1].kpis[2]`.
    pub path: String,
    /// ∂total / ∂(KPI score), as in [`NodeFigures::effective_weight`].
    pub effective_weight: f64,
}

/// A scorecard's roll-up.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Scorecard {
    /// The total score.
    pub score: f64,
    /// The name of its status band on the scorecard's scale.
    pub status: String,
    /// The index of that band, 0 = worst.
    pub status_index: u32,
    /// The roll-up used.
    pub rollup: Rollup,
    /// Each perspective, in input order.
    pub perspectives: Vec<PerspectiveNode>,
    /// The nodes left out, in input order: KPIs without actual, then (in place) the
    /// objectives and perspectives left without any scored KPI.
    pub missing: Vec<MissingNode>,
    /// Every scored KPI's effective weight, largest first (input order on ties).
    pub sensitivity: Vec<KpiSensitivity>,
}

/// Rolls a balanced scorecard up from its KPIs to one total score.
///
/// Each KPI with an actual value is scored as by [`score_kpi`](super::score_kpi). Then,
/// at every level (an objective from its KPIs, a perspective from its objectives, the
/// total from the perspectives), the children with a score are rolled up:
///
/// - weighted average `S = Σ wᵢ sᵢ` with `wᵢ = vᵢ / Σ v` over the scored children (the
///   given weights `v` may be points or percentages);
/// - average `S = Σ sᵢ / n`; min `S = min sᵢ`; max `S = max sᵢ`.
///
/// Children without a score are excluded and their siblings' weights renormalised, the
/// same as leaving them out of the input; they are listed in `missing`. A node's
/// effective weight is `∂S_total / ∂s`, the product of its own and its ancestors' weights
/// in their roll-ups, and its contribution `effective weight × score`: the
/// perspectives' contributions add up to the total.
///
/// A KPI takes its own status scale when it has one, else the scorecard's.
///
/// Reference: Kaplan & Norton, *The Balanced Scorecard* (1996), the four perspectives;
/// the weighted roll-up of normalised indicator performance is BSC Designer's "How to
/// calculate balanced scorecard values" (bscdesigner.com).
///
/// # Errors
/// Fields are paths into the input (`perspectives[1].objectives[0].kpis[2].target`):
/// - `out_of_range` naming `perspectives`, `perspectives[i].objectives` or
///   `…objectives[j].kpis` when empty; `too_large` when longer than
///   [`MAX_PERSPECTIVES`] or [`MAX_OBJECTIVES`], or naming `perspectives` with more than
///   [`MAX_KPIS`] KPIs in all;
/// - `invalid_input` naming an `id` that is empty, `duplicate_id` naming one that an
///   earlier node (at any level) has;
/// - `not_finite` / `negative` naming a `weight`; `not_positive` naming a list whose
///   scored entries all have weight 0;
/// - a KPI's rule errors as in [`score_kpi`](super::score_kpi), under its path;
///   `not_finite` naming its `actual`;
/// - `missing_field` naming `perspectives` when no KPI has an actual value.
///
/// # Examples
/// Hand-computed: two perspectives weighted 60 and 40; the first has one objective with
/// KPIs scoring 0.8 (weight 3) and 1.0 (weight 1), so 0.85; the second one KPI scoring
/// 0.5. The total is 0.6 × 0.85 + 0.4 × 0.5 = 0.71: amber.
/// ```
/// use opscalc::scorecard::{scorecard, KpiRule, Objective, Perspective, ScorecardInput, ScorecardKpi};
/// let higher = |target| KpiRule::HigherIsBetter { target, baseline: None };
/// let input = ScorecardInput::new(vec![
///     Perspective::new("financial", 60.0, vec![Objective::new("grow", 1.0, vec![
///         ScorecardKpi::new("sales", 3.0, Some(80.0), higher(100.0)),
///         ScorecardKpi::new("margin", 1.0, Some(20.0), higher(20.0)),
///     ])]),
///     Perspective::new("customer", 40.0, vec![Objective::new("delight", 1.0, vec![
///         ScorecardKpi::new("nps", 1.0, Some(25.0), higher(50.0)),
///     ])]),
/// ]);
/// let result = scorecard(&input)?;
/// assert!((result.score - 0.71).abs() < 1e-12);
/// assert_eq!(result.status, "amber");
/// assert!((result.perspectives[0].figures.contribution - 0.51).abs() < 1e-12);
/// assert_eq!(result.sensitivity[0].id, "sales"); // 0.6 × 0.75 = 0.45
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn scorecard(input: &ScorecardInput) -> Result<Scorecard, Error> {
    let checked = validate(input)?;
    let rollup = input.rollup;
    let mut missing = Vec::new();

    // Bottom up: score KPIs, roll objectives, roll perspectives.
    let mut perspective_scores = Vec::with_capacity(input.perspectives.len());
    let mut objective_parts = Vec::with_capacity(input.perspectives.len());
    for (p, (perspective, rules)) in input.perspectives.iter().zip(&checked).enumerate() {
        let mut objective_scores = Vec::with_capacity(perspective.objectives.len());
        let mut kpi_parts = Vec::with_capacity(perspective.objectives.len());
        for (o, (objective, rules)) in perspective.objectives.iter().zip(rules).enumerate() {
            let path = format!("perspectives[{p}].objectives[{o}]");
            let mut results = Vec::with_capacity(objective.kpis.len());
            for (k, (kpi, rule)) in objective.kpis.iter().zip(rules).enumerate() {
                let bands = kpi.bands.as_ref().unwrap_or(&input.bands);
                let result = match kpi.actual {
                    Some(actual) => Some(
                        rule.score(actual, bands)
                            .map_err(|error| error.within(&format!("{path}.kpis[{k}]")))?,
                    ),
                    None => {
                        missing.push(MissingNode {
                            id: kpi.id.clone(),
                            path: format!("{path}.kpis[{k}]"),
                            level: NodeLevel::Kpi,
                        });
                        None
                    }
                };
                results.push(result);
            }
            let children: Vec<(f64, Option<f64>)> = objective
                .kpis
                .iter()
                .zip(&results)
                .map(|(kpi, result)| (kpi.weight, result.as_ref().map(|result| result.score)))
                .collect();
            let rolled = roll_up(&children, rollup, &format!("{path}.kpis"))?;
            if rolled.score.is_none() {
                missing.push(MissingNode {
                    id: objective.id.clone(),
                    path,
                    level: NodeLevel::Objective,
                });
            }
            objective_scores.push((objective.weight, rolled.score));
            kpi_parts.push((results, rolled));
        }
        let rolled = roll_up(
            &objective_scores,
            rollup,
            &format!("perspectives[{p}].objectives"),
        )?;
        if rolled.score.is_none() {
            missing.push(MissingNode {
                id: perspective.id.clone(),
                path: format!("perspectives[{p}]"),
                level: NodeLevel::Perspective,
            });
        }
        perspective_scores.push((perspective.weight, rolled.score));
        objective_parts.push((kpi_parts, rolled));
    }
    let top = roll_up(&perspective_scores, rollup, "perspectives")?;
    let Some(score) = top.score else {
        return Err(Error::new(
            ErrorCode::MissingField,
            "perspectives",
            "no KPI has an actual value: there is nothing to score",
        ));
    };

    // Top down: effective weights and contributions.
    let mut sensitivity = Vec::new();
    let mut perspectives = Vec::with_capacity(input.perspectives.len());
    for (p, ((perspective, (kpi_parts, objectives_rolled)), position)) in input
        .perspectives
        .iter()
        .zip(objective_parts)
        .zip(top.positions())
        .enumerate()
    {
        let perspective_weight = position.effective_weight;
        let mut objectives = Vec::with_capacity(perspective.objectives.len());
        for (o, ((objective, (results, kpis_rolled)), position)) in perspective
            .objectives
            .iter()
            .zip(kpi_parts)
            .zip(objectives_rolled.positions())
            .enumerate()
        {
            let objective_weight = perspective_weight * position.effective_weight;
            let mut kpis = Vec::with_capacity(objective.kpis.len());
            for (k, ((kpi, result), position)) in objective
                .kpis
                .iter()
                .zip(results)
                .zip(kpis_rolled.positions())
                .enumerate()
            {
                let effective_weight = objective_weight * position.effective_weight;
                let bands = kpi.bands.as_ref().unwrap_or(&input.bands);
                if result.is_some() {
                    sensitivity.push(KpiSensitivity {
                        id: kpi.id.clone(),
                        path: format!("perspectives[{p}].objectives[{o}].kpis[{k}]"),
                        effective_weight,
                    });
                }
                kpis.push(KpiNode {
                    figures: figures(
                        &kpi.id,
                        &kpi.name,
                        kpi.weight,
                        position,
                        effective_weight,
                        bands,
                    ),
                    actual: kpi.actual,
                    result,
                });
            }
            objectives.push(ObjectiveNode {
                figures: figures(
                    &objective.id,
                    &objective.name,
                    objective.weight,
                    position,
                    objective_weight,
                    &input.bands,
                ),
                kpis,
            });
        }
        perspectives.push(PerspectiveNode {
            figures: figures(
                &perspective.id,
                &perspective.name,
                perspective.weight,
                position,
                perspective_weight,
                &input.bands,
            ),
            objectives,
        });
    }
    let keys: Vec<f64> = sensitivity.iter().map(|kpi| kpi.effective_weight).collect();
    let sensitivity = in_order(sensitivity, &descending_order(&keys));
    let (status_index, status) = input.bands.status_of(score);
    Ok(Scorecard {
        score,
        status: status.to_owned(),
        status_index,
        rollup,
        perspectives,
        missing,
        sensitivity,
    })
}

/// A child's place in its parent's roll-up.
#[derive(Debug, Clone, Copy)]
struct Position {
    /// The child's score, `None` when excluded.
    score: Option<f64>,
    /// Its weight among its scored siblings (0 when excluded).
    normalised_weight: f64,
    /// ∂(parent score) / ∂(child score).
    effective_weight: f64,
}

/// One level's roll-up: the parent's score and each child's position.
struct Rolled {
    score: Option<f64>,
    children: Vec<Position>,
}

impl Rolled {
    fn positions(&self) -> impl Iterator<Item = Position> + '_ {
        self.children.iter().copied()
    }
}

/// Rolls children `(given weight, score)` up to their parent. The weights of the scored
/// children are normalised with [`normalise_weights`]; errors name `list`.
fn roll_up(children: &[(f64, Option<f64>)], rollup: Rollup, list: &str) -> Result<Rolled, Error> {
    let scored: Vec<(f64, f64)> = children
        .iter()
        .filter_map(|&(weight, score)| score.map(|score| (weight, score)))
        .collect();
    if scored.is_empty() {
        let excluded = Position {
            score: None,
            normalised_weight: 0.0,
            effective_weight: 0.0,
        };
        return Ok(Rolled {
            score: None,
            children: vec![excluded; children.len()],
        });
    }
    let weights: Vec<f64> = scored.iter().map(|&(weight, _)| weight).collect();
    let (normalised, _) = normalise_weights(&weights, list).map_err(|error| {
        if scored.len() < children.len() && error.code() == ErrorCode::NotPositive {
            Error::new(
                ErrorCode::NotPositive,
                list,
                "must have at least one weight above zero among the entries with a score",
            )
        } else {
            error
        }
    })?;
    let scores = scored.iter().map(|&(_, score)| score);
    #[allow(clippy::cast_precision_loss)] // at most 1000 children
    let local: Vec<f64> = match rollup {
        Rollup::WeightedAverage => normalised.clone(),
        Rollup::Average => vec![1.0 / scored.len() as f64; scored.len()],
        Rollup::Min => one_hot(scores, |score, best| score < best),
        Rollup::Max => one_hot(scores, |score, best| score > best),
    };
    let score = scored
        .iter()
        .zip(&local)
        .map(|(&(_, score), weight)| weight * score)
        .sum::<f64>();
    let mut weights = normalised.into_iter().zip(local);
    let children = children
        .iter()
        .map(|&(_, score)| match score {
            Some(_) => {
                let (normalised_weight, effective_weight) = weights.next().unwrap_or((0.0, 0.0));
                Position {
                    score,
                    normalised_weight,
                    effective_weight,
                }
            }
            None => Position {
                score: None,
                normalised_weight: 0.0,
                effective_weight: 0.0,
            },
        })
        .collect();
    Ok(Rolled {
        score: Some(score + 0.0),
        children,
    })
}

/// 1 for the first score that `better` prefers to every other, 0 for the rest.
fn one_hot(scores: impl Iterator<Item = f64>, better: impl Fn(f64, f64) -> bool) -> Vec<f64> {
    let scores: Vec<f64> = scores.collect();
    let mut best = 0;
    let mut best_score = f64::NAN;
    for (index, &score) in scores.iter().enumerate() {
        if index == 0 || better(score, best_score) {
            best = index;
            best_score = score;
        }
    }
    (0..scores.len())
        .map(|index| if index == best { 1.0 } else { 0.0 })
        .collect()
}

fn figures(
    id: &str,
    name: &Option<String>,
    weight: f64,
    position: Position,
    effective_weight: f64,
    bands: &StatusBands,
) -> NodeFigures {
    let status = position.score.map(|score| bands.status_of(score));
    NodeFigures {
        id: id.to_owned(),
        name: name.clone(),
        weight,
        normalised_weight: position.normalised_weight,
        excluded: position.score.is_none(),
        score: position.score,
        status: status.map(|(_, name)| name.to_owned()),
        status_index: status.map(|(index, _)| index),
        effective_weight,
        contribution: position
            .score
            .map_or(0.0, |score| effective_weight * score + 0.0),
    }
}

/// Checks the whole input in field order and returns each KPI's checked rule.
fn validate(input: &ScorecardInput) -> Result<Vec<Vec<Vec<CheckedRule>>>, Error> {
    list_length("perspectives", input.perspectives.len(), MAX_PERSPECTIVES)?;
    let mut ids = PathIds::new("the scorecard");
    let mut kpi_count = 0_usize;
    let mut checked = Vec::with_capacity(input.perspectives.len());
    for (p, perspective) in input.perspectives.iter().enumerate() {
        let path = format!("perspectives[{p}]");
        ids.check(&perspective.id, &path)?;
        weight(perspective.weight, &path)?;
        list_length("objectives", perspective.objectives.len(), MAX_OBJECTIVES)
            .map_err(|error| error.within(&path))?;
        let mut objectives = Vec::with_capacity(perspective.objectives.len());
        for (o, objective) in perspective.objectives.iter().enumerate() {
            let path = format!("{path}.objectives[{o}]");
            ids.check(&objective.id, &path)?;
            weight(objective.weight, &path)?;
            list_length("kpis", objective.kpis.len(), MAX_KPIS)
                .map_err(|error| error.within(&path))?;
            kpi_count += objective.kpis.len();
            if kpi_count > MAX_KPIS as usize {
                let message = format!("must have at most {MAX_KPIS} KPIs in all");
                return Err(Error::new(ErrorCode::TooLarge, "perspectives", message));
            }
            let mut kpis = Vec::with_capacity(objective.kpis.len());
            for (k, kpi) in objective.kpis.iter().enumerate() {
                let path = format!("{path}.kpis[{k}]");
                ids.check(&kpi.id, &path)?;
                weight(kpi.weight, &path)?;
                let in_kpi = |error: Error| error.within(&path);
                let rule = CheckedRule::new(&kpi.rule, kpi.limit).map_err(in_kpi)?;
                if let Some(actual) = kpi.actual {
                    finite("actual", actual).map_err(in_kpi)?;
                }
                kpis.push(rule);
            }
            objectives.push(kpis);
        }
        checked.push(objectives);
    }
    Ok(checked)
}

fn weight(value: f64, path: &str) -> Result<f64, Error> {
    non_negative("weight", value).map_err(|error| error.within(path))
}

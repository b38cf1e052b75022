//! OKR grading: each key result's progress from its start to its target, averaged into
//! objectives and an overall grade, each with a colour band and a sandbagging flag.

use crate::scorecard::{StatusBands, normalise_weights};
use crate::validate::{PathIds, finite, list_length, non_negative, representable};
use crate::{Error, ErrorCode};

/// The most objectives one call accepts.
pub const MAX_OKR_OBJECTIVES: u32 = 50;

/// The most key results one objective may have.
pub const MAX_KEY_RESULTS: u32 = 50;

/// The default OKR grade cut points: red below 0.4, amber from 0.4 to below 0.7, green
/// from 0.7.
pub const DEFAULT_OKR_THRESHOLDS: [f64; 2] = [0.4, 0.7];

/// The default OKR grade bands: [`DEFAULT_OKR_THRESHOLDS`] with the names red, amber,
/// green. Doerr prints the bands as 0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green on grades
/// rounded to a tenth; made contiguous, a grade of 0.35 is red and 0.65 amber.
pub fn default_okr_grades() -> StatusBands {
    StatusBands::new(Some(DEFAULT_OKR_THRESHOLDS.to_vec()), None).unwrap_or_default()
}

/// One key result: a measurable value moved from `start` towards `target`.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyResult {
    /// Unique across all objectives and key results, not empty. Field `id`.
    pub id: String,
    /// A display name. Field `name`.
    pub name: Option<String>,
    /// The value at the start of the period. Field `start`.
    pub start: f64,
    /// The value aimed at; below `start` for a key result that decreases. Field `target`.
    pub target: f64,
    /// The value now. Field `current`.
    pub current: f64,
    /// Its weight within the objective, 0 or more; give every key result of the
    /// objective a weight, or none (equal weights). Field `weight`.
    pub weight: Option<f64>,
}

impl KeyResult {
    /// A key result without a name or weight.
    pub fn new(id: impl Into<String>, start: f64, target: f64, current: f64) -> Self {
        KeyResult {
            id: id.into(),
            name: None,
            start,
            target,
            current,
            weight: None,
        }
    }
}

/// An objective and its key results.
#[derive(Debug, Clone, PartialEq)]
pub struct OkrObjective {
    /// Unique across all objectives and key results, not empty. Field `id`.
    pub id: String,
    /// A display name. Field `name`.
    pub name: Option<String>,
    /// Its weight in the overall grade, 0 or more; give every objective a weight, or
    /// none (equal weights). Field `weight`.
    pub weight: Option<f64>,
    /// 1 to [`MAX_KEY_RESULTS`] key results. Field `key_results`.
    pub key_results: Vec<KeyResult>,
}

impl OkrObjective {
    /// An objective without a name or weight.
    pub fn new(id: impl Into<String>, key_results: Vec<KeyResult>) -> Self {
        OkrObjective {
            id: id.into(),
            name: None,
            weight: None,
            key_results,
        }
    }
}

/// Inputs of [`okr_score`].
#[derive(Debug, Clone, PartialEq)]
pub struct OkrInput {
    /// 1 to [`MAX_OKR_OBJECTIVES`] objectives. Field `objectives`.
    pub objectives: Vec<OkrObjective>,
    /// The grade bands (default [`default_okr_grades`]). Fields `thresholds`, `names`.
    pub grades: StatusBands,
}

impl OkrInput {
    /// Objectives graded on the default bands.
    pub fn new(objectives: Vec<OkrObjective>) -> Self {
        OkrInput {
            objectives,
            grades: default_okr_grades(),
        }
    }
}

/// A graded key result.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GradedKeyResult {
    /// The key result's id.
    pub id: String,
    /// Its name, when given.
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

/// A graded objective.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GradedObjective {
    /// The objective's id.
    pub id: String,
    /// Its name, when given.
    pub name: Option<String>,
    /// The weighted average of its key results' scores.
    pub score: f64,
    /// Its normalised weight in the overall grade.
    pub weight: f64,
    /// The grade band's name.
    pub grade: String,
    /// The grade band's index, 0 = worst.
    pub grade_index: u32,
    /// Whether every key result scored 1: the targets were perhaps not ambitious enough.
    pub sandbagging: bool,
    /// Its key results, in input order.
    pub key_results: Vec<GradedKeyResult>,
}

/// The result of [`okr_score`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct OkrScore {
    /// The weighted average of the objectives' scores, 0 to 1.
    pub score: f64,
    /// The grade band's name.
    pub grade: String,
    /// The grade band's index, 0 = worst.
    pub grade_index: u32,
    /// Whether every key result of every objective scored 1.
    pub sandbagging: bool,
    /// The objectives, in input order.
    pub objectives: Vec<GradedObjective>,
}

/// Grades OKRs: a key result scores `(current − start) / (target − start)` clamped to
/// [0, 1] (a decreasing key result has its target below its start); an objective scores
/// the weighted average of its key results, the whole the weighted average of the
/// objectives (equal weights where none are given). Each score gets a grade band
/// (by default red below 0.4, amber below 0.7, green from 0.7; a score on a cut point is
/// in the band above), and `sandbagging` is set where every key result scored 1.
///
/// Reference: Google re:Work, "Grade OKRs" (0.0 to 1.0, objectives graded by a rough
/// average of their key results; the sweet spot is 0.6 to 0.7, and consistently higher
/// grades mean the goals are not ambitious enough); J. Doerr, *Measure What Matters*
/// (2018): 0.7–1.0 green, 0.4–0.6 yellow, 0.0–0.3 red.
///
/// # Errors
/// - `out_of_range` naming `objectives` or `objectives[i].key_results` when empty,
///   `too_large` beyond the limits;
/// - `invalid_input` / `duplicate_id` naming `…id` (ids are unique across objectives and
///   key results);
/// - `not_finite` naming `…start`, `…target` or `…current`; `out_of_range` naming
///   `…target` when it equals the start;
/// - `not_finite` / `negative` naming `…weight`; `missing_field` naming `…weight` when a
///   sibling has a weight and this one none; `not_positive` naming
///   `objectives[i].key_results` or `objectives` when every weight is 0;
/// - `numeric_range` naming the key result when its magnitudes overflow.
///
/// # Examples
/// Hand-computed: 7 of 10 prototypes built (0.7) and churn cut from 5 % towards 3 %,
/// now 4 % (0.5): the objective grades (0.7 + 0.5) / 2 = 0.6, amber.
/// ```
/// use opscalc::people::{KeyResult, OkrInput, OkrObjective, okr_score};
/// let objective = OkrObjective::new("launch", vec![
///     KeyResult::new("prototypes", 0.0, 10.0, 7.0),
///     KeyResult::new("churn", 5.0, 3.0, 4.0),
/// ]);
/// let result = okr_score(&OkrInput::new(vec![objective]))?;
/// assert!((result.score - 0.6).abs() < 1e-12);
/// assert_eq!((result.grade.as_str(), result.sandbagging), ("amber", false));
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn okr_score(input: &OkrInput) -> Result<OkrScore, Error> {
    list_length("objectives", input.objectives.len(), MAX_OKR_OBJECTIVES)?;
    let mut ids = PathIds::new("the objectives and key results");
    let mut objectives = Vec::with_capacity(input.objectives.len());
    for (o, objective) in input.objectives.iter().enumerate() {
        let path = format!("objectives[{o}]");
        ids.check(&objective.id, &path)?;
        objectives.push(grade_objective(objective, &path, &mut ids, &input.grades)?);
    }
    let given: Vec<Option<f64>> = input.objectives.iter().map(|o| o.weight).collect();
    let weights = optional_weights(&given, "objectives", "")?;
    let mut score = 0.0;
    for (objective, weight) in objectives.iter_mut().zip(weights) {
        objective.weight = weight;
        score += weight * objective.score;
    }
    let score = representable(score, false)?.clamp(0.0, 1.0) + 0.0;
    let (grade_index, grade) = input.grades.status_of(score);
    Ok(OkrScore {
        score,
        grade: grade.to_owned(),
        grade_index,
        sandbagging: objectives.iter().all(|objective| objective.sandbagging),
        objectives,
    })
}

fn grade_objective<'a>(
    objective: &'a OkrObjective,
    path: &str,
    ids: &mut PathIds<'a>,
    grades: &StatusBands,
) -> Result<GradedObjective, Error> {
    list_length("key_results", objective.key_results.len(), MAX_KEY_RESULTS)
        .map_err(|error| error.within(path))?;
    let mut key_results = Vec::with_capacity(objective.key_results.len());
    for (k, key_result) in objective.key_results.iter().enumerate() {
        let path = format!("{path}.key_results[{k}]");
        ids.check(&key_result.id, &path)?;
        let in_kr = |error: Error| error.within(&path);
        let start = finite("start", key_result.start).map_err(in_kr)?;
        let target = finite("target", key_result.target).map_err(in_kr)?;
        let current = finite("current", key_result.current).map_err(in_kr)?;
        #[allow(clippy::float_cmp)] // exactly equal: the progress would divide by zero
        if target == start {
            let message = "must differ from the start";
            return Err(in_kr(Error::new(ErrorCode::OutOfRange, "target", message)));
        }
        let span = representable(target - start, false).map_err(in_kr)?;
        let progress = representable((current - start) / span, false).map_err(in_kr)? + 0.0;
        let score = progress.clamp(0.0, 1.0) + 0.0;
        let (grade_index, grade) = grades.status_of(score);
        key_results.push(GradedKeyResult {
            id: key_result.id.clone(),
            name: key_result.name.clone(),
            progress,
            score,
            weight: 0.0,
            grade: grade.to_owned(),
            grade_index,
        });
    }
    let given: Vec<Option<f64>> = objective.key_results.iter().map(|k| k.weight).collect();
    let weights = optional_weights(&given, "key_results", path)?;
    let mut score = 0.0;
    for (key_result, weight) in key_results.iter_mut().zip(weights) {
        key_result.weight = weight;
        score += weight * key_result.score;
    }
    let score = score.clamp(0.0, 1.0) + 0.0;
    let (grade_index, grade) = grades.status_of(score);
    Ok(GradedObjective {
        id: objective.id.clone(),
        name: objective.name.clone(),
        score,
        weight: 0.0,
        grade: grade.to_owned(),
        grade_index,
        sandbagging: key_results.iter().all(|key_result| key_result.score >= 1.0),
        key_results,
    })
}

/// Normalised weights of a list whose entries give a weight each, or none (equal
/// weights). Errors name `{parent}.{list}[i].weight` or `{parent}.{list}`.
pub(crate) fn optional_weights(
    given: &[Option<f64>],
    list: &str,
    parent: &str,
) -> Result<Vec<f64>, Error> {
    let place = |error: Error| error.within(parent);
    if given.iter().all(Option::is_none) {
        #[allow(clippy::cast_precision_loss)] // short lists
        let equal = 1.0 / given.len() as f64;
        return Ok(vec![equal; given.len()]);
    }
    let mut weights = Vec::with_capacity(given.len());
    for (index, weight) in given.iter().enumerate() {
        let path = format!("{list}[{index}]");
        let Some(weight) = *weight else {
            let message = "is required when another entry of the list has a weight";
            return Err(place(
                Error::new(ErrorCode::MissingField, "weight", message).within(&path),
            ));
        };
        non_negative("weight", weight).map_err(|error| place(error.within(&path)))?;
        weights.push(weight);
    }
    let (weights, _) = normalise_weights(&weights, list).map_err(place)?;
    Ok(weights)
}

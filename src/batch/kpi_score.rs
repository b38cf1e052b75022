//! KPI scoring over many actual values: one rule shape (direction, cap or clamp, status
//! scale), with targets, baselines and band limits per item or shared.

use super::column::{Column, Shape};
use crate::error::Error;
use crate::lanes::{Lanes, Wide};
use crate::scorecard::{
    CheckedRule, KpiDirection, KpiRule, KpiRuleFields, ScoreLimit, StatusBands,
};
use crate::validate::finite;

/// Inputs of [`kpi_score_batch`]: the fields of a [`KpiInput`](crate::scorecard::KpiInput)
/// whose rule is given by [`KpiRuleFields`], each number a [`Column`] (`None` for a
/// field not given). The direction, the limit and the status scale are the same for
/// every item.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KpiScoreBatchInput<'a> {
    /// The measured values, in the KPI's unit. Field `actual`.
    pub actual: Column<'a>,
    /// Which rule scores every item.
    pub direction: KpiDirection,
    /// Field `target`: required except for a target range.
    pub target: Option<Column<'a>>,
    /// Field `baseline`: only for higher- or lower-is-better.
    pub baseline: Option<Column<'a>>,
    /// Field `min`: required for, and only for, a target range.
    pub min: Option<Column<'a>>,
    /// Field `max`: required for, and only for, a target range.
    pub max: Option<Column<'a>>,
    /// Field `tolerance`: both sides of a target range.
    pub tolerance: Option<Column<'a>>,
    /// Field `lower_tolerance`: below a target range (overrides `tolerance`).
    pub lower_tolerance: Option<Column<'a>>,
    /// Field `upper_tolerance`: above a target range (overrides `tolerance`).
    pub upper_tolerance: Option<Column<'a>>,
    /// A cap or clamp on every score.
    pub limit: ScoreLimit,
    /// The status scale of every score.
    pub bands: &'a StatusBands,
}

/// Each item's score and status, in item order.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KpiScoreBatch {
    /// The score after the cap or clamp: 1 at the target.
    pub score: Vec<f64>,
    /// The index of the status band of the score, 0 = worst (a name of
    /// [`StatusBands::names`]).
    pub status_index: Vec<u8>,
}

/// Where [`kpi_score_batch_into`] writes: one slice per figure of [`KpiScoreBatch`],
/// each with one entry per item.
#[derive(Debug)]
pub struct KpiScoreBatchOutput<'a> {
    /// The scores.
    pub score: &'a mut [f64],
    /// The status indexes.
    pub status_index: &'a mut [u8],
}

impl<'a> KpiScoreBatchInput<'a> {
    /// Actual values scored by `direction` on the scale `bands`, with no rule field
    /// given yet and no cap or clamp: set the fields the direction needs.
    ///
    /// # Examples
    /// ```
    /// use opscalc::batch::{Column, KpiScoreBatchInput, kpi_score_batch};
    /// use opscalc::scorecard::{KpiDirection, StatusBands};
    /// let bands = StatusBands::default();
    /// let met = KpiScoreBatchInput {
    ///     target: Some(Column::All(1.0)),
    ///     ..KpiScoreBatchInput::new(Column::Each(&[1.0, 0.0]), KpiDirection::Binary, &bands)
    /// };
    /// assert_eq!(kpi_score_batch(&met)?.score, [1.0, 0.0]);
    /// # Ok::<(), opscalc::Error>(())
    /// ```
    pub fn new(actual: Column<'a>, direction: KpiDirection, bands: &'a StatusBands) -> Self {
        KpiScoreBatchInput {
            actual,
            direction,
            target: None,
            baseline: None,
            min: None,
            max: None,
            tolerance: None,
            lower_tolerance: None,
            upper_tolerance: None,
            limit: ScoreLimit::None,
            bands,
        }
    }

    /// The rule's columns that are given, with their field names.
    fn rule_columns(&self) -> [(&'static str, Option<Column<'a>>); 7] {
        [
            ("target", self.target),
            ("baseline", self.baseline),
            ("min", self.min),
            ("max", self.max),
            ("tolerance", self.tolerance),
            ("lower_tolerance", self.lower_tolerance),
            ("upper_tolerance", self.upper_tolerance),
        ]
    }

    /// The rule's fields with each given column's value from `value`.
    fn fields(&self, value: impl Fn(Column<'a>) -> f64) -> KpiRuleFields {
        let [target, baseline, min, max, tolerance, lower, upper] =
            self.rule_columns().map(|(_, column)| column.map(&value));
        KpiRuleFields {
            direction: self.direction,
            target,
            baseline,
            min,
            max,
            tolerance,
            lower_tolerance: lower,
            upper_tolerance: upper,
        }
    }

    /// Item `index`'s rule, checked as [`score_kpi`](crate::scorecard::score_kpi) checks it.
    fn rule_at(&self, index: usize) -> Result<CheckedRule, Error> {
        CheckedRule::new(
            &KpiRule::from_fields(&self.fields(|c| c.at(index)))?,
            self.limit,
        )
    }
}

/// Scores every actual value of a batch against its target: for each item what
/// [`score_kpi`](crate::scorecard::score_kpi) gives as its `score` and `status_index`
/// for the same rule fields, limit and status scale (the same code computes both).
///
/// - higher or lower is better: `(actual − baseline) / (target − baseline)`, default
///   baselines 0 and `2 × target`;
/// - target range: 1 inside `[min, max]`, falling linearly to 0 over the tolerances;
/// - binary: 1 when `actual ≥ target`, else 0;
///
/// then the cap or clamp, and the band of the score. When every rule field is one value
/// for all items, the rule is checked once.
///
/// # Errors
/// - the columns' errors (see the [module](crate::batch) docs);
/// - the rule's shape, once, as [`KpiRule::from_fields`] gives it: `missing_field`
///   naming `target` or `min`, `conflicting_fields` naming `baseline`; and
///   `not_positive` naming `cap`;
/// - the first bad item's error as [`score_kpi`](crate::scorecard::score_kpi) gives it,
///   placed at the item: `not_finite` naming `actual[12]`, `out_of_range` naming
///   `baseline[12]` (or `baseline` when every number of the rule is one value for all
///   items, and the rule is checked once).
///
/// # Examples
/// Hand-computed, as for [`score_kpi`](crate::scorecard::score_kpi): sales of 90, 100
/// and 60 against a target of 100 from a baseline of 50 score 0.8 (amber), 1 (green)
/// and 0.2 (red).
/// ```
/// use opscalc::batch::{Column, KpiScoreBatchInput, kpi_score_batch};
/// use opscalc::scorecard::{KpiDirection, StatusBands};
/// let bands = StatusBands::default();
/// let input = KpiScoreBatchInput {
///     target: Some(Column::All(100.0)),
///     baseline: Some(Column::All(50.0)),
///     ..KpiScoreBatchInput::new(Column::Each(&[90.0, 100.0, 60.0]), KpiDirection::HigherIsBetter, &bands)
/// };
/// let result = kpi_score_batch(&input)?;
/// assert_eq!(result.score, [0.8, 1.0, 0.2]);
/// assert_eq!(result.status_index, [1, 2, 0]);
///
/// let bad = KpiScoreBatchInput { baseline: Some(Column::Each(&[50.0, 50.0, 120.0])), ..input };
/// assert_eq!(kpi_score_batch(&bad).unwrap_err().field(), "baseline[2]");
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn kpi_score_batch(input: &KpiScoreBatchInput<'_>) -> Result<KpiScoreBatch, Error> {
    let items = shape(input)?.items;
    let mut result = KpiScoreBatch {
        score: vec![0.0; items],
        status_index: vec![0; items],
    };
    kpi_score_batch_into(
        input,
        KpiScoreBatchOutput {
            score: &mut result.score,
            status_index: &mut result.status_index,
        },
        0,
    )?;
    Ok(result)
}

fn shape(input: &KpiScoreBatchInput<'_>) -> Result<Shape, Error> {
    let mut named = vec![("actual", input.actual)];
    named.extend(
        input
            .rule_columns()
            .into_iter()
            .filter_map(|(field, column)| column.map(|column| (field, column))),
    );
    Shape::of(&named)
}

/// [`kpi_score_batch`] writing into `output`, for a batch taken in parts:
/// `first_index` numbers the first item in error paths (see
/// [`eoq_batch_into`](crate::batch::eoq_batch_into)). Items before a bad one are
/// written.
///
/// # Errors
/// Those of [`kpi_score_batch`]; and `invalid_input` naming the output field (`score`)
/// when an output slice has not one entry per item.
///
/// # Examples
/// ```
/// use opscalc::batch::{Column, KpiScoreBatchInput, KpiScoreBatchOutput, kpi_score_batch_into};
/// use opscalc::scorecard::{KpiDirection, ScoreLimit, StatusBands};
/// let bands = StatusBands::default();
/// let input = KpiScoreBatchInput {
///     target: Some(Column::All(2.0)),
///     limit: ScoreLimit::Clamp,
///     ..KpiScoreBatchInput::new(Column::Each(&[3.0, f64::NAN]), KpiDirection::LowerIsBetter, &bands)
/// };
/// let (mut score, mut status) = ([0.0; 2], [0; 2]);
/// let output = KpiScoreBatchOutput { score: &mut score, status_index: &mut status };
/// let error = kpi_score_batch_into(&input, output, 7).unwrap_err();
/// assert_eq!(error.field(), "actual[8]");
/// assert_eq!((score[0], status[0]), (0.5, 0));
/// ```
pub fn kpi_score_batch_into(
    input: &KpiScoreBatchInput<'_>,
    output: KpiScoreBatchOutput<'_>,
    first_index: usize,
) -> Result<(), Error> {
    let shape = shape(input)?.numbered_from(first_index);
    shape.check_output("score", output.score)?;
    shape.check_output("status_index", output.status_index)?;
    // The rule's shape and the limit, which no item changes: the fields with a value
    // for all items as given, those per item as a placeholder.
    let shared = |column: Column<'_>| match column {
        Column::All(value) => value,
        Column::Each(_) => 1.0,
    };
    KpiRule::from_fields(&input.fields(shared))?;
    input.limit.check()?;
    // A rule for all items is checked once, so that its errors name no item; then
    // every rule is computed a group of lanes at a time.
    if input
        .rule_columns()
        .iter()
        .all(|(_, column)| column.is_none_or(|column| column.is_all()))
    {
        input.rule_at(0)?;
    }
    // One loop per kind of rule, each with its rule inlined: one loop choosing among
    // them per group ran the linear rule 5 % slower (same-process A/B, both orders),
    // for 0.2 KB less gzipped.
    match input.direction {
        KpiDirection::HigherIsBetter | KpiDirection::LowerIsBetter => {
            score_in_lanes(input, output, &shape, linear_at::<Wide>)
        }
        KpiDirection::TargetRange => score_in_lanes(input, output, &shape, range_at::<Wide>),
        KpiDirection::Binary => score_in_lanes(input, output, &shape, binary_at::<Wide>),
    }
}

/// Scores every item into `output`: a group of lanes at a time while the fast check
/// ([`CheckedRule::linear_score`] and its kin) surely accepts it, else by the single
/// call's checks (which give the error).
fn score_in_lanes(
    input: &KpiScoreBatchInput<'_>,
    output: KpiScoreBatchOutput<'_>,
    shape: &Shape,
    lanes_at: impl Fn(&KpiScoreBatchInput<'_>, usize) -> Option<(Wide, <Wide as Lanes>::Count)>,
) -> Result<(), Error> {
    let mut index = 0;
    while index < shape.items {
        if let Some((score, band_count)) = lanes_at(input, index) {
            score.store(output.score, index);
            Wide::store_count(band_count, output.status_index, index);
            index += Wide::WIDTH;
        } else {
            let (score, status_index) = score_item(input, shape, index)?;
            score.store(output.score, index);
            f64::store_count(status_index, output.status_index, index);
            index += 1;
        }
    }
    Ok(())
}

/// The score and band count of items `index..index + L::WIDTH` by a higher- or
/// lower-is-better rule, when the single call surely accepts every one; `None` when it
/// may not, and past the end.
#[inline(always)]
fn linear_at<L: Lanes>(input: &KpiScoreBatchInput<'_>, index: usize) -> Option<(L, L::Count)> {
    CheckedRule::linear_score(
        input.actual.lanes::<L>(index)?,
        required(input.target, index)?,
        optional(input.baseline, index)?,
        input.direction == KpiDirection::LowerIsBetter,
        input.limit,
        input.bands,
    )
}

/// [`linear_at`] for a target range.
#[inline(always)]
fn range_at<L: Lanes>(input: &KpiScoreBatchInput<'_>, index: usize) -> Option<(L, L::Count)> {
    let tolerance = optional(input.tolerance, index)?;
    CheckedRule::range_score(
        input.actual.lanes::<L>(index)?,
        [required(input.min, index)?, required(input.max, index)?],
        [
            optional(input.lower_tolerance, index)?.or(tolerance),
            optional(input.upper_tolerance, index)?.or(tolerance),
            tolerance,
        ],
        optional(input.target, index)?,
        input.limit,
        input.bands,
    )
}

/// [`linear_at`] for a binary rule.
#[inline(always)]
fn binary_at<L: Lanes>(input: &KpiScoreBatchInput<'_>, index: usize) -> Option<(L, L::Count)> {
    CheckedRule::binary_score(
        input.actual.lanes::<L>(index)?,
        required(input.target, index)?,
        input.limit,
        input.bands,
    )
}

/// Items `index..index + L::WIDTH` of a column the rule needs (`None` when it is not
/// given, which the rule's check has ruled out, or past its end).
#[inline(always)]
fn required<L: Lanes>(column: Option<Column<'_>>, index: usize) -> Option<L> {
    column?.lanes::<L>(index)
}

/// Items `index..index + L::WIDTH` of an optional column: `Some(None)` when it is not
/// given, `None` past its end.
#[inline(always)]
fn optional<L: Lanes>(column: Option<Column<'_>>, index: usize) -> Option<Option<L>> {
    match column {
        Some(column) => column.lanes::<L>(index).map(Some),
        None => Some(None),
    }
}

/// Item `index`'s score and status index by the single call's checks, or its error
/// placed at the item.
fn score_item(
    input: &KpiScoreBatchInput<'_>,
    shape: &Shape,
    index: usize,
) -> Result<(f64, u32), Error> {
    let checked = || {
        let rule = input.rule_at(index)?;
        rule.figures(finite("actual", input.actual.at(index))?, input.bands)
    };
    let figures = checked().map_err(|error| shape.locate(error, index))?;
    Ok((figures.score, figures.status_index))
}

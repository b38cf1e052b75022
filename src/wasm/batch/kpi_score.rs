//! JS mirror of KPI scoring over many actual values: typed-array columns in, a score
//! `Float64Array` and a status `Uint8Array` out. No formulas.

use super::column::{
    BatchColumns, ColumnWriter, Float64Column, JsColumn, Uint8Column, given, parts,
};
use crate::Error;
use crate::batch::{self, KpiScoreBatchInput, KpiScoreBatchOutput};
use crate::scorecard::{ScoreLimit, StatusBands};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::scorecard::KpiDirection;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link kpiScoreBatch}: the fields of {@link ScoreKpiOptions}, with
/// `actual` and the rule's numbers each a `Float64Array` with one value per item or a
/// number for every item (at least one a `Float64Array`, all arrays of the same length);
/// `direction`, `cap`, `clamp`, `thresholds` and `statusNames` hold for every item.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct KpiScoreBatchOptions {
    /// The measured values.
    #[tsify(type = "Float64Array | number")]
    pub actual: JsColumn,
    /// The values aimed at: required except for `"targetRange"`, where they are optional
    /// ideals inside [min, max].
    #[tsify(optional, type = "Float64Array | number")]
    pub target: Option<JsColumn>,
    /// The values that score 0 (higher/lower is better only): default 0 when higher is
    /// better, 2 × target when lower is better.
    #[tsify(optional, type = "Float64Array | number")]
    pub baseline: Option<JsColumn>,
    /// The lowest value of the band (`"targetRange"` only, required there).
    #[tsify(optional, type = "Float64Array | number")]
    pub min: Option<JsColumn>,
    /// The highest value of the band, at least `min` (`"targetRange"` only, required there).
    #[tsify(optional, type = "Float64Array | number")]
    pub max: Option<JsColumn>,
    /// How far outside the band the score reaches 0, on both sides (`"targetRange"` only; above 0).
    #[tsify(optional, type = "Float64Array | number")]
    pub tolerance: Option<JsColumn>,
    /// How far below `min` the score reaches 0 (overrides `tolerance`).
    #[tsify(optional, type = "Float64Array | number")]
    pub lower_tolerance: Option<JsColumn>,
    /// How far above `max` the score reaches 0 (overrides `tolerance`).
    #[tsify(optional, type = "Float64Array | number")]
    pub upper_tolerance: Option<JsColumn>,
    /// Which way the KPI is good, for every item.
    pub direction: KpiDirection,
    /// Ascending cut points on the score between status bands: default [0.7, 0.9]; at most 9.
    #[tsify(optional)]
    pub thresholds: Option<Vec<f64>>,
    /// The bands' names, worst first, one more than `thresholds`: default ["red", "amber", "green"].
    #[tsify(optional)]
    pub status_names: Option<Vec<String>>,
    /// An upper limit on every score, above 0 (1.2 to count at most 120 %).
    #[tsify(optional)]
    pub cap: Option<f64>,
    /// Clamp every score to [0, 1] (default false); not with `cap`.
    #[tsify(optional)]
    pub clamp: Option<bool>,
}

from_js!(KpiScoreBatchOptions {
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

/// Result of {@link kpiScoreBatch}: one entry per item in `score` and `statusIndex`.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct KpiScoreBatchResult {
    /// Each score after `cap` or `clamp` (1 = on target).
    #[tsify(type = "Float64Array")]
    pub score: Float64Column,
    /// Each score's status band as an index into `statuses`, 0 = worst: the
    /// `statusIndex` of {@link scoreKpi}; its name is `statuses[statusIndex[i]]`.
    #[tsify(type = "Uint8Array")]
    pub status_index: Uint8Column,
    /// The status bands' names, worst first (`statusNames`, or ["red", "amber", "green"]).
    pub statuses: Vec<String>,
}

to_js!(KpiScoreBatchResult {
    score,
    status_index,
    statuses
});

fn run(options: KpiScoreBatchOptions) -> Result<KpiScoreBatchResult, Error> {
    let limit = ScoreLimit::from_fields(options.cap, options.clamp)?;
    let bands = StatusBands::new(options.thresholds, options.status_names)?;
    let mut columns = BatchColumns::new([
        ("actual", Some(&options.actual)),
        ("target", options.target.as_ref()),
        ("baseline", options.baseline.as_ref()),
        ("min", options.min.as_ref()),
        ("max", options.max.as_ref()),
        ("tolerance", options.tolerance.as_ref()),
        ("lower_tolerance", options.lower_tolerance.as_ref()),
        ("upper_tolerance", options.upper_tolerance.as_ref()),
    ])?;
    let items = columns.items();
    let mut score = ColumnWriter::new(items);
    let mut status_index = ColumnWriter::new(items);
    for part in parts(items) {
        let [actual, target, baseline, min, max, tolerance, lower, upper] = columns.read(&part);
        let input = KpiScoreBatchInput {
            actual: given(actual),
            direction: options.direction.into(),
            target,
            baseline,
            min,
            max,
            tolerance,
            lower_tolerance: lower,
            upper_tolerance: upper,
            limit,
            bands: &bands,
        };
        let output = KpiScoreBatchOutput {
            score: score.buffer(&part),
            status_index: status_index.buffer(&part),
        };
        batch::kpi_score_batch_into(&input, output, part.start)?;
        score.write(&part);
        status_index.write(&part);
    }
    Ok(KpiScoreBatchResult {
        score: score.finish(),
        status_index: status_index.finish(),
        statuses: bands.names().to_vec(),
    })
}

/// Scores many actual values of one KPI rule, from typed arrays: for each item what
/// {@link scoreKpi} gives as its `score` and `statusIndex`, with targets, baselines and
/// band limits per item (`Float64Array`) or shared (a number). The status of item `i` is
/// `statuses[statusIndex[i]]`.
///
/// Throws an {@link OpscalcError} for the first bad item, its field with the item's
/// index (`actual[12]`, `baseline[3]`), for a rule missing a field (`target`), or for
/// columns of different lengths (`conflicting_fields`).
#[wasm_bindgen(js_name = kpiScoreBatch, unchecked_return_type = "KpiScoreBatchResult")]
pub fn kpi_score_batch(
    #[wasm_bindgen(unchecked_param_type = "KpiScoreBatchOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, run)
}

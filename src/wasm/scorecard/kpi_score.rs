//! JS mirror of KPI scoring. No formulas: it converts the options to the core input,
//! calls the core, and converts the result.

use crate::Error;
use crate::scorecard::{self, KpiInput, KpiRule, KpiRuleFields, ScoreLimit, StatusBands};
use crate::wasm::boundary::call;
use crate::wasm::choice::js_choice;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Which way a KPI is good:
/// - `"higherIsBetter"`: score = (actual − baseline) / (target − baseline), baseline
///   below target, default 0 (so actual / target);
/// - `"lowerIsBetter"`: the same formula with the baseline above the target, default
///   2 × target (so 1 − (actual − target) / target);
/// - `"targetRange"`: 1 inside [`min`, `max`], falling linearly to 0 at `min −
///   lowerTolerance` and `max + upperTolerance` (a step to 0 on a side without tolerance);
/// - `"binary"`: 1 when actual ≥ target, else 0 (record yes/no as 1/0 against a target of 1).
#[derive(Clone, Copy, Tsify)]
#[serde(rename_all = "camelCase")]
pub enum KpiDirection {
    /// More is better.
    HigherIsBetter,
    /// Less is better.
    LowerIsBetter,
    /// A band of values is best.
    TargetRange,
    /// Met or not met.
    Binary,
}

js_choice!(KpiDirection {
    HigherIsBetter = "higherIsBetter",
    LowerIsBetter = "lowerIsBetter",
    TargetRange = "targetRange",
    Binary = "binary",
});

impl From<KpiDirection> for scorecard::KpiDirection {
    fn from(direction: KpiDirection) -> Self {
        match direction {
            KpiDirection::HigherIsBetter => scorecard::KpiDirection::HigherIsBetter,
            KpiDirection::LowerIsBetter => scorecard::KpiDirection::LowerIsBetter,
            KpiDirection::TargetRange => scorecard::KpiDirection::TargetRange,
            KpiDirection::Binary => scorecard::KpiDirection::Binary,
        }
    }
}

/// Options of {@link scoreKpi}. Values are in the KPI's own unit; scores are fractions
/// (1 = on target).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ScoreKpiOptions {
    /// The measured value.
    pub actual: f64,
    /// The value aimed at: required except for `"targetRange"`, where it is an optional
    /// ideal inside [min, max] used only for `percentOfTarget`.
    #[tsify(optional)]
    pub target: Option<f64>,
    /// The value that scores 0 (higher/lower is better only): default 0 when higher is
    /// better, 2 × target when lower is better; required when the target is 0 or less.
    #[tsify(optional)]
    pub baseline: Option<f64>,
    /// The lowest value of the band (`"targetRange"` only, required there).
    #[tsify(optional)]
    pub min: Option<f64>,
    /// The highest value of the band, at least `min` (`"targetRange"` only, required there).
    #[tsify(optional)]
    pub max: Option<f64>,
    /// How far outside the band the score reaches 0, on both sides (`"targetRange"`
    /// only; above 0). Without any tolerance the score steps to 0 outside the band.
    #[tsify(optional)]
    pub tolerance: Option<f64>,
    /// How far below `min` the score reaches 0 (overrides `tolerance`).
    #[tsify(optional)]
    pub lower_tolerance: Option<f64>,
    /// How far above `max` the score reaches 0 (overrides `tolerance`).
    #[tsify(optional)]
    pub upper_tolerance: Option<f64>,
    /// Which way the KPI is good.
    pub direction: KpiDirection,
    /// Ascending cut points on the score between status bands: default [0.7, 0.9]; at
    /// most 9. A score equal to a cut point is in the band above it.
    #[tsify(optional)]
    pub thresholds: Option<Vec<f64>>,
    /// The bands' names, worst first, one more than `thresholds`: default
    /// ["red", "amber", "green"].
    #[tsify(optional)]
    pub status_names: Option<Vec<String>>,
    /// An upper limit on the score, above 0 (1.2 to count at most 120 %).
    #[tsify(optional)]
    pub cap: Option<f64>,
    /// Clamp the score to [0, 1] (default false); not with `cap`.
    #[tsify(optional)]
    pub clamp: Option<bool>,
}

from_js!(ScoreKpiOptions {
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

/// A KPI's scoring options once read: the rule, the limit, and its own status scale
/// when it has one.
pub(crate) struct Scoring {
    pub(crate) rule: KpiRule,
    pub(crate) limit: ScoreLimit,
    pub(crate) bands: Option<StatusBands>,
}

impl Scoring {
    /// The scoring from a KPI's flat fields; errors name the Rust field.
    pub(crate) fn from_fields(
        fields: &KpiRuleFields,
        cap: Option<f64>,
        clamp: Option<bool>,
        thresholds: Option<Vec<f64>>,
        status_names: Option<Vec<String>>,
    ) -> Result<Self, Error> {
        let rule = KpiRule::from_fields(fields)?;
        let limit = ScoreLimit::from_fields(cap, clamp)?;
        let bands = match (thresholds, status_names) {
            (None, None) => None,
            (thresholds, names) => Some(StatusBands::new(thresholds, names)?),
        };
        Ok(Scoring { rule, limit, bands })
    }
}

/// The flat rule fields of any options type that has them.
macro_rules! rule_fields {
    ($options:expr) => {
        $crate::scorecard::KpiRuleFields {
            direction: $options.direction.into(),
            target: $options.target,
            baseline: $options.baseline,
            min: $options.min,
            max: $options.max,
            tolerance: $options.tolerance,
            lower_tolerance: $options.lower_tolerance,
            upper_tolerance: $options.upper_tolerance,
        }
    };
}

pub(crate) use rule_fields;

impl TryFrom<ScoreKpiOptions> for KpiInput {
    type Error = Error;

    fn try_from(options: ScoreKpiOptions) -> Result<Self, Error> {
        let scoring = Scoring::from_fields(
            &rule_fields!(options),
            options.cap,
            options.clamp,
            options.thresholds,
            options.status_names,
        )?;
        let mut input = KpiInput::new(options.actual, scoring.rule);
        input.limit = scoring.limit;
        input.bands = scoring.bands.unwrap_or_default();
        Ok(input)
    }
}

/// Result of {@link scoreKpi}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct KpiScoreResult {
    /// The score after `cap` or `clamp` (1 = on target).
    pub score: f64,
    /// The score before `cap` or `clamp`.
    pub raw_score: f64,
    /// 100 × actual / target, percent; absent when the target is 0 or (target range) not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub percent_of_target: Option<f64>,
    /// Distance from target, positive when better: actual − target (higher is better,
    /// binary), target − actual (lower is better); for a target range 0 inside the band
    /// and minus the distance to it outside.
    pub variance: f64,
    /// The name of the status band the score is in.
    pub status: String,
    /// The index of that band, 0 = worst.
    pub status_index: u32,
    /// The baseline used, given or default (higher/lower is better only).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub baseline: Option<f64>,
}

to_js!(KpiScoreResult {
    score,
    raw_score,
    percent_of_target,
    variance,
    status,
    status_index,
    baseline
});

impl From<scorecard::KpiScore> for KpiScoreResult {
    fn from(score: scorecard::KpiScore) -> Self {
        KpiScoreResult {
            score: score.score,
            raw_score: score.raw_score,
            percent_of_target: score.percent_of_target,
            variance: score.variance,
            status: score.status,
            status_index: score.status_index,
            baseline: score.baseline,
        }
    }
}

/// Scores a KPI's actual value against its target (see {@link KpiDirection} for the
/// four rules), applies `cap` or `clamp`, and names its status band.
///
/// Throws an {@link OpscalcError} naming the field for invalid options (`baseline` when
/// it is on the wrong side of the target, `min` when a target range has none).
#[wasm_bindgen(js_name = scoreKpi, unchecked_return_type = "KpiScoreResult")]
pub fn score_kpi(
    #[wasm_bindgen(unchecked_param_type = "ScoreKpiOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: ScoreKpiOptions| {
        let input = KpiInput::try_from(options)?;
        scorecard::score_kpi(&input).map(KpiScoreResult::from)
    })
}

//! JS mirror of 360-degree feedback. No formulas: it converts the options to the core
//! input, calls the core, and converts the result.
//!
//! A rater's answers are a list of `{ competency, value }` rather than an object keyed
//! by competency id: ids are free text (spaces, any characters), a list keeps the order
//! the rater answered in, an error can name the answer by index
//! (`responses[2].ratings[1].value`), and the TypeScript type stays a plain record.

use super::rating_scale::{RatingScaleOptions, RatingStatsResult, scale_or_default};
use crate::Error;
use crate::people::{self, GapSignal};
use crate::wasm::boundary::call;
use crate::wasm::choice::js_choice;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// A competency rated in the 360.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Feedback360CompetencyOptions {
    /// Unique, not empty.
    pub id: String,
    /// A display name.
    #[tsify(optional)]
    pub name: Option<String>,
    /// Its weight in the overall scores, 0 or more in any unit; 1 when left out.
    #[tsify(optional)]
    pub weight: Option<f64>,
}

from_js!(Feedback360CompetencyOptions { id, name, weight });

/// One answer: a competency's rating, or `null` for "not applicable".
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Feedback360RatingOptions {
    /// The id of a competency.
    pub competency: String,
    /// The rating on the scale, or `null` when the rater cannot judge (left out of every
    /// figure).
    #[tsify(type = "number | null")]
    pub value: Option<f64>,
}

from_js!(Feedback360RatingOptions { competency, value });

/// One rater's answers; raters are anonymous, only their group is known.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Feedback360ResponseOptions {
    /// The rater's group: "self", "manager", "peers", "direct reports", ...
    pub rater_group: String,
    /// At most one answer per competency; a competency left out is "not applicable".
    pub ratings: Vec<Feedback360RatingOptions>,
}

from_js!(Feedback360ResponseOptions {
    rater_group,
    ratings
});

/// A rater group's weight in the others' mean.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Feedback360GroupWeightOptions {
    /// A rater group of the responses, not the self group.
    pub group: String,
    /// 0 or more, in any unit.
    pub weight: f64,
}

from_js!(Feedback360GroupWeightOptions { group, weight });

/// Options of {@link feedback360}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Feedback360Options {
    /// 1 to 100 competencies.
    pub competencies: Vec<Feedback360CompetencyOptions>,
    /// 1 to 10 000 responses, one per rater.
    pub responses: Vec<Feedback360ResponseOptions>,
    /// Weights of the rater groups in the others' mean (the mean of the group means,
    /// weighted); every shown group but self then needs one. Without them every rater
    /// counts once (the pooled mean).
    #[tsify(optional)]
    pub group_weights: Option<Vec<Feedback360GroupWeightOptions>>,
    /// The fewest raters a group needs to be shown, 1 or more: 3 by default.
    #[tsify(optional)]
    pub min_raters_per_group: Option<u32>,
    /// Groups shown whatever their size: `["manager"]` by default.
    #[tsify(optional)]
    pub exempt_groups: Option<Vec<String>>,
    /// The rating scale: 1 to 5 by default.
    #[tsify(optional)]
    pub scale: Option<RatingScaleOptions>,
    /// A gap beyond this share of the scale's span (max − min) is a blind spot or a
    /// hidden strength, 0 to 1: 0.125 by default (half a point on 1 to 5).
    #[tsify(optional)]
    pub blind_spot_share: Option<f64>,
    /// The self-assessment's group, one response at most: "self" by default.
    #[tsify(optional)]
    pub self_group: Option<String>,
}

from_js!(Feedback360Options {
    competencies,
    responses,
    group_weights,
    min_raters_per_group,
    exempt_groups,
    scale,
    blind_spot_share,
    self_group
});

impl TryFrom<Feedback360Options> for people::Feedback360Input {
    type Error = Error;

    fn try_from(options: Feedback360Options) -> Result<Self, Error> {
        let competencies = options
            .competencies
            .into_iter()
            .map(|competency| {
                let mut node = people::FeedbackCompetency::new(competency.id);
                node.name = competency.name;
                node.weight = competency.weight;
                node
            })
            .collect();
        let responses = options
            .responses
            .into_iter()
            .map(|response| {
                let ratings = response
                    .ratings
                    .into_iter()
                    .map(|rating| people::CompetencyRating::new(rating.competency, rating.value))
                    .collect();
                people::Response::new(response.rater_group, ratings)
            })
            .collect();
        let mut input = people::Feedback360Input::new(competencies, responses);
        input.group_weights = options.group_weights.map(|weights| {
            weights
                .into_iter()
                .map(|entry| people::GroupWeight {
                    group: entry.group,
                    weight: entry.weight,
                })
                .collect()
        });
        if let Some(min) = options.min_raters_per_group {
            input.min_raters_per_group = min;
        }
        if let Some(groups) = options.exempt_groups {
            input.exempt_groups = groups;
        }
        input.scale = scale_or_default(options.scale)?;
        if let Some(share) = options.blind_spot_share {
            input.blind_spot_share = share;
        }
        if let Some(group) = options.self_group {
            input.self_group = group;
        }
        Ok(input)
    }
}

/// How the self-rating compares with the others' mean: `"aligned"` (within the
/// threshold), `"blindSpot"` (self higher by more) or `"hiddenStrength"` (self lower
/// by more).
#[derive(Clone, Copy, Tsify)]
#[serde(rename_all = "camelCase")]
pub enum Feedback360Signal {
    /// Within the threshold.
    Aligned,
    /// Self above the others by more than the threshold.
    BlindSpot,
    /// Self below the others by more than the threshold.
    HiddenStrength,
}

js_choice!(Feedback360Signal {
    Aligned = "aligned",
    BlindSpot = "blindSpot",
    HiddenStrength = "hiddenStrength",
});

impl From<GapSignal> for Feedback360Signal {
    fn from(signal: GapSignal) -> Self {
        match signal {
            GapSignal::Aligned => Feedback360Signal::Aligned,
            GapSignal::BlindSpot => Feedback360Signal::BlindSpot,
            GapSignal::HiddenStrength => Feedback360Signal::HiddenStrength,
        }
    }
}

/// A rater group that is shown.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Feedback360GroupResult {
    /// The group's name.
    pub group: String,
    /// How many raters (responses) it has.
    pub raters: u32,
    /// Whether it is the self-assessment.
    pub is_self: bool,
    /// Whether it is one of `exemptGroups` (shown whatever its size).
    pub exempt: bool,
    /// Its weight as given, with `groupWeights` (not for self).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub weight: Option<f64>,
}

to_js!(Feedback360GroupResult {
    group,
    raters,
    is_self,
    exempt,
    weight
});

/// A rater group withheld for anonymity: its size and ratings are not shown and it takes
/// no part in any figure.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Feedback360SuppressedGroup {
    /// The group's name.
    pub group: String,
    /// The reason: it has fewer raters than this.
    pub min_raters: u32,
}

to_js!(Feedback360SuppressedGroup { group, min_raters });

/// One shown group's ratings of one competency.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Feedback360GroupRatings {
    /// The group's name.
    pub group: String,
    /// Count, mean, sd and range: the group's agreement. Absent when all its raters
    /// answered "not applicable", or when the answers are withheld.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub stats: Option<RatingStatsResult>,
    /// True when fewer raters than the minimum answered this competency, so that their
    /// answers are withheld for anonymity and count in no figure (never for self or an
    /// exempt group).
    pub withheld: bool,
}

to_js!(Feedback360GroupRatings {
    group,
    stats,
    withheld
});

/// The result for one competency.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Feedback360CompetencyResult {
    /// The competency's id.
    pub id: String,
    /// Its name, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub name: Option<String>,
    /// Its weight normalised over all competencies (they sum to 1).
    pub weight: f64,
    /// Each shown group, in order of first response.
    pub groups: Vec<Feedback360GroupRatings>,
    /// The self-rating, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub self_rating: Option<f64>,
    /// The ratings of every shown group but self, pooled.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub others: Option<RatingStatsResult>,
    /// The others' mean: pooled, or weighted by `groupWeights` over the groups that
    /// rated the competency.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub others_mean: Option<f64>,
    /// selfRating − othersMean, when both exist.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub gap: Option<f64>,
    /// The gap against the threshold, when there is a gap.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub signal: Option<Feedback360Signal>,
}

to_js!(Feedback360CompetencyResult {
    id,
    name,
    weight,
    groups,
    self_rating,
    others,
    others_mean,
    gap,
    signal
});

/// Result of {@link feedback360}. Ratings are in points of the scale.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Feedback360Result {
    /// Each competency, in input order.
    pub competencies: Vec<Feedback360CompetencyResult>,
    /// The shown groups, in order of first response.
    pub groups: Vec<Feedback360GroupResult>,
    /// The suppressed groups ("not enough raters"), in order of first response.
    pub suppressed: Vec<Feedback360SuppressedGroup>,
    /// Σ w·othersMean / Σ w over the competencies with an others' mean.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub overall_others: Option<f64>,
    /// Σ w·selfRating / Σ w over the competencies with a self-rating.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub overall_self: Option<f64>,
    /// overallSelf − overallOthers, when both exist.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub overall_gap: Option<f64>,
    /// The gap threshold in rating points: blindSpotShare × (max − min).
    pub threshold: f64,
}

to_js!(Feedback360Result {
    competencies,
    groups,
    suppressed,
    overall_others,
    overall_self,
    overall_gap,
    threshold
});

impl From<people::Feedback360> for Feedback360Result {
    fn from(report: people::Feedback360) -> Self {
        Feedback360Result {
            competencies: report
                .competencies
                .into_iter()
                .map(|c| Feedback360CompetencyResult {
                    id: c.id,
                    name: c.name,
                    weight: c.weight,
                    groups: c
                        .groups
                        .into_iter()
                        .map(|g| Feedback360GroupRatings {
                            group: g.group,
                            stats: g.stats.map(Into::into),
                            withheld: g.withheld,
                        })
                        .collect(),
                    self_rating: c.self_rating,
                    others: c.others.map(Into::into),
                    others_mean: c.others_mean,
                    gap: c.gap,
                    signal: c.signal.map(Into::into),
                })
                .collect(),
            groups: report
                .groups
                .into_iter()
                .map(|g| Feedback360GroupResult {
                    group: g.group,
                    raters: g.raters,
                    is_self: g.is_self,
                    exempt: g.exempt,
                    weight: g.weight,
                })
                .collect(),
            suppressed: report
                .suppressed
                .into_iter()
                .map(|g| Feedback360SuppressedGroup {
                    group: g.group,
                    min_raters: g.min_raters,
                })
                .collect(),
            overall_others: report.overall_others,
            overall_self: report.overall_self,
            overall_gap: report.overall_gap,
            threshold: report.threshold,
        }
    }
}

/// A 360-degree feedback report. Groups with fewer than `minRatersPerGroup` raters
/// (3) are suppressed: listed by name only and left out of every figure; self and the
/// exempt groups (the manager) are always shown. Per competency and group: count, mean,
/// population sd and range; the others' mean (pooled, or weighted by group), the gap
/// self − others and its signal (a blind spot beyond `blindSpotShare` × the scale's
/// span, a hidden strength below minus that); the weighted overall scores.
///
/// Throws an {@link OpscalcError} naming the field for invalid options
/// (`responses[2].ratings[1].competency` for an unknown competency,
/// `responses[2].ratings[1].value` off the scale).
#[wasm_bindgen(js_name = feedback360, unchecked_return_type = "Feedback360Result")]
pub fn feedback_360(
    #[wasm_bindgen(unchecked_param_type = "Feedback360Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: Feedback360Options| {
        let input = people::Feedback360Input::try_from(options)?;
        people::feedback_360(&input).map(Feedback360Result::from)
    })
}

//! 360-degree feedback: ratings of one person's competencies by rater groups (self,
//! manager, peers, direct reports), with small groups suppressed for anonymity, the
//! agreement within each group, the others' view against the self-assessment, and the
//! blind spots and hidden strengths between them.

use super::rating_scale::RatingScale;
use super::rating_stats::RatingStats;
use crate::scorecard::normalise_weights;
use crate::validate::{IdMap, UniqueIds, finite, list_length, non_negative, not_empty};
use crate::{Error, ErrorCode};

/// The most competencies a 360 may rate.
pub const MAX_COMPETENCIES: u32 = 100;
/// The most responses (raters) a 360 may have.
pub const MAX_RESPONSES: u32 = 10_000;
/// A group needs this many raters to be shown, unless given otherwise.
pub const DEFAULT_MIN_RATERS: u32 = 3;
/// The default gap, as a share of the scale's span, beyond which self and others
/// disagree: 0.125, half a point on a 1-to-5 scale.
pub const DEFAULT_BLIND_SPOT_SHARE: f64 = 0.125;
/// The default name of the self-assessment's rater group.
pub const DEFAULT_SELF_GROUP: &str = "self";
/// The default groups shown whatever their size: the manager, who is known anyway.
pub const DEFAULT_EXEMPT_GROUPS: [&str; 1] = ["manager"];

/// A competency rated in the 360 (Communication, Teamwork, ...).
#[derive(Debug, Clone, PartialEq)]
pub struct FeedbackCompetency {
    /// Unique, not empty. Field `id`.
    pub id: String,
    /// A display name. Field `name`.
    pub name: Option<String>,
    /// Its weight in the overall score, 0 or more in any unit; `None` counts as 1.
    /// Field `weight`.
    pub weight: Option<f64>,
}

impl FeedbackCompetency {
    /// A competency of weight 1 and no name.
    pub fn new(id: impl Into<String>) -> Self {
        FeedbackCompetency {
            id: id.into(),
            name: None,
            weight: None,
        }
    }
}

/// One answer of a rater: a competency's rating, or `None` for "not applicable".
#[derive(Debug, Clone, PartialEq)]
pub struct CompetencyRating {
    /// The id of a [`FeedbackCompetency`]. Field `competency`.
    pub competency: String,
    /// The rating on the scale, or `None` when the rater cannot judge it (excluded from
    /// every figure). Field `value`.
    pub value: Option<f64>,
}

impl CompetencyRating {
    /// A rating of `competency`.
    pub fn new(competency: impl Into<String>, value: Option<f64>) -> Self {
        CompetencyRating {
            competency: competency.into(),
            value,
        }
    }
}

/// One rater's answers. Raters are anonymous: only their group is known.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    /// The rater's group ("self", "manager", "peers", "direct reports"), not empty.
    /// Field `rater_group`.
    pub rater_group: String,
    /// The rater's answers, at most one per competency; a competency left out is the
    /// same as "not applicable". Field `ratings`.
    pub ratings: Vec<CompetencyRating>,
}

impl Response {
    /// A response from a rater of `rater_group`.
    pub fn new(rater_group: impl Into<String>, ratings: Vec<CompetencyRating>) -> Self {
        Response {
            rater_group: rater_group.into(),
            ratings,
        }
    }
}

/// The weight of a rater group in the others' mean.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupWeight {
    /// A rater group of the responses, not the self group. Field `group`.
    pub group: String,
    /// 0 or more, in any unit. Field `weight`.
    pub weight: f64,
}

/// Inputs of [`feedback_360`].
#[derive(Debug, Clone, PartialEq)]
pub struct Feedback360Input {
    /// 1 to [`MAX_COMPETENCIES`] competencies. Field `competencies`.
    pub competencies: Vec<FeedbackCompetency>,
    /// 1 to [`MAX_RESPONSES`] responses. Field `responses`.
    pub responses: Vec<Response>,
    /// Group weights for the others' mean; `None` pools every rater equally. Every
    /// shown group other than self then needs a weight. Field `group_weights`.
    pub group_weights: Option<Vec<GroupWeight>>,
    /// The fewest raters a group needs to be shown, 1 or more (default
    /// [`DEFAULT_MIN_RATERS`]). Field `min_raters_per_group`.
    pub min_raters_per_group: u32,
    /// Groups shown whatever their size (default [`DEFAULT_EXEMPT_GROUPS`]).
    /// Field `exempt_groups`.
    pub exempt_groups: Vec<String>,
    /// The rating scale. Field `scale`.
    pub scale: RatingScale,
    /// A gap beyond `blind_spot_share × (max − min)` is a blind spot or a hidden
    /// strength, from 0 to 1 (default [`DEFAULT_BLIND_SPOT_SHARE`]). Field
    /// `blind_spot_share`.
    pub blind_spot_share: f64,
    /// The self-assessment's group, with one response at most (default
    /// [`DEFAULT_SELF_GROUP`]). Field `self_group`.
    pub self_group: String,
}

impl Feedback360Input {
    /// A 360 with every default: equal competency weights, raters pooled, 3 raters per
    /// group, the manager exempt, a 1-to-5 scale, a half-point threshold, group "self".
    pub fn new(competencies: Vec<FeedbackCompetency>, responses: Vec<Response>) -> Self {
        Feedback360Input {
            competencies,
            responses,
            group_weights: None,
            min_raters_per_group: DEFAULT_MIN_RATERS,
            exempt_groups: DEFAULT_EXEMPT_GROUPS.map(str::to_owned).to_vec(),
            scale: RatingScale::default(),
            blind_spot_share: DEFAULT_BLIND_SPOT_SHARE,
            self_group: DEFAULT_SELF_GROUP.to_owned(),
        }
    }
}

/// How the self-assessment of a competency compares with the others' view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GapSignal {
    /// `|self − others|` is within the threshold.
    Aligned,
    /// `self − others` exceeds the threshold: the person rates themself higher than
    /// others do.
    BlindSpot,
    /// `others − self` exceeds the threshold: others see a strength the person does not.
    HiddenStrength,
}

/// A rater group that is shown.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RaterGroup {
    /// The group's name.
    pub group: String,
    /// How many responses (raters) it has.
    pub raters: u32,
    /// Whether it is the self-assessment.
    pub is_self: bool,
    /// Whether it is shown only because it is exempt from the minimum.
    pub exempt: bool,
    /// Its weight in the others' mean as given, when group weights are given (`None`
    /// for the self group).
    pub weight: Option<f64>,
}

/// A rater group withheld for anonymity: neither its size nor its ratings are shown,
/// and it takes no part in any figure.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SuppressedGroup {
    /// The group's name.
    pub group: String,
    /// The reason: it has fewer raters than this.
    pub min_raters: u32,
}

/// One shown group's ratings of one competency.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GroupRatings {
    /// The group's name.
    pub group: String,
    /// Count, mean, population σ and range of its ratings (the agreement within the
    /// group); `None` when all its raters answered "not applicable", or when the answers
    /// are withheld.
    pub stats: Option<RatingStats>,
    /// Whether fewer raters than the minimum answered this competency (the others
    /// answered "not applicable"), so that its answers are withheld for anonymity and
    /// take no part in any figure, as a suppressed group's. Never for self or an exempt
    /// group.
    pub withheld: bool,
}

/// The result for one competency.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CompetencyFeedback {
    /// The competency's id.
    pub id: String,
    /// Its name, when given.
    pub name: Option<String>,
    /// Its weight normalised over all competencies (they sum to 1).
    pub weight: f64,
    /// Each shown group, in order of first response.
    pub groups: Vec<GroupRatings>,
    /// The self-assessment, when given.
    pub self_rating: Option<f64>,
    /// The pooled ratings of every shown group other than self: count, mean, σ, range.
    pub others: Option<RatingStats>,
    /// The others' mean: the pooled mean, or with group weights `Σ w_g x̄_g / Σ w_g` over
    /// the groups that rated the competency. `None` without others' ratings or when
    /// those groups' weights are all 0.
    pub others_mean: Option<f64>,
    /// `self − others_mean`, when both exist.
    pub gap: Option<f64>,
    /// The gap against the threshold, when there is a gap.
    pub signal: Option<GapSignal>,
}

/// The 360-degree feedback report.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Feedback360 {
    /// Each competency, in input order.
    pub competencies: Vec<CompetencyFeedback>,
    /// The shown groups, in order of first response.
    pub groups: Vec<RaterGroup>,
    /// The suppressed groups, in order of first response.
    pub suppressed: Vec<SuppressedGroup>,
    /// `Σ w_c o_c / Σ w_c` over the competencies with an others' mean `o_c`.
    pub overall_others: Option<f64>,
    /// `Σ w_c s_c / Σ w_c` over the competencies with a self-rating `s_c`.
    pub overall_self: Option<f64>,
    /// `overall_self − overall_others`, when both exist.
    pub overall_gap: Option<f64>,
    /// The gap threshold in rating points: `blind_spot_share × (max − min)`.
    pub threshold: f64,
}

/// A 360-degree feedback report.
///
/// Raters answer per competency on the scale or "not applicable" (`None`, excluded).
/// Responses are grouped by rater group. A group with fewer than
/// `min_raters_per_group` raters is **suppressed**: listed by name only, and left out of
/// every figure (it is not merged into another group), so that no rater can be singled
/// out; the self group and the exempt groups are always shown. Likewise, when fewer
/// raters of a shown group than the minimum answer a competency (the rest answering
/// "not applicable"), that group's answers to it are **withheld** and left out.
///
/// For each competency and shown group: count, mean `x̄`, population standard deviation
/// `σ = √(Σ (x − x̄)² / n)` and range, the group's agreement. The **others** are every
/// shown group but self; their mean is the pooled mean of their ratings (each rater
/// counts once), or with group weights `Σ w_g x̄_g / Σ w_g` over the groups that rated
/// the competency (so a large group of peers does not drown the manager). The
/// **gap** is `self − others`; with `t = blind_spot_share × (max − min)`, a gap above
/// `t` is a **blind spot** and one below `−t` a **hidden strength** (the Johari-window
/// reading of 360 results). The overall scores weight the competencies,
/// `Σ w_c x_c / Σ w_c` over those with a value.
///
/// Units: rating points of the scale.
///
/// # Errors
/// - `out_of_range` naming `competencies` or `responses` when empty, `too_large` when
///   longer than [`MAX_COMPETENCIES`] or [`MAX_RESPONSES`];
/// - `invalid_input` / `duplicate_id` naming `competencies[i].id`; `not_finite` /
///   `negative` naming `competencies[i].weight`, `not_positive` naming `competencies`
///   when every weight is 0;
/// - `invalid_input` naming `responses[i].rater_group` when empty, `duplicate_id` when a
///   second response is in the self group;
/// - `unknown_id` naming `responses[i].ratings[j].competency` for a competency not
///   listed, `duplicate_id` when a response rates it twice; `not_finite` /
///   `out_of_range` naming `responses[i].ratings[j].value` off the scale;
/// - `out_of_range` naming `min_raters_per_group` when 0, `blind_spot_share` outside
///   0 to 1 (`not_finite` when not a number); `invalid_input` naming `self_group` or
///   `exempt_groups[i]` when empty;
/// - for group weights: `unknown_id` naming `group_weights[i].group` for a group with
///   no response, `invalid_input` for the self group, `duplicate_id` for a repeat;
///   `not_finite` / `negative` naming `group_weights[i].weight`; `missing_field` naming
///   `group_weights` when a shown group other than self has no weight.
///
/// # Examples
/// Hand-computed: self rates 4; the manager 3; peers 3, 4 and 2; two direct reports
/// (suppressed) 5 and 5. Others: pooled mean of 3, 3, 4, 2 = 3; gap 4 − 3 = 1 > 0.5:
/// a blind spot. The direct reports' 5s change nothing.
/// ```
/// use opscalc::people::{
///     FeedbackCompetency, CompetencyRating, Feedback360Input, GapSignal, Response, feedback_360,
/// };
/// let rate = |group: &str, value: f64| {
///     Response::new(group, vec![CompetencyRating::new("listening", Some(value))])
/// };
/// let input = Feedback360Input::new(
///     vec![FeedbackCompetency::new("listening")],
///     vec![
///         rate("self", 4.0), rate("manager", 3.0),
///         rate("peers", 3.0), rate("peers", 4.0), rate("peers", 2.0),
///         rate("direct reports", 5.0), rate("direct reports", 5.0),
///     ],
/// );
/// let report = feedback_360(&input)?;
/// let listening = &report.competencies[0];
/// assert_eq!(listening.others_mean, Some(3.0));
/// assert_eq!(listening.gap, Some(1.0));
/// assert_eq!(listening.signal, Some(GapSignal::BlindSpot));
/// assert_eq!(report.suppressed[0].group, "direct reports");
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn feedback_360(input: &Feedback360Input) -> Result<Feedback360, Error> {
    let checked = validate(input)?;
    let competency_count = input.competencies.len();

    // Each shown group's ratings of each competency: cells[g × competencies + c].
    let shown: Vec<&GroupInfo<'_>> = checked
        .groups
        .iter()
        .filter(|group| !group.suppressed)
        .collect();
    let mut position_of = Vec::with_capacity(checked.groups.len());
    let mut shown_count = 0;
    for group in &checked.groups {
        position_of.push((!group.suppressed).then_some(shown_count));
        shown_count += usize::from(!group.suppressed);
    }
    let mut cells: Vec<Vec<f64>> = vec![Vec::new(); shown.len() * competency_count];
    for (group, ratings) in &checked.responses {
        // A suppressed group has no position: it is left out of everything.
        let Some(&Some(position)) = position_of.get(*group) else {
            continue;
        };
        for &(competency, value) in ratings {
            if let Some(cell) = cells.get_mut(position * competency_count + competency) {
                cell.push(value);
            }
        }
    }

    let threshold = input.blind_spot_share * input.scale.span();
    let mut competencies = Vec::with_capacity(competency_count);
    for (c, (competency, &weight)) in input
        .competencies
        .iter()
        .zip(&checked.competency_weights)
        .enumerate()
    {
        let mut groups = Vec::with_capacity(shown.len());
        let mut pooled = Vec::new();
        let mut self_rating = None;
        // Each weighted group's weight and mean, when it rated the competency.
        let mut weighted = Vec::new();
        for (g, info) in shown.iter().enumerate() {
            let values = cells
                .get(g * competency_count + c)
                .map_or(&[][..], Vec::as_slice);
            // Too few answers to this competency would single raters out: withheld.
            let withheld = !info.is_self
                && !info.exempt
                && !values.is_empty()
                && values.len() < input.min_raters_per_group as usize;
            let values = if withheld { &[][..] } else { values };
            let stats = RatingStats::of(values);
            if info.is_self {
                self_rating = stats.map(|stats| stats.mean);
            } else {
                pooled.extend_from_slice(values);
                if let (Some(stats), Some(weight)) = (stats, info.weight) {
                    weighted.push((weight, stats.mean));
                }
            }
            groups.push(GroupRatings {
                group: info.name.to_owned(),
                stats,
                withheld,
            });
        }
        let others = RatingStats::of(&pooled);
        let others_mean = if input.group_weights.is_some() {
            weighted_mean(&weighted)
        } else {
            others.map(|stats| stats.mean)
        };
        let gap = self_rating
            .zip(others_mean)
            .map(|(own, others)| own - others);
        competencies.push(CompetencyFeedback {
            id: competency.id.clone(),
            name: competency.name.clone(),
            weight,
            groups,
            self_rating,
            others,
            others_mean,
            gap,
            signal: gap.map(|gap| signal(gap, threshold)),
        });
    }

    let overall_others = weighted_overall(&competencies, |c| c.others_mean);
    let overall_self = weighted_overall(&competencies, |c| c.self_rating);
    Ok(Feedback360 {
        groups: shown
            .iter()
            .map(|info| RaterGroup {
                group: info.name.to_owned(),
                raters: info.raters,
                is_self: info.is_self,
                exempt: info.exempt,
                weight: info.weight,
            })
            .collect(),
        suppressed: checked
            .groups
            .iter()
            .filter(|group| group.suppressed)
            .map(|info| SuppressedGroup {
                group: info.name.to_owned(),
                min_raters: input.min_raters_per_group,
            })
            .collect(),
        competencies,
        overall_others,
        overall_self,
        overall_gap: overall_self
            .zip(overall_others)
            .map(|(own, others)| own - others),
        threshold,
    })
}

fn signal(gap: f64, threshold: f64) -> GapSignal {
    if gap > threshold {
        GapSignal::BlindSpot
    } else if -gap > threshold {
        GapSignal::HiddenStrength
    } else {
        GapSignal::Aligned
    }
}

/// 2⁵⁰⁰ and 2⁻⁵⁰⁰: group weights between them are used as given by [`weighted_mean`].
const LARGE_WEIGHT: f64 = f64::from_bits((1023 + 500) << 52);
const SMALL_WEIGHT: f64 = f64::from_bits((1023 - 500) << 52);
/// 2⁻⁶⁰⁰ and 2⁶⁰⁰: what [`weighted_mean`] multiplies weights beyond them by.
const SCALE_DOWN: f64 = f64::from_bits((1023 - 600) << 52);
const SCALE_UP: f64 = f64::from_bits((1023 + 600) << 52);

/// `Σ w_g x̄_g / Σ w_g` over the `(w_g, x̄_g)` of the groups that rated a competency;
/// `None` when every weight is 0.
///
/// Weights are in any unit, so when the largest is beyond 2^±500 every weight is first
/// multiplied by 2^∓600, which brings the largest within 2^±500: without it, weights
/// near `f64::MAX` would overflow the sums (found by fuzzing the JS API: two weights of
/// 1e308 made the others' mean NaN), and subnormal weights would lose digits in `w x̄`.
/// A power of two scales exactly (short of weights under 2⁻⁹⁰⁰ of the largest, whose
/// share of the mean is far below rounding), so the mean is the same; and with at most
/// [`MAX_RESPONSES`] groups and ratings within 2⁶³ (a scale spans at most 1,000 points)
/// both sums stay finite. Weights within the band are used as given: the same
/// arithmetic, to the bit, as without the scaling.
fn weighted_mean(weighted: &[(f64, f64)]) -> Option<f64> {
    let largest = weighted
        .iter()
        .fold(0.0, |largest: f64, &(weight, _)| largest.max(weight));
    let scale = if largest > LARGE_WEIGHT {
        SCALE_DOWN
    } else if largest < SMALL_WEIGHT {
        SCALE_UP
    } else {
        1.0
    };
    let (sum, weights) = weighted
        .iter()
        .fold((0.0, 0.0), |(sum, weights), &(weight, mean)| {
            let weight = weight * scale;
            (sum + weight * mean, weights + weight)
        });
    (weights > 0.0).then(|| sum / weights)
}

/// `Σ w_c x_c / Σ w_c` over the competencies where `value` is given.
fn weighted_overall(
    competencies: &[CompetencyFeedback],
    value: impl Fn(&CompetencyFeedback) -> Option<f64>,
) -> Option<f64> {
    let (sum, weights) = competencies
        .iter()
        .filter_map(|c| value(c).map(|x| (c.weight * x, c.weight)))
        .fold((0.0, 0.0), |(sum, weights), (wx, w)| {
            (sum + wx, weights + w)
        });
    (weights > 0.0).then(|| sum / weights)
}

/// A rater group as the validation finds it.
struct GroupInfo<'a> {
    name: &'a str,
    raters: u32,
    is_self: bool,
    exempt: bool,
    suppressed: bool,
    weight: Option<f64>,
}

struct Checked<'a> {
    competency_weights: Vec<f64>,
    /// Each response's group index and its answered ratings (competency index, value).
    responses: Vec<(usize, Vec<(usize, f64)>)>,
    groups: Vec<GroupInfo<'a>>,
}

fn validate(input: &Feedback360Input) -> Result<Checked<'_>, Error> {
    if input.min_raters_per_group == 0 {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "min_raters_per_group",
            "must be 1 or more",
        ));
    }
    let share = finite("blind_spot_share", input.blind_spot_share)?;
    if !(0.0..=1.0).contains(&share) {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "blind_spot_share",
            "must be between 0 and 1 (a share of the scale's span)",
        ));
    }
    not_empty("self_group", &input.self_group)?;
    for (i, group) in input.exempt_groups.iter().enumerate() {
        not_empty(&format!("exempt_groups[{i}]"), group)?;
    }

    // Competencies: ids and weights.
    list_length("competencies", input.competencies.len(), MAX_COMPETENCIES)?;
    let mut ids = UniqueIds::new("competencies");
    let mut weights = Vec::with_capacity(input.competencies.len());
    for (c, competency) in input.competencies.iter().enumerate() {
        ids.check(c, &competency.id)
            .map_err(|error| error.within(&format!("competencies[{c}]")))?;
        let weight = competency.weight.unwrap_or(1.0);
        let field = format!("competencies[{c}].weight");
        weights.push(non_negative(&field, finite(&field, weight)?)?);
    }
    let (competency_weights, _) = normalise_weights(&weights, "competencies")?;

    // Responses: groups, competencies, values.
    list_length("responses", input.responses.len(), MAX_RESPONSES)?;
    let mut groups: Vec<GroupInfo<'_>> = Vec::new();
    let mut group_of = IdMap::default();
    let mut self_response = None;
    let mut responses = Vec::with_capacity(input.responses.len());
    for (i, response) in input.responses.iter().enumerate() {
        let path = format!("responses[{i}]");
        let name = response.rater_group.as_str();
        not_empty(&format!("{path}.rater_group"), name)?;
        let is_self = name == input.self_group;
        if is_self {
            if let Some(first) = self_response {
                return Err(Error::new(
                    ErrorCode::DuplicateId,
                    format!("{path}.rater_group"),
                    format!(
                        "repeats the self-assessment of responses[{first}]: self has one rater"
                    ),
                ));
            }
            self_response = Some(i);
        }
        let group = group_of
            .first_or_insert(name, groups.len())
            .unwrap_or_else(|| {
                groups.push(GroupInfo {
                    name,
                    raters: 0,
                    is_self,
                    exempt: input.exempt_groups.iter().any(|exempt| exempt == name),
                    suppressed: false,
                    weight: None,
                });
                groups.len() - 1
            });
        if let Some(info) = groups.get_mut(group) {
            info.raters = info.raters.saturating_add(1);
        }
        let mut answered = Vec::with_capacity(response.ratings.len());
        // Where this response rated each competency (by the competency's index).
        let mut rated_at: Vec<Option<usize>> = vec![None; input.competencies.len()];
        for (j, rating) in response.ratings.iter().enumerate() {
            let field = format!("{path}.ratings[{j}]");
            let Some(competency) = ids.index_of(&rating.competency) else {
                return Err(Error::new(
                    ErrorCode::UnknownId,
                    format!("{field}.competency"),
                    "is not the id of a competency",
                ));
            };
            if let Some(first) = rated_at.get_mut(competency).and_then(|at| at.replace(j)) {
                return Err(Error::new(
                    ErrorCode::DuplicateId,
                    format!("{field}.competency"),
                    format!("rates the competency of {path}.ratings[{first}] again"),
                ));
            }
            if let Some(value) = rating.value {
                answered.push((
                    competency,
                    input.scale.check(&format!("{field}.value"), value)?,
                ));
            }
        }
        responses.push((group, answered));
    }
    for info in &mut groups {
        info.suppressed = !info.is_self && !info.exempt && info.raters < input.min_raters_per_group;
    }

    if let Some(group_weights) = &input.group_weights {
        let mut seen = IdMap::default();
        for (i, entry) in group_weights.iter().enumerate() {
            let field = format!("group_weights[{i}]");
            let name = entry.group.as_str();
            let Some(info) = group_of.get(name).and_then(|g| groups.get_mut(g)) else {
                return Err(Error::new(
                    ErrorCode::UnknownId,
                    format!("{field}.group"),
                    "is not the rater group of any response",
                ));
            };
            if info.is_self {
                return Err(Error::new(
                    ErrorCode::InvalidInput,
                    format!("{field}.group"),
                    "is the self group, which is not part of the others' mean",
                ));
            }
            if let Some(first) = seen.first_or_insert(name, i) {
                return Err(Error::new(
                    ErrorCode::DuplicateId,
                    format!("{field}.group"),
                    format!("repeats the group of group_weights[{first}]"),
                ));
            }
            let weight_field = format!("{field}.weight");
            info.weight = Some(non_negative(
                &weight_field,
                finite(&weight_field, entry.weight)?,
            )?);
        }
        if groups
            .iter()
            .any(|info| !info.is_self && !info.suppressed && info.weight.is_none())
        {
            return Err(Error::new(
                ErrorCode::MissingField,
                "group_weights",
                "must give a weight to every shown rater group other than self",
            ));
        }
        for info in &mut groups {
            if info.suppressed {
                info.weight = None;
            }
        }
    }

    Ok(Checked {
        competency_weights,
        responses,
        groups,
    })
}

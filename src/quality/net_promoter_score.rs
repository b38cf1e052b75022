//! The net promoter score (NPS): from answers to "how likely are you to recommend us to
//! a friend or colleague?" on 0 to 10, the share of promoters less the share of
//! detractors. Asked of employees about their workplace, it is the employee NPS (eNPS).

use crate::error::{Error, ErrorCode};
use crate::validate::list_length;

/// The most scores one call may list.
pub const MAX_NPS_SCORES: u32 = 1_000_000;

/// The highest score on the 0 to 10 scale.
pub const NPS_SCALE_MAX: u32 = 10;

/// The lowest score of a promoter (9 and 10).
pub const PROMOTER_MIN: u32 = 9;

/// The lowest score of a passive (7 and 8); 0 to 6 are detractors.
pub const PASSIVE_MIN: u32 = 7;

/// Inputs of [`net_promoter_score`]: the answers, or how many fell in each group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NetPromoterInput {
    /// Each respondent's score, a whole number from 0 to 10; 1 to [`MAX_NPS_SCORES`]
    /// of them. Field `scores`.
    Scores(Vec<u32>),
    /// The counts of each group, at least one respondent in all.
    Counts {
        /// Respondents who scored 9 or 10. Field `promoters`.
        promoters: u32,
        /// Respondents who scored 7 or 8. Field `passives`.
        passives: u32,
        /// Respondents who scored 0 to 6. Field `detractors`.
        detractors: u32,
    },
}

impl NetPromoterInput {
    /// The input from the flat fields a form or a JSON object has: either `scores`, or
    /// the three counts `promoters`, `passives` and `detractors`.
    ///
    /// # Errors
    /// `conflicting_fields` naming the first count given with `scores`;
    /// `missing_field` naming `scores` when nothing is given, or the first count
    /// missing when some are given.
    ///
    /// # Examples
    /// ```
    /// use opscalc::quality::NetPromoterInput;
    /// assert_eq!(
    ///     NetPromoterInput::from_fields(None, Some(60), Some(25), Some(15)),
    ///     Ok(NetPromoterInput::Counts { promoters: 60, passives: 25, detractors: 15 })
    /// );
    /// let error = NetPromoterInput::from_fields(None, Some(60), None, Some(15)).unwrap_err();
    /// assert_eq!(error.field(), "passives");
    /// ```
    pub fn from_fields(
        scores: Option<Vec<u32>>,
        promoters: Option<u32>,
        passives: Option<u32>,
        detractors: Option<u32>,
    ) -> Result<Self, Error> {
        let counts = [
            ("promoters", promoters),
            ("passives", passives),
            ("detractors", detractors),
        ];
        // The first count given, and the first one missing.
        let first = |given: bool| {
            counts
                .iter()
                .find(|(_, count)| count.is_some() == given)
                .map_or("", |(field, _)| *field)
        };
        match (scores, promoters, passives, detractors) {
            (Some(scores), None, None, None) => Ok(NetPromoterInput::Scores(scores)),
            (None, Some(promoters), Some(passives), Some(detractors)) => {
                Ok(NetPromoterInput::Counts {
                    promoters,
                    passives,
                    detractors,
                })
            }
            (Some(_), ..) => Err(Error::new(
                ErrorCode::ConflictingFields,
                first(true),
                "give either the scores or the three counts, not both",
            )),
            (None, None, None, None) => Err(Error::new(
                ErrorCode::MissingField,
                "scores",
                "is required (or the counts of promoters, passives and detractors)",
            )),
            (None, ..) => Err(Error::new(
                ErrorCode::MissingField,
                first(false),
                "is required with the other counts",
            )),
        }
    }
}

/// The groups' counts and shares, and the net promoter score.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct NetPromoterScore {
    /// How many answered, 1 or more.
    pub responses: u32,
    /// How many scored 9 or 10.
    pub promoters: u32,
    /// How many scored 7 or 8.
    pub passives: u32,
    /// How many scored 0 to 6.
    pub detractors: u32,
    /// `promoters / responses`, a fraction.
    pub promoter_share: f64,
    /// `passives / responses`, a fraction.
    pub passive_share: f64,
    /// `detractors / responses`, a fraction.
    pub detractor_share: f64,
    /// `NPS = 100 × (promoters − detractors) / responses`: from −100 (every one a
    /// detractor) to +100 (every one a promoter), in points, not rounded.
    pub score: f64,
}

/// The net promoter score: the percentage of promoters (9–10) less the percentage of
/// detractors (0–6) among everyone who answered; passives (7–8) count only in the total.
///
/// `NPS = 100 × (P − D) / (P + N + D)`, in points from −100 to +100, where `P`, `N` and
/// `D` are the numbers of promoters, passives and detractors. An NPS above 0 has more
/// promoters than detractors; it is usually reported rounded to a whole number.
///
/// References: Reichheld, "The One Number You Need to Grow", *Harvard Business Review*,
/// December 2003; Bain & Company, the employee NPS (eNPS) asks the same question of
/// employees about their workplace.
///
/// # Errors
/// - `out_of_range` naming `scores` when it is empty, `too_large` with more than
///   [`MAX_NPS_SCORES`], and `out_of_range` naming `scores[i]` for a score above 10;
/// - `out_of_range` (no field) when the three counts are all 0;
/// - `too_large` (no field) when the counts add up to more than `u32::MAX`.
///
/// # Examples
/// Hand-computed: of 100 customers, 60 promoters, 25 passives and 15 detractors give
/// 60 % − 15 % = an NPS of 45.
/// ```
/// use opscalc::quality::{net_promoter_score, NetPromoterInput};
/// let result = net_promoter_score(&NetPromoterInput::Counts { promoters: 60, passives: 25, detractors: 15 })?;
/// assert_eq!((result.responses, result.score), (100, 45.0));
///
/// let scores = net_promoter_score(&NetPromoterInput::Scores(vec![10, 9, 8, 6, 3]))?;
/// assert_eq!((scores.promoters, scores.passives, scores.detractors), (2, 1, 2));
/// assert_eq!(scores.score, 0.0);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn net_promoter_score(input: &NetPromoterInput) -> Result<NetPromoterScore, Error> {
    let (promoters, passives, detractors) = match input {
        NetPromoterInput::Scores(scores) => count_scores(scores)?,
        &NetPromoterInput::Counts {
            promoters,
            passives,
            detractors,
        } => (promoters, passives, detractors),
    };
    let total = u64::from(promoters) + u64::from(passives) + u64::from(detractors);
    if total == 0 {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "",
            "needs at least one response: promoters, passives and detractors are all 0",
        ));
    }
    let Ok(responses) = u32::try_from(total) else {
        return Err(Error::new(
            ErrorCode::TooLarge,
            "",
            "the counts add up to more than 4,294,967,295 responses",
        ));
    };
    let n = f64::from(responses);
    Ok(NetPromoterScore {
        responses,
        promoters,
        passives,
        detractors,
        promoter_share: f64::from(promoters) / n,
        passive_share: f64::from(passives) / n,
        detractor_share: f64::from(detractors) / n,
        // The difference first, so that equal groups give exactly 0.
        score: 100.0 * (f64::from(promoters) - f64::from(detractors)) / n,
    })
}

/// The numbers of promoters, passives and detractors among `scores`.
fn count_scores(scores: &[u32]) -> Result<(u32, u32, u32), Error> {
    list_length("scores", scores.len(), MAX_NPS_SCORES)?;
    let (mut promoters, mut passives, mut detractors) = (0, 0, 0);
    for (index, &score) in scores.iter().enumerate() {
        match score {
            PROMOTER_MIN..=NPS_SCALE_MAX => promoters += 1,
            PASSIVE_MIN..PROMOTER_MIN => passives += 1,
            0..PASSIVE_MIN => detractors += 1,
            _ => {
                return Err(Error::new(
                    ErrorCode::OutOfRange,
                    format!("scores[{index}]"),
                    "must be a whole number from 0 to 10",
                ));
            }
        }
    }
    Ok((promoters, passives, detractors))
}

//! The net promoter score from scores and from counts, the group boundaries, the
//! extremes, and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use common::{error_at, failure};
use opscalc::ErrorCode;
use opscalc::quality::{MAX_NPS_SCORES, NetPromoterInput, net_promoter_score};

fn counts(promoters: u32, passives: u32, detractors: u32) -> NetPromoterInput {
    NetPromoterInput::Counts {
        promoters,
        passives,
        detractors,
    }
}

/// Reichheld, "The One Number You Need to Grow", *Harvard Business Review* (2003): NPS
/// is the percentage of promoters (9–10) less the percentage of detractors (0–6).
/// Hand-computed: 60 promoters, 25 passives and 15 detractors of 100 customers give
/// 60 % − 15 % = 45.
#[test]
fn sixty_promoters_and_fifteen_detractors_of_a_hundred_is_45() {
    let result = net_promoter_score(&counts(60, 25, 15)).unwrap();
    assert_eq!(result.responses, 100);
    assert_eq!(
        (result.promoters, result.passives, result.detractors),
        (60, 25, 15)
    );
    assert_eq!(
        (
            result.promoter_share,
            result.passive_share,
            result.detractor_share
        ),
        (0.6, 0.25, 0.15)
    );
    assert_eq!(result.score, 45.0);
}

/// Hand-computed: ten answers 10, 9, 9, 8, 7, 7, 6, 5, 0, 10: four promoters (the 10s
/// and 9s), three passives (8, 7, 7) and three detractors (6, 5, 0): 40 % − 30 % = 10.
#[test]
fn scores_are_grouped_at_the_textbook_boundaries() {
    let scores = vec![10, 9, 9, 8, 7, 7, 6, 5, 0, 10];
    let result = net_promoter_score(&NetPromoterInput::Scores(scores)).unwrap();
    assert_eq!(
        (result.promoters, result.passives, result.detractors),
        (4, 3, 3)
    );
    assert_eq!(result.responses, 10);
    assert_eq!(result.score, 10.0);
    for (score, group) in (0..=10).zip([0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 2]) {
        let one = net_promoter_score(&NetPromoterInput::Scores(vec![score])).unwrap();
        let found = [one.detractors, one.passives, one.promoters];
        assert_eq!(
            found.iter().position(|&n| n == 1),
            Some(group),
            "score {score}"
        );
        assert_eq!(one.score, [-100.0, 0.0, 100.0][group]);
    }
}

#[test]
fn the_score_runs_from_minus_100_to_100_and_passives_only_dilute() {
    assert_eq!(net_promoter_score(&counts(0, 0, 7)).unwrap().score, -100.0);
    assert_eq!(net_promoter_score(&counts(7, 0, 0)).unwrap().score, 100.0);
    assert_eq!(net_promoter_score(&counts(0, 7, 0)).unwrap().score, 0.0);
    assert_eq!(net_promoter_score(&counts(3, 0, 3)).unwrap().score, 0.0);
    // 1 promoter of 3: 33.33 points, not rounded.
    let third = net_promoter_score(&counts(1, 2, 0)).unwrap();
    assert_eq!(third.score, 100.0 / 3.0);
    // Counts up to u32::MAX in all.
    let most = net_promoter_score(&counts(u32::MAX - 1, 1, 0)).unwrap();
    assert_eq!(most.responses, u32::MAX);
}

#[test]
fn score_errors_name_the_list_or_the_entry() {
    assert_eq!(
        failure(net_promoter_score(&NetPromoterInput::Scores(vec![]))),
        error_at(ErrorCode::OutOfRange, "scores")
    );
    assert_eq!(
        failure(net_promoter_score(&NetPromoterInput::Scores(vec![
            9, 8, 7, 11, 12
        ]))),
        error_at(ErrorCode::OutOfRange, "scores[3]")
    );
    let error = net_promoter_score(&NetPromoterInput::Scores(vec![u32::MAX])).unwrap_err();
    assert_eq!(error.message(), "must be a whole number from 0 to 10");
    let too_many = vec![10; usize::try_from(MAX_NPS_SCORES).unwrap() + 1];
    assert_eq!(
        failure(net_promoter_score(&NetPromoterInput::Scores(too_many))),
        error_at(ErrorCode::TooLarge, "scores")
    );
}

#[test]
fn count_errors_are_about_the_whole_input() {
    assert_eq!(
        failure(net_promoter_score(&counts(0, 0, 0))),
        error_at(ErrorCode::OutOfRange, "")
    );
    assert_eq!(
        failure(net_promoter_score(&counts(u32::MAX, 1, 0))),
        error_at(ErrorCode::TooLarge, "")
    );
}

#[test]
fn flat_fields_take_the_scores_or_all_three_counts() {
    assert_eq!(
        NetPromoterInput::from_fields(Some(vec![9]), None, None, None),
        Ok(NetPromoterInput::Scores(vec![9]))
    );
    assert_eq!(
        NetPromoterInput::from_fields(None, Some(1), Some(2), Some(3)),
        Ok(counts(1, 2, 3))
    );
    let cases = [
        (
            (Some(vec![9]), None, Some(2), None),
            ErrorCode::ConflictingFields,
            "passives",
        ),
        (
            (Some(vec![9]), Some(1), Some(2), Some(3)),
            ErrorCode::ConflictingFields,
            "promoters",
        ),
        ((None, None, None, None), ErrorCode::MissingField, "scores"),
        (
            (None, Some(1), None, Some(3)),
            ErrorCode::MissingField,
            "passives",
        ),
        (
            (None, None, Some(2), Some(3)),
            ErrorCode::MissingField,
            "promoters",
        ),
        (
            (None, Some(1), Some(2), None),
            ErrorCode::MissingField,
            "detractors",
        ),
    ];
    for ((scores, promoters, passives, detractors), code, field) in cases {
        let result = NetPromoterInput::from_fields(scores, promoters, passives, detractors);
        assert_eq!(failure(result), error_at(code, field));
    }
}

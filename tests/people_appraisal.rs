//! The appraisal: goal rating (what) and competency rating (how) combined, the
//! breakdown, the final band, and every error path.
//!
//! No published worked example of a weighted what/how appraisal was found (Armstrong's
//! *Handbook of Performance Management* describes weighing objectives against
//! competencies without figures), so the figures are hand-computed.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp, clippy::indexing_slicing)]

mod common;

use approx::assert_relative_eq;
use common::{error_at, failure};
use opscalc::ErrorCode;
use opscalc::people::{
    AppraisalGoals, AppraisalInput, AppraisalWeights, Competency, Goal, GoalScoreInput, RatingBand,
    RatingBands, RatingScale, appraisal,
};
use opscalc::scorecard::{KpiInput, KpiRule};

const CLOSE: f64 = 1e-12;

fn goal(id: &str, weight: f64, actual: f64) -> Goal {
    let rule = KpiRule::HigherIsBetter {
        target: 100.0,
        baseline: None,
    };
    Goal::new(id, weight, KpiInput::new(actual, rule))
}

/// Goals: 105 and 95 of 100, weights 60 and 40: A = 0.63 + 0.38 = 1.01 → rating 4.
/// Competencies: teamwork 3 (weight 2), customer focus 4.5 (weight 1), ownership 3.6
/// (weight 1, a 360 average): C = (6 + 4.5 + 3.6) / 4 = 3.525.
/// Overall, 70/30: R = 0.7 × 4 + 0.3 × 3.525 = 2.8 + 1.0575 = 3.8575 → band 4.
fn example() -> AppraisalInput {
    let goals = GoalScoreInput::new(vec![
        goal("sales", 60.0, 105.0),
        goal("quality", 40.0, 95.0),
    ]);
    let mut teamwork = Competency::new("teamwork", 3.0);
    teamwork.weight = Some(2.0);
    let mut focus = Competency::new("focus", 4.5);
    focus.weight = Some(1.0);
    let mut ownership = Competency::new("ownership", 3.6);
    ownership.weight = Some(1.0);
    AppraisalInput::new(
        AppraisalGoals::Scored(goals),
        vec![teamwork, focus, ownership],
        AppraisalWeights {
            goals: 70.0,
            competencies: 30.0,
        },
    )
}

#[test]
fn what_and_how_combined() {
    let result = appraisal(&example()).unwrap();
    let goals = result.goal_score.as_ref().unwrap();
    assert_relative_eq!(goals.achievement, 1.01, epsilon = CLOSE);
    assert_eq!(result.goals.rating, 4.0);
    assert_relative_eq!(result.competencies.rating, 3.525, epsilon = CLOSE);
    assert_eq!(
        (result.goals.weight, result.goals.normalised_weight),
        (70.0, 0.7)
    );
    assert_relative_eq!(result.goals.contribution, 2.8, epsilon = CLOSE);
    assert_relative_eq!(result.competencies.contribution, 1.0575, epsilon = CLOSE);
    assert_relative_eq!(result.rating, 3.8575, epsilon = CLOSE);
    assert_eq!(
        (
            result.final_rating,
            result.label.as_deref(),
            result.band_index
        ),
        (4.0, Some("Exceeds expectations"), 3)
    );
    let weights: Vec<f64> = result.competency_ratings.iter().map(|c| c.weight).collect();
    assert_eq!(weights, [0.5, 0.25, 0.25]);
    assert_relative_eq!(
        result.competency_ratings[2].contribution,
        0.9,
        epsilon = CLOSE
    );
}

/// A goal rating given directly, equal competency weights: G = 3, C = (2 + 3) / 2 = 2.5,
/// 50/50: R = 2.75 → nearest band rating 3; G = 2: R = 2.25 → 2; and a tie, R = 2.5, rounds
/// up to 3.
#[test]
fn a_given_goal_rating_and_the_nearest_band() {
    for (goal_rating, rating, final_rating) in [(3.0, 2.75, 3.0), (2.0, 2.25, 2.0), (2.5, 2.5, 3.0)]
    {
        let input = AppraisalInput::new(
            AppraisalGoals::Rating {
                rating: goal_rating,
                bands: RatingBands::default(),
            },
            vec![Competency::new("a", 2.0), Competency::new("b", 3.0)],
            AppraisalWeights {
                goals: 1.0,
                competencies: 1.0,
            },
        );
        let result = appraisal(&input).unwrap();
        assert!(result.goal_score.is_none());
        assert_relative_eq!(result.rating, rating, epsilon = CLOSE);
        assert_eq!(
            result.final_rating, final_rating,
            "goal rating {goal_rating}"
        );
    }
}

/// Only what counts (weights 1/0): R = G.
#[test]
fn a_zero_weight_part_drops_out() {
    let mut input = example();
    input.weights.competencies = 0.0;
    let result = appraisal(&input).unwrap();
    assert_eq!(
        (result.rating, result.competencies.contribution),
        (4.0, 0.0)
    );
}

/// A 0-to-10 scale with bands rated 0, 5, 10.
#[test]
fn another_scale() {
    let bands = RatingBands::new(vec![
        RatingBand::new(0.0, 0.0, Some("below".into())),
        RatingBand::new(0.8, 5.0, Some("on".into())),
        RatingBand::new(1.1, 10.0, Some("above".into())),
    ])
    .unwrap();
    let mut input = AppraisalInput::new(
        AppraisalGoals::Rating { rating: 5.0, bands },
        vec![Competency::new("a", 9.0)],
        AppraisalWeights {
            goals: 1.0,
            competencies: 1.0,
        },
    );
    input.scale = RatingScale::new(0.0, 10.0).unwrap();
    let result = appraisal(&input).unwrap();
    // (5 + 9) / 2 = 7 → nearest 5 "on".
    assert_eq!((result.rating, result.label.as_deref()), (7.0, Some("on")));
}

#[test]
fn errors_name_the_field() {
    let check = |edit: fn(&mut AppraisalInput), code: ErrorCode, field: &str| {
        let mut input = example();
        edit(&mut input);
        assert_eq!(failure(appraisal(&input)), error_at(code, field), "{field}");
    };
    check(
        |i| {
            if let AppraisalGoals::Scored(goals) = &mut i.goals {
                goals.goals[1].weight = -1.0;
            }
        },
        ErrorCode::Negative,
        "goals.goals[1].weight",
    );
    check(
        |i| i.scale = RatingScale::new(0.0, 3.0).unwrap(),
        ErrorCode::OutOfRange,
        "goals.bands[3].rating",
    );
    check(
        |i| {
            i.goals = AppraisalGoals::Rating {
                rating: 6.0,
                bands: RatingBands::default(),
            }
        },
        ErrorCode::OutOfRange,
        "goals.rating",
    );
    check(
        |i| {
            i.goals = AppraisalGoals::Rating {
                rating: f64::NAN,
                bands: RatingBands::default(),
            }
        },
        ErrorCode::NotFinite,
        "goals.rating",
    );
    check(
        |i| i.competencies.clear(),
        ErrorCode::OutOfRange,
        "competencies",
    );
    check(
        |i| {
            i.competencies = (0..101)
                .map(|n| Competency::new(n.to_string(), 3.0))
                .collect()
        },
        ErrorCode::TooLarge,
        "competencies",
    );
    check(
        |i| i.competencies[2].id = "focus".into(),
        ErrorCode::DuplicateId,
        "competencies[2].id",
    );
    check(
        |i| i.competencies[0].id = String::new(),
        ErrorCode::InvalidInput,
        "competencies[0].id",
    );
    check(
        |i| i.competencies[1].rating = 0.5,
        ErrorCode::OutOfRange,
        "competencies[1].rating",
    );
    check(
        |i| i.competencies[1].rating = f64::NAN,
        ErrorCode::NotFinite,
        "competencies[1].rating",
    );
    check(
        |i| i.competencies[1].weight = None,
        ErrorCode::MissingField,
        "competencies[1].weight",
    );
    check(
        |i| i.competencies[1].weight = Some(-2.0),
        ErrorCode::Negative,
        "competencies[1].weight",
    );
    check(
        |i| {
            for competency in &mut i.competencies {
                competency.weight = Some(0.0);
            }
        },
        ErrorCode::NotPositive,
        "competencies",
    );
    check(
        |i| i.weights.goals = -1.0,
        ErrorCode::Negative,
        "weights.goals",
    );
    check(
        |i| i.weights.competencies = f64::NAN,
        ErrorCode::NotFinite,
        "weights.competencies",
    );
    check(
        |i| {
            i.weights = AppraisalWeights {
                goals: 0.0,
                competencies: 0.0,
            }
        },
        ErrorCode::NotPositive,
        "weights",
    );
}

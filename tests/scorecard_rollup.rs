//! The balanced-scorecard roll-up on a hand-computed example organisation: every
//! roll-up, contributions, sensitivity, missing actuals, status scales, and every error
//! path.
//!
//! No published source found prints a complete weighted scorecard with its figures
//! (Kaplan & Norton describe the perspectives, not a scoring formula; BSC Designer
//! documents the weighted roll-up of normalised indicators without a full worked
//! example), so the figures are hand-computed; the KPI scores are in
//! `tests/scorecard_example/mod.rs`.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp, clippy::indexing_slicing)]

mod common;
mod scorecard_example;

use approx::assert_relative_eq;
use common::{error_at, failure};
use opscalc::ErrorCode;
use opscalc::scorecard::{
    KpiRule, NodeLevel, Objective, Perspective, Rollup, ScoreLimit, Scorecard, ScorecardInput,
    StatusBands, scorecard,
};
use scorecard_example::{higher, kpi, lower, organisation};

const CLOSE: f64 = 1e-12;

fn perspective_scores(result: &Scorecard) -> Vec<Option<f64>> {
    result
        .perspectives
        .iter()
        .map(|p| p.figures.score)
        .collect()
}

fn assert_all_close(found: &[Option<f64>], expected: &[f64]) {
    assert_eq!(found.len(), expected.len());
    for (found, expected) in found.iter().zip(expected) {
        assert_relative_eq!(found.unwrap(), *expected, epsilon = CLOSE);
    }
}

/// Hand-computed, weighted average, turnover not measured yet:
/// - financial: (2 × 0.75 + 1 × 0.9) / 3 = 2.4 / 3 = 0.8;
/// - customer: (0.9 + 0.8) / 2 = 0.85;
/// - internal: 0.6 × 0.8 + 0.4 × 0.75 = 0.48 + 0.30 = 0.78;
/// - learning: training alone (turnover excluded, its weight renormalised away) = 1.05;
/// - total: 0.3 × 0.8 + 0.3 × 0.85 + 0.25 × 0.78 + 0.15 × 1.05
///   = 0.24 + 0.255 + 0.195 + 0.1575 = 0.8475, amber.
#[test]
fn weighted_average_with_a_missing_actual() {
    let result = scorecard(&organisation(None)).unwrap();
    assert_relative_eq!(result.score, 0.8475, epsilon = CLOSE);
    assert_eq!((result.status.as_str(), result.status_index), ("amber", 1));
    assert_eq!(result.rollup, Rollup::WeightedAverage);
    assert_all_close(&perspective_scores(&result), &[0.8, 0.85, 0.78, 1.05]);
    let contributions: Vec<Option<f64>> = result
        .perspectives
        .iter()
        .map(|p| Some(p.figures.contribution))
        .collect();
    assert_all_close(&contributions, &[0.24, 0.255, 0.195, 0.1575]);
    let total: f64 = result
        .perspectives
        .iter()
        .map(|p| p.figures.contribution)
        .sum();
    assert_eq!(total, result.score);
    let statuses: Vec<&str> = result
        .perspectives
        .iter()
        .map(|p| p.figures.status.as_deref().unwrap())
        .collect();
    assert_eq!(statuses, ["amber", "amber", "amber", "green"]);

    let learning = &result.perspectives[3];
    let people = &learning.objectives[0];
    let turnover = &people.kpis[1];
    assert!(turnover.figures.excluded);
    assert_eq!(turnover.figures.score, None);
    assert_eq!(turnover.figures.status, None);
    assert_eq!(turnover.result, None);
    assert_eq!(turnover.figures.normalised_weight, 0.0);
    assert_eq!(turnover.figures.contribution, 0.0);
    assert_eq!(people.kpis[0].figures.normalised_weight, 1.0);
    assert_eq!(people.kpis[0].figures.weight, 1.0);
    assert_eq!(result.missing.len(), 1);
    assert_eq!(result.missing[0].id, "turnover");
    assert_eq!(
        result.missing[0].path,
        "perspectives[3].objectives[0].kpis[1]"
    );
    assert_eq!(result.missing[0].level, NodeLevel::Kpi);

    // The KPI's own figures come through.
    let revenue = &result.perspectives[0].objectives[0].kpis[0];
    assert_eq!(revenue.figures.id, "revenue");
    assert_eq!(revenue.figures.name.as_deref(), Some("REVENUE"));
    assert_eq!(revenue.actual, Some(950.0));
    let score = revenue.result.as_ref().unwrap();
    assert_eq!(
        (score.score, score.variance, score.percent_of_target),
        (0.75, -50.0, Some(95.0))
    );
    assert_relative_eq!(
        revenue.figures.normalised_weight,
        2.0 / 3.0,
        epsilon = CLOSE
    );
    // 0.3 × 2/3 × 0.75 = 0.15
    assert_relative_eq!(revenue.figures.contribution, 0.15, epsilon = CLOSE);
    let internal = &result.perspectives[2];
    assert_relative_eq!(
        internal.objectives[0].figures.contribution,
        0.12,
        epsilon = CLOSE
    );
    assert_relative_eq!(
        internal.objectives[1].figures.contribution,
        0.075,
        epsilon = CLOSE
    );
    assert_eq!(internal.objectives[1].figures.normalised_weight, 0.4);
}

/// Hand-computed sensitivities ∂total/∂score (product of normalised weights):
/// revenue 0.3 × 2/3 = 0.2; nps, complaints 0.3 × 1/2 = 0.15; on-time 0.25 × 0.6 = 0.15;
/// training 0.15 × 1 = 0.15; margin 0.3 × 1/3 = 0.1; defects 0.25 × 0.4 = 0.1. Exact
/// ties keep input order (margin's 0.3 × 1/3 rounds a bit below 0.1, so it may follow
/// defects); turnover, unscored, is not listed.
#[test]
fn sensitivity_is_the_product_of_weights() {
    let result = scorecard(&organisation(None)).unwrap();
    let ids: Vec<&str> = result.sensitivity.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids[..5],
        ["revenue", "nps", "complaints", "on-time", "training"]
    );
    let mut last = ids[5..].to_vec();
    last.sort_unstable();
    assert_eq!(last, ["defects", "margin"]);
    let weights: Vec<Option<f64>> = result
        .sensitivity
        .iter()
        .map(|s| Some(s.effective_weight))
        .collect();
    assert_all_close(&weights, &[0.2, 0.15, 0.15, 0.15, 0.15, 0.1, 0.1]);
    assert!(weights.windows(2).all(|pair| pair[0] >= pair[1]));
    assert_eq!(
        result.sensitivity[0].path,
        "perspectives[0].objectives[0].kpis[0]"
    );
    // A unit rise in revenue's score raises the total by 0.2.
    let mut better = organisation(None);
    better.perspectives[0].objectives[0].kpis[0].actual = Some(1150.0); // score 1.75
    assert_relative_eq!(
        scorecard(&better).unwrap().score,
        0.8475 + 0.2,
        epsilon = CLOSE
    );
}

/// Hand-computed, turnover measured at 10: (10 − 16) / (8 − 16) = 0.75; learning
/// (1.05 + 0.75) / 2 = 0.9; total 0.24 + 0.255 + 0.195 + 0.15 × 0.9 = 0.825.
#[test]
fn weighted_average_with_every_actual() {
    let result = scorecard(&organisation(Some(10.0))).unwrap();
    assert_relative_eq!(result.score, 0.825, epsilon = CLOSE);
    assert!(result.missing.is_empty());
    assert_eq!(result.sensitivity.len(), 8);
    let people = &result.perspectives[3].objectives[0];
    assert_eq!(people.kpis[1].figures.normalised_weight, 0.5);
}

/// Hand-computed, plain average: financial (0.75 + 0.9) / 2 = 0.825, customer 0.85,
/// internal (0.8 + 0.75) / 2 = 0.775, learning 1.05; total 3.5 / 4 = 0.875. Each
/// perspective's effective weight is 1/4.
#[test]
fn average_ignores_the_weights() {
    let mut input = organisation(None);
    input.rollup = Rollup::Average;
    let result = scorecard(&input).unwrap();
    assert_all_close(&perspective_scores(&result), &[0.825, 0.85, 0.775, 1.05]);
    assert_relative_eq!(result.score, 0.875, epsilon = CLOSE);
    assert!(
        result
            .perspectives
            .iter()
            .all(|p| p.figures.effective_weight == 0.25)
    );
    // The normalised weights are still reported.
    assert_eq!(result.perspectives[0].figures.normalised_weight, 0.3);
    // training: 1/4 × 1 × 1 (turnover unscored); revenue: 1/4 × 1 × 1/2; on-time 1/4 × 1/2 × 1.
    assert_eq!(result.sensitivity[0].effective_weight, 0.25);
    assert_eq!(result.sensitivity[0].id, "training");
    assert_eq!(result.sensitivity[1].effective_weight, 0.125);
    assert_eq!(result.sensitivity[1].id, "revenue");
    let total: f64 = result
        .perspectives
        .iter()
        .map(|p| p.figures.contribution)
        .sum();
    assert_relative_eq!(total, result.score, epsilon = CLOSE);
}

/// Hand-computed, min: financial min(0.75, 0.9) = 0.75, customer 0.8, internal
/// min(0.8, 0.75) = 0.75, learning 1.05; total 0.75, taken from financial (the first of
/// the tie) and within it from revenue, whose effective weight is 1, every other 0.
#[test]
fn min_follows_the_weakest_link() {
    let mut input = organisation(None);
    input.rollup = Rollup::Min;
    let result = scorecard(&input).unwrap();
    assert_all_close(&perspective_scores(&result), &[0.75, 0.8, 0.75, 1.05]);
    assert_eq!(result.score, 0.75);
    assert_eq!(result.status, "amber");
    assert_eq!(result.sensitivity[0].id, "revenue");
    assert_eq!(result.sensitivity[0].effective_weight, 1.0);
    assert!(
        result.sensitivity[1..]
            .iter()
            .all(|s| s.effective_weight == 0.0)
    );
    let effective: Vec<f64> = result
        .perspectives
        .iter()
        .map(|p| p.figures.effective_weight)
        .collect();
    assert_eq!(effective, [1.0, 0.0, 0.0, 0.0]);
    let total: f64 = result
        .perspectives
        .iter()
        .map(|p| p.figures.contribution)
        .sum();
    assert_eq!(total, result.score);
}

/// Hand-computed, max: financial 0.9, customer 0.9, internal 0.8, learning 1.05; total
/// 1.05 from training.
#[test]
fn max_follows_the_strongest() {
    let mut input = organisation(None);
    input.rollup = Rollup::Max;
    let result = scorecard(&input).unwrap();
    assert_all_close(&perspective_scores(&result), &[0.9, 0.9, 0.8, 1.05]);
    assert_eq!(result.score, 1.05);
    assert_eq!(result.status, "green");
    assert_eq!(result.sensitivity[0].id, "training");
    assert_eq!(result.sensitivity[0].effective_weight, 1.0);
    assert_eq!(result.sensitivity[1].effective_weight, 0.0);
}

/// Leaving out the only KPI of an objective, or of a perspective, excludes the
/// objective or perspective too, listed in place; the rest renormalises: without
/// defects, internal is delivery alone (0.8) and the total 0.24 + 0.255 + 0.25 × 0.8 +
/// 0.1575 = 0.8525.
#[test]
fn an_objective_or_perspective_without_scores_is_excluded() {
    let mut input = organisation(None);
    input.perspectives[2].objectives[1].kpis[0].actual = None;
    let result = scorecard(&input).unwrap();
    assert_relative_eq!(result.score, 0.8525, epsilon = CLOSE);
    let missing: Vec<(&str, NodeLevel)> = result
        .missing
        .iter()
        .map(|m| (m.id.as_str(), m.level))
        .collect();
    assert_eq!(
        missing,
        [
            ("defects", NodeLevel::Kpi),
            ("quality", NodeLevel::Objective),
            ("turnover", NodeLevel::Kpi)
        ]
    );
    assert_eq!(result.missing[1].path, "perspectives[2].objectives[1]");
    let quality = &result.perspectives[2].objectives[1].figures;
    assert!(quality.excluded);
    assert_eq!((quality.score, quality.normalised_weight), (None, 0.0));

    // No actual anywhere in learning: the perspective goes, 0.3/0.85 of the rest.
    let mut input = organisation(None);
    input.perspectives[3].objectives[0].kpis[0].actual = None;
    let result = scorecard(&input).unwrap();
    assert_relative_eq!(result.score, (0.24 + 0.255 + 0.195) / 0.85, epsilon = CLOSE);
    let learning = &result.perspectives[3].figures;
    assert!(learning.excluded);
    assert_eq!(learning.contribution, 0.0);
    assert_eq!(result.missing.last().unwrap().level, NodeLevel::Perspective);
    assert_eq!(result.missing.last().unwrap().path, "perspectives[3]");
    assert_eq!(result.missing.len(), 4);
}

/// The scorecard's scale applies to roll-up nodes and to KPIs without their own; a
/// KPI's cap applies before roll-up.
#[test]
fn status_scales_and_caps() {
    let mut input = organisation(None);
    input.bands = StatusBands::new(
        Some(vec![0.8, 1.0]),
        Some(["behind", "close", "on track"].map(String::from).to_vec()),
    )
    .unwrap();
    input.perspectives[3].objectives[0].kpis[0].bands = Some(StatusBands::default());
    input.perspectives[3].objectives[0].kpis[0].limit = ScoreLimit::Cap(1.0);
    let result = scorecard(&input).unwrap();
    // learning is now 1.0 (training capped): total 0.24 + 0.255 + 0.195 + 0.15 = 0.84
    assert_relative_eq!(result.score, 0.84, epsilon = CLOSE);
    assert_eq!(result.status, "close");
    let learning = &result.perspectives[3];
    assert_eq!(learning.figures.status.as_deref(), Some("on track"));
    assert_eq!(
        learning.objectives[0].kpis[0].figures.status.as_deref(),
        Some("green")
    );
    assert_eq!(
        learning.objectives[0].kpis[0]
            .result
            .as_ref()
            .unwrap()
            .raw_score,
        1.05
    );
    let revenue = &result.perspectives[0].objectives[0].kpis[0];
    assert_eq!(revenue.figures.status.as_deref(), Some("behind"));
    assert_eq!(revenue.result.as_ref().unwrap().status, "behind");
}

fn one_kpi(rule: KpiRule) -> ScorecardInput {
    ScorecardInput::new(vec![Perspective::new(
        "p",
        1.0,
        vec![Objective::new(
            "o",
            1.0,
            vec![kpi("k", 1.0, Some(1.0), rule)],
        )],
    )])
}

#[test]
fn errors_name_the_path() {
    let at = |edit: fn(&mut ScorecardInput)| {
        let mut input = organisation(None);
        edit(&mut input);
        failure(scorecard(&input))
    };
    let cases = [
        (
            at(|i| i.perspectives.clear()),
            ErrorCode::OutOfRange,
            "perspectives",
        ),
        (
            at(|i| i.perspectives[1].objectives.clear()),
            ErrorCode::OutOfRange,
            "perspectives[1].objectives",
        ),
        (
            at(|i| i.perspectives[2].objectives[1].kpis.clear()),
            ErrorCode::OutOfRange,
            "perspectives[2].objectives[1].kpis",
        ),
        (
            at(|i| i.perspectives[0].id.clear()),
            ErrorCode::InvalidInput,
            "perspectives[0].id",
        ),
        (
            at(|i| i.perspectives[1].id = "financial".into()),
            ErrorCode::DuplicateId,
            "perspectives[1].id",
        ),
        (
            at(|i| i.perspectives[1].objectives[0].id = "financial".into()),
            ErrorCode::DuplicateId,
            "perspectives[1].objectives[0].id",
        ),
        (
            at(|i| i.perspectives[2].objectives[1].kpis[0].id = "nps".into()),
            ErrorCode::DuplicateId,
            "perspectives[2].objectives[1].kpis[0].id",
        ),
        (
            at(|i| i.perspectives[0].objectives[0].kpis[1].id = "revenue-growth".into()),
            ErrorCode::DuplicateId,
            "perspectives[0].objectives[0].kpis[1].id",
        ),
        (
            at(|i| i.perspectives[0].objectives[0].kpis[1].id.clear()),
            ErrorCode::InvalidInput,
            "perspectives[0].objectives[0].kpis[1].id",
        ),
        (
            at(|i| i.perspectives[1].weight = -1.0),
            ErrorCode::Negative,
            "perspectives[1].weight",
        ),
        (
            at(|i| i.perspectives[1].weight = f64::NAN),
            ErrorCode::NotFinite,
            "perspectives[1].weight",
        ),
        (
            at(|i| i.perspectives[2].objectives[0].weight = f64::INFINITY),
            ErrorCode::NotFinite,
            "perspectives[2].objectives[0].weight",
        ),
        (
            at(|i| i.perspectives[2].objectives[0].kpis[0].weight = -0.5),
            ErrorCode::Negative,
            "perspectives[2].objectives[0].kpis[0].weight",
        ),
        (
            at(|i| i.perspectives.iter_mut().for_each(|p| p.weight = 0.0)),
            ErrorCode::NotPositive,
            "perspectives",
        ),
        (
            at(|i| {
                i.perspectives[2]
                    .objectives
                    .iter_mut()
                    .for_each(|o| o.weight = 0.0)
            }),
            ErrorCode::NotPositive,
            "perspectives[2].objectives",
        ),
        // Only turnover has a weight, and it has no actual.
        (
            at(|i| i.perspectives[3].objectives[0].kpis[0].weight = 0.0),
            ErrorCode::NotPositive,
            "perspectives[3].objectives[0].kpis",
        ),
        (
            at(|i| i.perspectives[0].objectives[0].kpis[1].actual = Some(f64::NAN)),
            ErrorCode::NotFinite,
            "perspectives[0].objectives[0].kpis[1].actual",
        ),
        (
            at(|i| i.perspectives[0].objectives[0].kpis[1].rule = higher(0.0, None)),
            ErrorCode::MissingField,
            "perspectives[0].objectives[0].kpis[1].baseline",
        ),
        // Checked even without an actual.
        (
            at(|i| i.perspectives[3].objectives[0].kpis[1].rule = lower(8.0, Some(8.0))),
            ErrorCode::OutOfRange,
            "perspectives[3].objectives[0].kpis[1].baseline",
        ),
        (
            at(|i| i.perspectives[3].objectives[0].kpis[1].limit = ScoreLimit::Cap(0.0)),
            ErrorCode::NotPositive,
            "perspectives[3].objectives[0].kpis[1].cap",
        ),
        (
            at(|i| i.perspectives[0].objectives[0].kpis[0].actual = Some(f64::MAX)),
            ErrorCode::NumericRange,
            "perspectives[0].objectives[0].kpis[0]",
        ),
        (
            at(|i| {
                i.perspectives
                    .iter_mut()
                    .flat_map(|p| &mut p.objectives)
                    .flat_map(|o| &mut o.kpis)
                    .for_each(|k| k.actual = None)
            }),
            ErrorCode::MissingField,
            "perspectives",
        ),
    ];
    for (found, code, field) in cases {
        assert_eq!(found, error_at(code, field), "{field}");
    }
    let message = scorecard(&{
        let mut input = organisation(None);
        input.perspectives[1].id = "financial".into();
        input
    })
    .unwrap_err();
    assert!(message.message().contains("perspectives[0]"), "{message}");
}

#[test]
fn size_limits() {
    let rule = higher(1.0, None);
    let many = |n: usize, prefix: &str| -> Vec<_> {
        (0..n)
            .map(|i| kpi(&format!("{prefix}{i}"), 1.0, Some(1.0), rule))
            .collect()
    };
    let input = ScorecardInput::new(
        (0..21)
            .map(|i| {
                Perspective::new(
                    format!("p{i}"),
                    1.0,
                    vec![Objective::new(
                        format!("o{i}"),
                        1.0,
                        many(1, &format!("k{i}-")),
                    )],
                )
            })
            .collect(),
    );
    assert_eq!(
        failure(scorecard(&input)),
        error_at(ErrorCode::TooLarge, "perspectives")
    );
    let objectives = (0..101)
        .map(|i| Objective::new(format!("o{i}"), 1.0, many(1, &format!("k{i}-"))))
        .collect();
    let input = ScorecardInput::new(vec![Perspective::new("p", 1.0, objectives)]);
    assert_eq!(
        failure(scorecard(&input)),
        error_at(ErrorCode::TooLarge, "perspectives[0].objectives")
    );
    let input = ScorecardInput::new(vec![Perspective::new(
        "p",
        1.0,
        vec![Objective::new("o", 1.0, many(1001, "k"))],
    )]);
    assert_eq!(
        failure(scorecard(&input)),
        error_at(ErrorCode::TooLarge, "perspectives[0].objectives[0].kpis")
    );
    // 1000 in one objective is fine; one more elsewhere is too many in all.
    let full = ScorecardInput::new(vec![Perspective::new(
        "p",
        1.0,
        vec![Objective::new("o", 1.0, many(1000, "k"))],
    )]);
    assert_eq!(scorecard(&full).unwrap().sensitivity.len(), 1000);
    let mut over = full;
    over.perspectives[0]
        .objectives
        .push(Objective::new("o2", 1.0, many(1, "extra")));
    let error = scorecard(&over).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::TooLarge, "perspectives")
    );
    assert_eq!(error.message(), "must have at most 1000 KPIs in all");
    assert!(scorecard(&one_kpi(rule)).is_ok());
}

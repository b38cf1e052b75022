//! Properties of KPI scoring and the scorecard roll-up over random inputs (proptest;
//! native only).
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp, clippy::indexing_slicing)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::scorecard::{
    KpiInput, KpiRule, Objective, Perspective, Rollup, Scorecard, ScorecardInput, ScorecardKpi,
    score_kpi, scorecard,
};
use proptest::prelude::*;

/// Absolute slack for sums of products of fractions.
const SLACK: f64 = 1e-9;

fn rule() -> impl Strategy<Value = KpiRule> {
    prop_oneof![
        (1.0..1000.0_f64, prop::option::of(-100.0..0.9_f64)).prop_map(|(target, baseline)| {
            KpiRule::HigherIsBetter {
                target,
                baseline: baseline.map(|fraction| fraction * target),
            }
        }),
        (1.0..1000.0_f64, prop::option::of(1.1..5.0_f64)).prop_map(|(target, baseline)| {
            KpiRule::LowerIsBetter {
                target,
                baseline: baseline.map(|factor| factor * target),
            }
        }),
        (
            0.0..100.0_f64,
            0.0..50.0_f64,
            prop::option::of(0.1..20.0_f64),
            prop::option::of(0.1..20.0_f64)
        )
            .prop_map(|(min, width, lower, upper)| KpiRule::TargetRange {
                min,
                max: min + width,
                lower_tolerance: lower,
                upper_tolerance: upper,
                target: None,
            }),
        (-10.0..10.0_f64).prop_map(|target| KpiRule::Binary { target }),
    ]
}

/// A random scorecard; each KPI's actual is missing with probability 1/5.
fn card() -> impl Strategy<Value = ScorecardInput> {
    let kpi = (
        0.0..10.0_f64,
        prop::option::weighted(0.8, -500.0..1500.0_f64),
        rule(),
    );
    let objective = (0.0..10.0_f64, prop::collection::vec(kpi, 1..5));
    let perspective = (0.0..10.0_f64, prop::collection::vec(objective, 1..4));
    (prop::collection::vec(perspective, 1..5), 0..4_u8).prop_map(|(perspectives, rollup)| {
        let mut next = 0;
        let mut id = || {
            next += 1;
            format!("n{next}")
        };
        let perspectives = perspectives
            .into_iter()
            .map(|(weight, objectives)| {
                let objectives = objectives
                    .into_iter()
                    .map(|(weight, kpis)| {
                        let kpis = kpis
                            .into_iter()
                            .map(|(weight, actual, rule)| {
                                ScorecardKpi::new(id(), weight, actual, rule)
                            })
                            .collect();
                        Objective::new(id(), weight, kpis)
                    })
                    .collect();
                Perspective::new(id(), weight, objectives)
            })
            .collect();
        let mut input = ScorecardInput::new(perspectives);
        input.rollup = [
            Rollup::WeightedAverage,
            Rollup::Average,
            Rollup::Min,
            Rollup::Max,
        ][usize::from(rollup)];
        input
    })
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= SLACK * (1.0 + a.abs().max(b.abs()))
}

/// The normalised weights of one level's scored nodes, summed.
fn level_sums(result: &Scorecard) -> Vec<f64> {
    let mut sums = vec![
        result
            .perspectives
            .iter()
            .map(|p| p.figures.normalised_weight)
            .sum(),
    ];
    for perspective in result.perspectives.iter().filter(|p| !p.figures.excluded) {
        sums.push(
            perspective
                .objectives
                .iter()
                .map(|o| o.figures.normalised_weight)
                .sum(),
        );
        for objective in perspective
            .objectives
            .iter()
            .filter(|o| !o.figures.excluded)
        {
            sums.push(
                objective
                    .kpis
                    .iter()
                    .map(|k| k.figures.normalised_weight)
                    .sum(),
            );
        }
    }
    sums
}

proptest! {
    /// Higher- and lower-is-better and binary scores never fall as the actual improves;
    /// a target range's score rises up to the band and falls after it.
    #[test]
    fn score_is_monotone_in_the_actual(rule in rule(), a in -2000.0..2000.0_f64, b in -2000.0..2000.0_f64) {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let at = |actual| score_kpi(&KpiInput::new(actual, rule)).unwrap().score;
        match rule {
            KpiRule::HigherIsBetter { .. } | KpiRule::Binary { .. } => prop_assert!(at(low) <= at(high)),
            KpiRule::LowerIsBetter { .. } => prop_assert!(at(low) >= at(high)),
            KpiRule::TargetRange { min, max, .. } => {
                if high <= min { prop_assert!(at(low) <= at(high)); }
                if low >= max { prop_assert!(at(low) >= at(high)); }
                prop_assert!((0.0..=1.0).contains(&at(low)));
            }
        }
    }

    /// At every level the scored nodes' normalised weights sum to 1; the perspectives'
    /// contributions sum to the total, and each node's children's contributions to its own.
    #[test]
    fn weights_and_contributions_add_up(input in card()) {
        let Ok(result) = scorecard(&input) else {
            // Nothing scored, or every scored weight 0 on some level.
            return Ok(());
        };
        for sum in level_sums(&result) {
            prop_assert!(close(sum, 1.0), "{sum}");
        }
        let total: f64 = result.perspectives.iter().map(|p| p.figures.contribution).sum();
        prop_assert!(close(total, result.score), "{total} vs {}", result.score);
        for perspective in &result.perspectives {
            let sum: f64 = perspective.objectives.iter().map(|o| o.figures.contribution).sum();
            prop_assert!(close(sum, perspective.figures.contribution));
            for objective in &perspective.objectives {
                let sum: f64 = objective.kpis.iter().map(|k| k.figures.contribution).sum();
                prop_assert!(close(sum, objective.figures.contribution));
            }
        }
        let sensitivity: f64 = result.sensitivity.iter().map(|s| s.effective_weight).sum();
        prop_assert!(sensitivity <= 1.0 + SLACK);
    }

    /// A KPI without actual counts as if it were not in the scorecard at all.
    #[test]
    fn a_missing_actual_is_the_same_as_dropping_the_kpi(input in card()) {
        let Ok(result) = scorecard(&input) else { return Ok(()); };
        let mut dropped = input.clone();
        for perspective in &mut dropped.perspectives {
            for objective in &mut perspective.objectives {
                objective.kpis.retain(|kpi| kpi.actual.is_some());
            }
            perspective.objectives.retain(|objective| !objective.kpis.is_empty());
        }
        dropped.perspectives.retain(|perspective| !perspective.objectives.is_empty());
        let again = scorecard(&dropped).unwrap();
        prop_assert!(close(result.score, again.score), "{} vs {}", result.score, again.score);
        prop_assert_eq!(result.sensitivity.len(), again.sensitivity.len());
    }

    /// The weighted average lies between the min and the max roll-ups.
    #[test]
    fn min_weighted_average_max(input in card()) {
        let with = |rollup| {
            let mut input = input.clone();
            input.rollup = rollup;
            scorecard(&input).map(|result| result.score)
        };
        if let (Ok(min), Ok(average), Ok(max), Ok(plain)) =
            (with(Rollup::Min), with(Rollup::WeightedAverage), with(Rollup::Max), with(Rollup::Average))
        {
            prop_assert!(min <= average + SLACK && average <= max + SLACK, "{min} {average} {max}");
            prop_assert!(min <= plain + SLACK && plain <= max + SLACK);
        }
    }
}

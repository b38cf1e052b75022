//! Properties of goal scoring, OKR grading and the nine-box grid over random inputs
//! (proptest; native only).
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp, clippy::indexing_slicing)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::people::{
    Goal, GoalScoreInput, KeyResult, NineBoxInput, NineBoxPerson, OkrInput, OkrObjective,
    goal_score, nine_box, okr_score,
};
use opscalc::scorecard::{KpiInput, KpiRule};
use proptest::prelude::*;

const SLACK: f64 = 1e-9;

fn goals() -> impl Strategy<Value = GoalScoreInput> {
    prop::collection::vec((0.0..100.0_f64, 1.0..1000.0_f64, 0.0..2000.0_f64), 1..8).prop_map(
        |specs| {
            let mut goals: Vec<Goal> = specs
                .into_iter()
                .enumerate()
                .map(|(index, (weight, target, actual))| {
                    let rule = KpiRule::HigherIsBetter {
                        target,
                        baseline: None,
                    };
                    Goal::new(format!("g{index}"), weight, KpiInput::new(actual, rule))
                })
                .collect();
            goals[0].weight += 1.0;
            GoalScoreInput::new(goals)
        },
    )
}

proptest! {
    #[test]
    fn weights_sum_to_one_and_contributions_to_the_achievement(input in goals()) {
        let result = goal_score(&input).unwrap();
        let weights: f64 = result.goals.iter().map(|g| g.normalised_weight).sum();
        prop_assert!((weights - 1.0).abs() < SLACK);
        let contributions: f64 = result.goals.iter().map(|g| g.contribution).sum();
        prop_assert!((contributions - result.achievement).abs() < SLACK);
    }

    #[test]
    fn achievement_and_rating_are_monotone_in_each_actual(
        input in goals(), which in 0_usize..8, more in 0.0..500.0_f64,
    ) {
        let which = which % input.goals.len();
        let before = goal_score(&input).unwrap();
        let mut raised = input;
        raised.goals[which].kpi.actual += more;
        let after = goal_score(&raised).unwrap();
        prop_assert!(after.achievement >= before.achievement - SLACK);
        prop_assert!(after.rating >= before.rating || after.achievement - before.achievement < SLACK);
    }

    #[test]
    fn okr_scores_lie_in_the_unit_interval(
        specs in prop::collection::vec(
            prop::collection::vec((-1e3..1e3_f64, -1e3..1e3_f64, -3e3..3e3_f64), 1..5), 1..5),
    ) {
        let mut n = 0;
        let objectives = specs.into_iter().enumerate().map(|(o, krs)| {
            let key_results = krs.into_iter().map(|(start, target, current)| {
                n += 1;
                let target = if target == start { start + 1.0 } else { target };
                KeyResult::new(format!("k{n}"), start, target, current)
            }).collect();
            OkrObjective::new(format!("o{o}"), key_results)
        }).collect();
        let result = okr_score(&OkrInput::new(objectives)).unwrap();
        prop_assert!((0.0..=1.0).contains(&result.score));
        for objective in &result.objectives {
            prop_assert!((0.0..=1.0).contains(&objective.score));
            prop_assert_eq!(objective.sandbagging, objective.key_results.iter().all(|k| k.score == 1.0));
            for key_result in &objective.key_results {
                prop_assert!((0.0..=1.0).contains(&key_result.score));
            }
        }
    }

    #[test]
    fn nine_box_placement_is_monotone(
        performance in 1.0..=5.0_f64, potential in 1.0..=5.0_f64,
        more_performance in 0.0..4.0_f64, more_potential in 0.0..4.0_f64,
    ) {
        let higher_performance = (performance + more_performance).min(5.0);
        let higher_potential = (potential + more_potential).min(5.0);
        let result = nine_box(&NineBoxInput::new(vec![
            NineBoxPerson::new("a", performance, potential),
            NineBoxPerson::new("b", higher_performance, higher_potential),
        ])).unwrap();
        let (a, b) = (&result.people[0], &result.people[1]);
        prop_assert!(b.performance >= a.performance);
        prop_assert!(b.potential >= a.potential);
        let total: u32 = result.cells.iter().map(|c| c.count).sum();
        prop_assert_eq!(total, 2);
    }
}

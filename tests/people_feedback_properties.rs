//! Properties of 360-degree feedback and calibration: a suppressed group never shows in
//! any figure; calibration removes a manager's constant leniency, keeps input order and
//! each manager's rank order, and stays on the scale.
#![allow(clippy::unwrap_used, clippy::float_cmp, clippy::indexing_slicing)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::people::{
    CalibrateInput, CalibrationMethod, CalibrationRating, CompetencyRating, Feedback360Input,
    FeedbackCompetency, GroupWeight, Response, calibrate, feedback_360,
};
use proptest::prelude::*;

const SLACK: f64 = 1e-9;
const COMPETENCIES: [&str; 3] = ["a", "b", "c"];

/// A rating on 1 to 5 in quarter points, or "not applicable".
fn answer() -> impl Strategy<Value = Option<f64>> {
    prop::option::weighted(0.85, (4_u8..=20).prop_map(|q| f64::from(q) / 4.0))
}

fn response(group: &'static str) -> impl Strategy<Value = Response> {
    prop::collection::vec(answer(), 3).prop_map(move |answers| {
        Response::new(
            group,
            COMPETENCIES
                .iter()
                .zip(answers)
                .map(|(id, value)| CompetencyRating::new(*id, value))
                .collect(),
        )
    })
}

/// Self, a manager, 3 to 5 peers: the shown groups.
fn shown() -> impl Strategy<Value = Vec<Response>> {
    (
        response("self"),
        response("manager"),
        prop::collection::vec(response("peers"), 3..=5),
    )
        .prop_map(|(own, manager, peers)| {
            let mut responses = vec![own, manager];
            responses.extend(peers);
            responses
        })
}

fn input(shown: &[Response], suppressed: &[Response], weighted: bool) -> Feedback360Input {
    // The suppressed raters are interleaved with the shown ones.
    let mut responses = Vec::new();
    for (k, response) in shown.iter().enumerate() {
        responses.push(response.clone());
        if let Some(hidden) = suppressed.get(k) {
            responses.push(hidden.clone());
        }
    }
    let mut input = Feedback360Input::new(
        COMPETENCIES
            .iter()
            .map(|id| FeedbackCompetency::new(*id))
            .collect(),
        responses,
    );
    if weighted {
        let mut weights = vec![
            GroupWeight {
                group: "manager".into(),
                weight: 2.0,
            },
            GroupWeight {
                group: "peers".into(),
                weight: 1.0,
            },
        ];
        if !suppressed.is_empty() {
            weights.push(GroupWeight {
                group: "reports".into(),
                weight: 7.0,
            });
        }
        input.group_weights = Some(weights);
    }
    input
}

proptest! {
    #[test]
    fn a_suppressed_group_changes_nothing(
        shown in shown(),
        first in prop::collection::vec(response("reports"), 1..=2),
        second in prop::collection::vec(response("reports"), 1..=2),
        weighted in any::<bool>(),
    ) {
        // The same number of suppressed raters: only their ratings differ.
        let second: Vec<_> = second.into_iter().cycle().take(first.len()).collect();
        let a = feedback_360(&input(&shown, &first, weighted)).unwrap();
        let b = feedback_360(&input(&shown, &second, weighted)).unwrap();
        prop_assert_eq!(&a, &b);
        // And the same as if they had not answered at all, but for the list itself.
        let none = feedback_360(&input(&shown, &[], weighted)).unwrap();
        prop_assert_eq!(&a.competencies, &none.competencies);
        prop_assert_eq!(&a.groups, &none.groups);
        prop_assert_eq!(a.overall_others, none.overall_others);
        prop_assert_eq!(a.suppressed.len(), 1);
    }

    #[test]
    fn feedback_figures_stay_on_the_scale(shown in shown()) {
        let report = feedback_360(&input(&shown, &[], false)).unwrap();
        let on_scale = |x: f64| (1.0 - SLACK..=5.0 + SLACK).contains(&x);
        for competency in &report.competencies {
            for stats in competency.groups.iter().filter_map(|g| g.stats) {
                prop_assert!(on_scale(stats.mean) && stats.min <= stats.max);
                prop_assert!(stats.sd >= 0.0 && stats.sd <= 2.0 + SLACK);
            }
            if let Some(mean) = competency.others_mean {
                prop_assert!(on_scale(mean));
            }
        }
        prop_assert!(report.overall_others.is_none_or(on_scale));
    }

    #[test]
    fn a_shifted_copy_of_a_manager_calibrates_alike(
        scores in prop::collection::vec(1.0..3.0_f64, 1..6),
        shift in 0.0..2.0_f64,
        others in prop::collection::vec(1.0..5.0_f64, 0..6),
        mean_shift in any::<bool>(),
    ) {
        let mut ratings = Vec::new();
        for (k, score) in scores.iter().enumerate() {
            ratings.push(CalibrationRating::new(format!("a{k}"), "A", *score));
            ratings.push(CalibrationRating::new(format!("b{k}"), "B", score + shift));
        }
        for (k, score) in others.iter().enumerate() {
            ratings.push(CalibrationRating::new(format!("c{k}"), "C", *score));
        }
        let mut input = CalibrateInput::new(ratings);
        if mean_shift {
            input.method = CalibrationMethod::MeanShift;
        }
        let result = calibrate(&input).unwrap();
        for pair in result.ratings.chunks(2).take(scores.len()) {
            prop_assert!((pair[0].calibrated - pair[1].calibrated).abs() < SLACK);
        }
    }

    #[test]
    fn calibration_keeps_order_rank_and_scale(
        rows in prop::collection::vec((0_u8..3, 1.0..5.0_f64), 1..20),
        method in prop_oneof![
            Just(CalibrationMethod::ZScore),
            Just(CalibrationMethod::MeanShift),
            Just(CalibrationMethod::None),
        ],
    ) {
        let mut input = CalibrateInput::new(
            rows.iter()
                .enumerate()
                .map(|(k, (manager, score))| {
                    CalibrationRating::new(format!("e{k}"), format!("m{manager}"), *score)
                })
                .collect(),
        );
        input.method = method;
        let result = calibrate(&input).unwrap();
        prop_assert_eq!(result.ratings.len(), rows.len());
        for (k, (rating, (_, score))) in result.ratings.iter().zip(&rows).enumerate() {
            prop_assert_eq!(&rating.employee, &format!("e{k}"));
            prop_assert_eq!(rating.score, *score);
            prop_assert!((1.0..=5.0).contains(&rating.calibrated));
        }
        for x in &result.ratings {
            for y in &result.ratings {
                if x.manager == y.manager && x.score < y.score {
                    prop_assert!(x.calibrated <= y.calibrated + SLACK);
                }
            }
        }
        let total: u32 = result.after.iter().map(|band| band.count).sum();
        prop_assert_eq!(total as usize, rows.len());
    }
}

//! 360-degree feedback on a hand-computed example, the published gap thresholds, and
//! every error path.
//!
//! The example: three competencies rated 1 to 5 by self, the manager, four peers and
//! two direct reports (suppressed: fewer than 3 raters).
//!
//! | competency    | self | manager | peers           | direct reports |
//! |---------------|------|---------|-----------------|----------------|
//! | communication | 4    | 3       | 3, 4, 2, n/a    | 5, 5           |
//! | teamwork      | 3    | 4       | 4, 5, n/a, 4    | 5, 5           |
//! | delivery      | 5    | 4       | 4, 4, 3, n/a    | 5, 5           |
//!
//! Hand-computed, the direct reports left out: communication's peers have mean 3,
//! σ = √(2/3), range 2 to 4; the others pooled (3, 3, 4, 2) mean 3, σ = √0.5; gap
//! 4 − 3 = 1 > 0.5: a blind spot. Teamwork's peers (4, 5, 4) mean 13/3, σ = √2/3;
//! others (4, 4, 5, 4) mean 4.25; gap 3 − 4.25 = −1.25: a hidden strength. Delivery's
//! others (4, 4, 4, 3) mean 3.75; gap 1.25: a blind spot. Overall others
//! (3 + 4.25 + 3.75) / 3 = 11/3, self 4, gap 1/3.
//!
//! Published thresholds: Primalogik ("How are blind spots and hidden strengths
//! calculated in a 360° feedback report?", help.primalogik.com) flags a gap above a
//! third of the scale's number of points, 5/3 ≈ 1.67 on 1 to 5: `blind_spot_share`
//! 5/12 of the span 4. The OPG ("Understanding 360-degree Feedback – Part 1",
//! theopg.co.uk) calls more than one scale point a blind spot or hidden strength:
//! `blind_spot_share` 0.25 on 1 to 5. No published source found prints a full report
//! with group statistics, so the figures above are hand-computed.
#![allow(clippy::unwrap_used, clippy::float_cmp, clippy::indexing_slicing)]

mod common;

use approx::assert_relative_eq;
use common::{error_at, failure};
use opscalc::ErrorCode;
use opscalc::people::{
    CompetencyRating, Feedback360, Feedback360Input, FeedbackCompetency, GapSignal, GroupWeight,
    RatingScale, Response, feedback_360,
};

const CLOSE: f64 = 1e-12;

fn response(group: &str, values: [Option<f64>; 3]) -> Response {
    let ids = ["communication", "teamwork", "delivery"];
    Response::new(
        group,
        ids.iter()
            .zip(values)
            .map(|(id, value)| CompetencyRating::new(*id, value))
            .collect(),
    )
}

fn example() -> Feedback360Input {
    Feedback360Input::new(
        vec![
            FeedbackCompetency::new("communication"),
            FeedbackCompetency::new("teamwork"),
            FeedbackCompetency::new("delivery"),
        ],
        vec![
            response("self", [Some(4.0), Some(3.0), Some(5.0)]),
            response("manager", [Some(3.0), Some(4.0), Some(4.0)]),
            response("peers", [Some(3.0), Some(4.0), Some(4.0)]),
            response("direct reports", [Some(5.0), Some(5.0), Some(5.0)]),
            response("peers", [Some(4.0), Some(5.0), Some(4.0)]),
            response("peers", [Some(2.0), None, Some(3.0)]),
            response("direct reports", [Some(5.0), Some(5.0), Some(5.0)]),
            response("peers", [None, Some(4.0), None]),
        ],
    )
}

fn others_means(report: &Feedback360) -> Vec<f64> {
    report
        .competencies
        .iter()
        .map(|c| c.others_mean.unwrap())
        .collect()
}

#[test]
fn the_example_by_group_pooled_others_gaps_and_overall() {
    let report = feedback_360(&example()).unwrap();
    let names: Vec<_> = report.groups.iter().map(|g| g.group.as_str()).collect();
    assert_eq!(names, ["self", "manager", "peers"]);
    assert_eq!(
        report.groups.iter().map(|g| g.raters).collect::<Vec<_>>(),
        [1, 1, 4]
    );
    assert!(report.groups[0].is_self && report.groups[1].exempt && !report.groups[2].exempt);
    assert_eq!(report.suppressed.len(), 1);
    assert_eq!(report.suppressed[0].group, "direct reports");
    assert_eq!(report.suppressed[0].min_raters, 3);
    assert_eq!(report.threshold, 0.5);

    let communication = &report.competencies[0];
    assert_relative_eq!(communication.weight, 1.0 / 3.0, epsilon = CLOSE);
    let peers = communication.groups[2].stats.unwrap();
    assert_eq!(
        (peers.count, peers.mean, peers.min, peers.max),
        (3, 3.0, 2.0, 4.0)
    );
    assert_relative_eq!(peers.sd, (2.0_f64 / 3.0).sqrt(), epsilon = CLOSE);
    let manager = communication.groups[1].stats.unwrap();
    assert_eq!((manager.count, manager.mean, manager.sd), (1, 3.0, 0.0));
    let others = communication.others.unwrap();
    assert_eq!((others.count, others.mean), (4, 3.0));
    assert_relative_eq!(others.sd, 0.5_f64.sqrt(), epsilon = CLOSE);
    assert_eq!(communication.self_rating, Some(4.0));
    assert_eq!(communication.gap, Some(1.0));
    assert_eq!(communication.signal, Some(GapSignal::BlindSpot));

    let teamwork = &report.competencies[1];
    let peers = teamwork.groups[2].stats.unwrap();
    assert_eq!(peers.count, 3);
    assert_relative_eq!(peers.mean, 13.0 / 3.0, epsilon = CLOSE);
    assert_relative_eq!(peers.sd, 2.0_f64.sqrt() / 3.0, epsilon = CLOSE);
    assert!(!teamwork.groups[2].withheld);
    assert_eq!(teamwork.others.unwrap().count, 4);
    assert_relative_eq!(teamwork.others_mean.unwrap(), 4.25, epsilon = CLOSE);
    assert_relative_eq!(teamwork.gap.unwrap(), -1.25, epsilon = CLOSE);
    assert_eq!(teamwork.signal, Some(GapSignal::HiddenStrength));

    let delivery = &report.competencies[2];
    assert_eq!(delivery.others_mean, Some(3.75));
    assert_eq!(delivery.signal, Some(GapSignal::BlindSpot));

    assert_relative_eq!(report.overall_others.unwrap(), 11.0 / 3.0, epsilon = CLOSE);
    assert_relative_eq!(report.overall_self.unwrap(), 4.0, epsilon = CLOSE);
    assert_relative_eq!(report.overall_gap.unwrap(), 1.0 / 3.0, epsilon = CLOSE);
}

/// Anonymity per competency: when only two of the four peers answer teamwork (the
/// fourth peer says "not applicable" too), their two answers are withheld, not shown
/// and not counted: teamwork's others are the manager alone (4), gap 3 − 4 = −1.
#[test]
fn too_few_answers_to_one_competency_are_withheld() {
    let mut input = example();
    input.responses[7] = response("peers", [None, None, None]);
    let report = feedback_360(&input).unwrap();
    let teamwork = &report.competencies[1];
    assert!(teamwork.groups[2].withheld);
    assert_eq!(teamwork.groups[2].stats, None);
    assert_eq!(teamwork.others.unwrap().count, 1);
    assert_eq!(teamwork.others_mean, Some(4.0));
    assert_eq!(teamwork.gap, Some(-1.0));
    // The manager (exempt) and self are never withheld; communication's three peer
    // answers stand.
    assert!(!teamwork.groups[1].withheld && !teamwork.groups[0].withheld);
    assert!(!report.competencies[0].groups[2].withheld);
    assert_eq!(report.competencies[0].others.unwrap().count, 4);
    // Whatever the withheld answers are, nothing else changes.
    let mut changed = input.clone();
    changed.responses[2] = response("peers", [Some(3.0), Some(1.0), Some(4.0)]);
    let other = feedback_360(&changed).unwrap();
    assert_eq!(other.competencies[1], report.competencies[1]);
}

#[test]
fn group_weights_average_the_group_means() {
    let mut input = example();
    input.group_weights = Some(vec![
        GroupWeight {
            group: "manager".into(),
            weight: 1.0,
        },
        GroupWeight {
            group: "peers".into(),
            weight: 1.0,
        },
    ]);
    let report = feedback_360(&input).unwrap();
    // (3 + 3) / 2, (4 + 13/3) / 2, (4 + 11/3) / 2.
    let means = others_means(&report);
    assert_relative_eq!(means[0], 3.0, epsilon = CLOSE);
    assert_relative_eq!(means[1], 25.0 / 6.0, epsilon = CLOSE);
    assert_relative_eq!(means[2], 23.0 / 6.0, epsilon = CLOSE);
    assert_eq!(report.groups[1].weight, Some(1.0));
    assert_eq!(report.groups[0].weight, None);
    // The pooled statistics stay those of the raters.
    assert_eq!(report.competencies[0].others.unwrap().mean, 3.0);

    // Weight 3 for the manager: (3 × 4 + 13/3) / 4 on teamwork.
    input.group_weights.as_mut().unwrap()[0].weight = 3.0;
    let report = feedback_360(&input).unwrap();
    assert_relative_eq!(others_means(&report)[1], 49.0 / 12.0, epsilon = CLOSE);
}

/// Found by fuzzing the JS API: two group weights of 1e308 overflowed `Σ w` and made
/// the others' mean and the overall others' score NaN. Weights are in any unit: the
/// manager's 3 and the peers' 3, 2 and 4 average to 3 whatever the (equal) weights.
#[test]
fn group_weights_near_the_float_limits_give_the_same_means() {
    let rate =
        |group: &str, value| Response::new(group, vec![CompetencyRating::new("c", Some(value))]);
    let mut input = Feedback360Input::new(
        vec![FeedbackCompetency::new("c")],
        vec![
            rate("manager", 3.0),
            rate("peers", 2.0),
            rate("peers", 3.0),
            rate("peers", 4.0),
        ],
    );
    let weights = |manager, peers| {
        Some(vec![
            GroupWeight {
                group: "manager".into(),
                weight: manager,
            },
            GroupWeight {
                group: "peers".into(),
                weight: peers,
            },
        ])
    };
    input.group_weights = weights(1e308, 1e308);
    let report = feedback_360(&input).unwrap();
    assert_eq!(report.competencies[0].others_mean, Some(3.0));
    assert_eq!(report.overall_others, Some(3.0));
    assert_eq!(report.groups[0].weight, Some(1e308));

    // Weights a power of two apart give the same means to the bit: 3 and 1 against
    // 3 × 2¹⁰²¹ and 2¹⁰²¹ (3 × 2¹⁰²¹ times the manager's 4 overflows), and against 3
    // and 1 times the smallest subnormal (13/3 times it would round to 4 times it).
    let mut example = example();
    example.group_weights = weights(3.0, 1.0);
    let expected = feedback_360(&example).unwrap();
    let huge = 2.0_f64.powi(1021);
    let tiny = f64::from_bits(1);
    for (manager, peers) in [(3.0 * huge, huge), (3.0 * tiny, tiny)] {
        example.group_weights = weights(manager, peers);
        let report = feedback_360(&example).unwrap();
        assert_eq!(
            others_means(&report),
            others_means(&expected),
            "{manager}, {peers}"
        );
        assert_eq!(report.overall_others, expected.overall_others);
    }
}

#[test]
fn a_lower_minimum_shows_the_direct_reports_and_counts_them_in_the_others() {
    let mut input = example();
    input.min_raters_per_group = 2;
    let report = feedback_360(&input).unwrap();
    assert!(report.suppressed.is_empty());
    assert_eq!(report.groups[3].group, "direct reports");
    // Communication: 3, 3, 4, 2, 5, 5 → 22/6.
    assert_relative_eq!(others_means(&report)[0], 22.0 / 6.0, epsilon = CLOSE);
    assert_eq!(report.competencies[0].signal, Some(GapSignal::Aligned));
}

#[test]
fn a_manager_not_exempt_is_suppressed_too() {
    let mut input = example();
    input.exempt_groups.clear();
    let report = feedback_360(&input).unwrap();
    let suppressed: Vec<_> = report.suppressed.iter().map(|g| g.group.as_str()).collect();
    assert_eq!(suppressed, ["manager", "direct reports"]);
    // Communication's others are the peers alone: 3.
    assert_eq!(report.competencies[0].others.unwrap().count, 3);
}

#[test]
fn published_thresholds_a_third_of_the_points_and_one_scale_point() {
    // Primalogik: a third of 5 points, 5/3 ≈ 1.67 on 1 to 5.
    let mut input = example();
    input.blind_spot_share = 5.0 / 12.0;
    let report = feedback_360(&input).unwrap();
    assert_relative_eq!(report.threshold, 5.0 / 3.0, epsilon = CLOSE);
    assert!(
        report
            .competencies
            .iter()
            .all(|c| c.signal == Some(GapSignal::Aligned))
    );
    // The OPG: more than one scale point; teamwork's −1.25 and delivery's 1.25 qualify,
    // communication's gap of exactly 1 does not.
    input.blind_spot_share = 0.25;
    let report = feedback_360(&input).unwrap();
    let signals: Vec<_> = report
        .competencies
        .iter()
        .map(|c| c.signal.unwrap())
        .collect();
    assert_eq!(
        signals,
        [
            GapSignal::Aligned,
            GapSignal::HiddenStrength,
            GapSignal::BlindSpot
        ]
    );
}

#[test]
fn competency_weights_and_missing_self_or_others() {
    let mut input = example();
    input.competencies[0].weight = Some(2.0);
    input.competencies[2].weight = Some(0.0);
    let report = feedback_360(&input).unwrap();
    // (2 × 3 + 1 × 4.25) / 3.
    assert_relative_eq!(
        report.overall_others.unwrap(),
        (6.0 + 4.25) / 3.0,
        epsilon = CLOSE
    );
    assert_relative_eq!(report.overall_self.unwrap(), 11.0 / 3.0, epsilon = CLOSE);

    // Without a self-assessment there is no gap; a competency nobody rated has no mean.
    let input = Feedback360Input::new(
        vec![FeedbackCompetency::new("a"), FeedbackCompetency::new("b")],
        vec![Response::new(
            "manager",
            vec![CompetencyRating::new("a", Some(2.0))],
        )],
    );
    let report = feedback_360(&input).unwrap();
    assert_eq!(report.competencies[0].others_mean, Some(2.0));
    assert_eq!(report.competencies[0].gap, None);
    assert_eq!(report.competencies[1].others, None);
    assert_eq!(report.competencies[1].groups[0].stats, None);
    assert_eq!(report.overall_others, Some(2.0));
    assert_eq!(report.overall_self, None);
}

#[test]
fn another_scale_and_self_group_name() {
    let mut input = example();
    input.scale = RatingScale::new(0.0, 10.0).unwrap();
    input.self_group = "me".into();
    for response in &mut input.responses {
        if response.rater_group == "self" {
            response.rater_group = "me".into();
        }
    }
    let report = feedback_360(&input).unwrap();
    assert_eq!(report.threshold, 1.25);
    assert!(report.groups[0].is_self);
    assert_eq!(report.competencies[0].gap, Some(1.0));
    assert_eq!(report.competencies[0].signal, Some(GapSignal::Aligned));
}

#[test]
fn every_error_names_its_field() {
    let check = |change: &dyn Fn(&mut Feedback360Input), code: ErrorCode, field: &str| {
        let mut input = example();
        change(&mut input);
        assert_eq!(
            failure(feedback_360(&input)),
            error_at(code, field),
            "{field}"
        );
    };
    check(
        &|i| i.competencies.clear(),
        ErrorCode::OutOfRange,
        "competencies",
    );
    check(
        &|i| {
            i.competencies = (0..101)
                .map(|k| FeedbackCompetency::new(format!("c{k}")))
                .collect()
        },
        ErrorCode::TooLarge,
        "competencies",
    );
    check(
        &|i| i.competencies[1].id = "communication".into(),
        ErrorCode::DuplicateId,
        "competencies[1].id",
    );
    check(
        &|i| i.competencies[1].id.clear(),
        ErrorCode::InvalidInput,
        "competencies[1].id",
    );
    check(
        &|i| i.competencies[2].weight = Some(f64::NAN),
        ErrorCode::NotFinite,
        "competencies[2].weight",
    );
    check(
        &|i| i.competencies[2].weight = Some(-1.0),
        ErrorCode::Negative,
        "competencies[2].weight",
    );
    check(
        &|i| i.competencies.iter_mut().for_each(|c| c.weight = Some(0.0)),
        ErrorCode::NotPositive,
        "competencies",
    );
    check(&|i| i.responses.clear(), ErrorCode::OutOfRange, "responses");
    check(
        &|i| i.responses[2].rater_group.clear(),
        ErrorCode::InvalidInput,
        "responses[2].rater_group",
    );
    check(
        &|i| i.responses[4].rater_group = "self".into(),
        ErrorCode::DuplicateId,
        "responses[4].rater_group",
    );
    check(
        &|i| i.responses[3].ratings[1].competency = "charisma".into(),
        ErrorCode::UnknownId,
        "responses[3].ratings[1].competency",
    );
    check(
        &|i| i.responses[2].ratings[2].competency = "communication".into(),
        ErrorCode::DuplicateId,
        "responses[2].ratings[2].competency",
    );
    check(
        &|i| i.responses[5].ratings[0].value = Some(6.0),
        ErrorCode::OutOfRange,
        "responses[5].ratings[0].value",
    );
    check(
        &|i| i.responses[5].ratings[0].value = Some(0.5),
        ErrorCode::OutOfRange,
        "responses[5].ratings[0].value",
    );
    check(
        &|i| i.responses[3].ratings[2].value = Some(f64::INFINITY),
        ErrorCode::NotFinite,
        "responses[3].ratings[2].value",
    );
    check(
        &|i| i.min_raters_per_group = 0,
        ErrorCode::OutOfRange,
        "min_raters_per_group",
    );
    check(
        &|i| i.blind_spot_share = 1.5,
        ErrorCode::OutOfRange,
        "blind_spot_share",
    );
    check(
        &|i| i.blind_spot_share = -0.1,
        ErrorCode::OutOfRange,
        "blind_spot_share",
    );
    check(
        &|i| i.blind_spot_share = f64::NAN,
        ErrorCode::NotFinite,
        "blind_spot_share",
    );
    check(
        &|i| i.self_group.clear(),
        ErrorCode::InvalidInput,
        "self_group",
    );
    check(
        &|i| i.exempt_groups.push(String::new()),
        ErrorCode::InvalidInput,
        "exempt_groups[1]",
    );

    let weights = |entries: &[(&str, f64)]| {
        Some(
            entries
                .iter()
                .map(|&(group, weight)| GroupWeight {
                    group: group.into(),
                    weight,
                })
                .collect(),
        )
    };
    check(
        &|i| i.group_weights = weights(&[("manager", 1.0), ("board", 1.0)]),
        ErrorCode::UnknownId,
        "group_weights[1].group",
    );
    check(
        &|i| i.group_weights = weights(&[("self", 1.0)]),
        ErrorCode::InvalidInput,
        "group_weights[0].group",
    );
    check(
        &|i| i.group_weights = weights(&[("peers", 1.0), ("peers", 2.0)]),
        ErrorCode::DuplicateId,
        "group_weights[1].group",
    );
    check(
        &|i| i.group_weights = weights(&[("peers", -1.0)]),
        ErrorCode::Negative,
        "group_weights[0].weight",
    );
    check(
        &|i| i.group_weights = weights(&[("peers", f64::NAN)]),
        ErrorCode::NotFinite,
        "group_weights[0].weight",
    );
    check(
        &|i| i.group_weights = weights(&[("peers", 1.0)]),
        ErrorCode::MissingField,
        "group_weights",
    );
    // A suppressed group needs no weight, and may have one.
    let mut input = example();
    input.group_weights = weights(&[("peers", 1.0), ("manager", 1.0), ("direct reports", 5.0)]);
    assert!(feedback_360(&input).is_ok());
}

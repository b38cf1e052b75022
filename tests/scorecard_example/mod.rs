//! The example organisation the scorecard tests share (hand-computed figures in
//! `tests/scorecard_rollup.rs`).
#![allow(dead_code)]

use opscalc::scorecard::{KpiRule, Objective, Perspective, ScorecardInput, ScorecardKpi};

/// Higher is better, with an optional baseline.
pub(crate) fn higher(target: f64, baseline: Option<f64>) -> KpiRule {
    KpiRule::HigherIsBetter { target, baseline }
}

/// Lower is better, with an optional baseline.
pub(crate) fn lower(target: f64, baseline: Option<f64>) -> KpiRule {
    KpiRule::LowerIsBetter { target, baseline }
}

/// A KPI with a name.
pub(crate) fn kpi(id: &str, weight: f64, actual: Option<f64>, rule: KpiRule) -> ScorecardKpi {
    let mut kpi = ScorecardKpi::new(id, weight, actual, rule);
    kpi.name = Some(id.to_uppercase());
    kpi
}

/// The example organisation: four perspectives weighted 30, 30, 25 and 15; the
/// staff-turnover KPI's actual is `turnover`.
///
/// | perspective | objective (weight) | KPI (weight) | rule | actual | score |
/// |---|---|---|---|---|---|
/// | financial 30 | revenue-growth (1) | revenue (2) | higher, target 1000, baseline 800 | 950 | 150/200 = 0.75 |
/// | | | margin (1) | higher, target 12, baseline 0 | 10.8 | 0.9 |
/// | customer 30 | satisfaction (1) | nps (1) | higher, target 40, baseline 20 | 38 | 18/20 = 0.9 |
/// | | | complaints (1) | lower, target 10, default baseline 20 | 12 | 1 − 2/10 = 0.8 |
/// | internal 25 | delivery (60) | on-time (1) | higher, target 95, baseline 85 | 93 | 8/10 = 0.8 |
/// | | quality (40) | defects (1) | lower, target 1, baseline 3 | 1.5 | −1.5/−2 = 0.75 |
/// | learning 15 | people (1) | training (1) | higher, target 40 | 42 | 1.05 |
/// | | | turnover (1) | lower, target 8, baseline 16 | `turnover` | |
pub(crate) fn organisation(turnover: Option<f64>) -> ScorecardInput {
    let perspective = |id: &str, weight, objectives| Perspective::new(id, weight, objectives);
    ScorecardInput::new(vec![
        perspective(
            "financial",
            30.0,
            vec![Objective::new(
                "revenue-growth",
                1.0,
                vec![
                    kpi("revenue", 2.0, Some(950.0), higher(1000.0, Some(800.0))),
                    kpi("margin", 1.0, Some(10.8), higher(12.0, None)),
                ],
            )],
        ),
        perspective(
            "customer",
            30.0,
            vec![Objective::new(
                "satisfaction",
                1.0,
                vec![
                    kpi("nps", 1.0, Some(38.0), higher(40.0, Some(20.0))),
                    kpi("complaints", 1.0, Some(12.0), lower(10.0, None)),
                ],
            )],
        ),
        perspective(
            "internal",
            25.0,
            vec![
                Objective::new(
                    "delivery",
                    60.0,
                    vec![kpi("on-time", 1.0, Some(93.0), higher(95.0, Some(85.0)))],
                ),
                Objective::new(
                    "quality",
                    40.0,
                    vec![kpi("defects", 1.0, Some(1.5), lower(1.0, Some(3.0)))],
                ),
            ],
        ),
        perspective(
            "learning",
            15.0,
            vec![Objective::new(
                "people",
                1.0,
                vec![
                    kpi("training", 1.0, Some(42.0), higher(40.0, None)),
                    kpi("turnover", 1.0, turnover, lower(8.0, Some(16.0))),
                ],
            )],
        ),
    ])
}

//! Performance scoring: a KPI's actual value scored against its target, the balanced
//! scorecard's weighted roll-up with status colours, and the methods that set the
//! weights (direct, equal, rank-based, AHP pairwise comparison, entropy, CRITIC).
//!
//! # Units
//! A score is a fraction: 0 at the baseline, 1 at the target (so 0.85 is 85 % of the way
//! from baseline to target). Weights are fractions that sum to 1 within their level.

// KPI scoring, the scorecard roll-up and the comparison of two scorecards.
// (kpi_score, scorecard, compare_scorecards: declare and re-export below this line.)
mod compare_scorecards;
mod kpi_score;
#[allow(clippy::module_inception)] // the balanced scorecard, in the scorecard domain
mod scorecard;
mod status;

pub use compare_scorecards::{ComparedNode, Presence, ScorecardComparison, compare_scorecards};
pub use kpi_score::{
    KpiDirection, KpiInput, KpiRule, KpiRuleFields, KpiScore, ScoreLimit, score_kpi,
};
pub use scorecard::{
    KpiNode, KpiSensitivity, MAX_KPIS, MAX_OBJECTIVES, MAX_PERSPECTIVES, MissingNode, NodeFigures,
    NodeLevel, Objective, ObjectiveNode, Perspective, PerspectiveNode, Rollup, Scorecard,
    ScorecardInput, ScorecardKpi, scorecard,
};
pub use status::{DEFAULT_STATUS_NAMES, DEFAULT_THRESHOLDS, MAX_STATUS_BANDS, StatusBands};

// Weighting methods.
// (weights: direct, equal, rank, ahp, entropy, critic: declare and re-export below this line.)
mod direct_weights;

pub use direct_weights::{DirectWeights, MAX_WEIGHTS, direct_weights};

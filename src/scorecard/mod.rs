//! Performance scoring: a KPI's actual value scored against its target, the balanced
//! scorecard's weighted roll-up with status colours, and the methods that set the
//! weights (direct, equal, rank-based, AHP pairwise comparison, entropy, CRITIC).
//!
//! # Units
//! A score is a fraction: 0 at the baseline, 1 at the target (so 0.85 is 85 % of the way
//! from baseline to target). Weights are fractions that sum to 1 within their level.

// KPI scoring, the scorecard roll-up and the comparison of two scorecards.
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
mod ahp;
mod ahp_matrix;
mod ahp_random_index;
mod critic_weights;
mod decision_matrix;
mod direct_weights;
pub(crate) use direct_weights::normalise_weights;
mod entropy_weights;
mod equal_weights;
mod rank_weights;

pub use ahp::{
    Ahp, AhpInput, AhpMethod, AhpTrace, DEFAULT_CONSISTENCY_THRESHOLD, InconsistentComparison,
    MAX_POWER_ITERATIONS, MAX_TRACED_ITERATIONS, POWER_ITERATION_TOLERANCE, PowerIteration,
    ahp_weights,
};
pub use ahp_matrix::{
    MAX_AHP_CRITERIA, PairwiseComparison, PairwiseJudgements, RECIPROCAL_TOLERANCE,
};
pub use ahp_random_index::{ALONSO_LAMATA_RANDOM_INDEX, RandomIndexTable, SAATY_RANDOM_INDEX};
pub use critic_weights::{CriterionDirection, CriticWeights, critic_weights};
pub use decision_matrix::{MAX_ALTERNATIVES, MAX_CRITERIA};
pub use direct_weights::{DirectWeights, MAX_WEIGHTS, direct_weights};
pub use entropy_weights::{EntropyWeights, entropy_weights};
pub use equal_weights::{EqualWeights, equal_weights};
pub(crate) use kpi_score::CheckedRule;
pub use rank_weights::{RankMethod, RankPosition, RankWeights, rank_weights};

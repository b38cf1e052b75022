//! Performance scoring: a KPI's actual value scored against its target, the balanced
//! scorecard's weighted roll-up with status colours, and the methods that set the
//! weights (direct, equal, rank-based, AHP pairwise comparison, entropy, CRITIC).
//!
//! # Units
//! A score is a fraction: 0 at the baseline, 1 at the target (so 0.85 is 85 % of the way
//! from baseline to target). Weights are fractions that sum to 1 within their level.

// KPI scoring, the scorecard roll-up and the comparison of two scorecards.
// (kpi_score, scorecard, compare_scorecards: declare and re-export below this line.)

// Weighting methods.
// (weights: direct, equal, rank, ahp, entropy, critic: declare and re-export below this line.)
mod direct_weights;

pub use direct_weights::{DirectWeights, MAX_WEIGHTS, direct_weights};
mod ahp;
mod ahp_matrix;
mod ahp_random_index;
mod critic_weights;
mod decision_matrix;
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
pub use entropy_weights::{EntropyWeights, entropy_weights};
pub use equal_weights::{EqualWeights, equal_weights};
pub use rank_weights::{RankMethod, RankPosition, RankWeights, rank_weights};

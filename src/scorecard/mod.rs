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

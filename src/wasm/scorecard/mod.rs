//! JS mirrors of `crate::scorecard`: KPI scoring, the scorecard roll-up and comparison,
//! and the weighting methods.

// KPI scoring, the scorecard roll-up and the comparison of two scorecards.

// Weighting methods.
mod ahp;
mod objective_weights;
mod weights;

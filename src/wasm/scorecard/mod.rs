//! JS mirrors of `crate::scorecard`: KPI scoring, the scorecard roll-up and comparison,
//! and the weighting methods.

// KPI scoring, the scorecard roll-up and the comparison of two scorecards.
mod compare_scorecards;
mod kpi_score;
#[allow(clippy::module_inception)] // the balanced scorecard, in the scorecard domain
mod scorecard;

pub(crate) use kpi_score::{KpiScoreResult, ScoreKpiOptions};

// Weighting methods.
mod ahp;
mod objective_weights;
mod weights;
pub(crate) use kpi_score::KpiDirection;

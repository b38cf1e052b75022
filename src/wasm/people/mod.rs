//! JS mirrors of `crate::people`: goals, OKRs, the appraisal, the nine-box grid,
//! 360-degree feedback and calibration.

// Goals, OKRs, the appraisal and the nine-box grid.
mod appraisal;
mod goal_score;
mod nine_box;
mod okr_score;
pub(crate) mod rating_scale;

// 360-degree feedback and calibration.

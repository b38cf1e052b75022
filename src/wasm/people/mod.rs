//! JS mirrors of `crate::people`: goals, OKRs, the appraisal, the nine-box grid,
//! 360-degree feedback and calibration.

// Goals, OKRs, the appraisal and the nine-box grid.
mod appraisal;
mod goal_score;
mod nine_box;
mod okr_score;

// 360-degree feedback and calibration.
mod calibrate;
mod feedback_360;

// Shared by both.
mod rating_scale;

//! JS mirrors of `crate::people`: goals, OKRs, the appraisal, the nine-box grid,
//! 360-degree feedback and calibration.

// Goals, OKRs, the appraisal and the nine-box grid.

// 360-degree feedback and calibration.
mod calibrate;
mod feedback_360;
mod rating_scale;

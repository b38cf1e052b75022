//! People-performance scoring: goals (management by objectives) and OKRs, 360-degree
//! feedback, the appraisal that combines what was achieved with how, calibration of
//! ratings across managers, and the nine-box talent grid.
//!
//! # Units
//! Goal scores reuse [`crate::scorecard::score_kpi`]: 0 at the baseline, 1 at the target.
//! Ratings lie on a [`RatingScale`] (1 to 5 unless given); OKR grades run from 0 to 1.

mod rating_scale;

pub use rating_scale::{MAX_SCALE_SPAN, RatingScale};

// Goals, OKRs, the appraisal and the nine-box grid.
mod appraisal;
mod goal_score;
mod nine_box;
mod okr_score;

pub use appraisal::{
    Appraisal, AppraisalGoals, AppraisalInput, AppraisalPart, AppraisalWeights, Competency,
    RatedCompetency, appraisal,
};
pub use goal_score::{
    DEFAULT_RATING_BANDS, Goal, GoalScore, GoalScoreInput, MAX_GOALS, MAX_RATING_BANDS, RatingBand,
    RatingBands, ScoredGoal, goal_score,
};
pub use nine_box::{
    MAX_NINE_BOX_PEOPLE, NINE_BOX_NAMES, NineBox, NineBoxCell, NineBoxCuts, NineBoxInput,
    NineBoxLevel, NineBoxPerson, NineBoxPlacement, nine_box,
};
pub use okr_score::{
    DEFAULT_OKR_THRESHOLDS, GradedKeyResult, GradedObjective, KeyResult, MAX_KEY_RESULTS,
    MAX_OKR_OBJECTIVES, OkrInput, OkrObjective, OkrScore, default_okr_grades, okr_score,
};

// 360-degree feedback and calibration.
mod calibrate;
mod feedback_360;
mod rating_stats;

pub use calibrate::{
    BandShare, CalibrateInput, CalibratedRating, Calibration, CalibrationMethod, CalibrationRating,
    DEFAULT_GUIDELINE_SHARES, GuidelineBand, MAX_CALIBRATION_RATINGS, MAX_GUIDELINE_BANDS,
    ManagerSummary, SHARE_SUM_TOLERANCE, calibrate,
};
pub use feedback_360::{
    CompetencyFeedback, CompetencyRating, DEFAULT_BLIND_SPOT_SHARE, DEFAULT_EXEMPT_GROUPS,
    DEFAULT_MIN_RATERS, DEFAULT_SELF_GROUP, Feedback360, Feedback360Input, FeedbackCompetency,
    GapSignal, GroupRatings, GroupWeight, MAX_COMPETENCIES, MAX_RESPONSES, RaterGroup, Response,
    SuppressedGroup, feedback_360,
};
pub use rating_stats::RatingStats;

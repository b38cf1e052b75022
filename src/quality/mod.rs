//! Quality and customer satisfaction: Six Sigma's defect measures and sigma level,
//! process capability against specification limits, and the net promoter score.
//!
//! # Units
//! Counts (defects, units, respondents) are whole numbers; a capability study's mean,
//! standard deviation and limits share the unit of the measured characteristic.

// Quality of a process: defects and capability.
mod process_capability;
mod six_sigma;
pub use process_capability::{ProcessCapability, ProcessCapabilityInput, process_capability};
pub use six_sigma::{SIGMA_SHIFT, SixSigma, SixSigmaInput, six_sigma};

// Customer (and employee) satisfaction.
mod net_promoter_score;
pub use net_promoter_score::{
    MAX_NPS_SCORES, NPS_SCALE_MAX, NetPromoterInput, NetPromoterScore, PASSIVE_MIN, PROMOTER_MIN,
    net_promoter_score,
};

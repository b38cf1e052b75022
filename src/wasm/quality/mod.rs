//! JS mirrors of `crate::quality`, one file per measure.

// Quality of a process: defects and capability.
mod process_capability;
mod six_sigma;

// Customer (and employee) satisfaction.
mod net_promoter_score;

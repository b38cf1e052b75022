//! JS mirrors of `crate::operations`, one file per measure.

mod delivery_performance;
mod unit_cost;

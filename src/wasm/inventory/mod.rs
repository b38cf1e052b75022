//! JS mirrors of `crate::inventory`, one file per model: option and result types with
//! camelCase names and TypeScript declarations, and the exported functions.

mod cost_curve;
mod eoq;
mod eoq_backorders;
mod production_order_quantity;
mod profile;

// Models under uncertainty.
mod demand_distribution;
mod newsvendor;
mod periodic_review;
mod rate_conversion;
mod reorder_point;

//! JS mirrors of `crate::inventory`, one file per model: option and result types with
//! camelCase names and TypeScript declarations, and the exported functions.

// Shared mirrors.
mod cost_curve;
mod profile;

// Lot sizing.
mod eoq;
mod eoq_backorders;
mod production_order_quantity;
mod quantity_discount;

// Uncertain demand.
mod demand_distribution;
mod newsvendor;
mod periodic_review;
mod reorder_point;

// Classification and units.
mod abc_analysis;
mod rate_conversion;

// Supply-chain measures.
mod inventory_turns;
pub(crate) use abc_analysis::{AbcBasis, AbcCutoffsOptions};

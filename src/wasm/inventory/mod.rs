//! JS mirrors of `crate::inventory`, one file per model: option and result types with
//! camelCase names and TypeScript declarations, and the exported functions.

mod eoq;
mod profile;

mod abc_analysis;
mod quantity_discount;

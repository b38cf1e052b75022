//! JS mirrors of `crate::batch`: the per-item formulas over whole catalogues, with
//! `Float64Array` (or one number) columns in and typed-array columns out.

mod abc;
pub(crate) mod column;
mod eoq;
mod eoq_backorders;
mod kpi_score;
mod production_order_quantity;
mod reorder_point;

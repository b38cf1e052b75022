//! Batch functions: one formula over a whole catalogue, from columns of numbers to
//! columns of results, for the per-item models users run over thousands or millions of
//! items (so far the EOQ, the EPQ, the EOQ with backorders, the reorder point at a
//! service level and KPI scoring).
//!
//! Each input is a [`Column`]: a slice with one value per item
//! ([`Each`](Column::Each)), or one value for every item ([`All`](Column::All)). Each
//! result is a column in item order. Every item gives exactly what the single function
//! gives for it (the same code computes both), and the batch stops at the first bad
//! item.
//!
//! # Errors
//! Beyond each item's own errors, which name the item's field with its index
//! (`demand[12]`, or `demand` alone when one value stands for all items, except an
//! `out_of_range` error comparing fields of the item, which keeps the index; a result
//! that overflows names `[12]`):
//! - `invalid_input` naming `""` when no column has a value per item: nothing says how
//!   many items there are;
//! - `conflicting_fields` naming the first column whose length differs from the first
//!   array column's;
//! - `too_large` when a batch has more than [`MAX_BATCH_ITEMS`] items.
//!
//! Columns of no items are a batch of no items: the results are empty columns.

mod column;
mod eoq;
mod lanes_batch;

pub use column::{Column, HoldingCostColumns, MAX_BATCH_ITEMS, batch_length};
pub use eoq::{EoqBatch, EoqBatchInput, EoqBatchOutput, eoq_batch, eoq_batch_into};
mod reorder_point;

pub use reorder_point::{ReorderPointBatch, ReorderPointBatchInput, reorder_point_batch};
mod eoq_backorders;
mod kpi_score;
mod production_order_quantity;

pub use eoq_backorders::{
    EoqBackordersBatch, EoqBackordersBatchInput, EoqBackordersBatchOutput, eoq_backorders_batch,
    eoq_backorders_batch_into,
};
pub use kpi_score::{
    KpiScoreBatch, KpiScoreBatchInput, KpiScoreBatchOutput, kpi_score_batch, kpi_score_batch_into,
};
pub use production_order_quantity::{
    ProductionOrderQuantityBatch, ProductionOrderQuantityBatchInput,
    ProductionOrderQuantityBatchOutput, production_order_quantity_batch,
    production_order_quantity_batch_into,
};
mod abc;

pub use abc::{AbcBatch, AbcBatchInput, abc_batch};

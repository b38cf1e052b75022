//! Reorder points over a catalogue: safety stock `zσ` and reorder point `d L + zσ` for
//! every item, `z` from each item's cycle service level.

use super::column::{Column, Shape};
use crate::error::Error;
use crate::inventory::{LeadTimeDemand, stock_to};
use crate::stats::normal;
use crate::validate::probability;

/// Inputs of [`reorder_point_batch`]: the fields of a
/// [`ReorderPointInput`](crate::inventory::ReorderPointInput) with a cycle service
/// level, each a [`Column`]. Time is in periods of the demand rate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReorderPointBatchInput<'a> {
    /// `d`: mean demand per period, units. Field `demand_rate`.
    pub demand_rate: Column<'a>,
    /// `σ_d`: standard deviation of demand per period, units. Field `demand_sd`.
    pub demand_sd: Column<'a>,
    /// `L`: mean lead time, periods. Field `lead_time`.
    pub lead_time: Column<'a>,
    /// `σ_L`: standard deviation of the lead time, periods; `None` for a fixed lead
    /// time. Field `lead_time_sd`.
    pub lead_time_sd: Option<Column<'a>>,
    /// Cycle service level: the probability of no stockout in a cycle, strictly between
    /// 0 and 1 (0.95 for 95 %). Field `service_level`.
    pub service_level: Column<'a>,
}

/// Each item's safety stock and reorder point, in item order.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ReorderPointBatch {
    /// `zσ_dL`, units.
    pub safety_stock: Vec<f64>,
    /// `d L + zσ_dL`, units.
    pub reorder_point: Vec<f64>,
}

/// The reorder point of every item of a catalogue, at a cycle service level: for each
/// item what [`reorder_point`](crate::inventory::reorder_point) gives as its
/// `safety_stock` and `reorder_point` (the same code computes both).
///
/// - `σ_dL = σ_d √L` (fixed lead time), `d σ_L` (fixed demand), or
///   `√(L σ_d² + d² σ_L²)` (both vary); `z = Φ⁻¹(service level)`
/// - safety stock `= z σ_dL`, reorder point `= d L + z σ_dL`
///
/// One service level for all items gives `z` once; a column of them gives each item's.
///
/// # Errors
/// - the columns' errors (see the [module](crate::batch) docs);
/// - the first bad item's error as [`reorder_point`](crate::inventory::reorder_point)
///   gives it, placed at the item: `not_positive` naming `demand_rate[3]`, `lead_time`,
///   `demand_sd[3]` (when neither demand nor lead time varies); `negative` naming
///   `demand_sd` or `lead_time_sd`; `out_of_range` naming `service_level`;
///   `numeric_range` naming `[3]`. A bad service level given once for all items is
///   reported before any item's error.
///
/// # Examples
/// Heizer & Render, *Operations Management*, inventory chapter (probabilistic demand,
/// variable demand and constant lead time): daily demand 15 with σ 5, lead time 2 days,
/// 90 % service level: safety stock ≈ 9.06, reorder point ≈ 39.06.
/// ```
/// use opscalc::batch::{Column, ReorderPointBatchInput, reorder_point_batch};
/// let result = reorder_point_batch(&ReorderPointBatchInput {
///     demand_rate: Column::Each(&[15.0, 30.0]),
///     demand_sd: Column::Each(&[5.0, 10.0]),
///     lead_time: Column::All(2.0),
///     lead_time_sd: None,
///     service_level: Column::All(0.9),
/// })?;
/// assert!((result.safety_stock[0] - 9.06).abs() < 0.005);
/// assert!((result.reorder_point[0] - 39.06).abs() < 0.005);
/// assert!((result.reorder_point[1] - 2.0 * result.reorder_point[0]).abs() < 1e-9);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn reorder_point_batch(input: &ReorderPointBatchInput<'_>) -> Result<ReorderPointBatch, Error> {
    let fixed = Column::All(0.0);
    let shape = Shape::of(&[
        ("demand_rate", input.demand_rate),
        ("demand_sd", input.demand_sd),
        ("lead_time", input.lead_time),
        ("lead_time_sd", input.lead_time_sd.unwrap_or(fixed)),
        ("service_level", input.service_level),
    ])?;
    let z_for_all = match input.service_level {
        Column::All(level) => Some(normal::quantile(probability("service_level", level)?)),
        Column::Each(_) => None,
    };
    let mut result = ReorderPointBatch {
        safety_stock: Vec::with_capacity(shape.items),
        reorder_point: Vec::with_capacity(shape.items),
    };
    for index in 0..shape.items {
        let item = || {
            let demand = LeadTimeDemand::new(
                input.demand_rate.at(index),
                input.demand_sd.at(index),
                input.lead_time.at(index),
                input.lead_time_sd.map(|sd| sd.at(index)),
            )?;
            let z = match z_for_all {
                Some(z) => z,
                None => {
                    normal::quantile(probability("service_level", input.service_level.at(index))?)
                }
            };
            let (mean, sigma, _) = demand.spread()?;
            stock_to(mean, sigma, z)
        };
        let (safety_stock, reorder_point) = item().map_err(|error| shape.locate(error, index))?;
        result.safety_stock.push(safety_stock);
        result.reorder_point.push(reorder_point);
    }
    Ok(result)
}

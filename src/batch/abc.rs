//! ABC analysis over columns: each item's class, rank and cumulative share of the annual
//! value, in item order, as [`abc_analysis`](crate::inventory::abc_analysis) gives them.

use super::column::{Column, Shape};
use crate::error::Error;
use crate::inventory::{AbcBasis, AbcClass, AbcCutoffs, annual_value, rank_by_value};

/// Inputs of [`abc_batch`]: each item's annual demand and unit cost as [`Column`]s (the
/// items of an [`AbcInput`](crate::inventory::AbcInput) without ids), and the cutoffs and
/// basis for all.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AbcBatchInput<'a> {
    /// Units used per year (or any period, the same for every item). Field `annual_demand`.
    pub annual_demand: Column<'a>,
    /// Cost of one unit, money. Field `unit_cost`.
    pub unit_cost: Column<'a>,
    /// The classes' shares; `None` for the basis's defaults (80 / 15 / 5 % of value, or
    /// 20 / 30 / 50 % of items).
    pub cutoffs: Option<AbcCutoffs>,
    /// What the cutoffs divide: the cumulative share of value, or of items.
    pub basis: AbcBasis,
}

/// Each item's class, rank and cumulative share, in item (input) order.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AbcBatch {
    /// The item's class.
    pub class: Vec<AbcClass>,
    /// The item's rank by annual value, 1 for the highest (ties in input order).
    pub rank: Vec<u32>,
    /// The share of the total annual value of the item and all ranked above it.
    pub cumulative_share: Vec<f64>,
    /// `Σ annual demand × unit cost`, money per year.
    pub total_value: f64,
    /// The cutoffs used (given, or the basis's defaults).
    pub cutoffs: AbcCutoffs,
}

/// ABC analysis of a catalogue from columns: each item's class, rank and cumulative share
/// of annual value, in item order, as [`abc_analysis`](crate::inventory::abc_analysis)
/// gives them in its rows for the same items (the same ranking code computes both).
///
/// - annual value `v_i = D_i × c_i`; items ranked by `v_i`, highest first, ties in input
///   order; cumulative share `Σ_{rank ≤ r} v / Σ v`;
/// - the class of an item by the cumulative share (of value or of items) before it:
///   A below the A cutoff, B below A + B, C after.
///
/// # Errors
/// - the columns' errors (see the [module](crate::batch) docs);
/// - the first bad item's error, placed at the item: `negative` or `not_finite` naming
///   `annual_demand[12]` or `unit_cost[12]` (without the index for one value for all),
///   `numeric_range` naming `[12]` when its value overflows;
/// - those of the cutoffs (`cutoffs.a`, `cutoffs.b`), and `not_positive` naming `""`
///   when the total annual value is zero (as it is for a batch of no items).
///
/// # Examples
/// Heizer & Render, *Operations Management*, Inventory Management chapter, Silicon Chips,
/// Inc.: ten items, annual values $90,000 … $150 (total $232,057); by items with cutoffs
/// 20 % / 30 %, class A is the first two items, B the next three, C the last five.
/// ```
/// use opscalc::batch::{AbcBatchInput, Column, abc_batch};
/// use opscalc::inventory::{AbcBasis, AbcClass::{A, B, C}};
/// let demand = [250.0, 1000.0, 500.0, 1550.0, 350.0, 1000.0, 600.0, 2000.0, 100.0, 1200.0];
/// let cost = [0.60, 90.00, 154.00, 17.00, 42.86, 12.50, 14.17, 0.60, 8.50, 0.42];
/// let result = abc_batch(&AbcBatchInput {
///     annual_demand: Column::Each(&demand),
///     unit_cost: Column::Each(&cost),
///     cutoffs: None,
///     basis: AbcBasis::Items,
/// })?;
/// assert_eq!(result.class, [C, A, A, B, B, B, C, C, C, C]);
/// assert_eq!(result.rank, [10, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
/// assert!((result.total_value - 232_057.0).abs() < 1e-6);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn abc_batch(input: &AbcBatchInput<'_>) -> Result<AbcBatch, Error> {
    let shape = Shape::of(&[
        ("annual_demand", input.annual_demand),
        ("unit_cost", input.unit_cost),
    ])?;
    let values = (0..shape.items)
        .map(|index| {
            annual_value(input.annual_demand.at(index), input.unit_cost.at(index))
                .map_err(|error| shape.locate(error, index))
        })
        .collect::<Result<Vec<f64>, Error>>()?;
    let ranking = rank_by_value(&values, input.cutoffs, input.basis, "")?;
    let mut result = AbcBatch {
        class: vec![AbcClass::C; shape.items],
        rank: vec![0; shape.items],
        cumulative_share: vec![0.0; shape.items],
        total_value: ranking.total_value,
        cutoffs: ranking.cutoffs,
    };
    for row in &ranking.rows {
        let index = row.input_index;
        if let (Some(class), Some(rank), Some(share)) = (
            result.class.get_mut(index),
            result.rank.get_mut(index),
            result.cumulative_share.get_mut(index),
        ) {
            (*class, *rank, *share) = (row.class, row.rank, row.cumulative_share);
        }
    }
    Ok(result)
}

//! The EOQ over a catalogue: `Q* = √(2DS / H)` for every item, from columns.

use super::column::{Column, HoldingCostColumns, Shape};
use super::lanes_batch::{LanesBatch, solve_batch};
use crate::error::Error;
use crate::inventory::{EoqInput, LotSizeCosts, eoq};
use crate::lanes::Lanes;

/// Inputs of [`eoq_batch`]: the fields of [`EoqInput`] (without lead time and working
/// days), each a [`Column`]. Every rate uses one planning period.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EoqBatchInput<'a> {
    /// `D`: demand, units per period. Field `demand`.
    pub demand: Column<'a>,
    /// `S`: cost of one order, money per order. Field `ordering_cost`.
    pub ordering_cost: Column<'a>,
    /// `H`, per unit or as a rate of the unit cost.
    pub holding_cost: HoldingCostColumns<'a>,
}

/// The EOQ of each item, one column per figure, in item order.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EoqBatch {
    /// `Q* = √(2DS / H)`, units per order.
    pub quantity: Vec<f64>,
    /// `TC = (D / Q*) S + (Q* / 2) H`, money per period (purchase cost excluded).
    pub total_cost: Vec<f64>,
    /// `N = D / Q*`, orders per period (the cycle time is `1 / N` periods).
    pub orders_per_period: Vec<f64>,
}

/// The economic order quantity of every item of a catalogue: for each item, what
/// [`eoq`](crate::inventory::eoq) gives for its `D`, `S` and `H` (the same code
/// computes both), in one pass.
///
/// - `Q* = √(2DS / H)`, `TC = (D / Q*) S + (Q* / 2) H`, `N = D / Q*`
///
/// # Errors
/// - the columns' errors (see the [module](crate::batch) docs): `invalid_input` when no
///   column has a value per item, `conflicting_fields` for columns of different
///   lengths, `too_large` past [`MAX_BATCH_ITEMS`](crate::batch::MAX_BATCH_ITEMS);
/// - the first bad item's error as [`eoq`](crate::inventory::eoq) gives it, placed at
///   the item: `not_positive` naming `demand[12]`; `ordering_cost` without an index
///   when one value stands for all items; `numeric_range` naming `[12]`.
///
/// # Examples
/// Heizer & Render, *Operations Management*, inventory chapter, Sharp, Inc. (`D` =
/// 1,000, `S` = $10, `H` = $0.50: `Q*` = 200) as the first item of a catalogue.
/// ```
/// use opscalc::batch::{Column, EoqBatchInput, HoldingCostColumns, eoq_batch};
/// let input = EoqBatchInput {
///     demand: Column::Each(&[1000.0, 4000.0]),
///     ordering_cost: Column::All(10.0),
///     holding_cost: HoldingCostColumns::PerUnit(Column::All(0.5)),
/// };
/// let result = eoq_batch(&input)?;
/// assert_eq!(result.quantity, [200.0, 400.0]);
/// assert_eq!(result.total_cost, [100.0, 200.0]);
/// assert_eq!(result.orders_per_period, [5.0, 10.0]);
///
/// let bad = EoqBatchInput { demand: Column::Each(&[1000.0, -1.0]), ..input };
/// assert_eq!(eoq_batch(&bad).unwrap_err().field(), "demand[1]");
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn eoq_batch(input: &EoqBatchInput<'_>) -> Result<EoqBatch, Error> {
    let items = shape(input)?.items;
    let mut result = EoqBatch {
        quantity: vec![0.0; items],
        total_cost: vec![0.0; items],
        orders_per_period: vec![0.0; items],
    };
    eoq_batch_into(
        input,
        EoqBatchOutput {
            quantity: &mut result.quantity,
            total_cost: &mut result.total_cost,
            orders_per_period: &mut result.orders_per_period,
        },
        0,
    )?;
    Ok(result)
}

fn shape(input: &EoqBatchInput<'_>) -> Result<Shape, Error> {
    let [holding_first, holding_second] = input.holding_cost.named();
    Shape::of(&[
        ("demand", input.demand),
        ("ordering_cost", input.ordering_cost),
        holding_first,
        holding_second,
    ])
}

/// Where [`eoq_batch_into`] writes: one slice per figure of [`EoqBatch`], each with one
/// entry per item.
#[derive(Debug)]
pub struct EoqBatchOutput<'a> {
    /// `Q*`, units per order.
    pub quantity: &'a mut [f64],
    /// `TC`, money per period.
    pub total_cost: &'a mut [f64],
    /// `N`, orders per period.
    pub orders_per_period: &'a mut [f64],
}

/// [`eoq_batch`] writing into `output` instead of new columns, for a batch taken in
/// parts: `first_index` is the number of the first item in error paths (0 for a whole
/// batch; 8192 for a part that starts at item 8192, so that its fourth item's error
/// names `demand[8195]`). Items before a bad one are written.
///
/// # Errors
/// Those of [`eoq_batch`]; and `invalid_input` naming the output field (`quantity`) when
/// an output slice's length differs from the number of items.
///
/// # Examples
/// ```
/// use opscalc::batch::{Column, EoqBatchInput, EoqBatchOutput, HoldingCostColumns, eoq_batch_into};
/// let input = EoqBatchInput {
///     demand: Column::Each(&[1000.0, 0.0]),
///     ordering_cost: Column::All(10.0),
///     holding_cost: HoldingCostColumns::PerUnit(Column::All(0.5)),
/// };
/// let (mut quantity, mut total_cost, mut orders) = ([0.0; 2], [0.0; 2], [0.0; 2]);
/// let output = EoqBatchOutput { quantity: &mut quantity, total_cost: &mut total_cost, orders_per_period: &mut orders };
/// let error = eoq_batch_into(&input, output, 100).unwrap_err();
/// assert_eq!(error.field(), "demand[101]");
/// assert_eq!(quantity[0], 200.0);
/// ```
pub fn eoq_batch_into(
    input: &EoqBatchInput<'_>,
    output: EoqBatchOutput<'_>,
    first_index: usize,
) -> Result<(), Error> {
    let shape = shape(input)?.numbered_from(first_index);
    shape.check_output("quantity", output.quantity)?;
    shape.check_output("total_cost", output.total_cost)?;
    shape.check_output("orders_per_period", output.orders_per_period)?;
    let outputs = [output.quantity, output.total_cost, output.orders_per_period];
    solve_batch(input, outputs, &shape)
}

impl LanesBatch<3, 3> for EoqBatchInput<'_> {
    fn arrays(&self) -> Option<[&[f64]; 3]> {
        match (self.demand, self.ordering_cost, self.holding_cost) {
            (
                Column::Each(demand),
                Column::Each(ordering_cost),
                HoldingCostColumns::PerUnit(Column::Each(holding_cost)),
            ) => Some([demand, ordering_cost, holding_cost]),
            _ => None,
        }
    }

    #[inline(always)]
    fn solve_group<L: Lanes>(arrays: &[&[L::Group]; 3], group: usize) -> Option<[L; 3]> {
        let [demand, ordering_cost, holding_cost] = arrays;
        let holding_cost = L::of_group(holding_cost.get(group)?);
        surely_accepted(
            L::of_group(demand.get(group)?),
            L::of_group(ordering_cost.get(group)?),
            holding_cost,
            holding_cost.gt(0.0),
        )
    }

    #[inline(always)]
    fn solve_lanes<L: Lanes>(&self, index: usize) -> Option<[L; 3]> {
        let (holding_cost, holding_positive) = self.holding_cost.lanes_per_unit::<L>(index)?;
        surely_accepted(
            self.demand.lanes::<L>(index)?,
            self.ordering_cost.lanes::<L>(index)?,
            holding_cost,
            holding_positive,
        )
    }

    fn solve_item(&self, index: usize) -> Result<[f64; 3], Error> {
        let item = EoqInput::new(
            self.demand.at(index),
            self.ordering_cost.at(index),
            self.holding_cost.at(index),
        );
        let solution = eoq(&item)?;
        Ok([
            solution.quantity,
            solution.total_cost,
            solution.orders_per_period,
        ])
    }
}

/// `Q*`, the total cost and `N` of lanes of `D`, `S` and `H` (with the lanes where
/// `H`'s fields are above zero), when `eoq` surely accepts every lane: each input above
/// zero and `LotSizeSolution::surely_accepted`.
#[inline(always)]
fn surely_accepted<L: Lanes>(
    demand: L,
    ordering_cost: L,
    holding_cost: L,
    holding_positive: L::Mask,
) -> Option<[L; 3]> {
    let costs = LotSizeCosts {
        demand,
        ordering_cost,
        holding_cost,
    };
    let solution = costs.unchecked_solution();
    let accepted =
        demand.gt(0.0) & ordering_cost.gt(0.0) & holding_positive & solution.surely_accepted();
    L::all(accepted).then_some([
        solution.quantity,
        solution.total_cost,
        solution.orders_per_period,
    ])
}

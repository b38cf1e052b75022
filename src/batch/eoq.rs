//! The EOQ over a catalogue: `Q* = √(2DS / H)` for every item, from columns.

use super::column::{Column, HoldingCostColumns, Shape};
use crate::error::Error;
use crate::inventory::{EoqInput, LotSizeCosts, LotSizeSolution, eoq};
use crate::lanes::{Lanes, Wide};

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
    mut output: EoqBatchOutput<'_>,
    first_index: usize,
) -> Result<(), Error> {
    let shape = shape(input)?.numbered_from(first_index);
    shape.check_output("quantity", output.quantity)?;
    shape.check_output("total_cost", output.total_cost)?;
    shape.check_output("orders_per_period", output.orders_per_period)?;
    let mut index = match (input.demand, input.ordering_cost, input.holding_cost) {
        (
            Column::Each(demand),
            Column::Each(ordering_cost),
            HoldingCostColumns::PerUnit(Column::Each(holding_cost)),
        ) => solve_groups::<Wide>([demand, ordering_cost, holding_cost], &mut output),
        _ => 0,
    };
    while index < shape.items {
        if solve_lanes::<Wide>(input, &mut output, index) {
            index += Wide::WIDTH;
        } else {
            solve_item(input, &mut output, index).map_err(|error| shape.locate(error, index))?;
            index += 1;
        }
    }
    Ok(())
}

/// Items `index..index + L::WIDTH` at once, written when `eoq` surely accepts every one
/// of them (plain comparisons: each input above zero and
/// `LotSizeSolution::surely_accepted`); whether it wrote them. `false` past the end,
/// and for lanes the single call must look at.
#[inline(always)]
fn solve_lanes<L: Lanes>(
    input: &EoqBatchInput<'_>,
    output: &mut EoqBatchOutput<'_>,
    index: usize,
) -> bool {
    let (Some(demand), Some(ordering_cost), Some((holding_cost, holding_positive))) = (
        input.demand.lanes::<L>(index),
        input.ordering_cost.lanes::<L>(index),
        input.holding_cost.lanes_per_unit::<L>(index),
    ) else {
        return false;
    };
    let Some(solution) = surely_accepted(demand, ordering_cost, holding_cost, holding_positive)
    else {
        return false;
    };
    output.store(
        index,
        [
            solution.quantity,
            solution.total_cost,
            solution.orders_per_period,
        ],
    );
    true
}

/// The items of all-array columns (the holding cost per unit), a group of `L::WIDTH`
/// at a time, up to the first group the fast check fails or the last whole group; how
/// many items it wrote. The common case without a branch per column per group: in wasm,
/// where the size-first build keeps [`solve_lanes`]' `match` on every column, this loop
/// takes about a third less time per item.
fn solve_groups<L: Lanes>(inputs: [&[f64]; 3], output: &mut EoqBatchOutput<'_>) -> usize {
    let [demand, ordering_cost, holding_cost] = inputs.map(L::groups);
    let quantity = L::groups_mut(output.quantity);
    let total_cost = L::groups_mut(output.total_cost);
    let orders_per_period = L::groups_mut(output.orders_per_period);
    for group in 0..demand.len() {
        let (
            Some(demand),
            Some(ordering_cost),
            Some(holding_cost),
            Some(quantity),
            Some(total_cost),
            Some(orders_per_period),
        ) = (
            demand.get(group),
            ordering_cost.get(group),
            holding_cost.get(group),
            quantity.get_mut(group),
            total_cost.get_mut(group),
            orders_per_period.get_mut(group),
        )
        else {
            return group * L::WIDTH;
        };
        let holding_cost = L::of_group(holding_cost);
        let Some(solution) = surely_accepted(
            L::of_group(demand),
            L::of_group(ordering_cost),
            holding_cost,
            holding_cost.gt(0.0),
        ) else {
            return group * L::WIDTH;
        };
        solution.quantity.to_group(quantity);
        solution.total_cost.to_group(total_cost);
        solution.orders_per_period.to_group(orders_per_period);
    }
    demand.len() * L::WIDTH
}

/// The solution of lanes of `D`, `S` and `H` (with the lanes where `H`'s fields are above
/// zero), when `eoq` surely accepts every lane: each input above zero and
/// `LotSizeSolution::surely_accepted`.
#[inline(always)]
fn surely_accepted<L: Lanes>(
    demand: L,
    ordering_cost: L,
    holding_cost: L,
    holding_positive: L::Mask,
) -> Option<LotSizeSolution<L>> {
    let costs = LotSizeCosts {
        demand,
        ordering_cost,
        holding_cost,
    };
    let solution = costs.unchecked_solution();
    let accepted =
        demand.gt(0.0) & ordering_cost.gt(0.0) & holding_positive & solution.surely_accepted();
    L::all(accepted).then_some(solution)
}

/// Item `index` through [`eoq`] itself, with its checks: written, or its error.
#[cold]
#[inline(never)]
fn solve_item(
    input: &EoqBatchInput<'_>,
    output: &mut EoqBatchOutput<'_>,
    index: usize,
) -> Result<(), Error> {
    let item = EoqInput::new(
        input.demand.at(index),
        input.ordering_cost.at(index),
        input.holding_cost.at(index),
    );
    let solution = eoq(&item)?;
    output.store(
        index,
        [
            solution.quantity,
            solution.total_cost,
            solution.orders_per_period,
        ],
    );
    Ok(())
}

impl EoqBatchOutput<'_> {
    /// Writes `Q*`, the total cost and `N` of items `index..index + L::WIDTH`.
    #[inline(always)]
    fn store<L: Lanes>(&mut self, index: usize, [quantity, total_cost, orders]: [L; 3]) {
        quantity.store(self.quantity, index);
        total_cost.store(self.total_cost, index);
        orders.store(self.orders_per_period, index);
    }
}

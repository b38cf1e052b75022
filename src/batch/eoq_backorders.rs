//! The EOQ with planned backorders over a catalogue: `Q* = √(2DS / H × (H + B) / B)` and
//! `b* = Q* H / (H + B)` for every item, from columns.

use super::column::{Column, HoldingCostColumns, Shape};
use super::lanes_batch::{LanesBatch, solve_batch};
use crate::error::Error;
use crate::inventory::{
    EoqBackordersInput, backorder_split, eoq_backorders, unchecked_backorder_costs,
};
use crate::lanes::Lanes;

/// Inputs of [`eoq_backorders_batch`]: the fields of [`EoqBackordersInput`] (without
/// working days), each a [`Column`]. Every rate uses one planning period.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EoqBackordersBatchInput<'a> {
    /// `D`: demand, units per period. Field `demand`.
    pub demand: Column<'a>,
    /// `S`: cost of placing one order, money per order. Field `ordering_cost`.
    pub ordering_cost: Column<'a>,
    /// `H`, per unit or as a rate of the unit cost.
    pub holding_cost: HoldingCostColumns<'a>,
    /// `B`: cost of keeping one unit backordered for one period, money per unit per
    /// period. Field `backorder_cost`.
    pub backorder_cost: Column<'a>,
}

/// The backorder model's solution for each item, one column per figure, in item order.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EoqBackordersBatch {
    /// `Q* = √(2DS / H × (H + B) / B)`, units per order.
    pub quantity: Vec<f64>,
    /// `b* = Q* H / (H + B)`, the most units backordered, just before an order arrives.
    pub max_backorder: Vec<f64>,
    /// Ordering plus holding plus backorder cost, money per period (purchase cost excluded).
    pub total_cost: Vec<f64>,
    /// `N = D / Q*`, orders per period.
    pub orders_per_period: Vec<f64>,
}

/// Where [`eoq_backorders_batch_into`] writes: one slice per figure of
/// [`EoqBackordersBatch`], each with one entry per item.
#[derive(Debug)]
pub struct EoqBackordersBatchOutput<'a> {
    /// `Q*`, units per order.
    pub quantity: &'a mut [f64],
    /// `b*`, units.
    pub max_backorder: &'a mut [f64],
    /// `TC`, money per period.
    pub total_cost: &'a mut [f64],
    /// `N`, orders per period.
    pub orders_per_period: &'a mut [f64],
}

/// The EOQ with planned backorders of every item of a catalogue: for each item what
/// [`eoq_backorders`] gives for its `D`, `S`, `H` and `B` (the same code computes both:
/// its checks as plain comparisons, then its arithmetic; an item that fails them gets
/// the single call's error).
///
/// - `Q* = √(2DS / H × (H + B) / B)`, `b* = Q* H / (H + B)`, `N = D / Q*`
/// - `TC = (D / Q*) S + (Q* − b*)² / (2Q*) × H + b*² / (2Q*) × B`
///
/// # Errors
/// - the columns' errors (see the [module](crate::batch) docs);
/// - the first bad item's error as [`eoq_backorders`] gives it, placed at the item:
///   `not_positive` naming `backorder_cost[12]`; `ordering_cost` without an index when
///   one value stands for all items; `numeric_range` naming `[12]`.
///
/// # Examples
/// Anderson, Sweeney & Williams, *An Introduction to Management Science*, inventory
/// chapter, Higley Radio Components: `D` = 2,000 a year, `S` = $25, `H` = 20 % of $50,
/// `B` = $30. Published: `Q*` ≈ 115.47, `b*` ≈ 28.87, `TC` ≈ $866; as the first item.
/// ```
/// use opscalc::batch::{Column, EoqBackordersBatchInput, HoldingCostColumns, eoq_backorders_batch};
/// let input = EoqBackordersBatchInput {
///     demand: Column::Each(&[2000.0, 8000.0]),
///     ordering_cost: Column::All(25.0),
///     holding_cost: HoldingCostColumns::Rate { rate: Column::All(0.2), unit_cost: Column::All(50.0) },
///     backorder_cost: Column::All(30.0),
/// };
/// let result = eoq_backorders_batch(&input)?;
/// assert_eq!(format!("{:.2} {:.2}", result.quantity[0], result.max_backorder[0]), "115.47 28.87");
/// assert!((result.total_cost[0] - 750_000.0_f64.sqrt()).abs() < 1e-9);
/// assert!((result.quantity[1] - 2.0 * result.quantity[0]).abs() < 1e-9);
///
/// let bad = EoqBackordersBatchInput { backorder_cost: Column::Each(&[30.0, 0.0]), ..input };
/// assert_eq!(eoq_backorders_batch(&bad).unwrap_err().field(), "backorder_cost[1]");
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn eoq_backorders_batch(
    input: &EoqBackordersBatchInput<'_>,
) -> Result<EoqBackordersBatch, Error> {
    let items = shape(input)?.items;
    let mut result = EoqBackordersBatch {
        quantity: vec![0.0; items],
        max_backorder: vec![0.0; items],
        total_cost: vec![0.0; items],
        orders_per_period: vec![0.0; items],
    };
    eoq_backorders_batch_into(
        input,
        EoqBackordersBatchOutput {
            quantity: &mut result.quantity,
            max_backorder: &mut result.max_backorder,
            total_cost: &mut result.total_cost,
            orders_per_period: &mut result.orders_per_period,
        },
        0,
    )?;
    Ok(result)
}

fn shape(input: &EoqBackordersBatchInput<'_>) -> Result<Shape, Error> {
    let [holding_first, holding_second] = input.holding_cost.named();
    Shape::of(&[
        ("demand", input.demand),
        ("ordering_cost", input.ordering_cost),
        holding_first,
        holding_second,
        ("backorder_cost", input.backorder_cost),
    ])
}

/// [`eoq_backorders_batch`] writing into `output`, for a batch taken in parts:
/// `first_index` numbers the first item in error paths (see
/// [`eoq_batch_into`](crate::batch::eoq_batch_into)). Items before a bad one are
/// written.
///
/// # Errors
/// Those of [`eoq_backorders_batch`]; and `invalid_input` naming the output field
/// (`quantity`) when an output slice has not one entry per item.
///
/// # Examples
/// ```
/// use opscalc::batch::{Column, EoqBackordersBatchInput, EoqBackordersBatchOutput, HoldingCostColumns, eoq_backorders_batch_into};
/// let input = EoqBackordersBatchInput {
///     demand: Column::Each(&[500.0, -1.0]),
///     ordering_cost: Column::All(5.0),
///     holding_cost: HoldingCostColumns::PerUnit(Column::All(1.0)),
///     backorder_cost: Column::All(1.0),
/// };
/// let (mut q, mut b, mut tc, mut n) = ([0.0; 2], [0.0; 2], [0.0; 2], [0.0; 2]);
/// let output = EoqBackordersBatchOutput { quantity: &mut q, max_backorder: &mut b, total_cost: &mut tc, orders_per_period: &mut n };
/// let error = eoq_backorders_batch_into(&input, output, 10).unwrap_err();
/// assert_eq!(error.field(), "demand[11]");
/// assert_eq!((q[0], b[0]), (100.0, 50.0));
/// ```
pub fn eoq_backorders_batch_into(
    input: &EoqBackordersBatchInput<'_>,
    output: EoqBackordersBatchOutput<'_>,
    first_index: usize,
) -> Result<(), Error> {
    let shape = shape(input)?.numbered_from(first_index);
    shape.check_output("quantity", output.quantity)?;
    shape.check_output("max_backorder", output.max_backorder)?;
    shape.check_output("total_cost", output.total_cost)?;
    shape.check_output("orders_per_period", output.orders_per_period)?;
    let outputs = [
        output.quantity,
        output.max_backorder,
        output.total_cost,
        output.orders_per_period,
    ];
    solve_batch(input, outputs, &shape)
}

impl LanesBatch<4, 4> for EoqBackordersBatchInput<'_> {
    fn arrays(&self) -> Option<[&[f64]; 4]> {
        match (
            self.demand,
            self.ordering_cost,
            self.holding_cost,
            self.backorder_cost,
        ) {
            (
                Column::Each(demand),
                Column::Each(ordering_cost),
                HoldingCostColumns::PerUnit(Column::Each(holding_cost)),
                Column::Each(backorder_cost),
            ) => Some([demand, ordering_cost, holding_cost, backorder_cost]),
            _ => None,
        }
    }

    #[inline(always)]
    fn solve_group<L: Lanes>(arrays: &[&[L::Group]; 4], group: usize) -> Option<[L; 4]> {
        let [demand, ordering_cost, holding_cost, backorder_cost] = arrays;
        let holding_cost = L::of_group(holding_cost.get(group)?);
        surely_accepted(
            L::of_group(demand.get(group)?),
            L::of_group(ordering_cost.get(group)?),
            (holding_cost, holding_cost.gt(0.0)),
            L::of_group(backorder_cost.get(group)?),
        )
    }

    #[inline(always)]
    fn solve_lanes<L: Lanes>(&self, index: usize) -> Option<[L; 4]> {
        surely_accepted(
            self.demand.lanes::<L>(index)?,
            self.ordering_cost.lanes::<L>(index)?,
            self.holding_cost.lanes_per_unit::<L>(index)?,
            self.backorder_cost.lanes::<L>(index)?,
        )
    }

    fn solve_item(&self, index: usize) -> Result<[f64; 4], Error> {
        let item = EoqBackordersInput::new(
            self.demand.at(index),
            self.ordering_cost.at(index),
            self.holding_cost.at(index),
            self.backorder_cost.at(index),
        );
        let result = eoq_backorders(&item)?;
        Ok([
            result.quantity,
            result.max_backorder,
            result.total_cost,
            result.orders_per_period,
        ])
    }
}

/// `Q*`, `b*`, the total cost and `N` of lanes of `D`, `S`, `H` (with the lanes where
/// `H`'s fields are above zero) and `B`, when `eoq_backorders` surely accepts every
/// lane: `D`, `S`, `B`, `H / (H + B)` (so `B` finite) and `H B / (H + B)` above zero,
/// `LotSizeSolution::surely_accepted` for the EOQ with that holding cost, the holding
/// cost per period above zero and the total cost finite (so it is above zero too).
#[inline(always)]
fn surely_accepted<L: Lanes>(
    demand: L,
    ordering_cost: L,
    (holding_cost, holding_positive): (L, L::Mask),
    backorder_cost: L,
) -> Option<[L; 4]> {
    let (costs, backorder_share, stock_share) =
        unchecked_backorder_costs(demand, ordering_cost, holding_cost, backorder_cost);
    let solution = costs.unchecked_solution();
    let split = backorder_split(
        solution.quantity,
        solution.ordering_cost_per_period,
        solution.holding_cost_per_period,
        stock_share,
        backorder_share,
    );
    let accepted = demand.gt(0.0)
        & ordering_cost.gt(0.0)
        & holding_positive
        & backorder_cost.gt(0.0)
        & backorder_share.gt(0.0)
        & costs.holding_cost.gt(0.0)
        & solution.surely_accepted()
        & split.holding_cost_per_period.gt(0.0)
        & split.total_cost.lt(f64::INFINITY);
    L::all(accepted).then_some([
        solution.quantity,
        split.max_backorder,
        split.total_cost,
        solution.orders_per_period,
    ])
}

//! The economic production quantity (EPQ) over a catalogue: `Q* = √(2DS / (H (1 − D/p)))`
//! for every item, from columns.

use super::column::{Column, HoldingCostColumns, Shape};
use super::lanes_batch::{LanesBatch, solve_batch};
use crate::error::Error;
use crate::inventory::{
    ProductionOrderQuantityInput, production_order_quantity, run_max_inventory, unchecked_epq_costs,
};
use crate::lanes::Lanes;

/// Inputs of [`production_order_quantity_batch`]: the fields of
/// [`ProductionOrderQuantityInput`] (without working days), each a [`Column`]. Every
/// rate uses one planning period: `demand` and `production_rate` in units per period.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProductionOrderQuantityBatchInput<'a> {
    /// `D`: demand (usage), units per period. Field `demand`.
    pub demand: Column<'a>,
    /// `p`: production rate while a run is on, units per period; above `D`. Field
    /// `production_rate`.
    pub production_rate: Column<'a>,
    /// `S`: cost of setting up one production run, money per run. Field `setup_cost`.
    pub setup_cost: Column<'a>,
    /// `H`, per unit or as a rate of the unit cost.
    pub holding_cost: HoldingCostColumns<'a>,
}

/// The EPQ of each item, one column per figure, in item order.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProductionOrderQuantityBatch {
    /// `Q* = √(2DS / (H (1 − D/p)))`, units per run.
    pub quantity: Vec<f64>,
    /// `TC = (D / Q*) S + (I_max / 2) H`, money per period (production cost excluded).
    pub total_cost: Vec<f64>,
    /// `I_max = Q* (1 − D/p)`, the stock at the end of a run, units.
    pub max_inventory: Vec<f64>,
    /// `D / Q*`, production runs per period.
    pub runs_per_period: Vec<f64>,
}

/// Where [`production_order_quantity_batch_into`] writes: one slice per figure of
/// [`ProductionOrderQuantityBatch`], each with one entry per item.
#[derive(Debug)]
pub struct ProductionOrderQuantityBatchOutput<'a> {
    /// `Q*`, units per run.
    pub quantity: &'a mut [f64],
    /// `TC`, money per period.
    pub total_cost: &'a mut [f64],
    /// `I_max`, units.
    pub max_inventory: &'a mut [f64],
    /// Runs per period.
    pub runs_per_period: &'a mut [f64],
}

/// The economic production quantity of every item of a catalogue: for each item what
/// [`production_order_quantity`] gives for its `D`, `p`, `S` and `H` (the same code
/// computes both: its checks as plain comparisons, then its arithmetic; an item that
/// fails them gets the single call's error).
///
/// - `Q* = √(2DS / (H (1 − D/p)))`, `I_max = Q* (1 − D/p)`
/// - `TC = (D / Q*) S + (I_max / 2) H`, `D / Q*` runs per period
///
/// # Errors
/// - the columns' errors (see the [module](crate::batch) docs);
/// - the first bad item's error as [`production_order_quantity`] gives it, placed at
///   the item: `not_positive` naming `demand[12]`; `out_of_range` naming
///   `production_rate[12]` when it does not exceed the demand; `setup_cost` without an
///   index when one value stands for all items; `numeric_range` naming `[12]`.
///
/// # Examples
/// Stevenson, *Operations Management*, inventory chapter: 48,000 rubber wheels a year,
/// made at 800 a day over 240 days (`p` = 192,000 a year), `S` = $45, `H` = $1: `Q*` =
/// 2,400, `I_max` = 1,800, `TC` = $1,800; as the first item of a catalogue.
/// ```
/// use opscalc::batch::{Column, HoldingCostColumns, ProductionOrderQuantityBatchInput, production_order_quantity_batch};
/// let input = ProductionOrderQuantityBatchInput {
///     demand: Column::Each(&[48_000.0, 96_000.0]),
///     production_rate: Column::All(192_000.0),
///     setup_cost: Column::All(45.0),
///     holding_cost: HoldingCostColumns::PerUnit(Column::All(1.0)),
/// };
/// let result = production_order_quantity_batch(&input)?;
/// assert_eq!(result.quantity[0], 2400.0);
/// assert_eq!(result.max_inventory[0], 1800.0);
/// assert_eq!(result.total_cost[0], 1800.0);
/// assert_eq!(result.runs_per_period[0], 20.0);
///
/// let bad = ProductionOrderQuantityBatchInput { demand: Column::Each(&[48_000.0, 200_000.0]), ..input };
/// let error = production_order_quantity_batch(&bad).unwrap_err();
/// assert_eq!((error.code().as_str(), error.field()), ("out_of_range", "production_rate[1]"));
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn production_order_quantity_batch(
    input: &ProductionOrderQuantityBatchInput<'_>,
) -> Result<ProductionOrderQuantityBatch, Error> {
    let items = shape(input)?.items;
    let mut result = ProductionOrderQuantityBatch {
        quantity: vec![0.0; items],
        total_cost: vec![0.0; items],
        max_inventory: vec![0.0; items],
        runs_per_period: vec![0.0; items],
    };
    production_order_quantity_batch_into(
        input,
        ProductionOrderQuantityBatchOutput {
            quantity: &mut result.quantity,
            total_cost: &mut result.total_cost,
            max_inventory: &mut result.max_inventory,
            runs_per_period: &mut result.runs_per_period,
        },
        0,
    )?;
    Ok(result)
}

fn shape(input: &ProductionOrderQuantityBatchInput<'_>) -> Result<Shape, Error> {
    let [holding_first, holding_second] = input.holding_cost.named();
    Shape::of(&[
        ("demand", input.demand),
        ("production_rate", input.production_rate),
        ("setup_cost", input.setup_cost),
        holding_first,
        holding_second,
    ])
}

/// [`production_order_quantity_batch`] writing into `output`, for a batch taken in
/// parts: `first_index` numbers the first item in error paths (see
/// [`eoq_batch_into`](crate::batch::eoq_batch_into)). Items before a bad one are
/// written.
///
/// # Errors
/// Those of [`production_order_quantity_batch`]; and `invalid_input` naming the output
/// field (`quantity`) when an output slice has not one entry per item.
///
/// # Examples
/// ```
/// use opscalc::batch::{Column, HoldingCostColumns, ProductionOrderQuantityBatchInput, ProductionOrderQuantityBatchOutput, production_order_quantity_batch_into};
/// let input = ProductionOrderQuantityBatchInput {
///     demand: Column::Each(&[48_000.0, 0.0]),
///     production_rate: Column::All(192_000.0),
///     setup_cost: Column::All(45.0),
///     holding_cost: HoldingCostColumns::PerUnit(Column::All(1.0)),
/// };
/// let (mut q, mut tc, mut max, mut runs) = ([0.0; 2], [0.0; 2], [0.0; 2], [0.0; 2]);
/// let output = ProductionOrderQuantityBatchOutput { quantity: &mut q, total_cost: &mut tc, max_inventory: &mut max, runs_per_period: &mut runs };
/// let error = production_order_quantity_batch_into(&input, output, 4096).unwrap_err();
/// assert_eq!(error.field(), "demand[4097]");
/// assert_eq!(q[0], 2400.0);
/// ```
pub fn production_order_quantity_batch_into(
    input: &ProductionOrderQuantityBatchInput<'_>,
    output: ProductionOrderQuantityBatchOutput<'_>,
    first_index: usize,
) -> Result<(), Error> {
    let shape = shape(input)?.numbered_from(first_index);
    shape.check_output("quantity", output.quantity)?;
    shape.check_output("total_cost", output.total_cost)?;
    shape.check_output("max_inventory", output.max_inventory)?;
    shape.check_output("runs_per_period", output.runs_per_period)?;
    let outputs = [
        output.quantity,
        output.total_cost,
        output.max_inventory,
        output.runs_per_period,
    ];
    solve_batch(input, outputs, &shape)
}

impl LanesBatch<4, 4> for ProductionOrderQuantityBatchInput<'_> {
    fn arrays(&self) -> Option<[&[f64]; 4]> {
        match (
            self.demand,
            self.production_rate,
            self.setup_cost,
            self.holding_cost,
        ) {
            (
                Column::Each(demand),
                Column::Each(production_rate),
                Column::Each(setup_cost),
                HoldingCostColumns::PerUnit(Column::Each(holding_cost)),
            ) => Some([demand, production_rate, setup_cost, holding_cost]),
            _ => None,
        }
    }

    #[inline(always)]
    fn solve_group<L: Lanes>(arrays: &[&[L::Group]; 4], group: usize) -> Option<[L; 4]> {
        let [demand, production_rate, setup_cost, holding_cost] = arrays;
        let holding_cost = L::of_group(holding_cost.get(group)?);
        surely_accepted(
            L::of_group(demand.get(group)?),
            L::of_group(production_rate.get(group)?),
            L::of_group(setup_cost.get(group)?),
            (holding_cost, holding_cost.gt(0.0)),
        )
    }

    #[inline(always)]
    fn solve_lanes<L: Lanes>(&self, index: usize) -> Option<[L; 4]> {
        surely_accepted(
            self.demand.lanes::<L>(index)?,
            self.production_rate.lanes::<L>(index)?,
            self.setup_cost.lanes::<L>(index)?,
            self.holding_cost.lanes_per_unit::<L>(index)?,
        )
    }

    fn solve_item(&self, index: usize) -> Result<[f64; 4], Error> {
        let item = ProductionOrderQuantityInput::new(
            self.demand.at(index),
            self.production_rate.at(index),
            self.setup_cost.at(index),
            self.holding_cost.at(index),
        );
        let result = production_order_quantity(&item)?;
        Ok([
            result.quantity,
            result.total_cost,
            result.max_inventory,
            result.runs_per_period,
        ])
    }
}

/// `Q*`, the total cost, `I_max` and the runs per period of lanes of `D`, `p`, `S` and
/// `H` (with the lanes where `H`'s fields are above zero), when
/// `production_order_quantity` surely accepts every lane: `D`, `p`, `S`, `1 − D/p` (so
/// `p` above `D`) and `H (1 − D/p)` above zero, and `LotSizeSolution::surely_accepted` for
/// the EOQ with that holding cost (an infinite `p` makes `1 − D/p` NaN).
#[inline(always)]
fn surely_accepted<L: Lanes>(
    demand: L,
    production_rate: L,
    setup_cost: L,
    (holding_cost, holding_positive): (L, L::Mask),
) -> Option<[L; 4]> {
    let (costs, build_up_fraction) =
        unchecked_epq_costs(demand, production_rate, setup_cost, holding_cost);
    let solution = costs.unchecked_solution();
    let accepted = demand.gt(0.0)
        & production_rate.gt(0.0)
        & setup_cost.gt(0.0)
        & holding_positive
        & build_up_fraction.gt(0.0)
        & costs.holding_cost.gt(0.0)
        & solution.surely_accepted();
    L::all(accepted).then_some([
        solution.quantity,
        solution.total_cost,
        run_max_inventory(solution.quantity, build_up_fraction),
        solution.orders_per_period,
    ])
}

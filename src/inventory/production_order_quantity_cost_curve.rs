//! The EPQ cost curve: setup, holding and total cost over a range of lot sizes, and the
//! penalty for producing `Q` instead of `Q*`.

use crate::error::Error;
use crate::inventory::{CostCurveInput, ProductionOrderQuantityInput, eoq_cost_curve};

/// The EPQ model and the lot sizes to evaluate its cost at (see [`CostCurveInput`]).
pub type ProductionOrderQuantityCostCurveInput = CostCurveInput<ProductionOrderQuantityInput>;

/// Costs per period at each sampled lot size, as columns of equal length, with the
/// optimum for reference.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ProductionOrderQuantityCostCurve {
    /// Lot sizes `Q`, units, ascending.
    pub quantity: Vec<f64>,
    /// `(D / Q) S` at each `Q`, money per period.
    pub setup_cost_per_period: Vec<f64>,
    /// `(I_max / 2) H = (Q / 2) H (1 − D/p)` at each `Q`, money per period.
    pub holding_cost_per_period: Vec<f64>,
    /// Setup plus holding cost at each `Q`, money per period.
    pub total_cost: Vec<f64>,
    /// `TC(Q) / TC(Q*) − 1` at each `Q`: the share by which a lot of `Q` instead of `Q*`
    /// raises cost (0.25 means 25 % more).
    pub cost_penalty: Vec<f64>,
    /// `Q*`, units.
    pub optimal_quantity: f64,
    /// `TC(Q*)`, money per period.
    pub minimum_total_cost: f64,
}

/// Setup, holding and total cost per period over a range of lot sizes, for charts and
/// for the cost of deviating from the EPQ.
///
/// At each `Q`: setup `(D / Q) S`, holding `(Q / 2) H (1 − D/p)` (the average stock
/// `I_max / 2` times `H`), total their sum, penalty `TC(Q) / TC(Q*) − 1`. These are the
/// EOQ's costs with holding cost `H (1 − D/p)`, so the curve is the
/// [`eoq_cost_curve`](crate::inventory::eoq_cost_curve()) of that model.
///
/// # Errors
/// - any error of [`production_order_quantity`](crate::inventory::production_order_quantity()),
///   its field under `model` (`model.production_rate`);
/// - the range errors of [`eoq_cost_curve`](crate::inventory::eoq_cost_curve()) naming
///   `min_quantity`, `max_quantity` or `points`;
/// - `numeric_range` when a cost, or a cost's ratio to the optimum's (the penalty),
///   overflows `f64`.
///
/// # Examples
/// Stevenson's toy wheels (`D` = 48,000, `p` = 192,000 a year, `S` = $45, `H` = $1):
/// runs of 1,200 or 4,800 instead of 2,400 each cost 25 % more.
/// ```
/// use opscalc::inventory::{
///     production_order_quantity_cost_curve, HoldingCost, ProductionOrderQuantityCostCurveInput,
///     ProductionOrderQuantityInput,
/// };
/// let model = ProductionOrderQuantityInput::new(48_000.0, 192_000.0, 45.0, HoldingCost::PerUnit(1.0));
/// let curve = production_order_quantity_cost_curve(&ProductionOrderQuantityCostCurveInput {
///     min_quantity: Some(1200.0),
///     max_quantity: Some(4800.0),
///     points: Some(4),
///     ..ProductionOrderQuantityCostCurveInput::new(model)
/// })?;
/// assert_eq!(curve.quantity, vec![1200.0, 2400.0, 3600.0, 4800.0]);
/// assert_eq!(curve.total_cost, vec![2250.0, 1800.0, 1950.0, 2250.0]);
/// assert_eq!(curve.cost_penalty[0], 0.25);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn production_order_quantity_cost_curve(
    input: &ProductionOrderQuantityCostCurveInput,
) -> Result<ProductionOrderQuantityCostCurve, Error> {
    let equivalent = input
        .model
        .equivalent_eoq()
        .map_err(|error| error.within("model"))?;
    let curve = eoq_cost_curve(&input.with_model(equivalent.model))?;
    Ok(ProductionOrderQuantityCostCurve {
        quantity: curve.quantity,
        setup_cost_per_period: curve.ordering_cost_per_period,
        holding_cost_per_period: curve.holding_cost_per_period,
        total_cost: curve.total_cost,
        cost_penalty: curve.cost_penalty,
        optimal_quantity: curve.optimal_quantity,
        minimum_total_cost: curve.minimum_total_cost,
    })
}

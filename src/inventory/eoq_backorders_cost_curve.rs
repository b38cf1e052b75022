//! The cost curve of the EOQ with planned backorders: at each lot size, the costs with
//! the best backorder level for that lot, and the penalty against the optimum.

use crate::error::Error;
use crate::inventory::{CostCurveInput, EoqBackordersInput, eoq_cost_curve};

/// The backorder model and the lot sizes to evaluate its cost at (see [`CostCurveInput`]).
pub type EoqBackordersCostCurveInput = CostCurveInput<EoqBackordersInput>;

/// Costs per period at each sampled lot size, each with the backorder level that is best
/// for that lot, as columns of equal length, with the optimum for reference.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct EoqBackordersCostCurve {
    /// Lot sizes `Q`, units, ascending.
    pub quantity: Vec<f64>,
    /// `b = Q H / (H + B)` at each `Q`: the backorder level that is cheapest for that
    /// lot, units.
    pub max_backorder: Vec<f64>,
    /// `(D / Q) S` at each `Q`, money per period.
    pub ordering_cost_per_period: Vec<f64>,
    /// `(Q − b)² / (2Q) × H` at each `Q`, money per period.
    pub holding_cost_per_period: Vec<f64>,
    /// `b² / (2Q) × B` at each `Q`, money per period.
    pub backorder_cost_per_period: Vec<f64>,
    /// Ordering plus holding plus backorder cost at each `Q`, money per period.
    pub total_cost: Vec<f64>,
    /// `TC(Q) / TC(Q*) − 1` at each `Q`: the share by which ordering `Q` instead of `Q*`
    /// raises cost (0.25 means 25 % more).
    pub cost_penalty: Vec<f64>,
    /// `Q*`, units.
    pub optimal_quantity: f64,
    /// `TC(Q*)`, money per period.
    pub minimum_total_cost: f64,
}

/// Ordering, holding, backorder and total cost per period over a range of lot sizes,
/// each lot with its best backorder level `b = Q H / (H + B)`.
///
/// With that `b`, holding plus backorder cost is `(Q / 2) H B / (H + B)`, of which
/// holding is the share `B / (H + B)` and backorders the share `H / (H + B)`: the
/// total is the EOQ's cost with holding cost `H B / (H + B)`, so the curve is the
/// [`eoq_cost_curve`](crate::inventory::eoq_cost_curve()) of that model with its
/// holding column split in two.
///
/// # Errors
/// - any error of [`eoq_backorders`](crate::inventory::eoq_backorders()), its field
///   under `model` (`model.backorder_cost`);
/// - the range errors of [`eoq_cost_curve`](crate::inventory::eoq_cost_curve()) naming
///   `min_quantity`, `max_quantity` or `points`;
/// - `numeric_range` when a cost, or a cost's ratio to the optimum's (the penalty),
///   overflows `f64`.
///
/// # Examples
/// With `H = B` the best backorder is half of each lot; `D` = 500, `S` = $5, `H = B` =
/// $1 gives `Q*` = 100 at $50 a year; lots of 50 or 200 cost 25 % more.
/// ```
/// use opscalc::inventory::{
///     eoq_backorders_cost_curve, EoqBackordersCostCurveInput, EoqBackordersInput, HoldingCost,
/// };
/// let model = EoqBackordersInput::new(500.0, 5.0, HoldingCost::PerUnit(1.0), 1.0);
/// let curve = eoq_backorders_cost_curve(&EoqBackordersCostCurveInput {
///     min_quantity: Some(50.0),
///     max_quantity: Some(200.0),
///     points: Some(4),
///     ..EoqBackordersCostCurveInput::new(model)
/// })?;
/// assert_eq!(curve.quantity, vec![50.0, 100.0, 150.0, 200.0]);
/// assert_eq!(curve.max_backorder, vec![25.0, 50.0, 75.0, 100.0]);
/// assert_eq!(curve.total_cost[1], 50.0);
/// assert_eq!(curve.cost_penalty[0], 0.25);
/// assert_eq!(curve.cost_penalty[3], 0.25);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn eoq_backorders_cost_curve(
    input: &EoqBackordersCostCurveInput,
) -> Result<EoqBackordersCostCurve, Error> {
    let equivalent = input
        .model
        .equivalent_eoq()
        .map_err(|error| error.within("model"))?;
    let curve = eoq_cost_curve(&input.with_model(equivalent.model))?;
    let share = |column: &[f64], fraction: f64| -> Vec<f64> {
        column.iter().map(|value| value * fraction).collect()
    };
    // The EOQ's holding column here is holding and backorder cost together.
    let combined = &curve.holding_cost_per_period;
    Ok(EoqBackordersCostCurve {
        max_backorder: share(&curve.quantity, equivalent.backorder_fraction),
        holding_cost_per_period: share(combined, equivalent.stock_fraction),
        backorder_cost_per_period: share(combined, equivalent.backorder_fraction),
        quantity: curve.quantity,
        ordering_cost_per_period: curve.ordering_cost_per_period,
        total_cost: curve.total_cost,
        cost_penalty: curve.cost_penalty,
        optimal_quantity: curve.optimal_quantity,
        minimum_total_cost: curve.minimum_total_cost,
    })
}

//! The EOQ cost curve: ordering, holding and total cost over a range of lot sizes, and
//! the penalty for ordering `Q` instead of `Q*` (it teaches how flat the curve is).

use crate::error::Error;
use crate::inventory::EoqInput;
use crate::inventory::eoq::eoq;
use crate::inventory::lot_size_range::{CostCurveInput, lot_sizes};
use crate::validate::representable;

/// The EOQ model and the lot sizes to evaluate its cost at (see [`CostCurveInput`]).
pub type EoqCostCurveInput = CostCurveInput<EoqInput>;

/// Costs per period at each sampled lot size, as columns of equal length, with the
/// optimum for reference.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct EoqCostCurve {
    /// Lot sizes `Q`, units, ascending.
    pub quantity: Vec<f64>,
    /// `(D / Q) S` at each `Q`, money per period.
    pub ordering_cost_per_period: Vec<f64>,
    /// `(Q / 2) H` at each `Q`, money per period.
    pub holding_cost_per_period: Vec<f64>,
    /// Ordering plus holding cost at each `Q`, money per period.
    pub total_cost: Vec<f64>,
    /// `TC(Q) / TC(Q*) − 1` at each `Q`: the share by which ordering `Q` instead of `Q*`
    /// raises cost (0.25 means 25 % more). It equals `(Q/Q* + Q*/Q) / 2 − 1`.
    pub cost_penalty: Vec<f64>,
    /// `Q*`, units.
    pub optimal_quantity: f64,
    /// `TC(Q*)`, money per period.
    pub minimum_total_cost: f64,
}

/// Ordering, holding and total cost per period over a range of lot sizes, for charts
/// and for the cost of deviating from the EOQ.
///
/// At each `Q`: ordering `(D / Q) S`, holding `(Q / 2) H`, total their sum, penalty
/// `TC(Q) / TC(Q*) − 1`.
///
/// # Errors
/// - any error of [`eoq`](crate::inventory::eoq()), its field under `model`
///   (`model.demand`);
/// - `not_finite` / `not_positive` naming `min_quantity` or `max_quantity`;
/// - `out_of_range` naming `max_quantity` when it is not above `min_quantity`, or
///   `points` when below 2; `too_large` naming `points` above [`MAX_CURVE_POINTS`](crate::inventory::MAX_CURVE_POINTS);
/// - `numeric_range` when a cost, or a cost's ratio to the optimum's (the penalty),
///   overflows `f64`.
///
/// # Examples
/// Krajewski, Ritzman & Malhotra, *Operations Management*, inventory chapter: the
/// museum gift shop's bird feeders, `D` = 18 × 52 = 936 a year, `S` = $45, `H` = 25 %
/// of $60. The EOQ rounds to 75 units, which costs $1,124.10 a year; the current lot
/// of 390 costs $3,033.
/// ```
/// use approx::assert_relative_eq;
/// use opscalc::inventory::{eoq_cost_curve, EoqCostCurveInput, EoqInput, HoldingCost};
/// let model = EoqInput::new(936.0, 45.0, HoldingCost::Rate { rate: 0.25, unit_cost: 60.0 });
/// let curve = eoq_cost_curve(&EoqCostCurveInput {
///     min_quantity: Some(75.0),
///     max_quantity: Some(390.0),
///     points: Some(2),
///     ..EoqCostCurveInput::new(model)
/// })?;
/// assert_relative_eq!(curve.total_cost[0], 1124.10, max_relative = 1e-12);
/// assert_relative_eq!(curve.total_cost[1], 3033.0, max_relative = 1e-12);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn eoq_cost_curve(input: &EoqCostCurveInput) -> Result<EoqCostCurve, Error> {
    let in_model = |error: Error| error.within("model");
    let costs = input.model.cost_parameters().map_err(in_model)?;
    let optimum = eoq(&input.model).map_err(in_model)?;

    let quantities = lot_sizes(
        optimum.quantity,
        input.min_quantity,
        input.max_quantity,
        input.points,
    )?;
    let mut curve = EoqCostCurve {
        quantity: Vec::with_capacity(quantities.len()),
        ordering_cost_per_period: Vec::with_capacity(quantities.len()),
        holding_cost_per_period: Vec::with_capacity(quantities.len()),
        total_cost: Vec::with_capacity(quantities.len()),
        cost_penalty: Vec::with_capacity(quantities.len()),
        optimal_quantity: optimum.quantity,
        minimum_total_cost: optimum.total_cost,
    };
    for quantity in quantities {
        let (ordering, holding) = costs.costs_at(quantity);
        let total = representable(ordering + holding, true)?;
        curve.quantity.push(quantity);
        curve.ordering_cost_per_period.push(ordering);
        curve.holding_cost_per_period.push(holding);
        curve.total_cost.push(total);
        // A cost far above the optimum's can overflow the ratio, though each is finite.
        let penalty = representable(total / optimum.total_cost - 1.0, false)?;
        curve.cost_penalty.push(penalty);
    }
    Ok(curve)
}

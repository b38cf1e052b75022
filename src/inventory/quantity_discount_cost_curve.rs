//! The quantity discount cost curve: total cost including purchase over a range of
//! order quantities (with its jumps at the price breaks under all-units), and each
//! tier's own cost curve, for the textbook chart.

use crate::error::{Error, ErrorCode};
use crate::inventory::lot_size_range::lot_sizes_between;
use crate::inventory::quantity_discount::{DiscountSchedule, quantity_discount};
use crate::inventory::{CostCurveInput, DiscountOrder, QuantityDiscountInput};

/// The discount model and which order quantities to evaluate: `points` evenly spaced
/// quantities from `min_quantity` to `max_quantity`, both included, plus every price
/// break between them. Defaults: from a fifth of the smallest candidate quantity (but
/// not below a first tier that starts at 1, nor above half of a given `max_quantity`)
/// to the larger of `3 Q*` and 1.5 times the largest candidate quantity, so every break
/// is in view (or twice a given `min_quantity`). Errors in the model are reported under
/// `model` (`model.breaks[1].unit_cost`).
pub type QuantityDiscountCostCurveInput = CostCurveInput<QuantityDiscountInput>;

/// One tier's cost function over the whole curve: what each quantity would cost per
/// period if it were bought under this tier's purchase cost `C(Q) = R + c Q`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TierCostCurve {
    /// The tier's index in `breaks`.
    pub tier: u32,
    /// The tier's unit price, money per unit.
    pub unit_cost: f64,
    /// The tier's smallest order quantity, units.
    pub min_quantity: f64,
    /// The next tier's smallest order quantity (`None` for the last tier).
    pub max_quantity: Option<f64>,
    /// Total cost per period at each of the curve's quantities under this tier's cost
    /// function, money per period; it is the actual cost only inside the tier.
    pub total_cost: Vec<f64>,
}

/// Costs per period at each sampled order quantity, as columns of equal length, each
/// tier's own curve, and the optimum for reference.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct QuantityDiscountCostCurve {
    /// Order quantities `Q`, units, ascending: the evenly spaced points and every
    /// break strictly between the ends.
    pub quantity: Vec<f64>,
    /// The tier each `Q` falls in (its index in `breaks`).
    pub tier: Vec<u32>,
    /// `C(Q) / Q` at each `Q`, money per unit.
    pub average_unit_cost: Vec<f64>,
    /// `D × C(Q) / Q` at each `Q`, money per period.
    pub purchase_cost_per_period: Vec<f64>,
    /// `(D / Q) S` at each `Q`, money per period.
    pub ordering_cost_per_period: Vec<f64>,
    /// Holding cost at each `Q`, money per period.
    pub holding_cost_per_period: Vec<f64>,
    /// Purchase plus ordering plus holding at each `Q`, money per period: the actual
    /// cost, which jumps down at each break under all-units.
    pub total_cost: Vec<f64>,
    /// Each tier's cost function at every `Q`, in schedule order.
    pub tiers: Vec<TierCostCurve>,
    /// `Q*` of [`quantity_discount`](crate::inventory::quantity_discount()), units.
    pub optimal_quantity: f64,
    /// Total cost at `Q*`, money per period.
    pub minimum_total_cost: f64,
}

/// Purchase, ordering, holding and total cost per period over a range of order
/// quantities under a discount schedule, and each tier's cost curve: the data of the
/// textbook chart of total cost by tier.
///
/// At each `Q`, the costs of [`quantity_discount`](crate::inventory::quantity_discount())'s
/// model in the tier `Q` falls in (a `Q` below a first tier that starts at 1 is priced in
/// the first tier). Each break strictly inside the range is added as a point, so the
/// curve has a point exactly where each tier starts.
///
/// # Errors
/// - any error of [`quantity_discount`](crate::inventory::quantity_discount()), its
///   field under `model` (`model.breaks[0].min_quantity`);
/// - `not_finite` / `not_positive` naming `min_quantity` or `max_quantity`;
/// - `out_of_range` naming `max_quantity` when it is not above `min_quantity`, or
///   `points` when below 2; `too_large` naming `points` above
///   [`MAX_CURVE_POINTS`](crate::inventory::MAX_CURVE_POINTS);
/// - `numeric_range` when a cost overflows `f64`.
///
/// # Examples
/// Heizer & Render's Wohl's Discount Store (see
/// [`quantity_discount`](crate::inventory::quantity_discount())): at the three
/// candidates 700, 1,000 and 2,000 the curve reads $25,700, $24,725 and $24,822.50.
/// Just below 1,000 the $5.00 tier still applies, and the cost jumps down at the break.
/// ```
/// use approx::assert_relative_eq;
/// use opscalc::inventory::{
///     quantity_discount_cost_curve, DiscountHoldingCost, PriceBreak, QuantityDiscountCostCurveInput,
///     QuantityDiscountInput,
/// };
/// let model = QuantityDiscountInput::new(
///     5000.0,
///     49.0,
///     DiscountHoldingCost::Rate(0.2),
///     vec![PriceBreak::new(0.0, 5.0), PriceBreak::new(1000.0, 4.8), PriceBreak::new(2000.0, 4.75)],
/// );
/// let curve = quantity_discount_cost_curve(&QuantityDiscountCostCurveInput {
///     min_quantity: Some(700.0),
///     max_quantity: Some(2000.0),
///     points: Some(2),
///     ..QuantityDiscountCostCurveInput::new(model)
/// })?;
/// assert_eq!(curve.quantity, vec![700.0, 1000.0, 2000.0]);
/// assert_eq!(curve.tier, vec![0, 1, 2]);
/// assert_relative_eq!(curve.total_cost[0], 25700.0, max_relative = 1e-12);
/// assert_relative_eq!(curve.total_cost[1], 24725.0, max_relative = 1e-12);
/// assert_relative_eq!(curve.total_cost[2], 24822.5, max_relative = 1e-12);
/// // The $5.00 tier's curve at 1,000: what the order would cost without the discount.
/// assert_relative_eq!(curve.tiers[0].total_cost[1], 25745.0, max_relative = 1e-12);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn quantity_discount_cost_curve(
    input: &QuantityDiscountCostCurveInput,
) -> Result<QuantityDiscountCostCurve, Error> {
    let in_model = |error: Error| error.within("model");
    let schedule = DiscountSchedule::new(&input.model).map_err(in_model)?;
    let optimum = quantity_discount(&input.model).map_err(in_model)?;

    let candidate_quantities = optimum
        .candidates
        .iter()
        .filter_map(|candidate| candidate.order.map(|order| order.quantity));
    let (lowest, highest) = candidate_quantities.fold(
        (optimum.quantity, optimum.quantity),
        |(lowest, highest), quantity| (lowest.min(quantity), highest.max(quantity)),
    );
    // Orders below a first tier that starts at 1 cannot be placed: start there at least.
    let first_min = schedule.tiers.first().map_or(0.0, |tier| tier.min_quantity);
    let default_range = (
        (lowest / 5.0).max(first_min),
        (3.0 * optimum.quantity).max(1.5 * highest),
    );
    let sampled = lot_sizes_between(
        default_range,
        input.min_quantity,
        input.max_quantity,
        input.points,
    )?;
    let quantities = with_breaks(&sampled, &schedule);

    let mut curve = QuantityDiscountCostCurve {
        quantity: Vec::with_capacity(quantities.len()),
        tier: Vec::with_capacity(quantities.len()),
        average_unit_cost: Vec::with_capacity(quantities.len()),
        purchase_cost_per_period: Vec::with_capacity(quantities.len()),
        ordering_cost_per_period: Vec::with_capacity(quantities.len()),
        holding_cost_per_period: Vec::with_capacity(quantities.len()),
        total_cost: Vec::with_capacity(quantities.len()),
        tiers: Vec::with_capacity(schedule.tiers.len()),
        optimal_quantity: optimum.quantity,
        minimum_total_cost: optimum.total_cost,
    };
    for &quantity in &quantities {
        let Some(tier) = schedule.tier_of(quantity) else {
            return Err(Error::new(
                ErrorCode::Internal,
                "",
                "a schedule without tiers",
            ));
        };
        let order: DiscountOrder = schedule.order_in(tier, quantity)?;
        curve.quantity.push(quantity);
        curve.tier.push(tier.index());
        curve.average_unit_cost.push(order.average_unit_cost);
        curve
            .purchase_cost_per_period
            .push(order.purchase_cost_per_period);
        curve
            .ordering_cost_per_period
            .push(order.ordering_cost_per_period);
        curve
            .holding_cost_per_period
            .push(order.holding_cost_per_period);
        curve.total_cost.push(order.total_cost);
    }
    for tier in &schedule.tiers {
        let total_cost = quantities
            .iter()
            .map(|&quantity| {
                schedule
                    .order_in(tier, quantity)
                    .map(|order| order.total_cost)
            })
            .collect::<Result<Vec<_>, Error>>()?;
        curve.tiers.push(TierCostCurve {
            tier: tier.index(),
            unit_cost: tier.unit_cost,
            min_quantity: tier.min_quantity,
            max_quantity: tier.max_quantity,
            total_cost,
        });
    }
    Ok(curve)
}

/// The sampled quantities (ascending) with each break strictly between the first and
/// the last merged in, in order and without repeats.
fn with_breaks(sampled: &[f64], schedule: &DiscountSchedule) -> Vec<f64> {
    let (Some(&first), Some(&last)) = (sampled.first(), sampled.last()) else {
        return sampled.to_vec();
    };
    let mut breaks = schedule
        .tiers
        .iter()
        .map(|tier| tier.min_quantity)
        .filter(|&quantity| quantity > first && quantity < last)
        .peekable();
    let mut merged = Vec::with_capacity(sampled.len() + schedule.tiers.len());
    for &quantity in sampled {
        while let Some(price_break) = breaks.next_if(|&price_break| price_break <= quantity) {
            if price_break < quantity {
                merged.push(price_break);
            }
        }
        merged.push(quantity);
    }
    merged
}

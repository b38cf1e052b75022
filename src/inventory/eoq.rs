//! The economic order quantity (EOQ): the lot size that minimises ordering plus holding
//! cost when demand is constant and each order arrives all at once.

use crate::error::Error;
use crate::inventory::{HoldingCost, InventoryProfile, LeadTime};
use crate::lanes::Lanes;
use crate::validate::{positive, positive_if_given, representable};

/// Inputs of the basic EOQ model. Every rate uses one planning period (a year, say).
///
/// # Examples
/// ```
/// use opscalc::inventory::{EoqInput, HoldingCost, LeadTime};
/// // 8,000 units a year, $45 an order, holding 25 % of a $60 unit cost a year,
/// // 250 working days, 3 days' lead time.
/// let input = EoqInput::new(8000.0, 45.0, HoldingCost::Rate { rate: 0.25, unit_cost: 60.0 })
///     .with_working_days(250.0)
///     .with_lead_time(LeadTime::Days(3.0));
/// assert_eq!(input.working_days, Some(250.0));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EoqInput {
    /// `D`: demand, units per period. Field `demand`.
    pub demand: f64,
    /// `S`: cost of placing one order (or one setup), money per order. Field `ordering_cost`.
    pub ordering_cost: f64,
    /// `H`: cost of holding one unit for one period, directly or as a rate of unit cost.
    pub holding_cost: HoldingCost,
    /// Replenishment lead time, for the reorder point; `None` to skip it.
    pub lead_time: Option<LeadTime>,
    /// Working days in one period (e.g. 250 a year): adds the cycle in days and daily
    /// demand to the result, and is required for a lead time in days. Field `working_days`.
    pub working_days: Option<f64>,
}

impl EoqInput {
    /// An EOQ input without lead time or working days.
    pub fn new(demand: f64, ordering_cost: f64, holding_cost: HoldingCost) -> Self {
        EoqInput {
            demand,
            ordering_cost,
            holding_cost,
            lead_time: None,
            working_days: None,
        }
    }

    /// The same input with a lead time, so the result carries a reorder point.
    #[must_use]
    pub fn with_lead_time(self, lead_time: LeadTime) -> Self {
        EoqInput {
            lead_time: Some(lead_time),
            ..self
        }
    }

    /// The same input with the number of working days in one period.
    #[must_use]
    pub fn with_working_days(self, working_days: f64) -> Self {
        EoqInput {
            working_days: Some(working_days),
            ..self
        }
    }

    /// Checks the cost parameters and returns them as plain numbers.
    pub(crate) fn cost_parameters(&self) -> Result<LotSizeCosts, Error> {
        Ok(LotSizeCosts {
            demand: positive("demand", self.demand)?,
            ordering_cost: positive("ordering_cost", self.ordering_cost)?,
            holding_cost: self.holding_cost.per_unit()?,
        })
    }
}

/// Validated `D`, `S` and `H`, and the cost of any lot size under them: one item's
/// (`f64`), or several items' at once ([`Lanes`]) in the batch functions.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LotSizeCosts<T = f64> {
    pub(crate) demand: T,
    pub(crate) ordering_cost: T,
    pub(crate) holding_cost: T,
}

impl LotSizeCosts {
    /// `Q* = √(2DS / H)`.
    pub(crate) fn optimal_quantity(&self) -> Result<f64, Error> {
        representable(self.unchecked_quantity(), true)
    }

    /// `Q*`, its costs per period and `N = D / Q*`: the part of the EOQ that every lot
    /// of a catalogue needs, shared by [`eoq`] and the batch functions.
    ///
    /// # Errors
    /// `numeric_range` when `Q*` or the total cost is not a positive finite number.
    pub(crate) fn solve(&self) -> Result<LotSizeSolution, Error> {
        let solution = self.unchecked_solution();
        representable(solution.quantity, true)?;
        representable(solution.total_cost, true)?;
        Ok(solution)
    }
}

impl<T: Lanes> LotSizeCosts<T> {
    /// `√(2DS / H)`, not checked for overflow.
    #[inline(always)]
    fn unchecked_quantity(&self) -> T {
        (T::splat(2.0) * self.demand * self.ordering_cost / self.holding_cost).sqrt()
    }

    /// Ordering cost `(D / Q) S` and holding cost `(Q / 2) H` per period at lot size `Q`.
    #[inline(always)]
    pub(crate) fn costs_at(&self, quantity: T) -> (T, T) {
        (
            self.demand / quantity * self.ordering_cost,
            quantity / T::splat(2.0) * self.holding_cost,
        )
    }

    /// The arithmetic of [`solve`](LotSizeCosts::solve) without its checks, for the
    /// batch functions' fast path, which checks [`LotSizeSolution::surely_accepted`] and
    /// asks the single call for the item only when that fails.
    #[inline(always)]
    pub(crate) fn unchecked_solution(&self) -> LotSizeSolution<T> {
        let quantity = self.unchecked_quantity();
        let (ordering_cost_per_period, holding_cost_per_period) = self.costs_at(quantity);
        LotSizeSolution {
            quantity,
            total_cost: ordering_cost_per_period + holding_cost_per_period,
            ordering_cost_per_period,
            holding_cost_per_period,
            orders_per_period: self.demand / quantity,
        }
    }
}

/// The optimal lot size under [`LotSizeCosts`] and its costs per period.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LotSizeSolution<T = f64> {
    /// `Q* = √(2DS / H)`.
    pub(crate) quantity: T,
    /// `(D / Q*) S + (Q* / 2) H`.
    pub(crate) total_cost: T,
    /// `(D / Q*) S`.
    pub(crate) ordering_cost_per_period: T,
    /// `(Q* / 2) H`.
    pub(crate) holding_cost_per_period: T,
    /// `N = D / Q*`.
    pub(crate) orders_per_period: T,
}

impl<T: Lanes> LotSizeSolution<T> {
    /// Per lane: whether [`eoq`] surely accepts this solution, computed from a `D`, an
    /// `S` and an `H` each above zero (NaN is not). `N = D / Q*` lies within
    /// `1e-300..1e300`, the holding cost per period is above zero and the total cost
    /// below infinity, which rules out the rest:
    /// - an infinite `D`, `S` or `H` makes `N` NaN, zero or infinite, and so does a `Q*`
    ///   of zero or infinity;
    /// - the total cost is the holding cost plus an ordering cost of zero or more, so it
    ///   is above zero too;
    /// - `Q* / D` is `1 / N` within a rounding.
    ///
    /// A lane that fails may still be accepted: the batch functions ask the single call
    /// about it. (Two checks of one value, `x > 0` and `x < ∞`, would compile to integer
    /// tests lane by lane in wasm, hence the holding cost's.)
    #[inline(always)]
    pub(crate) fn surely_accepted(&self) -> T::Mask {
        let orders = self.orders_per_period;
        orders.gt(1e-300)
            & orders.lt(1e300)
            & self.holding_cost_per_period.gt(0.0)
            & self.total_cost.lt(f64::INFINITY)
    }
}

/// The EOQ solution with the figures a textbook shows alongside it.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct Eoq {
    /// `Q* = √(2DS / H)`, units per order.
    pub quantity: f64,
    /// `TC = (D / Q*) S + (Q* / 2) H`, money per period (purchase cost excluded).
    pub total_cost: f64,
    /// `(D / Q*) S`, money per period.
    pub ordering_cost_per_period: f64,
    /// `(Q* / 2) H`, money per period; equals the ordering cost at the optimum.
    pub holding_cost_per_period: f64,
    /// `N = D / Q*`, orders per period.
    pub orders_per_period: f64,
    /// `T = Q* / D`, the time between orders, in periods.
    pub cycle_time: f64,
    /// `Q* / 2`, units.
    pub average_inventory: f64,
    /// The `H` used, money per unit per period (`rate × unit cost` when given as a rate).
    pub holding_cost: f64,
    /// `working days / N`, the time between orders in working days, when working days
    /// are given.
    pub cycle_time_days: Option<f64>,
    /// `d = D / working days`, units per day, when working days are given.
    pub daily_demand: Option<f64>,
    /// Demand during the lead time (`D × L`, or `d × L` in days), units, when a lead
    /// time is given.
    pub reorder_point: Option<f64>,
}

impl Eoq {
    /// Inventory over one cycle: `Q*` on arrival at time 0, falling steadily to 0 at the
    /// cycle time `T`, when the next order arrives.
    ///
    /// # Examples
    /// ```
    /// use opscalc::inventory::{eoq, EoqInput, HoldingCost};
    /// let result = eoq(&EoqInput::new(1000.0, 10.0, HoldingCost::PerUnit(0.5)))?;
    /// let profile = result.inventory_profile();
    /// assert_eq!((profile.time, profile.level), (vec![0.0, 0.2], vec![200.0, 0.0]));
    /// # Ok::<(), opscalc::Error>(())
    /// ```
    pub fn inventory_profile(&self) -> InventoryProfile {
        InventoryProfile::through(&[(0.0, self.quantity), (self.cycle_time, 0.0)])
    }
}

/// The economic order quantity and its costs, cycle and reorder point.
///
/// With demand `D` (units per period), ordering cost `S` (money per order) and holding
/// cost `H` (money per unit per period):
///
/// - `Q* = √(2DS / H)`
/// - `TC = (D / Q*) S + (Q* / 2) H` (ordering plus holding; the two are equal at `Q*`)
/// - `N = D / Q*` orders per period, `T = Q* / D` periods between orders
/// - reorder point `= D × L` (lead time in periods) or `d × L` (in days, `d = D / days`)
///
/// Reference: Harris (1913); Heizer & Render, *Operations Management*, inventory chapter.
///
/// # Errors
/// - `not_finite` / `not_positive` naming `demand`, `ordering_cost`, `holding_cost`,
///   `holding_rate`, `unit_cost` or `working_days`;
/// - `not_finite` / `negative` naming `lead_time` or `lead_time_days`;
/// - `missing_field` naming `working_days` for a lead time in days without it;
/// - `numeric_range` when valid inputs of extreme magnitude overflow `f64`.
///
/// # Examples
/// Heizer & Render, *Operations Management*, inventory chapter, Sharp, Inc.: `D` =
/// 1,000 needles a year, `S` = $10, `H` = $0.50, 250 working days.
/// ```
/// use opscalc::inventory::{eoq, EoqInput, HoldingCost};
/// let input = EoqInput::new(1000.0, 10.0, HoldingCost::PerUnit(0.5)).with_working_days(250.0);
/// let result = eoq(&input)?;
/// assert_eq!(result.quantity, 200.0);
/// assert_eq!(result.total_cost, 100.0);
/// assert_eq!(result.orders_per_period, 5.0);
/// assert_eq!(result.cycle_time_days, Some(50.0));
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn eoq(input: &EoqInput) -> Result<Eoq, Error> {
    let costs = input.cost_parameters()?;
    let working_days = positive_if_given("working_days", input.working_days)?;
    let reorder_point = input
        .lead_time
        .map(|lead_time| lead_time.demand_during(costs.demand, working_days))
        .transpose()?;

    let LotSizeSolution {
        quantity,
        total_cost,
        ordering_cost_per_period,
        holding_cost_per_period,
        orders_per_period,
    } = costs.solve()?;

    Ok(Eoq {
        quantity,
        total_cost,
        ordering_cost_per_period,
        holding_cost_per_period,
        orders_per_period,
        cycle_time: representable(quantity / costs.demand, true)?,
        average_inventory: quantity / 2.0,
        holding_cost: costs.holding_cost,
        // Finite inputs whose quotient may still overflow (a tiny demand, huge days).
        cycle_time_days: working_days
            .map(|days| representable(days / orders_per_period, false))
            .transpose()?,
        daily_demand: working_days
            .map(|days| representable(costs.demand / days, false))
            .transpose()?,
        reorder_point,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn validation_names_the_first_bad_field_in_input_order() {
        let input = EoqInput::new(-1.0, 0.0, HoldingCost::PerUnit(f64::NAN));
        assert_eq!(eoq(&input).unwrap_err().field(), "demand");
        let input = EoqInput::new(1.0, 0.0, HoldingCost::PerUnit(f64::NAN));
        assert_eq!(eoq(&input).unwrap_err().field(), "ordering_cost");
        let input = EoqInput::new(1.0, 1.0, HoldingCost::PerUnit(f64::NAN));
        let error = eoq(&input).unwrap_err();
        assert_eq!(
            (error.field(), error.code()),
            ("holding_cost", ErrorCode::NotFinite)
        );
    }
}

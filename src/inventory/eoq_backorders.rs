//! The EOQ with planned shortages (backorders): customers who find the shelf empty wait
//! for the next order, at a cost per unit per period of waiting, so it can pay to let
//! stock run out a little before each order arrives.

use crate::error::Error;
use crate::inventory::{EoqInput, HoldingCost, InventoryProfile, LotSizeCosts, eoq};
use crate::lanes::Lanes;
use crate::validate::{positive, positive_if_given, representable};

/// Inputs of the EOQ model with planned backorders. Every rate uses one planning period
/// (a year, say).
///
/// # Examples
/// ```
/// use opscalc::inventory::{EoqBackordersInput, HoldingCost};
/// // 2,000 a year, $25 an order, holding 20 % of a $50 unit cost, $30 a unit-year backordered.
/// let input = EoqBackordersInput::new(2000.0, 25.0, HoldingCost::Rate { rate: 0.2, unit_cost: 50.0 }, 30.0)
///     .with_working_days(250.0);
/// assert_eq!(input.backorder_cost, 30.0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EoqBackordersInput {
    /// `D`: demand, units per period. Field `demand`.
    pub demand: f64,
    /// `S`: cost of placing one order, money per order. Field `ordering_cost`.
    pub ordering_cost: f64,
    /// `H`: cost of holding one unit for one period, directly or as a rate of unit cost.
    pub holding_cost: HoldingCost,
    /// `B`: cost of keeping one unit backordered for one period, money per unit per
    /// period (lost goodwill, expediting). Field `backorder_cost`.
    pub backorder_cost: f64,
    /// Working days in one period (e.g. 250 a year): adds the cycle and its parts in days,
    /// and the daily demand, to the result. Field `working_days`.
    pub working_days: Option<f64>,
}

impl EoqBackordersInput {
    /// A backorder-model input without working days.
    pub fn new(
        demand: f64,
        ordering_cost: f64,
        holding_cost: HoldingCost,
        backorder_cost: f64,
    ) -> Self {
        EoqBackordersInput {
            demand,
            ordering_cost,
            holding_cost,
            backorder_cost,
            working_days: None,
        }
    }

    /// The same input with the number of working days in one period.
    #[must_use]
    pub fn with_working_days(self, working_days: f64) -> Self {
        EoqBackordersInput {
            working_days: Some(working_days),
            ..self
        }
    }

    /// Validates the input and restates it as an EOQ model with the same costs at every
    /// lot size, given the best backorder level for that lot (see [`EquivalentEoq`]).
    pub(crate) fn equivalent_eoq(&self) -> Result<EquivalentEoq, Error> {
        let demand = positive("demand", self.demand)?;
        let ordering_cost = positive("ordering_cost", self.ordering_cost)?;
        let holding_cost = self.holding_cost.per_unit()?;
        let backorder_cost = positive("backorder_cost", self.backorder_cost)?;
        let working_days = positive_if_given("working_days", self.working_days)?;
        let (costs, backorder_fraction, stock_fraction) =
            unchecked_backorder_costs(demand, ordering_cost, holding_cost, backorder_cost);
        let effective_holding_cost = representable(costs.holding_cost, true)?;
        Ok(EquivalentEoq {
            model: EoqInput {
                working_days,
                ..EoqInput::new(
                    demand,
                    ordering_cost,
                    HoldingCost::PerUnit(effective_holding_cost),
                )
            },
            holding_cost,
            backorder_fraction,
            stock_fraction,
        })
    }
}

/// The arithmetic of [`EoqBackordersInput::equivalent_eoq`] without its checks, for
/// `D`, `S`, `H` and `B` already checked (and the batch's fast path): the EOQ costs with
/// `D`, `S` and `H B / (H + B)`, the backorder share `H / (H + B)` and the stock share
/// `B / (H + B)`.
#[inline(always)]
pub(crate) fn unchecked_backorder_costs<T: Lanes>(
    demand: T,
    ordering_cost: T,
    holding_cost: T,
    backorder_cost: T,
) -> (LotSizeCosts<T>, T, T) {
    // H / (H + B) and B / (H + B), written so that H + B cannot overflow.
    let one = T::splat(1.0);
    let backorder_fraction = one / (one + backorder_cost / holding_cost);
    let stock_fraction = one / (one + holding_cost / backorder_cost);
    let costs = LotSizeCosts {
        demand,
        ordering_cost,
        holding_cost: holding_cost * stock_fraction,
    };
    (costs, backorder_fraction, stock_fraction)
}

/// The EOQ's lot and costs split between stock on hand and backorders.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BackorderSplit<T = f64> {
    /// `Q* − b*`.
    pub(crate) max_inventory: T,
    /// `b*`.
    pub(crate) max_backorder: T,
    /// `(Q* − b*)² / (2Q*) × H`.
    pub(crate) holding_cost_per_period: T,
    /// `b*² / (2Q*) × B`.
    pub(crate) backorder_cost_per_period: T,
    /// Ordering plus holding plus backorder cost, not checked for overflow.
    pub(crate) total_cost: T,
}

/// Splits the equivalent EOQ's lot `quantity` and its costs per period (the holding
/// cost there is holding and backorder cost together) by the stock and backorder shares.
#[inline(always)]
pub(crate) fn backorder_split<T: Lanes>(
    quantity: T,
    ordering_cost_per_period: T,
    holding_and_backorder_cost: T,
    stock_share: T,
    backorder_share: T,
) -> BackorderSplit<T> {
    let holding_cost_per_period = holding_and_backorder_cost * stock_share;
    let backorder_cost_per_period = holding_and_backorder_cost * backorder_share;
    BackorderSplit {
        max_inventory: quantity * stock_share,
        max_backorder: quantity * backorder_share,
        holding_cost_per_period,
        backorder_cost_per_period,
        total_cost: ordering_cost_per_period + holding_cost_per_period + backorder_cost_per_period,
    }
}

/// A validated backorder-model input as the EOQ model with the same costs. For a lot
/// `Q`, the backorder level that minimises holding plus backorder cost is
/// `b = Q H / (H + B)`, and their sum is then `(Q / 2) H B / (H + B)`: the EOQ's holding
/// cost with `H B / (H + B)` in place of `H`. Holding takes the share `B / (H + B)` of
/// that sum, backorders the share `H / (H + B)`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct EquivalentEoq {
    /// `D`, `S`, `H B / (H + B)` as the holding cost, working days.
    pub(crate) model: EoqInput,
    /// The `H` given, money per unit per period.
    pub(crate) holding_cost: f64,
    /// `H / (H + B)`: the share of each lot that is backordered, of each cycle spent in
    /// backorder, and of the combined holding-and-backorder cost that is backorder cost.
    pub(crate) backorder_fraction: f64,
    /// `B / (H + B) = 1 − H / (H + B)`: the same shares for stock on hand.
    pub(crate) stock_fraction: f64,
}

/// The backorder model's solution with the figures a textbook shows alongside it.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct EoqBackorders {
    /// `Q* = √(2DS / H × (H + B) / B)`, units per order.
    pub quantity: f64,
    /// `b* = Q* H / (H + B)`, the most units backordered, just before an order arrives.
    pub max_backorder: f64,
    /// `Q* − b* = Q* B / (H + B)`, the stock just after an order arrives (and the
    /// backorders are filled), units.
    pub max_inventory: f64,
    /// Ordering plus holding plus backorder cost, money per period (purchase cost excluded).
    pub total_cost: f64,
    /// `(D / Q*) S`, money per period.
    pub ordering_cost_per_period: f64,
    /// `(Q* − b*)² / (2Q*) × H`, money per period.
    pub holding_cost_per_period: f64,
    /// `b*² / (2Q*) × B`, money per period.
    pub backorder_cost_per_period: f64,
    /// `N = D / Q*`, orders per period.
    pub orders_per_period: f64,
    /// `T = Q* / D`, the time between orders, periods.
    pub cycle_time: f64,
    /// `(Q* − b*) / D`, the part of each cycle with stock on hand, periods.
    pub time_with_stock: f64,
    /// `b* / D`, the part of each cycle in backorder, periods.
    pub time_in_backorder: f64,
    /// `b* / Q* = H / (H + B)`: the fraction of each cycle spent in backorder (and of
    /// the demand that waits).
    pub backorder_fraction: f64,
    /// `(Q* − b*)² / (2Q*)`, units on hand on average over the cycle.
    pub average_inventory: f64,
    /// `b*² / (2Q*)`, units backordered on average over the cycle.
    pub average_backorder: f64,
    /// The `H` used, money per unit per period (`rate × unit cost` when given as a rate).
    pub holding_cost: f64,
    /// `T` in working days, when working days are given.
    pub cycle_time_days: Option<f64>,
    /// The time with stock on hand in working days, when working days are given.
    pub time_with_stock_days: Option<f64>,
    /// The time in backorder in working days, when working days are given.
    pub time_in_backorder_days: Option<f64>,
    /// `d = D / working days`, units per day, when working days are given.
    pub daily_demand: Option<f64>,
}

impl EoqBackorders {
    /// Inventory over one cycle: `Q* − b*` just after an order arrives, 0 when stock
    /// runs out, and `−b*` (units backordered) at the cycle time `T`, when the next order
    /// arrives, fills the backorders and restores `Q* − b*`.
    ///
    /// # Examples
    /// ```
    /// use opscalc::inventory::{eoq_backorders, EoqBackordersInput, HoldingCost};
    /// // H = B: half of each lot of Q* = 100 waits as backorders.
    /// let input = EoqBackordersInput::new(500.0, 5.0, HoldingCost::PerUnit(1.0), 1.0);
    /// let profile = eoq_backorders(&input)?.inventory_profile();
    /// assert_eq!(profile.time, vec![0.0, 0.1, 0.2]);
    /// assert_eq!(profile.level, vec![50.0, 0.0, -50.0]);
    /// # Ok::<(), opscalc::Error>(())
    /// ```
    pub fn inventory_profile(&self) -> InventoryProfile {
        InventoryProfile::through(&[
            (0.0, self.max_inventory),
            (self.time_with_stock, 0.0),
            (self.cycle_time, -self.max_backorder),
        ])
    }
}

/// The EOQ with planned backorders: the order quantity and the backorder level that
/// together minimise ordering, holding and backorder cost.
///
/// With demand `D` (units per period), ordering cost `S` (money per order), holding cost
/// `H` and backorder cost `B` (both money per unit per period):
///
/// - `Q* = √(2DS / H × (H + B) / B)`
/// - `b* = Q* H / (H + B)` units backordered at most; `Q* − b*` on hand at most
/// - `TC = (D / Q*) S + (Q* − b*)² / (2Q*) × H + b*² / (2Q*) × B`
/// - `T = Q* / D`, of which `(Q* − b*) / D` with stock and `b* / D` in backorder
///
/// As `B` grows, backorders become too dear to allow and the model tends to the EOQ.
///
/// Reference: Anderson, Sweeney & Williams, *An Introduction to Management Science*,
/// inventory chapter (EOQ model with planned shortages); Hillier & Lieberman,
/// *Introduction to Operations Research*, inventory chapter.
///
/// # Errors
/// - `not_finite` / `not_positive` naming `demand`, `ordering_cost`, `holding_cost`,
///   `holding_rate`, `unit_cost`, `backorder_cost` or `working_days`;
/// - `numeric_range` when valid inputs of extreme magnitude overflow `f64`.
///
/// # Examples
/// Anderson, Sweeney & Williams, *An Introduction to Management Science*, inventory
/// chapter, Higley Radio Components: `D` = 2,000 a year, `S` = $25, `H` = 20 % of $50,
/// `B` = $30 per unit per year. Published: `Q*` ≈ 115.47, `b*` ≈ 28.87, `TC` ≈ $866.
/// ```
/// use approx::assert_relative_eq;
/// use opscalc::inventory::{eoq_backorders, EoqBackordersInput, HoldingCost};
/// let holding = HoldingCost::Rate { rate: 0.2, unit_cost: 50.0 };
/// let result = eoq_backorders(&EoqBackordersInput::new(2000.0, 25.0, holding, 30.0))?;
/// assert_eq!(format!("{:.2} {:.2}", result.quantity, result.max_backorder), "115.47 28.87");
/// assert_relative_eq!(result.total_cost, 750_000.0_f64.sqrt(), max_relative = 1e-12);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn eoq_backorders(input: &EoqBackordersInput) -> Result<EoqBackorders, Error> {
    let equivalent = input.equivalent_eoq()?;
    let base = eoq(&equivalent.model)?;
    let (stock_share, backorder_share) = (equivalent.stock_fraction, equivalent.backorder_fraction);
    // The EOQ's holding cost here is holding and backorder cost together.
    let BackorderSplit {
        max_inventory,
        max_backorder,
        holding_cost_per_period,
        backorder_cost_per_period,
        total_cost,
    } = backorder_split(
        base.quantity,
        base.ordering_cost_per_period,
        base.holding_cost_per_period,
        stock_share,
        backorder_share,
    );
    let total_cost = representable(total_cost, true)?;
    let time_with_stock = base.cycle_time * stock_share;
    let time_in_backorder = base.cycle_time * backorder_share;
    // In working days, when given: finite values whose product may still overflow.
    let in_days = |periods: f64| {
        equivalent
            .model
            .working_days
            .map(|days| representable(periods * days, false))
            .transpose()
    };
    Ok(EoqBackorders {
        quantity: base.quantity,
        max_backorder,
        max_inventory,
        total_cost,
        ordering_cost_per_period: base.ordering_cost_per_period,
        holding_cost_per_period,
        backorder_cost_per_period,
        orders_per_period: base.orders_per_period,
        cycle_time: base.cycle_time,
        time_with_stock,
        time_in_backorder,
        backorder_fraction: backorder_share,
        average_inventory: max_inventory * stock_share / 2.0,
        average_backorder: max_backorder * backorder_share / 2.0,
        holding_cost: equivalent.holding_cost,
        cycle_time_days: base.cycle_time_days,
        time_with_stock_days: in_days(time_with_stock)?,
        time_in_backorder_days: in_days(time_in_backorder)?,
        daily_demand: base.daily_demand,
    })
}

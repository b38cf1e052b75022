//! The economic production quantity (EPQ), also called the production order quantity:
//! the lot size that minimises setup plus holding cost when each lot is produced at a
//! finite rate while demand continues, so stock builds up during the run instead of
//! arriving all at once.

use crate::error::{Error, ErrorCode};
use crate::inventory::LotSizeCosts;
use crate::inventory::{EoqInput, HoldingCost, InventoryProfile, eoq};
use crate::lanes::Lanes;
use crate::validate::{positive, positive_if_given, representable};

/// Inputs of the economic production quantity model. Every rate uses one planning
/// period (a year, say).
///
/// `demand` and `production_rate` are in the **same** unit: units per period. A
/// textbook that gives the production rate per day (800 a day over 240 working days)
/// means `production_rate = 800 × 240 = 192,000` a year.
///
/// # Examples
/// ```
/// use opscalc::inventory::{HoldingCost, ProductionOrderQuantityInput};
/// // 48,000 a year, made at 800 a day over 240 days, $45 a setup, $1 a unit a year.
/// let input = ProductionOrderQuantityInput::new(48_000.0, 192_000.0, 45.0, HoldingCost::PerUnit(1.0))
///     .with_working_days(240.0);
/// assert_eq!(input.working_days, Some(240.0));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProductionOrderQuantityInput {
    /// `D`: demand (usage), units per period. Field `demand`.
    pub demand: f64,
    /// `p`: production rate while a run is on, units per period (the same unit as
    /// `demand`); must exceed the demand. Field `production_rate`.
    pub production_rate: f64,
    /// `S`: cost of setting up one production run, money per run. Field `setup_cost`.
    pub setup_cost: f64,
    /// `H`: cost of holding one unit for one period, directly or as a rate of unit cost.
    pub holding_cost: HoldingCost,
    /// Working days in one period (e.g. 240 a year): adds the cycle and the run time in
    /// days, and the daily demand and production rate, to the result. Field `working_days`.
    pub working_days: Option<f64>,
}

impl ProductionOrderQuantityInput {
    /// An EPQ input without working days.
    pub fn new(
        demand: f64,
        production_rate: f64,
        setup_cost: f64,
        holding_cost: HoldingCost,
    ) -> Self {
        ProductionOrderQuantityInput {
            demand,
            production_rate,
            setup_cost,
            holding_cost,
            working_days: None,
        }
    }

    /// The same input with the number of working days in one period.
    #[must_use]
    pub fn with_working_days(self, working_days: f64) -> Self {
        ProductionOrderQuantityInput {
            working_days: Some(working_days),
            ..self
        }
    }

    /// Validates the input and restates it as an EOQ model with the same costs at every
    /// lot size (see [`EquivalentEoq`]).
    pub(crate) fn equivalent_eoq(&self) -> Result<EquivalentEoq, Error> {
        let demand = positive("demand", self.demand)?;
        let production_rate = positive("production_rate", self.production_rate)?;
        let setup_cost = positive("setup_cost", self.setup_cost)?;
        let holding_cost = self.holding_cost.per_unit()?;
        let working_days = positive_if_given("working_days", self.working_days)?;
        if production_rate <= demand {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                "production_rate",
                "must be greater than the demand rate",
            ));
        }
        let (costs, build_up_fraction) =
            unchecked_epq_costs(demand, production_rate, setup_cost, holding_cost);
        let effective_holding_cost = representable(costs.holding_cost, true)?;
        Ok(EquivalentEoq {
            model: EoqInput {
                working_days,
                ..EoqInput::new(
                    demand,
                    setup_cost,
                    HoldingCost::PerUnit(effective_holding_cost),
                )
            },
            holding_cost,
            build_up_fraction,
        })
    }
}

/// The arithmetic of [`ProductionOrderQuantityInput::equivalent_eoq`] without its
/// checks, for `D`, `p`, `S` and `H` already checked (and the batch's fast path): the
/// EOQ costs with `D`, `S` and `H (1 − D/p)`, and `1 − D/p`.
#[inline(always)]
pub(crate) fn unchecked_epq_costs<T: Lanes>(
    demand: T,
    production_rate: T,
    setup_cost: T,
    holding_cost: T,
) -> (LotSizeCosts<T>, T) {
    // (p − D) / p rather than 1 − D/p: exact subtraction, and above zero whenever p > D.
    let build_up_fraction = (production_rate - demand) / production_rate;
    let costs = LotSizeCosts {
        demand,
        ordering_cost: setup_cost,
        holding_cost: holding_cost * build_up_fraction,
    };
    (costs, build_up_fraction)
}

/// `I_max = Q (1 − D/p)`: the stock at the end of a run of `quantity`.
#[inline(always)]
pub(crate) fn run_max_inventory<T: Lanes>(quantity: T, build_up_fraction: T) -> T {
    quantity * build_up_fraction
}

/// A validated EPQ input as the EOQ model with the same costs: a lot `Q` costs
/// `(D / Q) S` in setups and `(I_max / 2) H = (Q / 2) H (1 − D/p)` in holding, which is
/// the EOQ's cost with holding cost `H (1 − D/p)`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct EquivalentEoq {
    /// `D`, `S` as the ordering cost, `H (1 − D/p)` as the holding cost, working days.
    pub(crate) model: EoqInput,
    /// The `H` given, money per unit per period.
    pub(crate) holding_cost: f64,
    /// `1 − D/p`.
    pub(crate) build_up_fraction: f64,
}

/// The EPQ solution with the figures a textbook shows alongside it.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct ProductionOrderQuantity {
    /// `Q* = √(2DS / (H (1 − D/p)))`, units per run.
    pub quantity: f64,
    /// `TC = (D / Q*) S + (I_max / 2) H`, money per period (production cost excluded).
    pub total_cost: f64,
    /// `(D / Q*) S`, money per period.
    pub setup_cost_per_period: f64,
    /// `(I_max / 2) H`, money per period; equals the setup cost at the optimum.
    pub holding_cost_per_period: f64,
    /// `D / Q*`, production runs per period.
    pub runs_per_period: f64,
    /// `T = Q* / D`, the time from the start of one run to the start of the next, periods.
    pub cycle_time: f64,
    /// `t_p = Q* / p`, how long each run lasts, periods.
    pub production_run_time: f64,
    /// `I_max = Q* (1 − D/p)`, the stock at the end of a run, units: during the run it
    /// builds up at `p − D`.
    pub max_inventory: f64,
    /// `I_max / 2`, units.
    pub average_inventory: f64,
    /// `1 − D/p`: the share of each run's output that goes into stock (the rest meets
    /// demand as it is made).
    pub build_up_fraction: f64,
    /// The `H` used, money per unit per period (`rate × unit cost` when given as a rate).
    pub holding_cost: f64,
    /// `T` in working days, when working days are given.
    pub cycle_time_days: Option<f64>,
    /// `t_p` in working days, when working days are given.
    pub production_run_time_days: Option<f64>,
    /// `d = D / working days`, units per day, when working days are given.
    pub daily_demand: Option<f64>,
    /// `p / working days`, units per day, when working days are given.
    pub daily_production_rate: Option<f64>,
}

impl ProductionOrderQuantity {
    /// Inventory over one cycle: 0 when a run starts, `I_max` when it ends at `t_p`, and
    /// 0 again at the cycle time `T`, when the next run starts.
    ///
    /// # Examples
    /// ```
    /// use opscalc::inventory::{production_order_quantity, HoldingCost, ProductionOrderQuantityInput};
    /// let input = ProductionOrderQuantityInput::new(48_000.0, 192_000.0, 45.0, HoldingCost::PerUnit(1.0));
    /// let profile = production_order_quantity(&input)?.inventory_profile();
    /// assert_eq!(profile.time, vec![0.0, 0.0125, 0.05]);
    /// assert_eq!(profile.level, vec![0.0, 1800.0, 0.0]);
    /// # Ok::<(), opscalc::Error>(())
    /// ```
    pub fn inventory_profile(&self) -> InventoryProfile {
        InventoryProfile::through(&[
            (0.0, 0.0),
            (self.production_run_time, self.max_inventory),
            (self.cycle_time, 0.0),
        ])
    }
}

/// The economic production quantity and its costs, run time and cycle.
///
/// With demand `D` and production rate `p` (both units per period, `p > D`), setup cost
/// `S` (money per run) and holding cost `H` (money per unit per period):
///
/// - `Q* = √(2DS / (H (1 − D/p)))`
/// - `I_max = Q* (1 − D/p)`: stock builds up at `p − D` for `t_p = Q*/p`
/// - `TC = (D / Q*) S + (I_max / 2) H` (the two terms are equal at `Q*`)
/// - `T = Q* / D` periods between runs, `D / Q*` runs per period
///
/// As `p` grows the lot arrives ever faster and the EPQ tends to the EOQ.
///
/// Reference: Taft (1918); Heizer & Render, *Operations Management*, inventory chapter
/// (production order quantity model); Stevenson, *Operations Management*, inventory
/// chapter (economic production quantity).
///
/// # Errors
/// - `not_finite` / `not_positive` naming `demand`, `production_rate`, `setup_cost`,
///   `holding_cost`, `holding_rate`, `unit_cost` or `working_days`;
/// - `out_of_range` naming `production_rate` when it is not greater than `demand`
///   (production could never build stock);
/// - `numeric_range` when valid inputs of extreme magnitude overflow `f64`.
///
/// # Examples
/// Stevenson, *Operations Management*, inventory chapter: a toy maker uses 48,000 rubber
/// wheels a year and makes them at 800 a day over 240 working days, `S` = $45, `H` = $1.
/// ```
/// use opscalc::inventory::{production_order_quantity, HoldingCost, ProductionOrderQuantityInput};
/// let input = ProductionOrderQuantityInput::new(48_000.0, 800.0 * 240.0, 45.0, HoldingCost::PerUnit(1.0))
///     .with_working_days(240.0);
/// let result = production_order_quantity(&input)?;
/// assert_eq!(result.quantity, 2400.0);
/// assert_eq!(result.max_inventory, 1800.0);
/// assert_eq!(result.total_cost, 1800.0);
/// assert_eq!(result.cycle_time_days, Some(12.0));
/// assert_eq!(result.production_run_time_days, Some(3.0));
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn production_order_quantity(
    input: &ProductionOrderQuantityInput,
) -> Result<ProductionOrderQuantity, Error> {
    let equivalent = input.equivalent_eoq()?;
    let base = eoq(&equivalent.model)?;
    let production_run_time = base.quantity / input.production_rate;
    let max_inventory = run_max_inventory(base.quantity, equivalent.build_up_fraction);
    // In working days, when given: finite values whose product or quotient may still overflow.
    let working_days = equivalent.model.working_days;
    let production_run_time_days = working_days
        .map(|days| representable(production_run_time * days, false))
        .transpose()?;
    let daily_production_rate = working_days
        .map(|days| representable(input.production_rate / days, false))
        .transpose()?;
    Ok(ProductionOrderQuantity {
        quantity: base.quantity,
        total_cost: base.total_cost,
        setup_cost_per_period: base.ordering_cost_per_period,
        holding_cost_per_period: base.holding_cost_per_period,
        runs_per_period: base.orders_per_period,
        cycle_time: base.cycle_time,
        production_run_time,
        max_inventory,
        average_inventory: max_inventory / 2.0,
        build_up_fraction: equivalent.build_up_fraction,
        holding_cost: equivalent.holding_cost,
        cycle_time_days: base.cycle_time_days,
        production_run_time_days,
        daily_demand: base.daily_demand,
        daily_production_rate,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_checks_each_field_before_the_relation_between_them() {
        let input = ProductionOrderQuantityInput::new(100.0, 50.0, 0.0, HoldingCost::PerUnit(1.0));
        assert_eq!(
            production_order_quantity(&input).unwrap_err().field(),
            "setup_cost"
        );
        let input = ProductionOrderQuantityInput::new(100.0, 50.0, 1.0, HoldingCost::PerUnit(1.0))
            .with_working_days(-1.0);
        assert_eq!(
            production_order_quantity(&input).unwrap_err().field(),
            "working_days"
        );
    }
}

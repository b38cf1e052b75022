//! Inventory turnover and weeks (or days) of supply: how fast the stock a firm holds is
//! used up, the supply-chain measures that link inventory to the balance sheet.

use crate::error::{Error, ErrorCode};
use crate::validate::{positive, positive_if_given, representable};

/// Inputs of [`inventory_turns`]: money at cost, over one period (a year, say).
///
/// # Examples
/// ```
/// use opscalc::inventory::InventoryTurnsInput;
/// // Heizer & Render's Jack's Pottery Outlet: a year's cost of goods sold, and the
/// // average of the opening and closing inventory.
/// let input = InventoryTurnsInput::new(7_000_000.0, 350_000.0).with_weeks_per_period(52.0);
/// assert_eq!(input.weeks_per_period, Some(52.0));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct InventoryTurnsInput {
    /// The cost of goods sold over the period, money per period: what the stock that
    /// left cost. Field `cost_of_goods_sold`.
    pub cost_of_goods_sold: f64,
    /// The average inventory over the period, valued at cost (raw material, work in
    /// process and finished goods), money; often the average of the opening and the
    /// closing inventory. Field `average_inventory`.
    pub average_inventory: f64,
    /// Days in the period (365 for a calendar year, 250 working days): gives the days of
    /// supply. Field `days_per_period`.
    pub days_per_period: Option<f64>,
    /// Weeks in the period (52 for a year): gives the weeks of supply. Field
    /// `weeks_per_period`.
    pub weeks_per_period: Option<f64>,
    /// Total assets, money, at least the average inventory (inventory is one of them):
    /// gives the share of assets held as inventory. Field `total_assets`.
    pub total_assets: Option<f64>,
}

impl InventoryTurnsInput {
    /// The cost of goods sold over a period and the average inventory, both money at cost.
    pub fn new(cost_of_goods_sold: f64, average_inventory: f64) -> Self {
        InventoryTurnsInput {
            cost_of_goods_sold,
            average_inventory,
            days_per_period: None,
            weeks_per_period: None,
            total_assets: None,
        }
    }

    /// The same input with the days in the period, so the result has the days of supply.
    #[must_use]
    pub fn with_days_per_period(self, days_per_period: f64) -> Self {
        InventoryTurnsInput {
            days_per_period: Some(days_per_period),
            ..self
        }
    }

    /// The same input with the weeks in the period, so the result has the weeks of supply.
    #[must_use]
    pub fn with_weeks_per_period(self, weeks_per_period: f64) -> Self {
        InventoryTurnsInput {
            weeks_per_period: Some(weeks_per_period),
            ..self
        }
    }

    /// The same input with the total assets, so the result has inventory's share of them.
    #[must_use]
    pub fn with_total_assets(self, total_assets: f64) -> Self {
        InventoryTurnsInput {
            total_assets: Some(total_assets),
            ..self
        }
    }
}

/// Turnover, supply and, when asked for, the daily and weekly usage and the share of
/// assets in inventory.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct InventoryTurns {
    /// `cost of goods sold / average inventory`: how many times the stock is used up and
    /// replaced in the period (turns per period).
    pub turns: f64,
    /// `average inventory / cost of goods sold`: the stock as a fraction of the period's
    /// usage (1 / turns), periods.
    pub periods_of_supply: f64,
    /// `cost of goods sold / days per period`, money per day, when the days are given.
    pub cost_of_goods_sold_per_day: Option<f64>,
    /// `average inventory / (cost of goods sold / days per period)`, days, when the days
    /// are given: how long the stock would last at the period's usage.
    pub days_of_supply: Option<f64>,
    /// `cost of goods sold / weeks per period`, money per week, when the weeks are given.
    pub cost_of_goods_sold_per_week: Option<f64>,
    /// `average inventory / (cost of goods sold / weeks per period)`, weeks, when the
    /// weeks are given.
    pub weeks_of_supply: Option<f64>,
    /// `average inventory / total assets`, a fraction, when the total assets are given.
    pub inventory_share_of_assets: Option<f64>,
}

/// Inventory turnover and weeks (or days) of supply.
///
/// With cost of goods sold `COGS` over a period and average inventory `I`, both money
/// valued at cost:
///
/// - turns `= COGS / I` per period
/// - periods of supply `= I / COGS` (`1 / turns`)
/// - days of supply `= I / (COGS / days per period)`, weeks of supply
///   `= I / (COGS / weeks per period)`
/// - share of assets in inventory `= I / total assets`
///
/// Both figures are valued at cost, so that the ratio counts units, not margin: using
/// sales revenue instead of the cost of goods sold would overstate the turns. A high
/// turnover (few weeks of supply) means little money tied up in stock; a grocery chain
/// turns its stock far more often than a manufacturer.
///
/// Reference: Heizer & Render, *Operations Management*, supply chain management chapter
/// (percent of assets in inventory, inventory turnover, weeks of supply); Jacobs &
/// Chase, *Operations and Supply Chain Management*, global sourcing and procurement
/// chapter (weeks of supply = average aggregate inventory value / cost of goods sold ×
/// 52 weeks).
///
/// # Errors
/// - `not_finite` / `not_positive` naming `cost_of_goods_sold`, `average_inventory`,
///   `days_per_period`, `weeks_per_period` or `total_assets`;
/// - `out_of_range` naming `total_assets` when it is below the average inventory;
/// - `numeric_range` when a result overflows or underflows `f64`.
///
/// # Examples
/// Heizer & Render, *Operations Management*, supply chain management chapter, solved
/// problem (Jack's Pottery Outlet): opening inventory $375,000, closing $325,000 (an
/// average of $350,000), cost of goods sold $7 million a year, total assets $5 million.
/// Published: 7 % of assets in inventory, a turnover of 20, 2.6 weeks of supply.
/// ```
/// use opscalc::inventory::{inventory_turns, InventoryTurnsInput};
/// let input = InventoryTurnsInput::new(7_000_000.0, 350_000.0)
///     .with_weeks_per_period(52.0)
///     .with_total_assets(5_000_000.0);
/// let result = inventory_turns(&input)?;
/// assert_eq!(result.turns, 20.0);
/// assert_eq!(result.weeks_of_supply, Some(2.6));
/// assert_eq!(result.inventory_share_of_assets, Some(0.07));
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn inventory_turns(input: &InventoryTurnsInput) -> Result<InventoryTurns, Error> {
    let cost = positive("cost_of_goods_sold", input.cost_of_goods_sold)?;
    let inventory = positive("average_inventory", input.average_inventory)?;
    let days = positive_if_given("days_per_period", input.days_per_period)?;
    let weeks = positive_if_given("weeks_per_period", input.weeks_per_period)?;
    let assets = positive_if_given("total_assets", input.total_assets)?;
    if assets.is_some_and(|assets| assets < inventory) {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "total_assets",
            "must be at least the average inventory, which is one of the assets",
        ));
    }

    // Supply as `I × length / COGS` rather than `I / (COGS / length)`: 350,000 × 52 /
    // 7,000,000 is 2.6 exactly.
    let supply_in = |length: f64| representable(inventory * length / cost, true);
    let usage_per = |length: f64| representable(cost / length, true);
    Ok(InventoryTurns {
        turns: representable(cost / inventory, true)?,
        periods_of_supply: representable(inventory / cost, true)?,
        cost_of_goods_sold_per_day: days.map(usage_per).transpose()?,
        days_of_supply: days.map(supply_in).transpose()?,
        cost_of_goods_sold_per_week: weeks.map(usage_per).transpose()?,
        weeks_of_supply: weeks.map(supply_in).transpose()?,
        inventory_share_of_assets: assets.map(|assets| inventory / assets),
    })
}

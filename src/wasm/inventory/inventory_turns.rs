//! JS mirror of inventory turnover and weeks (or days) of supply. No formulas.

use crate::inventory::{self, InventoryTurnsInput};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link inventoryTurns}: money valued at cost, over one period (a year, say).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct InventoryTurnsOptions {
    /// Cost of goods sold over the period, money per period.
    pub cost_of_goods_sold: f64,
    /// Average inventory over the period valued at cost (raw material, work in process,
    /// finished goods), money: often (opening + closing) / 2.
    pub average_inventory: f64,
    /// Days in the period (365 a calendar year, 250 working days): gives `daysOfSupply`.
    #[tsify(optional)]
    pub days_per_period: Option<f64>,
    /// Weeks in the period (52 a year): gives `weeksOfSupply`.
    #[tsify(optional)]
    pub weeks_per_period: Option<f64>,
    /// Total assets, money, at least `averageInventory`: gives `inventoryShareOfAssets`.
    #[tsify(optional)]
    pub total_assets: Option<f64>,
}

from_js!(InventoryTurnsOptions {
    cost_of_goods_sold,
    average_inventory,
    days_per_period,
    weeks_per_period,
    total_assets
});

impl From<InventoryTurnsOptions> for InventoryTurnsInput {
    fn from(options: InventoryTurnsOptions) -> Self {
        InventoryTurnsInput {
            cost_of_goods_sold: options.cost_of_goods_sold,
            average_inventory: options.average_inventory,
            days_per_period: options.days_per_period,
            weeks_per_period: options.weeks_per_period,
            total_assets: options.total_assets,
        }
    }
}

/// Result of {@link inventoryTurns}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct InventoryTurnsResult {
    /// costOfGoodsSold / averageInventory: turns per period.
    pub turns: f64,
    /// averageInventory / costOfGoodsSold (1 / turns), periods.
    pub periods_of_supply: f64,
    /// costOfGoodsSold / daysPerPeriod, money per day (when `daysPerPeriod` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub cost_of_goods_sold_per_day: Option<f64>,
    /// averageInventory / (costOfGoodsSold / daysPerPeriod), days (when `daysPerPeriod` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub days_of_supply: Option<f64>,
    /// costOfGoodsSold / weeksPerPeriod, money per week (when `weeksPerPeriod` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub cost_of_goods_sold_per_week: Option<f64>,
    /// averageInventory / (costOfGoodsSold / weeksPerPeriod), weeks (when `weeksPerPeriod` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub weeks_of_supply: Option<f64>,
    /// averageInventory / totalAssets, a fraction (when `totalAssets` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub inventory_share_of_assets: Option<f64>,
}

to_js!(InventoryTurnsResult {
    turns,
    periods_of_supply,
    cost_of_goods_sold_per_day,
    days_of_supply,
    cost_of_goods_sold_per_week,
    weeks_of_supply,
    inventory_share_of_assets
});

impl From<inventory::InventoryTurns> for InventoryTurnsResult {
    fn from(result: inventory::InventoryTurns) -> Self {
        InventoryTurnsResult {
            turns: result.turns,
            periods_of_supply: result.periods_of_supply,
            cost_of_goods_sold_per_day: result.cost_of_goods_sold_per_day,
            days_of_supply: result.days_of_supply,
            cost_of_goods_sold_per_week: result.cost_of_goods_sold_per_week,
            weeks_of_supply: result.weeks_of_supply,
            inventory_share_of_assets: result.inventory_share_of_assets,
        }
    }
}

/// Inventory turnover (cost of goods sold / average inventory) and weeks or days of
/// supply (average inventory / usage per week or day), with the share of assets held as
/// inventory when the total assets are given.
///
/// Throws an {@link OpscalcError} naming the field for invalid options.
#[wasm_bindgen(js_name = inventoryTurns, unchecked_return_type = "InventoryTurnsResult")]
pub fn inventory_turns(
    #[wasm_bindgen(unchecked_param_type = "InventoryTurnsOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: InventoryTurnsOptions| {
        inventory::inventory_turns(&options.into()).map(InventoryTurnsResult::from)
    })
}

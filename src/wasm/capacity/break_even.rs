//! JS mirror of single-product break-even analysis: option and result types with
//! camelCase names and TypeScript declarations, and the exported function. No formulas:
//! it converts the options to the core input, calls the core, and converts the result.

use crate::capacity::{self, BreakEvenInput};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link breakEven}. Money and volumes share one period (a month, a year).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct BreakEvenOptions {
    /// F: costs that do not change with volume (rent, leases, salaries), money per period; 0 or more.
    pub fixed_cost: f64,
    /// P: selling price, money per unit; above 0.
    pub unit_price: f64,
    /// V: cost each unit adds (materials, direct labour), money per unit; 0 or more and below the price.
    pub variable_cost: f64,
    /// An expected volume, units per period, above 0: gives `atVolume` (profit, margin of safety).
    #[tsify(optional)]
    pub volume: Option<f64>,
    /// A profit to aim for, money per period, 0 or more: gives `target` (the volume that earns it).
    #[tsify(optional)]
    pub target_profit: Option<f64>,
}

from_js!(BreakEvenOptions {
    fixed_cost,
    unit_price,
    variable_cost,
    volume,
    target_profit
});

impl From<BreakEvenOptions> for BreakEvenInput {
    fn from(options: BreakEvenOptions) -> Self {
        BreakEvenInput {
            fixed_cost: options.fixed_cost,
            unit_price: options.unit_price,
            variable_cost: options.variable_cost,
            volume: options.volume,
            target_profit: options.target_profit,
        }
    }
}

/// What the expected volume leads to.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct BreakEvenAtVolumeResult {
    /// x, units per period, as given.
    pub volume: f64,
    /// P × x, money per period.
    pub revenue: f64,
    /// V × x, money per period.
    pub total_variable_cost: f64,
    /// F + V × x, money per period.
    pub total_cost: f64,
    /// (P − V) × x, money per period.
    pub contribution: f64,
    /// (P − V) × x − F, money per period; negative for a loss.
    pub profit: f64,
    /// x − BEP, units: how far sales may fall before the product loses money (negative below break-even).
    pub margin_of_safety: f64,
    /// P × x − BEP$, the margin of safety in money per period.
    pub margin_of_safety_revenue: f64,
    /// (x − BEP) / x, as a fraction of the volume (0.25 = 25 %).
    pub margin_of_safety_ratio: f64,
}

to_js!(BreakEvenAtVolumeResult {
    volume,
    revenue,
    total_variable_cost,
    total_cost,
    contribution,
    profit,
    margin_of_safety,
    margin_of_safety_revenue,
    margin_of_safety_ratio
});

impl From<capacity::VolumeOutcome> for BreakEvenAtVolumeResult {
    fn from(outcome: capacity::VolumeOutcome) -> Self {
        BreakEvenAtVolumeResult {
            volume: outcome.volume,
            revenue: outcome.revenue,
            total_variable_cost: outcome.total_variable_cost,
            total_cost: outcome.total_cost,
            contribution: outcome.contribution,
            profit: outcome.profit,
            margin_of_safety: outcome.margin_of_safety,
            margin_of_safety_revenue: outcome.margin_of_safety_revenue,
            margin_of_safety_ratio: outcome.margin_of_safety_ratio,
        }
    }
}

/// The volume and revenue that earn the target profit.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct TargetProfitResult {
    /// The target, money per period, as given.
    pub profit: f64,
    /// (F + profit) / (P − V), units per period.
    pub volume: f64,
    /// P × volume, money per period.
    pub revenue: f64,
}

to_js!(TargetProfitResult {
    profit,
    volume,
    revenue
});

impl From<capacity::TargetProfit> for TargetProfitResult {
    fn from(target: capacity::TargetProfit) -> Self {
        TargetProfitResult {
            profit: target.profit,
            volume: target.volume,
            revenue: target.revenue,
        }
    }
}

/// The break-even chart's straight lines, as columns of equal length: points at volume
/// 0, the break-even volume, the expected and target volumes (when given) and the end.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct BreakEvenChartResult {
    /// Volumes x, units per period, ascending, from 0.
    pub volume: Vec<f64>,
    /// P × x, money per period.
    pub revenue: Vec<f64>,
    /// F + V × x, money per period.
    pub total_cost: Vec<f64>,
    /// F at every volume, money per period.
    pub fixed_cost: Vec<f64>,
    /// (P − V) × x − F, money per period.
    pub profit: Vec<f64>,
}

to_js!(BreakEvenChartResult {
    volume,
    revenue,
    total_cost,
    fixed_cost,
    profit
});

impl From<capacity::BreakEvenChart> for BreakEvenChartResult {
    fn from(chart: capacity::BreakEvenChart) -> Self {
        BreakEvenChartResult {
            volume: chart.volume,
            revenue: chart.revenue,
            total_cost: chart.total_cost,
            fixed_cost: chart.fixed_cost,
            profit: chart.profit,
        }
    }
}

/// Result of {@link breakEven}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct BreakEvenResult {
    /// BEP = F / (P − V), units per period.
    pub break_even_volume: f64,
    /// BEP$ = F / (1 − V / P), money per period.
    pub break_even_revenue: f64,
    /// P − V, money per unit.
    pub contribution_margin: f64,
    /// V / P.
    pub variable_cost_ratio: f64,
    /// 1 − V / P: the share of each sale left for fixed cost and profit.
    pub contribution_margin_ratio: f64,
    /// Profit and margin of safety at the expected volume (when `volume` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub at_volume: Option<BreakEvenAtVolumeResult>,
    /// The volume that earns the target profit (when `targetProfit` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub target: Option<TargetProfitResult>,
    /// The revenue and cost lines, from 0 to twice the break-even volume (or a quarter past the expected or target volume), rounded up to a round number.
    pub chart: BreakEvenChartResult,
}

to_js!(BreakEvenResult {
    break_even_volume,
    break_even_revenue,
    contribution_margin,
    variable_cost_ratio,
    contribution_margin_ratio,
    at_volume,
    target,
    chart
});

impl From<capacity::BreakEven> for BreakEvenResult {
    fn from(result: capacity::BreakEven) -> Self {
        BreakEvenResult {
            break_even_volume: result.break_even_volume,
            break_even_revenue: result.break_even_revenue,
            contribution_margin: result.contribution_margin,
            variable_cost_ratio: result.variable_cost_ratio,
            contribution_margin_ratio: result.contribution_margin_ratio,
            at_volume: result.at_volume.map(Into::into),
            target: result.target.map(Into::into),
            chart: result.chart.into(),
        }
    }
}

/// Single-product break-even analysis: BEP = F / (P − V) units and BEP$ = F / (1 − V / P),
/// the contribution margin, and, when asked, the profit and margin of safety at an
/// expected volume and the volume for a target profit; with the chart's lines.
///
/// Throws an {@link OpscalcError} naming the field for invalid options (`unitPrice`
/// when it is not above `variableCost`: no volume breaks even).
#[wasm_bindgen(js_name = breakEven, unchecked_return_type = "BreakEvenResult")]
pub fn break_even(
    #[wasm_bindgen(unchecked_param_type = "BreakEvenOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: BreakEvenOptions| {
        capacity::break_even(&options.into()).map(BreakEvenResult::from)
    })
}

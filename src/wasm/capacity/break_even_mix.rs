//! JS mirror of multi-product break-even analysis by sales mix: option and result types
//! with camelCase names and TypeScript declarations, and the exported function. No
//! formulas: it converts the options to the core input, calls the core, and converts
//! the result.

use crate::Error;
use crate::capacity::{self, BreakEvenMixInput, MixProduct, SalesMix};
use crate::wasm::boundary::call;
use crate::wasm::choice::js_choice;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// One product of {@link breakEvenMix}. Give its part of the sales as `salesShare` or as
/// `forecastUnits`, the same way for every product.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct MixProductOptions {
    /// The product's name; when given, a non-empty string unique in the list.
    #[tsify(optional)]
    pub id: Option<String>,
    /// P: selling price, money per unit; above 0.
    pub unit_price: f64,
    /// V: variable cost, money per unit; 0 or more (above the price for a loss leader).
    pub variable_cost: f64,
    /// W: the product's share of sales revenue, as a fraction (0.62 = 62 %); the shares must add up to 1 within 0.01.
    #[tsify(optional)]
    pub sales_share: Option<f64>,
    /// Forecast sales, units per period; the revenue shares are then P × units / Σ P × units.
    #[tsify(optional)]
    pub forecast_units: Option<f64>,
}

from_js!(MixProductOptions {
    id,
    unit_price,
    variable_cost,
    sales_share,
    forecast_units
});

/// Options of {@link breakEvenMix}. Money and units share one period.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct BreakEvenMixOptions {
    /// F: fixed cost of all products together, money per period; 0 or more.
    pub fixed_cost: f64,
    /// The products, 1 to 1000 of them.
    pub products: Vec<MixProductOptions>,
}

from_js!(BreakEvenMixOptions {
    fixed_cost,
    products
});

impl TryFrom<BreakEvenMixOptions> for BreakEvenMixInput {
    type Error = Error;

    fn try_from(options: BreakEvenMixOptions) -> Result<Self, Error> {
        // A product without either field is missing the one the others give.
        let expected = options
            .products
            .iter()
            .find_map(
                |product| match (product.sales_share, product.forecast_units) {
                    (Some(_), None) => Some(capacity::MixBasis::SalesShare),
                    (None, Some(_)) => Some(capacity::MixBasis::ForecastUnits),
                    _ => None,
                },
            )
            .unwrap_or(capacity::MixBasis::SalesShare);
        let products = options
            .products
            .into_iter()
            .enumerate()
            .map(|(index, product)| {
                let mix =
                    SalesMix::from_fields(product.sales_share, product.forecast_units, expected)
                        .map_err(|error| error.within(&format!("products[{index}]")))?;
                Ok(MixProduct {
                    id: product.id,
                    unit_price: product.unit_price,
                    variable_cost: product.variable_cost,
                    mix,
                })
            })
            .collect::<Result<_, Error>>()?;
        Ok(BreakEvenMixInput::new(options.fixed_cost, products))
    }
}

/// How the mix was given: `"salesShare"`, as shares of sales revenue; `"forecastUnits"`,
/// as forecast units.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub enum MixBasis {
    /// Shares of sales revenue.
    SalesShare,
    /// Forecast units.
    ForecastUnits,
}

js_choice!(MixBasis { SalesShare = "salesShare", ForecastUnits = "forecastUnits" });

impl From<capacity::MixBasis> for MixBasis {
    fn from(basis: capacity::MixBasis) -> Self {
        match basis {
            capacity::MixBasis::SalesShare => MixBasis::SalesShare,
            capacity::MixBasis::ForecastUnits => MixBasis::ForecastUnits,
        }
    }
}

/// One product at the break-even point.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct MixProductResult {
    /// The product's id (when given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub id: Option<String>,
    /// P, money per unit, as given.
    pub unit_price: f64,
    /// V, money per unit, as given.
    pub variable_cost: f64,
    /// V / P.
    pub variable_cost_ratio: f64,
    /// 1 − V / P (negative for a loss leader).
    pub contribution_ratio: f64,
    /// P × forecast units, money per period (when the mix is given in forecast units).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub forecast_revenue: Option<f64>,
    /// W: the share of sales revenue used, as a fraction (the shares add up to 1).
    pub sales_share: f64,
    /// (1 − V / P) × W.
    pub weighted_contribution: f64,
    /// W × BEP$: the product's sales at break-even, money per period.
    pub revenue: f64,
    /// W × BEP$ / P: the product's sales at break-even, units per period.
    pub units: f64,
    /// (1 − V / P) × W × BEP$: the product's contribution at break-even, money per period (they add up to F).
    pub contribution: f64,
}

to_js!(MixProductResult {
    id,
    unit_price,
    variable_cost,
    variable_cost_ratio,
    contribution_ratio,
    forecast_revenue,
    sales_share,
    weighted_contribution,
    revenue,
    units,
    contribution
});

impl From<capacity::MixProductRow> for MixProductResult {
    fn from(row: capacity::MixProductRow) -> Self {
        MixProductResult {
            id: row.id,
            unit_price: row.unit_price,
            variable_cost: row.variable_cost,
            variable_cost_ratio: row.variable_cost_ratio,
            contribution_ratio: row.contribution_ratio,
            forecast_revenue: row.forecast_revenue,
            sales_share: row.sales_share,
            weighted_contribution: row.weighted_contribution,
            revenue: row.revenue,
            units: row.units,
            contribution: row.contribution,
        }
    }
}

/// The forecast's outcome (when the mix is given in forecast units).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct MixForecastResult {
    /// Σ P × units, money per period.
    pub revenue: f64,
    /// Σ (P − V) × units, money per period.
    pub contribution: f64,
    /// Σ (P − V) × units − F, money per period; negative for a loss.
    pub profit: f64,
    /// Forecast revenue − BEP$, money per period (negative below break-even).
    pub margin_of_safety_revenue: f64,
    /// (Forecast revenue − BEP$) / forecast revenue.
    pub margin_of_safety_ratio: f64,
}

to_js!(MixForecastResult {
    revenue,
    contribution,
    profit,
    margin_of_safety_revenue,
    margin_of_safety_ratio
});

impl From<capacity::MixForecast> for MixForecastResult {
    fn from(forecast: capacity::MixForecast) -> Self {
        MixForecastResult {
            revenue: forecast.revenue,
            contribution: forecast.contribution,
            profit: forecast.profit,
            margin_of_safety_revenue: forecast.margin_of_safety_revenue,
            margin_of_safety_ratio: forecast.margin_of_safety_ratio,
        }
    }
}

/// The break-even chart in money, as columns of equal length against sales revenue R
/// (in the given mix): points at 0, BEP$, the forecast revenue (when given) and the end.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct BreakEvenMixChartResult {
    /// Sales revenue R, money per period, ascending, from 0: the x axis and the revenue line.
    pub revenue: Vec<f64>,
    /// F + (1 − weighted contribution) × R, money per period.
    pub total_cost: Vec<f64>,
    /// F at every point, money per period.
    pub fixed_cost: Vec<f64>,
    /// Weighted contribution × R − F, money per period.
    pub profit: Vec<f64>,
}

to_js!(BreakEvenMixChartResult {
    revenue,
    total_cost,
    fixed_cost,
    profit
});

impl From<capacity::BreakEvenMixChart> for BreakEvenMixChartResult {
    fn from(chart: capacity::BreakEvenMixChart) -> Self {
        BreakEvenMixChartResult {
            revenue: chart.revenue,
            total_cost: chart.total_cost,
            fixed_cost: chart.fixed_cost,
            profit: chart.profit,
        }
    }
}

/// Result of {@link breakEvenMix}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct BreakEvenMixResult {
    /// BEP$ = F / Σ (1 − V / P) × W, money per period.
    pub break_even_revenue: f64,
    /// Σ (1 − V / P) × W: the mix's contribution per unit of money of sales.
    pub weighted_contribution: f64,
    /// How the mix was given.
    pub basis: MixBasis,
    /// The sum of the given sales shares, before they were scaled to add up to 1 (when given as shares).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub share_sum: Option<f64>,
    /// Every product, in input order.
    pub products: Vec<MixProductResult>,
    /// The forecast's profit and margin of safety (when the mix is given in forecast units).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub forecast: Option<MixForecastResult>,
    /// The revenue and cost lines, from 0 to twice BEP$ (or a quarter past the forecast revenue), rounded up to a round number.
    pub chart: BreakEvenMixChartResult,
}

to_js!(BreakEvenMixResult {
    break_even_revenue,
    weighted_contribution,
    basis,
    share_sum,
    products,
    forecast,
    chart
});

impl From<capacity::BreakEvenMix> for BreakEvenMixResult {
    fn from(result: capacity::BreakEvenMix) -> Self {
        BreakEvenMixResult {
            break_even_revenue: result.break_even_revenue,
            weighted_contribution: result.weighted_contribution,
            basis: result.basis.into(),
            share_sum: result.share_sum,
            products: result.products.into_iter().map(Into::into).collect(),
            forecast: result.forecast.map(Into::into),
            chart: result.chart.into(),
        }
    }
}

/// Multi-product break-even analysis by sales mix (Heizer & Render's weighted
/// contribution): BEP$ = F / Σ (1 − V / P) × W, with W each product's share of sales
/// revenue, and each product's revenue, units and contribution at break-even.
///
/// Throws an {@link OpscalcError} naming the field for invalid options
/// (`products[2].unitPrice`; `products` when the shares do not add up to 1 or the mix
/// does not contribute).
#[wasm_bindgen(js_name = breakEvenMix, unchecked_return_type = "BreakEvenMixResult")]
pub fn break_even_mix(
    #[wasm_bindgen(unchecked_param_type = "BreakEvenMixOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: BreakEvenMixOptions| {
        let input = BreakEvenMixInput::try_from(options)?;
        capacity::break_even_mix(&input).map(BreakEvenMixResult::from)
    })
}

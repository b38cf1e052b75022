//! JS mirror of the newsvendor (single-period) model. No formulas.

use super::demand_distribution::DemandDistribution;
use crate::Error;
use crate::inventory::{self, NewsvendorCosts, NewsvendorInput};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link newsvendor}: the costs, in one of two forms, and demand in the one
/// period. Give either `underageCost` with `overageCost`, or `price` with `cost` (and
/// `salvage`, 0 when omitted).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct NewsvendorOptions {
    /// Cu: cost of one unit of demand not met (lost margin), money per unit.
    #[tsify(optional)]
    pub underage_cost: Option<f64>,
    /// Co: cost of one unit left over at the end of the period, money per unit.
    #[tsify(optional)]
    pub overage_cost: Option<f64>,
    /// Selling price, money per unit (above `cost`); Cu = price − cost.
    #[tsify(optional)]
    pub price: Option<f64>,
    /// Purchase cost, money per unit (above `salvage`); Co = cost − salvage.
    #[tsify(optional)]
    pub cost: Option<f64>,
    /// What a unit left over fetches, money per unit (0 or more; default 0).
    #[tsify(optional)]
    pub salvage: Option<f64>,
    /// Demand in the period.
    pub demand: DemandDistribution,
}

from_js!(NewsvendorOptions {
    underage_cost,
    overage_cost,
    price,
    cost,
    salvage,
    demand
});

impl TryFrom<NewsvendorOptions> for NewsvendorInput {
    type Error = Error;

    fn try_from(options: NewsvendorOptions) -> Result<Self, Error> {
        Ok(NewsvendorInput {
            costs: NewsvendorCosts::from_fields(
                options.underage_cost,
                options.overage_cost,
                options.price,
                options.cost,
                options.salvage,
            )?,
            demand: options.demand.into(),
        })
    }
}

/// What stocking a quantity leads to on average, over many periods like this one.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct NewsvendorOutcomeResult {
    /// E[D]: mean demand, units.
    pub mean_demand: f64,
    /// E[max(D − Q, 0)]: expected demand not met, units.
    pub expected_shortage: f64,
    /// E[max(Q − D, 0)]: expected units left over.
    pub expected_leftover: f64,
    /// E[min(D, Q)]: expected units sold.
    pub expected_sales: f64,
    /// Cu × expected shortage + Co × expected leftover, money per period.
    pub expected_cost: f64,
    /// price × sales + salvage × leftover − cost × Q, money per period (when costs are given as prices).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub expected_profit: Option<f64>,
    /// P(D ≤ Q): the probability that the stock meets all demand.
    pub service_level: f64,
    /// P(D > Q): the probability of running out.
    pub stockout_probability: f64,
}

to_js!(NewsvendorOutcomeResult {
    mean_demand,
    expected_shortage,
    expected_leftover,
    expected_sales,
    expected_cost,
    expected_profit,
    service_level,
    stockout_probability
});

impl From<inventory::NewsvendorOutcome> for NewsvendorOutcomeResult {
    fn from(outcome: inventory::NewsvendorOutcome) -> Self {
        NewsvendorOutcomeResult {
            mean_demand: outcome.mean_demand,
            expected_shortage: outcome.expected_shortage,
            expected_leftover: outcome.expected_leftover,
            expected_sales: outcome.expected_sales,
            expected_cost: outcome.expected_cost,
            expected_profit: outcome.expected_profit,
            service_level: outcome.service_level,
            stockout_probability: outcome.stockout_probability,
        }
    }
}

/// One value of a discrete demand distribution, with its running total.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct DemandTableRow {
    /// The demand, units.
    pub value: f64,
    /// P(D = value).
    pub probability: f64,
    /// P(D ≤ value).
    pub cumulative: f64,
}

to_js!(DemandTableRow {
    value,
    probability,
    cumulative
});

/// Result of {@link newsvendor}: the stocking quantity and what it leads to.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct NewsvendorResult {
    /// Q*: the quantity to stock (0 or more), units.
    pub quantity: f64,
    /// Cu / (Cu + Co): the probability of meeting demand that balances the two costs.
    pub critical_ratio: f64,
    /// Cu, money per unit (price − cost for prices).
    pub underage_cost: f64,
    /// Co, money per unit (cost − salvage for prices).
    pub overage_cost: f64,
    /// z = Φ⁻¹(critical ratio), exact (normal demand only): Q* = mean + z × sd.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub z: Option<f64>,
    /// Each value with its probability and cumulative probability (discrete demand only):
    /// Q* is the first value whose cumulative probability reaches the critical ratio.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub table: Option<Vec<DemandTableRow>>,
    /// Expected shortage, leftover, sales, cost and profit at Q*.
    pub outcome: NewsvendorOutcomeResult,
}

to_js!(NewsvendorResult {
    quantity,
    critical_ratio,
    underage_cost,
    overage_cost,
    z,
    table,
    outcome
});

impl From<inventory::Newsvendor> for NewsvendorResult {
    fn from(result: inventory::Newsvendor) -> Self {
        NewsvendorResult {
            quantity: result.quantity,
            critical_ratio: result.critical_ratio,
            underage_cost: result.underage_cost,
            overage_cost: result.overage_cost,
            z: result.z,
            table: result.table.map(|rows| {
                rows.into_iter()
                    .map(|row| DemandTableRow {
                        value: row.value,
                        probability: row.probability,
                        cumulative: row.cumulative,
                    })
                    .collect()
            }),
            outcome: result.outcome.into(),
        }
    }
}

/// Newsvendor (single-period) model: the stock that minimises the expected cost of
/// shortage and leftover, from the critical ratio Cu / (Cu + Co), for normal, uniform
/// or discrete demand.
///
/// Throws an {@link OpscalcError} naming the field for invalid options (demand errors
/// under `demand`, e.g. `demand.probabilities[2]`).
#[wasm_bindgen(js_name = newsvendor, unchecked_return_type = "NewsvendorResult")]
pub fn newsvendor(
    #[wasm_bindgen(unchecked_param_type = "NewsvendorOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: NewsvendorOptions| {
        let input = NewsvendorInput::try_from(options)?;
        inventory::newsvendor(&input).map(NewsvendorResult::from)
    })
}

/// Options of {@link newsvendorOutcome}: the model and the quantity to evaluate.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct NewsvendorOutcomeOptions {
    /// The newsvendor model, as for {@link newsvendor}.
    pub model: NewsvendorOptions,
    /// Q: the quantity stocked, units (0 or more).
    pub quantity: f64,
}

from_js!(NewsvendorOutcomeOptions { model, quantity });

/// What stocking any quantity leads to under the newsvendor model: expected shortage,
/// leftover, sales, cost (and profit for prices), and the probability of meeting demand.
///
/// Throws an {@link OpscalcError} naming the field for invalid options (model errors
/// under `model`, e.g. `model.demand.sd`).
#[wasm_bindgen(js_name = newsvendorOutcome, unchecked_return_type = "NewsvendorOutcomeResult")]
pub fn newsvendor_outcome(
    #[wasm_bindgen(unchecked_param_type = "NewsvendorOutcomeOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: NewsvendorOutcomeOptions| {
        let in_model = |error: Error| error.within("model");
        let input = NewsvendorInput::try_from(options.model).map_err(in_model)?;
        inventory::newsvendor_outcome(&input, options.quantity)
            .map_err(|error| match error.field() {
                "quantity" => error,
                _ => in_model(error),
            })
            .map(NewsvendorOutcomeResult::from)
    })
}

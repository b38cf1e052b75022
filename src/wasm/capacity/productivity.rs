//! JS mirror of productivity: option and result types with camelCase names and
//! TypeScript declarations, and the exported function. No formulas.

use crate::Error;
use crate::capacity::{
    self, FactorMeasure, ProductivityFactor, ProductivityInput, ProductivityPeriod,
};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// One input of a period (labour, materials, overhead): give `amount`, `cost`, or both,
/// or `amount` with `unitCost`.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ProductivityFactorOptions {
    /// The input's name: non-empty and unique in its period; it matches the input across periods.
    pub name: String,
    /// The amount used, in the input's own unit (labour-hours, kilograms).
    #[tsify(optional)]
    pub amount: Option<f64>,
    /// Money per unit of `amount` (a wage an hour): the cost is amount × unitCost.
    #[tsify(optional)]
    pub unit_cost: Option<f64>,
    /// What the input cost, money.
    #[tsify(optional)]
    pub cost: Option<f64>,
}

from_js!(ProductivityFactorOptions {
    name,
    amount,
    unit_cost,
    cost
});

/// One period: what it produced and what it used.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ProductivityPeriodOptions {
    /// What the period produced, in units or money.
    pub output: f64,
    /// What it used, 1 to 100 inputs.
    pub inputs: Vec<ProductivityFactorOptions>,
}

from_js!(ProductivityPeriodOptions { output, inputs });

/// Options of {@link productivity}: one period, or two (before and after) to compare.
/// Multifactor productivity adds the inputs' costs, so it needs every input's cost, in
/// one currency.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ProductivityOptions {
    /// One or two periods, the earlier first.
    pub periods: Vec<ProductivityPeriodOptions>,
}

from_js!(ProductivityOptions { periods });

impl TryFrom<ProductivityOptions> for ProductivityInput {
    type Error = Error;

    fn try_from(options: ProductivityOptions) -> Result<Self, Error> {
        let mut periods = Vec::with_capacity(options.periods.len());
        for (period_index, period) in options.periods.into_iter().enumerate() {
            let mut inputs = Vec::with_capacity(period.inputs.len());
            for (input_index, factor) in period.inputs.into_iter().enumerate() {
                let measure =
                    FactorMeasure::from_fields(factor.amount, factor.unit_cost, factor.cost)
                        .map_err(|error| {
                            error.within(&format!("periods[{period_index}].inputs[{input_index}]"))
                        })?;
                inputs.push(ProductivityFactor::new(factor.name, measure));
            }
            periods.push(ProductivityPeriod {
                output: period.output,
                inputs,
            });
        }
        Ok(ProductivityInput { periods })
    }
}

/// One input's productivity in one period.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct FactorProductivityResult {
    /// The input's name.
    pub name: String,
    /// The amount used, in the input's own unit (when given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub amount: Option<f64>,
    /// What it cost, money: given, or amount × unitCost (when known).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub cost: Option<f64>,
    /// output / amount: output per unit of the input (when an amount is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub output_per_amount: Option<f64>,
    /// output / cost: output per unit of money spent on the input (when its cost is known).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub output_per_cost: Option<f64>,
}

to_js!(FactorProductivityResult {
    name,
    amount,
    cost,
    output_per_amount,
    output_per_cost
});

/// The productivity of one period.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct PeriodProductivityResult {
    /// The output, as given.
    pub output: f64,
    /// Each input's single-factor productivity, in the order given.
    pub factors: Vec<FactorProductivityResult>,
    /// The sum of every input's cost, money (when every cost is known).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub total_cost: Option<f64>,
    /// output / totalCost: multifactor productivity, output per unit of money (when every cost is known).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub multifactor_productivity: Option<f64>,
}

to_js!(PeriodProductivityResult {
    output,
    factors,
    total_cost,
    multifactor_productivity
});

/// How one input's productivity changed from the first period to the second.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct FactorChangeResult {
    /// The input's name, found in both periods.
    pub name: String,
    /// after / before − 1 of output per amount, a fraction (0.75 = +75 %), when both periods give the amount.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub output_per_amount: Option<f64>,
    /// after / before − 1 of output per cost, a fraction, when both periods give the cost.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub output_per_cost: Option<f64>,
}

to_js!(FactorChangeResult {
    name,
    output_per_amount,
    output_per_cost
});

/// What changed from the first period to the second.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ProductivityChangeResult {
    /// after / before − 1 of the output, a fraction.
    pub output: f64,
    /// The inputs found (by name) in both periods, in the first period's order.
    pub factors: Vec<FactorChangeResult>,
    /// after / before − 1 of multifactor productivity, a fraction (when both periods have one).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub multifactor_productivity: Option<f64>,
}

to_js!(ProductivityChangeResult {
    output,
    factors,
    multifactor_productivity
});

/// Result of {@link productivity}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ProductivityResult {
    /// One entry per period, in the order given.
    pub periods: Vec<PeriodProductivityResult>,
    /// The change from the first period to the second (with two periods).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub change: Option<ProductivityChangeResult>,
}

to_js!(ProductivityResult { periods, change });

impl From<capacity::Productivity> for ProductivityResult {
    fn from(result: capacity::Productivity) -> Self {
        ProductivityResult {
            periods: result
                .periods
                .into_iter()
                .map(|period| PeriodProductivityResult {
                    output: period.output,
                    factors: period
                        .factors
                        .into_iter()
                        .map(|factor| FactorProductivityResult {
                            name: factor.name,
                            amount: factor.amount,
                            cost: factor.cost,
                            output_per_amount: factor.output_per_amount,
                            output_per_cost: factor.output_per_cost,
                        })
                        .collect(),
                    total_cost: period.total_cost,
                    multifactor_productivity: period.multifactor_productivity,
                })
                .collect(),
            change: result.change.map(|change| ProductivityChangeResult {
                output: change.output,
                factors: change
                    .factors
                    .into_iter()
                    .map(|factor| FactorChangeResult {
                        name: factor.name,
                        output_per_amount: factor.output_per_amount,
                        output_per_cost: factor.output_per_cost,
                    })
                    .collect(),
                multifactor_productivity: change.multifactor_productivity,
            }),
        }
    }
}

/// Productivity for one or two periods: each input's single-factor productivity
/// (output / amount, output / cost), multifactor productivity (output / total cost),
/// and the change between periods (after / before − 1).
///
/// Throws an {@link OpscalcError} naming the field for invalid options
/// (`periods[1].inputs[0].amount`).
#[wasm_bindgen(js_name = productivity, unchecked_return_type = "ProductivityResult")]
pub fn productivity(
    #[wasm_bindgen(unchecked_param_type = "ProductivityOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: ProductivityOptions| {
        capacity::productivity(&ProductivityInput::try_from(options)?).map(ProductivityResult::from)
    })
}

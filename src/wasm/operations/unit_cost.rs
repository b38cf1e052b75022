//! JS mirror of the cost per unit by component. No formulas.

use crate::operations::{self, CostComponent, UnitCostInput};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// One component of a period's cost (material, labour, overhead).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CostComponentOptions {
    /// The component's name: a non-empty string, unique in the list.
    pub id: String,
    /// What it cost over the period, money, 0 or more.
    pub cost: f64,
}

from_js!(CostComponentOptions { id, cost });

/// Options of {@link unitCost}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct UnitCostOptions {
    /// The units the costs were spent on, above 0: the good units made.
    pub units: f64,
    /// The period's costs, 1 to 100 components in one currency, adding up to more than 0.
    pub costs: Vec<CostComponentOptions>,
}

from_js!(UnitCostOptions { units, costs });

impl From<UnitCostOptions> for UnitCostInput {
    fn from(options: UnitCostOptions) -> Self {
        UnitCostInput {
            units: options.units,
            costs: options
                .costs
                .into_iter()
                .map(|component| CostComponent::new(component.id, component.cost))
                .collect(),
        }
    }
}

/// One component's part of the cost per unit.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ComponentUnitCostResult {
    /// The component's name.
    pub id: String,
    /// Its cost over the period, as given.
    pub cost: f64,
    /// cost / units, money per unit.
    pub unit_cost: f64,
    /// cost / totalCost, a fraction.
    pub share: f64,
}

to_js!(ComponentUnitCostResult {
    id,
    cost,
    unit_cost,
    share
});

/// Result of {@link unitCost}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct UnitCostResult {
    /// The units, as given.
    pub units: f64,
    /// The sum of the components' costs, money.
    pub total_cost: f64,
    /// totalCost / units, money per unit.
    pub unit_cost: f64,
    /// Each component in the order given; their unit costs add up to `unitCost`, their shares to 1.
    pub components: Vec<ComponentUnitCostResult>,
}

to_js!(UnitCostResult {
    units,
    total_cost,
    unit_cost,
    components
});

impl From<operations::UnitCost> for UnitCostResult {
    fn from(result: operations::UnitCost) -> Self {
        UnitCostResult {
            units: result.units,
            total_cost: result.total_cost,
            unit_cost: result.unit_cost,
            components: result
                .components
                .into_iter()
                .map(|component| ComponentUnitCostResult {
                    id: component.id,
                    cost: component.cost,
                    unit_cost: component.unit_cost,
                    share: component.share,
                })
                .collect(),
        }
    }
}

/// Cost per unit: the period's total cost (material, labour, overhead, ...) over the good
/// units made, with each component's cost per unit and share of the total.
///
/// Throws an {@link OpscalcError} naming the field for invalid options.
#[wasm_bindgen(js_name = unitCost, unchecked_return_type = "UnitCostResult")]
pub fn unit_cost(
    #[wasm_bindgen(unchecked_param_type = "UnitCostOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: UnitCostOptions| {
        operations::unit_cost(&options.into()).map(UnitCostResult::from)
    })
}

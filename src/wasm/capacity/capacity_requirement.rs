//! JS mirror of the capacity requirement (machines needed for a product mix). No
//! formulas: it converts the options to the core input, calls the core, and converts
//! the result.

use crate::Error;
use crate::capacity::{self, BatchSetup, CapacityProduct, CapacityRequirementInput};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// One product (or service) that uses the machines. Give `setupTime` and `lotSize`
/// together for a product made in lots, or neither.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CapacityProductOptions {
    /// The product's name: when given, a non-empty string, unique in the list.
    #[tsify(optional)]
    pub id: Option<String>,
    /// D: units needed per period (a year, say).
    pub demand: f64,
    /// p: machine time per unit, in the unit of `availableTime` (hours).
    pub processing_time: f64,
    /// s: time to set up for one lot, in the same unit; 0 or more. Needs `lotSize`.
    #[tsify(optional)]
    pub setup_time: Option<f64>,
    /// Q: units made between two setups. Needs `setupTime`.
    #[tsify(optional)]
    pub lot_size: Option<f64>,
}

from_js!(CapacityProductOptions {
    id,
    demand,
    processing_time,
    setup_time,
    lot_size
});

/// Options of {@link capacityRequirement}. Demand is per one period (a year, say);
/// processing, setup and available times share one time unit (hours, say).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CapacityRequirementOptions {
    /// The products, 1 to 10000 of them.
    pub products: Vec<CapacityProductOptions>,
    /// N: time one machine is available per period (2000 hours for one 8-hour shift on 250 days).
    pub available_time: f64,
    /// C: the share of each machine's time to hold in reserve, a fraction from 0 up to
    /// (not including) 1 (0.15 for 15 %); default 0.
    #[tsify(optional)]
    pub cushion: Option<f64>,
}

from_js!(CapacityRequirementOptions {
    products,
    available_time,
    cushion
});

impl TryFrom<CapacityRequirementOptions> for CapacityRequirementInput {
    type Error = Error;

    fn try_from(options: CapacityRequirementOptions) -> Result<Self, Error> {
        let products = options
            .products
            .into_iter()
            .enumerate()
            .map(|(index, product)| {
                let setup = BatchSetup::from_fields(product.setup_time, product.lot_size)
                    .map_err(|error| error.within(&format!("products[{index}]")))?;
                Ok(CapacityProduct {
                    id: product.id,
                    demand: product.demand,
                    processing_time: product.processing_time,
                    setup,
                })
            })
            .collect::<Result<_, Error>>()?;
        Ok(CapacityRequirementInput {
            products,
            available_time: options.available_time,
            cushion: options.cushion,
        })
    }
}

/// The machine time one product needs per period, in the time unit.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ProductRequirementResult {
    /// The product's id, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub id: Option<String>,
    /// D × p: processing time per period.
    pub processing_time_needed: f64,
    /// D / Q: setups (lots) per period (for a product made in lots).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub setups: Option<f64>,
    /// (D / Q) × s: setup time per period (0 without setups).
    pub setup_time_needed: f64,
    /// D × p + (D / Q) × s: the product's machine time per period.
    pub time_needed: f64,
}

to_js!(ProductRequirementResult {
    id,
    processing_time_needed,
    setups,
    setup_time_needed,
    time_needed
});

/// Result of {@link capacityRequirement}. Times per period, in the time unit.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CapacityRequirementResult {
    /// Each product's time, in the order of `products`.
    pub products: Vec<ProductRequirementResult>,
    /// Σ D × p: processing time of all products.
    pub processing_time_needed: f64,
    /// Σ (D / Q) × s: setup time of all products.
    pub setup_time_needed: f64,
    /// Σ [D × p + (D / Q) × s]: machine time needed.
    pub time_needed: f64,
    /// The cushion used, a fraction (0 when none is given).
    pub cushion: f64,
    /// N × (1 − C): the time one machine may be planned for.
    pub available_time_after_cushion: f64,
    /// M = timeNeeded / (N × (1 − C)): machines needed, as a fraction.
    pub exact_requirement: f64,
    /// ⌈M⌉: whole machines needed (at least 1).
    pub machines: u32,
    /// timeNeeded / (machines × N): the share of the machines' time in use with that many.
    pub utilization: f64,
    /// 1 − utilization: the cushion that many machines leave.
    pub resulting_cushion: f64,
}

to_js!(CapacityRequirementResult {
    products,
    processing_time_needed,
    setup_time_needed,
    time_needed,
    cushion,
    available_time_after_cushion,
    exact_requirement,
    machines,
    utilization,
    resulting_cushion
});

impl From<capacity::CapacityRequirement> for CapacityRequirementResult {
    fn from(result: capacity::CapacityRequirement) -> Self {
        CapacityRequirementResult {
            products: result
                .products
                .into_iter()
                .map(|product| ProductRequirementResult {
                    id: product.id,
                    processing_time_needed: product.processing_time_needed,
                    setups: product.setups,
                    setup_time_needed: product.setup_time_needed,
                    time_needed: product.time_needed,
                })
                .collect(),
            processing_time_needed: result.processing_time_needed,
            setup_time_needed: result.setup_time_needed,
            time_needed: result.time_needed,
            cushion: result.cushion,
            available_time_after_cushion: result.available_time_after_cushion,
            exact_requirement: result.exact_requirement,
            machines: result.machines,
            utilization: result.utilization,
            resulting_cushion: result.resulting_cushion,
        }
    }
}

/// Machines (or workers) a product mix needs: M = Σ [D p + (D / Q) s] / (N (1 − C)),
/// rounded up, with each product's processing and setup time and the utilization of
/// the machines that gives.
///
/// Throws an {@link OpscalcError} naming the field for invalid options
/// (`products[2].lotSize` for a setup time without a lot size).
#[wasm_bindgen(js_name = capacityRequirement, unchecked_return_type = "CapacityRequirementResult")]
pub fn capacity_requirement(
    #[wasm_bindgen(unchecked_param_type = "CapacityRequirementOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: CapacityRequirementOptions| {
        let input = CapacityRequirementInput::try_from(options)?;
        capacity::capacity_requirement(&input).map(CapacityRequirementResult::from)
    })
}

//! JS mirror of `CostCurveInput`, shared by every lot-size model's cost curve.

use crate::Error;
use crate::inventory::CostCurveInput;
use crate::wasm::from_js::from_js;
use tsify::Tsify;

/// Options of a lot-size model's cost curve: the model, as its own function takes it,
/// and which lot sizes to evaluate.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CostCurveOptions<M> {
    /// The model, with the same options as the model's own function.
    pub model: M,
    /// Smallest lot size, units (default Q* / 5; a discount curve starts below its smallest candidate).
    #[tsify(optional)]
    pub min_quantity: Option<f64>,
    /// Largest lot size, units (default 3 × Q*; a discount curve reaches past its largest candidate).
    #[tsify(optional)]
    pub max_quantity: Option<f64>,
    /// Number of evenly spaced lot sizes, 2 to 10000 (default 101; a discount curve adds its price breaks).
    #[tsify(optional)]
    pub points: Option<u32>,
}

from_js!([M] CostCurveOptions<M> { model, min_quantity, max_quantity, points });

impl<M> CostCurveOptions<M> {
    /// The core input, the model converted from its options (errors under `model`).
    pub(crate) fn into_input<I>(self) -> Result<CostCurveInput<I>, Error>
    where
        I: TryFrom<M, Error = Error>,
    {
        Ok(CostCurveInput {
            model: I::try_from(self.model).map_err(|error| error.within("model"))?,
            min_quantity: self.min_quantity,
            max_quantity: self.max_quantity,
            points: self.points,
        })
    }
}

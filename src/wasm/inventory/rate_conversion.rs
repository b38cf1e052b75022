//! JS mirror of the rate conversion between time units. No formulas.

use crate::inventory::{self, RateConversionInput};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link convertRate}: a rate per one period, and the lengths of that period
/// and of the period wanted in any one unit (working days: a year of 250, a week of 5,
/// a day of 1).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ConvertRateOptions {
    /// The rate per `fromPeriod` (demand, say: units per period).
    pub rate: f64,
    /// Standard deviation of the amount in one `fromPeriod`, 0 or more.
    #[tsify(optional)]
    pub sd: Option<f64>,
    /// Length of the period the rate is given per (250 for a year of 250 working days).
    pub from_period: f64,
    /// Length of the period wanted, in the same unit (1 for a day).
    pub to_period: f64,
}

from_js!(ConvertRateOptions {
    rate,
    sd,
    from_period,
    to_period
});

impl From<ConvertRateOptions> for RateConversionInput {
    fn from(options: ConvertRateOptions) -> Self {
        RateConversionInput {
            rate: options.rate,
            sd: options.sd,
            from_period: options.from_period,
            to_period: options.to_period,
        }
    }
}

/// Result of {@link convertRate}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ConvertRateResult {
    /// rate × toPeriod / fromPeriod: the rate per the period wanted.
    pub rate: f64,
    /// sd × √(toPeriod / fromPeriod), taking demand in separate periods as independent (when `sd` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub sd: Option<f64>,
    /// toPeriod / fromPeriod: what the rate is multiplied by.
    pub factor: f64,
    /// √(toPeriod / fromPeriod): what the standard deviation is multiplied by.
    pub sd_factor: f64,
}

to_js!(ConvertRateResult {
    rate,
    sd,
    factor,
    sd_factor
});

impl From<inventory::RateConversion> for ConvertRateResult {
    fn from(result: inventory::RateConversion) -> Self {
        ConvertRateResult {
            rate: result.rate,
            sd: result.sd,
            factor: result.factor,
            sd_factor: result.sd_factor,
        }
    }
}

/// Converts a rate per one period into a rate per another (annual demand to daily:
/// `convertRate({ rate: 8000, fromPeriod: 250, toPeriod: 1 })` gives 32), scaling a
/// standard deviation by the square root of the ratio.
///
/// Throws an {@link OpscalcError} naming the field for invalid options.
#[wasm_bindgen(js_name = convertRate, unchecked_return_type = "ConvertRateResult")]
pub fn convert_rate(
    #[wasm_bindgen(unchecked_param_type = "ConvertRateOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: ConvertRateOptions| {
        inventory::convert_rate(&options.into()).map(ConvertRateResult::from)
    })
}

//! JS mirror of crossover (cost-volume) analysis, make or buy included: option and result
//! types with camelCase names and TypeScript declarations, and the exported function. No
//! formulas: it converts the options to the core input, calls the core, and converts
//! the result.

use crate::capacity::{self, BreakEvenCrossoverInput};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// One option of {@link breakEvenCrossover}: a process, a machine, a supplier. Its total
/// cost at volume x is fixedCost + variableCost × x.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CrossoverOption {
    /// The option's name ("make", "process A"): a non-empty string, unique in the list.
    pub id: String,
    /// F: fixed cost, money per period; 0 or more (0 for buying).
    pub fixed_cost: f64,
    /// V: cost per unit, money per unit; 0 or more (the price, for buying).
    pub variable_cost: f64,
}

from_js!(CrossoverOption {
    id,
    fixed_cost,
    variable_cost
});

/// Options of {@link breakEvenCrossover}. Money and volumes share one period.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct BreakEvenCrossoverOptions {
    /// The options to compare, 2 to 100 of them.
    pub options: Vec<CrossoverOption>,
    /// A volume to price every option at, units per period, above 0: gives `atVolume`.
    #[tsify(optional)]
    pub volume: Option<f64>,
}

from_js!(BreakEvenCrossoverOptions { options, volume });

impl From<BreakEvenCrossoverOptions> for BreakEvenCrossoverInput {
    fn from(options: BreakEvenCrossoverOptions) -> Self {
        BreakEvenCrossoverInput {
            options: options
                .options
                .into_iter()
                .map(|option| {
                    capacity::CrossoverOption::new(
                        option.id,
                        option.fixed_cost,
                        option.variable_cost,
                    )
                })
                .collect(),
            volume: options.volume,
        }
    }
}

/// A range of volumes over which one option is the cheapest.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CheapestRangeResult {
    /// The cheapest option, by its index in `options`.
    pub option: u32,
    /// Where the range starts, units per period (0 for the first).
    pub from_volume: f64,
    /// Where it ends, units per period; absent for the last range, which has no end.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub to_volume: Option<f64>,
}

to_js!(CheapestRangeResult {
    option,
    from_volume,
    to_volume
});

impl From<capacity::CheapestRange> for CheapestRangeResult {
    fn from(range: capacity::CheapestRange) -> Self {
        CheapestRangeResult {
            option: range.option,
            from_volume: range.from_volume,
            to_volume: range.to_volume,
        }
    }
}

/// A volume where the cheapest option changes.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CrossoverPointResult {
    /// (F_above − F_below) / (V_below − V_above), units per period.
    pub volume: f64,
    /// The total cost of both options there, money per period.
    pub total_cost: f64,
    /// Index of the option cheapest just below this volume (the lower fixed cost).
    pub below: u32,
    /// Index of the option cheapest just above it (the lower variable cost).
    pub above: u32,
}

to_js!(CrossoverPointResult {
    volume,
    total_cost,
    below,
    above
});

impl From<capacity::CrossoverPoint> for CrossoverPointResult {
    fn from(point: capacity::CrossoverPoint) -> Self {
        CrossoverPointResult {
            volume: point.volume,
            total_cost: point.total_cost,
            below: point.below,
            above: point.above,
        }
    }
}

/// One option's cost at the given volume.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CrossoverOptionCostResult {
    /// F, money per period.
    pub fixed_cost: f64,
    /// V × x, money per period.
    pub total_variable_cost: f64,
    /// F + V × x, money per period.
    pub total_cost: f64,
    /// The total cost above the cheapest option's, money per period (0 for the cheapest and any tie).
    pub extra_cost: f64,
}

to_js!(CrossoverOptionCostResult {
    fixed_cost,
    total_variable_cost,
    total_cost,
    extra_cost
});

impl From<capacity::CrossoverOptionCost> for CrossoverOptionCostResult {
    fn from(cost: capacity::CrossoverOptionCost) -> Self {
        CrossoverOptionCostResult {
            fixed_cost: cost.fixed_cost,
            total_variable_cost: cost.total_variable_cost,
            total_cost: cost.total_cost,
            extra_cost: cost.extra_cost,
        }
    }
}

/// Every option priced at the given volume.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CrossoverAtVolumeResult {
    /// x, units per period, as given.
    pub volume: f64,
    /// Index of the cheapest option there (on a tie, the lower variable cost, then the first listed).
    pub cheapest: u32,
    /// Each option's cost, in the order of `options`.
    pub options: Vec<CrossoverOptionCostResult>,
}

to_js!(CrossoverAtVolumeResult {
    volume,
    cheapest,
    options
});

impl From<capacity::CrossoverAtVolume> for CrossoverAtVolumeResult {
    fn from(priced: capacity::CrossoverAtVolume) -> Self {
        CrossoverAtVolumeResult {
            volume: priced.volume,
            cheapest: priced.cheapest,
            options: priced.options.into_iter().map(Into::into).collect(),
        }
    }
}

/// The total-cost lines and their lower envelope, as columns against volume: points at
/// 0, each crossover, the given volume and the end.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CrossoverChartResult {
    /// Volumes x, units per period, ascending, from 0.
    pub volume: Vec<f64>,
    /// For each option, in the order of `options`, F + V × x at each volume, money per period.
    pub total_cost: Vec<Vec<f64>>,
    /// The lowest total cost at each volume, money per period.
    pub lowest_cost: Vec<f64>,
}

to_js!(CrossoverChartResult {
    volume,
    total_cost,
    lowest_cost
});

impl From<capacity::CrossoverChart> for CrossoverChartResult {
    fn from(chart: capacity::CrossoverChart) -> Self {
        CrossoverChartResult {
            volume: chart.volume,
            total_cost: chart.total_cost,
            lowest_cost: chart.lowest_cost,
        }
    }
}

/// Result of {@link breakEvenCrossover}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct BreakEvenCrossoverResult {
    /// The ranges of volume from 0 up, each with its cheapest option; one range when no crossover exists.
    pub ranges: Vec<CheapestRangeResult>,
    /// Every volume where the cheapest option changes, ascending; empty when one option is cheapest everywhere.
    pub crossovers: Vec<CrossoverPointResult>,
    /// Every option priced at `volume` (when given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub at_volume: Option<CrossoverAtVolumeResult>,
    /// The cost lines, from 0 to half as far again as the last crossover (or a quarter past `volume`), rounded up to a round number.
    pub chart: CrossoverChartResult,
}

to_js!(BreakEvenCrossoverResult {
    ranges,
    crossovers,
    at_volume,
    chart
});

impl From<capacity::BreakEvenCrossover> for BreakEvenCrossoverResult {
    fn from(result: capacity::BreakEvenCrossover) -> Self {
        BreakEvenCrossoverResult {
            ranges: result.ranges.into_iter().map(Into::into).collect(),
            crossovers: result.crossovers.into_iter().map(Into::into).collect(),
            at_volume: result.at_volume.map(Into::into),
            chart: result.chart.into(),
        }
    }
}

/// Crossover (cost-volume) analysis of two or more options, make or buy included (buy:
/// no fixed cost, the price as variable cost): the volumes where total costs
/// F + V × x are equal, x = (F1 − F2) / (V2 − V1), the cheapest option on each side,
/// and every option priced at a volume. Parallel lines (equal variable costs) never
/// cross: the lower fixed cost is cheaper everywhere, which is no error.
///
/// Throws an {@link OpscalcError} naming the field for invalid options
/// (`options[1].fixedCost`).
#[wasm_bindgen(js_name = breakEvenCrossover, unchecked_return_type = "BreakEvenCrossoverResult")]
pub fn break_even_crossover(
    #[wasm_bindgen(unchecked_param_type = "BreakEvenCrossoverOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: BreakEvenCrossoverOptions| {
        capacity::break_even_crossover(&options.into()).map(BreakEvenCrossoverResult::from)
    })
}

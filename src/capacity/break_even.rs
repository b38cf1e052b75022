//! Break-even analysis of one product: the volume and revenue at which revenue covers
//! fixed plus variable cost, and what an expected volume or a target profit means.

use crate::error::{Error, ErrorCode};
use crate::validate::{non_negative, positive, positive_if_given, representable};

/// Inputs of a single-product break-even analysis. Money and volumes share one period
/// (a year, a month): fixed cost per period, volumes in units per period.
///
/// # Examples
/// ```
/// use opscalc::capacity::BreakEvenInput;
/// // Stevenson's berry pies: $6,000 a month, $2 a pie, sold at $7; 1,000 pies expected.
/// let input = BreakEvenInput::new(6000.0, 7.0, 2.0).with_volume(1000.0).with_target_profit(4000.0);
/// assert_eq!((input.volume, input.target_profit), (Some(1000.0), Some(4000.0)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BreakEvenInput {
    /// `F`: costs that do not change with volume (rent, leases, salaries), money per
    /// period; 0 or more. Field `fixed_cost`.
    pub fixed_cost: f64,
    /// `P`: selling price, money per unit; above 0. Field `unit_price`.
    pub unit_price: f64,
    /// `V`: cost that each unit adds (materials, direct labour), money per unit; 0 or
    /// more and below the price. Field `variable_cost`.
    pub variable_cost: f64,
    /// An expected (or actual) volume, units per period, above 0: adds the profit and
    /// the margin of safety at it. Field `volume`.
    pub volume: Option<f64>,
    /// A profit to aim for, money per period, 0 or more: adds the volume and revenue
    /// that earn it. Field `target_profit`.
    pub target_profit: Option<f64>,
}

impl BreakEvenInput {
    /// A break-even analysis of fixed cost `F`, price `P` and variable cost `V`, without
    /// an expected volume or a target profit.
    pub fn new(fixed_cost: f64, unit_price: f64, variable_cost: f64) -> Self {
        BreakEvenInput {
            fixed_cost,
            unit_price,
            variable_cost,
            volume: None,
            target_profit: None,
        }
    }

    /// The same analysis with an expected volume, units per period.
    #[must_use]
    pub fn with_volume(self, volume: f64) -> Self {
        BreakEvenInput {
            volume: Some(volume),
            ..self
        }
    }

    /// The same analysis with a target profit, money per period.
    #[must_use]
    pub fn with_target_profit(self, target_profit: f64) -> Self {
        BreakEvenInput {
            target_profit: Some(target_profit),
            ..self
        }
    }
}

/// What one volume leads to: revenue, costs, profit and the margin of safety.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct VolumeOutcome {
    /// `x`, units per period, as given.
    pub volume: f64,
    /// `P x`, money per period.
    pub revenue: f64,
    /// `V x`, money per period.
    pub total_variable_cost: f64,
    /// `F + V x`, money per period.
    pub total_cost: f64,
    /// `(P − V) x`, money per period: what the volume contributes to fixed cost and profit.
    pub contribution: f64,
    /// `P x − (F + V x) = (P − V) x − F`, money per period; negative for a loss.
    pub profit: f64,
    /// `x − BEP`, units: how far sales may fall before the product loses money;
    /// negative when the volume is below break-even.
    pub margin_of_safety: f64,
    /// `P x − BEP$`, the margin of safety in money per period.
    pub margin_of_safety_revenue: f64,
    /// `(x − BEP) / x`, the margin of safety as a fraction of the volume (0.25 for 25 %).
    pub margin_of_safety_ratio: f64,
}

/// The volume and revenue that earn a target profit.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct TargetProfit {
    /// The target, money per period, as given.
    pub profit: f64,
    /// `(F + profit) / (P − V)`, units per period.
    pub volume: f64,
    /// `P ×` that volume, money per period.
    pub revenue: f64,
}

/// The lines of the break-even chart, as columns of equal length against volume: the
/// revenue line `P x` and the total cost line `F + V x` cross at the break-even point.
///
/// The lines are straight, so their points are only where something happens: volume
/// 0, the break-even volume, the expected volume and the target volume (when given),
/// and the end of the chart (a round number), ascending and without repeats.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BreakEvenChart {
    /// Volumes `x`, units per period, ascending, from 0.
    pub volume: Vec<f64>,
    /// `P x`, money per period.
    pub revenue: Vec<f64>,
    /// `F + V x`, money per period.
    pub total_cost: Vec<f64>,
    /// `F` at every volume, money per period.
    pub fixed_cost: Vec<f64>,
    /// `(P − V) x − F`, money per period.
    pub profit: Vec<f64>,
}

/// The break-even point of one product, its contribution margin, and, when asked, the
/// outcome of an expected volume and the volume for a target profit.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BreakEven {
    /// `BEP = F / (P − V)`, units per period.
    pub break_even_volume: f64,
    /// `BEP$ = F / (1 − V / P)`, money per period (equal to `P × BEP`).
    pub break_even_revenue: f64,
    /// `P − V`, money per unit.
    pub contribution_margin: f64,
    /// `V / P`, the share of each sale that pays variable cost.
    pub variable_cost_ratio: f64,
    /// `1 − V / P = (P − V) / P`, the share of each sale left for fixed cost and profit.
    pub contribution_margin_ratio: f64,
    /// The outcome of the expected volume, when given.
    pub at_volume: Option<VolumeOutcome>,
    /// The volume that earns the target profit, when given.
    pub target: Option<TargetProfit>,
    /// The revenue and cost lines, from volume 0 to twice the break-even volume (or a
    /// quarter past the expected or target volume, when that is further), rounded up to
    /// a round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten).
    pub chart: BreakEvenChart,
}

/// Single-product break-even analysis.
///
/// With fixed cost `F` (money per period), price `P` and variable cost `V` (money per
/// unit):
///
/// - break-even volume `BEP = F / (P − V)` units,
/// - break-even revenue `BEP$ = F / (1 − V / P)` money,
/// - contribution margin `P − V` per unit, and its ratio `1 − V / P`;
/// - at an expected volume `x`: profit `(P − V) x − F`, margin of safety `x − BEP`
///   units, `P x − BEP$` money and `(x − BEP) / x` of the volume;
/// - for a target profit `T`: volume `(F + T) / (P − V)`.
///
/// References: Heizer & Render, *Operations Management*, capacity supplement,
/// break-even analysis (Jimmy Stephens, Inc.); Stevenson, *Operations Management*,
/// capacity planning chapter, cost-volume analysis.
///
/// # Errors
/// - `not_finite` / `negative` naming `fixed_cost` or `variable_cost`;
/// - `not_finite` / `not_positive` naming `unit_price` or `volume`;
/// - `not_finite` / `negative` naming `target_profit`;
/// - `out_of_range` naming `unit_price` when it is not above the variable cost: each
///   unit then loses money (or makes none), and no volume breaks even;
/// - `numeric_range` when valid inputs of extreme magnitude overflow `f64` (a volume,
///   a revenue, a cost, or the margin of safety's ratio to a tiny volume).
///
/// # Examples
/// Heizer & Render, *Operations Management*, capacity supplement, Jimmy Stephens, Inc.:
/// fixed cost $10,000, direct labour $1.50 and material $0.75 a unit, price $4.00.
/// Published: BEP = 5,714 units, BEP$ = $22,857.14.
/// ```
/// use approx::assert_relative_eq;
/// use opscalc::capacity::{break_even, BreakEvenInput};
/// let result = break_even(&BreakEvenInput::new(10_000.0, 4.0, 1.5 + 0.75))?;
/// assert_relative_eq!(result.break_even_volume, 5714.285714285714, max_relative = 1e-12);
/// assert_relative_eq!(result.break_even_revenue, 22_857.142857142857, max_relative = 1e-12);
/// assert_eq!(result.contribution_margin_ratio, 0.4375);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn break_even(input: &BreakEvenInput) -> Result<BreakEven, Error> {
    // `+ 0.0` turns a −0 into 0, which JavaScript would otherwise show as "-0".
    let fixed_cost = non_negative("fixed_cost", input.fixed_cost)? + 0.0;
    let unit_price = positive("unit_price", input.unit_price)?;
    let variable_cost = non_negative("variable_cost", input.variable_cost)? + 0.0;
    let volume = positive_if_given("volume", input.volume)?;
    let target_profit = input
        .target_profit
        .map(|profit| non_negative("target_profit", profit))
        .transpose()?;
    if unit_price <= variable_cost {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "unit_price",
            "must be greater than the variable cost: otherwise no volume breaks even",
        ));
    }

    let line = CostLine {
        fixed_cost,
        unit_price,
        variable_cost,
    };
    let contribution_margin = unit_price - variable_cost;
    let break_even_volume = representable(fixed_cost / contribution_margin, false)?;
    let break_even_revenue = representable(break_even_volume * unit_price, false)?;
    let at_volume = volume
        .map(|volume| line.outcome(volume, break_even_volume, break_even_revenue))
        .transpose()?;
    let target = target_profit
        .map(|profit| -> Result<TargetProfit, Error> {
            let volume = representable((fixed_cost + profit) / contribution_margin, false)?;
            Ok(TargetProfit {
                profit,
                volume,
                revenue: representable(volume * unit_price, false)?,
            })
        })
        .transpose()?;

    let given: Vec<f64> = volume
        .into_iter()
        .chain(target.map(|target| target.volume))
        .collect();
    let end = chart_end(2.0 * break_even_volume, &given);
    let marks = [0.0, break_even_volume, end].into_iter().chain(given);
    let chart = line.chart(chart_points(marks.collect()))?;

    Ok(BreakEven {
        break_even_volume,
        break_even_revenue,
        contribution_margin,
        variable_cost_ratio: variable_cost / unit_price,
        contribution_margin_ratio: contribution_margin / unit_price,
        at_volume,
        target,
        chart,
    })
}

/// Validated `F`, `P` and `V`: revenue and cost at any volume.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CostLine {
    pub(crate) fixed_cost: f64,
    pub(crate) unit_price: f64,
    pub(crate) variable_cost: f64,
}

impl CostLine {
    /// The outcome of volume `x`, given the break-even volume and revenue.
    fn outcome(
        &self,
        volume: f64,
        break_even_volume: f64,
        break_even_revenue: f64,
    ) -> Result<VolumeOutcome, Error> {
        let revenue = representable(self.unit_price * volume, false)?;
        let total_variable_cost = representable(self.variable_cost * volume, false)?;
        let total_cost = representable(self.fixed_cost + total_variable_cost, false)?;
        let contribution = representable((self.unit_price - self.variable_cost) * volume, false)?;
        let margin_of_safety = volume - break_even_volume;
        Ok(VolumeOutcome {
            volume,
            revenue,
            total_variable_cost,
            total_cost,
            contribution,
            profit: contribution - self.fixed_cost,
            margin_of_safety,
            margin_of_safety_revenue: revenue - break_even_revenue,
            // A volume far below break-even (a subnormal one) overflows the ratio.
            margin_of_safety_ratio: representable(margin_of_safety / volume, false)?,
        })
    }

    /// The chart's columns at the given volumes.
    pub(crate) fn chart(&self, volume: Vec<f64>) -> Result<BreakEvenChart, Error> {
        let mut chart = BreakEvenChart {
            revenue: Vec::with_capacity(volume.len()),
            total_cost: Vec::with_capacity(volume.len()),
            fixed_cost: vec![self.fixed_cost; volume.len()],
            profit: Vec::with_capacity(volume.len()),
            volume,
        };
        for &volume in &chart.volume {
            let revenue = representable(self.unit_price * volume, false)?;
            let total_cost = representable(self.fixed_cost + self.variable_cost * volume, false)?;
            chart.revenue.push(revenue);
            chart.total_cost.push(total_cost);
            chart.profit.push(revenue - total_cost);
        }
        Ok(chart)
    }
}

/// Where a break-even chart ends: at `default` (twice the break-even point, say), or a
/// quarter past the furthest of `marks` (volumes the chart must show) when that is
/// further, rounded up to a round number (see [`round_up`]); 1 when everything is 0,
/// so the axis still has a length.
pub(crate) fn chart_end(default: f64, marks: &[f64]) -> f64 {
    let end = marks
        .iter()
        .fold(default, |end, &mark| end.max(1.25 * mark));
    if end > 0.0 { round_up(end) } else { 1.0 }
}

/// The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 and 8 times a power of ten that is at
/// least `value` (within rounding): 11,428.57 becomes 12,000 and 153,529 becomes
/// 200,000, so a chart's last round tick is where its lines end.
fn round_up(value: f64) -> f64 {
    const STEPS: [f64; 11] = [
        10.0, 12.0, 15.0, 20.0, 25.0, 30.0, 40.0, 50.0, 60.0, 80.0, 100.0,
    ];
    // `value` is 10 to 100 times `unit` (a float's exponent fits in an i32).
    let unit = 10.0_f64.powi(value.log10().floor() as i32 - 1);
    STEPS
        .iter()
        .map(|step| step * unit)
        .find(|&round| round >= value * (1.0 - 1e-12))
        .unwrap_or(value)
}

/// The points a chart of straight lines needs: `marks` ascending, without repeats.
pub(crate) fn chart_points(mut marks: Vec<f64>) -> Vec<f64> {
    crate::sort::sort_f64(&mut marks);
    marks.dedup();
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::float_cmp)] // round numbers are exact
    fn round_up_reaches_the_next_round_number() {
        let cases = [
            (11_428.57, 12_000.0),
            (153_529.41, 200_000.0),
            (10_000.000_000_000_002, 10_000.0),
            (2400.0, 2500.0),
            (101.0, 120.0),
            (8.1, 10.0),
            (1.0, 1.0),
            (0.013, 0.015),
        ];
        for (value, round) in cases {
            let rounded = round_up(value);
            assert!(
                (rounded - round).abs() <= 1e-12 * round,
                "{value} → {rounded}"
            );
        }
        assert_eq!(chart_end(0.0, &[]), 1.0);
        assert_eq!(chart_end(100.0, &[400.0]), 500.0);
    }
}

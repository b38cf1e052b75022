//! Crossover analysis: which of several processes (or make and buy) costs least at
//! each volume, and the volumes where the cheapest one changes.

use crate::capacity::break_even::{chart_end, chart_points};
use crate::error::{Error, ErrorCode};
use crate::validate::{UniqueIds, list_length, non_negative, positive_if_given, representable};
use std::cmp::Ordering;

/// The most options one crossover analysis may compare.
pub const MAX_CROSSOVER_OPTIONS: u32 = 100;

/// One way of meeting a volume: a process, a machine, a supplier. Its total cost at
/// volume `x` is `F + V x`.
#[derive(Debug, Clone, PartialEq)]
pub struct CrossoverOption {
    /// The caller's name for the option ("make", "process A"): not empty and unique in
    /// the list. Field `id`.
    pub id: String,
    /// `F`: the option's fixed cost, money per period; 0 or more (0 for buying). Field
    /// `fixed_cost`.
    pub fixed_cost: f64,
    /// `V`: the option's cost per unit, money per unit; 0 or more (the price, for
    /// buying). Field `variable_cost`.
    pub variable_cost: f64,
}

impl CrossoverOption {
    /// An option `id` with fixed cost `F` and variable cost `V`.
    pub fn new(id: impl Into<String>, fixed_cost: f64, variable_cost: f64) -> Self {
        CrossoverOption {
            id: id.into(),
            fixed_cost,
            variable_cost,
        }
    }

    /// `F + V x`.
    fn total_cost(&self, volume: f64) -> f64 {
        self.fixed_cost + self.variable_cost * volume
    }
}

/// Inputs of a crossover analysis. Money and volumes share one period.
///
/// # Examples
/// ```
/// use opscalc::capacity::{BreakEvenCrossoverInput, CrossoverOption};
/// let input = BreakEvenCrossoverInput::new(vec![
///     CrossoverOption::new("make", 150_000.0, 60.0),
///     CrossoverOption::new("buy", 0.0, 80.0),
/// ])
/// .with_volume(12_000.0);
/// assert_eq!(input.volume, Some(12_000.0));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct BreakEvenCrossoverInput {
    /// The options, 2 to [`MAX_CROSSOVER_OPTIONS`]. Field `options`.
    pub options: Vec<CrossoverOption>,
    /// A volume to price every option at, units per period, above 0. Field `volume`.
    pub volume: Option<f64>,
}

impl BreakEvenCrossoverInput {
    /// A comparison of `options` without a volume.
    pub fn new(options: Vec<CrossoverOption>) -> Self {
        BreakEvenCrossoverInput {
            options,
            volume: None,
        }
    }

    /// The same comparison, also priced at `volume`.
    #[must_use]
    pub fn with_volume(self, volume: f64) -> Self {
        BreakEvenCrossoverInput {
            volume: Some(volume),
            ..self
        }
    }
}

/// A range of volumes over which one option is the cheapest.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct CheapestRange {
    /// The cheapest option, by its position in `options` (from 0).
    pub option: u32,
    /// Where the range starts, units per period (0 for the first range).
    pub from_volume: f64,
    /// Where it ends, units per period; `None` for the last range, which has no end.
    pub to_volume: Option<f64>,
}

/// A volume where the cheapest option changes: the two cost lines cross there.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct CrossoverPoint {
    /// `x = (F_above − F_below) / (V_below − V_above)`, units per period.
    pub volume: f64,
    /// The total cost of both options there, money per period.
    pub total_cost: f64,
    /// The option cheapest just below this volume (the one with the lower fixed cost).
    pub below: u32,
    /// The option cheapest just above it (the one with the lower variable cost).
    pub above: u32,
}

/// One option's cost at the given volume.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct CrossoverOptionCost {
    /// `F`, money per period.
    pub fixed_cost: f64,
    /// `V x`, money per period.
    pub total_variable_cost: f64,
    /// `F + V x`, money per period.
    pub total_cost: f64,
    /// The total cost above the cheapest option's, money per period (0 for the
    /// cheapest, and for any option that ties with it).
    pub extra_cost: f64,
}

/// Every option priced at one volume.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CrossoverAtVolume {
    /// `x`, units per period, as given.
    pub volume: f64,
    /// The cheapest option there (on a tie, the one with the lower variable cost, then
    /// the first listed: the one that stays cheapest as volume grows).
    pub cheapest: u32,
    /// Each option's cost, in input order.
    pub options: Vec<CrossoverOptionCost>,
}

/// The total-cost lines of every option and their lower envelope, as columns against
/// volume. The lines are straight, so the points are only where something happens:
/// volume 0, each crossover, the given volume and the chart's end.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CrossoverChart {
    /// Volumes `x`, units per period, ascending, from 0.
    pub volume: Vec<f64>,
    /// For each option, in input order, `F + V x` at each volume, money per period.
    pub total_cost: Vec<Vec<f64>>,
    /// The lowest total cost at each volume, money per period: the cost of the
    /// cheapest option.
    pub lowest_cost: Vec<f64>,
}

/// The cheapest option at every volume, and the crossovers between them.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BreakEvenCrossover {
    /// The ranges of volume from 0 up, each with its cheapest option (the lower
    /// envelope of the cost lines). One range when no crossover exists.
    pub ranges: Vec<CheapestRange>,
    /// Every volume where the cheapest option changes, ascending; empty when one
    /// option is cheapest at every volume.
    pub crossovers: Vec<CrossoverPoint>,
    /// Every option priced at the given volume, when given.
    pub at_volume: Option<CrossoverAtVolume>,
    /// The cost lines, from volume 0 to half as far again as the last crossover (or a
    /// quarter past the given volume, when that is further), rounded up to a round
    /// number.
    pub chart: CrossoverChart,
}

/// Crossover (cost-volume) analysis of processes, machines or suppliers: the volume
/// where two options cost the same, and which is cheaper on each side.
///
/// Each option has total cost `F + V x` at volume `x`. Two options cost the same at
/// `x = (F_1 − F_2) / (V_2 − V_1)`: below it the option with the lower fixed cost is
/// cheaper, above it the one with the lower variable cost. With several options, the
/// cheapest at each volume is the lower envelope of the cost lines: starting at volume
/// 0 from the option with the lowest fixed cost, each crossover is the nearest volume
/// where an option with a lower variable cost becomes cheaper. Crossovers of two
/// options that are never the cheapest are not listed.
///
/// **Make or buy** is the case where buying has no fixed cost: `F = 0` and `V` the
/// purchase price; making costs less above `x = F_make / (V_buy − V_make)`.
///
/// Options whose variable costs are equal have parallel cost lines, which never cross:
/// the one with the lower fixed cost is cheaper at every volume. This is not an error;
/// the result then has no crossover between them. Options with equal fixed and variable
/// costs tie everywhere; the first listed is reported.
///
/// References: Heizer & Render, *Operations Management*, process strategy chapter,
/// crossover charts (Kleber Enterprises); Stevenson, *Operations Management*,
/// capacity planning chapter, cost-volume analysis and make or buy.
///
/// # Errors
/// - `out_of_range` naming `options` with fewer than 2; `too_large` with more than
///   [`MAX_CROSSOVER_OPTIONS`];
/// - `invalid_input` naming `options[i].id` when it is empty or repeats an earlier id;
/// - `not_finite` / `negative` naming `options[i].fixed_cost` or
///   `options[i].variable_cost`;
/// - `not_finite` / `not_positive` naming `volume`;
/// - `numeric_range` when valid inputs of extreme magnitude overflow `f64`.
///
/// # Examples
/// Heizer & Render, *Operations Management*, process strategy chapter, Kleber
/// Enterprises: software A costs $200,000 plus $60 a report, B $300,000 plus $25, C
/// $400,000 plus $10. Published: A up to 2,857 reports, B up to 6,667, C beyond.
/// ```
/// use approx::assert_relative_eq;
/// use opscalc::capacity::{break_even_crossover, BreakEvenCrossoverInput, CrossoverOption};
/// let input = BreakEvenCrossoverInput::new(vec![
///     CrossoverOption::new("A", 200_000.0, 60.0),
///     CrossoverOption::new("B", 300_000.0, 25.0),
///     CrossoverOption::new("C", 400_000.0, 10.0),
/// ]);
/// let result = break_even_crossover(&input)?;
/// let [ab, bc] = [result.crossovers[0], result.crossovers[1]];
/// assert_relative_eq!(ab.volume, 100_000.0 / 35.0, max_relative = 1e-12); // 2,857.14
/// assert_relative_eq!(bc.volume, 100_000.0 / 15.0, max_relative = 1e-12); // 6,666.67
/// assert_eq!((ab.below, ab.above, bc.above), (0, 1, 2));
/// # Ok::<(), opscalc::Error>(())
/// ```
///
/// Make or buy, hand-computed after Stevenson's example: making costs $150,000 a year
/// plus $60 a unit, buying $80 a unit. At 12,000 units making costs $870,000 and buying
/// $960,000; the two cost the same at 150,000 / (80 − 60) = 7,500 units.
/// ```
/// use opscalc::capacity::{break_even_crossover, BreakEvenCrossoverInput, CrossoverOption};
/// let input = BreakEvenCrossoverInput::new(vec![
///     CrossoverOption::new("make", 150_000.0, 60.0),
///     CrossoverOption::new("buy", 0.0, 80.0),
/// ])
/// .with_volume(12_000.0);
/// let result = break_even_crossover(&input)?;
/// assert_eq!(result.crossovers[0].volume, 7500.0);
/// assert_eq!((result.crossovers[0].below, result.crossovers[0].above), (1, 0)); // buy, then make
/// let priced = result.at_volume.ok_or("no figures at the volume")?;
/// assert_eq!(priced.cheapest, 0);
/// assert_eq!(priced.options[1].extra_cost, 90_000.0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn break_even_crossover(input: &BreakEvenCrossoverInput) -> Result<BreakEvenCrossover, Error> {
    let options = validate_options(&input.options)?;
    let volume = positive_if_given("volume", input.volume)?;

    let crossovers = lower_envelope(&options)?;
    let first = cheapest_at_zero(&options).map_or(0, |(index, _)| index_u32(index));
    let ranges = ranges(first, &crossovers);
    let at_volume = volume
        .map(|volume| price_at(&options, volume))
        .transpose()?;

    let default_end = crossovers
        .last()
        .map_or_else(|| natural_scale(&options), |last| 1.5 * last.volume);
    let given: Vec<f64> = volume.into_iter().collect();
    let end = chart_end(default_end, &given);
    let marks = [0.0, end]
        .into_iter()
        .chain(crossovers.iter().map(|crossover| crossover.volume))
        .chain(given);
    let chart = chart(&options, chart_points(marks.collect()))?;

    Ok(BreakEvenCrossover {
        ranges,
        crossovers,
        at_volume,
        chart,
    })
}

/// Checks the list and each option in field order, and returns the options with any
/// −0 made 0 (JavaScript would show it as "-0").
fn validate_options(options: &[CrossoverOption]) -> Result<Vec<CrossoverOption>, Error> {
    list_length("options", options.len(), MAX_CROSSOVER_OPTIONS)?;
    if options.len() < 2 {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "options",
            "must have at least two options to compare",
        ));
    }
    let mut ids = UniqueIds::new("options");
    let mut checked = Vec::with_capacity(options.len());
    for (index, option) in options.iter().enumerate() {
        let in_option = |error: Error| error.within(&format!("options[{index}]"));
        ids.check(index, &option.id).map_err(in_option)?;
        let fixed_cost = non_negative("fixed_cost", option.fixed_cost).map_err(in_option)?;
        let variable_cost =
            non_negative("variable_cost", option.variable_cost).map_err(in_option)?;
        checked.push(CrossoverOption::new(
            option.id.clone(),
            fixed_cost + 0.0,
            variable_cost + 0.0,
        ));
    }
    Ok(checked)
}

/// An index below [`MAX_CROSSOVER_OPTIONS`] as `u32`.
fn index_u32(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

/// Orders options by which is cheaper at volume `x`: lower total cost, then (on a tie)
/// lower variable cost, which stays cheaper as volume grows, then input order.
fn cheaper_at(
    volume: f64,
) -> impl Fn(&(usize, &CrossoverOption), &(usize, &CrossoverOption)) -> Ordering {
    move |(left_index, left), (right_index, right)| {
        left.total_cost(volume)
            .total_cmp(&right.total_cost(volume))
            .then(left.variable_cost.total_cmp(&right.variable_cost))
            .then(left_index.cmp(right_index))
    }
}

/// The option cheapest just above volume 0, with its index.
fn cheapest_at_zero(options: &[CrossoverOption]) -> Option<(usize, &CrossoverOption)> {
    options.iter().enumerate().min_by(cheaper_at(0.0))
}

/// The crossovers of the lower envelope of the cost lines, ascending.
///
/// From the option cheapest at volume 0, the next crossover is the nearest volume at
/// which an option with a lower variable cost becomes as cheap; on a tie (several lines
/// through one point), the one with the lowest variable cost takes over, as it stays
/// cheapest longest. Each step lowers the variable cost, so there are fewer crossovers
/// than options.
fn lower_envelope(options: &[CrossoverOption]) -> Result<Vec<CrossoverPoint>, Error> {
    let mut crossovers: Vec<CrossoverPoint> = Vec::new();
    let Some(mut current) = cheapest_at_zero(options) else {
        return Ok(crossovers);
    };
    let mut from = 0.0;
    loop {
        let (current_index, here) = current;
        let next = options
            .iter()
            .enumerate()
            .filter(|(_, option)| option.variable_cost < here.variable_cost)
            .map(|(index, option)| {
                let volume = (option.fixed_cost - here.fixed_cost)
                    / (here.variable_cost - option.variable_cost);
                // Never before `from`, where `here` is cheapest (a rounding slip at most).
                (index, option, volume.max(from))
            })
            .min_by(|left, right| {
                left.2
                    .total_cmp(&right.2)
                    .then(left.1.variable_cost.total_cmp(&right.1.variable_cost))
                    .then(left.0.cmp(&right.0))
            });
        let Some((index, option, volume)) = next else {
            return Ok(crossovers);
        };
        let volume = representable(volume, false)?;
        match crossovers.last_mut() {
            // Lines that meet where the last crossover is: the switch happens there once.
            Some(last) if volume <= from => last.above = index_u32(index),
            _ => crossovers.push(CrossoverPoint {
                volume,
                total_cost: representable(option.total_cost(volume), false)?,
                below: index_u32(current_index),
                above: index_u32(index),
            }),
        }
        current = (index, option);
        from = volume;
    }
}

/// The ranges between the crossovers, starting with option `first` at volume 0.
fn ranges(first: u32, crossovers: &[CrossoverPoint]) -> Vec<CheapestRange> {
    let mut ranges = Vec::with_capacity(crossovers.len() + 1);
    let mut option = first;
    let mut from_volume = 0.0;
    for crossover in crossovers {
        ranges.push(CheapestRange {
            option,
            from_volume,
            to_volume: Some(crossover.volume),
        });
        option = crossover.above;
        from_volume = crossover.volume;
    }
    ranges.push(CheapestRange {
        option,
        from_volume,
        to_volume: None,
    });
    ranges
}

/// Every option's cost at `volume`, and the cheapest.
fn price_at(options: &[CrossoverOption], volume: f64) -> Result<CrossoverAtVolume, Error> {
    let cheapest = options
        .iter()
        .enumerate()
        .min_by(cheaper_at(volume))
        .map_or(0, |(index, _)| index);
    let lowest = options
        .get(cheapest)
        .map_or(0.0, |option| option.total_cost(volume));
    let priced = options
        .iter()
        .map(|option| {
            let total_variable_cost = representable(option.variable_cost * volume, false)?;
            let total_cost = representable(option.fixed_cost + total_variable_cost, false)?;
            Ok(CrossoverOptionCost {
                fixed_cost: option.fixed_cost,
                total_variable_cost,
                total_cost,
                extra_cost: total_cost - lowest,
            })
        })
        .collect::<Result<_, Error>>()?;
    Ok(CrossoverAtVolume {
        volume,
        cheapest: index_u32(cheapest),
        options: priced,
    })
}

/// A volume at which the cost lines differ visibly when no crossover gives one: where
/// the largest variable cost has added the largest fixed cost (0 when either is 0).
fn natural_scale(options: &[CrossoverOption]) -> f64 {
    let largest = |cost: fn(&CrossoverOption) -> f64| options.iter().map(cost).fold(0.0, f64::max);
    let variable = largest(|option| option.variable_cost);
    if variable > 0.0 {
        largest(|option| option.fixed_cost) / variable
    } else {
        0.0
    }
}

/// The chart's columns at the given volumes.
fn chart(options: &[CrossoverOption], volume: Vec<f64>) -> Result<CrossoverChart, Error> {
    let total_cost = options
        .iter()
        .map(|option| {
            volume
                .iter()
                .map(|&volume| representable(option.total_cost(volume), false))
                .collect::<Result<Vec<f64>, Error>>()
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let lowest_cost = (0..volume.len())
        .map(|point| {
            total_cost
                .iter()
                .filter_map(|line| line.get(point).copied())
                .fold(f64::INFINITY, f64::min)
        })
        .collect();
    Ok(CrossoverChart {
        volume,
        total_cost,
        lowest_cost,
    })
}

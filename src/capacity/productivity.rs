//! Productivity: output per unit of input. Single-factor (titles per labour-hour) for
//! each input, multifactor (output per money of all inputs together), for one period or
//! two with the change between them.

use crate::error::{Error, ErrorCode};
use crate::validate::{IdMap, list_length, positive, representable};

/// The most inputs one period may list.
pub const MAX_PRODUCTIVITY_INPUTS: u32 = 100;

/// How much of one input a period used: an amount in its own unit, a cost, or both.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FactorMeasure {
    /// An amount in the input's own unit (labour-hours, kilograms, machine-hours), with
    /// no cost: single-factor productivity only. Field `amount`.
    Amount(f64),
    /// What the input cost, money: overhead, say. Field `cost`.
    Cost(f64),
    /// An amount and what it cost in all. Fields `amount` and `cost`.
    AmountAndCost {
        /// The amount, in the input's own unit.
        amount: f64,
        /// What that amount cost, money.
        cost: f64,
    },
    /// An amount at a price a unit: the cost is `amount × unit_cost`. Fields `amount`
    /// and `unit_cost`.
    Priced {
        /// The amount, in the input's own unit.
        amount: f64,
        /// Money per unit of the amount (a wage an hour, a price a kilogram).
        unit_cost: f64,
    },
}

impl FactorMeasure {
    /// The measure from the flat fields a form or a JSON object has: `amount`, `cost`,
    /// or both, or `amount` with `unit_cost`.
    ///
    /// # Errors
    /// `missing_field` naming `amount` when nothing is given or a unit cost comes without
    /// an amount; `conflicting_fields` naming `unit_cost` when it is given with a cost.
    ///
    /// # Examples
    /// ```
    /// use opscalc::capacity::FactorMeasure;
    /// assert_eq!(FactorMeasure::from_fields(Some(32.0), None, None), Ok(FactorMeasure::Amount(32.0)));
    /// assert_eq!(
    ///     FactorMeasure::from_fields(Some(32.0), Some(20.0), None),
    ///     Ok(FactorMeasure::Priced { amount: 32.0, unit_cost: 20.0 })
    /// );
    /// let error = FactorMeasure::from_fields(Some(32.0), Some(20.0), Some(640.0)).unwrap_err();
    /// assert_eq!(error.field(), "unit_cost");
    /// ```
    pub fn from_fields(
        amount: Option<f64>,
        unit_cost: Option<f64>,
        cost: Option<f64>,
    ) -> Result<Self, Error> {
        match (amount, unit_cost, cost) {
            (Some(amount), None, None) => Ok(FactorMeasure::Amount(amount)),
            (None, None, Some(cost)) => Ok(FactorMeasure::Cost(cost)),
            (Some(amount), None, Some(cost)) => Ok(FactorMeasure::AmountAndCost { amount, cost }),
            (Some(amount), Some(unit_cost), None) => {
                Ok(FactorMeasure::Priced { amount, unit_cost })
            }
            (_, Some(_), Some(_)) => Err(Error::new(
                ErrorCode::ConflictingFields,
                "unit_cost",
                "give either a unit cost or the total cost, not both",
            )),
            (None, Some(_), None) => Err(Error::new(
                ErrorCode::MissingField,
                "amount",
                "is required with a unit cost",
            )),
            (None, None, None) => Err(Error::new(
                ErrorCode::MissingField,
                "amount",
                "is required (or the input's cost)",
            )),
        }
    }

    /// The validated amount and cost.
    fn amount_and_cost(self) -> Result<(Option<f64>, Option<f64>), Error> {
        Ok(match self {
            FactorMeasure::Amount(amount) => (Some(positive("amount", amount)?), None),
            FactorMeasure::Cost(cost) => (None, Some(positive("cost", cost)?)),
            FactorMeasure::AmountAndCost { amount, cost } => (
                Some(positive("amount", amount)?),
                Some(positive("cost", cost)?),
            ),
            FactorMeasure::Priced { amount, unit_cost } => {
                let amount = positive("amount", amount)?;
                let unit_cost = positive("unit_cost", unit_cost)?;
                (Some(amount), Some(representable(amount * unit_cost, true)?))
            }
        })
    }
}

/// One input of a period: labour, materials, overhead, energy, capital.
#[derive(Debug, Clone, PartialEq)]
pub struct ProductivityFactor {
    /// The input's name: non-empty and unique in its period; it matches the input
    /// across periods. Field `name`.
    pub name: String,
    /// How much of it the period used.
    pub measure: FactorMeasure,
}

impl ProductivityFactor {
    /// An input `name` measured by `measure`.
    pub fn new(name: impl Into<String>, measure: FactorMeasure) -> Self {
        ProductivityFactor {
            name: name.into(),
            measure,
        }
    }
}

/// One period: what it produced and what it used.
#[derive(Debug, Clone, PartialEq)]
pub struct ProductivityPeriod {
    /// What the period produced, in units (titles, pieces) or money (sales value).
    /// Field `output`.
    pub output: f64,
    /// What it used, 1 to [`MAX_PRODUCTIVITY_INPUTS`] inputs. Field `inputs`.
    pub inputs: Vec<ProductivityFactor>,
}

/// Inputs of [`productivity`]: one period, or two (before and after) to compare.
///
/// A period is its output and a list of named inputs. Each input is measured by an
/// amount in its own unit (labour-hours, kilograms), by what it cost, or both, so that a
/// textbook's figures go in as printed:
///
/// - "4 workers × 8 hours": an amount of 32 (labour-hours);
/// - "overhead $400 a day": a cost of 400;
/// - "32 hours at $20 an hour": an amount of 32 with a unit cost of 20 (cost $640);
/// - "32 hours, a payroll of $640": an amount of 32 and a cost of 640.
///
/// Single-factor productivity is `output / amount` where an amount is given and
/// `output / cost` where a cost is; multifactor productivity is `output / Σ cost`, so it
/// needs every input's cost, in one currency. With two periods, inputs are matched by
/// name, and each productivity's change is `after / before − 1`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProductivityInput {
    /// One or two periods, the earlier first. Field `periods`.
    pub periods: Vec<ProductivityPeriod>,
}

/// One input's productivity in one period.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FactorProductivity {
    /// The input's name.
    pub name: String,
    /// The amount used, in the input's own unit, when given.
    pub amount: Option<f64>,
    /// What it cost, money: given, or `amount × unit cost`; `None` when unknown.
    pub cost: Option<f64>,
    /// `output / amount`: output per unit of the input (titles per labour-hour), when an
    /// amount is given.
    pub output_per_amount: Option<f64>,
    /// `output / cost`: output per unit of money spent on the input, when its cost is
    /// known.
    pub output_per_cost: Option<f64>,
}

/// The productivity of one period.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PeriodProductivity {
    /// The output, as given.
    pub output: f64,
    /// Each input's single-factor productivity, in the order given.
    pub factors: Vec<FactorProductivity>,
    /// `Σ cost` of every input, money, when every input's cost is known.
    pub total_cost: Option<f64>,
    /// `output / Σ cost`: multifactor productivity, output per unit of money, when every
    /// input's cost is known.
    pub multifactor_productivity: Option<f64>,
}

/// How one input's productivity changed from the first period to the second.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FactorChange {
    /// The input's name, found in both periods.
    pub name: String,
    /// `after / before − 1` of output per amount, a fraction (0.75 for +75 %), when both
    /// periods give the amount.
    pub output_per_amount: Option<f64>,
    /// `after / before − 1` of output per cost, a fraction, when both periods give the cost.
    pub output_per_cost: Option<f64>,
}

/// What changed from the first period to the second.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ProductivityChange {
    /// `after / before − 1` of the output, a fraction.
    pub output: f64,
    /// The inputs found (by name) in both periods, in the first period's order.
    pub factors: Vec<FactorChange>,
    /// `after / before − 1` of multifactor productivity, a fraction, when both periods
    /// have one.
    pub multifactor_productivity: Option<f64>,
}

/// The productivity of each period, and the change when there are two.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Productivity {
    /// One entry per period, in the order given.
    pub periods: Vec<PeriodProductivity>,
    /// The change from the first period to the second, when there are two.
    pub change: Option<ProductivityChange>,
}

/// Single-factor and multifactor productivity for one or two periods, with the change.
///
/// - single-factor productivity of each input `= output / amount` (output per
///   labour-hour), and `output / cost` (output per unit of money) when its cost is known
/// - cost of an input given as amount and unit cost `= amount × unit cost`
/// - multifactor productivity `= output / Σ cost` over every input (all in one
///   currency); absent when some input has no cost
/// - change `= after / before − 1`, for each productivity found in both periods (inputs
///   matched by name)
///
/// See [`ProductivityInput`] for how textbook figures go in.
///
/// Reference: Heizer & Render, *Operations Management*, chapter 1 (productivity);
/// Stevenson, *Operations Management*, chapter 2 (productivity).
///
/// # Errors
/// - `out_of_range` naming `periods` when it is empty, `too_large` when it has more
///   than two; the same, naming `periods[p].inputs`, for an empty input list or one
///   longer than [`MAX_PRODUCTIVITY_INPUTS`];
/// - `not_finite` / `not_positive` naming `periods[p].output`;
/// - `invalid_input` naming `periods[p].inputs[i].name` when it is empty or repeats a
///   name of the same period;
/// - `not_finite` / `not_positive` naming `periods[p].inputs[i].amount`, `.cost` or
///   `.unit_cost`;
/// - `numeric_range` when valid inputs of extreme magnitude overflow `f64`.
///
/// # Examples
/// Heizer & Render, *Operations Management*, chapter 1, Collins Title Company: 4 workers
/// × 8 hours (a payroll of $640) and $400 of overhead a day make 8 titles; a new system
/// makes 14 with overhead of $800. Labour productivity rises from 0.25 to 0.4375 titles
/// per labour-hour (+75 %), multifactor productivity from 8 / 1,040 ≈ 0.0077 to
/// 14 / 1,440 ≈ 0.0097 titles per dollar (+26 %).
/// ```
/// use opscalc::capacity::{productivity, FactorMeasure, ProductivityFactor, ProductivityInput, ProductivityPeriod};
/// let day = |output: f64, overhead: f64| ProductivityPeriod {
///     output,
///     inputs: vec![
///         ProductivityFactor::new("Labour", FactorMeasure::AmountAndCost { amount: 32.0, cost: 640.0 }),
///         ProductivityFactor::new("Overhead", FactorMeasure::Cost(overhead)),
///     ],
/// };
/// let result = productivity(&ProductivityInput { periods: vec![day(8.0, 400.0), day(14.0, 800.0)] })?;
/// assert_eq!(result.periods[0].factors[0].output_per_amount, Some(0.25));
/// assert_eq!(result.periods[1].factors[0].output_per_amount, Some(0.4375));
/// let four_places = |value: Option<f64>| value.map(|value| format!("{value:.4}"));
/// assert_eq!(four_places(result.periods[0].multifactor_productivity).as_deref(), Some("0.0077"));
/// assert_eq!(four_places(result.periods[1].multifactor_productivity).as_deref(), Some("0.0097"));
/// let change = result.change.as_ref().map(|change| (change.factors[0].output_per_amount, change.multifactor_productivity));
/// assert_eq!(change.map(|(labour, _)| labour), Some(Some(0.75)));
/// let multifactor_change = change.and_then(|(_, multifactor)| multifactor);
/// assert_eq!(multifactor_change.map(|value| format!("{value:.2}")).as_deref(), Some("0.26"));
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn productivity(input: &ProductivityInput) -> Result<Productivity, Error> {
    list_length("periods", input.periods.len(), 2)?;
    let periods = input
        .periods
        .iter()
        .enumerate()
        .map(|(index, period)| {
            period_productivity(period).map_err(|error| error.within(&format!("periods[{index}]")))
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let change = match periods.as_slice() {
        [before, after] => Some(change_between(before, after)?),
        _ => None,
    };
    Ok(Productivity { periods, change })
}

fn period_productivity(period: &ProductivityPeriod) -> Result<PeriodProductivity, Error> {
    let output = positive("output", period.output)?;
    list_length("inputs", period.inputs.len(), MAX_PRODUCTIVITY_INPUTS)?;
    let mut names = IdMap::with_capacity(period.inputs.len());
    let mut factors = Vec::with_capacity(period.inputs.len());
    for (index, factor) in period.inputs.iter().enumerate() {
        let in_factor = |error: Error| error.within(&format!("inputs[{index}]"));
        if factor.name.is_empty() {
            let error = Error::new(ErrorCode::InvalidInput, "name", "must not be empty");
            return Err(in_factor(error));
        }
        if names.first_or_insert(&factor.name, index).is_some() {
            let error = Error::new(
                ErrorCode::InvalidInput,
                "name",
                "repeats the name of another input of this period",
            );
            return Err(in_factor(error));
        }
        let (amount, cost) = factor.measure.amount_and_cost().map_err(in_factor)?;
        let per = |measure: f64| representable(output / measure, true);
        factors.push(FactorProductivity {
            name: factor.name.clone(),
            amount,
            cost,
            output_per_amount: amount.map(per).transpose().map_err(in_factor)?,
            output_per_cost: cost.map(per).transpose().map_err(in_factor)?,
        });
    }
    // Every input's cost, or none: a multifactor measure needs them all.
    let costs: Option<Vec<f64>> = factors.iter().map(|factor| factor.cost).collect();
    let total_cost = costs
        .map(|costs| representable(costs.iter().sum(), true))
        .transpose()?;
    let multifactor_productivity = total_cost
        .map(|total| representable(output / total, true))
        .transpose()?;
    Ok(PeriodProductivity {
        output,
        factors,
        total_cost,
        multifactor_productivity,
    })
}

/// `after / before − 1`, a fraction.
fn change(before: f64, after: f64) -> Result<f64, Error> {
    Ok(representable(after / before, true)? - 1.0)
}

/// [`change`], when both are known.
fn relative_change(before: Option<f64>, after: Option<f64>) -> Result<Option<f64>, Error> {
    match (before, after) {
        (Some(before), Some(after)) => change(before, after).map(Some),
        _ => Ok(None),
    }
}

fn change_between(
    before: &PeriodProductivity,
    after: &PeriodProductivity,
) -> Result<ProductivityChange, Error> {
    let mut factors = Vec::with_capacity(before.factors.len());
    for earlier in &before.factors {
        let Some(later) = after
            .factors
            .iter()
            .find(|later| later.name == earlier.name)
        else {
            continue;
        };
        factors.push(FactorChange {
            name: earlier.name.clone(),
            output_per_amount: relative_change(earlier.output_per_amount, later.output_per_amount)?,
            output_per_cost: relative_change(earlier.output_per_cost, later.output_per_cost)?,
        });
    }
    Ok(ProductivityChange {
        output: change(before.output, after.output)?,
        factors,
        multifactor_productivity: relative_change(
            before.multifactor_productivity,
            after.multifactor_productivity,
        )?,
    })
}

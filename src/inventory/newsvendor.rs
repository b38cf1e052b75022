//! The single-period (newsvendor) model: how much of a perishable item to stock for one
//! selling period of uncertain demand, when a unit short costs `Cu` in lost margin and a
//! unit left over costs `Co`.

use crate::error::{Error, ErrorCode};
use crate::inventory::DemandDistribution;
use crate::inventory::demand_distribution::{ValidDemand, cumulative, first_reaching};
use crate::inventory::safety_stock::NormalCover;
use crate::validate::{non_negative, positive, representable};

/// The cost of stocking one unit too few or one too many, given directly or from prices.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NewsvendorCosts {
    /// `Cu` (shortage cost, `Cs` in Stevenson) and `Co` (excess cost, `Ce`), money per
    /// unit, both greater than zero. Fields `underage_cost` and `overage_cost`.
    Direct {
        /// `Cu`: the cost of one unit of demand not met (lost margin, and goodwill).
        underage_cost: f64,
        /// `Co`: the cost of one unit left over at the end of the period.
        overage_cost: f64,
    },
    /// From the selling price, the unit cost and the salvage value of a unit left over:
    /// `Cu = price − cost`, `Co = cost − salvage`, with `price > cost > salvage ≥ 0`.
    /// Fields `price`, `cost` and `salvage`.
    Prices {
        /// Selling price, money per unit.
        price: f64,
        /// Purchase (or production) cost, money per unit.
        cost: f64,
        /// What a unit left over fetches, money per unit (0 when it is thrown away).
        salvage: f64,
    },
}

impl NewsvendorCosts {
    /// The costs from the flat fields a form or a JSON object has: `underage_cost` with
    /// `overage_cost`, or `price` with `cost` (and `salvage`, 0 when absent).
    ///
    /// # Errors
    /// `conflicting_fields` naming the first of `price`, `cost`, `salvage` given with
    /// a direct cost; `missing_field` naming the other half of an incomplete pair, or
    /// `underage_cost` when nothing is given.
    ///
    /// # Examples
    /// ```
    /// use opscalc::inventory::NewsvendorCosts;
    /// assert_eq!(
    ///     NewsvendorCosts::from_fields(None, None, Some(0.8), Some(0.2), None),
    ///     Ok(NewsvendorCosts::Prices { price: 0.8, cost: 0.2, salvage: 0.0 })
    /// );
    /// let error = NewsvendorCosts::from_fields(Some(3.0), None, None, None, None).unwrap_err();
    /// assert_eq!(error.field(), "overage_cost");
    /// ```
    pub fn from_fields(
        underage_cost: Option<f64>,
        overage_cost: Option<f64>,
        price: Option<f64>,
        cost: Option<f64>,
        salvage: Option<f64>,
    ) -> Result<Self, Error> {
        let missing = |field: &'static str, message: &'static str| {
            Err(Error::new(ErrorCode::MissingField, field, message))
        };
        let direct = underage_cost.is_some() || overage_cost.is_some();
        let priced = [("price", price), ("cost", cost), ("salvage", salvage)]
            .into_iter()
            .find_map(|(field, value)| value.map(|_| field));
        match (direct, priced) {
            (true, Some(field)) => Err(Error::new(
                ErrorCode::ConflictingFields,
                field,
                "give either the underage and overage costs, or the price and cost, not both",
            )),
            (true, None) => match (underage_cost, overage_cost) {
                (Some(underage_cost), Some(overage_cost)) => Ok(NewsvendorCosts::Direct {
                    underage_cost,
                    overage_cost,
                }),
                (Some(_), None) => missing("overage_cost", "is required with an underage cost"),
                _ => missing("underage_cost", "is required with an overage cost"),
            },
            (false, Some(_)) => match (price, cost) {
                (Some(price), Some(cost)) => Ok(NewsvendorCosts::Prices {
                    price,
                    cost,
                    salvage: salvage.unwrap_or(0.0),
                }),
                (Some(_), None) => missing("cost", "is required with a price"),
                _ => missing("price", "is required with a cost or a salvage value"),
            },
            (false, None) => missing("underage_cost", "is required (or a price with a cost)"),
        }
    }

    /// `(Cu, Co)`, money per unit, after checking the inputs.
    ///
    /// # Errors
    /// `not_finite` / `not_positive` naming `underage_cost`, `overage_cost`, `price` or
    /// `cost`; `not_finite` / `negative` naming `salvage`; `out_of_range` naming `price`
    /// when it is not above the cost, or `salvage` when it is not below it.
    ///
    /// # Examples
    /// ```
    /// use opscalc::inventory::NewsvendorCosts;
    /// let costs = NewsvendorCosts::Prices { price: 10.0, cost: 3.0, salvage: 1.0 };
    /// assert_eq!(costs.per_unit(), Ok((7.0, 2.0)));
    /// ```
    pub fn per_unit(&self) -> Result<(f64, f64), Error> {
        match *self {
            NewsvendorCosts::Direct {
                underage_cost,
                overage_cost,
            } => Ok((
                positive("underage_cost", underage_cost)?,
                positive("overage_cost", overage_cost)?,
            )),
            NewsvendorCosts::Prices {
                price,
                cost,
                salvage,
            } => {
                let price = positive("price", price)?;
                let cost = positive("cost", cost)?;
                let salvage = non_negative("salvage", salvage)?;
                if price <= cost {
                    return Err(Error::new(
                        ErrorCode::OutOfRange,
                        "price",
                        "must be greater than the cost",
                    ));
                }
                if salvage >= cost {
                    return Err(Error::new(
                        ErrorCode::OutOfRange,
                        "salvage",
                        "must be less than the cost",
                    ));
                }
                Ok((price - cost, cost - salvage))
            }
        }
    }
}

/// Inputs of the newsvendor model: the costs, and demand in the one period.
#[derive(Debug, Clone, PartialEq)]
pub struct NewsvendorInput {
    /// `Cu` and `Co`, directly or from prices.
    pub costs: NewsvendorCosts,
    /// Demand in the period; errors in it name `demand.sd`, `demand.probabilities[2]`...
    pub demand: DemandDistribution,
}

/// What stocking a quantity leads to on average, over many periods like this one.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct NewsvendorOutcome {
    /// `E[D]`, units.
    pub mean_demand: f64,
    /// `E[max(D − Q, 0)]`: expected demand not met, units.
    pub expected_shortage: f64,
    /// `E[max(Q − D, 0)]`: expected units left over.
    pub expected_leftover: f64,
    /// `E[min(D, Q)] = E[D] − expected shortage`: expected units sold.
    pub expected_sales: f64,
    /// `Cu × expected shortage + Co × expected leftover`, money per period.
    pub expected_cost: f64,
    /// `price × sales + salvage × leftover − cost × Q`, money per period, for costs
    /// given as prices. It equals `Cu × E[D]` less the expected cost.
    pub expected_profit: Option<f64>,
    /// `P(D ≤ Q)`: the probability that the stock meets all demand (Stevenson's
    /// service level).
    pub service_level: f64,
    /// `P(D > Q)`: the probability of running out (Stevenson's stockout risk).
    pub stockout_probability: f64,
}

/// One value of a discrete demand distribution, with its running total.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct DemandTableRow {
    /// The demand, units.
    pub value: f64,
    /// `P(D = value)`.
    pub probability: f64,
    /// `P(D ≤ value)`.
    pub cumulative: f64,
}

/// The newsvendor's stocking quantity and what it leads to.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Newsvendor {
    /// `Q*`, units: the quantity (0 or more) that minimises the expected cost.
    pub quantity: f64,
    /// `Cu / (Cu + Co)`: the probability of meeting demand that balances the two costs.
    pub critical_ratio: f64,
    /// `Cu`, money per unit (`price − cost` for costs given as prices).
    pub underage_cost: f64,
    /// `Co`, money per unit (`cost − salvage` for costs given as prices).
    pub overage_cost: f64,
    /// `z = Φ⁻¹(critical ratio)` for normal demand, exact (tables print it rounded).
    pub z: Option<f64>,
    /// For discrete demand, each value with its probability and cumulative probability:
    /// `Q*` is the first value whose cumulative probability reaches the critical ratio.
    pub table: Option<Vec<DemandTableRow>>,
    /// The expected shortage, leftover, sales, cost and profit at `Q*`.
    pub outcome: NewsvendorOutcome,
}

/// The newsvendor model: the stocking quantity that minimises the expected cost of
/// shortage and leftover for one period.
///
/// With `Cu` the cost of a unit short and `Co` of a unit left over, the critical ratio
/// `CR = Cu / (Cu + Co)` and:
///
/// - normal demand (mean `μ`, sd `σ`): `z = Φ⁻¹(CR)`, `Q* = μ + zσ`; expected shortage
///   `σ G(z)`, leftover `Q* − μ + σ G(z)`, with `G` the standard normal loss function.
///   Where `μ + zσ` is below zero (a low ratio, and a spread wide against the mean)
///   `Q*` is 0: the expected cost is convex, so no stock is the best stock can do;
/// - uniform demand on `[a, b]`: `Q* = a + CR (b − a)`; shortage `(b − Q)² / 2(b − a)`,
///   leftover `(Q − a)² / 2(b − a)`;
/// - discrete demand: `Q*` is the smallest value whose cumulative probability reaches
///   `CR` (where it equals `CR` exactly, the next value costs the same);
/// - expected cost `Cu × shortage + Co × leftover`; for prices, expected profit
///   `price × sales + salvage × leftover − cost × Q*`.
///
/// References: Stevenson, *Operations Management*, Inventory Management chapter, the
/// single-period model (shortage cost `Cs`, excess cost `Ce`, service level
/// `SL = Cs / (Cs + Ce)`); Cachon & Terwiesch, *Matching Supply with Demand*, the
/// newsvendor model (expected leftover, sales and profit).
///
/// # Errors
/// - the errors of [`NewsvendorCosts::per_unit`];
/// - the validation errors of the demand, named under `demand` (`demand.sd`,
///   `demand.max`, `demand.values[3]`, `demand.probabilities`);
/// - `numeric_range` when valid inputs of extreme magnitude overflow `f64` (or put the
///   critical ratio so near 0 or 1 that normal demand has no finite `z`).
///
/// # Examples
/// Stevenson, *Operations Management*, Inventory Management chapter, Cindy's Cider Bar:
/// demand uniform from 300 to 500 litres a week, cost $0.20, price $0.80, no salvage.
/// Published: `Cs` = $0.60, `Ce` = $0.20, service level 0.75, stock 450 litres.
/// ```
/// use opscalc::inventory::{newsvendor, DemandDistribution, NewsvendorCosts, NewsvendorInput};
/// let result = newsvendor(&NewsvendorInput {
///     costs: NewsvendorCosts::Prices { price: 0.80, cost: 0.20, salvage: 0.0 },
///     demand: DemandDistribution::Uniform { min: 300.0, max: 500.0 },
/// })?;
/// assert!((result.critical_ratio - 0.75).abs() < 1e-12);
/// assert!((result.quantity - 450.0).abs() < 1e-9);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn newsvendor(input: &NewsvendorInput) -> Result<Newsvendor, Error> {
    let (underage_cost, overage_cost) = input.costs.per_unit()?;
    let demand = input.demand.validated().map_err(in_demand)?;
    let critical_ratio = underage_cost / representable(underage_cost + overage_cost, true)?;

    let (quantity, z, table) = match input.demand {
        DemandDistribution::Normal { mean, sd } => {
            let cover = NormalCover::at_service_level(mean, sd, critical_ratio)?;
            // The normal curve reaches below zero demand; stock is never negative, and
            // the expected cost is convex in Q, so the best stock is then none.
            (cover.level.max(0.0), Some(cover.z), None)
        }
        DemandDistribution::Uniform { min, max } => {
            (min + critical_ratio * (max - min), None, None)
        }
        DemandDistribution::Discrete {
            ref values,
            ref probabilities,
        } => {
            let running = cumulative(probabilities);
            let chosen = first_reaching(&running, critical_ratio);
            let table: Vec<DemandTableRow> = values
                .iter()
                .zip(probabilities)
                .zip(&running)
                .map(|((&value, &probability), &cumulative)| DemandTableRow {
                    value,
                    probability,
                    cumulative,
                })
                .collect();
            let quantity = table.get(chosen).map_or(0.0, |row| row.value);
            (quantity, None, Some(table))
        }
    };
    let quantity = representable(quantity, false)?;
    Ok(Newsvendor {
        quantity,
        critical_ratio,
        underage_cost,
        overage_cost,
        z,
        table,
        outcome: outcome_at(&input.costs, demand, underage_cost, overage_cost, quantity)?,
    })
}

/// What stocking any quantity `Q` leads to under the newsvendor model: the expected
/// shortage, leftover, sales, cost (and profit, for prices), and the probability of
/// meeting demand. At the quantity [`newsvendor`] chooses the expected cost is lowest.
///
/// # Errors
/// The errors of [`newsvendor`], and `not_finite` / `negative` naming `quantity`.
///
/// # Examples
/// Cindy's Cider Bar (Stevenson) stocking 400 litres, the mean, instead of 450:
/// shortage `100² / 400 = 25`, leftover `100² / 400 = 25`, cost `0.6 × 25 + 0.2 × 25`.
/// ```
/// use opscalc::inventory::{newsvendor_outcome, DemandDistribution, NewsvendorCosts, NewsvendorInput};
/// let input = NewsvendorInput {
///     costs: NewsvendorCosts::Direct { underage_cost: 0.6, overage_cost: 0.2 },
///     demand: DemandDistribution::Uniform { min: 300.0, max: 500.0 },
/// };
/// let outcome = newsvendor_outcome(&input, 400.0)?;
/// assert_eq!((outcome.expected_shortage, outcome.expected_leftover), (25.0, 25.0));
/// assert!((outcome.expected_cost - 20.0).abs() < 1e-12);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn newsvendor_outcome(
    input: &NewsvendorInput,
    quantity: f64,
) -> Result<NewsvendorOutcome, Error> {
    let (underage_cost, overage_cost) = input.costs.per_unit()?;
    let demand = input.demand.validated().map_err(in_demand)?;
    let quantity = non_negative("quantity", quantity)?;
    outcome_at(&input.costs, demand, underage_cost, overage_cost, quantity)
}

fn in_demand(error: Error) -> Error {
    error.within("demand")
}

fn outcome_at(
    costs: &NewsvendorCosts,
    demand: ValidDemand<'_>,
    underage_cost: f64,
    overage_cost: f64,
    quantity: f64,
) -> Result<NewsvendorOutcome, Error> {
    let mean_demand = demand.mean();
    let expected_shortage = demand.expected_shortage(quantity);
    let expected_leftover = demand.expected_leftover(quantity);
    let expected_sales = mean_demand - expected_shortage;
    let split = demand.split(quantity);
    let expected_profit = match *costs {
        NewsvendorCosts::Prices { .. } => Some(representable(
            underage_cost * expected_sales - overage_cost * expected_leftover,
            false,
        )?),
        NewsvendorCosts::Direct { .. } => None,
    };
    Ok(NewsvendorOutcome {
        mean_demand: representable(mean_demand, false)?,
        expected_shortage,
        expected_leftover: representable(expected_leftover, false)?,
        expected_sales,
        expected_cost: representable(
            underage_cost * expected_shortage + overage_cost * expected_leftover,
            false,
        )?,
        expected_profit,
        service_level: split.at_or_below,
        stockout_probability: split.above,
    })
}

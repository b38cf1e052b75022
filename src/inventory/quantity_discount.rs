//! Quantity discounts: the order quantity that minimises purchase, ordering and holding
//! cost together when the supplier's unit price falls with the size of the order, under
//! an all-units or an incremental discount schedule.

use crate::error::{Error, ErrorCode};
use crate::inventory::HoldingCost;
use crate::inventory::eoq::LotSizeCosts;
use crate::validate::{list_length, non_negative, positive, representable};

/// The most price tiers one schedule may have.
pub const MAX_PRICE_BREAKS: u32 = 100;

/// One tier of a price schedule: orders of at least `min_quantity` units pay
/// `unit_cost` a unit (on every unit under an all-units discount; on the units from
/// `min_quantity` on under an incremental one).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PriceBreak {
    /// The smallest order quantity of the tier, units. Field `min_quantity`.
    pub min_quantity: f64,
    /// The unit price in the tier, money per unit. Field `unit_cost`.
    pub unit_cost: f64,
}

impl PriceBreak {
    /// A tier starting at `min_quantity` units with price `unit_cost`.
    pub fn new(min_quantity: f64, unit_cost: f64) -> Self {
        PriceBreak {
            min_quantity,
            unit_cost,
        }
    }
}

/// How the supplier applies the tier prices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DiscountScheme {
    /// Every unit of an order pays the price of the tier the order quantity falls in:
    /// ordering 1,000 at $4.80 costs $4,800. The usual textbook case, and the default.
    #[default]
    AllUnits,
    /// Each tier's price applies only to the units inside that tier, like income-tax
    /// brackets: 999 units at $5.00, then the rest at $4.80.
    Incremental,
}

/// The holding cost of a discount model: the same `H` in every tier, or a rate of
/// each tier's unit cost (so cheaper units are also cheaper to hold).
///
/// Unlike [`HoldingCost::Rate`], a rate here carries no unit cost: each tier brings
/// its own.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DiscountHoldingCost {
    /// `H`, money per unit per period, whatever the price. Field `holding_cost`.
    PerUnit(f64),
    /// `i`, the share of the unit cost per period, as a fraction (0.2 for 20 %): in a
    /// tier with price `c`, `H = i c`. Field `holding_rate`.
    Rate(f64),
}

impl DiscountHoldingCost {
    /// The holding cost from the flat fields a form or a JSON object has: either
    /// `holding_cost` or `holding_rate`.
    ///
    /// # Errors
    /// `conflicting_fields` naming `holding_rate` when both are given; `missing_field`
    /// naming `holding_cost` when neither is.
    ///
    /// # Examples
    /// ```
    /// use opscalc::inventory::DiscountHoldingCost;
    /// assert_eq!(DiscountHoldingCost::from_fields(None, Some(0.2)), Ok(DiscountHoldingCost::Rate(0.2)));
    /// let error = DiscountHoldingCost::from_fields(Some(1.0), Some(0.2)).unwrap_err();
    /// assert_eq!(error.field(), "holding_rate");
    /// ```
    pub fn from_fields(
        holding_cost: Option<f64>,
        holding_rate: Option<f64>,
    ) -> Result<Self, Error> {
        match (holding_cost, holding_rate) {
            (Some(cost), None) => Ok(DiscountHoldingCost::PerUnit(cost)),
            (None, Some(rate)) => Ok(DiscountHoldingCost::Rate(rate)),
            (Some(_), Some(_)) => Err(Error::new(
                ErrorCode::ConflictingFields,
                "holding_rate",
                "give either a holding cost per unit or a holding rate, not both",
            )),
            (None, None) => Err(Error::new(
                ErrorCode::MissingField,
                "holding_cost",
                "is required (or a holding rate of the unit cost)",
            )),
        }
    }

    /// The [`HoldingCost`] in a tier whose price is `unit_cost`.
    ///
    /// # Examples
    /// ```
    /// use opscalc::inventory::{DiscountHoldingCost, HoldingCost};
    /// assert_eq!(
    ///     DiscountHoldingCost::Rate(0.2).in_tier(4.8),
    ///     HoldingCost::Rate { rate: 0.2, unit_cost: 4.8 }
    /// );
    /// assert_eq!(DiscountHoldingCost::PerUnit(1.0).in_tier(4.8), HoldingCost::PerUnit(1.0));
    /// ```
    pub fn in_tier(self, unit_cost: f64) -> HoldingCost {
        match self {
            DiscountHoldingCost::PerUnit(cost) => HoldingCost::PerUnit(cost),
            DiscountHoldingCost::Rate(rate) => HoldingCost::Rate { rate, unit_cost },
        }
    }

    /// Checks the value and names its field.
    fn validated(self) -> Result<Self, Error> {
        Ok(match self {
            DiscountHoldingCost::PerUnit(cost) => {
                DiscountHoldingCost::PerUnit(positive("holding_cost", cost)?)
            }
            DiscountHoldingCost::Rate(rate) => {
                DiscountHoldingCost::Rate(positive("holding_rate", rate)?)
            }
        })
    }
}

/// Inputs of the quantity discount model. Every rate uses one planning period.
///
/// The schedule `breaks` lists the tiers in increasing `min_quantity`; tier `i` covers
/// orders from `breaks[i].min_quantity` up to, not including, `breaks[i + 1].min_quantity`
/// (the last tier has no upper end).
///
/// # Examples
/// ```
/// use opscalc::inventory::{DiscountHoldingCost, DiscountScheme, PriceBreak, QuantityDiscountInput};
/// // $5.00 a unit below 1,000, $4.80 from 1,000, $4.75 from 2,000; holding 20 % a year.
/// let input = QuantityDiscountInput::new(
///     5000.0,
///     49.0,
///     DiscountHoldingCost::Rate(0.2),
///     vec![PriceBreak::new(0.0, 5.0), PriceBreak::new(1000.0, 4.8), PriceBreak::new(2000.0, 4.75)],
/// );
/// assert_eq!(input.scheme, DiscountScheme::AllUnits);
/// let incremental = input.clone().with_scheme(DiscountScheme::Incremental);
/// assert_eq!(incremental.scheme, DiscountScheme::Incremental);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct QuantityDiscountInput {
    /// `D`: demand, units per period. Field `demand`.
    pub demand: f64,
    /// `S`: cost of placing one order, money per order. Field `ordering_cost`.
    pub ordering_cost: f64,
    /// `H`, per unit or as a rate `i` of each tier's price.
    pub holding_cost: DiscountHoldingCost,
    /// The price tiers, by increasing `min_quantity`: the first starts at 0 or 1 (both
    /// textbook conventions; see [`quantity_discount`]), each later one above the one
    /// before, at a unit cost no higher than the one before. At most
    /// [`MAX_PRICE_BREAKS`]. Field `breaks`.
    pub breaks: Vec<PriceBreak>,
    /// All-units (the default) or incremental. Field `scheme`.
    pub scheme: DiscountScheme,
}

impl QuantityDiscountInput {
    /// An all-units discount model.
    pub fn new(
        demand: f64,
        ordering_cost: f64,
        holding_cost: DiscountHoldingCost,
        breaks: Vec<PriceBreak>,
    ) -> Self {
        QuantityDiscountInput {
            demand,
            ordering_cost,
            holding_cost,
            breaks,
            scheme: DiscountScheme::AllUnits,
        }
    }

    /// The same model under another scheme.
    #[must_use]
    pub fn with_scheme(self, scheme: DiscountScheme) -> Self {
        QuantityDiscountInput { scheme, ..self }
    }
}

/// One order quantity and what it costs per period under the schedule.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct DiscountOrder {
    /// `Q`, units per order.
    pub quantity: f64,
    /// `C(Q) / Q = c + R / Q`: what one unit of this order costs on average, money
    /// per unit (the tier price `c` under all-units, where `R = 0`).
    pub average_unit_cost: f64,
    /// `D × C(Q) / Q`, money per period.
    pub purchase_cost_per_period: f64,
    /// `(D / Q) S`, money per period.
    pub ordering_cost_per_period: f64,
    /// `(Q / 2) H`, or with a holding rate `i × C(Q) / 2` (the stock is valued at its
    /// average unit cost), money per period.
    pub holding_cost_per_period: f64,
    /// Purchase plus ordering plus holding, money per period.
    pub total_cost: f64,
}

/// How a tier's candidate quantity was found from its EOQ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CandidateRule {
    /// The EOQ lies in the tier: it is the candidate.
    Eoq,
    /// The EOQ is below the tier: cost rises all through the tier, so the candidate is
    /// the tier's smallest quantity, the lowest order that earns its price (the
    /// textbook's "adjusted" quantity).
    RaisedToMinimum,
    /// The EOQ is above the tier: cost falls all through the tier, so every quantity
    /// in it costs more than the next tier's smallest quantity (under all-units, that
    /// one pays a lower price; under incremental, cost is continuous at the break and
    /// still falling). The tier has no candidate.
    Excluded,
}

/// One row of the textbook's candidate table: a tier, its EOQ, and the best order
/// quantity within it.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct DiscountCandidate {
    /// The tier's index in `breaks`, from 0.
    pub tier: u32,
    /// The tier's smallest order quantity, units.
    pub min_quantity: f64,
    /// The next tier's `min_quantity`: the tier covers `min_quantity ≤ Q < max_quantity`.
    /// `None` for the last tier.
    pub max_quantity: Option<f64>,
    /// `c`, the tier's unit price, money per unit.
    pub unit_cost: f64,
    /// `R`, the fixed part of the purchase cost in this tier, `C(Q) = R + c Q`: 0 under
    /// all-units; under incremental, what the units below the tier cost beyond the
    /// tier's price, `R = Σ (c_prev − c) × break` over the breaks up to this tier.
    pub fixed_cost: f64,
    /// `C(min_quantity) = R + c × min_quantity`: what an order of exactly the tier's
    /// smallest quantity costs to buy, money.
    pub cost_at_min_quantity: f64,
    /// `H` in this tier (`i c` with a holding rate), money per unit per period.
    pub holding_cost: f64,
    /// The tier's EOQ, `√(2D(S + R) / H)`, units (with `R = 0`, the plain EOQ at this
    /// tier's `H`).
    pub eoq: f64,
    /// Whether the EOQ lies in the tier.
    pub feasible: bool,
    /// How the candidate quantity follows from the EOQ.
    pub rule: CandidateRule,
    /// The candidate quantity and its costs, or `None` when the tier is
    /// [`Excluded`](CandidateRule::Excluded).
    pub order: Option<DiscountOrder>,
    /// Whether this row's candidate is the answer.
    pub chosen: bool,
}

/// The cheapest order quantity under a discount schedule, with the candidate table.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct QuantityDiscount {
    /// The scheme the schedule was read under.
    pub scheme: DiscountScheme,
    /// `Q*`, the cheapest order quantity, units per order.
    pub quantity: f64,
    /// The index in `breaks` of the tier `Q*` falls in.
    pub tier: u32,
    /// The price of that tier, money per unit (under incremental, the price of the
    /// last units of the order; see `average_unit_cost`).
    pub unit_cost: f64,
    /// `C(Q*) / Q*`, money per unit: the tier price under all-units.
    pub average_unit_cost: f64,
    /// The `H` in that tier, money per unit per period.
    pub holding_cost: f64,
    /// `D × C(Q*) / Q*`, money per period.
    pub purchase_cost_per_period: f64,
    /// `(D / Q*) S`, money per period.
    pub ordering_cost_per_period: f64,
    /// Holding cost per period at `Q*` (see [`DiscountOrder`]).
    pub holding_cost_per_period: f64,
    /// Purchase plus ordering plus holding at `Q*`, money per period.
    pub total_cost: f64,
    /// `D / Q*`, orders per period.
    pub orders_per_period: f64,
    /// One row per tier, in schedule order; exactly one has `chosen` set.
    pub candidates: Vec<DiscountCandidate>,
}

/// The best order quantity under an all-units or incremental quantity discount.
///
/// With demand `D`, ordering cost `S`, and in tier `j` the price `c_j` and holding
/// cost `H_j` (`H`, or `i c_j` with a holding rate), an order of `Q` units costs
/// `C(Q) = R_j + c_j Q` to buy, and per period
///
/// `TC(Q) = D C(Q) / Q + (D / Q) S + (Q / 2) H_j  [+ i R_j / 2 with a holding rate]`
///
/// that is, purchase plus ordering plus holding, where a holding rate applies to the
/// average unit cost `C(Q) / Q`.
///
/// - **All-units** (`R_j = 0`), the classic algorithm: in each tier compute
///   `EOQ_j = √(2DS / H_j)`; if it lies in the tier it is the tier's candidate; if it
///   is below, the candidate is the tier's minimum quantity (the adjusted quantity);
///   if it is above, the tier is excluded (its costs are all above the next tier's at
///   that tier's minimum). The candidate with the lowest total cost wins.
/// - **Incremental** (Nahmias' method): the units in tier `k` cost `c_k`, so
///   `R_j = Σ_{k<j} (c_k − c_{k+1}) b_{k+1}` with `b` the breaks, and in tier `j`
///   `TC` is an EOQ cost with ordering cost `S + R_j`: `EOQ_j = √(2D(S + R_j) / H_j)`.
///   The candidates are the tier EOQs that lie in their tiers (Nahmias' "realizable"
///   ones), and the same rules as all-units for the others: an EOQ below its tier
///   gives the tier's minimum, one above excludes the tier. Because `C` is
///   continuous and its slope only falls at a break, total cost has no minimum at a
///   break: with prices that never rise the optimum is a realizable EOQ (or 1, for a
///   first tier starting at 1), and the raised rows, listed so that the table has a
///   row per tier, never win.
///
/// Ties between candidates go to the first tier.
///
/// The first tier must start at 0 or at 1, the two textbook conventions: "0–999" and
/// "1–999" mean the same schedule. A first minimum of 1 is taken literally, so an EOQ
/// below one unit is raised to 1. Prices must not rise from one tier to the next (a
/// schedule whose price rises is a surcharge, not a discount); equal prices are allowed.
///
/// Reference: Heizer & Render, *Operations Management*, Inventory Management chapter,
/// quantity discount models; Nahmias, *Production and Operations Analysis*, EOQ
/// chapter, quantity discount models (all-units and incremental).
///
/// # Errors
/// - `not_finite` / `not_positive` naming `demand`, `ordering_cost`, `holding_cost` or
///   `holding_rate`;
/// - `out_of_range` naming `breaks` when it is empty; `too_large` naming `breaks` with
///   more than [`MAX_PRICE_BREAKS`] tiers;
/// - `not_finite` / `negative` naming `breaks[i].min_quantity`, and `out_of_range`
///   when the first is not 0 or 1 or a later one is not above the one before;
/// - `not_finite` / `not_positive` naming `breaks[i].unit_cost`, and `out_of_range`
///   when it is above the one before;
/// - `numeric_range` when valid inputs of extreme magnitude overflow `f64`.
///
/// # Examples
/// Heizer & Render, *Operations Management*, Inventory Management chapter, Wohl's
/// Discount Store: 5,000 toy race cars a year, `S` = $49, holding 20 % of the price;
/// $5.00 below 1,000, $4.80 from 1,000, $4.75 from 2,000. The EOQs are 700 (in its
/// tier), 714 (raised to 1,000) and 718 (raised to 2,000); ordering 1,000 costs
/// $24,725 a year, the least.
/// ```
/// use approx::assert_relative_eq;
/// use opscalc::inventory::{quantity_discount, DiscountHoldingCost, PriceBreak, QuantityDiscountInput};
/// let input = QuantityDiscountInput::new(
///     5000.0,
///     49.0,
///     DiscountHoldingCost::Rate(0.2),
///     vec![PriceBreak::new(0.0, 5.0), PriceBreak::new(1000.0, 4.8), PriceBreak::new(2000.0, 4.75)],
/// );
/// let result = quantity_discount(&input)?;
/// assert_eq!(result.quantity, 1000.0);
/// assert_eq!(result.unit_cost, 4.8);
/// assert_relative_eq!(result.total_cost, 24725.0, max_relative = 1e-12);
/// assert_eq!(result.candidates[0].eoq, 700.0);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn quantity_discount(input: &QuantityDiscountInput) -> Result<QuantityDiscount, Error> {
    let schedule = DiscountSchedule::new(input)?;
    let mut candidates = schedule
        .tiers
        .iter()
        .map(|tier| schedule.candidate(tier))
        .collect::<Result<Vec<_>, Error>>()?;

    let cost = |candidate: &DiscountCandidate| {
        candidate
            .order
            .map_or(f64::INFINITY, |order| order.total_cost)
    };
    // `min_by` keeps the first of equal minima: a tie goes to the first tier.
    let chosen = candidates
        .iter_mut()
        .min_by(|left, right| cost(left).total_cmp(&cost(right)))
        .map(|chosen| {
            chosen.chosen = true;
            *chosen
        });
    // The last tier has no upper end, so it is never excluded: there is always an order.
    let Some((chosen, Some(order))) = chosen.map(|chosen| (chosen, chosen.order)) else {
        return Err(Error::new(
            ErrorCode::Internal,
            "",
            "no tier produced a candidate order quantity",
        ));
    };

    Ok(QuantityDiscount {
        scheme: input.scheme,
        quantity: order.quantity,
        tier: chosen.tier,
        unit_cost: chosen.unit_cost,
        average_unit_cost: order.average_unit_cost,
        holding_cost: chosen.holding_cost,
        purchase_cost_per_period: order.purchase_cost_per_period,
        ordering_cost_per_period: order.ordering_cost_per_period,
        holding_cost_per_period: order.holding_cost_per_period,
        total_cost: order.total_cost,
        orders_per_period: schedule.demand / order.quantity,
        candidates,
    })
}

/// A validated discount model: `D`, `S`, the holding cost, and each tier's cost
/// function. Shared by [`quantity_discount`] and its cost curve.
#[derive(Debug, Clone)]
pub(crate) struct DiscountSchedule {
    demand: f64,
    ordering_cost: f64,
    holding: DiscountHoldingCost,
    pub(crate) tiers: Vec<Tier>,
}

/// One tier of a validated schedule.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tier {
    index: u32,
    pub(crate) min_quantity: f64,
    pub(crate) max_quantity: Option<f64>,
    pub(crate) unit_cost: f64,
    fixed_cost: f64,
    holding_cost: f64,
    eoq: f64,
}

impl Tier {
    /// Whether `quantity` lies in the tier, `min_quantity ≤ Q < max_quantity`.
    fn contains(&self, quantity: f64) -> bool {
        quantity >= self.min_quantity && self.max_quantity.is_none_or(|max| quantity < max)
    }

    pub(crate) fn index(&self) -> u32 {
        self.index
    }
}

impl DiscountSchedule {
    /// Validates the input (in field order) and works out each tier's `R`, `H` and EOQ.
    pub(crate) fn new(input: &QuantityDiscountInput) -> Result<Self, Error> {
        let demand = positive("demand", input.demand)?;
        let ordering_cost = positive("ordering_cost", input.ordering_cost)?;
        let holding = input.holding_cost.validated()?;
        validate_breaks(&input.breaks)?;

        let mut tiers: Vec<Tier> = Vec::with_capacity(input.breaks.len());
        let mut fixed_cost = 0.0;
        let mut previous: Option<&PriceBreak> = None;
        for (index, (price_break, next)) in input
            .breaks
            .iter()
            .zip(input.breaks.iter().skip(1).map(Some).chain([None]))
            .enumerate()
        {
            if let (DiscountScheme::Incremental, Some(previous)) = (input.scheme, previous) {
                fixed_cost = representable(
                    fixed_cost
                        + (previous.unit_cost - price_break.unit_cost) * price_break.min_quantity,
                    false,
                )?;
            }
            let holding_cost = holding.in_tier(price_break.unit_cost).per_unit()?;
            let eoq = LotSizeCosts {
                demand,
                ordering_cost: ordering_cost + fixed_cost,
                holding_cost,
            }
            .optimal_quantity()?;
            tiers.push(Tier {
                // At most MAX_PRICE_BREAKS tiers, so the index fits.
                index: u32::try_from(index).unwrap_or(u32::MAX),
                min_quantity: price_break.min_quantity,
                max_quantity: next.map(|next| next.min_quantity),
                unit_cost: price_break.unit_cost,
                fixed_cost,
                holding_cost,
                eoq,
            });
            previous = Some(price_break);
        }
        Ok(DiscountSchedule {
            demand,
            ordering_cost,
            holding,
            tiers,
        })
    }

    /// The tier an order of `quantity` falls in; a quantity below the first tier
    /// (possible only when it starts at 1) is priced in the first tier.
    pub(crate) fn tier_of(&self, quantity: f64) -> Option<&Tier> {
        self.tiers
            .iter()
            .rev()
            .find(|tier| tier.min_quantity <= quantity)
            .or(self.tiers.first())
    }

    /// The costs per period of ordering `quantity` at `tier`'s cost function.
    pub(crate) fn order_in(&self, tier: &Tier, quantity: f64) -> Result<DiscountOrder, Error> {
        let lot = LotSizeCosts {
            demand: self.demand,
            ordering_cost: self.ordering_cost,
            holding_cost: tier.holding_cost,
        };
        let (ordering, holding) = lot.costs_at(quantity);
        // A holding rate applies to the average unit cost c + R/Q: (Q/2) i c + i R / 2.
        let holding = match self.holding {
            DiscountHoldingCost::Rate(rate) => holding + rate * tier.fixed_cost / 2.0,
            DiscountHoldingCost::PerUnit(_) => holding,
        };
        let average_unit_cost = tier.unit_cost + tier.fixed_cost / quantity;
        let purchase = self.demand * average_unit_cost;
        Ok(DiscountOrder {
            quantity,
            average_unit_cost: representable(average_unit_cost, true)?,
            purchase_cost_per_period: representable(purchase, true)?,
            ordering_cost_per_period: representable(ordering, true)?,
            holding_cost_per_period: representable(holding, true)?,
            total_cost: representable(purchase + ordering + holding, true)?,
        })
    }

    /// The row of the candidate table for `tier` (not yet marked chosen).
    fn candidate(&self, tier: &Tier) -> Result<DiscountCandidate, Error> {
        let (rule, quantity) = if tier.contains(tier.eoq) {
            (CandidateRule::Eoq, Some(tier.eoq))
        } else if tier.eoq < tier.min_quantity {
            (CandidateRule::RaisedToMinimum, Some(tier.min_quantity))
        } else {
            (CandidateRule::Excluded, None)
        };
        Ok(DiscountCandidate {
            tier: tier.index,
            min_quantity: tier.min_quantity,
            max_quantity: tier.max_quantity,
            unit_cost: tier.unit_cost,
            fixed_cost: tier.fixed_cost,
            cost_at_min_quantity: representable(
                tier.fixed_cost + tier.unit_cost * tier.min_quantity,
                false,
            )?,
            holding_cost: tier.holding_cost,
            eoq: tier.eoq,
            feasible: rule == CandidateRule::Eoq,
            rule,
            order: quantity
                .map(|quantity| self.order_in(tier, quantity))
                .transpose()?,
            chosen: false,
        })
    }
}

/// Checks the schedule: at most [`MAX_PRICE_BREAKS`] tiers, the first from 0 or 1,
/// minimum quantities rising, prices not rising.
fn validate_breaks(breaks: &[PriceBreak]) -> Result<(), Error> {
    list_length("breaks", breaks.len(), MAX_PRICE_BREAKS)?;
    let mut previous: Option<&PriceBreak> = None;
    for (index, price_break) in breaks.iter().enumerate() {
        let in_break = |error: Error| error.within(&format!("breaks[{index}]"));
        let min_quantity =
            non_negative("min_quantity", price_break.min_quantity).map_err(in_break)?;
        let unit_cost = positive("unit_cost", price_break.unit_cost).map_err(in_break)?;
        let problem = match previous {
            None if ![0.0, 1.0].contains(&min_quantity) => Some((
                "min_quantity",
                "must be 0 or 1: the first tier starts with the smallest orders",
            )),
            Some(previous) if min_quantity <= previous.min_quantity => Some((
                "min_quantity",
                "must be greater than the previous tier's minimum quantity",
            )),
            Some(previous) if unit_cost > previous.unit_cost => Some((
                "unit_cost",
                "must not be more than the previous tier's unit cost",
            )),
            _ => None,
        };
        if let Some((field, message)) = problem {
            return Err(in_break(Error::new(ErrorCode::OutOfRange, field, message)));
        }
        previous = Some(price_break);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tier_of_finds_the_tier_and_prices_quantities_below_the_first_in_it() {
        let input = QuantityDiscountInput::new(
            100.0,
            10.0,
            DiscountHoldingCost::PerUnit(1.0),
            vec![PriceBreak::new(1.0, 3.0), PriceBreak::new(10.0, 2.0)],
        );
        let schedule = DiscountSchedule::new(&input).unwrap();
        let tier = |quantity| schedule.tier_of(quantity).unwrap().index();
        assert_eq!(
            [tier(0.5), tier(1.0), tier(9.99), tier(10.0), tier(1e9)],
            [0, 0, 0, 1, 1]
        );
    }
}

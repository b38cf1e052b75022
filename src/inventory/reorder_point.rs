//! The reorder point under uncertain demand and lead time (continuous review): the stock
//! level at which to order so that demand during the lead time is covered with a chosen
//! probability (cycle service level) or a chosen share of demand is met from stock (fill
//! rate). The stock kept above mean lead-time demand is the safety stock.

use crate::error::{Error, ErrorCode};
use crate::inventory::safety_stock::NormalCover;
use crate::stats::normal;
use crate::validate::{non_negative, positive, positive_if_given, probability, representable};

/// The service a reorder point aims at: one of two textbook measures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ServiceTarget {
    /// Cycle service level: the probability that demand during one lead time does not
    /// exceed the reorder point (no stockout in a cycle), in (0, 1). Field `service_level`.
    CycleServiceLevel(f64),
    /// Fill rate: the share of demand met from stock, in (0, 1); needs the order
    /// quantity, since the shortage of one cycle is spread over `Q` units of demand.
    /// Field `fill_rate`.
    FillRate(f64),
}

impl ServiceTarget {
    /// The target from the flat fields a form or a JSON object has: exactly one of
    /// `service_level` and `fill_rate`.
    ///
    /// # Errors
    /// `conflicting_fields` naming `fill_rate` when both are given; `missing_field`
    /// naming `service_level` when neither is.
    ///
    /// # Examples
    /// ```
    /// use opscalc::inventory::ServiceTarget;
    /// assert_eq!(ServiceTarget::from_fields(Some(0.95), None), Ok(ServiceTarget::CycleServiceLevel(0.95)));
    /// assert_eq!(ServiceTarget::from_fields(None, Some(0.99)), Ok(ServiceTarget::FillRate(0.99)));
    /// assert_eq!(ServiceTarget::from_fields(Some(0.95), Some(0.99)).unwrap_err().field(), "fill_rate");
    /// ```
    pub fn from_fields(service_level: Option<f64>, fill_rate: Option<f64>) -> Result<Self, Error> {
        match (service_level, fill_rate) {
            (Some(level), None) => Ok(ServiceTarget::CycleServiceLevel(level)),
            (None, Some(rate)) => Ok(ServiceTarget::FillRate(rate)),
            (Some(_), Some(_)) => Err(Error::new(
                ErrorCode::ConflictingFields,
                "fill_rate",
                "give either a cycle service level or a fill rate, not both",
            )),
            (None, None) => Err(Error::new(
                ErrorCode::MissingField,
                "service_level",
                "is required (or a fill rate with an order quantity)",
            )),
        }
    }
}

/// Inputs of the reorder point. Demand and lead time share one time unit, whichever
/// you choose: daily demand with a lead time in days, or weekly demand with one in
/// weeks. (A rate per year converts to one per day with
/// [`convert_rate`](crate::inventory::convert_rate()).)
///
/// When a textbook gives the distribution of demand during the lead time itself (mean
/// 350, σ 10), take the lead time as the time unit: `demand_rate = 350`,
/// `demand_sd = 10`, `lead_time = 1`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReorderPointInput {
    /// `d`: mean demand, units per time unit. Field `demand_rate`.
    pub demand_rate: f64,
    /// `σ_d`: standard deviation of demand in one time unit, units; may be 0 when the
    /// lead time varies. Field `demand_sd`.
    pub demand_sd: f64,
    /// `L`: mean lead time, in time units. Field `lead_time`.
    pub lead_time: f64,
    /// `σ_L`: standard deviation of the lead time, in time units; `None` (or 0) for a
    /// constant lead time. Field `lead_time_sd`.
    pub lead_time_sd: Option<f64>,
    /// The service aimed at: a cycle service level or a fill rate.
    pub service: ServiceTarget,
    /// `Q`: the order quantity, units; gives the fill rate, and is needed for a fill-rate
    /// target. Field `order_quantity`.
    pub order_quantity: Option<f64>,
}

/// Which variability the spread of lead-time demand comes from, and so which formula
/// gave `σ`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeadTimeVariability {
    /// Demand varies, the lead time is constant: `σ = σ_d √L`.
    DemandOnly,
    /// Demand is constant, the lead time varies: `σ = d σ_L`.
    LeadTimeOnly,
    /// Both vary, independently: `σ = √(L σ_d² + d² σ_L²)`.
    Both,
}

/// The reorder point and safety stock, with the figures a textbook shows.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct ReorderPoint {
    /// `d L`: mean demand during the lead time, units.
    pub mean_lead_time_demand: f64,
    /// `σ`: standard deviation of demand during the lead time, units.
    pub sigma_lead_time_demand: f64,
    /// Which formula gave `σ`.
    pub variability: LeadTimeVariability,
    /// The safety factor `z`, exact (tables print it rounded to two decimals).
    pub z: f64,
    /// `Φ(z)`: the cycle service level, the probability that demand during a lead time
    /// does not exceed the reorder point. The given level, or the one a fill-rate target
    /// implies. A normal table read at `z` shows this probability.
    pub service_level: f64,
    /// `1 − Φ(z)`: the probability of a stockout in one order cycle.
    pub stockout_probability: f64,
    /// `zσ`, units (negative for a service level below one half).
    pub safety_stock: f64,
    /// `ROP = d L + zσ`, units: order when the inventory position falls to this level.
    pub reorder_point: f64,
    /// `G(z)`: the standard normal loss at `z`.
    pub unit_normal_loss: f64,
    /// `ESC = σ G(z)`: expected units short in one order cycle.
    pub expected_shortage_per_cycle: f64,
    /// `1 − ESC / Q`: the share of demand met from stock, when an order quantity is given.
    pub fill_rate: Option<f64>,
}

/// A validated [`ServiceTarget`], the fill rate with its order quantity.
enum Aim {
    Level(f64),
    Fill { rate: f64, quantity: f64 },
}

/// The reorder point and safety stock for normally distributed demand during the lead
/// time, at a cycle service level or a fill rate.
///
/// With mean demand `d` and its standard deviation `σ_d` per time unit, and a lead time
/// of mean `L` and standard deviation `σ_L` in the same unit:
///
/// - `σ = σ_d √L` (constant lead time), `d σ_L` (constant demand), or
///   `√(L σ_d² + d² σ_L²)` (both vary);
/// - cycle service level `p`: `z = Φ⁻¹(p)`; fill rate `f` with order quantity `Q`:
///   `z = G⁻¹((1 − f) Q / σ)`, where `G` is the standard normal loss function;
/// - safety stock `SS = zσ`, reorder point `ROP = d L + zσ`;
/// - expected shortage per cycle `ESC = σ G(z)`, fill rate `1 − ESC / Q`.
///
/// `z` is exact, not read from a table: where a textbook prints `z = 1.65` for 95 %
/// the result uses 1.6449 and differs in the last printed digit.
///
/// References: Heizer & Render, *Operations Management*, Inventory Management chapter,
/// probabilistic models and safety stock; Chopra & Meindl, *Supply Chain Management*,
/// safety inventory chapter (fill rate and expected shortage per cycle).
///
/// # Errors
/// - `not_finite` / `not_positive` naming `demand_rate` or `lead_time`;
/// - `not_finite` / `negative` naming `demand_sd` or `lead_time_sd`; `not_positive`
///   naming `demand_sd` when it is 0 and the lead time does not vary (no uncertainty);
/// - `not_finite` / `out_of_range` naming `service_level` or `fill_rate` outside (0, 1);
/// - `not_finite` / `not_positive` naming `order_quantity`; `missing_field` naming it
///   for a fill-rate target without it;
/// - `numeric_range` when valid inputs of extreme magnitude overflow `f64`, or a fill
///   rate so close to 1 that no `f64` safety factor reaches it.
///
/// # Examples
/// Heizer & Render, *Operations Management*, Inventory Management chapter, Circuit Town's
/// iPods: 15 a day with σ_d = 5, a constant 2-day lead time, 90 % service. Published
/// (table z = 1.28): σ = 7.07, ROP = 30 + 1.28 × 7.07 ≈ 39 units.
/// ```
/// use opscalc::inventory::{reorder_point, ReorderPointInput, ServiceTarget};
/// let result = reorder_point(&ReorderPointInput {
///     demand_rate: 15.0,
///     demand_sd: 5.0,
///     lead_time: 2.0,
///     lead_time_sd: None,
///     service: ServiceTarget::CycleServiceLevel(0.90),
///     order_quantity: None,
/// })?;
/// assert!((result.sigma_lead_time_demand - 7.0711).abs() < 1e-4);
/// assert!((result.z - 1.2816).abs() < 1e-4);
/// assert_eq!(result.reorder_point.round(), 39.0);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn reorder_point(input: &ReorderPointInput) -> Result<ReorderPoint, Error> {
    let demand = LeadTimeDemand::new(
        input.demand_rate,
        input.demand_sd,
        input.lead_time,
        input.lead_time_sd,
    )?;
    let order_quantity = positive_if_given("order_quantity", input.order_quantity)?;
    let aim = match input.service {
        ServiceTarget::CycleServiceLevel(level) => Aim::Level(probability("service_level", level)?),
        ServiceTarget::FillRate(rate) => {
            let rate = probability("fill_rate", rate)?;
            let Some(quantity) = order_quantity else {
                return Err(Error::new(
                    ErrorCode::MissingField,
                    "order_quantity",
                    "is required with a fill rate",
                ));
            };
            Aim::Fill { rate, quantity }
        }
    };
    let (mean, sigma, variability) = demand.spread()?;

    let cover = match aim {
        Aim::Level(level) => NormalCover::at_service_level(mean, sigma, level)?,
        Aim::Fill { rate, quantity } => {
            // The shortage per cycle the target allows, in units of σ: G(z) = (1 − f) Q / σ.
            let allowed_loss = representable((1.0 - rate) * quantity / sigma, true)?;
            NormalCover::at_z(mean, sigma, normal::loss_inverse(allowed_loss))?
        }
    };

    Ok(ReorderPoint {
        mean_lead_time_demand: mean,
        sigma_lead_time_demand: sigma,
        variability,
        z: cover.z,
        service_level: cover.service_level,
        stockout_probability: cover.stockout_probability,
        safety_stock: cover.safety_stock,
        reorder_point: cover.level,
        unit_normal_loss: cover.unit_normal_loss,
        expected_shortage_per_cycle: cover.expected_shortage,
        fill_rate: order_quantity.map(|quantity| 1.0 - cover.expected_shortage / quantity),
    })
}

/// Validated demand and lead time of one item, and the normal spread of demand during
/// the lead time they give: shared by [`reorder_point`] and the batch of reorder points.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LeadTimeDemand {
    demand_rate: f64,
    demand_sd: f64,
    lead_time: f64,
    lead_time_sd: f64,
}

impl LeadTimeDemand {
    /// Checks each field (in this order): `demand_rate` above zero, `demand_sd` zero or
    /// more, `lead_time` above zero, `lead_time_sd` (0 when not given) zero or more.
    #[inline]
    pub(crate) fn new(
        demand_rate: f64,
        demand_sd: f64,
        lead_time: f64,
        lead_time_sd: Option<f64>,
    ) -> Result<Self, Error> {
        Ok(LeadTimeDemand {
            demand_rate: positive("demand_rate", demand_rate)?,
            demand_sd: non_negative("demand_sd", demand_sd)?,
            lead_time: positive("lead_time", lead_time)?,
            lead_time_sd: lead_time_sd
                .map(|sd| non_negative("lead_time_sd", sd))
                .transpose()?
                .unwrap_or(0.0),
        })
    }

    /// The mean `d L`, the spread σ and which sources of variability give it.
    ///
    /// # Errors
    /// `not_positive` naming `demand_sd` when neither demand nor lead time varies;
    /// `numeric_range` when σ or the mean leaves the range of `f64`.
    #[inline]
    pub(crate) fn spread(&self) -> Result<(f64, f64, LeadTimeVariability), Error> {
        let LeadTimeDemand {
            demand_rate,
            demand_sd,
            lead_time,
            lead_time_sd,
        } = *self;
        let (sigma, variability) = match (demand_sd > 0.0, lead_time_sd > 0.0) {
            (true, false) => (
                demand_sd * lead_time.sqrt(),
                LeadTimeVariability::DemandOnly,
            ),
            (false, true) => (
                demand_rate * lead_time_sd,
                LeadTimeVariability::LeadTimeOnly,
            ),
            (true, true) => (
                (lead_time * demand_sd * demand_sd + (demand_rate * lead_time_sd).powi(2)).sqrt(),
                LeadTimeVariability::Both,
            ),
            (false, false) => {
                return Err(Error::new(
                    ErrorCode::NotPositive,
                    "demand_sd",
                    "must be greater than zero unless the lead time varies",
                ));
            }
        };
        let sigma = representable(sigma, true)?;
        let mean = representable(demand_rate * lead_time, true)?;
        Ok((mean, sigma, variability))
    }
}

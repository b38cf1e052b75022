//! The number of kanbans (containers, or cards) a pull system needs: enough to cover
//! demand while a container goes round its loop, plus a safety margin.

use crate::error::{Error, ErrorCode};
use crate::validate::{non_negative, positive, representable};

/// Slack when rounding the number of kanbans up, so that an exact whole number is not
/// pushed to the next one by binary rounding (`100 × 2 × (1 + 0.1) / 20` is
/// 11.000000000000002 in `f64`, and must stay 11 kanbans, not 12).
const ROUNDING_SLACK: f64 = 1e-9;

/// The safety margin, in one of the two textbook forms.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum KanbanSafety {
    /// Safety stock in units, added to demand during the lead time (Heizer & Render).
    /// Field `safety_stock`.
    Stock(f64),
    /// A safety (or inefficiency) factor `X`, as a fraction of demand during the lead
    /// time (0.1 for 10 %): `N = D T (1 + X) / C` (Stevenson). Field `safety_factor`.
    Factor(f64),
}

impl KanbanSafety {
    /// The margin from the flat fields a form or a JSON object has: `safety_stock`,
    /// `safety_factor`, or neither (no margin).
    ///
    /// # Errors
    /// `conflicting_fields` naming `safety_factor` when both are given.
    ///
    /// # Examples
    /// ```
    /// use opscalc::capacity::KanbanSafety;
    /// assert_eq!(KanbanSafety::from_fields(Some(250.0), None), Ok(Some(KanbanSafety::Stock(250.0))));
    /// assert_eq!(KanbanSafety::from_fields(None, None), Ok(None));
    /// assert_eq!(KanbanSafety::from_fields(Some(1.0), Some(0.1)).unwrap_err().field(), "safety_factor");
    /// ```
    pub fn from_fields(
        safety_stock: Option<f64>,
        safety_factor: Option<f64>,
    ) -> Result<Option<Self>, Error> {
        match (safety_stock, safety_factor) {
            (Some(stock), None) => Ok(Some(KanbanSafety::Stock(stock))),
            (None, Some(factor)) => Ok(Some(KanbanSafety::Factor(factor))),
            (None, None) => Ok(None),
            (Some(_), Some(_)) => Err(Error::new(
                ErrorCode::ConflictingFields,
                "safety_factor",
                "give either a safety stock or a safety factor, not both",
            )),
        }
    }
}

/// Inputs of [`kanban_count`]. The demand rate and the lead time share one time unit
/// (a day, an hour).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KanbanInput {
    /// `d` (or `D`): demand, units per time unit. Field `demand_rate`.
    pub demand_rate: f64,
    /// `L` (or `T`): the time a container takes to go round its loop (waiting, moving,
    /// processing, returning), in time units. Field `lead_time`.
    pub lead_time: f64,
    /// The safety margin; `None` for none.
    pub safety: Option<KanbanSafety>,
    /// `C`: units one container holds. Field `container_size`.
    pub container_size: f64,
}

/// The number of kanbans, exact and rounded up, with the figures a textbook shows.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct KanbanCount {
    /// `d × L`: demand during the lead time, units.
    pub demand_during_lead_time: f64,
    /// The safety stock, units: as given, `X × d × L` for a factor, or 0.
    pub safety_stock: f64,
    /// `X`, when the margin is given as a factor.
    pub safety_factor: Option<f64>,
    /// `(d L + SS) / C`, or `d L (1 + X) / C`: the number of kanbans before rounding.
    pub exact_kanbans: f64,
    /// The exact number rounded up: a fraction of a container cannot circulate, and
    /// rounding down would starve the line.
    pub kanbans: u32,
    /// `kanbans × C`: the most stock the kanbans allow in the loop, units.
    pub authorized_inventory: f64,
    /// `kanbans × C / d`: how long that stock lasts at the demand rate, in time units.
    pub time_covered: f64,
}

/// The number of kanbans: demand during the lead time plus safety stock, in containers,
/// rounded up.
///
/// - Heizer & Render: `N = (d L + SS) / C`
/// - Stevenson: `N = D T (1 + X) / C`, the safety stock being `X D T`
///
/// where `d` (`D`) is demand per time unit, `L` (`T`) the lead time round the loop,
/// `SS` the safety stock, `X` the safety factor and `C` the container size. The count
/// is rounded up (an exact whole number within 10⁻⁹ of itself is kept).
///
/// References: Heizer & Render, *Operations Management*, JIT and lean operations
/// chapter (number of kanbans); Stevenson, *Operations Management*, JIT and lean
/// operations chapter (number of kanban containers).
///
/// # Errors
/// - `not_finite` / `not_positive` naming `demand_rate`, `lead_time` or `container_size`;
/// - `not_finite` / `negative` naming `safety_stock` or `safety_factor`;
/// - `numeric_range` when the inputs' magnitudes overflow `f64` or the count exceeds
///   `u32::MAX`.
///
/// # Examples
/// Heizer & Render, *Operations Management*, JIT and lean chapter, Hobbs Bakery: 500
/// cakes a day, a 2-day lead time, a safety stock of half a day (250), containers of
/// 250: `(1,000 + 250) / 250 = 5` kanbans.
/// ```
/// use opscalc::capacity::{kanban_count, KanbanInput, KanbanSafety};
/// let result = kanban_count(&KanbanInput {
///     demand_rate: 500.0,
///     lead_time: 2.0,
///     safety: Some(KanbanSafety::Stock(250.0)),
///     container_size: 250.0,
/// })?;
/// assert_eq!(result.demand_during_lead_time, 1000.0);
/// assert_eq!(result.exact_kanbans, 5.0);
/// assert_eq!(result.kanbans, 5);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn kanban_count(input: &KanbanInput) -> Result<KanbanCount, Error> {
    let demand_rate = positive("demand_rate", input.demand_rate)?;
    let lead_time = positive("lead_time", input.lead_time)?;
    let safety = match input.safety {
        Some(KanbanSafety::Stock(stock)) => {
            Some(KanbanSafety::Stock(non_negative("safety_stock", stock)?))
        }
        Some(KanbanSafety::Factor(factor)) => {
            Some(KanbanSafety::Factor(non_negative("safety_factor", factor)?))
        }
        None => None,
    };
    let container_size = positive("container_size", input.container_size)?;

    let demand_during_lead_time = representable(demand_rate * lead_time, true)?;
    let (safety_stock, covered) = match safety {
        Some(KanbanSafety::Stock(stock)) => (stock, demand_during_lead_time + stock),
        Some(KanbanSafety::Factor(factor)) => (
            demand_during_lead_time * factor,
            demand_during_lead_time * (1.0 + factor),
        ),
        None => (0.0, demand_during_lead_time),
    };
    let safety_stock = representable(safety_stock, false)?;
    let exact_kanbans = representable(representable(covered, true)? / container_size, true)?;
    let rounded = (exact_kanbans * (1.0 - ROUNDING_SLACK)).ceil().max(1.0);
    if rounded > f64::from(u32::MAX) {
        return Err(Error::new(
            ErrorCode::NumericRange,
            "",
            "the inputs put the number of kanbans above 4,294,967,295",
        ));
    }
    // A whole number from 1 to u32::MAX: the conversion is exact.
    let kanbans = rounded as u32;
    let authorized_inventory = representable(f64::from(kanbans) * container_size, true)?;
    Ok(KanbanCount {
        demand_during_lead_time,
        safety_stock,
        safety_factor: match safety {
            Some(KanbanSafety::Factor(factor)) => Some(factor),
            _ => None,
        },
        exact_kanbans,
        kanbans,
        authorized_inventory,
        time_covered: representable(authorized_inventory / demand_rate, true)?,
    })
}

//! The cost of holding one unit in stock for one period, given directly or as a rate.

use crate::error::{Error, ErrorCode};
use crate::validate::{positive, representable};

/// The holding (carrying) cost `H`: money per unit per period.
///
/// Textbooks give it either directly ("$0.50 per unit per year") or as a share of the
/// unit's cost ("25 % of the $60 price per year", so `H = 0.25 × 60 = 15`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum HoldingCost {
    /// `H` itself, money per unit per period. Field `holding_cost`.
    PerUnit(f64),
    /// `H = rate × unit_cost`: `rate` is the share of the unit cost per period, as a
    /// fraction (0.25 for 25 %); `unit_cost` is money per unit. Fields `holding_rate`
    /// and `unit_cost`.
    Rate {
        /// Share of the unit cost per period, as a fraction (0.25 for 25 %).
        rate: f64,
        /// Purchase or production cost of one unit.
        unit_cost: f64,
    },
}

impl HoldingCost {
    /// The holding cost from the flat fields a form or a JSON object has: either
    /// `holding_cost`, or `holding_rate` together with `unit_cost`.
    ///
    /// # Errors
    /// `conflicting_fields` naming `holding_rate` (or `unit_cost`) when given with
    /// `holding_cost`; `missing_field` naming `holding_cost` when nothing is given, and
    /// `unit_cost` or `holding_rate` when only the other half of the rate is.
    ///
    /// # Examples
    /// ```
    /// use opscalc::inventory::HoldingCost;
    /// assert_eq!(HoldingCost::from_fields(Some(0.5), None, None), Ok(HoldingCost::PerUnit(0.5)));
    /// assert_eq!(
    ///     HoldingCost::from_fields(None, Some(0.25), Some(60.0)),
    ///     Ok(HoldingCost::Rate { rate: 0.25, unit_cost: 60.0 })
    /// );
    /// let error = HoldingCost::from_fields(None, Some(0.25), None).unwrap_err();
    /// assert_eq!(error.field(), "unit_cost");
    /// ```
    pub fn from_fields(
        holding_cost: Option<f64>,
        holding_rate: Option<f64>,
        unit_cost: Option<f64>,
    ) -> Result<Self, Error> {
        Ok(
            match HoldingCostFields::choose(holding_cost, holding_rate, unit_cost)? {
                HoldingCostFields::PerUnit(cost) => HoldingCost::PerUnit(cost),
                HoldingCostFields::Rate { rate, unit_cost } => {
                    HoldingCost::Rate { rate, unit_cost }
                }
            },
        )
    }

    /// `H` in money per unit per period: the given value, or `rate × unit_cost`.
    ///
    /// # Errors
    /// `not_finite` or `not_positive` naming `holding_cost`, `holding_rate` or
    /// `unit_cost`; `numeric_range` if `rate × unit_cost` underflows to zero.
    ///
    /// # Examples
    /// ```
    /// use opscalc::inventory::HoldingCost;
    /// let h = HoldingCost::Rate { rate: 0.25, unit_cost: 60.0 };
    /// assert_eq!(h.per_unit(), Ok(15.0));
    /// assert_eq!(HoldingCost::PerUnit(0.0).per_unit().unwrap_err().field(), "holding_cost");
    /// ```
    pub fn per_unit(&self) -> Result<f64, Error> {
        match *self {
            HoldingCost::PerUnit(cost) => positive("holding_cost", cost),
            HoldingCost::Rate { rate, unit_cost } => {
                let rate = positive("holding_rate", rate)?;
                let unit_cost = positive("unit_cost", unit_cost)?;
                representable(rate * unit_cost, true)
            }
        }
    }
}

/// The holding cost's flat fields sorted into one form, for any kind of value: one
/// number ([`HoldingCost::from_fields`]) or a column of a batch.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum HoldingCostFields<T> {
    /// `holding_cost` alone.
    PerUnit(T),
    /// `holding_rate` with `unit_cost`.
    Rate {
        /// `holding_rate`.
        rate: T,
        /// `unit_cost`.
        unit_cost: T,
    },
}

impl<T> HoldingCostFields<T> {
    /// Either `holding_cost`, or `holding_rate` together with `unit_cost`; the errors
    /// of [`HoldingCost::from_fields`].
    pub(crate) fn choose(
        holding_cost: Option<T>,
        holding_rate: Option<T>,
        unit_cost: Option<T>,
    ) -> Result<Self, Error> {
        match (holding_cost, holding_rate, unit_cost) {
            (Some(cost), None, None) => Ok(HoldingCostFields::PerUnit(cost)),
            (None, Some(rate), Some(unit_cost)) => Ok(HoldingCostFields::Rate { rate, unit_cost }),
            (Some(_), rate, _) => Err(Error::new(
                ErrorCode::ConflictingFields,
                if rate.is_some() {
                    "holding_rate"
                } else {
                    "unit_cost"
                },
                "give either a holding cost, or a holding rate with a unit cost, not both",
            )),
            (None, Some(_), None) => Err(Error::new(
                ErrorCode::MissingField,
                "unit_cost",
                "is required with a holding rate",
            )),
            (None, None, Some(_)) => Err(Error::new(
                ErrorCode::MissingField,
                "holding_rate",
                "is required with a unit cost (or give the holding cost itself)",
            )),
            (None, None, None) => Err(Error::new(
                ErrorCode::MissingField,
                "holding_cost",
                "is required (or a holding rate with a unit cost)",
            )),
        }
    }
}

//! Replenishment lead time, in planning periods or in working days.

use crate::error::{Error, ErrorCode};
use crate::validate::{non_negative, positive, representable};

/// The time from placing an order to receiving it.
///
/// Rates in opscalc share one planning period (often a year). A lead time is given
/// either in that period (`Periods(0.012)` of a year) or in working days (`Days(3.0)`),
/// which also needs the number of working days in one period.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LeadTime {
    /// Lead time in planning periods. Field `lead_time`.
    Periods(f64),
    /// Lead time in working days; needs `working_days` per period. Field `lead_time_days`.
    Days(f64),
}

impl LeadTime {
    /// The lead time from the flat fields a form or a JSON object has: `lead_time` in
    /// periods or `lead_time_days` in days, or neither.
    ///
    /// # Errors
    /// `conflicting_fields` naming `lead_time_days` when both are given.
    ///
    /// # Examples
    /// ```
    /// use opscalc::inventory::LeadTime;
    /// assert_eq!(LeadTime::from_fields(None, Some(3.0)), Ok(Some(LeadTime::Days(3.0))));
    /// assert_eq!(LeadTime::from_fields(None, None), Ok(None));
    /// assert!(LeadTime::from_fields(Some(0.1), Some(3.0)).is_err());
    /// ```
    pub fn from_fields(
        lead_time: Option<f64>,
        lead_time_days: Option<f64>,
    ) -> Result<Option<Self>, Error> {
        match (lead_time, lead_time_days) {
            (Some(_), Some(_)) => Err(Error::new(
                ErrorCode::ConflictingFields,
                "lead_time_days",
                "give the lead time either in periods or in days, not both",
            )),
            (periods, days) => Ok(periods.map(LeadTime::Periods).or(days.map(LeadTime::Days))),
        }
    }

    /// Demand during the lead time: `D × L` for a lead time in periods, or
    /// `d × L` with daily demand `d = D / working_days` for one in days. With
    /// deterministic demand this is the reorder point.
    ///
    /// `demand` is units per period; `working_days` is days per period and must be
    /// given for a lead time in days.
    ///
    /// # Errors
    /// `not_finite` or `negative` naming `lead_time` or `lead_time_days`;
    /// `missing_field` naming `working_days` for a lead time in days without it, and
    /// `not_positive` if it is zero or less; `numeric_range` on overflow.
    ///
    /// # Examples
    /// Heizer & Render, *Operations Management*, reorder point example: 8,000 units a
    /// year, 250 working days, 3 days' lead time, so `d = 32` a day and ROP = 96 units.
    /// ```
    /// use opscalc::inventory::LeadTime;
    /// assert_eq!(LeadTime::Days(3.0).demand_during(8000.0, Some(250.0)), Ok(96.0));
    /// assert_eq!(LeadTime::Periods(0.5).demand_during(8000.0, None), Ok(4000.0));
    /// ```
    pub fn demand_during(&self, demand: f64, working_days: Option<f64>) -> Result<f64, Error> {
        let demand_during = match *self {
            LeadTime::Periods(periods) => demand * non_negative("lead_time", periods)?,
            LeadTime::Days(days) => {
                let days = non_negative("lead_time_days", days)?;
                let Some(working_days) = working_days else {
                    return Err(Error::new(
                        ErrorCode::MissingField,
                        "working_days",
                        "is required when the lead time is given in days",
                    ));
                };
                demand / positive("working_days", working_days)? * days
            }
        };
        representable(demand_during, false)
    }
}

//! Inventory models: lot sizing (EOQ), lead time and reorder point.
//!
//! # Units
//! Every rate in one call shares one planning period, whichever you choose: demand in
//! units per period, holding cost in money per unit per period, costs per period in the
//! results. Use a year throughout, or a month throughout; never annual demand with a
//! monthly holding cost. Lead times are given in periods, or in working days together
//! with the number of working days in a period.

mod eoq;
mod eoq_cost_curve;
mod holding_cost;
mod lead_time;

pub use eoq::{Eoq, EoqInput, eoq};
pub use eoq_cost_curve::{
    DEFAULT_CURVE_POINTS, EoqCostCurve, EoqCostCurveInput, MAX_CURVE_POINTS, eoq_cost_curve,
};
pub use holding_cost::HoldingCost;
pub use lead_time::LeadTime;

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
mod inventory_profile;
mod lead_time;
mod lot_size_range;

pub use eoq::{Eoq, EoqInput, eoq};
pub use eoq_cost_curve::{EoqCostCurve, EoqCostCurveInput, eoq_cost_curve};
pub use holding_cost::HoldingCost;
pub use inventory_profile::InventoryProfile;
pub use lead_time::LeadTime;
pub use lot_size_range::{DEFAULT_CURVE_POINTS, MAX_CURVE_POINTS};

mod abc_analysis;
mod quantity_discount;
mod quantity_discount_cost_curve;

pub use abc_analysis::{
    AbcAnalysis, AbcBasis, AbcClass, AbcClassTotals, AbcCutoffs, AbcInput, AbcItem, AbcRow,
    MAX_ABC_ITEMS, abc_analysis,
};
pub use quantity_discount::{
    CandidateRule, DiscountCandidate, DiscountHoldingCost, DiscountOrder, DiscountScheme,
    MAX_PRICE_BREAKS, PriceBreak, QuantityDiscount, QuantityDiscountInput, quantity_discount,
};
pub use quantity_discount_cost_curve::{
    QuantityDiscountCostCurve, QuantityDiscountCostCurveInput, TierCostCurve,
    quantity_discount_cost_curve,
};

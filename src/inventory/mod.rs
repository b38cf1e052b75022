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

// Models under uncertainty: safety stock, reorder point, periodic review, newsvendor.
mod demand_distribution;
mod newsvendor;
mod periodic_review;
mod rate_conversion;
mod reorder_point;
mod safety_stock;

pub use eoq::{Eoq, EoqInput, eoq};
pub use eoq_cost_curve::{EoqCostCurve, EoqCostCurveInput, eoq_cost_curve};
pub use holding_cost::HoldingCost;
pub use inventory_profile::InventoryProfile;
pub use lead_time::LeadTime;
pub use lot_size_range::CostCurveInput;
pub use lot_size_range::{DEFAULT_CURVE_POINTS, MAX_CURVE_POINTS};

// Lot sizing with finite production (EPQ) and with planned shortages (backorders).
mod eoq_backorders;
mod eoq_backorders_cost_curve;
mod production_order_quantity;
mod production_order_quantity_cost_curve;
pub use eoq_backorders::{EoqBackorders, EoqBackordersInput, eoq_backorders};
pub use eoq_backorders_cost_curve::{
    EoqBackordersCostCurve, EoqBackordersCostCurveInput, eoq_backorders_cost_curve,
};
pub use production_order_quantity::{
    ProductionOrderQuantity, ProductionOrderQuantityInput, production_order_quantity,
};
pub use production_order_quantity_cost_curve::{
    ProductionOrderQuantityCostCurve, ProductionOrderQuantityCostCurveInput,
    production_order_quantity_cost_curve,
};

// Models under uncertainty.
pub use demand_distribution::{
    DENSITY_CURVE_POINTS, DemandDistribution, DensityCurve, MAX_DEMAND_VALUES,
};
pub use newsvendor::{
    DemandTableRow, Newsvendor, NewsvendorCosts, NewsvendorInput, NewsvendorOutcome, newsvendor,
    newsvendor_outcome,
};
pub use periodic_review::{PeriodicReview, PeriodicReviewInput, periodic_review};
pub use rate_conversion::{RateConversion, RateConversionInput, convert_rate};
pub use reorder_point::{
    LeadTimeVariability, ReorderPoint, ReorderPointInput, ServiceTarget, reorder_point,
};

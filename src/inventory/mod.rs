//! Inventory models: how much to order and when.
//!
//! - Lot sizing: [`eoq`], [`production_order_quantity`] (finite production),
//!   [`eoq_backorders`] (planned shortages), [`quantity_discount`] (all-units and
//!   incremental price breaks), each with a cost curve over a range of lot sizes and,
//!   for the first three, the inventory profile of one cycle.
//! - Uncertain demand: [`reorder_point`] (safety stock for a cycle service level or a
//!   fill rate), [`periodic_review`] (order-up-to level), [`newsvendor`] (single
//!   period, normal, uniform or discrete demand).
//! - Classification: [`abc_analysis`].
//! - Time units: [`convert_rate`].
//! - Supply-chain measures: [`inventory_turns`] (turnover, weeks or days of supply).
//!
//! # Units
//! Every rate in one call shares one planning period, whichever you choose: demand in
//! units per period, holding cost in money per unit per period, costs per period in the
//! results. Use a year throughout, or a month throughout; never annual demand with a
//! monthly holding cost. Lead times are given in periods, or in working days together
//! with the number of working days in a period. [`convert_rate`] turns, say, annual
//! demand into daily demand.

// Shared building blocks.
mod holding_cost;
mod inventory_profile;
mod lead_time;
mod lot_size_range;
mod safety_stock;

// Lot sizing.
mod eoq;
mod eoq_backorders;
mod eoq_backorders_cost_curve;
mod eoq_cost_curve;
mod production_order_quantity;
mod production_order_quantity_cost_curve;
mod quantity_discount;
mod quantity_discount_cost_curve;

// Uncertain demand.
mod demand_distribution;
mod newsvendor;
mod periodic_review;
mod reorder_point;

// Classification and units.
mod abc_analysis;
mod rate_conversion;

pub(crate) use eoq::LotSizeCosts;
pub use holding_cost::HoldingCost;
pub(crate) use holding_cost::HoldingCostFields;
pub use inventory_profile::InventoryProfile;
pub use lead_time::LeadTime;
pub use lot_size_range::{CostCurveInput, DEFAULT_CURVE_POINTS, MAX_CURVE_POINTS};
pub(crate) use reorder_point::LeadTimeDemand;
pub(crate) use safety_stock::stock_to;

pub use eoq::{Eoq, EoqInput, eoq};
pub use eoq_backorders::{EoqBackorders, EoqBackordersInput, eoq_backorders};
pub use eoq_backorders_cost_curve::{
    EoqBackordersCostCurve, EoqBackordersCostCurveInput, eoq_backorders_cost_curve,
};
pub use eoq_cost_curve::{EoqCostCurve, EoqCostCurveInput, eoq_cost_curve};
pub use production_order_quantity::{
    ProductionOrderQuantity, ProductionOrderQuantityInput, production_order_quantity,
};
pub use production_order_quantity_cost_curve::{
    ProductionOrderQuantityCostCurve, ProductionOrderQuantityCostCurveInput,
    production_order_quantity_cost_curve,
};
pub use quantity_discount::{
    CandidateRule, DiscountCandidate, DiscountHoldingCost, DiscountOrder, DiscountScheme,
    MAX_PRICE_BREAKS, PriceBreak, QuantityDiscount, QuantityDiscountInput, quantity_discount,
};
pub use quantity_discount_cost_curve::{
    QuantityDiscountCostCurve, QuantityDiscountCostCurveInput, TierCostCurve,
    quantity_discount_cost_curve,
};

pub use demand_distribution::{
    DENSITY_CURVE_POINTS, DemandDistribution, DensityCurve, MAX_DEMAND_VALUES,
};
pub use newsvendor::{
    DemandTableRow, Newsvendor, NewsvendorCosts, NewsvendorInput, NewsvendorOutcome, newsvendor,
    newsvendor_outcome,
};
pub use periodic_review::{PeriodicReview, PeriodicReviewInput, periodic_review};
pub use reorder_point::{
    LeadTimeVariability, ReorderPoint, ReorderPointInput, ServiceTarget, reorder_point,
};

pub use abc_analysis::{
    AbcAnalysis, AbcBasis, AbcClass, AbcClassTotals, AbcCutoffs, AbcInput, AbcItem, AbcRow,
    MAX_ABC_ITEMS, abc_analysis,
};
pub use rate_conversion::{RateConversion, RateConversionInput, convert_rate};

// Supply-chain measures.
mod inventory_turns;
pub(crate) use abc_analysis::{annual_value, rank_by_value};
pub(crate) use eoq_backorders::{backorder_split, unchecked_backorder_costs};
pub use inventory_turns::{InventoryTurns, InventoryTurnsInput, inventory_turns};
pub(crate) use production_order_quantity::{run_max_inventory, unchecked_epq_costs};

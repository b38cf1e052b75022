//! Operations performance measures: how well an operation served its customers and
//! what its output cost, the results a plant reports (next to OEE, utilization and
//! inventory turns) and a balanced scorecard reads.
//!
//! - Customers: [`delivery_performance`] (on-time delivery, order and unit fill rates).
//! - Cost: [`unit_cost`] (cost per unit by component: material, labour, overhead).
//!
//! # Units
//! Counts of orders are whole numbers; units and money may be any measure (cases,
//! kilograms; one currency), over one period.

mod delivery_performance;
mod unit_cost;

pub use delivery_performance::{
    DeliveryPerformance, DeliveryPerformanceInput, delivery_performance,
};
pub use unit_cost::{
    ComponentUnitCost, CostComponent, MAX_COST_COMPONENTS, UnitCost, UnitCostInput, unit_cost,
};

//! Capacity and process analysis: how much a process can make, where it is
//! constrained, how well equipment is used, and the lean flow measures.
//!
//! # Units
//! Times and rates in one call share one time unit (minutes, hours), and counts are
//! units of output; each function's docs say which fields must agree.

// Capacity, capacity requirements, process flow and Little's law.
mod capacity_measures;
mod capacity_requirement;
mod littles_law;
mod process_flow;

pub use capacity_measures::{
    CapacityInput, CapacityMeasures, ExpectedOutput, ExpectedOutputInput, capacity, expected_output,
};
pub use capacity_requirement::{
    BatchSetup, CapacityProduct, CapacityRequirement, CapacityRequirementInput,
    MAX_CAPACITY_PRODUCTS, ProductRequirement, capacity_requirement,
};
pub use littles_law::{LittlesLaw, LittlesLawInput, LittlesLawUnknown, littles_law};
pub use process_flow::{
    MAX_PROCESS_STEPS, ProcessConstraint, ProcessFlow, ProcessFlowInput, ProcessStep,
    ProcessTimeUnit, StepFlow, StepPace, process_flow,
};

// OEE, productivity and lean flow measures.
mod kanban;
mod oee;
mod process_cycle_efficiency;
mod productivity;
pub use kanban::{KanbanCount, KanbanInput, KanbanSafety, kanban_count};
pub use oee::{IdealSpeed, Oee, OeeInput, oee};
pub use process_cycle_efficiency::{
    ActivitySpan, LeanActivity, MAX_LEAN_ACTIVITIES, ProcessCycleEfficiency,
    ProcessCycleEfficiencyInput, process_cycle_efficiency,
};
pub use productivity::{
    FactorChange, FactorMeasure, FactorProductivity, MAX_PRODUCTIVITY_INPUTS, PeriodProductivity,
    Productivity, ProductivityChange, ProductivityFactor, ProductivityInput, ProductivityPeriod,
    productivity,
};

// Break-even analysis.
mod break_even;
mod break_even_crossover;
mod break_even_mix;
pub use break_even::{
    BreakEven, BreakEvenChart, BreakEvenInput, TargetProfit, VolumeOutcome, break_even,
};
pub use break_even_crossover::{
    BreakEvenCrossover, BreakEvenCrossoverInput, CheapestRange, CrossoverAtVolume, CrossoverChart,
    CrossoverOption, CrossoverOptionCost, CrossoverPoint, MAX_CROSSOVER_OPTIONS,
    break_even_crossover,
};
pub use break_even_mix::{
    BreakEvenMix, BreakEvenMixChart, BreakEvenMixInput, MAX_MIX_PRODUCTS, MixBasis, MixForecast,
    MixProduct, MixProductRow, SALES_SHARE_TOLERANCE, SalesMix, break_even_mix,
};

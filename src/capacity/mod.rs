//! Capacity and process analysis: how much a process can make, where it is
//! constrained, how well equipment is used, and the lean flow measures.
//!
//! # Units
//! Times and rates in one call share one time unit (minutes, hours), and counts are
//! units of output; each function's docs say which fields must agree.

// Capacity, capacity requirements, process flow and Little's law.

// OEE, productivity and lean flow measures.

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

//! JS mirrors of `crate::capacity`, one file per model.

// Capacity, capacity requirements, process flow and Little's law.

// OEE, productivity and lean flow measures.

// Break-even analysis.
mod break_even;
mod break_even_crossover;
mod break_even_mix;

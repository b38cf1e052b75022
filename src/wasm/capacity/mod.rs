//! JS mirrors of `crate::capacity`, one file per model.

// Capacity, capacity requirements, process flow and Little's law.
mod capacity_measures;
mod capacity_requirement;
mod littles_law;
mod process_flow;

// OEE, productivity and lean flow measures.
mod kanban;
mod oee;
mod process_cycle_efficiency;
mod productivity;

// Break-even analysis.
mod break_even;
mod break_even_crossover;
mod break_even_mix;

//! JS mirrors of `crate::capacity`, one file per model.

// Capacity, capacity requirements, process flow and Little's law.

// OEE, productivity and lean flow measures.

// Break-even analysis.

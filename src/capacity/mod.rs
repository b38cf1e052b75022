//! Capacity and process analysis: how much a process can make, where it is
//! constrained, how well equipment is used, and the lean flow measures.
//!
//! # Units
//! Times and rates in one call share one time unit (minutes, hours), and counts are
//! units of output; each function's docs say which fields must agree.

// Capacity, capacity requirements, process flow and Little's law.

// OEE, productivity and lean flow measures.

// Break-even analysis.

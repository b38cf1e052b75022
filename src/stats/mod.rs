//! Probability distributions the formulas need, exact to about 1e-15.
//!
//! - [`normal`]: the standard normal density, distribution function and its inverse,
//!   and the loss function.
//! - [`scenario_changes`]: the change of each figure from one scenario to another,
//!   for what-if comparisons.

mod change;
pub mod normal;

pub use change::{Change, MAX_FIGURES, scenario_changes};

//! Probability distributions the formulas need, exact to about 1e-15.
//!
//! - [`normal`]: the standard normal density, distribution function and its inverse,
//!   and the loss function.

pub mod normal;

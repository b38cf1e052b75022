//! # opscalc
//!
//! Operations-management and performance-management calculations, exact to the
//! textbook, in plain Rust that also compiles to WebAssembly for Node and the browser.
//!
//! - [`inventory`]: lot sizing (EOQ, production order quantity, planned backorders,
//!   quantity discounts) with cost curves and inventory profiles; reorder point and
//!   safety stock, periodic review, the newsvendor; ABC analysis; rate conversion.
//! - [`capacity`]: capacity, process flow and bottlenecks, Little's law, OEE,
//!   break-even, productivity and lean flow measures.
//! - [`line`](mod@line): takt time and assembly-line balancing by every textbook priority rule,
//!   with the trace of each choice and a comparison of the rules.
//! - [`people`]: people-performance scoring: weighted goals and OKRs, 360-degree
//!   feedback, the appraisal, calibration across managers and the nine-box grid.
//! - [`scorecard`]: performance scoring: KPI scores against targets, the balanced
//!   scorecard's weighted roll-up and status, and the weighting methods (direct, equal,
//!   rank-based, AHP, entropy, CRITIC).
//! - [`stats`]: the standard normal distribution and loss function those models use,
//!   and the change of figures between two scenarios.
//! - [`quality`]: quality and satisfaction measures: Six Sigma's DPMO and sigma level,
//!   process capability (Cp, Cpk), and the net promoter score.
//! - [`operations`]: operations performance measures a scorecard reads: delivery
//!   performance (on-time delivery, fill rates) and cost per unit by component.
//! - [`batch`]: the per-item formulas over whole catalogues, from columns of numbers
//!   to columns of results (so far the EOQ and the reorder point).
//!
//! Every function takes a typed input, validates it first, and returns
//! `Result<_, `[`Error`]`>`: an input error names the offending field and carries a
//! stable [`ErrorCode`]. No input makes a function panic.
//!
//! ```
//! use opscalc::inventory::{eoq, EoqInput, HoldingCost};
//! let result = eoq(&EoqInput::new(1000.0, 10.0, HoldingCost::PerUnit(0.5)))?;
//! assert_eq!(result.quantity, 200.0);
//!
//! let error = eoq(&EoqInput::new(-5.0, 10.0, HoldingCost::PerUnit(1.0))).unwrap_err();
//! assert_eq!((error.code().as_str(), error.field()), ("not_positive", "demand"));
//! # Ok::<(), opscalc::Error>(())
//! ```
//!
//! The JavaScript API (in `src/wasm/`, built only for `wasm32`) mirrors these functions
//! in camelCase: `eoq({ demand, orderingCost, holdingCost })`.

pub mod batch;
pub mod capacity;
mod error;
pub mod inventory;
mod lanes;
pub mod line;
mod naming;
pub mod operations;
pub mod people;
pub mod quality;
pub mod scorecard;
mod sort;
pub mod stats;
mod validate;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use error::{Error, ErrorCode};

/// The README's Rust examples, compiled and run by `cargo test --doc`.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

//! JS mirrors of `crate::line`: takt time, line balancing, the rule comparison, the
//! exact solver, and the task-list parsers.

pub(crate) mod balance;
mod cycle_time;
mod numbered;
pub(crate) mod optimal;
mod parse;
mod takt_time;
mod task_columns;

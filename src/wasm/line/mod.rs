//! JS mirrors of `crate::line`: takt time, line balancing, the rule comparison, and the
//! task-list parsers.

pub(crate) mod balance;
mod parse;
mod takt_time;

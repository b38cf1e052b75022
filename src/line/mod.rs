//! Assembly lines: takt time, and balancing a line's tasks into stations by the priority
//! rules of the textbooks, with the trace of every choice and a comparison of the rules.
//!
//! # Units
//! Task times, the cycle time and the available time share one time unit (minutes,
//! seconds); demand is units in the period the available time covers.

mod balance;
mod compare_rules;
mod decimal;
mod exact;
mod followers;
mod natural_order;
mod numbered;
mod parse;
mod priority_rule;
mod queue;
mod takt_time;
mod task_graph;

// For the JS boundary, which reads `balanceLine`'s tasks into columns of its own.
#[cfg(target_arch = "wasm32")]
pub(crate) use balance::balance_tasks;
pub use balance::{
    BalanceInput, ChoiceReason, CycleTime, DEFAULT_TRACED_TASKS, LineBalance, MAX_TRACED_TASKS,
    Station, TraceCandidate, TraceStep, balance_line,
};
pub use compare_rules::{CompareRulesInput, RuleComparison, RuleOutcome, compare_rules};
pub use exact::{
    CycleTimeBalance, CycleTimeInput, DEFAULT_MEMORY_MB, MAX_MEMORY_MB, OptimalBalance,
    OptimalInput, SearchLimits, StopReason, balance_line_optimal, minimize_cycle_time,
};
pub use numbered::{NumberedLineBalance, NumberedLineInput, balance_numbered_line};
pub use parse::{MAX_TEXT_BYTES, parse_in2, parse_task_table};
pub use priority_rule::PriorityRule;
pub use takt_time::{LineOutput, TaktTime, WorkingTime, line_output, takt_time};
#[cfg(target_arch = "wasm32")]
pub(crate) use task_graph::TaskSource;
pub use task_graph::{MAX_PRECEDENCE_RELATIONS, MAX_TASKS, Task};

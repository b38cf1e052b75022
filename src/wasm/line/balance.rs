//! JS mirror of line balancing and the rule comparison.

use crate::Error;
use crate::line::{self, CompareRulesInput, CycleTime, PriorityRule, Task};
use crate::wasm::boundary::call;
use crate::wasm::choice::js_choice;
use crate::wasm::from_js::from_js;
use crate::wasm::line::task_columns::TaskColumns;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// One task of the line.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct TaskOptions {
    /// The task's name ("A", "10"); unique, not empty.
    pub id: String,
    /// How long it takes, in the unit of the cycle time; above zero.
    pub time: f64,
    /// The ids of the tasks that must be done before it (default none).
    #[tsify(optional)]
    pub predecessors: Option<Vec<String>>,
}

from_js!(TaskOptions {
    id,
    time,
    predecessors
});

impl From<TaskOptions> for Task {
    fn from(task: TaskOptions) -> Self {
        Task {
            id: task.id,
            time: task.time,
            predecessors: task.predecessors.unwrap_or_default(),
        }
    }
}

impl From<&Task> for TaskOptions {
    fn from(task: &Task) -> Self {
        TaskOptions {
            id: task.id.clone(),
            time: task.time,
            predecessors: Some(task.predecessors.clone()),
        }
    }
}

to_js!(TaskOptions {
    id,
    time,
    predecessors
});

/// A priority rule: which of the tasks that fit to assign next.
#[derive(Tsify, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum PriorityRuleName {
    /// Longest task time first.
    LongestTime,
    /// Shortest task time first.
    ShortestTime,
    /// Most followers (all tasks after it, directly or not) first.
    MostFollowers,
    /// Fewest followers first.
    FewestFollowers,
    /// Most immediate followers first.
    MostImmediateFollowers,
    /// Greatest positional weight (its time plus its followers' times) first.
    RankedPositionalWeight,
    /// The task that became available first.
    EarliestAvailable,
}

js_choice!(PriorityRuleName {
    LongestTime = "longestTime",
    ShortestTime = "shortestTime",
    MostFollowers = "mostFollowers",
    FewestFollowers = "fewestFollowers",
    MostImmediateFollowers = "mostImmediateFollowers",
    RankedPositionalWeight = "rankedPositionalWeight",
    EarliestAvailable = "earliestAvailable",
});

/// The mirror and core names of each rule, in one place.
const RULES: [(PriorityRuleName, PriorityRule); 7] = [
    (PriorityRuleName::LongestTime, PriorityRule::LongestTime),
    (PriorityRuleName::ShortestTime, PriorityRule::ShortestTime),
    (PriorityRuleName::MostFollowers, PriorityRule::MostFollowers),
    (
        PriorityRuleName::FewestFollowers,
        PriorityRule::FewestFollowers,
    ),
    (
        PriorityRuleName::MostImmediateFollowers,
        PriorityRule::MostImmediateFollowers,
    ),
    (
        PriorityRuleName::RankedPositionalWeight,
        PriorityRule::RankedPositionalWeight,
    ),
    (
        PriorityRuleName::EarliestAvailable,
        PriorityRule::EarliestAvailable,
    ),
];

impl From<PriorityRuleName> for PriorityRule {
    fn from(name: PriorityRuleName) -> Self {
        RULES
            .iter()
            .find(|(mirror, _)| *mirror == name)
            .map_or(PriorityRule::LongestTime, |(_, rule)| *rule)
    }
}

impl From<PriorityRule> for PriorityRuleName {
    fn from(rule: PriorityRule) -> Self {
        RULES
            .iter()
            .find(|(_, core)| *core == rule)
            .map_or(PriorityRuleName::LongestTime, |(mirror, _)| *mirror)
    }
}

/// Options of {@link balanceLine}. Give the cycle time, or the available time and demand
/// it comes from (takt time = availableTime / demand). Times in one unit.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct BalanceLineOptions {
    /// The tasks, with their times and immediate predecessors.
    #[tsify(type = "TaskOptions[]")]
    pub tasks: TaskColumns,
    /// The time each station has for one unit.
    #[tsify(optional)]
    pub cycle_time: Option<f64>,
    /// Production time in the period (with `demand`, instead of `cycleTime`).
    #[tsify(optional)]
    pub available_time: Option<f64>,
    /// Units required in the period (with `availableTime`).
    #[tsify(optional)]
    pub demand: Option<f64>,
    /// How to choose among the tasks that fit.
    pub rule: PriorityRuleName,
    /// How to choose among tasks the rule ranks equal (default `"longestTime"`); then the lowest id.
    #[tsify(optional)]
    pub tie_break: Option<PriorityRuleName>,
    /// Whether to record every step (default: for up to 1000 tasks; at most 2000).
    #[tsify(optional)]
    pub trace: Option<bool>,
}

from_js!(BalanceLineOptions {
    tasks,
    cycle_time,
    available_time,
    demand,
    rule,
    tie_break,
    trace
});

/// One workstation.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct StationResult {
    /// The ids of its tasks, in the order assigned.
    pub tasks: Vec<String>,
    /// The sum of its task times.
    pub load: f64,
    /// Cycle time minus load.
    pub idle_time: f64,
}

to_js!(StationResult {
    tasks,
    load,
    idle_time
});

impl From<line::Station> for StationResult {
    fn from(station: line::Station) -> Self {
        StationResult {
            tasks: station.tasks,
            load: station.load,
            idle_time: station.idle_time,
        }
    }
}

/// Why the chosen task was chosen.
#[derive(Tsify, Clone, Copy)]
#[serde(rename_all = "camelCase")]
pub enum ChoiceReasonName {
    /// It was the only task that fit.
    OnlyCandidate,
    /// The rule ranked it first.
    Rule,
    /// The rule ranked it equal first; the tie-break ranked it first.
    TieBreak,
    /// Rule and tie-break ranked it equal first; its id is the lowest.
    LowestId,
}

js_choice!(ChoiceReasonName { OnlyCandidate = "onlyCandidate", Rule = "rule", TieBreak = "tieBreak", LowestId = "lowestId" });

impl From<line::ChoiceReason> for ChoiceReasonName {
    fn from(reason: line::ChoiceReason) -> Self {
        match reason {
            line::ChoiceReason::OnlyCandidate => ChoiceReasonName::OnlyCandidate,
            line::ChoiceReason::Rule => ChoiceReasonName::Rule,
            line::ChoiceReason::TieBreak => ChoiceReasonName::TieBreak,
            line::ChoiceReason::LowestId => ChoiceReasonName::LowestId,
        }
    }
}

/// A task that fit in the open station at one step.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct TraceCandidateResult {
    /// Its id.
    pub id: String,
    /// Its time.
    pub time: f64,
    /// Its value under the rule: time, number of followers, positional weight, or the step it became available.
    pub value: f64,
    /// Its value under the tie-break rule.
    pub tie_break_value: f64,
}

to_js!(TraceCandidateResult {
    id,
    time,
    value,
    tie_break_value
});

/// One assignment step.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct TraceStepResult {
    /// The station being filled, from 1.
    pub station: u32,
    /// Its time left before this assignment.
    pub remaining_time: f64,
    /// Every available task that fit, best first.
    pub candidates: Vec<TraceCandidateResult>,
    /// The id of the task assigned.
    pub chosen: String,
    /// Why it was chosen.
    pub reason: ChoiceReasonName,
}

to_js!(TraceStepResult {
    station,
    remaining_time,
    candidates,
    chosen,
    reason
});

impl From<line::TraceStep> for TraceStepResult {
    fn from(step: line::TraceStep) -> Self {
        TraceStepResult {
            station: step.station,
            remaining_time: step.remaining_time,
            candidates: step
                .candidates
                .into_iter()
                .map(|candidate| TraceCandidateResult {
                    id: candidate.id,
                    time: candidate.time,
                    value: candidate.value,
                    tie_break_value: candidate.tie_break_value,
                })
                .collect(),
            chosen: step.chosen,
            reason: step.reason.into(),
        }
    }
}

/// Result of {@link balanceLine}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct BalanceLineResult {
    /// The cycle time used.
    pub cycle_time: f64,
    /// The rule used.
    pub rule: PriorityRuleName,
    /// The tie-break used.
    pub tie_break: PriorityRuleName,
    /// The stations, first to last.
    pub stations: Vec<StationResult>,
    /// The number of stations.
    pub station_count: u32,
    /// ⌈Σt / c⌉: no balance can use fewer stations.
    pub theoretical_minimum: u32,
    /// Σt, the work content of one unit.
    pub total_time: f64,
    /// Σt / (n × c), from 0 to 1.
    pub efficiency: f64,
    /// 1 − efficiency.
    pub balance_delay: f64,
    /// n × c − Σt: idle time of all stations in one cycle.
    pub idle_time: f64,
    /// S_max, the heaviest station load (at most the cycle time).
    pub max_station_load: f64,
    /// √Σ(S_max − S_k)² over station loads: 0 when all carry the same load.
    pub smoothness_index: f64,
    /// Every assignment step (when traced).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub trace: Option<Vec<TraceStepResult>>,
}

to_js!(BalanceLineResult {
    cycle_time,
    rule,
    tie_break,
    stations,
    station_count,
    theoretical_minimum,
    total_time,
    efficiency,
    balance_delay,
    idle_time,
    max_station_load,
    smoothness_index,
    trace,
});

impl From<line::LineBalance> for BalanceLineResult {
    fn from(balance: line::LineBalance) -> Self {
        BalanceLineResult {
            cycle_time: balance.cycle_time,
            rule: balance.rule.into(),
            tie_break: balance.tie_break.into(),
            stations: balance
                .stations
                .into_iter()
                .map(StationResult::from)
                .collect(),
            station_count: balance.station_count,
            theoretical_minimum: balance.theoretical_minimum,
            total_time: balance.total_time,
            efficiency: balance.efficiency,
            balance_delay: balance.balance_delay,
            idle_time: balance.idle_time,
            max_station_load: balance.max_station_load,
            smoothness_index: balance.smoothness_index,
            trace: balance
                .trace
                .map(|steps| steps.into_iter().map(TraceStepResult::from).collect()),
        }
    }
}

/// Balances an assembly line by a priority rule (the textbook station-oriented
/// heuristic): stations, their loads, the measures, and the trace of every choice.
///
/// Throws an {@link OpscalcError} naming the field for invalid options: unknown
/// predecessors (`unknown_id`), repeated ids (`duplicate_id`), precedence cycles
/// (`cycle`, naming a task on it), a task longer than the cycle time, more than 20000 tasks.
#[wasm_bindgen(js_name = balanceLine, unchecked_return_type = "BalanceLineResult")]
pub fn balance_line(
    #[wasm_bindgen(unchecked_param_type = "BalanceLineOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: BalanceLineOptions| {
        let cycle_time =
            CycleTime::from_fields(options.cycle_time, options.available_time, options.demand)?;
        line::balance_tasks(
            &options.tasks,
            cycle_time,
            options.rule.into(),
            options.tie_break.map(PriorityRule::from),
            options.trace,
        )
        .map(BalanceLineResult::from)
    })
}

/// Options of {@link compareRules}. Give the cycle time, or the available time and demand.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CompareRulesOptions {
    /// The tasks.
    pub tasks: Vec<TaskOptions>,
    /// The time each station has for one unit.
    #[tsify(optional)]
    pub cycle_time: Option<f64>,
    /// Production time in the period (with `demand`, instead of `cycleTime`).
    #[tsify(optional)]
    pub available_time: Option<f64>,
    /// Units required in the period (with `availableTime`).
    #[tsify(optional)]
    pub demand: Option<f64>,
    /// The rules to compare, each once (default: all seven).
    #[tsify(optional)]
    pub rules: Option<Vec<PriorityRuleName>>,
    /// The tie-break used with every rule (default `"longestTime"`).
    #[tsify(optional)]
    pub tie_break: Option<PriorityRuleName>,
}

from_js!(CompareRulesOptions {
    tasks,
    cycle_time,
    available_time,
    demand,
    rules,
    tie_break
});

/// One rule's balance.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct RuleOutcomeResult {
    /// The rule.
    pub rule: PriorityRuleName,
    /// 1 for the best; rules with the same stations and smoothness share a rank.
    pub rank: u32,
    /// Stations used.
    pub station_count: u32,
    /// Stations above the theoretical minimum.
    pub stations_above_minimum: u32,
    /// Σt / (n × c).
    pub efficiency: f64,
    /// 1 − efficiency.
    pub balance_delay: f64,
    /// Idle time per cycle over all stations.
    pub idle_time: f64,
    /// √Σ(S_max − S_k)².
    pub smoothness_index: f64,
    /// The stations.
    pub stations: Vec<StationResult>,
}

to_js!(RuleOutcomeResult {
    rule,
    rank,
    station_count,
    stations_above_minimum,
    efficiency,
    balance_delay,
    idle_time,
    smoothness_index,
    stations,
});

/// Result of {@link compareRules}: the rules side by side, best first.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CompareRulesResult {
    /// The cycle time used.
    pub cycle_time: f64,
    /// ⌈Σt / c⌉.
    pub theoretical_minimum: u32,
    /// Σt.
    pub total_time: f64,
    /// The tie-break used.
    pub tie_break: PriorityRuleName,
    /// One outcome per rule: fewest stations first, then the smoothest loads.
    pub outcomes: Vec<RuleOutcomeResult>,
}

to_js!(CompareRulesResult {
    cycle_time,
    theoretical_minimum,
    total_time,
    tie_break,
    outcomes
});

/// Balances one line by each rule (or the rules given) and ranks the results, best first.
///
/// Throws an {@link OpscalcError} naming the field for invalid options, as {@link balanceLine}.
#[wasm_bindgen(js_name = compareRules, unchecked_return_type = "CompareRulesResult")]
pub fn compare_rules(
    #[wasm_bindgen(unchecked_param_type = "CompareRulesOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(
        options,
        |options: CompareRulesOptions| -> Result<CompareRulesResult, Error> {
            let input = CompareRulesInput {
                tasks: options.tasks.into_iter().map(Task::from).collect(),
                cycle_time: CycleTime::from_fields(
                    options.cycle_time,
                    options.available_time,
                    options.demand,
                )?,
                rules: options
                    .rules
                    .map(|rules| rules.into_iter().map(PriorityRule::from).collect()),
                tie_break: options.tie_break.map(PriorityRule::from),
            };
            let comparison = line::compare_rules(&input)?;
            Ok(CompareRulesResult {
                cycle_time: comparison.cycle_time,
                theoretical_minimum: comparison.theoretical_minimum,
                total_time: comparison.total_time,
                tie_break: comparison.tie_break.into(),
                outcomes: comparison
                    .outcomes
                    .into_iter()
                    .map(|outcome| RuleOutcomeResult {
                        rule: outcome.rule.into(),
                        rank: outcome.rank,
                        station_count: outcome.station_count,
                        stations_above_minimum: outcome.stations_above_minimum,
                        efficiency: outcome.efficiency,
                        balance_delay: outcome.balance_delay,
                        idle_time: outcome.idle_time,
                        smoothness_index: outcome.smoothness_index,
                        stations: outcome
                            .stations
                            .into_iter()
                            .map(StationResult::from)
                            .collect(),
                    })
                    .collect(),
            })
        },
    )
}

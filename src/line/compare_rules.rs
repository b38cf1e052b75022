//! Every priority rule on one problem, side by side.

use crate::error::{Error, ErrorCode};
use crate::line::balance::Problem;
use crate::line::{CycleTime, PriorityRule, Station, Task};
use crate::sort::{in_order, stable_order};

/// Inputs of [`compare_rules`].
#[derive(Debug, Clone, PartialEq)]
pub struct CompareRulesInput {
    /// The tasks. Field `tasks`.
    pub tasks: Vec<Task>,
    /// The cycle time, or the demand it comes from.
    pub cycle_time: CycleTime,
    /// The rules to run, each once; default every rule ([`PriorityRule::ALL`]). Field `rules`.
    pub rules: Option<Vec<PriorityRule>>,
    /// The tie-break used with every rule; default [`PriorityRule::LongestTime`].
    /// Field `tie_break`.
    pub tie_break: Option<PriorityRule>,
}

/// One rule's balance, without its trace.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RuleOutcome {
    /// The rule.
    pub rule: PriorityRule,
    /// Its rank, 1 for the best (rules with the same stations and smoothness share a rank).
    pub rank: u32,
    /// The stations it used.
    pub station_count: u32,
    /// Stations above the theoretical minimum.
    pub stations_above_minimum: u32,
    /// `Σt / (n c)`.
    pub efficiency: f64,
    /// `1 − efficiency`.
    pub balance_delay: f64,
    /// Idle time per cycle over all stations.
    pub idle_time: f64,
    /// `√Σ (S_max − S_k)²`.
    pub smoothness_index: f64,
    /// The stations.
    pub stations: Vec<Station>,
}

/// The rules compared, best first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RuleComparison {
    /// The cycle time used.
    pub cycle_time: f64,
    /// `⌈Σt / c⌉`.
    pub theoretical_minimum: u32,
    /// `Σt`.
    pub total_time: f64,
    /// The tie-break used.
    pub tie_break: PriorityRule,
    /// One outcome per rule, best first: fewest stations, then the smoothest loads, then
    /// the order the rules were given in.
    pub outcomes: Vec<RuleOutcome>,
}

/// Balances one line by each rule and ranks the results.
///
/// The task graph is validated and the followers are counted once for all rules.
///
/// # Errors
/// As [`balance_line`](crate::line::balance_line); also `out_of_range` naming `rules` when
/// it is empty and `duplicate_id` naming `rules[i]` for a rule listed twice.
///
/// # Examples
/// ```
/// use opscalc::line::{compare_rules, CompareRulesInput, CycleTime, Task};
/// let tasks = vec![Task::new("A", 4.0, &[]), Task::new("B", 3.0, &["A"]), Task::new("C", 5.0, &[])];
/// let comparison = compare_rules(&CompareRulesInput {
///     tasks,
///     cycle_time: CycleTime::Given(8.0),
///     rules: None,
///     tie_break: None,
/// })?;
/// assert_eq!(comparison.outcomes.len(), 7);
/// assert_eq!(comparison.outcomes[0].station_count, 2);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn compare_rules(input: &CompareRulesInput) -> Result<RuleComparison, Error> {
    let rules = match &input.rules {
        None => PriorityRule::ALL.to_vec(),
        Some(rules) if rules.is_empty() => {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                "rules",
                "must not be empty",
            ));
        }
        Some(rules) => {
            for (index, rule) in rules.iter().enumerate() {
                if rules
                    .get(..index)
                    .is_some_and(|earlier| earlier.contains(rule))
                {
                    return Err(Error::new(
                        ErrorCode::DuplicateId,
                        format!("rules[{index}]"),
                        "lists a rule already listed",
                    ));
                }
            }
            rules.clone()
        }
    };
    let problem = Problem::new(&input.tasks.as_slice(), input.cycle_time)?;
    let tie_break = input.tie_break.unwrap_or(PriorityRule::LongestTime);
    let minimum = problem.theoretical_minimum();
    let mut outcomes = Vec::with_capacity(rules.len());
    for rule in rules {
        let balance = problem.balance(rule, tie_break, false)?;
        outcomes.push(RuleOutcome {
            rule,
            rank: 0,
            station_count: balance.station_count,
            stations_above_minimum: balance.station_count.saturating_sub(minimum),
            efficiency: balance.efficiency,
            balance_delay: balance.balance_delay,
            idle_time: balance.idle_time,
            smoothness_index: balance.smoothness_index,
            stations: balance.stations,
        });
    }
    // A stable sort keeps the given order among equals.
    let key = |index: usize| {
        outcomes
            .get(index)
            .map_or((0, 0.0), |outcome: &RuleOutcome| {
                (outcome.station_count, outcome.smoothness_index)
            })
    };
    let order = stable_order(outcomes.len(), &mut |a, b| {
        let ((stations_a, smoothness_a), (stations_b, smoothness_b)) = (key(a), key(b));
        stations_a
            .cmp(&stations_b)
            .then(smoothness_a.total_cmp(&smoothness_b))
    });
    let mut outcomes = in_order(outcomes, &order);
    let mut rank = 0;
    let mut previous: Option<(u32, f64)> = None;
    for (position, outcome) in (1_u32..).zip(outcomes.iter_mut()) {
        let key = (outcome.station_count, outcome.smoothness_index);
        if previous.is_none_or(|(stations, smoothness)| {
            stations != key.0 || (smoothness - key.1).abs() > 1e-9 * problem.cycle_time
        }) {
            rank = position;
        }
        outcome.rank = rank;
        previous = Some(key);
    }
    Ok(RuleComparison {
        cycle_time: problem.cycle_time,
        theoretical_minimum: minimum,
        total_time: problem.graph.total_time(),
        tie_break,
        outcomes,
    })
}

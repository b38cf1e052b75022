//! Line-balancing fixtures the line tests share: task lists from tables, the wing
//! component of Heizer & Render, and stations written compactly.
// Unwrapping is the assertion in a test.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::float_cmp)]

use opscalc::line::{BalanceInput, CycleTime, LineBalance, PriorityRule, Task, balance_line};

/// Tasks from `(id, time, predecessors)` rows.
pub(crate) fn tasks(rows: &[(&str, f64, &[&str])]) -> Vec<Task> {
    rows.iter()
        .map(|(id, time, predecessors)| Task::new(id, *time, predecessors))
        .collect()
}

/// Heizer & Render, *Operations Management*, Layout Strategies chapter, the wing
/// component example: nine tasks, 65 minutes of work.
pub(crate) fn wing() -> Vec<Task> {
    tasks(&[
        ("A", 10.0, &[]),
        ("B", 11.0, &["A"]),
        ("C", 5.0, &["B"]),
        ("D", 4.0, &["B"]),
        ("E", 11.0, &["A"]),
        ("F", 3.0, &["C", "D"]),
        ("G", 7.0, &["F"]),
        ("H", 11.0, &["E"]),
        ("I", 3.0, &["G", "H"]),
    ])
}

/// Six tasks, 27 minutes of work, on which the rules disagree at a 10-minute cycle (at
/// least 3 stations): A 3 and B 7 start; C 4 and D 2 follow A; E 5 follows C; F 6
/// follows B and D. Followers: A 4 (C, D, E, F), B, C and D 1, E and F 0. Immediate
/// followers: A 2. Positional weights: A 20, B 13, C 9, D 8, F 6, E 5.
pub(crate) fn six() -> Vec<Task> {
    tasks(&[
        ("A", 3.0, &[]),
        ("B", 7.0, &[]),
        ("C", 4.0, &["A"]),
        ("D", 2.0, &["A"]),
        ("E", 5.0, &["C"]),
        ("F", 6.0, &["B", "D"]),
    ])
}

/// The wing example's cycle time as the book derives it: 480 minutes a day for 40 units.
pub(crate) const WING_DEMAND: CycleTime = CycleTime::FromDemand {
    available_time: 480.0,
    demand: 40.0,
};

/// Balances `tasks` by `rule` at a given cycle time, with the default tie-break.
pub(crate) fn balance(tasks: Vec<Task>, cycle_time: f64, rule: PriorityRule) -> LineBalance {
    balance_line(&BalanceInput::new(
        tasks,
        CycleTime::Given(cycle_time),
        rule,
    ))
    .unwrap()
}

/// Each station's task ids joined by spaces, first station first: `["A", "B", "C D F"]`.
pub(crate) fn layout(stations: &[opscalc::line::Station]) -> Vec<String> {
    stations
        .iter()
        .map(|station| station.tasks.join(" "))
        .collect()
}

/// Checks a traced balance against its tasks independently of the library's own
/// bookkeeping: the chosen tasks in order are the stations' tasks in order; each step's
/// station and remaining time follow from the steps before it; its candidates are
/// exactly the unassigned tasks whose predecessors are all assigned and that fit, best
/// first by the rule, then the tie-break, then the id; each value is the rule's value
/// worked out here; the reason is right; and a station closes only when nothing fits.
pub(crate) fn assert_trace_consistent(tasks: &[Task], balance: &LineBalance) {
    use std::collections::HashMap;
    let trace = balance.trace.as_ref().unwrap();
    let cycle = balance.cycle_time;
    let slack = 1e-9 * cycle;
    let index: HashMap<&str, usize> = tasks
        .iter()
        .enumerate()
        .map(|(i, task)| (task.id.as_str(), i))
        .collect();
    let order: Vec<&str> = trace.iter().map(|step| step.chosen.as_str()).collect();
    let by_station: Vec<&str> = balance
        .stations
        .iter()
        .flat_map(|station| station.tasks.iter().map(String::as_str))
        .collect();
    assert_eq!(
        order, by_station,
        "the trace's choices are the stations' tasks"
    );
    assert_eq!(order.len(), tasks.len());

    let position: HashMap<&str, usize> = order.iter().enumerate().map(|(k, id)| (*id, k)).collect();
    let available_at = |task: &Task| -> f64 {
        task.predecessors
            .iter()
            .map(|p| position[p.as_str()] + 1)
            .max()
            .unwrap_or(0) as f64
    };
    let mut station = 1;
    let mut load = 0.0;
    let mut assigned = vec![false; tasks.len()];
    let available = |assigned: &[bool], task: &Task| {
        !assigned[index[task.id.as_str()]]
            && task
                .predecessors
                .iter()
                .all(|p| assigned[index[p.as_str()]])
    };
    for (k, step) in trace.iter().enumerate() {
        if step.station != station {
            assert_eq!(step.station, station + 1, "step {k} opens the next station");
            let left = cycle - load;
            assert!(
                tasks
                    .iter()
                    .all(|task| !available(&assigned, task) || task.time > left + slack),
                "station {station} closed while a task still fit"
            );
            station = step.station;
            load = 0.0;
        }
        let remaining = cycle - load;
        assert!((step.remaining_time - remaining).abs() <= slack, "step {k}");
        let mut fit: Vec<&str> = tasks
            .iter()
            .filter(|task| available(&assigned, task) && task.time <= remaining + slack)
            .map(|task| task.id.as_str())
            .collect();
        let mut listed: Vec<&str> = step.candidates.iter().map(|c| c.id.as_str()).collect();
        fit.sort_unstable();
        listed.sort_unstable();
        assert_eq!(
            listed, fit,
            "step {k}: the candidates are the tasks that fit"
        );
        assert_eq!(
            step.candidates[0].id, step.chosen,
            "step {k}: the first is chosen"
        );
        for candidate in &step.candidates {
            let task = &tasks[index[candidate.id.as_str()]];
            assert_eq!(candidate.time, task.time);
            let value = |rule| rule_value(tasks, task, rule, available_at(task));
            assert!(
                close(candidate.value, value(balance.rule)),
                "step {k}: {}",
                candidate.id
            );
            assert!(close(candidate.tie_break_value, value(balance.tie_break)));
        }
        for pair in step.candidates.windows(2) {
            let ordering = better(balance.rule, pair[0].value, pair[1].value)
                .then(better(
                    balance.tie_break,
                    pair[0].tie_break_value,
                    pair[1].tie_break_value,
                ))
                .then(natural(&pair[0].id, &pair[1].id));
            assert_eq!(ordering, std::cmp::Ordering::Less, "step {k}: best first");
        }
        let expected = match step.candidates.as_slice() {
            [_] => opscalc::line::ChoiceReason::OnlyCandidate,
            [first, second, ..] if !close(first.value, second.value) => {
                opscalc::line::ChoiceReason::Rule
            }
            [first, second, ..] if !close(first.tie_break_value, second.tie_break_value) => {
                opscalc::line::ChoiceReason::TieBreak
            }
            _ => opscalc::line::ChoiceReason::LowestId,
        };
        assert_eq!(step.reason, expected, "step {k}");
        assigned[index[step.chosen.as_str()]] = true;
        load += tasks[index[step.chosen.as_str()]].time;
    }
    assert_eq!(station as usize, balance.stations.len());
}

/// Equal up to float rounding (values here are sums of a few task times).
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Orders two rule values best first (`Less` when `a` ranks before `b`).
fn better(rule: PriorityRule, a: f64, b: f64) -> std::cmp::Ordering {
    if close(a, b) {
        std::cmp::Ordering::Equal
    } else if rule.higher_is_better() {
        b.total_cmp(&a)
    } else {
        a.total_cmp(&b)
    }
}

/// Natural order of ids, as people read them: runs of digits compare as numbers
/// ("t9" before "t10"), other characters as text.
fn natural(a: &str, b: &str) -> std::cmp::Ordering {
    /// Digit runs as numbers (`Ok`), other characters as themselves (`Err`).
    fn tokens(id: &str) -> Vec<Result<u128, char>> {
        let mut tokens = Vec::new();
        let mut chars = id.chars().peekable();
        while let Some(c) = chars.next() {
            if let Some(digit) = c.to_digit(10) {
                let mut number = u128::from(digit);
                while let Some(next) = chars.peek().and_then(|c| c.to_digit(10)) {
                    number = number * 10 + u128::from(next);
                    chars.next();
                }
                tokens.push(Ok(number));
            } else {
                tokens.push(Err(c));
            }
        }
        tokens
    }
    let order = |token: &Result<u128, char>| match token {
        Ok(number) => (0, *number, '\0'),
        Err(c) => (1, 0, *c),
    };
    let (a, b) = (tokens(a), tokens(b));
    a.iter().map(order).cmp(b.iter().map(order))
}

/// Every task that follows `task`, directly or not.
pub(crate) fn followers<'a>(tasks: &'a [Task], task: &Task) -> Vec<&'a Task> {
    let mut found: Vec<&Task> = Vec::new();
    let mut stack = vec![task.id.as_str()];
    while let Some(id) = stack.pop() {
        for next in tasks
            .iter()
            .filter(|t| t.predecessors.iter().any(|p| p == id))
        {
            if !found.iter().any(|f| f.id == next.id) {
                found.push(next);
                stack.push(&next.id);
            }
        }
    }
    found
}

/// A rule's value of `task`, worked out from the task list.
pub(crate) fn rule_value(
    tasks: &[Task],
    task: &Task,
    rule: PriorityRule,
    available_at: f64,
) -> f64 {
    let immediate = tasks
        .iter()
        .filter(|t| t.predecessors.contains(&task.id))
        .count();
    match rule {
        PriorityRule::LongestTime | PriorityRule::ShortestTime => task.time,
        PriorityRule::MostFollowers | PriorityRule::FewestFollowers => {
            followers(tasks, task).len() as f64
        }
        PriorityRule::MostImmediateFollowers => immediate as f64,
        PriorityRule::RankedPositionalWeight => {
            task.time + followers(tasks, task).iter().map(|t| t.time).sum::<f64>()
        }
        PriorityRule::EarliestAvailable => available_at,
    }
}

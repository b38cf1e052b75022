//! Every error path of line balancing: the code, the field, and for cycles the exact
//! message that spells the cycle out.
// Unwrapping and indexing are assertions in a test.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

mod common;

use approx::assert_relative_eq;

use common::line::{WING_DEMAND, tasks, wing};
use common::{FieldSetter, assert_fields_must_be_positive, error_at, failure};
use opscalc::ErrorCode;
use opscalc::line::{
    BalanceInput, CycleTime, MAX_PRECEDENCE_RELATIONS, MAX_TASKS, MAX_TRACED_TASKS,
    NumberedLineInput, OptimalInput, PriorityRule, SearchLimits, Task, balance_line,
    balance_line_optimal, balance_numbered_line,
};

fn input(tasks: Vec<Task>) -> BalanceInput {
    BalanceInput::new(tasks, CycleTime::Given(12.0), PriorityRule::MostFollowers)
}

fn error_of(tasks: Vec<Task>) -> (ErrorCode, String) {
    failure(balance_line(&input(tasks)))
}

/// The code, field and message of the error `tasks` give.
fn error_in_full(tasks: Vec<Task>) -> (ErrorCode, String, String) {
    let error = balance_line(&input(tasks)).unwrap_err();
    (
        error.code(),
        error.field().to_owned(),
        error.message().to_owned(),
    )
}

fn full(code: ErrorCode, field: &str, message: &str) -> (ErrorCode, String, String) {
    (code, field.to_owned(), message.to_owned())
}

/// The wing example with task `index` changed by `change`.
fn wing_with(index: usize, change: impl FnOnce(&mut Task)) -> Vec<Task> {
    let mut tasks = wing();
    change(&mut tasks[index]);
    tasks
}

#[test]
fn the_task_list_must_hold_one_to_max_tasks() {
    assert_eq!(error_of(vec![]), error_at(ErrorCode::OutOfRange, "tasks"));
    let many: Vec<Task> = (0..=MAX_TASKS)
        .map(|i| Task::new(&i.to_string(), 1.0, &[]))
        .collect();
    assert_eq!(error_of(many), error_at(ErrorCode::TooLarge, "tasks"));
}

/// 900 tasks, each after every earlier one: 404,550 relations, over the limit.
#[test]
fn too_many_precedence_relations() {
    let ids: Vec<String> = (0..900).map(|i| format!("t{i}")).collect();
    let tasks: Vec<Task> = (0..900)
        .map(|i| Task {
            id: ids[i].clone(),
            time: 0.001,
            predecessors: ids[..i].to_vec(),
        })
        .collect();
    let relations: usize = tasks.iter().map(|task| task.predecessors.len()).sum();
    assert!(relations > MAX_PRECEDENCE_RELATIONS as usize);
    let error = balance_line(&input(tasks)).unwrap_err();
    assert_eq!(
        (error.code(), error.field(), error.message()),
        (
            ErrorCode::TooLarge,
            "tasks",
            "must have at most 400000 precedence relations in all"
        )
    );
}

#[test]
fn ids_must_be_present_and_unique() {
    let empty = wing_with(3, |task| task.id = String::new());
    assert_eq!(
        error_of(empty),
        error_at(ErrorCode::InvalidInput, "tasks[3].id")
    );
    let repeated = wing_with(4, |task| task.id = "B".to_owned());
    assert_eq!(
        error_in_full(repeated),
        full(
            ErrorCode::DuplicateId,
            "tasks[4].id",
            "repeats the id of tasks[1]"
        )
    );
}

#[test]
fn times_must_be_finite_and_positive() {
    for (time, code) in [
        (f64::NAN, ErrorCode::NotFinite),
        (f64::INFINITY, ErrorCode::NotFinite),
        (0.0, ErrorCode::NotPositive),
        (-3.0, ErrorCode::NotPositive),
    ] {
        let tasks = wing_with(5, |task| task.time = time);
        assert_eq!(error_of(tasks), error_at(code, "tasks[5].time"), "{time}");
    }
}

#[test]
fn a_task_longer_than_the_cycle_time_is_out_of_range() {
    let tasks = wing_with(7, |task| task.time = 12.5);
    assert_eq!(
        error_in_full(tasks),
        full(
            ErrorCode::OutOfRange,
            "tasks[7].time",
            "is longer than the cycle time, so no station could hold it"
        )
    );
    // Exactly the cycle time fits.
    assert!(balance_line(&input(wing_with(7, |task| task.time = 12.0))).is_ok());
}

/// Times near the top of `f64`'s range (found by fuzzing the JS API): two tasks of
/// `f64::MAX` once came back as stations [A], [A], and 9e307 as an efficiency of NaN.
/// A cycle time whose line of one station a task would overflow is refused, whatever
/// the form of the tasks.
#[test]
fn a_cycle_time_beyond_the_float_range_of_its_line_is_refused() {
    let reason = "times the line's 2 tasks is beyond the range of a 64-bit float";
    for time in [f64::MAX, 9e307, f64::MAX / 2.0] {
        let tasks = vec![Task::new("A", time, &[]), Task::new("B", time, &[])];
        let given = CycleTime::Given(f64::MAX.min(time * 1.5));
        let heuristic = BalanceInput::new(tasks.clone(), given, PriorityRule::LongestTime);
        let optimal = OptimalInput {
            tasks,
            cycle_time: given,
            limits: SearchLimits::default(),
        };
        let numbered = NumberedLineInput {
            times: vec![time, time],
            precedence: vec![],
            cycle_time: given,
            rule: PriorityRule::LongestTime,
            tie_break: None,
        };
        for error in [
            balance_line(&heuristic).unwrap_err(),
            balance_line_optimal(&optimal).unwrap_err(),
            balance_numbered_line(&numbered).unwrap_err(),
        ] {
            assert_eq!(
                (error.code(), error.field(), error.message()),
                (ErrorCode::NumericRange, "cycle_time", reason),
                "{time}"
            );
        }
    }
}

/// Just inside the range every measure is finite: 1e200 squared overflows, so the
/// smoothness index scales its differences first. Two stations of 1e200 and 5e199:
/// √((1e200 − 5e199)²) = 5e199.
#[test]
fn times_near_the_float_limit_give_finite_measures() {
    let tasks = vec![Task::new("A", 1e200, &[]), Task::new("B", 5e199, &["A"])];
    let line = balance_line(&BalanceInput::new(
        tasks,
        CycleTime::Given(1e200),
        PriorityRule::LongestTime,
    ))
    .unwrap();
    assert_eq!(line.station_count, 2);
    assert_relative_eq!(line.total_time, 1.5e200);
    assert_relative_eq!(line.efficiency, 0.75);
    assert_relative_eq!(line.idle_time, 5e199);
    assert_relative_eq!(line.smoothness_index, 5e199);
}

#[test]
fn predecessors_must_be_tasks() {
    let tasks = wing_with(5, |task| task.predecessors = vec!["C".into(), "Z".into()]);
    assert_eq!(
        error_in_full(tasks),
        full(
            ErrorCode::UnknownId,
            "tasks[5].predecessors[1]",
            "\"Z\" is not the id of any task"
        )
    );
    // A predecessor given twice is one relation, not an error.
    let twice = wing_with(5, |task| {
        task.predecessors = vec!["C".into(), "D".into(), "C".into()]
    });
    assert!(balance_line(&input(twice)).is_ok());
}

/// A cycle names a task on it and spells it out, each task before the next.
#[test]
fn a_cycle_is_spelled_out() {
    let three = tasks(&[
        ("A", 1.0, &["C"]),
        ("B", 1.0, &["A"]),
        ("C", 1.0, &["B"]),
        ("D", 1.0, &[]),
    ]);
    assert_eq!(
        error_in_full(three),
        full(
            ErrorCode::Cycle,
            "tasks[0].predecessors",
            "form a cycle: A → B → C → A (each must come before the next, so none can start)"
        )
    );

    // Downstream of a task that can start, and reached through it: S → T → U → V → T.
    let later = tasks(&[
        ("S", 1.0, &[]),
        ("T", 1.0, &["S", "V"]),
        ("U", 1.0, &["T"]),
        ("V", 1.0, &["U"]),
    ]);
    assert_eq!(
        error_in_full(later),
        full(
            ErrorCode::Cycle,
            "tasks[1].predecessors",
            "form a cycle: T → U → V → T (each must come before the next, so none can start)"
        )
    );

    let itself = wing_with(8, |task| task.predecessors.push("I".into()));
    assert_eq!(
        error_in_full(itself),
        full(
            ErrorCode::Cycle,
            "tasks[8].predecessors",
            "form a cycle: I → I (each must come before the next, so none can start)"
        )
    );
}

#[test]
fn the_cycle_time_and_demand_must_be_positive() {
    let valid = || BalanceInput::new(wing(), CycleTime::Given(12.0), PriorityRule::LongestTime);
    let fields: [(&str, FieldSetter<BalanceInput>); 1] = [("cycle_time", |input, value| {
        input.cycle_time = CycleTime::Given(value);
    })];
    assert_fields_must_be_positive(valid, &fields, |input| balance_line(input).err());

    let from_demand = || BalanceInput::new(wing(), WING_DEMAND, PriorityRule::LongestTime);
    let fields: [(&str, FieldSetter<BalanceInput>); 2] = [
        ("available_time", |input, value| {
            input.cycle_time = CycleTime::FromDemand {
                available_time: value,
                demand: 40.0,
            };
        }),
        ("demand", |input, value| {
            input.cycle_time = CycleTime::FromDemand {
                available_time: 480.0,
                demand: value,
            };
        }),
    ];
    assert_fields_must_be_positive(from_demand, &fields, |input| balance_line(input).err());

    // A takt time that overflows: 1e300 minutes for 1e-300 units.
    let mut huge = from_demand();
    huge.cycle_time = CycleTime::FromDemand {
        available_time: 1e300,
        demand: 1e-300,
    };
    assert_eq!(
        failure(balance_line(&huge)),
        error_at(ErrorCode::NumericRange, "")
    );
}

/// The cycle time from flat fields: one of the two ways, never both, never half.
#[test]
fn cycle_time_from_fields() {
    let error = |c, a, d| failure(CycleTime::from_fields(c, a, d));
    assert_eq!(
        error(Some(12.0), Some(480.0), Some(40.0)),
        error_at(ErrorCode::ConflictingFields, "available_time")
    );
    assert_eq!(
        error(Some(12.0), None, Some(40.0)),
        error_at(ErrorCode::ConflictingFields, "demand")
    );
    assert_eq!(
        error(None, Some(480.0), None),
        error_at(ErrorCode::MissingField, "demand")
    );
    assert_eq!(
        error(None, None, Some(40.0)),
        error_at(ErrorCode::MissingField, "available_time")
    );
    assert_eq!(
        error(None, None, None),
        error_at(ErrorCode::MissingField, "cycle_time")
    );
}

/// A trace can be asked for up to 2,000 tasks.
#[test]
fn a_trace_beyond_the_limit_is_too_large() {
    let tasks: Vec<Task> = (0..=MAX_TRACED_TASKS)
        .map(|i| Task::new(&i.to_string(), 1.0, &[]))
        .collect();
    let mut input = input(tasks);
    input.trace = Some(true);
    assert_eq!(
        failure(balance_line(&input)),
        error_at(ErrorCode::TooLarge, "trace")
    );
    input.trace = None;
    assert!(balance_line(&input).unwrap().trace.is_none());
}

/// Validation comes first: an invalid task list is reported before a bad cycle time.
#[test]
fn tasks_are_checked_before_the_cycle_time() {
    let mut input = input(wing_with(0, |task| task.time = -1.0));
    input.cycle_time = CycleTime::Given(f64::NAN);
    assert_eq!(
        failure(balance_line(&input)),
        error_at(ErrorCode::NotPositive, "tasks[0].time")
    );
}

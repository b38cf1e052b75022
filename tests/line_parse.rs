//! Reading task lists from text: the task table (CSV, tabs, header, comments,
//! predecessor separators) and Scholl's `.IN2` format, with every error and its line.
// Unwrapping and indexing are assertions in a test; exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp, clippy::indexing_slicing)]

mod common;

use common::line::{layout, wing};
use common::{error_at, failure};
use opscalc::ErrorCode;
use opscalc::line::{
    BalanceInput, CycleTime, MAX_TASKS, MAX_TEXT_BYTES, PriorityRule, Task, balance_line,
    parse_in2, parse_task_table,
};

/// Heizer & Render's wing component as a spreadsheet would save it.
const WING_CSV: &str = "id,time,predecessors
A,10,
B,11,A
C,5,B
D,4,B
E,11,A
F,3,C;D
G,7,F
H,11,E
I,3,G H
";

/// The message of the error `text` gives, after checking it names `text`.
fn table_error(text: &str) -> (ErrorCode, String) {
    let error = parse_task_table(text).unwrap_err();
    assert_eq!(error.field(), "text");
    (error.code(), error.message().to_owned())
}

fn in2_error(text: &str) -> (ErrorCode, String) {
    let error = parse_in2(text).unwrap_err();
    assert_eq!(error.field(), "text");
    (error.code(), error.message().to_owned())
}

fn invalid(message: &str) -> (ErrorCode, String) {
    (ErrorCode::InvalidInput, message.to_owned())
}

/// The table reads back the wing example exactly, and balances as the book does.
#[test]
fn the_wing_example_from_csv_round_trips() {
    let tasks = parse_task_table(WING_CSV).unwrap();
    assert_eq!(tasks, wing());
    let demand = CycleTime::FromDemand {
        available_time: 480.0,
        demand: 40.0,
    };
    let line = balance_line(&BalanceInput::new(
        tasks,
        demand,
        PriorityRule::MostFollowers,
    ))
    .unwrap();
    assert_eq!(layout(&line.stations), ["A", "B", "C D F", "E", "H", "G I"]);
}

/// Tabs as a spreadsheet copies them, Windows line ends, comments, blank lines, no
/// header, and predecessors split by spaces, semicolons or further columns.
#[test]
fn tabs_comments_and_separators() {
    let text = "# the wing, pasted\r\n\r\nA\t10\t\r\nB\t11\tA\r\n  # indented comment\r\nF\t3\tA; B\r\nG\t0.7\tF  B\r\n";
    let tasks = parse_task_table(text).unwrap();
    assert_eq!(
        tasks,
        [
            Task::new("A", 10.0, &[]),
            Task::new("B", 11.0, &["A"]),
            Task::new("F", 3.0, &["A", "B"]),
            Task::new("G", 0.7, &["F", "B"]),
        ]
    );
    let columns = parse_task_table("F,3,C,D\nX , 1.25e1 , F ; C\nY,2").unwrap();
    assert_eq!(columns[0].predecessors, ["C", "D"]);
    assert_eq!((columns[1].id.as_str(), columns[1].time), ("X", 12.5));
    assert_eq!(columns[1].predecessors, ["F", "C"]);
    assert!(columns[2].predecessors.is_empty());
    // Decimals are read exactly: 0.1 is the double nearest 0.1.
    assert_eq!(parse_task_table("A,0.1").unwrap()[0].time, 0.1);
}

/// Only a first line whose time has no digit is a header; the tasks are not checked
/// against each other here (that is `balance_line`'s work).
#[test]
fn header_and_unchecked_relations() {
    let tasks = parse_task_table("task\tminutes\tafter\nA\t1\tZ\n").unwrap();
    assert_eq!(tasks, [Task::new("A", 1.0, &["Z"])]);
    assert_eq!(
        table_error("A,1\nB,soon,A\n"),
        invalid(
            "line 2: the time is not a decimal number such as 4 or 2.5 (no exponent, at most 15 significant digits)"
        )
    );
    assert_eq!(
        table_error("id,time\n\n,5,A\n"),
        invalid("line 3: the id is missing")
    );
    assert_eq!(
        table_error("A\n"),
        invalid(
            "line 1: the time is not a decimal number such as 4 or 2.5 (no exponent, at most 15 significant digits)"
        )
    );
    assert_eq!(
        table_error("A,1\nB,1.234567890123456\n"),
        invalid(
            "line 2: the time is not a decimal number such as 4 or 2.5 (no exponent, at most 15 significant digits)"
        )
    );
    // A first line whose time is NaN or Infinity is a task with a bad time, not a header
    // (found by fuzzing the site: it was skipped, and the next line's predecessor then
    // named no task); nor is an exponent a time.
    for table in ["A,NaN,\nB,2,A\n", "A,-Infinity\n", "A,inf\n", "A,1e308\n"] {
        assert_eq!(
            table_error(table),
            invalid(
                "line 1: the time is not a decimal number such as 4 or 2.5 (no exponent, at most 15 significant digits)"
            ),
            "{table}"
        );
    }
    // A first line whose time has digits is a task, not a header: a bad time there is
    // reported, not skipped.
    assert_eq!(
        table_error("A,1.234567890123456\nB,2\n"),
        invalid(
            "line 1: the time is not a decimal number such as 4 or 2.5 (no exponent, at most 15 significant digits)"
        )
    );
    assert_eq!(
        table_error("A,10min\n"),
        invalid(
            "line 1: the time is not a decimal number such as 4 or 2.5 (no exponent, at most 15 significant digits)"
        )
    );
    // A negative time is a number: balance_line refuses it.
    assert_eq!(parse_task_table("A,-2").unwrap()[0].time, -2.0);
}

#[test]
fn empty_and_oversized_tables() {
    let nothing = (ErrorCode::OutOfRange, "holds no task".to_owned());
    assert_eq!(table_error(""), nothing);
    assert_eq!(table_error("# only a comment\n\n"), nothing);
    assert_eq!(table_error("id,time,predecessors\n"), nothing);
    let big = "#".repeat(MAX_TEXT_BYTES as usize + 1);
    assert_eq!(
        table_error(&big),
        (
            ErrorCode::TooLarge,
            "must be at most 4000000 bytes".to_owned()
        )
    );
    let many: String = (0..=MAX_TASKS).map(|i| format!("{i},1\n")).collect();
    assert_eq!(
        table_error(&many),
        (
            ErrorCode::TooLarge,
            "must hold at most 20000 tasks".to_owned()
        )
    );
}

/// Mertens' problem from Scholl's data set (`tests/data/salbp`), written out.
const MERTENS: &str = "7\n1\n5\n4\n3\n5\n6\n5\n1,2\n1,4\n2,3\n2,5\n4,7\n5,6\n-1,-1\n";

#[test]
fn in2_reads_numbered_tasks_and_relations() {
    let tasks = parse_in2(MERTENS).unwrap();
    let ids: Vec<&str> = tasks.iter().map(|task| task.id.as_str()).collect();
    assert_eq!(ids, ["1", "2", "3", "4", "5", "6", "7"]);
    let times: Vec<f64> = tasks.iter().map(|task| task.time).collect();
    assert_eq!(times, [1.0, 5.0, 4.0, 3.0, 5.0, 6.0, 5.0]);
    assert_eq!(tasks[1].predecessors, ["1"]);
    assert_eq!(tasks[4].predecessors, ["2"]);
    assert!(tasks[0].predecessors.is_empty());
    // Blank lines and surrounding spaces are skipped; text after -1,-1 is ignored.
    let spaced = parse_in2("\n 2 \n\n1\n 2.5\n 1 , 2 \n-1,-1\ntrailing\n").unwrap();
    assert_eq!(spaced[1].predecessors, ["1"]);
    assert_eq!(spaced[1].time, 2.5);
    // The same file from the data set, as the SALBP test reads it.
    let file = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/salbp/MERTENS.IN2"
    ))
    .unwrap();
    assert_eq!(parse_in2(&file).unwrap(), tasks);
}

#[test]
fn in2_errors_say_the_line() {
    assert_eq!(
        in2_error("seven\n"),
        invalid("line 1: the number of tasks is not a whole number")
    );
    assert_eq!(
        in2_error("\n0\n"),
        invalid("line 2: the number of tasks must be at least 1")
    );
    assert_eq!(
        in2_error("3\n1\n2\n"),
        invalid("ends before the time of task 3")
    );
    assert_eq!(
        in2_error("2\n1\nx\n-1,-1\n"),
        invalid(
            "line 3: the time is not a decimal number such as 4 or 2.5 (no exponent, at most 15 significant digits)"
        )
    );
    assert_eq!(
        in2_error("2\n1\n1\n1;2\n-1,-1\n"),
        invalid("line 4: a precedence relation is two task numbers: i,j")
    );
    assert_eq!(
        in2_error("2\n1\n1\n1,b\n-1,-1\n"),
        invalid("line 4: a precedence relation is two task numbers: i,j")
    );
    assert_eq!(
        in2_error("2\n1\n1\n1,3\n-1,-1\n"),
        invalid("line 4: names a task outside 1 to the number of tasks")
    );
    assert_eq!(
        in2_error("2\n1\n1\n0,2\n-1,-1\n"),
        invalid("line 4: names a task outside 1 to the number of tasks")
    );
    assert_eq!(
        in2_error("2\n1\n1\n1,2\n"),
        invalid("ends without the closing -1,-1")
    );
    assert_eq!(
        in2_error(""),
        (ErrorCode::OutOfRange, "holds no task".to_owned())
    );
    assert_eq!(
        in2_error(&format!("{}\n", MAX_TASKS + 1)),
        (
            ErrorCode::TooLarge,
            "must hold at most 20000 tasks".to_owned()
        )
    );
    let big = " ".repeat(MAX_TEXT_BYTES as usize + 1);
    assert_eq!(
        failure(parse_in2(&big)),
        error_at(ErrorCode::TooLarge, "text")
    );
}

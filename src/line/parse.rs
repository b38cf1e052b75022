//! Reading task lists from text: a task table pasted from a spreadsheet or written as
//! CSV, and the `.IN2` format of the assembly-line-balancing literature (Scholl, 1993).
//!
//! Errors name the field `text` and say the line: "line 4: the time is not a number".

use crate::error::{Error, ErrorCode};
use crate::line::Task;
use crate::line::decimal::parse_decimal;
use crate::line::task_graph::MAX_TASKS;
use crate::naming::joined;

/// The largest text accepted, in bytes (about 200 bytes a task at [`MAX_TASKS`]).
pub const MAX_TEXT_BYTES: u32 = 4_000_000;

/// Reads a task table: one task a line, `id,time,predecessors`, the predecessors
/// separated by spaces or semicolons (`A,5,B;C` or `A,5,B C`). Columns may also be
/// separated by tabs, as a spreadsheet copies them. A first line whose time column has
/// no digit (`id,time,predecessors`; not `NaN` or `Infinity`) is a header and is skipped; blank lines and lines
/// starting with `#` are skipped too. The tasks are not validated against each other here: give them to
/// [`balance_line`](crate::line::balance_line), which reports unknown predecessors and
/// cycles.
///
/// # Errors
/// `invalid_input` naming `text` for a line without an id or a time, or with a time that
/// is not a number ("line 3: ..."); `too_large` naming `text` beyond
/// [`MAX_TEXT_BYTES`] or [`MAX_TASKS`] tasks; `out_of_range` naming `text` when it holds
/// no task.
///
/// # Examples
/// ```
/// use opscalc::line::parse_task_table;
/// let tasks = parse_task_table("id,time,predecessors\nA,10,\nB,11,A\nF,3,C;D\n")?;
/// assert_eq!(tasks.len(), 3);
/// assert_eq!(tasks[2].predecessors, ["C", "D"]);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn parse_task_table(text: &str) -> Result<Vec<Task>, Error> {
    check_size(text)?;
    let mut tasks = Vec::new();
    for (number, line) in (1_usize..).zip(text.lines()) {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let separator = if line.contains('\t') { '\t' } else { ',' };
        let mut columns = line.split(separator);
        let id = columns.next().map(str::trim).unwrap_or("");
        let time = columns.next().map(str::trim).unwrap_or("");
        let predecessors = joined(&mut columns, " ");
        // A word, not a number a person might mean (NaN, Infinity): those are bad times.
        let is_header = !time.is_empty()
            && !time.bytes().any(|byte| byte.is_ascii_digit())
            && !NUMBER_WORDS.contains(
                &time
                    .trim_start_matches(['+', '-'])
                    .to_ascii_lowercase()
                    .as_str(),
            );
        if tasks.is_empty() && is_header {
            continue;
        }
        if id.is_empty() {
            return Err(at_line(number, "the id is missing"));
        }
        let Some(time) = parse_decimal(time) else {
            return Err(at_line(number, NOT_A_NUMBER));
        };
        tasks.push(Task {
            id: id.to_owned(),
            time,
            predecessors: predecessors
                .split([' ', ';', ','])
                .map(str::trim)
                .filter(|name| !name.is_empty())
                .map(str::to_owned)
                .collect(),
        });
        check_count(tasks.len())?;
    }
    if tasks.is_empty() {
        return Err(Error::new(ErrorCode::OutOfRange, "text", "holds no task"));
    }
    Ok(tasks)
}

/// Reads the `.IN2` format of Scholl's benchmark data: the number of tasks `n`, then
/// the `n` task times one a line, then the precedence relations `i,j` (task `i` before
/// task `j`) one a line, ended by `-1,-1`. Tasks are named `"1"` to `"n"`.
///
/// # Errors
/// `invalid_input` naming `text` for a count, time or relation that is not a whole
/// number, a relation naming a task outside 1..n, or a missing `-1,-1`, saying the line;
/// `too_large` naming `text` beyond [`MAX_TEXT_BYTES`] or [`MAX_TASKS`] tasks.
///
/// # Examples
/// Mertens' 7-task problem from Scholl's data set:
/// ```
/// use opscalc::line::parse_in2;
/// let text = "7\n1\n5\n4\n3\n5\n6\n5\n1,2\n1,4\n2,3\n2,5\n4,7\n5,6\n-1,-1\n";
/// let tasks = parse_in2(text)?;
/// assert_eq!(tasks.len(), 7);
/// assert_eq!((tasks[1].id.as_str(), tasks[1].time), ("2", 5.0));
/// assert_eq!(tasks[6].predecessors, ["4"]);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn parse_in2(text: &str) -> Result<Vec<Task>, Error> {
    check_size(text)?;
    let mut lines = (1_usize..)
        .zip(text.lines())
        .map(|(number, line)| (number, line.trim()))
        .filter(|(_, line)| !line.is_empty());
    let Some((number, first)) = lines.next() else {
        return Err(Error::new(ErrorCode::OutOfRange, "text", "holds no task"));
    };
    let count: usize = first
        .parse()
        .map_err(|_| at_line(number, "the number of tasks is not a whole number"))?;
    if count == 0 {
        return Err(at_line(number, "the number of tasks must be at least 1"));
    }
    check_count(count)?;
    let mut tasks = Vec::with_capacity(count);
    for task in 1..=count {
        let Some((number, line)) = lines.next() else {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                "text",
                format!("ends before the time of task {task}"),
            ));
        };
        let time = parse_decimal(line).ok_or_else(|| at_line(number, NOT_A_NUMBER))?;
        tasks.push(Task {
            id: task.to_string(),
            time,
            predecessors: Vec::new(),
        });
    }
    for (number, line) in lines.by_ref() {
        let Some((before, after)) = line.split_once(',') else {
            return Err(at_line(
                number,
                "a precedence relation is two task numbers: i,j",
            ));
        };
        let (Ok(before), Ok(after)) = (before.trim().parse::<i64>(), after.trim().parse::<i64>())
        else {
            return Err(at_line(
                number,
                "a precedence relation is two task numbers: i,j",
            ));
        };
        if (before, after) == (-1, -1) {
            return Ok(tasks);
        }
        let valid = |task: i64| {
            usize::try_from(task)
                .ok()
                .filter(|&task| (1..=count).contains(&task))
        };
        let (Some(before), Some(after)) = (valid(before), valid(after)) else {
            return Err(at_line(
                number,
                "names a task outside 1 to the number of tasks",
            ));
        };
        if let Some(task) = tasks.get_mut(after - 1) {
            task.predecessors.push(before.to_string());
        }
    }
    Err(Error::new(
        ErrorCode::InvalidInput,
        "text",
        "ends without the closing -1,-1",
    ))
}

const NOT_A_NUMBER: &str = "the time is not a decimal number such as 4 or 2.5 (no exponent, at most 15 significant digits)";

/// Words that read as numbers but are no task time, so no header either.
const NUMBER_WORDS: [&str; 3] = ["nan", "inf", "infinity"];

fn at_line(number: usize, problem: &str) -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        "text",
        format!("line {number}: {problem}"),
    )
}

fn check_size(text: &str) -> Result<(), Error> {
    if text.len() > MAX_TEXT_BYTES as usize {
        let message = format!("must be at most {MAX_TEXT_BYTES} bytes");
        return Err(Error::new(ErrorCode::TooLarge, "text", message));
    }
    Ok(())
}

fn check_count(count: usize) -> Result<(), Error> {
    if count > MAX_TASKS as usize {
        let message = format!("must hold at most {MAX_TASKS} tasks");
        return Err(Error::new(ErrorCode::TooLarge, "text", message));
    }
    Ok(())
}

//! The task objects of `balanceLine`, read into columns: one text of every id and
//! predecessor id, where each string ends in it, and the times. Reading them as
//! [`TaskOptions`](super::balance::TaskOptions) took a `String` for every id and
//! predecessor and a `Vec` for every task, a fifth of the time it takes to read 10,000
//! tasks; the core's line balancing reads these columns as they are ([`TaskSource`]).

use crate::Error;
use crate::line::TaskSource;
use crate::wasm::from_js::{FromJs, JsObject, each_item, required, text_of};
use crate::wasm::js_data::JsData;

/// The fields of a task object, as [`TaskOptions`](super::balance::TaskOptions) has them
/// (the test "balanceLine reads its tasks into columns…" in
/// tests/js/line-balancing.test.mjs fails if the two lists part: the unknown-key error
/// names them).
const TASK_FIELDS: &[&str] = &["id", "time", "predecessors"];

/// Tasks read from their JS objects, task `t` being strings `first[t]..first[t + 1]`:
/// its id, then its predecessors' ids.
#[derive(Default)]
pub(crate) struct TaskColumns {
    /// Every id, one after another.
    text: String,
    /// Where each string ends in `text`; string `k` starts where `k - 1` ends.
    ends: Vec<usize>,
    /// The first string of each task, and one past the last task's last.
    first: Vec<usize>,
    times: Vec<f64>,
}

impl TaskColumns {
    /// Reads the task object `data`, with the errors and paths its
    /// [`TaskOptions`](super::balance::TaskOptions) reader gives.
    fn push_task(&mut self, data: JsData<'_>) -> Result<(), Error> {
        let mut task = JsObject::read(data, TASK_FIELDS)?;
        self.first.push(self.ends.len());
        task.next_with(|id| {
            self.push_string(text_of(required(id)?)?);
            Ok(())
        });
        let time: f64 = task.next_field();
        // As `Option<Vec<String>>`: absent or null is none.
        task.next_with(|predecessors| match predecessors {
            Some(list) if !list.is_null() => each_item(list, &mut |item| {
                self.push_string(text_of(item)?);
                Ok(())
            }),
            _ => Ok(()),
        });
        task.finish()?;
        self.times.push(time);
        Ok(())
    }

    fn push_string(&mut self, text: &str) {
        self.text.push_str(text);
        self.ends.push(self.text.len());
    }

    /// String `k` of the text (empty past the end).
    fn string(&self, k: usize) -> &str {
        let start = match k.checked_sub(1) {
            Some(before) => self.ends.get(before).copied().unwrap_or(0),
            None => 0,
        };
        let end = self.ends.get(k).copied().unwrap_or(start);
        self.text.get(start..end).unwrap_or_default()
    }

    /// The first string of task `task` and one past its last.
    fn strings_of(&self, task: usize) -> (usize, usize) {
        let first = self.first.get(task).copied().unwrap_or(0);
        let end = self.first.get(task + 1).copied().unwrap_or(self.ends.len());
        (first, end.max(first))
    }
}

/// An array of task objects; an error in one is placed under its index (`[2]`).
impl FromJs for TaskColumns {
    fn from_js(data: JsData<'_>) -> Result<Self, Error> {
        let mut columns = TaskColumns::default();
        each_item(data, &mut |task| columns.push_task(task))?;
        Ok(columns)
    }

    fn placeholder() -> Self {
        TaskColumns::default()
    }
}

impl TaskSource for TaskColumns {
    fn task_count(&self) -> usize {
        self.times.len()
    }

    fn id(&self, task: usize) -> &str {
        self.string(self.strings_of(task).0)
    }

    fn time(&self, task: usize) -> f64 {
        self.times.get(task).copied().unwrap_or(f64::NAN)
    }

    fn predecessor_count(&self, task: usize) -> usize {
        let (first, end) = self.strings_of(task);
        (end - first).saturating_sub(1)
    }

    fn predecessor(&self, task: usize, position: usize) -> &str {
        self.string(self.strings_of(task).0 + 1 + position)
    }
}

//! Tasks and their precedence relations, validated once into compact arrays: tasks are
//! numbered 0..n in input order, and each task's predecessors and successors are slices
//! of two flat lists (no per-task allocation, no n × n matrix).

use crate::error::{Error, ErrorCode};
use crate::naming::joined;
use crate::validate::{UniqueIds, is_positive, list_length, positive};

/// The most tasks one problem may have.
pub const MAX_TASKS: u32 = 20_000;
/// The most precedence relations (predecessor entries, over all tasks) one problem may have.
pub const MAX_PRECEDENCE_RELATIONS: u32 = 400_000;

/// One task of an assembly line.
#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    /// The task's name as people write it ("A", "10", "weld frame"); unique, not empty.
    /// Field `id`.
    pub id: String,
    /// How long the task takes, in the time unit of the cycle time; above zero.
    /// Field `time`.
    pub time: f64,
    /// The ids of the tasks that must be finished before this one starts (its immediate
    /// predecessors). Field `predecessors`.
    pub predecessors: Vec<String>,
}

impl Task {
    /// A task with its id, time and immediate predecessors.
    ///
    /// # Examples
    /// ```
    /// use opscalc::line::Task;
    /// let task = Task::new("C", 5.0, &["B"]);
    /// assert_eq!(task.predecessors, vec!["B".to_owned()]);
    /// ```
    pub fn new(id: &str, time: f64, predecessors: &[&str]) -> Self {
        Task {
            id: id.to_owned(),
            time,
            predecessors: predecessors.iter().map(|&id| id.to_owned()).collect(),
        }
    }
}

/// Tasks as [`TaskGraph::new`] reads them, by number: the crate's own [`Task`]s, or
/// the JS boundary's columns of them, read without a `String` for every id.
pub(crate) trait TaskSource {
    /// How many tasks there are.
    fn task_count(&self) -> usize;
    /// The id of task `task` (below [`task_count`](Self::task_count)).
    fn id(&self, task: usize) -> &str;
    /// The time of task `task`.
    fn time(&self, task: usize) -> f64;
    /// How many predecessors task `task` lists.
    fn predecessor_count(&self, task: usize) -> usize;
    /// The id of the predecessor at `position` in task `task`'s list.
    fn predecessor(&self, task: usize, position: usize) -> &str;
}

impl TaskSource for &[Task] {
    fn task_count(&self) -> usize {
        self.len()
    }

    fn id(&self, task: usize) -> &str {
        self.get(task).map_or("", |task| &task.id)
    }

    fn time(&self, task: usize) -> f64 {
        self.get(task).map_or(f64::NAN, |task| task.time)
    }

    fn predecessor_count(&self, task: usize) -> usize {
        self.get(task).map_or(0, |task| task.predecessors.len())
    }

    fn predecessor(&self, task: usize, position: usize) -> &str {
        self.get(task)
            .and_then(|task| task.predecessors.get(position))
            .map_or("", String::as_str)
    }
}

/// How the tasks of a graph are named.
#[derive(Debug, Clone)]
enum Ids {
    /// By the ids given, one after the other (one allocation, not one per task); task
    /// `t`'s is `id_text[id_start[t]..id_start[t + 1]]`.
    Named {
        id_text: String,
        id_start: Vec<usize>,
    },
    /// By their numbers, 0..n.
    Numbers,
}

/// A validated precedence graph.
#[derive(Debug, Clone)]
pub(crate) struct TaskGraph {
    ids: Ids,
    times: Vec<f64>,
    /// Task `t`'s predecessors are `predecessors[predecessor_start[t]..predecessor_start[t + 1]]`.
    predecessor_start: Vec<u32>,
    predecessors: Vec<u32>,
    successor_start: Vec<u32>,
    successors: Vec<u32>,
    /// Every task after all its predecessors.
    topological_order: Vec<u32>,
    total_time: f64,
}

impl TaskGraph {
    /// Validates `tasks` and builds the graph.
    ///
    /// # Errors
    /// - `out_of_range` naming `tasks` when it is empty, `too_large` when it has more
    ///   than [`MAX_TASKS`] tasks or [`MAX_PRECEDENCE_RELATIONS`] relations;
    /// - `invalid_input` for an empty id, `duplicate_id` for a repeated one
    ///   (`tasks[3].id`); `not_finite` / `not_positive` naming `tasks[i].time`;
    /// - `unknown_id` naming `tasks[i].predecessors[j]` for an id no task has;
    /// - `cycle` naming `tasks[i].predecessors` for a task on a precedence cycle (a task
    ///   listing itself included), the message spelling the cycle out.
    pub(crate) fn new(tasks: &dyn TaskSource) -> Result<Self, Error> {
        let count = tasks.task_count();
        list_length("tasks", count, MAX_TASKS)?;
        let mut ids = UniqueIds::with_capacity("tasks", count);
        for index in 0..count {
            let in_task = |error: Error| error.within(&format!("tasks[{index}]"));
            ids.check(index, tasks.id(index)).map_err(in_task)?;
            positive("time", tasks.time(index)).map_err(in_task)?;
        }
        let times: Vec<f64> = (0..count).map(|task| tasks.time(task)).collect();
        let mut predecessor_start = Vec::with_capacity(count + 1);
        // Room for every relation listed (repeats included), up to one past the limit.
        let listed: usize = (0..count).map(|task| tasks.predecessor_count(task)).sum();
        let mut predecessors: Vec<u32> =
            Vec::with_capacity(listed.min(MAX_PRECEDENCE_RELATIONS as usize + 1));
        for index in 0..count {
            predecessor_start.push(len_u32(predecessors.len()));
            let first = predecessors.len();
            for position in 0..tasks.predecessor_count(index) {
                let id = tasks.predecessor(index, position);
                let Some(predecessor) = ids.index_of(id).map(len_u32) else {
                    let field = format!("tasks[{index}].predecessors[{position}]");
                    let message = format!("\"{id}\" is not the id of any task");
                    return Err(Error::new(ErrorCode::UnknownId, field, message));
                };
                // A relation given twice is one relation.
                if !predecessors
                    .get(first..)
                    .is_some_and(|own| own.contains(&predecessor))
                {
                    predecessors.push(predecessor);
                }
            }
            if predecessors.len() > MAX_PRECEDENCE_RELATIONS as usize {
                let message = format!(
                    "must have at most {MAX_PRECEDENCE_RELATIONS} precedence relations in all"
                );
                return Err(Error::new(ErrorCode::TooLarge, "tasks", message));
            }
        }
        predecessor_start.push(len_u32(predecessors.len()));

        let mut id_text = String::with_capacity((0..count).map(|task| tasks.id(task).len()).sum());
        let mut id_start = Vec::with_capacity(count + 1);
        for task in 0..count {
            id_start.push(id_text.len());
            id_text.push_str(tasks.id(task));
        }
        id_start.push(id_text.len());
        TaskGraph::finish(
            times,
            (predecessor_start, predecessors),
            Ids::Named { id_text, id_start },
        )
    }

    /// Validates tasks numbered 0..n by their times and the precedence relations between
    /// them, given as pairs `(before, after)` one after the other in `precedence`.
    ///
    /// # Errors
    /// - `out_of_range` naming `times` when it is empty, `too_large` when it has more
    ///   than [`MAX_TASKS`] entries or `precedence` more than
    ///   [`MAX_PRECEDENCE_RELATIONS`] pairs;
    /// - `not_finite` / `not_positive` naming `times[i]`;
    /// - `invalid_input` naming `precedence` when its length is odd, `unknown_id` naming
    ///   `precedence[k]` for a number that is no task's;
    /// - `cycle` naming `precedence` for precedence relations in a cycle (a task before
    ///   itself included), the message spelling the cycle out.
    pub(crate) fn numbered(times: &[f64], precedence: &[u32]) -> Result<Self, Error> {
        list_length("times", times.len(), MAX_TASKS)?;
        if let Some(index) = times.iter().position(|&time| !is_positive(time)) {
            let time = times.get(index).copied().unwrap_or(f64::NAN);
            positive("", time).map_err(|error| error.within(&format!("times[{index}]")))?;
        }
        if !precedence.len().is_multiple_of(2) {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                "precedence",
                "must hold pairs of task numbers, each before then after, but its length is odd",
            ));
        }
        if precedence.len() / 2 > MAX_PRECEDENCE_RELATIONS as usize {
            let message = format!("must have at most {MAX_PRECEDENCE_RELATIONS} pairs");
            return Err(Error::new(ErrorCode::TooLarge, "precedence", message));
        }
        let count = len_u32(times.len());
        if let Some((position, task)) = precedence
            .iter()
            .enumerate()
            .find(|&(_, &task)| task >= count)
        {
            let message = format!(
                "{task} is not the number of any task: the {count} tasks are numbered 0 to {}",
                count - 1
            );
            return Err(Error::new(
                ErrorCode::UnknownId,
                format!("precedence[{position}]"),
                message,
            ));
        }
        // Each task's predecessors: the earlier tasks grouped by the later.
        let (earlier, later): (Vec<u32>, Vec<u32>) = precedence
            .chunks_exact(2)
            .map(|pair| match pair {
                &[before, after] => (before, after),
                _ => (0, 0),
            })
            .unzip();
        let (predecessor_start, listed) = grouped(times.len(), &later, &earlier);
        // A relation given twice is one relation: `seen_by[p]` is the last task that
        // listed `p`, so each list keeps the first of its repeats, in O(1) each.
        let mut seen_by = vec![u32::MAX; times.len()];
        let mut predecessors = Vec::with_capacity(listed.len());
        let mut start = Vec::with_capacity(times.len() + 1);
        for task in 0..count {
            start.push(len_u32(predecessors.len()));
            for &predecessor in slice(&predecessor_start, &listed, task) {
                if let Some(seen) = seen_by.get_mut(predecessor as usize)
                    && *seen != task
                {
                    *seen = task;
                    predecessors.push(predecessor);
                }
            }
        }
        start.push(len_u32(predecessors.len()));
        TaskGraph::finish(times.to_vec(), (start, predecessors), Ids::Numbers)
    }

    /// The graph of the validated `times` and predecessor lists: its successor lists,
    /// total time and an order, or the error for a cycle.
    fn finish(
        times: Vec<f64>,
        (predecessor_start, predecessors): (Vec<u32>, Vec<u32>),
        ids: Ids,
    ) -> Result<Self, Error> {
        let (successor_start, successors) = reverse(times.len(), &predecessor_start, &predecessors);
        let mut graph = TaskGraph {
            total_time: times.iter().sum(),
            ids,
            times,
            predecessor_start,
            predecessors,
            successor_start,
            successors,
            topological_order: Vec::new(),
        };
        graph.topological_order = graph.sort_topologically()?;
        Ok(graph)
    }

    /// The number of tasks.
    pub(crate) fn len(&self) -> usize {
        self.times.len()
    }

    /// Task `task`'s id; empty for a numbered graph, whose tasks have only their numbers.
    pub(crate) fn id(&self, task: u32) -> &str {
        let Ids::Named { id_text, id_start } = &self.ids else {
            return "";
        };
        let task = task as usize;
        match (id_start.get(task), id_start.get(task + 1)) {
            (Some(&from), Some(&to)) => id_text.get(from..to).unwrap_or(""),
            _ => "",
        }
    }

    /// Task `task`'s id as a message names it: its number in a numbered graph.
    fn name(&self, task: u32) -> String {
        match self.ids {
            Ids::Named { .. } => self.id(task).to_owned(),
            Ids::Numbers => task.to_string(),
        }
    }

    /// Task `task`'s time.
    pub(crate) fn time(&self, task: u32) -> f64 {
        self.times.get(task as usize).copied().unwrap_or(0.0)
    }

    /// The sum of all task times: the work content of one unit.
    pub(crate) fn total_time(&self) -> f64 {
        self.total_time
    }

    /// Task `task`'s immediate predecessors.
    pub(crate) fn predecessors(&self, task: u32) -> &[u32] {
        slice(&self.predecessor_start, &self.predecessors, task)
    }

    /// Task `task`'s immediate successors.
    pub(crate) fn successors(&self, task: u32) -> &[u32] {
        slice(&self.successor_start, &self.successors, task)
    }

    /// Each task's number of immediate predecessors, in task order.
    pub(crate) fn predecessor_counts(&self) -> Vec<u32> {
        self.predecessor_start
            .windows(2)
            .map(|pair| match pair {
                [from, to] => to - from,
                _ => 0,
            })
            .collect()
    }

    /// Every task, each after all its predecessors.
    pub(crate) fn topological_order(&self) -> &[u32] {
        &self.topological_order
    }

    /// Kahn's algorithm; when tasks are left over, they contain a cycle.
    fn sort_topologically(&self) -> Result<Vec<u32>, Error> {
        let mut waiting = self.predecessor_counts();
        let mut order = sources(&waiting);
        let mut next = 0;
        while let Some(&task) = order.get(next) {
            next += 1;
            for &successor in self.successors(task) {
                if let Some(left) = waiting.get_mut(successor as usize) {
                    *left -= 1;
                    if *left == 0 {
                        order.push(successor);
                    }
                }
            }
        }
        if order.len() == self.len() {
            Ok(order)
        } else {
            Err(self.cycle_error(&waiting))
        }
    }

    /// An error naming a task on a cycle among the tasks still `waiting` for a
    /// predecessor: following unfinished predecessors from any of them must come back
    /// to a task already seen.
    fn cycle_error(&self, waiting: &[u32]) -> Error {
        let Some(start) = (0..)
            .zip(waiting)
            .find(|(_, left)| **left > 0)
            .map(|(task, _)| task)
        else {
            return Error::new(
                ErrorCode::Internal,
                "tasks",
                "the order of tasks could not be found",
            );
        };
        let mut path: Vec<u32> = vec![start];
        let mut current = start;
        loop {
            let Some(&predecessor) = self.predecessors(current).iter().find(|&&predecessor| {
                waiting
                    .get(predecessor as usize)
                    .is_some_and(|left| *left > 0)
            }) else {
                return Error::new(ErrorCode::Internal, "tasks", "a cycle could not be traced");
            };
            if let Some(position) = path.iter().position(|&task| task == predecessor) {
                // path[position..] is the cycle, each task a predecessor of the one before
                // it in the path: the one found again comes before the last, which comes
                // before the one before it, and so on back round.
                let later = path.get(position + 1..).unwrap_or(&[]);
                let mut names: Vec<String> = vec![self.name(predecessor)];
                names.extend(later.iter().rev().map(|&task| self.name(task)));
                names.push(self.name(predecessor));
                let message = format!(
                    "form a cycle: {} (each must come before the next, so none can start)",
                    joined(&mut names.iter().map(String::as_str), " → ")
                );
                let field = match self.ids {
                    Ids::Named { .. } => format!("tasks[{predecessor}].predecessors"),
                    Ids::Numbers => "precedence".to_owned(),
                };
                return Error::new(ErrorCode::Cycle, field, message);
            }
            path.push(predecessor);
            current = predecessor;
        }
    }
}

/// The tasks with no predecessors, given each task's number of predecessors.
pub(crate) fn sources(predecessor_counts: &[u32]) -> Vec<u32> {
    let mut sources = Vec::new();
    for (task, &count) in predecessor_counts.iter().enumerate() {
        if count == 0 {
            sources.push(len_u32(task));
        }
    }
    sources
}

/// `list[start[task]..start[task + 1]]`, or empty for a task out of range.
fn slice<'a>(start: &[u32], list: &'a [u32], task: u32) -> &'a [u32] {
    let task = task as usize;
    match (start.get(task), start.get(task + 1)) {
        (Some(&from), Some(&to)) => list.get(from as usize..to as usize).unwrap_or(&[]),
        _ => &[],
    }
}

/// The successor lists of the graph whose predecessor lists are given.
fn reverse(count: usize, predecessor_start: &[u32], predecessors: &[u32]) -> (Vec<u32>, Vec<u32>) {
    // The task whose list holds each entry.
    let mut owners = Vec::with_capacity(predecessors.len());
    for task in 0..len_u32(count) {
        let listed = slice(predecessor_start, predecessors, task).len();
        owners.extend(std::iter::repeat_n(task, listed));
    }
    grouped(count, predecessors, &owners)
}

/// `values` grouped by their `keys` (one key each, keys `0..count`), by a counting
/// sort: key `k`'s values, in the order given, are `grouped[start[k]..start[k + 1]]`.
fn grouped(count: usize, keys: &[u32], values: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let mut start = vec![0_u32; count + 1];
    for &key in keys {
        if let Some(slot) = start.get_mut(key as usize + 1) {
            *slot += 1;
        }
    }
    running_sum(&mut start);
    let mut fill = start.clone();
    let mut grouped = vec![0_u32; start.last().map_or(0, |&total| total as usize)];
    for (&key, &value) in keys.iter().zip(values) {
        if let Some(position) = fill.get_mut(key as usize) {
            if let Some(slot) = grouped.get_mut(*position as usize) {
                *slot = value;
            }
            *position += 1;
        }
    }
    (start, grouped)
}

/// Turns counts into running sums, in place: `[a, b, c]` becomes `[a, a + b, a + b + c]`.
fn running_sum(counts: &mut [u32]) {
    let mut sum = 0_u32;
    for count in counts {
        sum = sum.saturating_add(*count);
        *count = sum;
    }
}

/// A length already checked against [`MAX_TASKS`] or [`MAX_PRECEDENCE_RELATIONS`], as `u32`.
fn len_u32(length: usize) -> u32 {
    u32::try_from(length).unwrap_or(u32::MAX)
}

#[cfg(test)]
#[allow(clippy::float_cmp)] // sums of small whole numbers are exact
mod tests {
    use super::*;

    fn graph(tasks: &[(&str, f64, &[&str])]) -> Result<TaskGraph, Error> {
        let tasks: Vec<Task> = tasks
            .iter()
            .map(|(id, time, predecessors)| Task::new(id, *time, predecessors))
            .collect();
        TaskGraph::new(&tasks.as_slice())
    }

    #[test]
    fn builds_predecessors_successors_and_an_order() {
        let graph = graph(&[
            ("A", 1.0, &[]),
            ("B", 2.0, &["A"]),
            ("C", 3.0, &["A"]),
            ("D", 4.0, &["B", "C", "B"]),
        ])
        .unwrap();
        assert_eq!(graph.predecessors(3), &[1, 2]);
        assert_eq!(graph.successors(0), &[1, 2]);
        assert_eq!(graph.successors(3), &[] as &[u32]);
        assert_eq!(graph.topological_order(), &[0, 1, 2, 3]);
        assert_eq!(graph.total_time(), 10.0);
        assert_eq!(graph.id(3), "D");
    }

    #[test]
    fn a_cycle_is_named_and_spelled_out() {
        let error = graph(&[
            ("A", 1.0, &["C"]),
            ("B", 1.0, &["A"]),
            ("C", 1.0, &["B"]),
            ("D", 1.0, &[]),
        ])
        .unwrap_err();
        assert_eq!(error.code(), ErrorCode::Cycle);
        assert!(error.field().starts_with("tasks[") && error.field().ends_with("].predecessors"));
        assert!(error.message().contains('→'), "{}", error.message());
        let itself = graph(&[("A", 1.0, &["A"])]).unwrap_err();
        assert_eq!(
            (itself.code(), itself.field()),
            (ErrorCode::Cycle, "tasks[0].predecessors")
        );
        assert_eq!(
            itself.message(),
            "form a cycle: A → A (each must come before the next, so none can start)"
        );
    }

    #[test]
    fn unknown_and_duplicate_ids_are_named() {
        let unknown = graph(&[("A", 1.0, &[]), ("B", 1.0, &["A", "Z"])]).unwrap_err();
        assert_eq!(
            (unknown.code(), unknown.field()),
            (ErrorCode::UnknownId, "tasks[1].predecessors[1]")
        );
        let duplicate = graph(&[("A", 1.0, &[]), ("A", 1.0, &[])]).unwrap_err();
        assert_eq!(
            (duplicate.code(), duplicate.field()),
            (ErrorCode::DuplicateId, "tasks[1].id")
        );
        let time = graph(&[("A", 0.0, &[])]).unwrap_err();
        assert_eq!(
            (time.code(), time.field()),
            (ErrorCode::NotPositive, "tasks[0].time")
        );
        assert_eq!(graph(&[]).unwrap_err().code(), ErrorCode::OutOfRange);
    }
}

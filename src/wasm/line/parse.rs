//! JS mirror of the task-list parsers.

use super::balance::TaskOptions;
use crate::line;
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link parseTaskTable} and {@link parseIn2}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ParseTasksOptions {
    /// The text to read (at most 4,000,000 bytes).
    pub text: String,
}

from_js!(ParseTasksOptions { text });

/// The tasks read, ready for {@link balanceLine} and {@link compareRules}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ParsedTasksResult {
    /// The tasks, in the order of the text.
    pub tasks: Vec<TaskOptions>,
}

to_js!(ParsedTasksResult { tasks });

/// Reads a task table: one task a line, `id,time,predecessors`, predecessors separated
/// by spaces or semicolons (`F,3,C;D`), or columns separated by tabs as a spreadsheet
/// copies them. A first line whose time has no digit is a header; blank lines and
/// lines starting with `#` are skipped.
///
/// Throws an {@link OpscalcError} on field `text`, its message giving the line.
#[wasm_bindgen(js_name = parseTaskTable, unchecked_return_type = "ParsedTasksResult")]
pub fn parse_task_table(
    #[wasm_bindgen(unchecked_param_type = "ParseTasksOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: ParseTasksOptions| {
        line::parse_task_table(&options.text).map(|tasks| ParsedTasksResult {
            tasks: tasks.iter().map(TaskOptions::from).collect(),
        })
    })
}

/// Reads the `.IN2` format of Scholl's assembly-line-balancing data: the number of tasks,
/// their times one a line, then precedence relations `i,j` one a line, ended by `-1,-1`.
/// Tasks are named "1" to "n".
///
/// Throws an {@link OpscalcError} on field `text`, its message giving the line.
#[wasm_bindgen(js_name = parseIn2, unchecked_return_type = "ParsedTasksResult")]
pub fn parse_in2(
    #[wasm_bindgen(unchecked_param_type = "ParseTasksOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: ParseTasksOptions| {
        line::parse_in2(&options.text).map(|tasks| ParsedTasksResult {
            tasks: tasks.iter().map(TaskOptions::from).collect(),
        })
    })
}

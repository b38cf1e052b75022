// An editable table of rows bound to an array option (price tiers, inventory items,
// tasks): one row per object, one input per field, rows added and removed by the user.
//
// Each cell carries the library's field path in `data-field` (`breaks[2].unitCost`)
// and has an error element `<id>-error`, so `liveCalculator` (live-form.js) shows an
// OpscalcError next to the cell it names; the table itself carries the array's path
// (`data-field="breaks"`) for errors about the whole list. `readNumberFields` leaves
// cells alone: the table reads its rows into an array of objects.
//
// The HTML provides the table with its caption and header, an empty <tbody>, and
// `data-rows="<option name>"`:
//
//   <table id="breaks" data-rows="breaks" data-field="breaks">
//     <thead><tr><th scope="col">From</th><th scope="col">Unit cost</th><th><span class="visually-hidden">Remove</span></th></tr></thead>
//     <tbody></tbody>
//   </table>
//   <p class="field-error" id="breaks-error"></p>
import { registerEditor } from "./form-state.js";
import { numberValue } from "./live-form.js";

/**
 * @typedef {{ key: string, label: string, type?: "number" | "text" | "checkbox", field?: (index: number) => string }} Column
 *   `key` is the field name in each row object (`unitCost`); `field`, when given, is the
 *   cell's library path instead of `<option>[index].<key>` (the rows of a table can feed
 *   parallel lists: `values[2]`, `ranks[2]`); `label` names the cell for
 *   assistive technology, with the row's name appended ("Unit cost, tier 2"). Number
 *   cells are read with `numberValue` (empty: the field is left out; not a number:
 *   NaN, so the library names the cell); text cells as typed; checkbox cells as
 *   `true` or `false`.
 * @typedef {Record<string, string | number | boolean | undefined>} Row
 */

/**
 * Makes `table` an editable list of rows.
 * @param {HTMLTableElement} table
 * @param {{
 *   columns: Column[],
 *   rowName: (index: number) => string,
 *   addButton: HTMLButtonElement,
 *   rows: Row[],
 *   minRows?: number, maxRows?: number,
 *   onRemove?: (index: number) => void,
 * }} options `rowName(0)` is "tier 1", say; `rows` are the initial rows. With
 *   `minRows` the remove buttons are disabled at that many rows, with `maxRows` the add
 *   button at that many. `onRemove` hears which row the user removed, before the form
 *   recomputes (to drop what other inputs hold for it).
 * @returns {{ read: () => Row[], setRows: (rows: Row[]) => void }}
 *   `read` returns the rows as option objects; `setRows` replaces them (for a reset).
 */
export function rowTable(table, { columns, rowName, addButton, rows, minRows = 0, maxRows = Infinity, onRemove }) {
  const path = table.dataset.rows;
  const body = table.tBodies[0];

  /** Tells the form that its inputs changed, so a live calculator recomputes. */
  const changed = () => table.dispatchEvent(new Event("input", { bubbles: true }));

  /** The rows as typed (text, or a checkbox's state), to rebuild the table after a row is removed. */
  const rawRows = () =>
    [...body.rows].map((row) =>
      Object.fromEntries(
        [...row.querySelectorAll("input")].map((input) => [input.dataset.key, input.type === "checkbox" ? input.checked : input.value]),
      ),
    );

  const render = (values) => {
    body.replaceChildren(...values.map((value, index) => rowElement(value, index)));
    addButton.disabled = values.length >= maxRows;
    for (const button of body.querySelectorAll("button.remove-row")) button.disabled = values.length <= minRows;
  };

  const rowElement = (value, index) => {
    const row = document.createElement("tr");
    for (const column of columns) {
      const cell = document.createElement("td");
      const input = document.createElement("input");
      input.id = `${path}-${index}-${column.key}`;
      input.dataset.key = column.key;
      input.dataset.field = column.field ? column.field(index) : `${path}[${index}].${column.key}`;
      input.type = column.type ?? "number";
      if (input.type === "number") {
        input.step = "any";
        input.inputMode = "decimal";
      }
      input.setAttribute("aria-label", `${column.label}, ${rowName(index)}`);
      input.setAttribute("aria-describedby", `${input.id}-error`);
      if (input.type === "checkbox") input.checked = value[column.key] === true;
      else input.value = value[column.key] === undefined ? "" : String(value[column.key]);
      const error = document.createElement("p");
      error.className = "field-error";
      error.id = `${input.id}-error`;
      error.setAttribute("aria-live", "polite");
      cell.append(input, error);
      row.append(cell);
    }
    const actions = document.createElement("td");
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "remove-row";
    remove.textContent = "×";
    remove.setAttribute("aria-label", `Remove ${rowName(index)}`);
    remove.addEventListener("click", () => removeRow(index));
    actions.append(remove);
    row.append(actions);
    return row;
  };

  const removeRow = (index) => {
    const values = rawRows();
    values.splice(index, 1);
    render(values);
    onRemove?.(index);
    // Keep the keyboard where it was: the row that moved up, or the add button.
    const next = body.rows[Math.min(index, body.rows.length - 1)];
    const button = next?.querySelector("button.remove-row");
    (button && !button.disabled ? button : addButton.disabled ? next?.querySelector("input") : addButton)?.focus();
    changed();
  };

  addButton.addEventListener("click", () => {
    const values = rawRows();
    values.push({});
    render(values);
    body.rows[body.rows.length - 1]?.querySelector("input")?.focus();
    changed();
  });

  render(rows);
  // The rows as typed join the form's state: its link and its scenarios (form-state.js).
  registerEditor(table, path, {
    get: rawRows,
    set: (value) => render(Array.isArray(value) ? value.filter((row) => row !== null && typeof row === "object").slice(0, maxRows) : []),
  });

  return {
    read: () =>
      [...body.rows].map((row) => {
        /** @type {Row} */
        const value = {};
        for (const input of row.querySelectorAll("input")) {
          const cell = input.type === "number" ? numberValue(input) : input.type === "checkbox" ? input.checked : input.value;
          if (cell !== undefined) value[input.dataset.key] = cell;
        }
        return value;
      }),
    setRows: render,
  };
}

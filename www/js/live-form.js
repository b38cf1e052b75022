// Binds a calculator form to a library function: results update as the user types, and
// a thrown OpscalcError appears next to the input its `field` names. Inputs declare the
// option they feed with `data-field="orderingCost"` (the library's field path).
import { addDownloads } from "./export.js";
import { scenarios } from "./scenarios.js";

/**
 * The number in an input: `undefined` when empty (the option is left out) and NaN when
 * the text is not a number, so the library reports it with the field's name.
 * @param {HTMLInputElement} input
 */
export function numberValue(input) {
  if (input.validity.badInput) return Number.NaN;
  return input.value.trim() === "" ? undefined : Number(input.value);
}

/**
 * Reads every enabled `[data-field]` input of `form` into an options object. Inputs in
 * a table of rows (`[data-rows]`, see table-input.js) are left to that table.
 * @param {HTMLFormElement} form
 * @returns {Record<string, number>}
 */
export function readNumberFields(form) {
  /** @type {Record<string, number>} */
  const options = {};
  for (const input of form.querySelectorAll("input[data-field]")) {
    if (input.disabled || input.closest("[hidden]") || input.closest("[data-rows]")) continue;
    const value = numberValue(input);
    if (value !== undefined) options[input.dataset.field] = value;
  }
  return options;
}

/**
 * Recomputes on every input change and once at start. The inputs are kept in the page's
 * link, which restores them; with `compare`, "Compare" adds a scenario B (scenarios.js).
 * Results and charts get download buttons (export.js).
 * @template T
 * @param {HTMLFormElement} form
 * @param {{ compute: () => T, render: (result: T) => void, results: HTMLElement, compare?: import("./scenarios.js").Compare }} handlers
 *   `compute` reads the form and calls the library (it may throw an OpscalcError);
 *   `render` shows a result; `results` is dimmed while the inputs have an error;
 *   `compare` reads a result as key figures and curves for the scenario comparison.
 */
export function liveCalculator(form, { compute, render, results, compare }) {
  const formError = form.querySelector("[data-form-error]");
  const scenario = scenarios(form, results, compare);

  const update = () => {
    performance.mark("opscalc:update-start");
    clearErrors(form, formError);
    let outcome;
    try {
      outcome = compute();
      render(outcome);
      results.classList.remove("stale");
    } catch (error) {
      outcome = undefined;
      results.classList.add("stale");
      showError(form, formError, error);
    }
    scenario.computed(outcome);
    // Recompute and redraw, measured for the browser tests: performance.getEntriesByName("opscalc:update").
    performance.measure("opscalc:update", "opscalc:update-start");
  };
  form.addEventListener("input", update);
  form.addEventListener("submit", (event) => event.preventDefault());
  addDownloads(results);
  scenario.start();
  return update;
}

function clearErrors(form, formError) {
  for (const input of form.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
  for (const message of form.querySelectorAll(".field-error")) message.textContent = "";
  if (formError) formError.textContent = "";
}

function showError(form, formError, error) {
  if (error?.name !== "OpscalcError") {
    console.error(error);
    if (formError) formError.textContent = "Something went wrong: see the browser console.";
    return;
  }
  const input = findVisibleInput(form, error.field);
  const message = input && document.getElementById(`${input.id}-error`);
  if (input && message) {
    input.setAttribute("aria-invalid", "true");
    message.textContent = error.reason;
  } else if (formError) {
    formError.textContent = error.message;
  }
}

/** The last step of a field path: `[1]` of `tasks[2].predecessors[1]`, `.predecessors` of `tasks[2].predecessors`. */
const LAST_STEP = /(\[\d+\]|\.[^.[]+)$/;

/**
 * The visible input for `field`, or for the nearest path that contains it: an error on
 * `tasks[2].predecessors[1]` shows at the `tasks[2].predecessors` cell when no input has
 * the whole path.
 */
function findVisibleInput(form, field) {
  let path = field;
  while (path) {
    for (const input of form.querySelectorAll("[data-field]")) {
      if (input.dataset.field === path && !input.disabled && !input.closest("[hidden]")) return input;
    }
    if (!LAST_STEP.test(path)) return null;
    path = path.replace(LAST_STEP, "");
  }
  return null;
}

// A small calculator opened in place: a button that shows and hides a panel with a
// one-paragraph explanation, a few number inputs, live results from a library function
// (through liveCalculator), the working, the source of the defaults and a link to the
// full calculator page. Layout only: every number shown is an input or a result of the
// library.
import { fieldError } from "./cell-input.js";
import { liveCalculator, readNumberFields } from "./live-form.js";
import { renderWorking } from "./working.js";

/**
 * @typedef {{ id: string, field: string, label: string, symbol?: string, unit?: string, value: string | number }} FieldSpec
 *   One number input: `field` is its option path (`demand`, `steps[1].unitTime`), set in a
 *   copy of the calculator's `base` options; `label` its name, `symbol` and `unit` shown
 *   after it; `value` the default.
 * @typedef {{ id: string, label: string, text: (result: any, options: any) => string, headline?: boolean }} OutputSpec
 *   One result: `text` formats it from the library's result (and the options sent).
 * @typedef {{
 *   id: string, title: string, explanation: string, source: string,
 *   link: { href: string, text: string },
 *   base?: Record<string, unknown>,
 *   fields: FieldSpec[], outputs: OutputSpec[],
 *   compute: (options: any) => any,
 *   working?: (result: any, options: any) => import("./working.js").Step[],
 * }} MiniCalculatorSpec
 *   `id` prefixes every element id; `title` names the button and the form; `base` holds
 *   the options the inputs do not set (names, predecessors); `compute` calls the library.
 */

/**
 * `base` (deep-copied) with each value set at its option path: `{ "steps[1].unitTime": 4 }`
 * sets `steps[1].unitTime`. Data only: values are placed, not computed.
 * @param {Record<string, unknown>} base
 * @param {Record<string, unknown>} values option paths to values
 */
export function optionsAt(base, values) {
  const options = structuredClone(base);
  for (const [path, value] of Object.entries(values)) {
    const keys = [...path.matchAll(/[^.[\]]+/g)].map(([key]) => (/^\d+$/.test(key) ? Number(key) : key));
    let node = options;
    keys.slice(0, -1).forEach((key, index) => {
      node[key] ??= typeof keys[index + 1] === "number" ? [] : {};
      node = node[key];
    });
    node[keys[keys.length - 1]] = value;
  }
  return options;
}

/**
 * Appends to `container` the button and the (hidden) panel of a small calculator; the
 * calculator is built and starts computing when first opened.
 * @param {HTMLElement} container
 * @param {MiniCalculatorSpec} spec
 * @returns {HTMLButtonElement} the button
 */
export function miniCalculator(container, spec) {
  const panelId = `${spec.id}-panel`;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "mini-toggle";
  button.id = `${spec.id}-toggle`;
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-controls", panelId);
  const arrow = document.createElement("span");
  arrow.className = "mini-arrow";
  arrow.setAttribute("aria-hidden", "true");
  button.append(arrow, spec.title);

  const panel = document.createElement("div");
  panel.id = panelId;
  panel.className = "mini-calculator";
  panel.hidden = true;

  let built = false;
  button.addEventListener("click", () => {
    const open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    panel.hidden = !open;
    if (open && !built) {
      built = true;
      build(panel, spec);
    }
  });
  container.append(button, panel);
  return button;
}

/** Fills `panel` with the explanation, the form, the results and the link, and binds them. */
function build(panel, spec) {
  const explanation = paragraph("mini-explanation", spec.explanation);

  const form = document.createElement("form");
  form.className = "mini-form";
  form.noValidate = true;
  form.setAttribute("aria-label", spec.title);
  const fields = document.createElement("div");
  fields.className = "mini-fields";
  fields.append(...spec.fields.map((field) => numberField(spec.id, field)));
  const formError = paragraph("form-error", "");
  formError.dataset.formError = "";
  formError.setAttribute("aria-live", "polite");
  form.append(fields, formError);

  const results = document.createElement("div");
  results.className = "results mini-results";
  const grid = document.createElement("div");
  grid.className = "result-grid";
  for (const output of spec.outputs) {
    const label = document.createElement("label");
    label.htmlFor = `${spec.id}-${output.id}`;
    label.textContent = output.label;
    const value = document.createElement("output");
    value.id = `${spec.id}-${output.id}`;
    if (output.headline) value.className = "headline";
    grid.append(label, value);
  }
  const working = document.createElement("ol");
  working.className = "working";
  results.append(grid);
  if (spec.working) results.append(working);

  const link = document.createElement("a");
  link.href = spec.link.href;
  link.textContent = spec.link.text;
  const more = paragraph("mini-link", "");
  more.append(link);

  panel.append(explanation, form, results, paragraph("source", spec.source), more);

  const base = spec.base ?? {};
  liveCalculator(form, {
    compute: () => {
      const options = optionsAt(base, readNumberFields(form));
      return { options, result: spec.compute(options) };
    },
    render: ({ options, result }) => {
      for (const output of spec.outputs) {
        document.getElementById(`${spec.id}-${output.id}`).textContent = output.text(result, options);
      }
      if (spec.working) renderWorking(working, spec.working(result, options));
    },
    results,
  });
}

/**
 * A labelled number input `<prefix>-<id>` bound to the option path `field`, with its
 * error element, as on the calculator pages (`.field`: label with symbol and unit,
 * input, error).
 * @param {string} prefix
 * @param {FieldSpec} spec
 * @returns {HTMLDivElement}
 */
export function numberField(prefix, { id, field, label, symbol, unit, value }) {
  const inputId = `${prefix}-${id}`;
  const block = document.createElement("div");
  block.className = "field";
  const labelElement = document.createElement("label");
  labelElement.htmlFor = inputId;
  labelElement.append(label);
  if (symbol) {
    const variable = document.createElement("var");
    variable.textContent = symbol;
    labelElement.append(" ", variable);
  }
  if (unit) {
    const unitElement = document.createElement("span");
    unitElement.className = "unit";
    unitElement.textContent = unit;
    labelElement.append(" ", unitElement);
  }
  const input = document.createElement("input");
  input.id = inputId;
  input.type = "number";
  input.step = "any";
  input.inputMode = "decimal";
  input.dataset.field = field;
  input.value = String(value);
  input.setAttribute("aria-describedby", `${inputId}-error`);
  block.append(labelElement, input, fieldError(inputId));
  return block;
}

function paragraph(className, text) {
  const element = document.createElement("p");
  element.className = className;
  element.textContent = text;
  return element;
}

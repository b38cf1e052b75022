// A small calculator that opens in place: a toggle button, and below it a panel with a
// paragraph for students, a few inputs, live results from the library (with the formula
// or the working), the source of the example and a link to the full calculator. Each
// calculator is data (a `MiniSpec`, one module each in this folder); this file builds
// and binds them all, for both Compare pages. Layout only: every number shown is an
// input or a result of the library.
import { fieldInput } from "../cell-input.js";
import { liveCalculator, readNumberFields } from "../live-form.js";
import { calculators } from "../pages-list.js";
import { renderWorking } from "../working.js";

/**
 * @typedef {object} MiniField
 * @property {string} path the option path it feeds, `wip` or `perspectives[0].weight`
 * @property {string} label what it is, "Work in process"
 * @property {string} [symbol] the textbook symbol, "I"
 * @property {string} [unit] "units", "minutes a day"
 * @property {number | string} value the textbook default (a string for a list)
 * @property {"list"} [kind] a list of numbers typed with commas (a text input)
 * @property {string} [id] the input's id after the prefix; the path's letters by default
 *
 * @typedef {object} MiniResult
 * @property {string} label
 * @property {(result: any, options: any) => string} text the library's result, formatted
 *   (with the options sent, for names and inputs)
 * @property {boolean} [headline]
 *
 * @typedef {object} MiniSpec
 * @property {string} id unique on the page, and the `data-mini` of the element it opens
 *   from: the toggle is `toggle-<id>`, the panel `mini-<id>`
 * @property {string} about one paragraph for students
 * @property {string} [formula] the formula in words and symbols, no numbers
 * @property {MiniField[]} fields
 * @property {object} [options] fixed options the fields are set into (ids, directions)
 * @property {(options: any) => any} compute calls the library
 * @property {MiniResult[]} results
 * @property {(result: any, options: any) => import("../working.js").Step[]} [working]
 *   each formula with the numbers in place
 * @property {string} source where the example comes from, after "Example: "
 * @property {string} [link] the full calculator's page (in pages-list.js), when the site has one
 */

/**
 * Turns every `[data-mini]` element of the page (its text the button's label) into the
 * calculator of that id among `specs`.
 * @param {MiniSpec[]} specs
 */
export function miniCalculators(specs) {
  const byId = new Map(specs.map((spec) => [spec.id, spec]));
  for (const item of document.querySelectorAll("[data-mini]")) {
    const element = /** @type {HTMLElement} */ (item);
    const spec = byId.get(element.dataset.mini ?? "");
    if (spec) miniCalculator(element, spec);
    else console.error(`no calculator for data-mini="${element.dataset.mini}"`);
  }
}

/**
 * Turns `item` (an element whose text names the topic) into a toggle button and an
 * empty, hidden panel below it; the calculator `spec` is built into the panel and bound
 * to the library the first time it opens.
 * @param {HTMLElement} item
 * @param {MiniSpec} spec
 */
export function miniCalculator(item, spec) {
  const toggle = element("button", "mini-toggle", item.textContent.trim());
  toggle.type = "button";
  toggle.id = `toggle-${spec.id}`;
  toggle.setAttribute("aria-expanded", "false");
  toggle.setAttribute("aria-controls", `mini-${spec.id}`);

  const panel = element("div", "mini-calculator");
  panel.id = `mini-${spec.id}`;
  panel.hidden = true;

  let built = false;
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    panel.hidden = !open;
    if (open && !built) {
      built = true;
      build(panel, spec, toggle.id);
    }
  });
  item.replaceChildren(toggle, panel);
}

/** Fills `panel` with the calculator `spec` and binds it to the library. */
function build(panel, spec, labelledBy) {
  const form = element("form", "mini-form");
  form.noValidate = true;
  form.setAttribute("aria-labelledby", labelledBy);
  const fields = element("div", "mini-fields");
  fields.append(...spec.fields.map((field) => fieldBlock(spec.id, field)));
  const formError = element("p", "form-error");
  formError.dataset.formError = "";
  formError.setAttribute("aria-live", "polite");

  const results = element("div", "results mini-results");
  const grid = element("div", "result-grid");
  const outputs = spec.results.map((result, index) => {
    const id = `${spec.id}-result-${index}`;
    const label = element("label", "", result.label);
    label.htmlFor = id;
    const output = element("output", result.headline ? "headline" : "");
    output.id = id;
    grid.append(label, output);
    return output;
  });
  const working = element("ol", "working");
  results.append(grid);
  if (spec.formula) results.append(element("p", "mini-formula", spec.formula));
  if (spec.working) results.append(working);

  form.append(fields, formError, results);
  panel.append(element("p", "mini-about", spec.about), form, element("p", "source", `Example: ${spec.source}`));
  if (spec.link) panel.append(fullCalculatorLink(spec.link));

  liveCalculator(form, {
    compute: () => {
      const values = readValues(form);
      const options = optionsAt(spec.options ?? {}, Object.fromEntries(spec.fields.map(({ path }) => [path, values[path]])));
      return { options, result: spec.compute(options) };
    },
    render: ({ options, result }) => {
      spec.results.forEach((row, index) => {
        outputs[index].textContent = row.text(result, options);
      });
      if (spec.working) renderWorking(working, spec.working(result, options));
    },
    results,
  });
}

/** "Open the full calculator: EOQ", to `href`, named as in the site's navigation. */
function fullCalculatorLink(href) {
  const page = calculators.find((calculator) => calculator.href === href);
  if (!page) console.error(`${href} is not in pages-list.js`);
  const link = element("a", "", `Open the full calculator: ${page?.navTitle ?? href}`);
  link.href = href;
  const line = element("p", "mini-link");
  line.append(link);
  return line;
}

/**
 * A labelled input `<prefix>-<id>` bound to the option path `field.path`, with its error
 * element, as on the calculator pages (`.field`: label with symbol and unit, input, error).
 * @param {string} prefix
 * @param {MiniField} field
 * @returns {HTMLDivElement}
 */
export function fieldBlock(prefix, field) {
  const id = `${prefix}-${field.id ?? field.path.replace(/[^A-Za-z0-9]+/g, "-")}`;
  const name = [field.label, field.symbol, field.unit].filter(Boolean).join(", ");
  const [input, error] = fieldInput(id, field.path, name, String(field.value), field.kind === "list" ? "text" : "number");
  if (field.kind === "list") input.dataset.list = "";
  const label = element("label", "", field.label);
  label.htmlFor = id;
  if (field.symbol) label.append(" ", element("var", "", field.symbol));
  if (field.unit) label.append(" ", element("span", "unit", field.unit));
  const block = element("div", field.kind === "list" ? "field wide" : "field");
  block.append(label, input, error);
  return /** @type {HTMLDivElement} */ (block);
}

/** The form's number fields, and its list fields (`data-list`) as arrays of numbers. */
function readValues(form) {
  /** @type {Record<string, number | number[] | undefined>} */
  const values = readNumberFields(form);
  for (const input of form.querySelectorAll("input[data-list]")) {
    const text = input.value.trim();
    values[input.dataset.field] = text === "" ? undefined : text.split(/[\s,;]+/).filter(Boolean).map(Number);
  }
  return values;
}

/**
 * `base` (deep-copied) with each value set at its option path: `{ "steps[1].unitTime": 4 }`
 * sets `steps[1].unitTime`, making the objects and arrays on the way; an undefined value
 * (an empty input) removes the option, so that the library reports it as required.
 * Data only: values are placed, not computed.
 * @param {Record<string, unknown>} base
 * @param {Record<string, unknown>} values option paths to values
 */
export function optionsAt(base, values) {
  const options = structuredClone(base);
  for (const [path, value] of Object.entries(values)) {
    const keys = [...path.matchAll(/[^.[\]]+/g)].map(([key]) => (/^\d+$/.test(key) ? Number(key) : key));
    const last = keys.pop();
    let node = options;
    keys.forEach((key, index) => {
      node[key] ??= typeof (keys[index + 1] ?? last) === "number" ? [] : {};
      node = node[key];
    });
    if (value === undefined) delete node[last];
    else node[last] = value;
  }
  return options;
}

function element(tag, className = "", text = "") {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

// A small calculator that opens in place: a toggle button, and below it a panel with a
// paragraph for students, a few inputs, live results from the library and a link to the
// full calculator. Each calculator is data (a `MiniSpec`, one module each in this
// folder); this file builds and binds them all. Layout only: every number shown is an
// input or a result of the library.
import { fieldInput } from "../cell-input.js";
import { liveCalculator, readNumberFields } from "../live-form.js";

/**
 * @typedef {object} MiniField
 * @property {string} path the option path it feeds, `wip` or `perspectives[0].weight`
 * @property {string} label what it is, "Work in process"
 * @property {string} [symbol] the textbook symbol, "I"
 * @property {string} [unit] "units", "minutes a day"
 * @property {number | string} value the textbook default (a string for a list)
 * @property {"list"} [kind] a list of numbers typed with commas (a text input)
 *
 * @typedef {object} MiniResult
 * @property {string} label
 * @property {(result: any) => string} text the library's result, formatted
 * @property {boolean} [headline]
 *
 * @typedef {object} MiniSpec
 * @property {string} id unique on the page: the panel is `mini-<id>`
 * @property {string} about one paragraph for students
 * @property {string} formula the formula in words and symbols, no numbers
 * @property {MiniField[]} fields
 * @property {object} [options] fixed options the fields are set into (ids, directions)
 * @property {(options: any) => any} compute calls the library
 * @property {MiniResult[]} results
 * @property {string} source where the default inputs come from
 * @property {string} [link] the full calculator's page, when the site has one
 */

/**
 * Turns `item` (an `<li>` whose text names the topic) into a toggle button that opens
 * the calculator `spec` below it. The calculator is built now and bound to the library
 * the first time it opens.
 * @param {HTMLElement} item
 * @param {MiniSpec} spec
 */
export function miniCalculator(item, spec) {
  const toggle = document.createElement("button");
  toggle.type = "button";
  toggle.className = "topic-toggle";
  toggle.id = `toggle-${spec.id}`;
  toggle.textContent = item.textContent.trim();
  toggle.setAttribute("aria-expanded", "false");
  toggle.setAttribute("aria-controls", `mini-${spec.id}`);

  const { panel, bind } = buildPanel(spec, toggle.id);
  let bound = false;
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    panel.hidden = !open;
    if (open && !bound) {
      bind();
      bound = true;
    }
  });
  item.replaceChildren(toggle, panel);
}

/** The panel of `spec`, hidden, and a function that binds it to the library. */
function buildPanel(spec, labelledBy) {
  const panel = element("div", "mini");
  panel.id = `mini-${spec.id}`;
  panel.hidden = true;

  const form = element("form", "mini-form");
  form.noValidate = true;
  form.setAttribute("aria-labelledby", labelledBy);
  const fields = element("div", "mini-fields");
  fields.append(...spec.fields.map((field) => fieldBlock(spec, field)));
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
  results.append(grid, element("p", "mini-formula", spec.formula));

  form.append(fields, formError, results);
  panel.append(element("p", "mini-about", spec.about), form, element("p", "source", `Example: ${spec.source}`));
  if (spec.link) {
    const link = element("a", "", "Open the full calculator");
    link.href = spec.link;
    const linkLine = element("p", "mini-link");
    linkLine.append(link);
    panel.append(linkLine);
  }

  const bind = () =>
    liveCalculator(form, {
      compute: () => spec.compute(readOptions(form, spec)),
      render: (result) => {
        spec.results.forEach((row, index) => {
          outputs[index].textContent = row.text(result);
        });
      },
      results,
    });
  return { panel, bind };
}

/** A labelled input for `field`, with its error element. */
function fieldBlock(spec, field) {
  const id = `${spec.id}-${field.path.replace(/[^A-Za-z0-9]+/g, "-")}`;
  const name = [field.label, field.symbol, field.unit].filter(Boolean).join(", ");
  const [input, error] = fieldInput(id, field.path, name, String(field.value), field.kind === "list" ? "text" : "number");
  if (field.kind === "list") input.dataset.list = "";
  const label = element("label", "", field.label);
  label.htmlFor = id;
  if (field.symbol) label.append(" ", element("var", "", field.symbol));
  if (field.unit) label.append(element("span", "unit", field.unit));
  const block = element("div", field.kind === "list" ? "field wide" : "field");
  block.append(label, input, error);
  return block;
}

/**
 * The options for the library: `spec.options` (copied) with each field's value set at
 * its path, and the paths of empty fields removed, so that the library reports them.
 */
function readOptions(form, spec) {
  const values = readNumberFields(form);
  for (const input of form.querySelectorAll("input[data-list]")) {
    const text = input.value.trim();
    values[input.dataset.field] = text === "" ? undefined : text.split(/[\s,;]+/).filter(Boolean).map(Number);
  }
  const options = structuredClone(spec.options ?? {});
  for (const { path } of spec.fields) setPath(options, path, values[path]);
  return options;
}

/** Sets `object` at `path` (`a[0].b`) to `value`, or deletes it when `value` is undefined. */
function setPath(object, path, value) {
  const keys = path.match(/[^.[\]]+/g) ?? [];
  const last = keys.pop();
  let parent = object;
  for (const key of keys) parent = parent[key];
  if (value === undefined) delete parent[last];
  else parent[last] = value;
}

function element(tag, className = "", text = "") {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

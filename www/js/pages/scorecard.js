// The balanced-scorecard builder: perspectives of objectives of KPIs, edited in place
// (added, removed, renamed, weighted; every KPI direction with its own inputs; status
// bands; a cap or a clamp), to scorecard(); the total and its status, a bar per
// perspective, the contribution and sensitivity tables, the KPIs not measured yet, the
// working, and, once a period is saved, compareScorecards() against it.
// Every number shown comes from the library: this page only reads, lays out and draws.
import { drawShareBars } from "../capacity-bars.js";
import { fieldError, fieldInput } from "../cell-input.js";
import { element } from "../chart.js";
import { syncChoices } from "../choices.js";
import { registerEditor } from "../form-state.js";
import { formatNumber, formatPercent } from "../format.js";
import { objectsIn, textFrom } from "../link-data.js";
import { liveCalculator, numberValue } from "../live-form.js";
import { renderNav } from "../nav.js";
import { show, tableCell } from "../results.js";
import { compareScorecards, scorecard } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const n = formatNumber;
const percent = formatPercent;
const form = /** @type {HTMLFormElement} */ (document.getElementById("scorecard-form"));
const results = /** @type {HTMLElement} */ (document.getElementById("scorecard-results"));
const editor = /** @type {HTMLElement} */ (document.getElementById("perspectives"));
const sourceLine = /** @type {HTMLElement} */ (document.getElementById("example-source"));

const DIRECTIONS = [
  ["higherIsBetter", "higher is better"],
  ["lowerIsBetter", "lower is better"],
  ["targetRange", "within a range"],
  ["binary", "done or not"],
];

/**
 * The inputs that score a KPI, each shown only for the directions that use it (the
 * others are left out of the options, so switching back keeps what was typed).
 * @type {{ key: string, label: string, directions: string[], hint?: string }[]}
 */
const SCORING = [
  { key: "target", label: "Target", directions: ["higherIsBetter", "lowerIsBetter", "binary"] },
  { key: "baseline", label: "Baseline", directions: ["higherIsBetter", "lowerIsBetter"] },
  { key: "min", label: "Min", directions: ["targetRange"] },
  { key: "max", label: "Max", directions: ["targetRange"] },
  { key: "tolerance", label: "Tolerance", directions: ["targetRange"] },
];
const BINARY_HINT = "met when actual ≥ target: 1 = done, 0 = not";

/**
 * Every value as typed, so the editor can be rebuilt after a structural change.
 * @typedef {{ id: string, weight: string, direction: string, target: string, baseline: string,
 *   min: string, max: string, tolerance: string, actual: string, cap: string }} KpiRow
 * @typedef {{ id: string, weight: string, kpis: KpiRow[] }} ObjectiveState
 * @typedef {{ id: string, weight: string, objectives: ObjectiveState[] }} PerspectiveState
 */

const text = (value) => (value === undefined ? "" : String(value));

/** @returns {KpiRow} */
const kpi = (id, weight, direction, values = {}) => ({
  id,
  weight: String(weight),
  direction,
  target: text(values.target),
  baseline: text(values.baseline),
  min: text(values.min),
  max: text(values.max),
  tolerance: text(values.tolerance),
  actual: text(values.actual),
  cap: text(values.cap),
});

/** A made-up coffee roaster, hand-computed: every score from its baseline and target, band or yes/no. */
/** @type {PerspectiveState[]} */
const EXAMPLE = [
  { id: "Financial", weight: "30", objectives: [
    { id: "Grow profitably", weight: "1", kpis: [
      kpi("Revenue, $k", 1, "higherIsBetter", { target: 1200, baseline: 1000, actual: 1150 }),
      kpi("Gross margin, %", 1, "higherIsBetter", { target: 40, baseline: 30, actual: 38 }),
    ] },
  ] },
  { id: "Customer", weight: "25", objectives: [
    { id: "Delight customers", weight: "1", kpis: [
      kpi("Net promoter score", 1, "higherIsBetter", { target: 50, baseline: 20, actual: 47 }),
      kpi("Complaints per 1000 orders", 1, "lowerIsBetter", { target: 2, actual: 2.6 }),
    ] },
  ] },
  { id: "Internal process", weight: "25", objectives: [
    { id: "Deliver on time", weight: "40", kpis: [kpi("On-time delivery, %", 1, "higherIsBetter", { target: 98, baseline: 90, actual: 96 })] },
    { id: "Roast right first time", weight: "40", kpis: [
      kpi("Defective batches, %", 1, "lowerIsBetter", { target: 1, baseline: 4, actual: 1.6 }),
      kpi("ISO 9001 audit passed", 1, "binary", { target: 1, actual: 1 }),
    ] },
    { id: "Keep stock lean", weight: "20", kpis: [
      kpi("Inventory days, 20–30 is right", 1, "targetRange", { min: 20, max: 30, tolerance: 10, actual: 33 }),
    ] },
  ] },
  { id: "Learning and growth", weight: "20", objectives: [
    { id: "Build skills", weight: "1", kpis: [
      kpi("Training hours a person", 1, "higherIsBetter", { target: 40, actual: 20 }),
      kpi("Staff turnover, %", 1, "lowerIsBetter", { target: 10, baseline: 25 }),
    ] },
  ] },
];
const SOURCE =
  "a made-up coffee roaster (hand-computed: revenue (1150 − 1000) / (1200 − 1000) = 75%; inventory 33 days, 3 above the band of 20–30 with a tolerance of 10, 1 − 3 / 10 = 70%; the ISO audit passed, 100%); staff turnover has no actual yet.";

/**
 * A number or text input bound to the option `field`, with its error element. Its
 * accessible name is `label` with the name typed in `nameFrom` (see `relabel`).
 */
function input(id, field, label, value, { type = "number", key, nameFrom, fallback } = {}) {
  const [element, error] = fieldInput(id, field, label, value, type);
  if (key) element.dataset.key = key;
  named(element, label, nameFrom, fallback);
  return [element, error];
}

/**
 * Names `element` by `template` with `{name}` replaced by the text of the input
 * `nameFrom` (or `fallback` while it is empty): its aria-label, or with `asText` its
 * text. Names follow renames as the user types.
 */
function named(element, template, nameFrom, fallback, asText = false) {
  element.dataset.label = template;
  if (nameFrom) element.dataset.nameFrom = nameFrom;
  if (fallback) element.dataset.fallback = fallback;
  if (asText) element.dataset.labelAsText = "";
  return element;
}

/** Applies every `named` label with the names as typed now. */
function relabel() {
  for (const element of editor.querySelectorAll("[data-label]")) {
    const source = element.dataset.nameFrom && /** @type {HTMLInputElement} */ (document.getElementById(element.dataset.nameFrom));
    const label = element.dataset.label.replace("{name}", source?.value.trim() || element.dataset.fallback || "");
    if (element.dataset.labelAsText === undefined) element.setAttribute("aria-label", label);
    else element.textContent = label;
  }
}

function cell(...children) {
  const td = document.createElement("td");
  td.append(...children);
  return td;
}

/** A button that rebuilds the editor after `change(state)`, then focuses `focus()`. */
function editButton(label, className, change, focus) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = className;
  button.textContent = label;
  button.addEventListener("click", () => {
    const next = readState();
    change(next);
    renderEditor(next);
    form.dispatchEvent(new Event("input"));
    /** @type {HTMLElement | null} */ (focus?.(next) ?? null)?.focus();
  });
  return button;
}

/**
 * A name and weight line for a perspective or an objective, with its remove button;
 * the name input is named by its place (`nameLabel`), not by what is typed into it.
 */
function nodeLine(prefix, path, node, nameLabel, remove) {
  const line = document.createElement("div");
  line.className = "weight-line";
  const nameBox = document.createElement("span");
  nameBox.className = "name-box";
  nameBox.append(...input(`${prefix}-id`, `${path}.id`, nameLabel, node.id, { type: "text", key: "id" }));
  const weightBox = document.createElement("span");
  weightBox.append(...input(`${prefix}-weight`, `${path}.weight`, "Weight, {name}", node.weight, { key: "weight", nameFrom: `${prefix}-id`, fallback: nameLabel }));
  const caption = (text) => Object.assign(document.createElement("span"), { textContent: text });
  line.append(caption("Name"), nameBox, caption("weight"), weightBox, remove);
  return line;
}

/** Rebuilds the editor from `state`. */
function renderEditor(state) {
  editor.replaceChildren(
    ...state.map((perspective, p) => {
      const box = document.createElement("fieldset");
      box.className = "perspective-editor";
      const legend = named(document.createElement("legend"), "{name}", `p${p}-id`, `Perspective ${p + 1}`, true);
      const remove = editButton("Remove", "remove-node", (next) => next.splice(p, 1), () => document.getElementById("add-perspective"));
      named(remove, "Remove perspective {name}", `p${p}-id`, `Perspective ${p + 1}`);
      remove.disabled = state.length <= 1;
      const addObjective = editButton("", "add-objective", (next) => next[p].objectives.push({ id: freeName(next, "Objective"), weight: "1", kpis: [kpi("", 1, "higherIsBetter")] }), (next) =>
        document.getElementById(`p${p}-o${next[p].objectives.length - 1}-id`),
      );
      named(addObjective, "Add an objective to {name}", `p${p}-id`, `Perspective ${p + 1}`, true);
      box.append(
        legend,
        nodeLine(`p${p}`, `perspectives[${p}]`, perspective, `Name of perspective ${p + 1}`, remove),
        ...perspective.objectives.map((objective, o) => objectiveEditor(state, objective, p, o)),
        addObjective,
      );
      return box;
    }),
  );
  relabel();
  for (const select of editor.querySelectorAll("select")) showScoringInputs(select);
}

/** The first of "Objective 1", "Objective 2", … that no node of `state` has as its id. */
function freeName(state, stem) {
  const ids = new Set(state.flatMap((p) => [p.id, ...p.objectives.flatMap((o) => [o.id, ...o.kpis.map((k) => k.id)])]));
  let index = 1;
  while (ids.has(`${stem} ${index}`)) index += 1;
  return `${stem} ${index}`;
}

/** Shows the scoring inputs of the direction chosen in `select`'s row and hides the others. */
function showScoringInputs(select) {
  for (const part of select.closest("tr").querySelectorAll("[data-directions]")) {
    part.hidden = !part.dataset.directions.split(" ").includes(select.value);
  }
}

function objectiveEditor(state, objective, p, o) {
  const path = `perspectives[${p}].objectives[${o}]`;
  const prefix = `p${p}-o${o}`;
  const wrapper = document.createElement("div");
  wrapper.className = "objective-editor";
  const removeObjective = editButton("Remove", "remove-node", (next) => next[p].objectives.splice(o, 1), () => document.querySelector(`#perspectives > fieldset:nth-child(${p + 1}) .add-objective`));
  named(removeObjective, "Remove objective {name}", `${prefix}-id`, `objective ${o + 1}`);
  removeObjective.disabled = state[p].objectives.length <= 1;
  const head = nodeLine(prefix, path, objective, `Name of objective ${o + 1} in perspective ${p + 1}`, removeObjective);

  const table = document.createElement("table");
  table.className = "row-table kpi-table";
  const header = document.createElement("tr");
  for (const name of ["KPI", "Weight", "Direction", "Target, band or yes/no", "Actual", "Cap", ""]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = name;
    header.append(th);
  }
  const thead = document.createElement("thead");
  thead.append(header);
  const body = document.createElement("tbody");
  body.append(
    ...objective.kpis.map((row, k) => {
      const id = `${prefix}-k${k}`;
      const field = `${path}.kpis[${k}]`;
      const fallback = `KPI ${k + 1}`;
      const nameFrom = `${id}-id`;
      const numberInput = (key, label) => input(`${id}-${key}`, `${field}.${key}`, `${label}, {name}`, row[key], { key, nameFrom, fallback });
      const tr = document.createElement("tr");
      const direction = document.createElement("select");
      direction.id = `${id}-direction`;
      direction.dataset.field = `${field}.direction`;
      direction.dataset.key = "direction";
      named(direction, "Direction, {name}", nameFrom, fallback);
      for (const [value, label] of DIRECTIONS) direction.append(new Option(label, value, false, value === row.direction));
      // On "input", so the inputs switch before the form (listening above) recomputes.
      direction.addEventListener("input", () => showScoringInputs(direction));
      const scoring = document.createElement("div");
      scoring.className = "scoring-inputs";
      for (const { key, label, directions } of SCORING) {
        const part = document.createElement("label");
        part.className = "scoring-input";
        part.dataset.directions = directions.join(" ");
        part.append(Object.assign(document.createElement("span"), { textContent: label }), ...numberInput(key, label));
        scoring.append(part);
      }
      const hint = Object.assign(document.createElement("span"), { className: "scoring-hint", textContent: BINARY_HINT });
      hint.dataset.directions = "binary";
      scoring.append(hint);
      const remove = editButton("×", "remove-row", (next) => next[p].objectives[o].kpis.splice(k, 1), (next) => {
        const rows = next[p].objectives[o].kpis.length;
        return document.getElementById(`${prefix}-k${Math.min(k, rows - 1)}-id`);
      });
      named(remove, "Remove {name}", nameFrom, fallback);
      remove.disabled = objective.kpis.length <= 1;
      tr.append(
        cell(...input(nameFrom, `${field}.id`, "KPI name, {name}", row.id, { type: "text", key: "id", nameFrom, fallback })),
        cell(...numberInput("weight", "Weight")),
        cell(direction),
        cell(scoring),
        cell(...numberInput("actual", "Actual")),
        cell(...numberInput("cap", "Cap")),
        cell(remove),
      );
      return tr;
    }),
  );
  table.append(thead, body);
  table.id = `${prefix}-kpis`;
  table.dataset.field = `${path}.kpis`;
  const scroll = document.createElement("div");
  scroll.className = "table-scroll";
  scroll.append(table);
  const add = editButton("", "add-kpi", (next) => next[p].objectives[o].kpis.push(kpi("", 1, "higherIsBetter")), (next) =>
    document.getElementById(`${prefix}-k${next[p].objectives[o].kpis.length - 1}-id`),
  );
  named(add, "Add a KPI to {name}", `${prefix}-id`, `objective ${o + 1}`, true);
  wrapper.append(head, scroll, fieldError(table.id), add);
  return wrapper;
}

/** The values of `container`'s `[data-key]` inputs and selects, by key. */
function keyed(container) {
  return Object.fromEntries([...container.querySelectorAll("[data-key]")].map((control) => [control.dataset.key, /** @type {HTMLInputElement} */ (control).value]));
}

/** The editor's contents as typed, hidden scoring inputs included. @returns {PerspectiveState[]} */
function readState() {
  return [...editor.querySelectorAll(".perspective-editor")].map((box) => ({
    ...keyed(box.querySelector(":scope > .weight-line")),
    objectives: [...box.querySelectorAll(".objective-editor")].map((wrapper) => ({
      ...keyed(wrapper.querySelector(":scope > .weight-line")),
      kpis: [...wrapper.querySelectorAll("tbody tr")].map((row) => /** @type {KpiRow} */ (keyed(row))),
    })),
  }));
}

/**
 * The editor's state from a link (perhaps old or edited by hand): what fits is kept, an
 * unknown direction becomes "higher is better", an empty level gets one blank entry.
 * @returns {PerspectiveState[]}
 */
function stateFrom(data) {
  const directions = new Set(DIRECTIONS.map(([value]) => value));
  const kpiFrom = (row) => ({
    ...kpi(textFrom(row.id), textFrom(row.weight), directions.has(row.direction) ? row.direction : "higherIsBetter"),
    ...Object.fromEntries(["target", "baseline", "min", "max", "tolerance", "actual", "cap"].map((key) => [key, textFrom(row[key])])),
  });
  const objectiveFrom = (objective) => {
    const kpis = objectsIn(objective.kpis).map(kpiFrom);
    return { id: textFrom(objective.id), weight: textFrom(objective.weight), kpis: kpis.length > 0 ? kpis : [kpi("", 1, "higherIsBetter")] };
  };
  return objectsIn(data).map((perspective) => {
    const objectives = objectsIn(perspective.objectives).map(objectiveFrom);
    return { id: textFrom(perspective.id), weight: textFrom(perspective.weight), objectives: objectives.length > 0 ? objectives : [objectiveFrom({})] };
  });
}

const radio = (name) => /** @type {RadioNodeList} */ (form.elements.namedItem(name)).value;
const numberAt = (id) => numberValue(/** @type {HTMLInputElement} */ (document.getElementById(id)));
const defined = (entries) => Object.fromEntries(entries.filter(([, value]) => value !== undefined));

/**
 * The scorecard options from the editor: numbers as `numberValue` reads them (empty:
 * left out), only the scoring inputs of each KPI's direction, the shared cap or clamp
 * for the KPIs without a cap of their own, and the status cut points when given.
 */
function readOptions() {
  const limit = radio("limit");
  const capAll = limit === "cap" ? numberAt("cap-all") : undefined;
  const perspectives = [...editor.querySelectorAll(".perspective-editor")].map((box, p) => ({
    id: /** @type {HTMLInputElement} */ (document.getElementById(`p${p}-id`)).value,
    weight: numberAt(`p${p}-weight`),
    objectives: [...box.querySelectorAll(".objective-editor")].map((wrapper, o) => ({
      id: /** @type {HTMLInputElement} */ (document.getElementById(`p${p}-o${o}-id`)).value,
      weight: numberAt(`p${p}-o${o}-weight`),
      kpis: [...wrapper.querySelectorAll("tbody tr")].map((row) => {
        const value = (key) => numberValue(row.querySelector(`[data-key="${key}"]`));
        const ownCap = value("cap");
        const scoring = [...row.querySelectorAll(".scoring-input:not([hidden]) input")].map((control) => [control.dataset.key, numberValue(control)]);
        return defined([
          ["id", /** @type {HTMLInputElement} */ (row.querySelector('[data-key="id"]')).value],
          ["weight", value("weight")],
          ["direction", /** @type {HTMLSelectElement} */ (row.querySelector("select")).value],
          ...scoring,
          ["actual", value("actual")],
          ["cap", ownCap ?? capAll],
          ["clamp", limit === "clamp" && ownCap === undefined ? true : undefined],
        ]);
      }),
    })),
  }));
  const cuts = [numberAt("threshold-amber"), numberAt("threshold-green")];
  const thresholds = cuts.every((cut) => cut === undefined) ? undefined : cuts.map((cut) => cut ?? Number.NaN);
  return defined([["perspectives", perspectives], ["rollup", radio("rollup")], ["thresholds", thresholds]]);
}

/** A cap error on a KPI without a cap of its own is about the shared cap: show it there. */
function withSharedCap(error) {
  const match = /^(perspectives\[(\d+)\]\.objectives\[(\d+)\]\.kpis\[(\d+)\])\.cap$/.exec(error?.field ?? "");
  if (match && numberAt(`p${match[2]}-o${match[3]}-k${match[4]}-cap`) === undefined) error.field = "cap";
  return error;
}

/** @type {Record<string, unknown> | undefined} the options saved as last period */
let lastPeriod;

function compute() {
  const options = readOptions();
  try {
    const result = scorecard(options);
    const comparison = lastPeriod && compareScorecards({ a: lastPeriod, b: options });
    return { options, result, comparison };
  } catch (error) {
    throw withSharedCap(error);
  }
}

/** A status cell or badge: the name, coloured by its band (0 = worst). */
function statusClass(node) {
  return node.statusIndex === undefined ? "status-none" : `status-${node.statusIndex}`;
}

/** @type {Record<string, unknown> | undefined} the options of the last result shown */
let shownOptions;

function render({ options, result, comparison }) {
  shownOptions = options;
  show("result-total", percent(result.score));
  const badge = document.getElementById("result-status");
  badge.textContent = result.status;
  badge.className = `status-badge ${statusClass(result)}`;
  const missingKpis = result.missing.filter((node) => node.level === "kpi");
  show("result-missing", missingKpis.length === 0 ? "none" : missingKpis.map((node) => node.id).join(", "));

  drawShareBars(/** @type {SVGSVGElement} */ (document.getElementById("perspective-bars")), {
    title: "Score by perspective",
    description: result.perspectives.map((p) => `${p.id}: ${p.score === undefined ? "not scored" : percent(p.score)}`).join("; "),
    bars: result.perspectives.map((p) => ({
      label: p.id,
      share: p.score ?? 0,
      value: p.score === undefined ? "not scored: no KPI has an actual" : `${percent(p.score)} · ${p.status} · contributes ${percent(p.contribution)} of the total`,
      className: statusClass(p),
    })),
  });

  const row = (name, level, node, weightText) => {
    const tr = document.createElement("tr");
    tr.className = `level-${level}${node.excluded ? " excluded" : ""}`;
    tr.append(
      tableCell(name, { header: true }),
      tableCell(weightText),
      tableCell(node.score === undefined ? "—" : percent(node.score)),
      tableCell(node.status ?? "not scored", { className: `status-cell ${statusClass(node)}` }),
      tableCell(node.excluded ? "—" : n(node.effectiveWeight)),
      tableCell(node.excluded ? "—" : percent(node.contribution)),
    );
    return tr;
  };
  const weightText = (node) => (node.excluded ? `${n(node.weight)} (left out)` : `${n(node.weight)} → ${percent(node.normalisedWeight)}`);
  const rows = [];
  for (const perspective of result.perspectives) {
    rows.push(row(perspective.id, "perspective", perspective, weightText(perspective)));
    for (const objective of perspective.objectives) {
      rows.push(row(objective.id, "objective", objective, weightText(objective)));
      for (const kpiNode of objective.kpis) rows.push(row(kpiNode.id, "kpi", kpiNode, weightText(kpiNode)));
    }
  }
  const total = document.createElement("tr");
  total.className = "level-total";
  total.append(
    tableCell("Total", { header: true }),
    tableCell(""),
    tableCell(percent(result.score)),
    tableCell(result.status, { className: `status-cell ${statusClass(result)}` }),
    tableCell("1"),
    tableCell(percent(result.score)),
  );
  rows.push(total);
  /** @type {HTMLTableElement} */ (document.getElementById("scorecard-tree")).tBodies[0].replaceChildren(...rows);

  const where = new Map();
  for (const perspective of result.perspectives) {
    for (const objective of perspective.objectives) {
      for (const kpiNode of objective.kpis) where.set(kpiNode.id, `${perspective.id} › ${objective.id}`);
    }
  }
  /** @type {HTMLTableElement} */ (document.getElementById("sensitivity")).tBodies[0].replaceChildren(
    ...result.sensitivity.map((entry) => {
      const tr = document.createElement("tr");
      tr.append(tableCell(entry.id, { header: true }), tableCell(where.get(entry.id) ?? ""), tableCell(n(entry.effectiveWeight)));
      return tr;
    }),
  );

  const missingList = document.getElementById("missing-list");
  missingList.replaceChildren(
    ...(result.missing.length === 0
      ? [Object.assign(document.createElement("li"), { textContent: "Every KPI has an actual value." })]
      : result.missing.map((node) => {
          const item = document.createElement("li");
          const reason = node.level === "kpi" ? "no actual yet: left out, its siblings' weights renormalised" : `no ${node.level === "objective" ? "KPI" : "objective"} in it is scored: left out`;
          item.textContent = `${node.id} (${node.level}): ${reason}`;
          return item;
        })),
  );

  showTheWorking(result);
  showComparison(comparison);
}

/** Each perspective's roll-up and the total's, with the library's weights and scores. */
function showTheWorking(result) {
  const formulas = {
    weightedAverage: ["Σ wᵢ sᵢ", (nodes) => nodes.map((node) => `${n(node.normalisedWeight)} × ${percent(node.score)}`).join(" + ")],
    average: ["Σ sᵢ / n", (nodes) => `(${nodes.map((node) => percent(node.score)).join(" + ")}) / ${nodes.length}`],
    min: ["min sᵢ", (nodes) => `min(${nodes.map((node) => percent(node.score)).join(", ")})`],
    max: ["max sᵢ", (nodes) => `max(${nodes.map((node) => percent(node.score)).join(", ")})`],
  };
  const [formula, numbers] = formulas[result.rollup];
  const scored = (nodes) => nodes.filter((node) => !node.excluded);
  const lines = [];
  for (const perspective of scored(result.perspectives)) {
    for (const objective of scored(perspective.objectives)) {
      lines.push({ name: objective.id, formula, numbers: numbers(scored(objective.kpis)), value: percent(objective.score) });
    }
    lines.push({ name: perspective.id, formula, numbers: numbers(scored(perspective.objectives)), value: percent(perspective.score) });
  }
  lines.push({ name: "Total", formula, numbers: numbers(scored(result.perspectives)), value: percent(result.score) });
  renderWorking(document.getElementById("scorecard-working"), lines);
}

/** A change of score in percentage points, signed: "+5%", "−12.5%", "0%". */
const signedPercent = (delta) => (delta > 0 ? `+${percent(delta)}` : delta < 0 ? `−${percent(-delta)}` : percent(0));

const BAR_WIDTH = 120;
const BAR_HEIGHT = 16;

/** A small bar from a centre line, right for a gain and left for a loss, `delta / largest` of the half width long. */
function deltaBar(delta, largest) {
  const svg = element("svg", { class: "delta-bar", viewBox: `0 0 ${BAR_WIDTH} ${BAR_HEIGHT}`, width: BAR_WIDTH, height: BAR_HEIGHT, "aria-hidden": "true", focusable: "false" });
  const half = BAR_WIDTH / 2;
  if (delta !== undefined && largest > 0) {
    const length = (Math.abs(delta) / largest) * (half - 2);
    svg.append(element("rect", { class: delta < 0 ? "loss" : "gain", x: delta < 0 ? half - length : half, y: 3, width: length, height: BAR_HEIGHT - 6 }));
  }
  svg.append(element("line", { class: "delta-axis", x1: half, x2: half, y1: 0, y2: BAR_HEIGHT }));
  return svg;
}

const LEVEL_NAMES = { total: "total", perspective: "perspective", objective: "objective", kpi: "KPI" };

/** The comparison with the saved period: totals, a row per node (biggest movers first), nodes added and removed. */
function showComparison(comparison) {
  const box = document.getElementById("compare-results");
  document.getElementById("forget-period").hidden = !comparison;
  box.hidden = !comparison;
  if (!comparison) return;
  show("compare-total-a", percent(comparison.totalA));
  show("compare-total-b", percent(comparison.totalB));
  show("compare-total-delta", signedPercent(comparison.totalDelta));
  const largest = Math.max(0, ...comparison.nodes.map((node) => Math.abs(node.delta ?? 0)));
  const statusText = (node) => {
    if (node.presence === "onlyA") return `${node.statusA ?? "not scored"} → removed`;
    if (node.presence === "onlyB") return `added → ${node.statusB ?? "not scored"}`;
    const before = node.statusA ?? "not scored";
    const after = node.statusB ?? "not scored";
    return before === after ? after : `${before} → ${after}`;
  };
  /** @type {HTMLTableElement} */ (document.getElementById("compare-table")).tBodies[0].replaceChildren(
    ...comparison.nodes.map((node) => {
      const tr = document.createElement("tr");
      const changed = node.presence === "both" && (node.statusA ?? "") !== (node.statusB ?? "");
      tr.className = `level-${node.level} presence-${node.presence}${changed ? " status-changed" : ""}`;
      const bar = cell(deltaBar(node.delta, largest));
      bar.className = "delta-bar-cell";
      tr.append(
        tableCell(node.level === "total" ? "Total" : (node.name ?? node.id), { header: true }),
        tableCell(LEVEL_NAMES[node.level]),
        tableCell(node.scoreA === undefined ? "—" : percent(node.scoreA)),
        tableCell(node.scoreB === undefined ? "—" : percent(node.scoreB)),
        tableCell(node.delta === undefined ? "—" : signedPercent(node.delta), { className: "delta" }),
        bar,
        tableCell(statusText(node), { className: "status-change" }),
      );
      return tr;
    }),
  );
  const list = (presence) => comparison.nodes.filter((node) => node.presence === presence).map((node) => `${node.name ?? node.id} (${LEVEL_NAMES[node.level]})`);
  const added = list("onlyB");
  const removed = list("onlyA");
  const moved = comparison.nodes.filter((node) => node.presence === "both" && (node.statusA ?? "") !== (node.statusB ?? ""));
  document.getElementById("compare-summary").replaceChildren(
    ...[
      `Added since last period: ${added.length === 0 ? "none" : added.join(", ")}.`,
      `Removed since last period: ${removed.length === 0 ? "none" : removed.join(", ")}.`,
      `Status changes: ${moved.length === 0 ? "none" : moved.map((node) => `${node.level === "total" ? "Total" : (node.name ?? node.id)} ${node.statusA ?? "not scored"} → ${node.statusB ?? "not scored"}`).join("; ")}.`,
    ].map((line) => Object.assign(document.createElement("li"), { textContent: line })),
  );
}

function reset() {
  renderEditor(structuredClone(EXAMPLE));
  /** @type {RadioNodeList} */ (form.elements.namedItem("rollup")).value = "weightedAverage";
  /** @type {RadioNodeList} */ (form.elements.namedItem("limit")).value = "none";
  for (const [id, value] of [["cap-all", "1.2"], ["threshold-amber", "0.7"], ["threshold-green", "0.9"]]) {
    /** @type {HTMLInputElement} */ (document.getElementById(id)).value = value;
  }
  syncChoices(form);
  sourceLine.textContent = SOURCE;
}

reset();
// The perspectives, objectives and KPIs as typed join the form's state: its link and its scenarios.
registerEditor(editor, "perspectives", {
  get: readState,
  set: (data) => {
    const state = stateFrom(data);
    if (state.length > 0) renderEditor(state);
  },
});
/** Scenario comparison: the total and each perspective's score. */
const compare = {
  figures: ({ result }) => [
    { label: "Total score", value: result.score, format: percent, percent: true },
    ...result.perspectives.flatMap((p) => (p.score === undefined ? [] : [{ label: p.id, value: p.score, format: percent, percent: true }])),
  ],
};
form.addEventListener("input", (event) => {
  syncChoices(form);
  if (/** @type {HTMLElement} */ (event.target).dataset?.key === "id") relabel();
});
const update = liveCalculator(form, { compute, render, results, compare });
document.getElementById("reset-example").addEventListener("click", () => {
  reset();
  update();
});
document.getElementById("add-perspective").addEventListener("click", () => {
  const next = readState();
  next.push({ id: freeName(next, "Perspective"), weight: "10", objectives: [{ id: freeName(next, "Objective"), weight: "1", kpis: [kpi("", 1, "higherIsBetter")] }] });
  renderEditor(next);
  update();
  document.getElementById(`p${next.length - 1}-id`)?.focus();
});
const periodStatus = document.getElementById("period-status");
document.getElementById("save-period").addEventListener("click", () => {
  lastPeriod = structuredClone(shownOptions);
  update();
  periodStatus.textContent = "Saved as last period: change actuals, targets or the structure to see what moved.";
});
document.getElementById("forget-period").addEventListener("click", () => {
  lastPeriod = undefined;
  update();
  periodStatus.textContent = "Last period forgotten.";
  document.getElementById("save-period").focus();
});

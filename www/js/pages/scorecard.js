// The balanced-scorecard builder: four perspectives of objectives and KPIs, edited in
// place, to scorecard(); the total and its status, a bar per perspective, the
// contribution and sensitivity tables, the KPIs not measured yet, and the working.
// Every number shown comes from the library: this page only reads, lays out and draws.
import { drawShareBars } from "../capacity-bars.js";
import { fieldInput } from "../cell-input.js";
import { formatNumber, formatPercent } from "../format.js";
import { liveCalculator, numberValue } from "../live-form.js";
import { renderNav } from "../nav.js";
import { show, tableCell } from "../results.js";
import { scorecard } from "../wasm.js";
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
];

/**
 * @typedef {{ id: string, weight: string, direction: string, target: string, baseline: string, actual: string }} KpiRow
 * @typedef {{ id: string, weight: string, kpis: KpiRow[] }} ObjectiveState
 * @typedef {{ id: string, weight: string, objectives: ObjectiveState[] }} PerspectiveState
 */

/** @returns {KpiRow} */
const kpi = (id, weight, direction, target, baseline, actual) => ({
  id,
  weight: String(weight),
  direction,
  target: String(target),
  baseline: baseline === undefined ? "" : String(baseline),
  actual: actual === undefined ? "" : String(actual),
});

/** A made-up coffee roaster, hand-computed: every score from its baseline and target. */
/** @type {PerspectiveState[]} */
const EXAMPLE = [
  { id: "Financial", weight: "30", objectives: [
    { id: "Grow profitably", weight: "1", kpis: [
      kpi("Revenue, $k", 1, "higherIsBetter", 1200, 1000, 1150),
      kpi("Gross margin, %", 1, "higherIsBetter", 40, 30, 38),
    ] },
  ] },
  { id: "Customer", weight: "25", objectives: [
    { id: "Delight customers", weight: "1", kpis: [
      kpi("Net promoter score", 1, "higherIsBetter", 50, 20, 47),
      kpi("Complaints per 1000 orders", 1, "lowerIsBetter", 2, undefined, 2.6),
    ] },
  ] },
  { id: "Internal process", weight: "25", objectives: [
    { id: "Deliver on time", weight: "60", kpis: [kpi("On-time delivery, %", 1, "higherIsBetter", 98, 90, 96)] },
    { id: "Roast right first time", weight: "40", kpis: [kpi("Defective batches, %", 1, "lowerIsBetter", 1, 4, 1.6)] },
  ] },
  { id: "Learning and growth", weight: "20", objectives: [
    { id: "Build skills", weight: "1", kpis: [
      kpi("Training hours a person", 1, "higherIsBetter", 40, undefined, 20),
      kpi("Staff turnover, %", 1, "lowerIsBetter", 10, 25, undefined),
    ] },
  ] },
];
const SOURCE =
  "a made-up coffee roaster (hand-computed: revenue (1150 − 1000) / (1200 − 1000) = 75%, and so on); staff turnover has no actual yet.";

function cell(...children) {
  const td = document.createElement("td");
  td.append(...children);
  return td;
}

/** Rebuilds the editor from `state`. */
function renderEditor(state) {
  editor.replaceChildren(
    ...state.map((perspective, p) => {
      const box = document.createElement("fieldset");
      box.className = "perspective-editor";
      box.dataset.id = perspective.id;
      const legend = document.createElement("legend");
      legend.textContent = perspective.id;
      const weightLine = document.createElement("div");
      weightLine.className = "weight-line";
      const weightLabel = document.createElement("span");
      weightLabel.textContent = "Weight";
      weightLine.append(weightLabel, ...fieldInput(`p${p}-weight`, `perspectives[${p}].weight`, `Weight, ${perspective.id}`, perspective.weight));
      box.append(legend, weightLine, ...perspective.objectives.map((objective, o) => objectiveEditor(state, objective, p, o)));
      return box;
    }),
  );
}

function objectiveEditor(state, objective, p, o) {
  const path = `perspectives[${p}].objectives[${o}]`;
  const wrapper = document.createElement("div");
  wrapper.className = "objective-editor";
  wrapper.dataset.id = objective.id;
  const head = document.createElement("div");
  head.className = "weight-line";
  const title = document.createElement("strong");
  title.textContent = objective.id;
  const weightLabel = document.createElement("span");
  weightLabel.textContent = "weight";
  head.append(title, weightLabel, ...fieldInput(`p${p}-o${o}-weight`, `${path}.weight`, `Weight, ${objective.id}`, objective.weight));

  const table = document.createElement("table");
  table.className = "row-table kpi-table";
  const header = document.createElement("tr");
  for (const name of ["KPI", "Weight", "Direction", "Target", "Baseline", "Actual", ""]) {
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
      const id = `p${p}-o${o}-k${k}`;
      const field = `${path}.kpis[${k}]`;
      const name = row.id || `KPI ${k + 1}`;
      const tr = document.createElement("tr");
      const direction = document.createElement("select");
      direction.id = `${id}-direction`;
      direction.dataset.field = `${field}.direction`;
      direction.setAttribute("aria-label", `Direction, ${name}`);
      for (const [value, text] of DIRECTIONS) direction.append(new Option(text, value, false, value === row.direction));
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "remove-row";
      remove.textContent = "×";
      remove.setAttribute("aria-label", `Remove ${name}`);
      remove.addEventListener("click", () => {
        const next = readState();
        next[p].objectives[o].kpis.splice(k, 1);
        renderEditor(next);
        form.dispatchEvent(new Event("input"));
      });
      tr.append(
        cell(...fieldInput(`${id}-id`, `${field}.id`, `KPI name, ${name}`, row.id, "text")),
        cell(...fieldInput(`${id}-weight`, `${field}.weight`, `Weight, ${name}`, row.weight)),
        cell(direction),
        cell(...fieldInput(`${id}-target`, `${field}.target`, `Target, ${name}`, row.target)),
        cell(...fieldInput(`${id}-baseline`, `${field}.baseline`, `Baseline, ${name}`, row.baseline)),
        cell(...fieldInput(`${id}-actual`, `${field}.actual`, `Actual, ${name}`, row.actual)),
        cell(remove),
      );
      return tr;
    }),
  );
  table.append(thead, body);
  const scroll = document.createElement("div");
  scroll.className = "table-scroll";
  scroll.append(table);
  const add = document.createElement("button");
  add.type = "button";
  add.textContent = `Add a KPI to ${objective.id}`;
  add.addEventListener("click", () => {
    const next = readState();
    next[p].objectives[o].kpis.push(kpi("", 1, "higherIsBetter", "", undefined, undefined));
    renderEditor(next);
    form.dispatchEvent(new Event("input"));
  });
  const listError = document.createElement("p");
  listError.className = "field-error";
  listError.id = `p${p}-o${o}-kpis-error`;
  table.id = `p${p}-o${o}-kpis`;
  table.dataset.field = `${path}.kpis`;
  wrapper.append(head, scroll, listError, add);
  return wrapper;
}

/** The editor's contents as typed. @returns {PerspectiveState[]} */
function readState() {
  const value = (id) => /** @type {HTMLInputElement} */ (document.getElementById(id)).value;
  return [...editor.querySelectorAll(".perspective-editor")].map((box, p) => ({
    id: box.dataset.id,
    weight: value(`p${p}-weight`),
    objectives: [...box.querySelectorAll(".objective-editor")].map((wrapper, o) => ({
      id: wrapper.dataset.id,
      weight: value(`p${p}-o${o}-weight`),
      kpis: [...wrapper.querySelectorAll("tbody tr")].map((_, k) => {
        const id = `p${p}-o${o}-k${k}`;
        return { id: value(`${id}-id`), weight: value(`${id}-weight`), direction: value(`${id}-direction`), target: value(`${id}-target`), baseline: value(`${id}-baseline`), actual: value(`${id}-actual`) };
      }),
    })),
  }));
}

/** The scorecard options from the editor: numbers as `numberValue` reads them (empty: left out). */
function readOptions() {
  const number = (id) => numberValue(/** @type {HTMLInputElement} */ (document.getElementById(id)));
  const defined = (entries) => Object.fromEntries(entries.filter(([, value]) => value !== undefined));
  const rollup = /** @type {RadioNodeList} */ (form.elements.namedItem("rollup")).value;
  const perspectives = readState().map((perspective, p) => ({
    id: perspective.id,
    weight: number(`p${p}-weight`),
    objectives: perspective.objectives.map((objective, o) => ({
      id: objective.id,
      weight: number(`p${p}-o${o}-weight`),
      kpis: objective.kpis.map((row, k) => {
        const id = `p${p}-o${o}-k${k}`;
        return defined([
          ["id", row.id],
          ["weight", number(`${id}-weight`)],
          ["direction", row.direction],
          ["target", number(`${id}-target`)],
          ["baseline", number(`${id}-baseline`)],
          ["actual", number(`${id}-actual`)],
        ]);
      }),
    })),
  }));
  return { perspectives, rollup };
}

function compute() {
  const options = readOptions();
  return { options, result: scorecard(options) };
}

/** A status cell or badge: the name, coloured by its band (0 = worst). */
function statusClass(node) {
  return node.statusIndex === undefined ? "status-none" : `status-${node.statusIndex}`;
}

function render({ result }) {
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

function reset() {
  renderEditor(structuredClone(EXAMPLE));
  /** @type {RadioNodeList} */ (form.elements.namedItem("rollup")).value = "weightedAverage";
  sourceLine.textContent = SOURCE;
}

reset();
const update = liveCalculator(form, { compute, render, results });
document.getElementById("reset-example").addEventListener("click", () => {
  reset();
  update();
});

// OKR grading: two objectives, each a table of key results, to okrScore(); the overall
// grade and colour, the sandbagging flag, each objective's and key result's grade, and
// the working. Every number shown comes from the library: this page only reads, lays
// out and formats.
import { formatNumber } from "../format.js";
import { liveCalculator } from "../live-form.js";
import { renderNav } from "../nav.js";
import { show, tableCell } from "../results.js";
import { rowTable } from "../table-input.js";
import { okrScore } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const n = formatNumber;
const form = /** @type {HTMLFormElement} */ (document.getElementById("okr-form"));
const results = /** @type {HTMLElement} */ (document.getElementById("okr-results"));

/** Made up; the first key result is Google re:Work's three of six features (0.5). */
const EXAMPLE = [
  { id: "Launch the new widget", keyResults: [
    { id: "New features launched", start: 0, target: 6, current: 3 },
    { id: "Sign-ups", start: 0, target: 1000, current: 700 },
  ] },
  { id: "Keep our customers", keyResults: [
    { id: "Monthly churn, %", start: 5, target: 3, current: 4 },
    { id: "Net promoter score", start: 30, target: 50, current: 44 },
  ] },
];

const tables = EXAMPLE.map((objective, o) =>
  rowTable(/** @type {HTMLTableElement} */ (document.getElementById(`objective-${o}-krs`)), {
    columns: [
      { key: "id", label: "Key result", type: "text" },
      { key: "start", label: "Start" },
      { key: "target", label: "Target" },
      { key: "current", label: "Now" },
    ],
    rowName: (index) => `objective ${o + 1} key result ${index + 1}`,
    addButton: /** @type {HTMLButtonElement} */ (document.getElementById(`add-kr-${o}`)),
    rows: structuredClone(objective.keyResults),
  }),
);
const objectiveName = (o) => /** @type {HTMLInputElement} */ (document.getElementById(`objective-${o}-id`));

function compute() {
  const options = {
    objectives: tables.map((table, o) => ({ id: objectiveName(o).value, keyResults: table.read() })),
  };
  return { options, result: okrScore(options) };
}

const colour = (node) => `status-cell status-${node.gradeIndex}`;

function render({ result }) {
  show("result-score", n(result.score));
  const badge = document.getElementById("result-grade");
  badge.textContent = result.grade;
  badge.className = `status-badge status-${result.gradeIndex}`;
  show("result-sandbagging", result.sandbagging ? "yes: the targets may not be ambitious enough" : "no");
  const rows = [];
  for (const objective of result.objectives) {
    const row = document.createElement("tr");
    row.className = "level-objective";
    row.append(
      tableCell(`${objective.id}${objective.sandbagging ? " (every key result at 1.0)" : ""}`, { header: true }),
      tableCell(""),
      tableCell(n(objective.score)),
      tableCell(objective.grade, { className: colour(objective) }),
      tableCell(n(objective.weight)),
    );
    rows.push(row);
    for (const keyResult of objective.keyResults) {
      const kr = document.createElement("tr");
      kr.className = "level-kpi";
      kr.append(
        tableCell(keyResult.id, { header: true }),
        tableCell(n(keyResult.progress)),
        tableCell(n(keyResult.score)),
        tableCell(keyResult.grade, { className: colour(keyResult) }),
        tableCell(n(keyResult.weight)),
      );
      rows.push(kr);
    }
  }
  /** @type {HTMLTableElement} */ (document.getElementById("okr-grades")).tBodies[0].replaceChildren(...rows);

  const steps = [];
  for (const objective of result.objectives) {
    steps.push({
      name: objective.id,
      formula: "Σ wᵢ gᵢ",
      numbers: objective.keyResults.map((keyResult) => `${n(keyResult.weight)} × ${n(keyResult.score)}`).join(" + "),
      value: n(objective.score),
    });
  }
  steps.push({
    name: "Overall",
    formula: "Σ wⱼ Oⱼ",
    numbers: result.objectives.map((objective) => `${n(objective.weight)} × ${n(objective.score)}`).join(" + "),
    value: `${n(result.score)} (${result.grade})`,
  });
  renderWorking(document.getElementById("okr-working"), steps);
}

function reset() {
  EXAMPLE.forEach((objective, o) => {
    objectiveName(o).value = objective.id;
    tables[o]?.setRows(structuredClone(objective.keyResults));
  });
}

/** Scenario comparison: the overall grade and each objective's. */
const compare = {
  figures: ({ result }) => [
    { label: "Overall grade", value: result.score, format: n },
    ...result.objectives.map((objective) => ({ label: objective.id, value: objective.score, format: n })),
  ],
};

reset();
const update = liveCalculator(form, { compute, render, results, compare });
document.getElementById("reset-example").addEventListener("click", () => {
  reset();
  update();
});

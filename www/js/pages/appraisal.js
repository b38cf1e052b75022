// The performance appraisal: a goals table and a competencies table, the what/how
// weights, to appraisal(); the overall rating and its band, the breakdown, each goal's
// contribution, and the working. Every number shown comes from the library: this page
// only reads, lays out and formats.
import { formatNumber, formatPercent } from "../format.js";
import { liveCalculator, readNumberFields } from "../live-form.js";
import { renderNav } from "../nav.js";
import { show, tableCell } from "../results.js";
import { rowTable } from "../table-input.js";
import { appraisal } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const n = formatNumber;
const percent = formatPercent;
const form = /** @type {HTMLFormElement} */ (document.getElementById("appraisal-form"));
const results = /** @type {HTMLElement} */ (document.getElementById("appraisal-results"));

/** A made-up sales engineer, hand-computed in tests/people_appraisal.rs. */
const EXAMPLE_GOALS = [
  { id: "Sales, $k", weight: 60, lowerIsBetter: false, target: 500, actual: 525 },
  { id: "Projects delivered", weight: 40, lowerIsBetter: false, target: 20, actual: 19 },
];
const EXAMPLE_COMPETENCIES = [
  { id: "Teamwork", weight: 2, rating: 3 },
  { id: "Customer focus", weight: 1, rating: 4.5 },
  { id: "Ownership (360 average)", weight: 1, rating: 3.6 },
];
const EXAMPLE_WEIGHTS = { goals: "70", competencies: "30" };

const goals = rowTable(/** @type {HTMLTableElement} */ (document.getElementById("goals")), {
  columns: [
    { key: "id", label: "Goal", type: "text" },
    { key: "weight", label: "Weight" },
    { key: "lowerIsBetter", label: "Lower is better", type: "checkbox" },
    { key: "target", label: "Target" },
    { key: "baseline", label: "Baseline" },
    { key: "actual", label: "Actual" },
  ],
  rowName: (index) => `goal ${index + 1}`,
  addButton: /** @type {HTMLButtonElement} */ (document.getElementById("add-goal")),
  rows: structuredClone(EXAMPLE_GOALS),
});

const competencies = rowTable(/** @type {HTMLTableElement} */ (document.getElementById("competencies")), {
  columns: [
    { key: "id", label: "Competency", type: "text" },
    { key: "weight", label: "Weight" },
    { key: "rating", label: "Rating" },
  ],
  rowName: (index) => `competency ${index + 1}`,
  addButton: /** @type {HTMLButtonElement} */ (document.getElementById("add-competency")),
  rows: structuredClone(EXAMPLE_COMPETENCIES),
});

/** The appraisal options from the form: the tick box picks the goal's direction. */
function readOptions() {
  const { "weights.goals": goalsWeight, "weights.competencies": competenciesWeight } = readNumberFields(form);
  return {
    goals: {
      goals: goals.read().map(({ lowerIsBetter, ...goal }) => ({
        ...goal,
        direction: lowerIsBetter ? "lowerIsBetter" : "higherIsBetter",
      })),
    },
    competencies: competencies.read(),
    weights: { goals: goalsWeight, competencies: competenciesWeight },
  };
}

function compute() {
  const options = readOptions();
  return { options, result: appraisal(options) };
}

function render({ result }) {
  const goalScore = result.goalScore;
  show("result-rating", n(result.rating));
  const band = document.getElementById("result-band");
  band.textContent = `${n(result.finalRating)} · ${result.label ?? ""}`;
  band.className = `appraisal-band band-${result.bandIndex}`;
  show("result-achievement", goalScore ? percent(goalScore.achievement) : "");
  show("result-goal-rating", `${n(result.goals.rating)}${goalScore?.label ? ` · ${goalScore.label}` : ""}`);
  show("result-competency-rating", n(result.competencies.rating));

  const part = (name, value) => {
    const row = document.createElement("tr");
    row.append(
      tableCell(name, { header: true }),
      tableCell(n(value.rating)),
      tableCell(`${n(value.weight)} → ${percent(value.normalisedWeight)}`),
      tableCell(n(value.contribution)),
    );
    return row;
  };
  const total = document.createElement("tr");
  total.className = "level-total";
  total.append(tableCell("Overall", { header: true }), tableCell(n(result.rating)), tableCell("100%"), tableCell(n(result.rating)));
  /** @type {HTMLTableElement} */ (document.getElementById("appraisal-breakdown")).tBodies[0].replaceChildren(
    part("Goals (what)", result.goals),
    part("Competencies (how)", result.competencies),
    total,
  );

  /** @type {HTMLTableElement} */ (document.getElementById("appraisal-goals")).tBodies[0].replaceChildren(
    ...(goalScore?.goals ?? []).map((goal) => {
      const row = document.createElement("tr");
      row.append(
        tableCell(goal.id, { header: true }),
        tableCell(percent(goal.kpi.score)),
        tableCell(goal.kpi.status, { className: `status-cell status-${goal.kpi.statusIndex}` }),
        tableCell(`${n(goal.weight)} → ${percent(goal.normalisedWeight)}`),
        tableCell(percent(goal.contribution)),
      );
      return row;
    }),
  );

  showTheWorking(result);
}

/** Each step with the library's numbers in place. */
function showTheWorking(result) {
  const goalScore = result.goalScore;
  const steps = [];
  if (goalScore) {
    for (const goal of goalScore.goals) {
      const baseline = goal.kpi.baseline ?? 0;
      steps.push({
        name: goal.id,
        formula: "s = (actual − baseline) / (target − baseline)",
        numbers: null,
        value: `${percent(goal.kpi.score)} (baseline ${n(baseline)}, ${n(goal.kpi.percentOfTarget ?? 0)}% of target)`,
      });
    }
    steps.push({
      name: "Achievement",
      formula: "A = Σ wᵢ sᵢ",
      numbers: goalScore.goals.map((goal) => `${n(goal.normalisedWeight)} × ${percent(goal.kpi.score)}`).join(" + "),
      value: percent(goalScore.achievement),
    });
    steps.push({ name: "Goal rating", formula: "the band A falls in", numbers: null, value: `${n(goalScore.rating)}${goalScore.label ? ` (${goalScore.label})` : ""}` });
  }
  steps.push({
    name: "Competency rating",
    formula: "C = Σ vⱼ cⱼ",
    numbers: result.competencyRatings.map((competency) => `${n(competency.weight)} × ${n(competency.rating)}`).join(" + "),
    value: n(result.competencies.rating),
  });
  steps.push({
    name: "Overall",
    formula: "R = w_what × G + w_how × C",
    numbers: `${n(result.goals.normalisedWeight)} × ${n(result.goals.rating)} + ${n(result.competencies.normalisedWeight)} × ${n(result.competencies.rating)}`,
    value: n(result.rating),
  });
  steps.push({ name: "Band", formula: "the band rating nearest R", numbers: null, value: `${n(result.finalRating)}${result.label ? ` (${result.label})` : ""}` });
  renderWorking(document.getElementById("appraisal-working"), steps);
}

function reset() {
  goals.setRows(structuredClone(EXAMPLE_GOALS));
  competencies.setRows(structuredClone(EXAMPLE_COMPETENCIES));
  /** @type {HTMLInputElement} */ (document.getElementById("weight-goals")).value = EXAMPLE_WEIGHTS.goals;
  /** @type {HTMLInputElement} */ (document.getElementById("weight-competencies")).value = EXAMPLE_WEIGHTS.competencies;
}

/** Scenario comparison: the overall rating, its band and its two parts. */
const compare = {
  figures: ({ result }) => [
    { label: "Overall rating", value: result.rating, format: n },
    { label: "Band", value: result.finalRating, format: n },
    ...(result.goalScore ? [{ label: "Goal achievement", value: result.goalScore.achievement, format: percent, percent: true }] : []),
    { label: "Goal rating (what)", value: result.goals.rating, format: n },
    { label: "Competency rating (how)", value: result.competencies.rating, format: n },
  ],
};

const update = liveCalculator(form, { compute, render, results, compare });
document.getElementById("reset-example").addEventListener("click", () => {
  reset();
  update();
});

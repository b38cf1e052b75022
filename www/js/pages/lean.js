// The lean page: process cycle efficiency from a table of activities (with the job's
// timeline), and the number of kanbans. Every number comes from processCycleEfficiency()
// and kanbanCount(); this file reads the forms, formats and draws.
import { syncChoices } from "../choices.js";
import { applyExample, exampleButtons } from "../examples.js";
import { formatNumber, formatPercent } from "../format.js";
import { liveCalculator, readNumberFields } from "../live-form.js";
import { renderNav } from "../nav.js";
import { calculators } from "../pages-list.js";
import { drawRangeBars } from "../range-bars.js";
import { rowTable } from "../table-input.js";
import { formatTime, syncTimeUnit } from "../time-unit.js";
import { kanbanCount, processCycleEfficiency } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const n = formatNumber;
const minutes = (value) => `${n(value)} min`;

// Little's law lives on another page, when the site has it.
const littlesLaw = calculators.find((page) => /Little/.test(page.title));
if (littlesLaw) {
  /** @type {HTMLAnchorElement} */ (document.getElementById("littles-law-link")).href = littlesLaw.href;
  document.getElementById("littles-law-note").hidden = false;
}

// Process cycle efficiency.

/** Hand-computed, after George, Lean Six Sigma: 15 value-added minutes in 5 days. */
const ORDER_ACTIVITIES = [
  { name: "Wait in the order queue", time: 1440, valueAdded: false },
  { name: "Enter the order", time: 5, valueAdded: true },
  { name: "Wait for a credit check", time: 2880, valueAdded: false },
  { name: "Machine the part", time: 8, valueAdded: true },
  { name: "Wait to be shipped", time: 2865, valueAdded: false },
  { name: "Pack", time: 2, valueAdded: true },
];

const pceForm = /** @type {HTMLFormElement} */ (document.getElementById("pce-form"));
const pceResults = /** @type {HTMLElement} */ (document.getElementById("pce-results"));
const activities = rowTable(/** @type {HTMLTableElement} */ (document.getElementById("activities")), {
  columns: [
    { key: "name", label: "Activity", type: "text" },
    { key: "time", label: "Time" },
    { key: "valueAdded", label: "Adds value", type: "checkbox" },
  ],
  rowName: (index) => `activity ${index + 1}`,
  addButton: /** @type {HTMLButtonElement} */ (document.getElementById("add-activity")),
  rows: ORDER_ACTIVITIES,
});

function renderPce(result) {
  show("result-pce", formatPercent(result.efficiency));
  show("result-value-added", minutes(result.valueAddedTime));
  show("result-waiting", minutes(result.nonValueAddedTime));
  show("result-lead-time", minutes(result.leadTime));
  const valueAdded = result.activities.filter((span) => span.valueAdded);
  renderWorking(document.getElementById("pce-working"), [
    { name: "Value-added time", formula: "Σ value-added activities", numbers: valueAdded.map((span) => n(span.time)).join(" + ") || null, value: minutes(result.valueAddedTime) },
    { name: "Lead time", formula: "value-added time + other time", numbers: `${n(result.valueAddedTime)} + ${n(result.nonValueAddedTime)}`, value: minutes(result.leadTime) },
    { name: "Process cycle efficiency", formula: "value-added time / lead time", numbers: `${n(result.valueAddedTime)} / ${n(result.leadTime)}`, value: formatPercent(result.efficiency) },
  ]);
  const segment = (span) => ({
    from: span.start,
    to: span.end,
    className: span.valueAdded ? "value-added" : "waiting",
    label: `${span.name}: ${minutes(span.time)} (${formatPercent(span.share)} of the lead time)`,
  });
  drawRangeBars(/** @type {SVGSVGElement} */ (document.getElementById("pce-timeline")), {
    title: "The job's timeline: value-added activities and waiting, end to end",
    description: `Of a ${minutes(result.leadTime)} lead time, ${minutes(result.valueAddedTime)} add value: a process cycle efficiency of ${formatPercent(result.efficiency)}.`,
    rows: [
      { label: "Whole lead time", segments: result.activities.map(segment), value: minutes(result.leadTime) },
      ...result.activities.map((span) => ({ label: span.name, segments: [segment(span)], value: minutes(span.time) })),
    ],
    xLabel: "Time since the job arrived (minutes)",
    format: n,
  });
}

/** Scenario comparison: the efficiency and the times it divides. */
const comparePce = {
  figures: (result) => [
    { label: "Process cycle efficiency", value: result.efficiency, format: formatPercent, percent: true },
    { label: "Value-added time", value: result.valueAddedTime, format: minutes },
    { label: "Other time", value: result.nonValueAddedTime, format: minutes },
    { label: "Lead time", value: result.leadTime, format: minutes },
  ],
};

const updatePce = liveCalculator(pceForm, {
  compute: () => processCycleEfficiency({ activities: activities.read() }),
  render: renderPce,
  results: pceResults,
  compare: comparePce,
});
document.getElementById("reset-pce").addEventListener("click", () => {
  activities.setRows(ORDER_ACTIVITIES);
  updatePce();
});

// The number of kanbans.

const kanbanForm = /** @type {HTMLFormElement} */ (document.getElementById("kanban-form"));
const kanbanResults = /** @type {HTMLElement} */ (document.getElementById("kanban-results"));
const kanbanSource = /** @type {HTMLElement} */ (document.getElementById("kanban-source"));
const units = (value) => `${n(value)} units`;

/** @type {import("../examples.js").Example[]} */
const kanbanExamples = [
  {
    label: "Hobbs Bakery",
    source: "Heizer & Render, Operations Management, JIT and lean operations chapter (Hobbs Bakery): 500 cakes a day, a 2-day lead time, half a day of safety stock, containers of 250. Published: (1,000 + 250) / 250 = 5 kanbans.",
    values: { "demand-rate": "500", "lead-time": "2", "safety-stock": "250", "container-size": "250" },
    choices: { "safety-mode": "stock", "time-unit": "days" },
  },
  {
    label: "Stevenson's form: 100 an hour",
    source: "Hand-computed, after Stevenson, Operations Management, JIT and lean operations chapter (N = D T (1 + X) / C): 100 parts an hour, a 1.5-hour container cycle, X = 0.10, containers of 84: 1.96, so 2 containers.",
    values: { "demand-rate": "100", "lead-time": "1.5", "safety-factor": "0.1", "container-size": "84" },
    choices: { "safety-mode": "factor", "time-unit": "hours" },
  },
];

function renderKanban({ options, result }) {
  show("result-kanbans", n(result.kanbans));
  show("result-exact", n(result.exactKanbans));
  show("result-lead-time-demand", units(result.demandDuringLeadTime));
  show("result-safety-stock", units(result.safetyStock));
  show("result-inventory", units(result.authorizedInventory));
  show("result-covered", formatTime(kanbanForm, result.timeCovered, n));
  const d = n(options.demandRate);
  const L = n(options.leadTime);
  const C = n(options.containerSize);
  const steps = [{ name: "Demand during the lead time", formula: "d × L", numbers: `${d} × ${L}`, value: units(result.demandDuringLeadTime) }];
  if (result.safetyFactor === undefined) {
    steps.push({ name: "Kanbans", formula: "N = (d × L + SS) / C", numbers: `(${n(result.demandDuringLeadTime)} + ${n(result.safetyStock)}) / ${C}`, value: n(result.exactKanbans) });
  } else {
    steps.push(
      { name: "Safety stock", formula: "X × d × L", numbers: `${n(result.safetyFactor)} × ${n(result.demandDuringLeadTime)}`, value: units(result.safetyStock) },
      { name: "Kanbans", formula: "N = d × L × (1 + X) / C", numbers: `${n(result.demandDuringLeadTime)} × (1 + ${n(result.safetyFactor)}) / ${C}`, value: n(result.exactKanbans) },
    );
  }
  steps.push(
    { name: "Rounded up", formula: "⌈N⌉", numbers: null, value: `${n(result.kanbans)} kanbans` },
    { name: "Most stock in the loop", formula: "kanbans × C", numbers: `${n(result.kanbans)} × ${C}`, value: units(result.authorizedInventory) },
    { name: "Demand it covers", formula: "kanbans × C / d", numbers: `${n(result.authorizedInventory)} / ${d}`, value: formatTime(kanbanForm, result.timeCovered, n) },
  );
  renderWorking(document.getElementById("kanban-working"), steps);
}

// Choices and unit names first, so that the calculator reads the inputs now shown.
kanbanForm.addEventListener("input", () => {
  syncChoices(kanbanForm);
  syncTimeUnit(kanbanForm);
});
const loadKanban = (example) => {
  applyExample(kanbanForm, example, kanbanSource);
  syncTimeUnit(kanbanForm);
};
loadKanban(kanbanExamples[0]);
/** Scenario comparison: the kanbans and the stock they hold. */
const compareKanban = {
  figures: ({ result }) => [
    { label: "Kanbans N", value: result.kanbans, format: n },
    { label: "Before rounding up", value: result.exactKanbans, format: n },
    { label: "Demand during the lead time", value: result.demandDuringLeadTime, format: units },
    { label: "Safety stock", value: result.safetyStock, format: units },
    { label: "Most stock in the loop", value: result.authorizedInventory, format: units },
  ],
};
const updateKanban = liveCalculator(kanbanForm, {
  compute: () => {
    const options = readNumberFields(kanbanForm);
    return { options, result: kanbanCount(options) };
  },
  render: renderKanban,
  results: kanbanResults,
  compare: compareKanban,
});
exampleButtons(document.getElementById("kanban-examples"), kanbanForm, kanbanExamples.slice(1), kanbanSource, () => {
  syncTimeUnit(kanbanForm);
  updateKanban();
});
document.getElementById("reset-kanban").addEventListener("click", () => {
  loadKanban(kanbanExamples[0]);
  updateKanban();
});

function show(id, text) {
  document.getElementById(id).textContent = text;
}

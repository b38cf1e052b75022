// The OEE calculator: inputs to oee(), the factors and TEEP, the working with the
// user's numbers, and the loss waterfall from planned time to fully productive time.
import { syncChoices } from "../choices.js";
import { applyExample, exampleButtons } from "../examples.js";
import { formatNumber } from "../format.js";
import { liveCalculator, readNumberFields } from "../live-form.js";
import { renderNav } from "../nav.js";
import { drawRangeBars } from "../range-bars.js";
import { formatTime, syncTimeUnit, timeUnit } from "../time-unit.js";
import { oee } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const form = /** @type {HTMLFormElement} */ (document.getElementById("oee-form"));
const results = /** @type {HTMLElement} */ (document.getElementById("oee-results"));
const sourceLine = /** @type {HTMLElement} */ (document.getElementById("example-source"));
const n = formatNumber;
const percentFormat = new Intl.NumberFormat("en-US", { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** A fraction as OEE figures are printed, with two decimals: "97.80%". */
const percent = (value) => percentFormat.format(value);

const time = (value) => formatTime(form, value, n);

const vorne = "Vorne Industries, oee.com, “OEE Calculation”";
/** @type {import("../examples.js").Example[]} */
const examples = [
  {
    label: "Vorne: in minutes",
    source: `${vorne}: a 480-minute shift less 60 minutes of breaks, 47 minutes down, an ideal rate of 60 pieces a minute, 19,271 pieces of which 18,848 good. Published: A = 88.81%, P = 86.11%, Q = 97.80%, OEE = 74.79%.`,
    values: { "planned-time": "420", downtime: "47", "ideal-run-rate": "60", "total-count": "19271", "good-count": "18848" },
    choices: { "time-unit": "minutes", "speed-mode": "rate" },
  },
  {
    label: "Vorne: in seconds",
    source: `${vorne}, every time in seconds: 25,200 planned, 2,820 down, an ideal cycle time of 1.0 second. The same factors.`,
    values: { "planned-time": "25200", downtime: "2820", "ideal-cycle-time": "1", "total-count": "19271", "good-count": "18848" },
    choices: { "time-unit": "seconds", "speed-mode": "cycle" },
  },
  {
    label: "Vorne with TEEP over a day",
    source: `After ${vorne} and “TEEP”: the same shift in a 24-hour day of 1,440 minutes (hand-computed: utilization 29.17%, TEEP 21.81%).`,
    values: { "planned-time": "420", downtime: "47", "ideal-run-rate": "60", "total-count": "19271", "good-count": "18848", "calendar-time": "1440" },
    choices: { "time-unit": "minutes", "speed-mode": "rate" },
  },
];

function compute() {
  const options = readNumberFields(form);
  return { options, result: oee(options) };
}

function render({ options, result }) {
  show("result-oee", percent(result.oee));
  show("result-availability", percent(result.availability));
  show("result-performance", percent(result.performance));
  show("result-quality", percent(result.quality));
  show("result-utilization", result.utilization === undefined ? "" : percent(result.utilization));
  show("result-teep", result.teep === undefined ? "" : percent(result.teep));
  for (const element of results.querySelectorAll('[data-needs="teep"]')) element.hidden = result.teep === undefined;
  show("result-run-time", time(result.runTime));
  show("result-productive-time", time(result.fullyProductiveTime));
  show("result-rejects", `${n(result.rejectCount)} pieces`);
  showTheWorking(options, result);
  renderWaterfall(result);
}

function show(id, text) {
  document.getElementById(id).textContent = text;
}

/** The formulas with the user's numbers in place: inputs as typed, results from the library. */
function showTheWorking(options, result) {
  const byRate = options.idealRunRate !== undefined;
  const steps = [
    { name: "Run time", formula: "planned time − downtime", numbers: `${n(result.plannedProductionTime)} − ${n(result.availabilityLoss)}`, value: time(result.runTime) },
    { name: "Availability", formula: "A = run time / planned time", numbers: `${n(result.runTime)} / ${n(result.plannedProductionTime)}`, value: percent(result.availability) },
    byRate
      ? { name: "Net run time", formula: "total count / ideal run rate", numbers: `${n(options.totalCount)} / ${n(result.idealRunRate)}`, value: time(result.netRunTime) }
      : { name: "Net run time", formula: "ideal cycle time × total count", numbers: `${n(result.idealCycleTime)} × ${n(options.totalCount)}`, value: time(result.netRunTime) },
    { name: "Performance", formula: "P = net run time / run time", numbers: `${n(result.netRunTime)} / ${n(result.runTime)}`, value: percent(result.performance) },
    { name: "Quality", formula: "Q = good count / total count", numbers: `${n(options.goodCount)} / ${n(options.totalCount)}`, value: percent(result.quality) },
    { name: "OEE", formula: "A × P × Q", numbers: `${percent(result.availability)} × ${percent(result.performance)} × ${percent(result.quality)}`, value: percent(result.oee) },
    byRate
      ? { name: "Fully productive time", formula: "good count / ideal run rate", numbers: `${n(options.goodCount)} / ${n(result.idealRunRate)}`, value: time(result.fullyProductiveTime) }
      : { name: "Fully productive time", formula: "ideal cycle time × good count", numbers: `${n(result.idealCycleTime)} × ${n(options.goodCount)}`, value: time(result.fullyProductiveTime) },
    { name: "OEE, checked", formula: "fully productive time / planned time", numbers: `${n(result.fullyProductiveTime)} / ${n(result.plannedProductionTime)}`, value: percent(result.oee) },
  ];
  if (result.teep !== undefined && result.utilization !== undefined && result.calendarTime !== undefined) {
    steps.push(
      { name: "Utilization", formula: "U = planned time / calendar time", numbers: `${n(result.plannedProductionTime)} / ${n(result.calendarTime)}`, value: percent(result.utilization) },
      { name: "TEEP", formula: "OEE × U", numbers: `${percent(result.oee)} × ${percent(result.utilization)}`, value: percent(result.teep) },
    );
  }
  renderWorking(document.getElementById("oee-working"), steps);
}

/** Stages (what is left) and losses (what each takes), from the library's times. */
function renderWaterfall(result) {
  const stage = (label, value) => ({ label, segments: [{ from: 0, to: value, className: "stage", label: `${label}: ${time(value)}` }], value: time(value) });
  const loss = (label, from, to, amount) => ({ label, segments: [{ from, to, className: "loss", label: `${label}: ${time(amount)}` }], value: `−${time(amount)}` });
  const rows = [];
  if (result.calendarTime !== undefined && result.scheduleLoss !== undefined) {
    rows.push(stage("Calendar time", result.calendarTime), loss("Schedule loss", result.plannedProductionTime, result.calendarTime, result.scheduleLoss));
  }
  rows.push(
    stage("Planned production time", result.plannedProductionTime),
    loss("Availability loss", result.runTime, result.plannedProductionTime, result.availabilityLoss),
    stage("Run time", result.runTime),
    loss("Performance loss", result.netRunTime, result.runTime, result.performanceLoss),
    stage("Net run time", result.netRunTime),
    loss("Quality loss", result.fullyProductiveTime, result.netRunTime, result.qualityLoss),
    { ...stage("Fully productive time", result.fullyProductiveTime), segments: [{ from: 0, to: result.fullyProductiveTime, className: "productive", label: `Fully productive time: ${time(result.fullyProductiveTime)}` }] },
  );
  drawRangeBars(/** @type {SVGSVGElement} */ (document.getElementById("oee-waterfall")), {
    title: "The loss waterfall: from planned production time to fully productive time",
    description: `Of ${time(result.plannedProductionTime)} planned, ${time(result.availabilityLoss)} were lost to stops, ${time(result.performanceLoss)} to slow running and ${time(result.qualityLoss)} to rejects, leaving ${time(result.fullyProductiveTime)} fully productive: OEE ${percent(result.oee)}.`,
    rows,
    xLabel: `Time (${timeUnit(form).many})`,
    format: n,
  });
}

// Choices and unit names first, so that the calculator reads the inputs now shown.
form.addEventListener("input", () => {
  syncChoices(form);
  syncTimeUnit(form);
});
const load = (example) => {
  applyExample(form, example, sourceLine);
  syncTimeUnit(form);
};
load(examples[0]);
/**
 * Scenario comparison: the factors, TEEP and the losses in pieces and time (times named
 * with their unit, so that scenarios in different units are not set side by side).
 */
const compare = {
  figures: ({ result }) => {
    const { many } = timeUnit(form);
    return [
      { label: "OEE", value: result.oee, format: percent, percent: true },
      { label: "Availability A", value: result.availability, format: percent, percent: true },
      { label: "Performance P", value: result.performance, format: percent, percent: true },
      { label: "Quality Q", value: result.quality, format: percent, percent: true },
      ...(result.teep === undefined || result.utilization === undefined
        ? []
        : [
            { label: "Utilization U", value: result.utilization, format: percent, percent: true },
            { label: "TEEP", value: result.teep, format: percent, percent: true },
          ]),
      { label: `Fully productive time (${many})`, value: result.fullyProductiveTime, format: time },
      { label: "Rejects", value: result.rejectCount, format: (value) => `${n(value)} pieces` },
    ];
  },
};

const update = liveCalculator(form, { compute, render, results, compare });
exampleButtons(document.getElementById("example-buttons"), form, examples.slice(1), sourceLine, () => {
  syncTimeUnit(form);
  update();
});
document.getElementById("reset-example").addEventListener("click", () => {
  load(examples[0]);
  update();
});

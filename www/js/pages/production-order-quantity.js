// The EPQ calculator page: inputs to productionOrderQuantity() and its cost curve,
// results, the working with the user's numbers, the inventory sawtooth and the cost chart.
import { drawChart } from "../chart.js";
import { repeatCycles } from "../cycles.js";
import { formatNumber } from "../format.js";
import { syncHoldingMode } from "../holding-mode.js";
import { liveCalculator, readNumberFields } from "../live-form.js";
import { renderNav } from "../nav.js";
import { productionOrderQuantity, productionOrderQuantityCostCurve } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const form = /** @type {HTMLFormElement} */ (document.getElementById("epq-form"));
const results = /** @type {HTMLElement} */ (document.getElementById("epq-results"));
const n = formatNumber;
const money = (value) => `$${n(value)}`;

function compute() {
  const options = readNumberFields(form);
  return {
    options,
    result: productionOrderQuantity(options),
    curve: productionOrderQuantityCostCurve({ model: options }),
  };
}

/** A time the library gives in periods and, with working days, in days. */
function duration(periods, days) {
  return days === undefined ? `${n(periods)} years` : `${n(days)} days`;
}

function render({ options, result, curve }) {
  show("result-quantity", `${n(result.quantity)} units`);
  show("result-total-cost", money(result.totalCost));
  show("result-setup-cost", money(result.setupCostPerPeriod));
  show("result-holding-cost", money(result.holdingCostPerPeriod));
  show("result-max-inventory", `${n(result.maxInventory)} units`);
  show("result-average", `${n(result.averageInventory)} units`);
  show("result-runs", n(result.runsPerPeriod));
  show("result-run-time", duration(result.productionRunTime, result.productionRunTimeDays));
  show("result-cycle", duration(result.cycleTime, result.cycleTimeDays));
  showTheWorking(options, result);
  renderProfileChart(options, result);
  renderCostChart(result, curve);
}

function show(id, text) {
  document.getElementById(id).textContent = text;
}

/** The formulas with the user's numbers in place: inputs as typed, results from the library. */
function showTheWorking(options, result) {
  const D = n(options.demand);
  const p = n(options.productionRate);
  const S = n(options.setupCost);
  const H = n(result.holdingCost);
  const Q = n(result.quantity);
  const factor = n(result.buildUpFraction);
  const steps = [];
  if (options.holdingRate !== undefined) {
    steps.push(["H = i × C", `${n(options.holdingRate)} × ${money(options.unitCost)}`, `${money(result.holdingCost)} per unit per year`]);
  }
  const days = result.dailyDemand !== undefined && result.dailyProductionRate !== undefined;
  if (days) {
    const workingDays = n(options.workingDays);
    steps.push(
      ["d = D / working days", `${D} / ${workingDays}`, `${n(result.dailyDemand)} units per day`],
      ["p per day = p / working days", `${p} / ${workingDays}`, `${n(result.dailyProductionRate)} units per day`],
    );
  }
  steps.push(
    ["1 − D/p", `1 − ${D} / ${p}`, factor],
    ["Q* = √(2DS / (H (1 − D/p)))", `√(2 × ${D} × ${S} / (${H} × ${factor}))`, `${Q} units`],
    ["Imax = Q* (1 − D/p)", `${Q} × ${factor}`, `${n(result.maxInventory)} units`],
  );
  if (days) {
    steps.push(
      ["tp = Q* / p", `${Q} / ${n(result.dailyProductionRate)} per day`, `${n(result.productionRunTimeDays)} days`],
      ["T = Q* / d", `${Q} / ${n(result.dailyDemand)} per day`, `${n(result.cycleTimeDays)} days`],
    );
  } else {
    steps.push(
      ["tp = Q* / p", `${Q} / ${p}`, `${n(result.productionRunTime)} years`],
      ["T = Q* / D", `${Q} / ${D}`, `${n(result.cycleTime)} years`],
    );
  }
  steps.push([
    "TC = (D / Q*) S + (Imax / 2) H",
    `(${D} / ${Q}) × ${S} + (${n(result.maxInventory)} / 2) × ${H} = ${n(result.setupCostPerPeriod)} + ${n(result.holdingCostPerPeriod)}`,
    `${money(result.totalCost)} per year`,
  ]);
  renderWorking(document.getElementById("epq-working"), steps);
}

function renderProfileChart(options, result) {
  const { x, y } = repeatCycles(result.inventoryProfile, 3);
  const days = result.cycleTimeDays !== undefined;
  // With working days the time axis is in days: a period is workingDays long.
  const perPeriod = days ? options.workingDays : 1;
  drawChart(/** @type {SVGSVGElement} */ (document.getElementById("epq-profile")), {
    title: "Inventory on hand over three production cycles",
    description: `Each run of ${n(result.quantity)} units lasts ${duration(result.productionRunTime, result.productionRunTimeDays)} and builds stock up to ${n(result.maxInventory)} units; a new run starts every ${duration(result.cycleTime, result.cycleTimeDays)}.`,
    series: [{ label: "Inventory", x: x.map((time) => time * perPeriod), y, className: "total" }],
    xLabel: days ? "Time (working days)" : "Time (years)",
    yLabel: "Units on hand",
    levels: [{ y: result.maxInventory, label: `Imax = ${n(result.maxInventory)}`, className: "peak" }],
    format: n,
    legend: false,
  });
}

function renderCostChart(result, curve) {
  drawChart(/** @type {SVGSVGElement} */ (document.getElementById("epq-chart")), {
    title: "Setup, holding and total cost against run size",
    description: `Total cost is lowest, ${money(result.totalCost)} a year, at a run size of ${n(result.quantity)} units, where setup and holding cost are equal.`,
    series: [
      { label: "Total cost", x: curve.quantity, y: curve.totalCost, className: "total" },
      { label: "Setup cost", x: curve.quantity, y: curve.setupCostPerPeriod, className: "ordering" },
      { label: "Holding cost", x: curve.quantity, y: curve.holdingCostPerPeriod, className: "holding" },
    ],
    xLabel: "Run size Q (units)",
    yLabel: "Cost per year ($)",
    markers: [{ x: curve.optimalQuantity, y: curve.minimumTotalCost, label: `Q* = ${n(curve.optimalQuantity)}` }],
    format: n,
  });
}

form.addEventListener("input", () => syncHoldingMode(form));
/** Scenario comparison: the key results, and the total-cost curve. */
const compare = {
  figures: ({ result }) => [
    { label: "Run size Q*", value: result.quantity, format: (value) => `${n(value)} units` },
    { label: "Total cost per year", value: result.totalCost, format: money },
    { label: "Setup cost per year", value: result.setupCostPerPeriod, format: money },
    { label: "Holding cost per year", value: result.holdingCostPerPeriod, format: money },
    { label: "Maximum inventory Imax", value: result.maxInventory, format: (value) => `${n(value)} units` },
    { label: "Runs per year", value: result.runsPerPeriod, format: n },
  ],
  curves: ({ curve }) => ({
    title: "Total cost against run size",
    xLabel: "Run size Q (units)",
    yLabel: "Total cost per year ($)",
    format: n,
    series: [{ label: "Total cost", x: curve.quantity, y: curve.totalCost }],
  }),
};

const update = liveCalculator(form, { compute, render, results, compare });
document.getElementById("reset-example").addEventListener("click", () => {
  form.reset();
  syncHoldingMode(form);
  update();
});

// The EOQ calculator page: inputs to eoq() and eoqCostCurve(), results, the working
// with the user's numbers, and the cost chart.
import { drawChart } from "../chart.js";
import { repeatCycles } from "../cycles.js";
import { formatNumber } from "../format.js";
import { syncHoldingMode } from "../holding-mode.js";
import { liveCalculator, readNumberFields } from "../live-form.js";
import { renderNav } from "../nav.js";
import { eoq, eoqCostCurve } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const form = /** @type {HTMLFormElement} */ (document.getElementById("eoq-form"));
const results = /** @type {HTMLElement} */ (document.getElementById("eoq-results"));
const money = (value) => `$${formatNumber(value)}`;

function compute() {
  const options = readNumberFields(form);
  return { options, result: eoq(options), curve: eoqCostCurve({ model: options }) };
}

function render({ options, result, curve }) {
  show("result-quantity", `${formatNumber(result.quantity)} units`);
  show("result-total-cost", money(result.totalCost));
  show("result-ordering-cost", money(result.orderingCostPerPeriod));
  show("result-holding-cost", money(result.holdingCostPerPeriod));
  show("result-orders", formatNumber(result.ordersPerPeriod));
  show(
    "result-cycle",
    result.cycleTimeDays === undefined
      ? `${formatNumber(result.cycleTime)} years`
      : `${formatNumber(result.cycleTimeDays)} days`,
  );
  show("result-average", `${formatNumber(result.averageInventory)} units`);
  show("result-reorder-point", result.reorderPoint === undefined ? "" : `${formatNumber(result.reorderPoint)} units`);
  for (const element of results.querySelectorAll('[data-needs="reorderPoint"]')) {
    element.hidden = result.reorderPoint === undefined;
  }
  showTheWorking(options, result);
  renderCostChart(result, curve);
  renderProfileChart(options, result);
}

function show(id, text) {
  document.getElementById(id).textContent = text;
}

/** The formulas with the user's numbers in place: inputs as typed, results from the library. */
function showTheWorking(options, result) {
  const n = formatNumber;
  const D = n(options.demand);
  const S = n(options.orderingCost);
  const H = n(result.holdingCost);
  const Q = n(result.quantity);
  const steps = [];
  if (options.holdingRate !== undefined) {
    steps.push(["H = i × C", `${n(options.holdingRate)} × ${money(options.unitCost)}`, `${money(result.holdingCost)} per unit per year`]);
  }
  steps.push(
    ["Q* = √(2DS / H)", `√(2 × ${D} × ${S} / ${H})`, `${Q} units`],
    ["N = D / Q*", `${D} / ${Q}`, `${n(result.ordersPerPeriod)} orders per year`],
  );
  if (result.cycleTimeDays !== undefined) {
    steps.push(["T = working days / N", `${n(options.workingDays)} / ${n(result.ordersPerPeriod)}`, `${n(result.cycleTimeDays)} days`]);
  } else {
    steps.push(["T = Q* / D", `${Q} / ${D}`, `${n(result.cycleTime)} years`]);
  }
  steps.push([
    "TC = (D / Q*) S + (Q* / 2) H",
    `(${D} / ${Q}) × ${S} + (${Q} / 2) × ${H} = ${n(result.orderingCostPerPeriod)} + ${n(result.holdingCostPerPeriod)}`,
    `${money(result.totalCost)} per year`,
  ]);
  if (result.reorderPoint !== undefined && result.dailyDemand !== undefined) {
    steps.push(
      ["d = D / working days", `${D} / ${n(options.workingDays)}`, `${n(result.dailyDemand)} units per day`],
      ["ROP = d × L", `${n(result.dailyDemand)} × ${n(options.leadTimeDays)}`, `${n(result.reorderPoint)} units`],
    );
  }
  renderWorking(document.getElementById("eoq-working"), steps);
}

function renderCostChart(result, curve) {
  drawChart(/** @type {SVGSVGElement} */ (document.getElementById("eoq-chart")), {
    title: "Ordering, holding and total cost against order quantity",
    description: `Total cost is lowest, ${money(result.totalCost)} a year, at an order quantity of ${formatNumber(result.quantity)} units, where ordering and holding cost are equal.`,
    series: [
      { label: "Total cost", x: curve.quantity, y: curve.totalCost, className: "total" },
      { label: "Ordering cost", x: curve.quantity, y: curve.orderingCostPerPeriod, className: "ordering" },
      { label: "Holding cost", x: curve.quantity, y: curve.holdingCostPerPeriod, className: "holding" },
    ],
    xLabel: "Order quantity Q (units)",
    yLabel: "Cost per year ($)",
    markers: [{ x: curve.optimalQuantity, y: curve.minimumTotalCost, label: `Q* = ${formatNumber(curve.optimalQuantity)}` }],
    format: formatNumber,
  });
}

function renderProfileChart(options, result) {
  const { x, y } = repeatCycles(result.inventoryProfile, 3);
  const days = result.cycleTimeDays !== undefined;
  // With working days the time axis is labelled in days: a period is workingDays long.
  const perPeriod = days ? options.workingDays : 1;
  drawChart(/** @type {SVGSVGElement} */ (document.getElementById("eoq-profile")), {
    title: "Inventory on hand over three order cycles",
    description: `Each order of ${formatNumber(result.quantity)} units arrives as the last one runs out, every ${days ? `${formatNumber(result.cycleTimeDays)} days` : `${formatNumber(result.cycleTime)} years`}.`,
    series: [{ label: "Inventory", x: x.map((time) => time * perPeriod), y, className: "total" }],
    xLabel: days ? "Time (working days)" : "Time (years)",
    yLabel: "Units on hand",
    levels: result.reorderPoint === undefined ? [] : [{ y: result.reorderPoint, label: `Reorder point ${formatNumber(result.reorderPoint)}`, className: "reorder" }],
    format: formatNumber,
    legend: false,
  });
}

form.addEventListener("input", () => syncHoldingMode(form));
/** Scenario comparison: the key results, and the total-cost curve. */
const compare = {
  figures: ({ result }) => [
    { label: "Order quantity Q*", value: result.quantity, format: (value) => `${formatNumber(value)} units` },
    { label: "Total cost per year", value: result.totalCost, format: money },
    { label: "Ordering cost per year", value: result.orderingCostPerPeriod, format: money },
    { label: "Holding cost per year", value: result.holdingCostPerPeriod, format: money },
    { label: "Orders per year N", value: result.ordersPerPeriod, format: formatNumber },
    { label: "Average inventory", value: result.averageInventory, format: (value) => `${formatNumber(value)} units` },
  ],
  curves: ({ curve }) => ({
    title: "Total cost against order quantity",
    xLabel: "Order quantity Q (units)",
    yLabel: "Total cost per year ($)",
    format: formatNumber,
    series: [{ label: "Total cost", x: curve.quantity, y: curve.totalCost }],
  }),
};

const update = liveCalculator(form, { compute, render, results, compare });
document.getElementById("reset-example").addEventListener("click", () => {
  form.reset();
  syncHoldingMode(form);
  update();
});

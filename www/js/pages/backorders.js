// The planned-backorders calculator page: inputs to eoqBackorders() and its cost curve,
// results, the working with the user's numbers, the inventory sawtooth (below zero while
// customers wait) and the cost chart.
import { drawChart } from "../chart.js";
import { repeatCycles } from "../cycles.js";
import { formatNumber, formatPercent } from "../format.js";
import { syncHoldingMode } from "../holding-mode.js";
import { liveCalculator, readNumberFields } from "../live-form.js";
import { renderNav } from "../nav.js";
import { eoqBackorders, eoqBackordersCostCurve } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const form = /** @type {HTMLFormElement} */ (document.getElementById("backorders-form"));
const results = /** @type {HTMLElement} */ (document.getElementById("backorders-results"));
const n = formatNumber;
const money = (value) => `$${n(value)}`;

function compute() {
  const options = readNumberFields(form);
  return { options, result: eoqBackorders(options), curve: eoqBackordersCostCurve({ model: options }) };
}

/** A time the library gives in periods and, with working days, in days. */
function duration(periods, days) {
  return days === undefined ? `${n(periods)} years` : `${n(days)} days`;
}

function render({ options, result, curve }) {
  show("result-quantity", `${n(result.quantity)} units`);
  show("result-max-backorder", `${n(result.maxBackorder)} units`);
  show("result-total-cost", money(result.totalCost));
  show("result-ordering-cost", money(result.orderingCostPerPeriod));
  show("result-holding-cost", money(result.holdingCostPerPeriod));
  show("result-backorder-cost", money(result.backorderCostPerPeriod));
  show("result-max-inventory", `${n(result.maxInventory)} units`);
  show("result-orders", n(result.ordersPerPeriod));
  show("result-cycle", duration(result.cycleTime, result.cycleTimeDays));
  show("result-time-with-stock", duration(result.timeWithStock, result.timeWithStockDays));
  show("result-time-in-backorder", duration(result.timeInBackorder, result.timeInBackorderDays));
  show("result-backorder-fraction", formatPercent(result.backorderFraction));
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
  const S = n(options.orderingCost);
  const H = n(result.holdingCost);
  const B = n(options.backorderCost);
  const Q = n(result.quantity);
  const b = n(result.maxBackorder);
  const stock = n(result.maxInventory);
  const steps = [];
  if (options.holdingRate !== undefined) {
    steps.push(["H = i × C", `${n(options.holdingRate)} × ${money(options.unitCost)}`, `${money(result.holdingCost)} per unit per year`]);
  }
  steps.push(
    ["Q* = √(2DS / H × (H + B) / B)", `√(2 × ${D} × ${S} / ${H} × (${H} + ${B}) / ${B})`, `${Q} units`],
    ["b* = Q* H / (H + B)", `${Q} × ${H} / (${H} + ${B})`, `${b} units`],
    ["Imax = Q* − b*", `${Q} − ${b}`, `${stock} units`],
  );
  if (result.dailyDemand !== undefined) {
    steps.push(
      ["d = D / working days", `${D} / ${n(options.workingDays)}`, `${n(result.dailyDemand)} units per day`],
      ["T = Q* / d", `${Q} / ${n(result.dailyDemand)}`, `${n(result.cycleTimeDays)} days`],
      ["with stock: Imax / d", `${stock} / ${n(result.dailyDemand)}`, `${n(result.timeWithStockDays)} days`],
      ["in backorder: b* / d", `${b} / ${n(result.dailyDemand)}`, `${n(result.timeInBackorderDays)} days`],
    );
  } else {
    steps.push(
      ["T = Q* / D", `${Q} / ${D}`, `${n(result.cycleTime)} years`],
      ["with stock: Imax / D", `${stock} / ${D}`, `${n(result.timeWithStock)} years`],
      ["in backorder: b* / D", `${b} / ${D}`, `${n(result.timeInBackorder)} years`],
    );
  }
  steps.push([
    "TC = (D / Q*) S + Imax² / (2Q*) H + b*² / (2Q*) B",
    `(${D} / ${Q}) × ${S} + ${stock}² / (2 × ${Q}) × ${H} + ${b}² / (2 × ${Q}) × ${B} = ` +
      `${n(result.orderingCostPerPeriod)} + ${n(result.holdingCostPerPeriod)} + ${n(result.backorderCostPerPeriod)}`,
    `${money(result.totalCost)} per year`,
  ]);
  renderWorking(document.getElementById("backorders-working"), steps);
}

function renderProfileChart(options, result) {
  const { x, y } = repeatCycles(result.inventoryProfile, 3);
  const days = result.cycleTimeDays !== undefined;
  // With working days the time axis is in days: a period is workingDays long.
  const perPeriod = days ? options.workingDays : 1;
  drawChart(/** @type {SVGSVGElement} */ (document.getElementById("backorders-profile")), {
    title: "Inventory on hand and backordered over three order cycles",
    description: `Each order of ${n(result.quantity)} units fills ${n(result.maxBackorder)} waiting units and leaves ${n(result.maxInventory)} on hand; stock lasts ${duration(result.timeWithStock, result.timeWithStockDays)}, then customers wait ${duration(result.timeInBackorder, result.timeInBackorderDays)} for the next order.`,
    series: [{ label: "Inventory", x: x.map((time) => time * perPeriod), y, className: "total" }],
    xLabel: days ? "Time (working days)" : "Time (years)",
    yLabel: "Units on hand (below 0: backordered)",
    levels: [{ y: -result.maxBackorder, label: `b* = ${n(result.maxBackorder)}`, className: "backorder" }],
    format: n,
    legend: false,
  });
}

function renderCostChart(result, curve) {
  drawChart(/** @type {SVGSVGElement} */ (document.getElementById("backorders-chart")), {
    title: "Ordering, holding, backorder and total cost against order quantity",
    description: `Total cost is lowest, ${money(result.totalCost)} a year, at an order quantity of ${n(result.quantity)} units with up to ${n(result.maxBackorder)} backordered.`,
    series: [
      { label: "Total cost", x: curve.quantity, y: curve.totalCost, className: "total" },
      { label: "Ordering cost", x: curve.quantity, y: curve.orderingCostPerPeriod, className: "ordering" },
      { label: "Holding cost", x: curve.quantity, y: curve.holdingCostPerPeriod, className: "holding" },
      { label: "Backorder cost", x: curve.quantity, y: curve.backorderCostPerPeriod, className: "backorder" },
    ],
    xLabel: "Order quantity Q (units)",
    yLabel: "Cost per year ($)",
    markers: [{ x: curve.optimalQuantity, y: curve.minimumTotalCost, label: `Q* = ${n(curve.optimalQuantity)}` }],
    format: n,
  });
}

form.addEventListener("input", () => syncHoldingMode(form));
/** Scenario comparison: the key results, and the total-cost curve. */
const compare = {
  figures: ({ result }) => [
    { label: "Order quantity Q*", value: result.quantity, format: (value) => `${n(value)} units` },
    { label: "Maximum backorder b*", value: result.maxBackorder, format: (value) => `${n(value)} units` },
    { label: "Total cost per year", value: result.totalCost, format: money },
    { label: "Ordering cost per year", value: result.orderingCostPerPeriod, format: money },
    { label: "Holding cost per year", value: result.holdingCostPerPeriod, format: money },
    { label: "Backorder cost per year", value: result.backorderCostPerPeriod, format: money },
    { label: "Share of each cycle in backorder", value: result.backorderFraction, format: formatPercent, percent: true },
  ],
  curves: ({ curve }) => ({
    title: "Total cost against order quantity",
    xLabel: "Order quantity Q (units)",
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

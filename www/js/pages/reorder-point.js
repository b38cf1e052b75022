// The reorder point calculator: inputs to reorderPoint(), results, the working with the
// user's numbers, and the lead-time demand curve from demandDensity().
import { syncChoices } from "../choices.js";
import { drawDensityChart } from "../demand-chart.js";
import { applyExample, exampleButtons } from "../examples.js";
import { formatNumber, formatPercent } from "../format.js";
import { liveCalculator, readNumberFields } from "../live-form.js";
import { renderNav } from "../nav.js";
import { demandDensity, reorderPoint } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const form = /** @type {HTMLFormElement} */ (document.getElementById("rop-form"));
const results = /** @type {HTMLElement} */ (document.getElementById("rop-results"));
const sourceLine = /** @type {HTMLElement} */ (document.getElementById("example-source"));
const n = formatNumber;
const units = (value) => `${n(value)} units`;

const heizer = "Heizer & Render, Operations Management, inventory chapter";
/** @type {import("../examples.js").Example[]} */
const examples = [
  {
    label: "Circuit Town: iPods",
    source: `${heizer} (Circuit Town, iPods: demand varies, the lead time is constant). The book prints ROP ≈ 39 with z = 1.28.`,
    values: { "demand-rate": "15", "demand-sd": "5", "lead-time": "2", "service-level": "0.9" },
    choices: { "service-mode": "level" },
  },
  {
    label: "Memphis Regional Hospital",
    source: `${heizer} (Memphis Regional Hospital: lead-time demand given directly, mean 350 and σ 10, so L = 1). The book prints SS = 16.5 and ROP = 366.5 with z = 1.65.`,
    values: { "demand-rate": "350", "demand-sd": "10", "lead-time": "1", "service-level": "0.95" },
    choices: { "service-mode": "level" },
  },
  {
    label: "Circuit Town: iPads",
    source: `${heizer} (Circuit Town, iPads: constant demand, the lead time varies). The book prints ROP = 80.55 with z = 2.055.`,
    values: { "demand-rate": "10", "demand-sd": "0", "lead-time": "6", "lead-time-sd": "1", "service-level": "0.98" },
    choices: { "service-mode": "level" },
  },
  {
    label: "Circuit Town: routers",
    source: `${heizer} (Circuit Town, wireless routers: both vary). The book prints σ = 154.2 and ROP = 1,004.4 with z = 1.65; the exact z = 1.6449 gives 1,003.6.`,
    values: { "demand-rate": "150", "demand-sd": "16", "lead-time": "5", "lead-time-sd": "1", "service-level": "0.95" },
    choices: { "service-mode": "level" },
  },
  {
    label: "Lego store: fill rate 97.5%",
    source: "After Chopra & Meindl, Supply Chain Management, safety inventory chapter (weekly demand, a lead time in weeks, lots of 10,000): a safety inventory of about 67 units.",
    values: { "demand-rate": "2500", "demand-sd": "500", "lead-time": "2", "fill-rate": "0.975", "order-quantity": "10000" },
    choices: { "service-mode": "fill" },
  },
];

function compute() {
  const options = readNumberFields(form);
  const result = reorderPoint(options);
  const curve = demandDensity({
    demand: { distribution: "normal", mean: result.meanLeadTimeDemand, sd: result.sigmaLeadTimeDemand },
  });
  return { options, result, curve };
}

function render({ options, result, curve }) {
  show("result-reorder-point", units(result.reorderPoint));
  show("result-safety-stock", units(result.safetyStock));
  show("result-mean", units(result.meanLeadTimeDemand));
  show("result-sigma", units(result.sigmaLeadTimeDemand));
  show("result-z", n(result.z));
  show("result-service-level", formatPercent(result.serviceLevel));
  show("result-stockout", formatPercent(result.stockoutProbability));
  show("result-shortage", units(result.expectedShortagePerCycle));
  show("result-fill-rate", result.fillRate === undefined ? "" : formatPercent(result.fillRate));
  for (const element of results.querySelectorAll('[data-needs="fillRate"]')) element.hidden = result.fillRate === undefined;
  renderWorking(document.getElementById("rop-working"), steps(options, result));
  drawDensityChart(/** @type {SVGSVGElement} */ (document.getElementById("rop-chart")), {
    curve,
    discrete: false,
    stock: result.reorderPoint,
    stockLabel: `ROP = ${n(result.reorderPoint)}`,
    mean: result.meanLeadTimeDemand,
    meanLabel: `mean d × L = ${n(result.meanLeadTimeDemand)}`,
    shadeBeyond: true,
    title: "Probability density of demand during the lead time",
    description: `Lead-time demand is normal with mean ${n(result.meanLeadTimeDemand)} and standard deviation ${n(result.sigmaLeadTimeDemand)}. The reorder point ${n(result.reorderPoint)} lies a safety stock of ${n(result.safetyStock)} above the mean; demand beyond it, a ${formatPercent(result.stockoutProbability)} chance, is a stockout.`,
    xLabel: "Demand during the lead time (units)",
  });
}

function show(id, text) {
  document.getElementById(id).textContent = text;
}

/** The formulas with the user's numbers in place: inputs as typed, results from the library. */
function steps(options, result) {
  const d = n(options.demandRate);
  const sd = n(options.demandSd);
  const L = n(options.leadTime);
  const sigma = n(result.sigmaLeadTimeDemand);
  const z = n(result.z);
  const list = [];
  if (result.variability === "demandOnly") {
    list.push(["σ = σd × √L", `${sd} × √${L}`, units(result.sigmaLeadTimeDemand)]);
  } else if (result.variability === "leadTimeOnly") {
    list.push(["σ = d × σL", `${d} × ${n(options.leadTimeSd)}`, units(result.sigmaLeadTimeDemand)]);
  } else {
    list.push(["σ = √(L σd² + d² σL²)", `√(${L} × ${sd}² + ${d}² × ${n(options.leadTimeSd)}²)`, units(result.sigmaLeadTimeDemand)]);
  }
  list.push(["mean = d × L", `${d} × ${L}`, units(result.meanLeadTimeDemand)]);
  if (options.fillRate === undefined) {
    list.push(["z = Φ⁻¹(service level)", `Φ⁻¹(${n(options.serviceLevel)})`, z]);
  } else {
    list.push(
      ["G(z) = (1 − fill rate) × Q / σ", `(1 − ${n(options.fillRate)}) × ${n(options.orderQuantity)} / ${sigma}`, n(result.unitNormalLoss)],
      ["z = G⁻¹(G(z))", `G⁻¹(${n(result.unitNormalLoss)})`, z],
      ["cycle service level = Φ(z)", `Φ(${z})`, formatPercent(result.serviceLevel)],
    );
  }
  list.push(
    ["SS = z × σ", `${z} × ${sigma}`, units(result.safetyStock)],
    ["ROP = d × L + SS", `${n(result.meanLeadTimeDemand)} + ${n(result.safetyStock)}`, units(result.reorderPoint)],
    ["expected shortage per cycle = σ × G(z)", `${sigma} × ${n(result.unitNormalLoss)}`, units(result.expectedShortagePerCycle)],
  );
  if (result.fillRate !== undefined) {
    list.push(["fill rate = 1 − shortage / Q", `1 − ${n(result.expectedShortagePerCycle)} / ${n(options.orderQuantity)}`, formatPercent(result.fillRate)]);
  }
  return list;
}

/** Scenario comparison: the key results, and the lead-time demand curve. */
const compare = {
  figures: ({ result }) => [
    { label: "Reorder point ROP", value: result.reorderPoint, format: units },
    { label: "Safety stock SS", value: result.safetyStock, format: units },
    { label: "Spread of lead-time demand σ", value: result.sigmaLeadTimeDemand, format: units },
    { label: "Safety factor z", value: result.z, format: n },
    { label: "Stockout risk per cycle", value: result.stockoutProbability, format: formatPercent, percent: true },
    { label: "Expected shortage per cycle", value: result.expectedShortagePerCycle, format: units },
    ...(result.fillRate === undefined ? [] : [{ label: "Fill rate", value: result.fillRate, format: formatPercent, percent: true }]),
  ],
  curves: ({ curve }) => ({
    title: "Probability density of demand during the lead time",
    xLabel: "Demand during the lead time (units)",
    yLabel: "Probability density",
    format: n,
    series: [{ label: "Lead-time demand", x: curve.x, y: curve.density }],
  }),
};

form.addEventListener("input", () => syncChoices(form));
applyExample(form, examples[0], sourceLine);
const update = liveCalculator(form, { compute, render, results, compare });
exampleButtons(document.getElementById("example-buttons"), form, examples.slice(1), sourceLine, update);
document.getElementById("reset-example").addEventListener("click", () => {
  applyExample(form, examples[0], sourceLine);
  update();
});

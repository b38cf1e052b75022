// The periodic review calculator: inputs to periodicReview(), results, the working with
// the user's numbers, and the demand curve over the protection interval.
import { drawDensityChart } from "../demand-chart.js";
import { applyExample } from "../examples.js";
import { formatNumber, formatPercent } from "../format.js";
import { liveCalculator, readNumberFields } from "../live-form.js";
import { renderNav } from "../nav.js";
import { demandDensity, periodicReview } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const form = /** @type {HTMLFormElement} */ (document.getElementById("review-form"));
const results = /** @type {HTMLElement} */ (document.getElementById("review-results"));
const sourceLine = /** @type {HTMLElement} */ (document.getElementById("example-source"));
const n = formatNumber;
const units = (value) => `${n(value)} units`;

/** @type {import("../examples.js").Example} */
const stevenson = {
  label: "Stevenson",
  source: "Stevenson, Operations Management, inventory chapter, the fixed-order-interval model (the book orders 220 units with z = 2.33).",
  values: { "demand-rate": "30", "demand-sd": "3", "review-period": "7", "lead-time": "2", "service-level": "0.99", "on-hand": "71" },
};

function compute() {
  const options = readNumberFields(form);
  const result = periodicReview(options);
  const curve = demandDensity({ demand: { distribution: "normal", mean: result.meanProtectionDemand, sd: result.sigmaProtection } });
  return { options, result, curve };
}

function render({ options, result, curve }) {
  show("result-order", result.orderQuantity === undefined ? "" : units(result.orderQuantity));
  for (const element of results.querySelectorAll('[data-needs="orderQuantity"]')) element.hidden = result.orderQuantity === undefined;
  show("result-target", units(result.orderUpToLevel));
  show("result-safety-stock", units(result.safetyStock));
  show("result-interval", `${n(result.protectionInterval)} days`);
  show("result-mean", units(result.meanProtectionDemand));
  show("result-sigma", units(result.sigmaProtection));
  show("result-z", n(result.z));
  show("result-stockout", formatPercent(result.stockoutProbability));
  show("result-flag", result.onHandAboveTarget ? "The stock on hand is already above the target: order nothing at this review." : "");
  renderWorking(document.getElementById("review-working"), steps(options, result));
  drawDensityChart(/** @type {SVGSVGElement} */ (document.getElementById("review-chart")), {
    curve,
    discrete: false,
    stock: result.orderUpToLevel,
    stockLabel: `T = ${n(result.orderUpToLevel)}`,
    mean: result.meanProtectionDemand,
    meanLabel: `mean = ${n(result.meanProtectionDemand)}`,
    shadeBeyond: true,
    title: "Probability density of demand over the review period plus the lead time",
    description: `Demand over ${n(result.protectionInterval)} days is normal with mean ${n(result.meanProtectionDemand)} and standard deviation ${n(result.sigmaProtection)}. The order-up-to level ${n(result.orderUpToLevel)} leaves a ${formatPercent(result.stockoutProbability)} chance of a stockout.`,
    xLabel: "Demand over R + L (units)",
  });
}

function show(id, text) {
  document.getElementById(id).textContent = text;
}

/** The formulas with the user's numbers in place: inputs as typed, results from the library. */
function steps(options, result) {
  const interval = n(result.protectionInterval);
  const list = [
    ["R + L", `${n(options.reviewPeriod)} + ${n(options.leadTime)}`, `${interval} days`],
    ["mean = d × (R + L)", `${n(options.demandRate)} × ${interval}`, units(result.meanProtectionDemand)],
    ["σ = σd × √(R + L)", `${n(options.demandSd)} × √${interval}`, units(result.sigmaProtection)],
    ["z = Φ⁻¹(service level)", `Φ⁻¹(${n(options.serviceLevel)})`, n(result.z)],
    ["SS = z × σ", `${n(result.z)} × ${n(result.sigmaProtection)}`, units(result.safetyStock)],
    ["T = mean + SS", `${n(result.meanProtectionDemand)} + ${n(result.safetyStock)}`, units(result.orderUpToLevel)],
  ];
  if (result.orderQuantity !== undefined) {
    const order = result.onHandAboveTarget ? "0 units (never below zero)" : units(result.orderQuantity);
    list.push(["Q = T − on hand", `${n(result.orderUpToLevel)} − ${n(options.onHand)}`, order]);
  }
  return list;
}

/** Scenario comparison: the key results, and the demand curve over R + L. */
const compare = {
  figures: ({ result }) => [
    ...(result.orderQuantity === undefined ? [] : [{ label: "Order now", value: result.orderQuantity, format: units }]),
    { label: "Order-up-to level T", value: result.orderUpToLevel, format: units },
    { label: "Safety stock", value: result.safetyStock, format: units },
    { label: "Protection interval R + L", value: result.protectionInterval, format: (value) => `${n(value)} days` },
    { label: "Spread over R + L", value: result.sigmaProtection, format: units },
    { label: "Safety factor z", value: result.z, format: n },
    { label: "Stockout risk", value: result.stockoutProbability, format: formatPercent, percent: true },
  ],
  curves: ({ curve }) => ({
    title: "Probability density of demand over the review period plus the lead time",
    xLabel: "Demand over R + L (units)",
    yLabel: "Probability density",
    format: n,
    series: [{ label: "Demand over R + L", x: curve.x, y: curve.density }],
  }),
};

applyExample(form, stevenson, sourceLine);
const update = liveCalculator(form, { compute, render, results, compare });
document.getElementById("reset-example").addEventListener("click", () => {
  applyExample(form, stevenson, sourceLine);
  update();
});

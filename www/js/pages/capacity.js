// The capacity page: design, effective and actual output to capacity(), with the
// working and a bar picture; and effective capacity with an efficiency to
// expectedOutput(). Every number shown comes from the library.
import { drawShareBars } from "../capacity-bars.js";
import { applyExample, exampleButtons } from "../examples.js";
import { formatNumber, formatPercent } from "../format.js";
import { liveCalculator, readNumberFields } from "../live-form.js";
import { renderNav } from "../nav.js";
import { show } from "../results.js";
import { capacity, expectedOutput } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const n = formatNumber;
const percent = formatPercent;
const form = /** @type {HTMLFormElement} */ (document.getElementById("capacity-form"));
const results = /** @type {HTMLElement} */ (document.getElementById("capacity-results"));
const sourceLine = /** @type {HTMLElement} */ (document.getElementById("example-source"));

/** @type {import("../examples.js").Example[]} */
const examples = [
  {
    label: "Sara James Bakery",
    source:
      "Heizer & Render, Operations Management, capacity planning supplement (Sara James Bakery, Deluxe breakfast rolls a week: 1,200 an hour × 24 hours × 7 days = 201,600). The book prints a utilization of 73.4% and an efficiency of 84.6%.",
    values: { "design-capacity": "201600", "effective-capacity": "175000", "actual-output": "148000" },
  },
  {
    label: "Vehicle repair department",
    source: "Stevenson, Operations Management, capacity planning chapter (trucks a day). The book prints an efficiency of 90% and a utilization of 72%.",
    values: { "design-capacity": "50", "effective-capacity": "40", "actual-output": "36" },
  },
];

function compute() {
  const options = readNumberFields(form);
  return { options, result: capacity(options) };
}

function render({ options, result }) {
  show("result-utilization", percent(result.utilization));
  show("result-efficiency", percent(result.efficiency));
  show("result-effective-share", percent(result.effectiveShare));
  show("result-cushion", percent(result.capacityCushion));
  show("result-planned-losses", `${n(result.plannedLosses)} units`);
  show("result-unplanned-losses", `${n(result.unplannedLosses)} units`);
  show(
    "result-note",
    result.efficiency > 1 ? "The output beat the effective capacity: an efficiency above 100% means the allowances were generous, or the crew beat the standard." : "",
  );

  const D = n(options.designCapacity);
  const E = n(options.effectiveCapacity);
  const A = n(options.actualOutput);
  renderWorking(document.getElementById("capacity-working"), [
    { name: "Utilization", formula: "actual / design", numbers: `${A} / ${D}`, value: percent(result.utilization) },
    { name: "Efficiency", formula: "actual / effective", numbers: `${A} / ${E}`, value: percent(result.efficiency) },
    { name: "Effective share", formula: "effective / design", numbers: `${E} / ${D}`, value: percent(result.effectiveShare) },
    { name: "Planned losses", formula: "design − effective", numbers: `${D} − ${E}`, value: `${n(result.plannedLosses)} units` },
    { name: "Unplanned losses", formula: "effective − actual", numbers: `${E} − ${A}`, value: `${n(result.unplannedLosses)} units` },
  ]);

  drawShareBars(/** @type {SVGSVGElement} */ (document.getElementById("capacity-bars")), {
    title: "Design capacity, effective capacity and actual output, as shares of the design capacity",
    description: `Effective capacity is ${percent(result.effectiveShare)} of the design capacity; actual output is ${percent(result.utilization)} of it (utilization) and ${percent(result.efficiency)} of the effective capacity (efficiency).`,
    bars: [
      { label: "Design capacity", share: 1, value: `${D} units (100%)`, className: "design" },
      { label: "Effective capacity", share: result.effectiveShare, value: `${E} units (${percent(result.effectiveShare)} of design)`, className: "effective" },
      { label: "Actual output", share: result.utilization, value: `${A} units (utilization ${percent(result.utilization)}, efficiency ${percent(result.efficiency)})`, className: "actual" },
    ],
  });
}

/** Scenario comparison: the ratios and the losses (the bars are these shares). */
const compare = {
  figures: ({ result }) => [
    { label: "Utilization", value: result.utilization, format: percent, percent: true },
    { label: "Efficiency", value: result.efficiency, format: percent, percent: true },
    { label: "Effective capacity as a share of design", value: result.effectiveShare, format: percent, percent: true },
    { label: "Capacity cushion", value: result.capacityCushion, format: percent, percent: true },
    { label: "Planned losses", value: result.plannedLosses, format: (value) => `${n(value)} units` },
    { label: "Unplanned losses", value: result.unplannedLosses, format: (value) => `${n(value)} units` },
  ],
};

applyExample(form, examples[0], sourceLine);
const update = liveCalculator(form, { compute, render, results, compare });
exampleButtons(document.getElementById("example-buttons"), form, examples.slice(1), sourceLine, update);
document.getElementById("reset-example").addEventListener("click", () => {
  applyExample(form, examples[0], sourceLine);
  update();
});

// Expected output of a line.
const expectedForm = /** @type {HTMLFormElement} */ (document.getElementById("expected-form"));
const expectedResults = /** @type {HTMLElement} */ (document.getElementById("expected-results"));

liveCalculator(expectedForm, {
  compute: () => {
    const options = readNumberFields(expectedForm);
    return { options, result: expectedOutput(options) };
  },
  render: ({ options, result }) => {
    show("result-expected-output", `${n(result.expectedOutput)} units`);
    const withDesign = result.utilization !== undefined;
    show("result-expected-utilization", withDesign ? percent(result.utilization) : "");
    for (const element of expectedResults.querySelectorAll('[data-needs="designCapacity"]')) element.hidden = !withDesign;
    const steps = [
      {
        name: "Expected output",
        formula: "effective capacity × efficiency",
        numbers: `${n(options.effectiveCapacity)} × ${n(options.efficiency)}`,
        value: `${n(result.expectedOutput)} units`,
      },
    ];
    if (withDesign) {
      steps.push({
        name: "Utilization",
        formula: "expected output / design",
        numbers: `${n(result.expectedOutput)} / ${n(options.designCapacity)}`,
        value: percent(result.utilization),
      });
    }
    renderWorking(document.getElementById("expected-working"), steps);
  },
  results: expectedResults,
  compare: {
    figures: ({ result }) => [
      { label: "Expected output", value: result.expectedOutput, format: (value) => `${n(value)} units` },
      ...(result.utilization === undefined ? [] : [{ label: "Utilization", value: result.utilization, format: percent, percent: true }]),
    ],
  },
});

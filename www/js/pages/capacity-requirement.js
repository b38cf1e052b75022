// The capacity requirement calculator: the product table, available hours and cushion
// to capacityRequirement(); machines needed, hours by product and the working.
import { applyExample, exampleButtons } from "../examples.js";
import { formatNumber, formatPercent } from "../format.js";
import { liveCalculator, readNumberFields } from "../live-form.js";
import { renderNav } from "../nav.js";
import { show, tableCell } from "../results.js";
import { rowTable } from "../table-input.js";
import { capacityRequirement } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const n = formatNumber;
const hours = (value) => `${n(value)} hours`;
const form = /** @type {HTMLFormElement} */ (document.getElementById("requirement-form"));
const results = /** @type {HTMLElement} */ (document.getElementById("requirement-results"));
const sourceLine = /** @type {HTMLElement} */ (document.getElementById("example-source"));

const products = rowTable(/** @type {HTMLTableElement} */ (document.getElementById("products")), {
  columns: [
    { key: "id", label: "Name", type: "text" },
    { key: "demand", label: "Demand" },
    { key: "processingTime", label: "Processing time" },
    { key: "setupTime", label: "Setup time" },
    { key: "lotSize", label: "Lot size" },
  ],
  rowName: (index) => `product ${index + 1}`,
  addButton: /** @type {HTMLButtonElement} */ (document.getElementById("add-product")),
  rows: [],
});

const row = (id, demand, processingTime, setupTime, lotSize) => ({ id, demand, processingTime, setupTime, lotSize });
const stevenson = [row("#1", 400, 5), row("#2", 300, 8), row("#3", 700, 2)];
const oneShift = { "available-time": "2000" };

/** @type {import("../examples.js").Example[]} */
const examples = [
  {
    label: "Stevenson: three products",
    source: "Stevenson, Operations Management, capacity planning chapter (one 8-hour shift, 250 days a year). The book prints 5,800 hours, 2.90 machines, so 3.",
    values: oneShift,
    apply: () => products.setRows(stevenson),
  },
  {
    label: "Stevenson, made in lots",
    source: "Hand-computed, after Stevenson's example, with lots of 20, 40 and 30 and setups of 3, 4 and 2 hours: 136.67 setup hours, 2.97 machines, still 3.",
    values: oneShift,
    apply: () => products.setRows([row("#1", 400, 5, 3, 20), row("#2", 300, 8, 4, 40), row("#3", 700, 2, 2, 30)]),
  },
  {
    label: "Krajewski: copy center",
    source: "Krajewski, Ritzman & Malhotra, Operations Management, capacity planning chapter (the copy center, clients X and Y, a 15% cushion). The book prints 5,305 / 1,700 = 3.12, so four machines.",
    values: { ...oneShift, cushion: "0.15" },
    apply: () => products.setRows([row("Client X", 2000, 0.5, 0.25, 20), row("Client Y", 6000, 0.7, 0.4, 30)]),
  },
];

function compute() {
  const options = readNumberFields(form);
  // A product's name is optional: an empty one is left out.
  options.products = products.read().map(({ id, ...product }) => (id === "" ? product : { id, ...product }));
  return { options, result: capacityRequirement(options) };
}

const nameOf = (product, index) => product.id ?? `Product ${index + 1}`;

function render({ options, result }) {
  show("result-machines", `${n(result.machines)} ${result.machines === 1 ? "machine" : "machines"}`);
  show("result-exact", n(result.exactRequirement));
  show("result-hours", hours(result.timeNeeded));
  show("result-setup-hours", hours(result.setupTimeNeeded));
  show("result-usable", hours(result.availableTimeAfterCushion));
  show("result-utilization", formatPercent(result.utilization));
  show("result-resulting-cushion", formatPercent(result.resultingCushion));

  const body = /** @type {HTMLTableElement} */ (document.getElementById("requirement-products")).tBodies[0];
  body.replaceChildren(
    ...result.products.map((product, index) => {
      const tableRow = document.createElement("tr");
      tableRow.append(
        tableCell(nameOf(product, index), { header: true }),
        tableCell(n(product.processingTimeNeeded)),
        tableCell(product.setups === undefined ? "—" : n(product.setups)),
        tableCell(n(product.setupTimeNeeded)),
        tableCell(n(product.timeNeeded)),
      );
      return tableRow;
    }),
  );
  showTheWorking(options, result);
}

/** Each product's hours, the total, the hours per machine, the requirement: inputs as typed, results from the library. */
function showTheWorking(options, result) {
  const steps = result.products.map((product, index) => {
    const given = options.products[index];
    const name = nameOf(product, index);
    if (product.setups === undefined) {
      return { name, formula: "D p", numbers: `${n(given.demand)} × ${n(given.processingTime)}`, value: hours(product.timeNeeded) };
    }
    return {
      name,
      formula: "D p + (D / Q) s",
      numbers: `${n(given.demand)} × ${n(given.processingTime)} + (${n(given.demand)} / ${n(given.lotSize)}) × ${n(given.setupTime)} = ${n(product.processingTimeNeeded)} + ${n(product.setupTimeNeeded)}`,
      value: hours(product.timeNeeded),
    };
  });
  const parts = result.products.map((product) => n(product.timeNeeded));
  steps.push(
    {
      name: "All products",
      formula: "Σ [D p + (D / Q) s]",
      numbers: parts.length <= 6 ? parts.join(" + ") : `the sum over ${n(parts.length)} products`,
      value: hours(result.timeNeeded),
    },
    {
      name: "Hours per machine",
      formula: "N (1 − C)",
      numbers: `${n(options.availableTime)} × (1 − ${n(result.cushion)})`,
      value: hours(result.availableTimeAfterCushion),
    },
    {
      name: "Machines",
      formula: "M = Σ / [N (1 − C)]",
      numbers: `${n(result.timeNeeded)} / ${n(result.availableTimeAfterCushion)}`,
      value: `${n(result.exactRequirement)}, rounded up to ${n(result.machines)}`,
    },
    {
      name: "Utilization",
      formula: "Σ / (machines × N)",
      numbers: `${n(result.timeNeeded)} / (${n(result.machines)} × ${n(options.availableTime)})`,
      value: formatPercent(result.utilization),
    },
  );
  renderWorking(document.getElementById("requirement-working"), steps);
}

/** Scenario comparison: machines, hours and how full the machines are. */
const compare = {
  figures: ({ result }) => [
    { label: "Machines needed", value: result.machines, format: n },
    { label: "Exact requirement M", value: result.exactRequirement, format: n },
    { label: "Hours needed a year", value: result.timeNeeded, format: hours },
    { label: "of which setups", value: result.setupTimeNeeded, format: hours },
    { label: "Hours per machine, less the cushion", value: result.availableTimeAfterCushion, format: hours },
    { label: "Utilization of the machines", value: result.utilization, format: formatPercent, percent: true },
    { label: "Cushion they leave", value: result.resultingCushion, format: formatPercent, percent: true },
  ],
};

applyExample(form, examples[0], sourceLine);
const update = liveCalculator(form, { compute, render, results, compare });
exampleButtons(document.getElementById("example-buttons"), form, examples.slice(1), sourceLine, update);
document.getElementById("reset-example").addEventListener("click", () => {
  applyExample(form, examples[0], sourceLine);
  update();
});

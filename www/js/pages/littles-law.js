// Little's law: pick what to compute, give the other two to littlesLaw(); the three
// values and the working. Every number shown comes from the library.
import { applyExample, exampleButtons } from "../examples.js";
import { formatNumber } from "../format.js";
import { liveCalculator, readNumberFields } from "../live-form.js";
import { renderNav } from "../nav.js";
import { show } from "../results.js";
import { littlesLaw } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const n = formatNumber;
const form = /** @type {HTMLFormElement} */ (document.getElementById("littles-form"));
const results = /** @type {HTMLElement} */ (document.getElementById("littles-results"));
const sourceLine = /** @type {HTMLElement} */ (document.getElementById("example-source"));
const unitSelect = /** @type {HTMLSelectElement} */ (document.getElementById("time-unit"));

/** Singular and plural of each time unit in the select. */
const UNITS = {
  day: ["day", "days"],
  week: ["week", "weeks"],
  hour: ["hour", "hours"],
  minute: ["minute", "minutes"],
};

/** The inputs by the option each feeds. */
const inputs = {
  wip: /** @type {HTMLInputElement} */ (document.getElementById("wip")),
  throughput: /** @type {HTMLInputElement} */ (document.getElementById("throughput")),
  flowTime: /** @type {HTMLInputElement} */ (document.getElementById("flow-time")),
};

/** @type {import("../examples.js").Example[]} */
const examples = [
  {
    label: "100 a day for 4 days",
    source: "Hand-computed, after Cachon & Terwiesch, Matching Supply with Demand, process analysis chapter: a process that completes 100 units a day, each spending 4 days in it, holds 400 units.",
    values: { throughput: "100", "flow-time": "4" },
    choices: { compute: "wip", "time-unit": "day" },
  },
  {
    label: "A queue at a counter",
    source: "Hand-computed: 10 customers waiting on average, served at 2 a minute, wait 5 minutes each.",
    values: { wip: "10", throughput: "2" },
    choices: { compute: "flowTime", "time-unit": "minute" },
  },
  {
    label: "A clinic",
    source: "Hand-computed: a clinic with 45 patients inside on average, each staying 1.5 hours, sees 30 patients an hour.",
    values: { wip: "45", "flow-time": "1.5" },
    choices: { compute: "throughput", "time-unit": "hour" },
  },
];

/** @type {{ wip: number, throughput: number, flowTime: number } | undefined} */
let lastResult;

function computing() {
  return /** @type {RadioNodeList} */ (form.elements.namedItem("compute")).value;
}

/**
 * Hides the input of the quantity being computed and shows the other two; when a person
 * switches (`switched`), an input that reappears takes the value last computed for it,
 * so switching round-trips. Inputs put back from a link or a scenario keep their value.
 */
function syncQuantities(switched = false) {
  for (const field of form.querySelectorAll("[data-quantity]")) {
    const key = field.dataset.quantity;
    const wasHidden = field.hidden;
    field.hidden = key === computing();
    if (switched && wasHidden && !field.hidden && lastResult) inputs[key].value = String(lastResult[key]);
  }
  const [one, many] = UNITS[unitSelect.value];
  for (const label of document.querySelectorAll("[data-time-unit]")) label.textContent = one;
  for (const label of document.querySelectorAll("[data-time-units]")) label.textContent = many;
}

function compute() {
  const options = readNumberFields(form);
  return { options, result: littlesLaw(options) };
}

function render({ result }) {
  lastResult = result;
  const [one, many] = UNITS[unitSelect.value];
  const texts = {
    wip: `${n(result.wip)} units`,
    throughput: `${n(result.throughput)} units per ${one}`,
    flowTime: `${n(result.flowTime)} ${result.flowTime === 1 ? one : many}`,
  };
  show("result-wip", texts.wip);
  show("result-throughput", texts.throughput);
  show("result-flow-time", texts.flowTime);
  for (const output of results.querySelectorAll("[data-quantity-result]")) {
    output.classList.toggle("headline", output.dataset.quantityResult === result.computed);
  }
  const I = n(result.wip);
  const R = n(result.throughput);
  const T = n(result.flowTime);
  const step = {
    wip: { formula: "I = R × T", numbers: `${R} × ${T}` },
    throughput: { formula: "R = I / T", numbers: `${I} / ${T}` },
    flowTime: { formula: "T = I / R", numbers: `${I} / ${R}` },
  }[result.computed];
  renderWorking(document.getElementById("littles-working"), [{ ...step, value: texts[result.computed] }]);
}

/**
 * Scenario comparison: the three quantities, named with the time unit so that scenarios
 * in different units are not set side by side.
 */
const compare = {
  figures: ({ result }) => {
    const [one, many] = UNITS[unitSelect.value];
    return [
      { label: "Work in process I", value: result.wip, format: (value) => `${n(value)} units` },
      { label: `Throughput R (units per ${one})`, value: result.throughput, format: (value) => `${n(value)} per ${one}` },
      { label: `Flow time T (${many})`, value: result.flowTime, format: (value) => `${n(value)} ${value === 1 ? one : many}` },
    ];
  },
};

// Before liveCalculator's own listener, so the inputs are in place when it reads them.
// A person's choice of what to compute comes from its radio; the scenarios' and the
// link's writes come as an input event of the form itself.
form.addEventListener("input", (event) => syncQuantities(/** @type {HTMLInputElement} */ (event.target).name === "compute"));
applyExample(form, examples[0], sourceLine);
syncQuantities();
const update = liveCalculator(form, { compute, render, results, compare });
const load = () => {
  lastResult = undefined;
  syncQuantities();
  update();
};
exampleButtons(document.getElementById("example-buttons"), form, examples.slice(1), sourceLine, load);
document.getElementById("reset-example").addEventListener("click", () => {
  applyExample(form, examples[0], sourceLine);
  load();
});

// The process flow calculator: the step table, time unit and demand to processFlow();
// the results, the step table, the working and the flow diagram. Every number shown
// comes from the library.
import { applyExample, exampleButtons } from "../examples.js";
import { drawFlowDiagram } from "../flow-diagram.js";
import { formatNumber, formatPercent } from "../format.js";
import { liveCalculator, readNumberFields } from "../live-form.js";
import { renderNav } from "../nav.js";
import { show, tableCell } from "../results.js";
import { rowTable } from "../table-input.js";
import { processFlow } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const n = formatNumber;
const percent = formatPercent;
const perHour = (value) => `${n(value)} an hour`;
const form = /** @type {HTMLFormElement} */ (document.getElementById("flow-form"));
const results = /** @type {HTMLElement} */ (document.getElementById("flow-results"));
const sourceLine = /** @type {HTMLElement} */ (document.getElementById("example-source"));

/** Names of the time units, as the library spells them. */
const UNITS = {
  second: { short: "s", plural: "seconds" },
  minute: { short: "min", plural: "minutes" },
  hour: { short: "h", plural: "hours" },
};

const steps = rowTable(/** @type {HTMLTableElement} */ (document.getElementById("steps")), {
  columns: [
    { key: "id", label: "Name", type: "text" },
    { key: "unitTime", label: "Unit time" },
    { key: "capacityPerHour", label: "Capacity per hour" },
    { key: "resources", label: "Resources" },
  ],
  rowName: (index) => `step ${index + 1}`,
  addButton: /** @type {HTMLButtonElement} */ (document.getElementById("add-step")),
  rows: [],
});

const step = (id, unitTime, resources) => ({ id, unitTime, resources });
const machine = (id, capacityPerHour, resources) => ({ id, capacityPerHour, resources });
const afterCachon = "Hand-computed, after Cachon & Terwiesch, Matching Supply with Demand, process analysis chapter";

/** @type {import("../examples.js").Example[]} */
const examples = [
  {
    label: "Workshop",
    source: `${afterCachon}: capacities of 15, 18, 20 and 24 units an hour; cutting is the bottleneck.`,
    values: { "demand-rate": "12" },
    choices: { "time-unit": "minute" },
    apply: () => steps.setRows([step("Cut", 4, 1), step("Sew", 10, 3), step("Inspect", 3, 1), step("Pack", 2.5, 1)]),
  },
  {
    label: "Bakery: capacities per machine",
    source: `${afterCachon}, with each machine's output per hour: baking (3 ovens × 30 kg) is the bottleneck at 90 kg an hour; a fourth oven moves it to proofing and packing, tied at 100.`,
    values: {},
    choices: { "time-unit": "minute" },
    apply: () => steps.setRows([machine("Mix", 60, 2), machine("Proof", 25, 4), machine("Bake", 30, 3), machine("Pack", 100, 1)]),
  },
  {
    label: "Assembly line in seconds",
    source: `${afterCachon}: stations of 45, 50 and 40 seconds make 80, 72 and 90 an hour; demand of 75 an hour is more than the second station can do.`,
    values: { "demand-rate": "75" },
    choices: { "time-unit": "second" },
    apply: () => steps.setRows([step("Frame", 45, 1), step("Wire", 50, 1), step("Test", 40, 1)]),
  },
];

function timeUnit() {
  return /** @type {RadioNodeList} */ (form.elements.namedItem("time-unit")).value;
}

function syncUnitLabels() {
  for (const label of document.querySelectorAll("[data-time-unit-plural]")) label.textContent = UNITS[timeUnit()].plural;
}

function compute() {
  const options = { ...readNumberFields(form), steps: steps.read(), timeUnit: timeUnit() };
  return { options, result: processFlow(options) };
}

const nameOf = (flowStep) => flowStep.name ?? flowStep.id;

function render({ options, result }) {
  const unit = UNITS[result.timeUnit];
  const time = (value) => `${n(value)} ${unit.short}`;
  const withDemand = result.demandRate !== undefined;

  show("result-capacity", perHour(result.processCapacityPerHour));
  show("result-bottleneck", result.bottlenecks.join(", "));
  show("result-cycle-time", `${time(result.cycleTime)} a unit`);
  show("result-flow-time", time(result.flowTime));
  show("result-throughput", perHour(result.throughputPerHour));
  show("result-constraint", result.constraint === "capacity" ? "capacity: demand exceeds what the bottleneck can do" : "demand: the process can make all that is demanded");
  for (const element of results.querySelectorAll('[data-needs="demandRate"]')) element.hidden = !withDemand;
  const behind = result.steps.filter((flowStep) => flowStep.cannotKeepUp).map(nameOf);
  show("result-flag", behind.length === 0 ? "" : `Cannot keep up with demand: ${behind.join(", ")}.`);

  const body = /** @type {HTMLTableElement} */ (document.getElementById("flow-steps")).tBodies[0];
  body.replaceChildren(
    ...result.steps.map((flowStep) => {
      const row = document.createElement("tr");
      if (flowStep.isBottleneck) row.className = "bottleneck-row";
      row.append(
        tableCell(nameOf(flowStep), { header: true }),
        tableCell(n(flowStep.resources)),
        tableCell(time(flowStep.unitTime)),
        tableCell(n(flowStep.capacityPerHour)),
        tableCell(percent(flowStep.utilization)),
        tableCell(flowStep.impliedUtilization === undefined ? "—" : percent(flowStep.impliedUtilization), {
          className: flowStep.cannotKeepUp ? "overloaded" : "",
        }),
      );
      return row;
    }),
  );

  showTheWorking(options, result, time);
  drawFlowDiagram(/** @type {SVGSVGElement} */ (document.getElementById("flow-diagram")), {
    title: "The process: steps in series, resources in parallel",
    description: `${result.steps.length} steps; the bottleneck (${result.bottlenecks.join(", ")}) sets the process capacity at ${perHour(result.processCapacityPerHour)}.`,
    steps: result.steps.map((flowStep) => ({
      title: nameOf(flowStep),
      resources: flowStep.resources,
      pace: `${n(flowStep.resources)} × ${time(flowStep.unitTime)} a unit`,
      capacity: perHour(flowStep.capacityPerHour),
      load: withDemand ? `${percent(flowStep.impliedUtilization)} of capacity` : `${percent(flowStep.utilization)} busy`,
      isBottleneck: flowStep.isBottleneck,
      cannotKeepUp: flowStep.cannotKeepUp,
    })),
    input: withDemand ? ["demand", perHour(result.demandRate)] : [],
    output: ["throughput", perHour(result.throughputPerHour)],
  });
}

/** Each step's capacity, the process capacity, cycle and flow time, and demand: inputs as typed, results from the library. */
function showTheWorking(options, result, time) {
  const perHourFactor = n(result.timeUnitsPerHour);
  const lines = result.steps.map((flowStep, index) => {
    const given = options.steps[index];
    if (given.capacityPerHour !== undefined) {
      return { name: nameOf(flowStep), formula: "c = m × r", numbers: `${n(flowStep.resources)} × ${n(given.capacityPerHour)}`, value: perHour(flowStep.capacityPerHour) };
    }
    const numbers = `${n(flowStep.resources)} / ${n(flowStep.unitTime)}`;
    return result.timeUnitsPerHour === 1
      ? { name: nameOf(flowStep), formula: "c = m / p", numbers, value: perHour(flowStep.capacityPerHour) }
      : { name: nameOf(flowStep), formula: `c = m / p × ${perHourFactor}`, numbers: `${numbers} × ${perHourFactor}`, value: perHour(flowStep.capacityPerHour) };
  });
  const capacities = result.steps.map((flowStep) => n(flowStep.capacityPerHour));
  const unitTimes = result.steps.map((flowStep) => n(flowStep.unitTime));
  const few = result.steps.length <= 8;
  lines.push(
    {
      name: "Process capacity",
      formula: "min c",
      numbers: few ? `min(${capacities.join(", ")})` : `the lowest of ${n(result.steps.length)} steps`,
      value: `${perHour(result.processCapacityPerHour)} (${result.bottlenecks.join(", ")})`,
    },
    {
      name: "Cycle time",
      formula: result.timeUnitsPerHour === 1 ? "1 / min c" : `${perHourFactor} / min c`,
      numbers: `${perHourFactor} / ${n(result.processCapacityPerHour)}`,
      value: time(result.cycleTime),
    },
    {
      name: "Flow time",
      formula: "Σ p",
      numbers: few ? unitTimes.join(" + ") : `the sum over ${n(result.steps.length)} steps`,
      value: time(result.flowTime),
    },
  );
  if (result.demandRate !== undefined) {
    lines.push({
      name: "Throughput",
      formula: "min(d, min c)",
      numbers: `min(${n(result.demandRate)}, ${n(result.processCapacityPerHour)})`,
      value: perHour(result.throughputPerHour),
    });
    for (const flowStep of result.steps) {
      lines.push({
        name: `Implied utilization, ${nameOf(flowStep)}`,
        formula: "d / c",
        numbers: `${n(result.demandRate)} / ${n(flowStep.capacityPerHour)}`,
        value: percent(flowStep.impliedUtilization),
      });
    }
  }
  renderWorking(document.getElementById("flow-working"), lines);
}

/**
 * Scenario comparison: capacity and throughput an hour, and the times, named with their
 * unit so that scenarios timed in different units are not set side by side.
 */
const compare = {
  figures: ({ result }) => {
    const unit = UNITS[result.timeUnit].short;
    const time = (value) => `${n(value)} ${unit}`;
    return [
      { label: "Process capacity", value: result.processCapacityPerHour, format: perHour },
      { label: "Throughput", value: result.throughputPerHour, format: perHour },
      { label: `Cycle time at capacity (${unit})`, value: result.cycleTime, format: time },
      { label: `Flow time of one unit (${unit})`, value: result.flowTime, format: time },
    ];
  },
};

form.addEventListener("input", syncUnitLabels);
applyExample(form, examples[0], sourceLine);
syncUnitLabels();
const update = liveCalculator(form, { compute, render, results, compare });
exampleButtons(document.getElementById("example-buttons"), form, examples.slice(1), sourceLine, () => {
  syncUnitLabels();
  update();
});
document.getElementById("reset-example").addEventListener("click", () => {
  applyExample(form, examples[0], sourceLine);
  syncUnitLabels();
  update();
});

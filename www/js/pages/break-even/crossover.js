// The break-even page, part three: crossover of options (processes, machines, make or
// buy). The option table and a volume to breakEvenCrossover(); the crossovers, the
// cheapest option over each range of volume and at the volume, the working with the
// user's numbers, and the chart of the cost lines with the cheaper regions.
import { drawChart } from "../../chart.js";
import { formatMoney, formatNumber } from "../../format.js";
import { liveCalculator, readNumberFields } from "../../live-form.js";
import { rowTable } from "../../table-input.js";
import { breakEvenCrossover } from "../../wasm.js";
import { renderWorking } from "../../working.js";
import { compactNumber, show, showWhen } from "./parts.js";

const n = formatNumber;
const money = formatMoney;

/**
 * @typedef {{ label: string, source: string, options: { id: string, fixedCost: number, variableCost: number }[], volume: string }} Example
 */

/** @type {Example[]} */
const EXAMPLES = [
  {
    label: "Kleber Enterprises",
    source:
      "Heizer & Render, Operations Management, process strategy chapter (Kleber Enterprises: accounting software A, B or C; volumes in accounting reports a year).",
    options: [
      { id: "A", fixedCost: 200000, variableCost: 60 },
      { id: "B", fixedCost: 300000, variableCost: 25 },
      { id: "C", fixedCost: 400000, variableCost: 10 },
    ],
    volume: "",
  },
  {
    label: "Make or buy",
    source:
      "Hand-computed, after Stevenson, Operations Management, capacity planning chapter (make or buy: making costs $150,000 a year plus $60 a unit, buying $80 a unit; 12,000 units a year).",
    options: [
      { id: "make", fixedCost: 150000, variableCost: 60 },
      { id: "buy", fixedCost: 0, variableCost: 80 },
    ],
    volume: "12000",
  },
];

export function setUpCrossover() {
  const form = /** @type {HTMLFormElement} */ (document.getElementById("crossover-form"));
  const results = /** @type {HTMLElement} */ (document.getElementById("crossover-results"));
  const volume = /** @type {HTMLInputElement} */ (document.getElementById("crossover-volume"));
  const sourceLine = /** @type {HTMLElement} */ (document.getElementById("crossover-source"));

  const options = rowTable(/** @type {HTMLTableElement} */ (document.getElementById("crossover-options")), {
    columns: [
      { key: "id", label: "Option", type: "text" },
      { key: "fixedCost", label: "Fixed cost" },
      { key: "variableCost", label: "Variable cost" },
    ],
    rowName: (index) => `option ${index + 1}`,
    addButton: /** @type {HTMLButtonElement} */ (document.getElementById("crossover-add")),
    rows: EXAMPLES[0].options,
  });

  const compute = () => {
    const input = { ...readNumberFields(form), options: options.read() };
    return { input, result: breakEvenCrossover(input) };
  };
  const render = ({ input, result }) => {
    const ids = input.options.map((option) => option.id);
    show("crossover-volumes", crossoverText(result));
    const priced = result.atVolume;
    if (priced) {
      const cheapest = priced.options[priced.cheapest];
      show("crossover-cheapest", `${ids[priced.cheapest]} at ${money(cheapest.totalCost)}`);
    }
    showWhen(results, "volume", priced !== undefined);
    renderRanges(result, ids);
    renderCosts(result, ids);
    showTheWorking(input, result, ids);
    renderChart(result, ids);
  };

  const load = (example) => {
    options.setRows(example.options);
    volume.value = example.volume;
    sourceLine.textContent = example.source;
  };
  /** Scenario comparison: each crossover, each option's cost at the volume; the lowest-cost line. */
  const units = (value) => `${n(value)} units`;
  const compare = {
    figures: ({ input, result }) => {
      const ids = input.options.map((option) => option.id);
      const priced = result.atVolume;
      return [
        ...result.crossovers.map((point) => ({ label: `Crossover ${ids[point.below]} → ${ids[point.above]}`, value: point.volume, format: units })),
        ...(priced
          ? [
              { label: "Cheapest total cost at x", value: priced.options[priced.cheapest].totalCost, format: money },
              ...priced.options.map((option, index) => ({ label: `Total cost of ${ids[index]} at x`, value: option.totalCost, format: money })),
            ]
          : []),
      ];
    },
    curves: ({ result: { chart } }) => ({
      title: "Lowest total cost against volume",
      xLabel: "Volume x (units per year)",
      yLabel: "Total cost per year ($)",
      format: compactNumber,
      formatX: formatNumber,
      series: [{ label: "Lowest cost", x: chart.volume, y: chart.lowestCost }],
    }),
  };

  load(EXAMPLES[0]);
  const update = liveCalculator(form, { compute, render, results, compare });
  const buttons = document.getElementById("crossover-examples");
  buttons.replaceChildren(
    ...EXAMPLES.slice(1).map((example) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = example.label;
      button.addEventListener("click", () => {
        load(example);
        update();
      });
      return button;
    }),
  );
  document.getElementById("crossover-reset").addEventListener("click", () => {
    load(EXAMPLES[0]);
    update();
  });
}

/** "2,857.14 and 6,666.67 units", or "none" when one option is cheapest everywhere. */
function crossoverText(result) {
  const volumes = result.crossovers.map((point) => n(point.volume));
  if (volumes.length === 0) return "none";
  const list = volumes.length === 1 ? volumes[0] : `${volumes.slice(0, -1).join(", ")} and ${volumes[volumes.length - 1]}`;
  return `${list} units`;
}

/** "0 to 2,857.14", "6,666.67 and over", or "every volume" for the only range. */
function rangeText(range) {
  if (range.toVolume !== undefined) return `${n(range.fromVolume)} to ${n(range.toVolume)}`;
  return range.fromVolume === 0 ? "every volume" : `${n(range.fromVolume)} and over`;
}

/** A table row: a row header and cells. */
function tableRow(header, cells, { badge = "" } = {}) {
  const line = document.createElement("tr");
  const headerCell = document.createElement("th");
  headerCell.scope = "row";
  headerCell.textContent = header;
  if (badge) {
    const mark = document.createElement("span");
    mark.className = "badge";
    mark.textContent = badge;
    headerCell.append(" ", mark);
    line.className = "chosen";
  }
  line.append(headerCell);
  for (const text of cells) {
    const cell = document.createElement("td");
    cell.textContent = text;
    line.append(cell);
  }
  return line;
}

function renderRanges(result, ids) {
  const body = /** @type {HTMLTableElement} */ (document.getElementById("crossover-ranges")).tBodies[0];
  body.replaceChildren(...result.ranges.map((range) => tableRow(rangeText(range), [ids[range.option]])));
}

function renderCosts(result, ids) {
  const priced = result.atVolume;
  const body = /** @type {HTMLTableElement} */ (document.getElementById("crossover-costs")).tBodies[0];
  if (!priced) {
    body.replaceChildren();
    return;
  }
  show("crossover-costs-caption", `Every option at ${n(priced.volume)} units`);
  body.replaceChildren(
    ...priced.options.map((option, index) =>
      tableRow(
        ids[index],
        [money(option.fixedCost), money(option.totalVariableCost), money(option.totalCost), index === priced.cheapest ? "—" : `+${money(option.extraCost)}`],
        { badge: index === priced.cheapest ? "cheapest" : "" },
      ),
    ),
  );
}

/** The formulas with the user's numbers in place: inputs as typed, results from the library. */
function showTheWorking(input, result, ids) {
  /** @type {import("../../working.js").Step[]} */
  const steps = result.crossovers.map((point) => {
    const [low, high] = [input.options[point.below], input.options[point.above]];
    const [a, b] = [ids[point.below], ids[point.above]];
    return {
      name: `${a} → ${b}`,
      formula: `x = (F(${b}) − F(${a})) / (V(${a}) − V(${b}))`,
      numbers: `(${n(high.fixedCost)} − ${n(low.fixedCost)}) / (${n(low.variableCost)} − ${n(high.variableCost)})`,
      value: `${n(point.volume)} units, where both cost ${money(point.totalCost)}`,
    };
  });
  if (result.crossovers.length === 0) {
    steps.push({ name: "No crossover", formula: "cheapest at every volume", value: ids[result.ranges[0].option] });
  }
  const priced = result.atVolume;
  if (priced) {
    const x = n(priced.volume);
    priced.options.forEach((option, index) => {
      steps.push({
        name: ids[index],
        formula: "TC = F + V x",
        numbers: `${n(input.options[index].fixedCost)} + ${n(input.options[index].variableCost)} × ${x}`,
        value: money(option.totalCost),
      });
    });
    steps.push({
      name: "Cheapest",
      formula: `at x = ${x}`,
      value: `${ids[priced.cheapest]}, ${money(priced.options[priced.cheapest].totalCost)}`,
    });
  }
  renderWorking(document.getElementById("crossover-working"), steps);
}

function renderChart(result, ids) {
  const { chart } = result;
  const end = chart.volume[chart.volume.length - 1];
  const cheaper = ids.length === 2 ? "cheaper" : "cheapest";
  // A region's label shows where it fits (about 7 px a character on a plot about 550 px wide).
  const regions = result.ranges.map((range) => {
    const to = range.toVolume ?? end;
    const label = `${ids[range.option]} ${cheaper}`;
    const fits = ((to - range.fromVolume) / end) * 550 > label.length * 7 + 8;
    return { from: range.fromVolume, to, label: fits ? label : "", className: `option-${range.option % 6}` };
  });
  const markers = result.crossovers.map((point) => ({ x: point.volume, y: point.totalCost, label: n(point.volume) }));
  const priced = result.atVolume;
  // The volume gets its own marker where its label does not run into a crossover's.
  if (priced && result.crossovers.every((point) => Math.abs(point.volume - priced.volume) > end / 6)) {
    markers.push({ x: priced.volume, y: priced.options[priced.cheapest].totalCost, label: `x = ${n(priced.volume)}` });
  }
  const cheapestFirst = result.ranges.map((range) => ids[range.option]).join(", then ");
  drawChart(/** @type {SVGSVGElement} */ (document.getElementById("crossover-chart")), {
    title: "Total cost of each option against volume, with the crossovers",
    description:
      result.crossovers.length === 0
        ? `The cost lines do not cross: ${cheapestFirst} costs least at every volume.`
        : `From the lowest volume up, the cheapest option is ${cheapestFirst}; the cheapest changes at ${crossoverText(result)}.`,
    series: [
      { label: "Lowest cost", x: chart.volume, y: chart.lowestCost, className: "envelope" },
      ...chart.totalCost.map((line, index) => ({ label: ids[index], x: chart.volume, y: line, className: `option option-${index % 6}` })),
    ],
    regions,
    xLabel: "Volume x (units per year)",
    yLabel: "Total cost per year ($)",
    markers,
    format: compactNumber,
    formatX: formatNumber,
    legend: ids.length <= 6,
  });
}

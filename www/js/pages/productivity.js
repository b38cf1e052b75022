// The productivity calculator: one or two periods, each an output and a table of
// inputs, to productivity(); the multifactor results, each input's productivity and
// its change, and the working.
import { syncChoices } from "../choices.js";
import { formatMoney, formatNumber, formatPercent } from "../format.js";
import { liveCalculator, readNumberFields } from "../live-form.js";
import { renderNav } from "../nav.js";
import { rowTable } from "../table-input.js";
import { productivity } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const form = /** @type {HTMLFormElement} */ (document.getElementById("productivity-form"));
const results = /** @type {HTMLElement} */ (document.getElementById("productivity-results"));
const sourceLine = /** @type {HTMLElement} */ (document.getElementById("example-source"));
const n = formatNumber;
const money = formatMoney;
/** A change as a signed percentage: "+75%", "−12.5%", "0%". */
const change = (value) => `${value > 0 ? "+" : value < 0 ? "−" : ""}${formatPercent(Math.abs(value))}`;

/**
 * @typedef {{ name: string, amount?: number, unitCost?: number, cost?: number }} InputRow
 * @typedef {{ label: string, source: string, periods: { output: number, inputs: InputRow[] }[] }} Example
 */

const heizer = "Heizer & Render, Operations Management, chapter 1";
const stevenson = "Stevenson, Operations Management, chapter 2";
/** @type {Example[]} */
const examples = [
  {
    label: "Collins Title Company",
    source: `${heizer} (Collins Title Company): 4 workers × 8 hours (a $640 payroll) and $400 of overhead make 8 titles a day; a new system makes 14 with $800 of overhead. Published: 0.25 → 0.4375 titles per labour-hour (+75%), multifactor .0077 → .0097 titles per dollar (+26%).`,
    periods: [
      { output: 8, inputs: [{ name: "Labour", amount: 32, cost: 640 }, { name: "Overhead", cost: 400 }] },
      { output: 14, inputs: [{ name: "Labour", amount: 32, cost: 640 }, { name: "Overhead", cost: 800 }] },
    ],
  },
  {
    label: "Stevenson: carpet installers",
    source: `${stevenson}: four workers installed 720 square yards of carpeting in eight hours. Published: 22.5 square yards per labour-hour.`,
    periods: [{ output: 720, inputs: [{ name: "Labour", amount: 32 }] }],
  },
  {
    label: "Stevenson: multifactor",
    source: `${stevenson}: 7,040 units from $1,000 of labour, $520 of materials and $2,000 of overhead. Published: 2 units per dollar input.`,
    periods: [{ output: 7040, inputs: [{ name: "Labour", cost: 1000 }, { name: "Materials", cost: 520 }, { name: "Overhead", cost: 2000 }] }],
  },
  {
    label: "Collins, labour at $20 an hour",
    source: `After ${heizer} (Collins Title Company), with labour given as 32 hours at $20 an hour: the same $640 payroll, so the same results.`,
    periods: [
      { output: 8, inputs: [{ name: "Labour", amount: 32, unitCost: 20 }, { name: "Overhead", cost: 400 }] },
      { output: 14, inputs: [{ name: "Labour", amount: 32, unitCost: 20 }, { name: "Overhead", cost: 800 }] },
    ],
  },
];

/** The two periods' input tables. */
const tables = [0, 1].map((period) =>
  rowTable(/** @type {HTMLTableElement} */ (document.getElementById(`inputs-${period}`)), {
    columns: [
      { key: "name", label: "Input", type: "text" },
      { key: "amount", label: "Amount" },
      { key: "unitCost", label: "$ per unit" },
      { key: "cost", label: "Cost" },
    ],
    rowName: (index) => `${period === 0 ? "before" : "after"}, input ${index + 1}`,
    addButton: /** @type {HTMLButtonElement} */ (document.getElementById(`add-input-${period}`)),
    rows: [],
  }),
);

const twoPeriods = () => /** @type {RadioNodeList} */ (form.elements.namedItem("period-count")).value === "two";

/** Period names that say "before" only when there is an "after". */
function syncPeriodNames() {
  const two = twoPeriods();
  document.querySelector('[data-period-name="0"]').textContent = two ? "Before" : "The period";
  for (const element of document.querySelectorAll('[data-period-label="0"]')) element.textContent = two ? "before" : "";
  document.querySelector('#productivity-table th[data-period-label="0"]').textContent = two ? "Before" : "Value";
}

/** @param {Example} example */
function load(example) {
  form.elements.namedItem("period-count").value = example.periods.length === 2 ? "two" : "one";
  example.periods.forEach((period, index) => {
    /** @type {HTMLInputElement} */ (document.getElementById(`output-${index}`)).value = String(period.output);
    tables[index].setRows(period.inputs);
  });
  syncChoices(form);
  syncPeriodNames();
  sourceLine.textContent = example.source;
}

function compute() {
  const fields = readNumberFields(form);
  const periods = [0, 1]
    .slice(0, twoPeriods() ? 2 : 1)
    .map((index) => ({ output: fields[`periods[${index}].output`], inputs: tables[index].read() }));
  const options = { periods };
  return { options, result: productivity(options) };
}

function render({ options, result }) {
  const [before, after] = result.periods;
  const multifactor = (period) => (period.multifactorProductivity === undefined ? "—" : `${n(period.multifactorProductivity)} per $`);
  show("result-multifactor-0", multifactor(before));
  show("result-multifactor-1", after ? multifactor(after) : "");
  const multifactorChange = result.change?.multifactorProductivity;
  show("result-multifactor-change", multifactorChange === undefined ? "—" : change(multifactorChange));
  for (const element of results.querySelectorAll('[data-needs="change"]')) element.hidden = result.change === undefined;
  document.getElementById("multifactor-note").hidden = result.periods.every((period) => period.multifactorProductivity !== undefined);
  renderTable(result);
  showTheWorking(options, result);
}

function show(id, text) {
  document.getElementById(id).textContent = text;
}

/** A table cell; the first of a row is a row header. */
function cell(text, { header = false, hidden = false } = {}) {
  const element = document.createElement(header ? "th" : "td");
  if (header) element.scope = "row";
  element.hidden = hidden;
  element.textContent = text;
  return element;
}

/** One row per measure: the output, each input's productivities, total cost, multifactor. */
function renderTable(result) {
  const [before, after] = result.periods;
  const two = result.change !== undefined;
  const names = [...new Set(result.periods.flatMap((period) => period.factors.map((factor) => factor.name)))];
  const factorOf = (period, name) => period?.factors.find((factor) => factor.name === name);
  const changeOf = (name) => result.change?.factors.find((factor) => factor.name === name);
  const value = (number, text = n) => (number === undefined ? "—" : text(number));

  /** @type {[string, string, string, string][]} */
  const rows = [["Output", n(before.output), after ? n(after.output) : "", two ? change(result.change.output) : ""]];
  for (const name of names) {
    const measures = [
      ["outputPerAmount", `${name}, per unit`],
      ["outputPerCost", `${name}, per $`],
    ];
    for (const [key, label] of measures) {
      if (!result.periods.some((period) => factorOf(period, name)?.[key] !== undefined)) continue;
      const changed = changeOf(name)?.[key];
      rows.push([label, value(factorOf(before, name)?.[key]), after ? value(factorOf(after, name)?.[key]) : "", two ? value(changed, change) : ""]);
    }
  }
  rows.push(
    ["Total cost", value(before.totalCost, money), after ? value(after.totalCost, money) : "", ""],
    ["Multifactor, per $ of all inputs", value(before.multifactorProductivity), after ? value(after.multifactorProductivity) : "", two ? value(result.change.multifactorProductivity, change) : ""],
  );
  const body = /** @type {HTMLTableElement} */ (document.getElementById("productivity-table")).tBodies[0];
  body.replaceChildren(
    ...rows.map(([label, first, second, difference]) => {
      const row = document.createElement("tr");
      row.append(cell(label, { header: true }), cell(first), cell(second, { hidden: !two }), cell(difference, { hidden: !two }));
      return row;
    }),
  );
}

/** The formulas with the user's numbers: inputs as typed, results from the library. */
function showTheWorking(options, result) {
  const two = result.change !== undefined;
  const steps = [];
  result.periods.forEach((period, index) => {
    const when = two ? (index === 0 ? " before" : " after") : "";
    const typed = options.periods[index].inputs;
    period.factors.forEach((factor, position) => {
      const unitCost = typed[position]?.unitCost;
      if (unitCost !== undefined && factor.amount !== undefined && factor.cost !== undefined) {
        steps.push({ name: `${factor.name} cost${when}`, formula: "amount × $ per unit", numbers: `${n(factor.amount)} × ${money(unitCost)}`, value: money(factor.cost) });
      }
      if (factor.outputPerAmount !== undefined && factor.amount !== undefined) {
        steps.push({ name: `${factor.name} productivity${when}`, formula: "output / amount", numbers: `${n(period.output)} / ${n(factor.amount)}`, value: `${n(factor.outputPerAmount)} per unit` });
      } else if (factor.outputPerCost !== undefined && factor.cost !== undefined) {
        steps.push({ name: `${factor.name} productivity${when}`, formula: "output / cost", numbers: `${n(period.output)} / ${money(factor.cost)}`, value: `${n(factor.outputPerCost)} per $` });
      }
    });
    if (period.totalCost !== undefined && period.multifactorProductivity !== undefined) {
      steps.push(
        { name: `Total cost${when}`, formula: "Σ cost", numbers: period.factors.map((factor) => money(factor.cost ?? 0)).join(" + "), value: money(period.totalCost) },
        { name: `Multifactor productivity${when}`, formula: "output / total cost", numbers: `${n(period.output)} / ${money(period.totalCost)}`, value: `${n(period.multifactorProductivity)} per $` },
      );
    }
  });
  if (result.change) {
    const [before, after] = result.periods;
    for (const factor of result.change.factors) {
      const earlier = before.factors.find((candidate) => candidate.name === factor.name);
      const later = after.factors.find((candidate) => candidate.name === factor.name);
      if (factor.outputPerAmount !== undefined && earlier?.outputPerAmount !== undefined && later?.outputPerAmount !== undefined) {
        steps.push({ name: `Change in ${factor.name.toLowerCase()} productivity`, formula: "after / before − 1", numbers: `${n(later.outputPerAmount)} / ${n(earlier.outputPerAmount)} − 1`, value: change(factor.outputPerAmount) });
      }
    }
    const multifactorChange = result.change.multifactorProductivity;
    if (multifactorChange !== undefined && before.multifactorProductivity !== undefined && after.multifactorProductivity !== undefined) {
      steps.push({ name: "Change in multifactor productivity", formula: "after / before − 1", numbers: `${n(after.multifactorProductivity)} / ${n(before.multifactorProductivity)} − 1`, value: change(multifactorChange) });
    }
  }
  renderWorking(document.getElementById("productivity-working"), steps);
}

/**
 * Scenario comparison: each period's multifactor productivity and the productivity of
 * each input given as an amount (labour-hours, say), and the change in multifactor
 * productivity. Periods are named as on the page, so that a scenario of one period is not
 * set beside one of two.
 */
const compare = {
  figures: ({ result }) => {
    const two = result.change !== undefined;
    const figures = result.periods.flatMap((period, index) => {
      const when = two ? (index === 0 ? " before" : " after") : "";
      return [
        ...(period.multifactorProductivity === undefined
          ? []
          : [{ label: `Multifactor productivity${when}`, value: period.multifactorProductivity, format: (value) => `${n(value)} per $` }]),
        ...period.factors.flatMap((factor) =>
          factor.outputPerAmount === undefined ? [] : [{ label: `${factor.name} productivity${when}`, value: factor.outputPerAmount, format: (value) => `${n(value)} per unit` }],
        ),
      ];
    });
    const multifactorChange = result.change?.multifactorProductivity;
    if (multifactorChange !== undefined) {
      figures.push({ label: "Change in multifactor productivity", value: multifactorChange, format: formatPercent, percent: true });
    }
    return figures;
  },
};

form.addEventListener("input", () => {
  syncChoices(form);
  syncPeriodNames();
});
load(examples[0]);
const update = liveCalculator(form, { compute, render, results, compare });
document.getElementById("example-buttons").replaceChildren(
  ...examples.slice(1).map((example) => {
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
document.getElementById("reset-example").addEventListener("click", () => {
  load(examples[0]);
  update();
});

// The ABC analysis calculator: the item table, basis and cutoffs to abcAnalysis();
// the class totals, the ranked table, the working and the Pareto chart.
import { drawChart } from "../chart.js";
import { formatMoney, formatNumber } from "../format.js";
import { liveCalculator, readNumberFields } from "../live-form.js";
import { renderNav } from "../nav.js";
import { rowTable } from "../table-input.js";
import { abcAnalysis } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const form = /** @type {HTMLFormElement} */ (document.getElementById("abc-form"));
const results = /** @type {HTMLElement} */ (document.getElementById("abc-results"));
const n = formatNumber;
const money = formatMoney;
const shares = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 2 });
/** A share as a percentage with at most two decimals, as ABC tables print it: "0.52%". */
const percent = (value) => shares.format(value);

/** Heizer & Render's Silicon Chips, Inc.: ten items by stock number. */
const TEXTBOOK_ITEMS = [
  ["#10286", 1000, 90.0],
  ["#11526", 500, 154.0],
  ["#12760", 1550, 17.0],
  ["#10867", 350, 42.86],
  ["#10500", 1000, 12.5],
  ["#12572", 600, 14.17],
  ["#14075", 2000, 0.6],
  ["#01036", 100, 8.5],
  ["#01307", 1200, 0.42],
  ["#10572", 250, 0.6],
].map(([id, annualDemand, unitCost]) => ({ id, annualDemand, unitCost }));

const items = rowTable(/** @type {HTMLTableElement} */ (document.getElementById("items")), {
  columns: [
    { key: "id", label: "Item", type: "text" },
    { key: "annualDemand", label: "Annual demand" },
    { key: "unitCost", label: "Unit cost" },
  ],
  rowName: (index) => `item ${index + 1}`,
  addButton: /** @type {HTMLButtonElement} */ (document.getElementById("add-item")),
  rows: TEXTBOOK_ITEMS,
});

function compute() {
  const { "cutoffs.a": a, "cutoffs.b": b } = readNumberFields(form);
  const basis = /** @type {RadioNodeList} */ (form.elements.namedItem("basis")).value;
  const options = { items: items.read(), basis };
  // Either share given: pass both, so a missing one is reported next to its input.
  if (a !== undefined || b !== undefined) options.cutoffs = { a, b };
  return abcAnalysis(options);
}

function render(result) {
  const byItems = result.basis === "items";
  show("result-total", money(result.totalValue));
  show("result-count", n(result.itemCount));
  const { a, b, c } = result.cutoffs;
  show("result-cutoffs", `A ${percent(a)}, B ${percent(b)}, C ${percent(c)} of the ${byItems ? "items" : "value"}`);
  renderClasses(result);
  renderRows(result);
  showTheWorking(result);
  renderChart(result);
}

function show(id, text) {
  document.getElementById(id).textContent = text;
}

/** "1–3", "4", or "—" for an empty class. */
function ranks(total) {
  if (total.firstRank === undefined) return "—";
  return total.firstRank === total.lastRank ? `${total.firstRank}` : `${total.firstRank}–${total.lastRank}`;
}

/** A table cell; the first of a row is a row header. */
function cell(text, { header = false, className = "" } = {}) {
  const element = document.createElement(header ? "th" : "td");
  if (header) element.scope = "row";
  if (className) element.className = className;
  element.textContent = text;
  return element;
}

function renderClasses(result) {
  const body = /** @type {HTMLTableElement} */ (document.getElementById("abc-classes")).tBodies[0];
  body.replaceChildren(
    ...result.classes.map((total) => {
      const row = document.createElement("tr");
      row.append(
        cell(total.class, { header: true, className: `class-${total.class.toLowerCase()}` }),
        cell(n(total.itemCount)),
        cell(ranks(total)),
        cell(percent(total.itemShare)),
        cell(money(total.annualValue)),
        cell(percent(total.valueShare)),
      );
      return row;
    }),
  );
}

function renderRows(result) {
  const body = /** @type {HTMLTableElement} */ (document.getElementById("abc-rows")).tBodies[0];
  body.replaceChildren(
    ...result.rows.map((item) => {
      const row = document.createElement("tr");
      row.append(
        cell(n(item.rank), { header: true }),
        cell(item.id),
        cell(n(item.annualDemand)),
        cell(money(item.unitCost, { cents: true })),
        cell(money(item.annualValue)),
        cell(percent(item.share)),
        cell(percent(item.cumulativeShare)),
        cell(percent(item.cumulativeItemShare)),
        cell(item.class, { className: `class-${item.class.toLowerCase()}` }),
      );
      return row;
    }),
  );
}

/** The rule with the user's numbers: the top item worked through, then each class. */
function showTheWorking(result) {
  const top = result.rows[0];
  const of = result.basis === "items" ? "of the items" : "of the value";
  const classSummary = (total) => ({
    numbers: `ranks ${ranks(total)}`,
    value: `${n(total.itemCount)} items, ${percent(total.itemShare)} of the items, ${percent(total.valueShare)} of the value`,
  });
  const [classA, classB, classC] = result.classes;
  renderWorking(document.getElementById("abc-working"), [
    {
      name: `Annual value of ${top.id}`,
      formula: "D × c",
      numbers: `${n(top.annualDemand)} × ${money(top.unitCost, { cents: true })}`,
      value: money(top.annualValue),
    },
    {
      name: "Total annual value",
      formula: "Σ D × c",
      numbers: `the sum over ${n(result.itemCount)} items`,
      value: money(result.totalValue),
    },
    {
      name: `Share of ${top.id}`,
      formula: "value / total",
      numbers: `${money(top.annualValue)} / ${money(result.totalValue)}`,
      value: percent(top.share),
    },
    { name: "Class A", formula: `the fewest top items reaching ${percent(result.cutoffs.a)} ${of}`, ...classSummary(classA) },
    { name: "Class B", formula: `the next items, reaching a further ${percent(result.cutoffs.b)} ${of}`, ...classSummary(classB) },
    { name: "Class C", formula: `the rest (${percent(result.cutoffs.c)})`, ...classSummary(classC) },
  ]);
}

function renderChart(result) {
  const bars = result.classes.map((total) => {
    const members = result.rows.filter((row) => row.class === total.class);
    return {
      label: `Class ${total.class}`,
      x: members.map((row) => row.rank),
      y: members.map((row) => row.share),
      className: `class-${total.class.toLowerCase()}`,
      kind: /** @type {const} */ ("bars"),
    };
  });
  // A guide half a bar after the last item of each class that has a next class.
  const boundaries = [];
  result.classes.forEach((total, index) => {
    const next = result.classes.slice(index + 1).find((later) => later.itemCount > 0);
    if (total.lastRank !== undefined && next) boundaries.push({ x: total.lastRank + 0.5, label: `${total.class} | ${next.class}` });
  });
  drawChart(/** @type {SVGSVGElement} */ (document.getElementById("abc-chart")), {
    title: "Share of annual value by item, most valuable first, with the cumulative share",
    description: `Class A, ${n(result.classes[0].itemCount)} of ${n(result.itemCount)} items, holds ${percent(result.classes[0].valueShare)} of the annual value; class C, ${n(result.classes[2].itemCount)} items, holds ${percent(result.classes[2].valueShare)}.`,
    series: [
      ...bars.filter((series) => series.x.length > 0),
      {
        label: "Cumulative share",
        x: result.rows.map((row) => row.rank),
        y: result.rows.map((row) => row.cumulativeShare),
        className: "cumulative",
      },
    ],
    xLabel: "Items ranked by annual value",
    yLabel: "Share of annual value",
    markers: boundaries,
    format: percent,
    formatX: n,
    legend: false,
  });
}

/**
 * Scenario comparison: the totals and each class's items and value, and each item's
 * share by rank (the cumulative curve would run under the legend at the top right).
 */
const compare = {
  figures: (result) => [
    { label: "Total annual value", value: result.totalValue, format: money },
    { label: "Items", value: result.itemCount, format: n },
    ...result.classes.flatMap((total) => [
      { label: `Class ${total.class}: items`, value: total.itemCount, format: n },
      { label: `Class ${total.class}: % of value`, value: total.valueShare, format: percent, percent: true },
    ]),
  ],
  curves: (result) => ({
    title: "Each item's share of annual value, by rank",
    xLabel: "Items ranked by annual value",
    yLabel: "Share of annual value",
    format: percent,
    formatX: n,
    series: [{ label: "Item share", x: result.rows.map((row) => row.rank), y: result.rows.map((row) => row.share) }],
  }),
};

const update = liveCalculator(form, { compute, render, results, compare });
document.getElementById("reset-example").addEventListener("click", () => {
  form.reset();
  items.setRows(TEXTBOOK_ITEMS);
  update();
});

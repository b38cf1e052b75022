// The break-even page, part two: a product mix. The fixed cost, the mix's basis and the
// product table to breakEvenMix(); the break-even revenue, each product's part in it,
// the working with the user's numbers, and the break-even chart in sales revenue.
import { formatMoney, formatNumber, formatPercent } from "../../format.js";
import { liveCalculator, readNumberFields } from "../../live-form.js";
import { rowTable } from "../../table-input.js";
import { breakEvenMix } from "../../wasm.js";
import { renderWorking } from "../../working.js";
import { breakEvenCurves, drawBreakEvenChart, profitText, show, showWhen, signedPercent } from "./parts.js";

const n = formatNumber;
const money = formatMoney;
/** A price or a cost per unit, with cents as prices are printed: "$1.50". */
const price = (value) => formatMoney(value, { cents: true });

/** After Heizer & Render's Le Bistro ($3,000 a month of fixed cost, in the HTML as $36,000 a year). */
const TEXTBOOK_PRODUCTS = [
  { id: "Sandwich", unitPrice: 5, variableCost: 3, forecastUnits: 9000 },
  { id: "Drinks", unitPrice: 1.5, variableCost: 0.5, forecastUnits: 9000 },
  { id: "Baked potato", unitPrice: 2, variableCost: 1, forecastUnits: 7000 },
];

export function setUpMix() {
  const form = /** @type {HTMLFormElement} */ (document.getElementById("mix-form"));
  const part = /** @type {HTMLElement} */ (document.getElementById("mix"));
  const results = /** @type {HTMLElement} */ (document.getElementById("mix-results"));
  const table = /** @type {HTMLTableElement} */ (document.getElementById("mix-products"));
  const basisChoice = /** @type {RadioNodeList} */ (form.elements.namedItem("mix-basis"));

  const products = rowTable(table, {
    columns: [
      { key: "id", label: "Product", type: "text" },
      { key: "unitPrice", label: "Price" },
      { key: "variableCost", label: "Variable cost" },
      { key: "forecastUnits", label: "Forecast units" },
      { key: "salesShare", label: "Share of revenue" },
    ],
    rowName: (index) => `product ${index + 1}`,
    addButton: /** @type {HTMLButtonElement} */ (document.getElementById("mix-add")),
    rows: TEXTBOOK_PRODUCTS,
  });

  /** Shows the column of the chosen basis (the other keeps what was typed in it). */
  const syncBasis = () => {
    table.dataset.basis = basisChoice.value;
    form.querySelector(".mix-share-hint").hidden = basisChoice.value !== "salesShare";
  };

  const compute = () => {
    const basis = basisChoice.value;
    const rows = products.read().map(({ id, forecastUnits, salesShare, ...prices }) => ({
      ...(id ? { id } : {}),
      ...prices,
      ...(basis === "salesShare" ? { salesShare } : { forecastUnits }),
    }));
    const options = { ...readNumberFields(form), products: rows };
    return { options, result: breakEvenMix(options) };
  };
  const render = ({ options, result }) => {
    show("mix-bep-revenue", money(result.breakEvenRevenue));
    show("mix-weighted", n(result.weightedContribution));
    const { forecast } = result;
    if (forecast) {
      show("mix-forecast-revenue", money(forecast.revenue));
      show("mix-forecast-profit", profitText(forecast.profit));
      show("mix-safety", `${money(forecast.marginOfSafetyRevenue)} (${signedPercent(forecast.marginOfSafetyRatio)} of the forecast revenue)`);
    }
    showWhen(part, "forecast", forecast !== undefined);
    renderProducts(result);
    showTheWorking(options, result);
    renderChart(result);
  };

  /** Scenario comparison: the break-even revenue and the forecast's outcome; the chart's lines. */
  const compare = {
    figures: ({ result }) => [
      { label: "Break-even revenue BEP$", value: result.breakEvenRevenue, format: money },
      { label: "Weighted contribution", value: result.weightedContribution, format: n },
      ...(result.forecast
        ? [
            { label: "Forecast revenue", value: result.forecast.revenue, format: money },
            { label: "Profit at the forecast", value: result.forecast.profit, format: money },
            { label: "Margin of safety", value: result.forecast.marginOfSafetyRevenue, format: money },
          ]
        : []),
    ],
    curves: ({ result: { chart } }) =>
      breakEvenCurves({
        ...chart,
        x: chart.revenue,
        title: "Revenue and total cost against sales revenue in the mix",
        xLabel: "Sales revenue in this mix ($ per year)",
        yLabel: "Money per year ($)",
      }),
  };

  form.addEventListener("input", syncBasis);
  syncBasis();
  const update = liveCalculator(form, { compute, render, results, compare });
  document.getElementById("mix-reset").addEventListener("click", () => {
    form.reset();
    products.setRows(TEXTBOOK_PRODUCTS);
    syncBasis();
    update();
  });
}

/** A product's name: its id, or its place in the list. */
const productName = (row, index) => row.id ?? `Product ${index + 1}`;

function renderProducts(result) {
  const withForecast = result.forecast !== undefined;
  const body = /** @type {HTMLTableElement} */ (document.getElementById("mix-table")).tBodies[0];
  body.replaceChildren(
    ...result.products.map((row, index) => {
      const cells = [
        productName(row, index),
        price(row.unitPrice),
        price(row.variableCost),
        n(row.variableCostRatio),
        n(row.contributionRatio),
        ...(withForecast ? [money(row.forecastRevenue)] : []),
        formatPercent(row.salesShare),
        n(row.weightedContribution),
        money(row.revenue),
        n(row.units),
      ];
      const line = document.createElement("tr");
      cells.forEach((text, column) => {
        const cell = document.createElement(column === 0 ? "th" : "td");
        if (column === 0) cell.scope = "row";
        cell.textContent = text;
        line.append(cell);
      });
      return line;
    }),
  );
}

/** The formulas with the user's numbers in place: inputs as typed, results from the library. */
function showTheWorking(options, result) {
  const rows = result.products;
  const name = (index) => productName(rows[index], index);
  /** @type {(import("../../working.js").Step | import("../../working.js").StepTuple)[]} */
  const steps = [];
  if (result.forecast) {
    const terms = options.products.map((product) => `${n(product.unitPrice)} × ${n(product.forecastUnits)}`);
    steps.push(["Σ P u", terms.join(" + "), money(result.forecast.revenue)]);
    rows.forEach((row, index) => {
      steps.push({
        name: name(index),
        formula: "W = P u / Σ P u",
        numbers: `${n(row.forecastRevenue)} / ${n(result.forecast.revenue)}`,
        value: n(row.salesShare),
      });
    });
  } else if (result.shareSum !== 1) {
    steps.push(["Σ shares", options.products.map((product) => n(product.salesShare)).join(" + "), n(result.shareSum)]);
    rows.forEach((row, index) => {
      steps.push({
        name: name(index),
        formula: "W = share / Σ shares",
        numbers: `${n(options.products[index].salesShare)} / ${n(result.shareSum)}`,
        value: n(row.salesShare),
      });
    });
  }
  rows.forEach((row, index) => {
    steps.push({
      name: name(index),
      formula: "(1 − V / P) × W",
      numbers: `(1 − ${n(row.variableCost)} / ${n(row.unitPrice)}) × ${n(row.salesShare)}`,
      value: n(row.weightedContribution),
    });
  });
  steps.push(
    ["Σ (1 − V / P) W", rows.map((row) => n(row.weightedContribution)).join(" + "), n(result.weightedContribution)],
    ["BEP$ = F / Σ (1 − V / P) W", `${n(options.fixedCost)} / ${n(result.weightedContribution)}`, `${money(result.breakEvenRevenue)} per year`],
  );
  rows.forEach((row, index) => {
    steps.push({
      name: name(index),
      formula: "units = W × BEP$ / P",
      numbers: `${n(row.salesShare)} × ${n(result.breakEvenRevenue)} / ${n(row.unitPrice)}`,
      value: `${n(row.units)} units`,
    });
  });
  if (result.forecast) {
    steps.push([
      "Profit = Σ (P − V) u − F",
      `${n(result.forecast.contribution)} − ${n(options.fixedCost)}`,
      profitText(result.forecast.profit),
    ]);
  }
  renderWorking(document.getElementById("mix-working"), steps);
}

function renderChart(result) {
  const { chart } = result;
  const bep = result.breakEvenRevenue;
  const end = chart.revenue[chart.revenue.length - 1];
  const markers = [{ x: bep, y: bep, label: `BEP$ = ${money(bep)}` }];
  const { forecast } = result;
  // The forecast gets its own marker where its label does not run into the BEP's.
  if (forecast && Math.abs(forecast.revenue - bep) > end / 6) {
    markers.push({ x: forecast.revenue, y: forecast.revenue, label: `forecast ${money(forecast.revenue)}` });
  }
  drawBreakEvenChart(/** @type {SVGSVGElement} */ (document.getElementById("mix-chart")), {
    x: chart.revenue,
    revenue: chart.revenue,
    totalCost: chart.totalCost,
    fixedCost: chart.fixedCost,
    breakEven: bep,
    markers,
    title: "Revenue and total cost against sales revenue in this mix, with the break-even point",
    description: `In this mix, revenue meets total cost at ${money(bep)} of sales a year: a loss below, a profit above.`,
    xLabel: "Sales revenue in this mix ($ per year)",
    yLabel: "Money per year ($)",
  });
}

// The newsvendor calculator: inputs to newsvendor() (costs or prices; normal, uniform or
// discrete demand), results, the working, the demand table, the charts from
// demandDensity(), and an optional comparison through newsvendorOutcome().
import { syncChoices } from "../choices.js";
import { drawCumulativeChart, drawDensityChart } from "../demand-chart.js";
import { applyExample, exampleButtons } from "../examples.js";
import { formatNumber, formatPercent } from "../format.js";
import { liveCalculator, readNumberFields } from "../live-form.js";
import { renderNav } from "../nav.js";
import { demandDensity, newsvendor, newsvendorOutcome } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const form = /** @type {HTMLFormElement} */ (document.getElementById("newsvendor-form"));
const results = /** @type {HTMLElement} */ (document.getElementById("newsvendor-results"));
const sourceLine = /** @type {HTMLElement} */ (document.getElementById("example-source"));
const n = formatNumber;
const units = (value) => `${n(value)} units`;
const money = (value) => `$${n(value)}`;

/** @type {import("../examples.js").Example[]} */
const examples = [
  {
    label: "Cindy's Cider Bar (uniform)",
    source: "Stevenson, Operations Management, inventory chapter, the single-period model (Cindy's Cider Bar: weekly demand uniform from 300 to 500 litres; the book stocks 450 litres).",
    values: { price: "0.80", cost: "0.20", salvage: "0", "demand-min": "300", "demand-max": "500" },
    choices: { "cost-mode": "prices", distribution: "uniform" },
  },
  {
    label: "Roses (Poisson table)",
    source: "Stevenson, Operations Management, inventory chapter, the single-period model with Poisson demand (roses, mean 4 dozen a day; probabilities from the book's cumulative Poisson table to three decimals; the book stocks 4 dozen).",
    values: {
      "underage-cost": "3",
      "overage-cost": "2",
      "demand-values": "0 1 2 3 4 5 6 7 8 9 10 11 12",
      "demand-probabilities": ".018 .074 .146 .195 .196 .156 .104 .060 .030 .013 .005 .002 .001",
    },
    choices: { "cost-mode": "direct", distribution: "discrete" },
  },
  {
    label: "Wetsuits (normal)",
    source: "After Cachon & Terwiesch, Matching Supply with Demand, the newsvendor chapter (O'Neill's Hammer 3/2 wetsuit: demand normal with mean 3,192 and σ 1,181), with the exact z where the book reads 0.77 from a table.",
    values: { price: "180", cost: "110", salvage: "90", "demand-mean": "3192", "demand-sd": "1181" },
    choices: { "cost-mode": "prices", distribution: "normal" },
  },
];

/** `{ "demand.mean": 3 }` becomes `{ demand: { mean: 3 } }`: the form's field paths as options. */
function nest(flat) {
  const options = {};
  for (const [path, value] of Object.entries(flat)) {
    const keys = path.split(".");
    let target = options;
    for (const key of keys.slice(0, -1)) target = target[key] ??= {};
    target[keys[keys.length - 1]] = value;
  }
  return options;
}

/** "0, 1 2" becomes [0, 1, 2]; an entry that is not a number becomes NaN, for the library to name. */
function parseList(text) {
  return text.split(/[\s,;]+/).filter((entry) => entry !== "").map(Number);
}

/** The options the form describes, and the quantity to compare with (if any). */
function readOptions() {
  // readNumberFields reads the list inputs as NaN; they are replaced by their parsed lists.
  const { quantity, ...fields } = readNumberFields(form);
  for (const input of form.querySelectorAll("input[data-list]")) {
    if (input.dataset.field in fields) fields[input.dataset.field] = parseList(input.value);
  }
  const options = nest(fields);
  options.demand = { distribution: form.elements.namedItem("distribution").value, ...options.demand };
  return { options, quantity };
}

/**
 * An error about one entry of a list (`demand.values[2]`) is shown next to the list's
 * input, saying which entry: the library's reason, with the entry's position.
 */
function atListInput(error) {
  const match = error?.name === "OpscalcError" ? /^(demand\.(?:values|probabilities))\[(\d+)\]$/.exec(error.field) : null;
  if (!match) return error;
  const reason = `entry ${Number(match[2]) + 1}: ${error.reason}`;
  return Object.assign(new Error(`${match[1]}: ${reason}`), { name: "OpscalcError", code: error.code, field: match[1], reason });
}

function compute() {
  try {
    const { options, quantity } = readOptions();
    const result = newsvendor(options);
    const compare = quantity === undefined ? undefined : newsvendorOutcome({ model: options, quantity });
    const curve = demandDensity({ demand: options.demand });
    return { options, quantity, result, compare, curve };
  } catch (error) {
    throw atListInput(error);
  }
}

function render({ options, quantity, result, compare, curve }) {
  const outcome = result.outcome;
  show("result-quantity", units(result.quantity));
  show("result-ratio", n(result.criticalRatio));
  show("result-underage", money(result.underageCost));
  show("result-overage", money(result.overageCost));
  show("result-z", result.z === undefined ? "" : n(result.z));
  show("result-service", formatPercent(outcome.serviceLevel));
  show("result-stockout", formatPercent(outcome.stockoutProbability));
  show("result-shortage", units(outcome.expectedShortage));
  show("result-leftover", units(outcome.expectedLeftover));
  show("result-sales", units(outcome.expectedSales));
  show("result-cost", money(outcome.expectedCost));
  show("result-profit", outcome.expectedProfit === undefined ? "" : money(outcome.expectedProfit));
  toggle("z", result.z !== undefined);
  toggle("profit", outcome.expectedProfit !== undefined);

  document.getElementById("compare").hidden = compare === undefined;
  if (compare !== undefined) {
    show("compare-heading-quantity", units(quantity));
    show("compare-cost", money(compare.expectedCost));
    show("compare-profit", compare.expectedProfit === undefined ? "" : money(compare.expectedProfit));
    show("compare-service", formatPercent(compare.serviceLevel));
  }

  renderWorking(document.getElementById("newsvendor-working"), steps(options, result));
  renderTable(result);
  renderCharts(options, result, curve);
}

function show(id, text) {
  document.getElementById(id).textContent = text;
}

function toggle(name, visible) {
  for (const element of results.querySelectorAll(`[data-needs="${name}"]`)) element.hidden = !visible;
}

/** The formulas with the user's numbers in place: inputs as typed, results from the library. */
function steps(options, result) {
  const { demand } = options;
  const outcome = result.outcome;
  const q = n(result.quantity);
  const Cu = n(result.underageCost);
  const Co = n(result.overageCost);
  const ratio = n(result.criticalRatio);
  const list = [];
  if (options.price !== undefined) {
    list.push(
      ["Cu = price − cost", `${n(options.price)} − ${n(options.cost)}`, money(result.underageCost)],
      ["Co = cost − salvage", `${n(options.cost)} − ${n(options.salvage ?? 0)}`, money(result.overageCost)],
    );
  }
  list.push(["CR = Cu / (Cu + Co)", `${Cu} / (${Cu} + ${Co})`, ratio]);
  if (demand.distribution === "normal") {
    const stock = result.quantity === 0 ? "0 units (μ + zσ is below zero, and stock never is)" : units(result.quantity);
    list.push(
      ["z = Φ⁻¹(CR)", `Φ⁻¹(${ratio})`, n(result.z)],
      ["Q* = μ + z × σ", `${n(demand.mean)} + ${n(result.z)} × ${n(demand.sd)}`, stock],
      ["expected shortage = σ × G(z)", null, units(outcome.expectedShortage)],
      ["expected leftover = Q* − μ + σ × G(z)", `${q} − ${n(demand.mean)} + ${n(outcome.expectedShortage)}`, units(outcome.expectedLeftover)],
    );
  } else if (demand.distribution === "uniform") {
    const a = n(demand.min);
    const b = n(demand.max);
    list.push(
      ["Q* = a + CR × (b − a)", `${a} + ${ratio} × (${b} − ${a})`, units(result.quantity)],
      ["expected shortage = (b − Q*)² / 2(b − a)", `(${b} − ${q})² / (2 × (${b} − ${a}))`, units(outcome.expectedShortage)],
      ["expected leftover = (Q* − a)² / 2(b − a)", `(${q} − ${a})² / (2 × (${b} − ${a}))`, units(outcome.expectedLeftover)],
    );
  } else {
    const chosen = result.table.findIndex((row) => row.value === result.quantity);
    const reached = result.table[chosen];
    const before = chosen > 0 ? `P(D ≤ ${n(result.table[chosen - 1].value)}) = ${n(result.table[chosen - 1].cumulative)} < ${ratio}; ` : "";
    list.push(
      ["Q* = the least value with P(D ≤ Q) ≥ CR", `${before}P(D ≤ ${n(reached.value)}) = ${n(reached.cumulative)} ≥ ${ratio}`, units(result.quantity)],
      ["expected shortage = Σ p × (d − Q*) over d > Q*", null, units(outcome.expectedShortage)],
      ["expected leftover = Σ p × (Q* − d) over d < Q*", null, units(outcome.expectedLeftover)],
    );
  }
  list.push(
    ["expected cost = Cu × shortage + Co × leftover", `${Cu} × ${n(outcome.expectedShortage)} + ${Co} × ${n(outcome.expectedLeftover)}`, money(outcome.expectedCost)],
  );
  if (outcome.expectedProfit !== undefined) {
    list.push([
      "expected profit = price × sales + salvage × leftover − cost × Q*",
      `${n(options.price)} × ${n(outcome.expectedSales)} + ${n(options.salvage ?? 0)} × ${n(outcome.expectedLeftover)} − ${n(options.cost)} × ${q}`,
      money(outcome.expectedProfit),
    ]);
  }
  return list;
}

function renderTable(result) {
  document.getElementById("table-section").hidden = result.table === undefined;
  const body = document.getElementById("demand-table-body");
  body.replaceChildren(
    ...(result.table ?? []).map((row) => {
      const line = document.createElement("tr");
      if (row.value === result.quantity) line.className = "chosen";
      for (const value of [row.value, row.probability, row.cumulative]) {
        const cell = document.createElement("td");
        cell.textContent = n(value);
        line.append(cell);
      }
      return line;
    }),
  );
}

function renderCharts(options, result, curve) {
  const discrete = options.demand.distribution === "discrete";
  const stockLabel = `Q* = ${n(result.quantity)}`;
  drawDensityChart(/** @type {SVGSVGElement} */ (document.getElementById("density-chart")), {
    curve,
    discrete,
    stock: result.quantity,
    stockLabel,
    // The corners of a uniform step are too few to redraw its tail.
    shadeBeyond: options.demand.distribution !== "uniform",
    title: discrete ? "Probability of each demand, with the stock" : "Probability density of demand, with the stock",
    description: `Stocking ${n(result.quantity)} units meets all demand with probability ${formatPercent(result.outcome.serviceLevel)}; demand above it goes unmet.`,
    xLabel: "Demand in the period (units)",
  });
  drawCumulativeChart(/** @type {SVGSVGElement} */ (document.getElementById("cumulative-chart")), {
    curve,
    discrete,
    stock: result.quantity,
    probability: result.outcome.serviceLevel,
    ratio: result.criticalRatio,
    stockLabel,
    ratioLabel: `critical ratio ${n(result.criticalRatio)}`,
    title: "Probability that demand is at most x, with the critical ratio",
    description: `The cumulative probability reaches the critical ratio ${n(result.criticalRatio)} at the stock of ${n(result.quantity)} units.`,
    xLabel: "Demand x (units)",
  });
}

/**
 * Scenario comparison (not the page's own "compare with stocking Q"): the key results,
 * and the demand each scenario stocks against.
 */
const scenarioCompare = {
  figures: ({ result }) => [
    { label: "Stock Q*", value: result.quantity, format: units },
    { label: "Critical ratio", value: result.criticalRatio, format: n },
    { label: "Chance of meeting all demand", value: result.outcome.serviceLevel, format: formatPercent, percent: true },
    { label: "Expected shortage", value: result.outcome.expectedShortage, format: units },
    { label: "Expected leftover", value: result.outcome.expectedLeftover, format: units },
    { label: "Expected cost of mismatch", value: result.outcome.expectedCost, format: money },
    ...(result.outcome.expectedProfit === undefined ? [] : [{ label: "Expected profit", value: result.outcome.expectedProfit, format: money }]),
  ],
  curves: ({ options, curve }) => {
    const discrete = options.demand.distribution === "discrete";
    return {
      title: discrete ? "Probability of each demand" : "Probability density of demand",
      xLabel: "Demand in the period (units)",
      yLabel: discrete ? "Probability" : "Probability density",
      format: n,
      series: [{ label: "Demand", x: curve.x, y: curve.density, kind: discrete ? "bars" : "line" }],
    };
  },
};

form.addEventListener("input", () => syncChoices(form));
applyExample(form, examples[0], sourceLine);
const update = liveCalculator(form, { compute, render, results, compare: scenarioCompare });
exampleButtons(document.getElementById("example-buttons"), form, examples.slice(1), sourceLine, update);
document.getElementById("reset-example").addEventListener("click", () => {
  applyExample(form, examples[0], sourceLine);
  update();
});

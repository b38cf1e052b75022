// One story from operations to performance: a bottling line's week. Shop-floor figures
// (step 1) go to oee(), capacity(), inventoryTurns(), deliveryPerformance() and
// unitCost() (step 2), whose results are the actuals of a balanced scorecard scored by
// scorecard() (step 3); compareScorecards() says what moved against the story's week.
// Every number shown comes from the library: this page only places, formats and lays out.
import { fieldInput } from "../cell-input.js";
import { applyExample, exampleButtons } from "../examples.js";
import { formatMoney, formatNumber, formatPercent } from "../format.js";
import { liveCalculator, readNumberFields } from "../live-form.js";
import { fieldBlock, optionsAt } from "../mini/builder.js";
import { renderNav } from "../nav.js";
import { show, tableCell } from "../results.js";
import { capacity, compareScorecards, deliveryPerformance, inventoryTurns, oee, scorecard, unitCost } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const n = formatNumber;
const percent = formatPercent;
const money = formatMoney;
/** Cost per bottle, to the hundredth of a cent: "$0.2834". */
const perBottle = (value) => `$${n(value)}`;

const form = /** @type {HTMLFormElement} */ (document.getElementById("story-form"));
const sourceLine = /** @type {HTMLElement} */ (document.getElementById("example-source"));

/**
 * The shop floor's inputs, by group: each one's option path is `<call>.<option>`, the
 * call being the library function it feeds.
 * @type {Record<string, import("../mini/builder.js").MiniField[]>}
 */
const SHOP_FLOOR = {
  line: [
    { id: "planned-time", path: "oee.plannedProductionTime", label: "Planned production time", unit: "minutes (5 days × 2 shifts of 480)", value: 4800 },
    { id: "downtime", path: "oee.downtime", label: "Downtime", unit: "minutes stopped: breakdowns, changeovers, waiting", value: 600 },
    { id: "ideal-cycle-time", path: "oee.idealCycleTime", label: "Ideal cycle time", unit: "minutes a bottle (0.01 = 100 a minute)", value: 0.01 },
    { id: "bottles-made", path: "oee.totalCount", label: "Bottles made", unit: "good and rejected", value: 378000 },
    { id: "good-bottles", path: "oee.goodCount", label: "Good bottles", unit: "right the first time", value: 370440 },
  ],
  capacity: [
    { id: "design-capacity", path: "capacity.designCapacity", label: "Design capacity", unit: "bottles a week (100 a minute, all planned time)", value: 480000 },
    { id: "effective-capacity", path: "capacity.effectiveCapacity", label: "Effective capacity", unit: "bottles a week after planned changeovers and cleaning", value: 432000 },
  ],
  stock: [
    { id: "cost-of-goods-sold", path: "turns.costOfGoodsSold", label: "Cost of goods sold", unit: "$ over the 52 weeks", value: 5200000 },
    { id: "average-inventory", path: "turns.averageInventory", label: "Average inventory", unit: "$ at cost: syrup, bottles, caps, full cases", value: 400000 },
  ],
  delivery: [
    { id: "orders", path: "delivery.orders", label: "Orders due", unit: "this week", value: 120 },
    { id: "on-time-orders", path: "delivery.onTimeOrders", label: "Orders on time", unit: "delivered by the date promised", value: 108 },
  ],
  cost: [
    { id: "material-cost", path: "cost.costs[0].cost", label: "Material", unit: "$ this week", value: 60000 },
    { id: "labour-cost", path: "cost.costs[1].cost", label: "Labour", unit: "$ this week", value: 25000 },
    { id: "overhead-cost", path: "cost.costs[2].cost", label: "Overhead", unit: "$ this week: energy, maintenance, the building", value: 20000 },
  ],
  people: [
    { id: "cross-trained", path: "scorecard.perspectives[3].objectives[0].kpis[0].actual", label: "Operators cross-trained", unit: "share able to run every machine (0.7 = 70%)", value: 0.7 },
  ],
};

/**
 * The operations number each KPI reads from step 2 (none: typed on the shop floor).
 * @typedef {{ id: string, direction: "higherIsBetter" | "lowerIsBetter", baseline: number, target: number,
 *   actual?: (numbers: OperationsNumbers) => number, format: (value: number) => string }} StoryKpi
 * @typedef {{ id: string, kpis: StoryKpi[] }} StoryObjective
 * @typedef {{ id: string, output: string, objectives: StoryObjective[] }} StoryPerspective
 * @typedef {{ line: any, capacity: any, turns: any, delivery: any, cost: any }} OperationsNumbers
 */

/** @type {StoryPerspective[]} */
const PERSPECTIVES = [
  { id: "Financial", output: "result-financial", objectives: [
    { id: "Lower cost per bottle", kpis: [
      { id: "Cost per bottle", direction: "lowerIsBetter", baseline: 0.33, target: 0.27, actual: (ops) => ops.cost.unitCost, format: perBottle },
    ] },
    { id: "Less cash tied up in stock", kpis: [
      { id: "Inventory turns", direction: "higherIsBetter", baseline: 8, target: 14, actual: (ops) => ops.turns.turns, format: n },
    ] },
  ] },
  { id: "Customer", output: "result-customer", objectives: [
    { id: "Deliver on time", kpis: [
      { id: "On-time delivery", direction: "higherIsBetter", baseline: 0.8, target: 0.95, actual: (ops) => ops.delivery.onTimeRate, format: percent },
    ] },
  ] },
  { id: "Internal process", output: "result-internal", objectives: [
    { id: "Run the line well", kpis: [
      { id: "OEE", direction: "higherIsBetter", baseline: 0.6, target: 0.8, actual: (ops) => ops.line.oee, format: percent },
      { id: "Utilization", direction: "higherIsBetter", baseline: 0.6, target: 0.8, actual: (ops) => ops.capacity.utilization, format: percent },
    ] },
  ] },
  { id: "Learning and growth", output: "result-learning", objectives: [
    { id: "Build skills", kpis: [
      { id: "Operators cross-trained", direction: "higherIsBetter", baseline: 0.4, target: 0.8, format: percent },
    ] },
  ] },
];

/** The path of a KPI in the scorecard's options. */
const kpiPath = (p, o, k) => `perspectives[${p}].objectives[${o}].kpis[${k}]`;

/** The options the inputs do not set: names, weights, directions, and the week's 52 weeks. */
const BASE = {
  oee: {},
  capacity: {},
  turns: { weeksPerPeriod: 52 },
  delivery: {},
  cost: { costs: [{ id: "Material" }, { id: "Labour" }, { id: "Overhead" }] },
  scorecard: {
    perspectives: PERSPECTIVES.map((perspective) => ({
      id: perspective.id,
      weight: 25,
      objectives: perspective.objectives.map((objective) => ({
        id: objective.id,
        weight: 1,
        kpis: objective.kpis.map((kpi) => ({ id: kpi.id, weight: 1, direction: kpi.direction, clamp: true })),
      })),
    })),
  },
};

// Step 1: the shop floor's inputs.
for (const [group, fields] of Object.entries(SHOP_FLOOR)) {
  const fieldset = form.querySelector(`[data-group="${group}"]`);
  fieldset.querySelector("legend").after(...fields.map((field) => fieldBlock("story", field)));
}

// Step 3: the KPI table, with a baseline and a target input for each KPI.
const tbody = /** @type {HTMLTableSectionElement} */ (document.querySelector("#kpi-table tbody"));
PERSPECTIVES.forEach((perspective, p) => {
  const head = document.createElement("tr");
  head.className = "level-perspective";
  head.append(tableCell(`${perspective.id} (weight 25%)`, { header: true }), cell("", "", "Actual"), cell("", "", "Baseline"), cell("", "", "Target"), cell("", `score-${p}`, "Score"), cell("", `status-${p}`, "Status"));
  tbody.append(head);
  perspective.objectives.forEach((objective, o) =>
    objective.kpis.forEach((kpi, k) => {
      const path = `scorecard.${kpiPath(p, o, k)}`;
      const row = document.createElement("tr");
      row.className = "level-kpi";
      const name = tableCell(kpi.id, { header: true });
      const objectiveName = document.createElement("span");
      objectiveName.className = "unit";
      objectiveName.textContent = `${objective.id}, ${kpi.direction === "lowerIsBetter" ? "lower is better" : "higher is better"}`;
      name.append(objectiveName);
      row.append(
        name,
        cell("", `actual-${p}-${o}-${k}`, "Actual"),
        inputCell(path, "baseline", kpi),
        inputCell(path, "target", kpi),
        cell("", `score-${p}-${o}-${k}`, "Score"),
        cell("", `status-${p}-${o}-${k}`, "Status"),
      );
      tbody.append(row);
    }),
  );
});

/** A body cell; `label` names its column when the table is stacked on a phone. */
function cell(text, id, label) {
  const element = tableCell(text);
  if (id) element.id = id;
  element.dataset.label = label;
  return element;
}

function inputCell(path, key, kpi) {
  const td = document.createElement("td");
  td.dataset.label = key === "target" ? "Target" : "Baseline";
  td.append(...fieldInput(`${key}-${kpi.id.toLowerCase().replaceAll(/[^a-z]+/g, "-")}`, `${path}.${key}`, `${kpi.id}: ${key}`, String(kpi[key])));
  return td;
}

/** Every input's text in the story's week, by input id. */
const STORY_VALUES = Object.fromEntries(
  [...form.querySelectorAll("input[data-field]")].map((input) => [input.id, /** @type {HTMLInputElement} */ (input).value]),
);
const week = "Made-up figures, hand-checked";
/** @type {import("../examples.js").Example[]} */
const WHAT_IF = [
  {
    label: "The story's week",
    source: `${week}: 600 minutes down of 4,800 planned, 378,000 bottles of which 2% rejected; 108 of 120 orders on time; $105,000 spent.`,
    values: STORY_VALUES,
  },
  {
    label: "A 5-hour breakdown",
    source: `${week}: the filler stops for 5 more hours (900 minutes down); at the line's usual 90 bottles a minute while running (378,000 / 4,200) that is 27,000 bottles fewer, 2% of them rejects as before; the week's costs stay.`,
    values: { ...STORY_VALUES, "story-downtime": "900", "story-bottles-made": "351000", "story-good-bottles": "343980" },
  },
  {
    label: "A bad batch of caps",
    source: `${week}: 5% of the bottles rejected instead of 2%: 359,100 good of 378,000.`,
    values: { ...STORY_VALUES, "story-good-bottles": "359100" },
  },
  {
    label: "Late trucks",
    source: `${week}: a haulier lets the plant down: 96 of the 120 orders on time instead of 108.`,
    values: { ...STORY_VALUES, "story-on-time-orders": "96" },
  },
];

/**
 * Calls `call`; an OpscalcError's field becomes the path of the input it is about:
 * `downtime` of oee() becomes `oee.downtime`, and `renames` maps fields fed by another
 * call's input (`actualOutput` is the bottles made, `oee.totalCount`).
 */
function named(prefix, call, renames = {}) {
  try {
    return call();
  } catch (error) {
    if (error?.name === "OpscalcError") error.field = renames[error.field] ?? (error.field ? `${prefix}.${error.field}` : prefix);
    throw error;
  }
}

/** The operations numbers and the scorecard for the form's inputs. */
function compute() {
  const options = optionsAt(BASE, readNumberFields(form));
  // The line's counts feed the capacity (its actual output) and the cost (its good units).
  options.capacity.actualOutput = options.oee.totalCount;
  options.cost.units = options.oee.goodCount;
  /** @type {OperationsNumbers} */
  const numbers = {
    line: named("oee", () => oee(options.oee)),
    capacity: named("capacity", () => capacity(options.capacity), { actualOutput: "oee.totalCount" }),
    turns: named("turns", () => inventoryTurns(options.turns)),
    delivery: named("delivery", () => deliveryPerformance(options.delivery)),
    cost: named("cost", () => unitCost(options.cost), { units: "oee.goodCount" }),
  };
  PERSPECTIVES.forEach((perspective, p) =>
    perspective.objectives.forEach((objective, o) =>
      objective.kpis.forEach((kpi, k) => {
        if (kpi.actual) options.scorecard.perspectives[p].objectives[o].kpis[k].actual = kpi.actual(numbers);
      }),
    ),
  );
  const card = named("scorecard", () => scorecard(options.scorecard));
  return { options, numbers, card };
}

/** The story's week, computed once from the default inputs, to compare against. */
const story = compute();

function render({ options, numbers, card }) {
  renderOperations(options, numbers);
  renderScorecard(options, numbers, card);
}

/** Step 2: each operations number and its working, inputs as typed and results from the library. */
function renderOperations(options, { line, capacity: cap, turns, delivery, cost }) {
  show("result-oee", percent(line.oee));
  show("result-availability", percent(line.availability));
  show("result-performance", percent(line.performance));
  show("result-quality", percent(line.quality));
  renderWorking(document.getElementById("oee-working"), [
    { name: "Run time", formula: "planned − downtime", numbers: `${n(options.oee.plannedProductionTime)} − ${n(options.oee.downtime)}`, value: `${n(line.runTime)} min` },
    { name: "Availability", formula: "A = run time / planned", numbers: `${n(line.runTime)} / ${n(line.plannedProductionTime)}`, value: percent(line.availability) },
    { name: "Performance", formula: "P = ideal cycle time × bottles made / run time", numbers: `${n(line.idealCycleTime)} × ${n(options.oee.totalCount)} / ${n(line.runTime)}`, value: percent(line.performance) },
    { name: "Quality", formula: "Q = good / made", numbers: `${n(options.oee.goodCount)} / ${n(options.oee.totalCount)}`, value: percent(line.quality) },
    { name: "OEE", formula: "A × P × Q", numbers: `${percent(line.availability)} × ${percent(line.performance)} × ${percent(line.quality)}`, value: percent(line.oee) },
  ]);

  show("result-utilization", percent(cap.utilization));
  show("result-efficiency", percent(cap.efficiency));
  renderWorking(document.getElementById("capacity-working"), [
    { name: "Utilization", formula: "bottles made / design capacity", numbers: `${n(options.capacity.actualOutput)} / ${n(options.capacity.designCapacity)}`, value: percent(cap.utilization) },
    { name: "Efficiency", formula: "bottles made / effective capacity", numbers: `${n(options.capacity.actualOutput)} / ${n(options.capacity.effectiveCapacity)}`, value: percent(cap.efficiency) },
  ]);

  show("result-turns", `${n(turns.turns)} a year`);
  show("result-weeks", `${n(turns.weeksOfSupply)} weeks`);
  renderWorking(document.getElementById("turns-working"), [
    { name: "Turns", formula: "cost of goods sold / average inventory", numbers: `${money(options.turns.costOfGoodsSold)} / ${money(options.turns.averageInventory)}`, value: n(turns.turns) },
    { name: "Used a week", formula: "cost of goods sold / 52", numbers: `${money(options.turns.costOfGoodsSold)} / 52`, value: money(turns.costOfGoodsSoldPerWeek) },
    { name: "Weeks of supply", formula: "average inventory / used a week", numbers: `${money(options.turns.averageInventory)} / ${money(turns.costOfGoodsSoldPerWeek)}`, value: n(turns.weeksOfSupply) },
  ]);

  show("result-on-time", percent(delivery.onTimeRate));
  show("result-late", `${n(delivery.lateOrders)} of ${n(delivery.orders)}`);
  renderWorking(document.getElementById("delivery-working"), [
    { name: "On-time delivery", formula: "orders on time / orders due", numbers: `${n(options.delivery.onTimeOrders)} / ${n(delivery.orders)}`, value: percent(delivery.onTimeRate) },
  ]);

  show("result-unit-cost", perBottle(cost.unitCost));
  show("result-total-cost", money(cost.totalCost));
  renderWorking(document.getElementById("cost-working"), [
    { name: "Cost this week", formula: "material + labour + overhead", numbers: cost.components.map((part) => money(part.cost)).join(" + "), value: money(cost.totalCost) },
    { name: "Cost per bottle", formula: "cost / good bottles", numbers: `${money(cost.totalCost)} / ${n(cost.units)}`, value: perBottle(cost.unitCost) },
    ...cost.components.map((part) => ({ name: part.id, formula: `${part.id.toLowerCase()} / good bottles`, numbers: `${money(part.cost)} / ${n(cost.units)}`, value: `${perBottle(part.unitCost)} (${percent(part.share)})` })),
  ]);
}

/** A status's colour class: status-0 (worst) to status-2. */
const statusClass = (node) => (node.statusIndex === undefined ? "status-none" : `status-${node.statusIndex}`);

// A KPI left without an actual (its input emptied) is not measured: the library then
// gives it, and a perspective with nothing measured, no score and no status.
const NOT_MEASURED = "not measured";
const scoreText = (node) => (node.score === undefined ? "—" : percent(node.score));
const statusText = (node) => node.status ?? NOT_MEASURED;
const badgeText = (node) => (node.score === undefined ? NOT_MEASURED : `${percent(node.score)} · ${node.status}`);

/** Step 3: the overall and per-perspective scores, each KPI's row, and what moved. */
function renderScorecard(options, numbers, card) {
  const total = document.getElementById("result-total");
  total.textContent = badgeText(card);
  total.className = `headline status-badge ${statusClass(card)}`;
  card.perspectives.forEach((perspective, p) => {
    const output = document.getElementById(PERSPECTIVES[p].output);
    output.textContent = badgeText(perspective);
    output.className = `status-badge ${statusClass(perspective)}`;
    setCell(`score-${p}`, scoreText(perspective));
    setCell(`status-${p}`, statusText(perspective), `status-cell ${statusClass(perspective)}`);
    perspective.objectives.forEach((objective, o) =>
      objective.kpis.forEach((kpi, k) => {
        const format = PERSPECTIVES[p].objectives[o].kpis[k].format;
        setCell(`actual-${p}-${o}-${k}`, kpi.actual === undefined ? "—" : format(kpi.actual));
        setCell(`score-${p}-${o}-${k}`, scoreText(kpi));
        setCell(`status-${p}-${o}-${k}`, statusText(kpi), `status-cell ${statusClass(kpi)}`);
      }),
    );
  });
  document.getElementById("what-moved").textContent = whatMoved(options, numbers, card);
}

function setCell(id, text, className) {
  const element = document.getElementById(id);
  element.textContent = text;
  if (className) element.className = className;
}

/** One sentence: what moved against the story's week, from compareScorecards(). */
function whatMoved(options, numbers, card) {
  const comparison = compareScorecards({ a: story.options.scorecard, b: options.scorecard });
  const moved = comparison.nodes.filter((node) => node.delta !== undefined && node.delta !== 0);
  if (moved.length === 0) return "No score has moved from the story's week. Change a figure on the shop floor, or try a what-if.";
  const points = (delta) => `${delta > 0 ? "+" : "−"}${percent(Math.abs(delta)).replace("%", " points")}`;
  const status = (node) => (node.statusA === node.statusB ? "" : `, ${node.statusA} → ${node.statusB}`);
  const parts = [`overall ${percent(comparison.totalA)} → ${percent(comparison.totalB)} (${points(comparison.totalDelta)}${status(moved.find((node) => node.level === "total") ?? {})})`];
  for (const node of moved.filter((node) => node.level === "perspective")) {
    parts.push(`${node.name ?? node.id} ${percent(node.scoreA)} → ${percent(node.scoreB)}${status(node)}`);
  }
  for (const node of moved.filter((node) => node.level === "kpi")) {
    const [before, after] = [story, { options, numbers, card }].map(({ card: scored }) => kpiNode(scored, node.id));
    const format = kpiFormat(node.id);
    parts.push(`${node.id} ${format(before.actual)} → ${format(after.actual)} (score ${percent(node.scoreA)} → ${percent(node.scoreB)})`);
  }
  return `What moved against the story's week: ${parts.join("; ")}.`;
}

/** The scored KPI `id` of a scorecard result. */
const kpiNode = (card, id) => card.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.kpis)).find((kpi) => kpi.id === id);
/** How the KPI `id`'s actual is shown. */
const kpiFormat = (id) => PERSPECTIVES.flatMap((p) => p.objectives.flatMap((o) => o.kpis)).find((kpi) => kpi.id === id)?.format ?? n;

/** Scenario comparison: the operations numbers and the scores of two weeks. */
const compare = {
  figures: ({ numbers, card }) => [
    { label: "OEE", value: numbers.line.oee, format: percent, percent: true },
    { label: "Utilization", value: numbers.capacity.utilization, format: percent, percent: true },
    { label: "Inventory turns a year", value: numbers.turns.turns, format: n },
    { label: "On-time delivery", value: numbers.delivery.onTimeRate, format: percent, percent: true },
    { label: "Cost per bottle", value: numbers.cost.unitCost, format: perBottle },
    { label: "Overall score", value: card.score, format: percent, percent: true },
    ...card.perspectives.map((perspective, p) => ({ label: `${PERSPECTIVES[p].id} score`, value: perspective.score, format: percent, percent: true })),
  ],
};

applyExample(form, WHAT_IF[0], sourceLine);
const update = liveCalculator(form, { compute, render, results: form, compare });
exampleButtons(document.getElementById("what-if"), form, WHAT_IF.slice(1), sourceLine, update);
document.getElementById("reset-story").addEventListener("click", () => {
  applyExample(form, WHAT_IF[0], sourceLine);
  update();
});

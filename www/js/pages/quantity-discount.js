// The quantity discount calculator: the form and the tier table to quantityDiscount()
// and quantityDiscountCostCurve(); results, the candidate table, the working with the
// user's numbers, and the chart of total cost by tier.
import { drawChart } from "../chart.js";
import { formatMoney, formatNumber } from "../format.js";
import { liveCalculator, readNumberFields } from "../live-form.js";
import { renderNav } from "../nav.js";
import { rowTable } from "../table-input.js";
import { quantityDiscount, quantityDiscountCostCurve } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const form = /** @type {HTMLFormElement} */ (document.getElementById("discount-form"));
const results = /** @type {HTMLElement} */ (document.getElementById("discount-results"));
const n = formatNumber;
const money = formatMoney;
/** A unit price as printed in a price list, always with cents: "$5.00". */
const price = (value) => formatMoney(value, { cents: true });
/** A computed amount per unit (H, an average price): "$0.96", or to its significant digits, "$0.058". */
const perUnit = (value) => (Math.abs(value * 100 - Math.round(value * 100)) < 1e-9 ? price(value) : `$${n(value)}`);

/** Heizer & Render's Wohl's Discount Store: $5.00, $4.80 from 1,000, $4.75 from 2,000. */
const TEXTBOOK_TIERS = [
  { minQuantity: 0, unitCost: 5 },
  { minQuantity: 1000, unitCost: 4.8 },
  { minQuantity: 2000, unitCost: 4.75 },
];

const tiers = rowTable(/** @type {HTMLTableElement} */ (document.getElementById("breaks")), {
  columns: [
    { key: "minQuantity", label: "From" },
    { key: "unitCost", label: "Unit price" },
  ],
  rowName: (index) => `tier ${index + 1}`,
  addButton: /** @type {HTMLButtonElement} */ (document.getElementById("add-tier")),
  rows: TEXTBOOK_TIERS,
});

const choice = (name) => /** @type {RadioNodeList} */ (form.elements.namedItem(name)).value;

/** Shows the holding-cost input of the chosen mode, and the text of the chosen scheme. */
function syncChoices() {
  const mode = choice("holding-mode");
  for (const field of form.querySelectorAll("[data-holding]")) field.hidden = field.dataset.holding !== mode;
  for (const text of document.querySelectorAll("[data-scheme-text]")) text.hidden = text.dataset.schemeText !== choice("scheme");
}

function compute() {
  const options = { ...readNumberFields(form), breaks: tiers.read(), scheme: choice("scheme") };
  return { options, result: quantityDiscount(options), curve: quantityDiscountCostCurve({ model: options }) };
}

function render({ options, result, curve }) {
  const incremental = result.scheme === "incremental";
  show("result-quantity", `${n(result.quantity)} units`);
  show("result-total-cost", money(result.totalCost));
  show("result-unit-cost", `${price(result.unitCost)} (tier ${result.tier + 1})`);
  show("result-average-cost", perUnit(result.averageUnitCost));
  show("result-purchase-cost", money(result.purchaseCostPerPeriod));
  show("result-ordering-cost", money(result.orderingCostPerPeriod));
  show("result-holding-cost", money(result.holdingCostPerPeriod));
  show("result-orders", n(result.ordersPerPeriod));
  for (const element of results.querySelectorAll('[data-needs="incremental"]')) element.hidden = !incremental;
  renderCandidates(result);
  showTheWorking(options, result);
  renderChart(result, curve);
}

function show(id, text) {
  document.getElementById(id).textContent = text;
}

/** "0 to < 1,000", or "2,000 and over" for the last tier. */
function tierRange(row) {
  return row.maxQuantity === undefined ? `${n(row.minQuantity)} and over` : `${n(row.minQuantity)} to < ${n(row.maxQuantity)}`;
}

const IN_TIER = {
  eoq: "yes",
  raisedToMinimum: "below: raised",
  excluded: "above: excluded",
};

function renderCandidates(result) {
  const body = /** @type {HTMLTableElement} */ (document.getElementById("candidates")).tBodies[0];
  body.replaceChildren(
    ...result.candidates.map((row) => {
      const order = row.order;
      const cells = [
        `Tier ${row.tier + 1}`,
        tierRange(row),
        price(row.unitCost),
        n(row.eoq),
        IN_TIER[row.rule],
        order ? n(order.quantity) : "—",
        order ? money(order.purchaseCostPerPeriod) : "—",
        order ? money(order.orderingCostPerPeriod) : "—",
        order ? money(order.holdingCostPerPeriod) : "—",
        order ? money(order.totalCost) : "—",
      ];
      const tr = document.createElement("tr");
      if (row.chosen) tr.className = "chosen";
      cells.forEach((text, index) => {
        const cell = document.createElement(index === 0 ? "th" : "td");
        if (index === 0) cell.scope = "row";
        cell.textContent = text;
        if (row.chosen && index === 0) {
          const badge = document.createElement("span");
          badge.className = "badge";
          badge.textContent = "cheapest";
          cell.append(" ", badge);
        }
        tr.append(cell);
      });
      return tr;
    }),
  );
}

/** The formulas with the user's numbers in place: inputs as typed, results from the library. */
function showTheWorking(options, result) {
  const incremental = result.scheme === "incremental";
  const byRate = options.holdingRate !== undefined;
  const D = n(options.demand);
  const S = n(options.orderingCost);
  /** @type {import("../working.js").Step[]} */
  const steps = [];
  for (const row of result.candidates) {
    const name = `Tier ${row.tier + 1}`;
    const H = n(row.holdingCost);
    if (byRate) {
      steps.push({
        name,
        formula: "H = I × c",
        numbers: `${n(options.holdingRate)} × ${price(row.unitCost)}`,
        value: `${perUnit(row.holdingCost)} per unit per year`,
      });
    }
    if (incremental && row.tier > 0) {
      steps.push({
        name,
        formula: "C(Q) = C(b) + c (Q − b)",
        numbers: `${money(row.costAtMinQuantity)} + ${price(row.unitCost)} × (Q − ${n(row.minQuantity)})`,
        value: `${money(row.fixedCost)} + ${price(row.unitCost)} Q`,
      });
    }
    const verdict = {
      eoq: "in the tier",
      raisedToMinimum: `below the tier: raised to ${n(row.minQuantity)}`,
      excluded: "above the tier: excluded",
    }[row.rule];
    steps.push({
      name,
      formula: incremental ? "EOQ = √(2D(S + R) / H)" : "EOQ = √(2DS / H)",
      numbers: incremental ? `√(2 × ${D} × (${S} + ${n(row.fixedCost)}) / ${H})` : `√(2 × ${D} × ${S} / ${H})`,
      value: `${n(row.eoq)} units, ${verdict}`,
    });
    if (row.order) steps.push({ name, ...totalCostStep(options, row, incremental, byRate) });
  }
  const chosen = result.candidates.find((row) => row.chosen);
  steps.push({
    name: "Cheapest",
    formula: "Q*",
    numbers: `tier ${chosen.tier + 1}`,
    value: `${n(result.quantity)} units at ${money(result.totalCost)} per year`,
  });
  renderWorking(document.getElementById("discount-working"), steps);
}

/** The step of a candidate's total cost per year. */
function totalCostStep(options, row, incremental, byRate) {
  const { quantity, averageUnitCost, purchaseCostPerPeriod, orderingCostPerPeriod, holdingCostPerPeriod, totalCost } = row.order;
  const D = n(options.demand);
  const Q = n(quantity);
  const parts = `${money(purchaseCostPerPeriod)} + ${money(orderingCostPerPeriod)} + ${money(holdingCostPerPeriod)}`;
  const value = `${money(totalCost)} per year`;
  if (!incremental) {
    return {
      formula: `TC(${Q}) = Dc + (D / Q) S + (Q / 2) H`,
      numbers: `${D} × ${price(row.unitCost)} + (${D} / ${Q}) × ${n(options.orderingCost)} + (${Q} / 2) × ${n(row.holdingCost)} = ${parts}`,
      value,
    };
  }
  const holding = byRate
    ? `${n(options.holdingRate)} × (${n(row.fixedCost)} + ${n(row.unitCost)} × ${Q}) / 2`
    : `(${Q} / 2) × ${n(row.holdingCost)}`;
  return {
    formula: `TC(${Q}) = D C(Q)/Q + (D / Q) S + ${byRate ? "I C(Q) / 2" : "(Q / 2) H"}`,
    numbers: `${D} × ${perUnit(averageUnitCost)} + (${D} / ${Q}) × ${n(options.orderingCost)} + ${holding} = ${parts}`,
    value,
  };
}

/**
 * The actual total cost as one line; at a break it drops straight down from the tier
 * below's value at the break (the library's tier curve) to the new tier's.
 */
function actualCost(curve) {
  const actual = { x: [], y: [] };
  curve.quantity.forEach((quantity, index) => {
    const tier = curve.tier[index];
    const previous = curve.tier[index - 1];
    if (index > 0 && tier !== previous) {
      actual.x.push(quantity);
      actual.y.push(curve.tiers[previous].totalCost[index]);
    }
    actual.x.push(quantity);
    actual.y.push(curve.totalCost[index]);
  });
  return actual;
}

function renderChart(result, curve) {
  const actual = actualCost(curve);
  // Under incremental, a tier's curve far left of the tier carries its fixed part R/Q
  // to huge values; each is drawn from the tier before it on.
  const incremental = result.scheme === "incremental";
  const tierSeries = curve.tiers.map((tier) => {
    const shown = curve.quantity.map((_, index) => !incremental || curve.tier[index] >= tier.tier - 1);
    return {
      label: `Tier ${tier.tier + 1}: ${price(tier.unitCost)}`,
      x: curve.quantity.filter((_, index) => shown[index]),
      y: tier.totalCost.filter((_, index) => shown[index]),
      className: `tier tier-${tier.tier % 4}`,
    };
  });
  const markers = candidateMarkers(result, curve);
  const chosen = result.candidates.find((row) => row.chosen);
  drawChart(/** @type {SVGSVGElement} */ (document.getElementById("discount-chart")), {
    title: "Total cost per year against order quantity, by price tier",
    description: `Total cost, purchase included, is lowest, ${money(result.totalCost)} a year, at an order quantity of ${n(result.quantity)} units, in tier ${chosen.tier + 1} at ${price(chosen.unitCost)} a unit.`,
    series: [...tierSeries, { label: "Total cost", x: actual.x, y: actual.y, className: "total" }],
    xLabel: "Order quantity Q (units)",
    yLabel: "Total cost per year ($)",
    markers,
    format: formatNumber,
    legend: curve.tiers.length <= 5,
    yFromZero: false,
  });
}

/**
 * A dot at each candidate. The chosen one is labelled Q*; the others are labelled with
 * their quantity where the label does not run into another (labels sit right of their
 * dot; about 7 px a character on a plot about 550 px wide).
 */
function candidateMarkers(result, curve) {
  const unitsPerPixel = (curve.quantity[curve.quantity.length - 1] - curve.quantity[0]) / 550;
  const extent = (x, label) => [x, x + (label.length * 7 + 10) * unitsPerPixel];
  const rows = result.candidates.filter((row) => row.order);
  const chosen = rows.find((row) => row.chosen);
  const placed = [extent(chosen.order.quantity, `Q* = ${n(chosen.order.quantity)}`)];
  return rows.map((row) => {
    const x = row.order.quantity;
    if (row.chosen) return { x, y: row.order.totalCost, label: `Q* = ${n(x)}` };
    const [left, right] = extent(x, n(x));
    const free = placed.every(([from, to]) => right < from || left > to);
    if (free) placed.push([left, right]);
    return { x, y: row.order.totalCost, label: free ? n(x) : "" };
  });
}

/** Scenario comparison: the key results, and the actual total-cost line. */
const compare = {
  figures: ({ result }) => [
    { label: "Order quantity Q*", value: result.quantity, format: (value) => `${n(value)} units` },
    { label: "Total cost per year", value: result.totalCost, format: money },
    { label: "Unit price", value: result.unitCost, format: price },
    ...(result.scheme === "incremental" ? [{ label: "Average unit cost", value: result.averageUnitCost, format: perUnit }] : []),
    { label: "Purchase cost per year", value: result.purchaseCostPerPeriod, format: money },
    { label: "Ordering cost per year", value: result.orderingCostPerPeriod, format: money },
    { label: "Holding cost per year", value: result.holdingCostPerPeriod, format: money },
    { label: "Orders per year N", value: result.ordersPerPeriod, format: n },
  ],
  curves: ({ curve }) => {
    const actual = actualCost(curve);
    return {
      title: "Total cost per year against order quantity",
      xLabel: "Order quantity Q (units)",
      yLabel: "Total cost per year ($)",
      format: formatNumber,
      yFromZero: false,
      series: [{ label: "Total cost", x: actual.x, y: actual.y }],
    };
  },
};

form.addEventListener("input", syncChoices);
const update = liveCalculator(form, { compute, render, results, compare });
document.getElementById("reset-example").addEventListener("click", () => {
  form.reset();
  tiers.setRows(TEXTBOOK_TIERS);
  syncChoices();
  update();
});

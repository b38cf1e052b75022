// Quantity discounts through the wasm package: the textbook figures, the candidate
// table's shape, the cost curve, and the errors a JS caller sees.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { quantityDiscount, quantityDiscountCostCurve } = opscalc;


// Heizer & Render, Operations Management, Inventory Management chapter: Wohl's Discount Store.
const wohls = {
  demand: 5000,
  orderingCost: 49,
  holdingRate: 0.2,
  breaks: [
    { minQuantity: 0, unitCost: 5 },
    { minQuantity: 1000, unitCost: 4.8 },
    { minQuantity: 2000, unitCost: 4.75 },
  ],
};

// Nahmias, Production and Operations Analysis, EOQ chapter: the Weighty Trash Bag Company.
const trashBags = {
  demand: 600,
  orderingCost: 8,
  holdingRate: 0.2,
  breaks: [
    { minQuantity: 0, unitCost: 0.3 },
    { minQuantity: 500, unitCost: 0.29 },
    { minQuantity: 1000, unitCost: 0.28 },
  ],
};

test("Heizer & Render, Wohl's: EOQs 700, 714 → 1,000, 718 → 2,000; totals $25,700, $24,725, $24,822.50; order 1,000", () => {
  const result = quantityDiscount(wohls);
  assert.equal(result.scheme, "allUnits", "all-units is the default");
  assert.equal(result.quantity, 1000);
  assert.equal(result.tier, 1);
  assert.equal(result.unitCost, 4.8);
  assertClose(result.totalCost, 24725);
  assertClose(result.purchaseCostPerPeriod, 24000);
  assertClose(result.orderingCostPerPeriod, 245);
  assertClose(result.holdingCostPerPeriod, 480);
  assertClose(result.ordersPerPeriod, 5);

  const rows = result.candidates;
  assert.deepEqual(rows.map((row) => Math.round(row.eoq)), [700, 714, 718]);
  assert.deepEqual(rows.map((row) => row.rule), ["eoq", "raisedToMinimum", "raisedToMinimum"]);
  assert.deepEqual(rows.map((row) => row.feasible), [true, false, false]);
  assert.deepEqual(rows.map((row) => row.order.quantity), [700, 1000, 2000]);
  [25700, 24725, 24822.5].forEach((total, index) => assertClose(rows[index].order.totalCost, total));
  assert.deepEqual(rows.map((row) => row.chosen), [false, true, false]);
  assert.deepEqual(rows.map((row) => [row.minQuantity, row.maxQuantity]), [[0, 1000], [1000, 2000], [2000, undefined]]);
  assert.ok(!("maxQuantity" in rows[2]), "the last tier has no upper end");
});

test("the result and its rows are plain objects with the documented fields", () => {
  const result = quantityDiscount(wohls);
  assert.equal(Object.getPrototypeOf(result), Object.prototype);
  assert.deepEqual(Object.keys(result).sort(), [
    "averageUnitCost", "candidates", "holdingCost", "holdingCostPerPeriod", "orderingCostPerPeriod",
    "ordersPerPeriod", "purchaseCostPerPeriod", "quantity", "scheme", "tier", "totalCost", "unitCost",
  ]);
  assert.deepEqual(Object.keys(result.candidates[0]).sort(), [
    "chosen", "costAtMinQuantity", "eoq", "feasible", "fixedCost", "holdingCost", "maxQuantity", "minQuantity",
    "order", "rule", "tier", "unitCost",
  ]);
  assert.deepEqual(Object.keys(result.candidates[0].order).sort(), [
    "averageUnitCost", "holdingCostPerPeriod", "orderingCostPerPeriod", "purchaseCostPerPeriod", "quantity", "totalCost",
  ]);
});

test("Nahmias's trash bags, all-units (hand-computed): 400 → $204.00, 500 → $198.10, 1,000 → $200.80; order 500", () => {
  const result = quantityDiscount(trashBags);
  [204, 198.1, 200.8].forEach((total, index) => assertClose(result.candidates[index].order.totalCost, total));
  assert.equal(result.quantity, 500);
});

test("Nahmias's trash bags, incremental (hand-computed): R = 0, 5, 15; Q = 400, 518.62, 702.04 → 1,000; order 400 at $204.00", () => {
  const result = quantityDiscount({ ...trashBags, scheme: "incremental" });
  assert.equal(result.scheme, "incremental");
  const rows = result.candidates;
  assertClose(rows[1].fixedCost, 5);
  assertClose(rows[2].fixedCost, 15);
  assertClose(rows[2].costAtMinQuantity, 295);
  assert.equal(rows[1].eoq.toFixed(2), "518.62");
  assert.equal(rows[2].eoq.toFixed(2), "702.04");
  assert.deepEqual(rows.map((row) => row.rule), ["eoq", "eoq", "raisedToMinimum"]);
  assert.equal(rows[1].order.totalCost.toFixed(2), "204.58");
  assertClose(rows[2].order.totalCost, 211.3);
  assert.equal(result.quantity, 400);
  assertClose(result.totalCost, 204);
});

test("an excluded tier has no order", () => {
  // Hand-computed: λ = 200, K = 2,500, I = 20 %; $1,400, $1,100 from 50, $900 from 90.
  const result = quantityDiscount({
    demand: 200,
    orderingCost: 2500,
    holdingRate: 0.2,
    breaks: [{ minQuantity: 0, unitCost: 1400 }, { minQuantity: 50, unitCost: 1100 }, { minQuantity: 90, unitCost: 900 }],
  });
  assert.equal(result.candidates[0].rule, "excluded");
  assert.ok(!("order" in result.candidates[0]));
  assert.equal(result.quantity, 90);
  assert.equal(result.totalCost.toFixed(2), "193655.56");
});

test("a fixed holding cost per unit gives one EOQ for every tier", () => {
  const result = quantityDiscount({
    demand: 816,
    orderingCost: 12,
    holdingCost: 4,
    breaks: [{ minQuantity: 1, unitCost: 20 }, { minQuantity: 50, unitCost: 18 }, { minQuantity: 80, unitCost: 17 }, { minQuantity: 100, unitCost: 16 }],
  });
  assert.deepEqual(new Set(result.candidates.map((row) => row.eoq)).size, 1);
  assert.equal(result.quantity, 100);
  assertClose(result.totalCost, 13353.92);
});

test("the cost curve: Wohl's at 700, 1,000 and 2,000, with the $5.00 tier's curve", () => {
  const curve = quantityDiscountCostCurve({ model: wohls, minQuantity: 700, maxQuantity: 2000, points: 2 });
  assert.deepEqual(curve.quantity, [700, 1000, 2000]);
  assert.deepEqual(curve.tier, [0, 1, 2]);
  [25700, 24725, 24822.5].forEach((total, index) => assertClose(curve.totalCost[index], total));
  assert.equal(curve.tiers.length, 3);
  assertClose(curve.tiers[0].totalCost[1], 25745);
  assert.equal(curve.tiers[0].maxQuantity, 1000);
  assert.equal(curve.optimalQuantity, 1000);
  assertClose(curve.minimumTotalCost, 24725);
});

test("the default cost curve spans the candidates and breaks, 101 points plus the breaks", () => {
  const curve = quantityDiscountCostCurve({ model: wohls });
  assert.equal(curve.quantity[0], 140);
  assert.equal(curve.quantity.at(-1), 3000);
  assert.equal(curve.quantity.length, 103);
  assert.ok(curve.quantity.includes(1000) && curve.quantity.includes(2000));
  for (const column of ["tier", "averageUnitCost", "purchaseCostPerPeriod", "orderingCostPerPeriod", "holdingCostPerPeriod", "totalCost"]) {
    assert.equal(curve[column].length, 103, column);
  }
  assertClose(Math.min(...curve.totalCost), 24725);
});


const withBreaks = (breaks) => ({ ...wohls, breaks });
const cases = [
  ["no holding cost", () => quantityDiscount({ demand: 1, orderingCost: 1, breaks: wohls.breaks }), "missing_field", "holdingCost"],
  ["holding cost and rate", () => quantityDiscount({ ...wohls, holdingCost: 1 }), "conflicting_fields", "holdingRate"],
  ["a unit cost at the top level (it belongs to a tier)", () => quantityDiscount({ ...wohls, unitCost: 5 }), "unknown_field", "unitCost"],
  ["zero holding rate", () => quantityDiscount({ ...wohls, holdingRate: 0 }), "not_positive", "holdingRate"],
  ["negative demand", () => quantityDiscount({ ...wohls, demand: -5 }), "not_positive", "demand"],
  ["missing breaks", () => quantityDiscount({ demand: 1, orderingCost: 1, holdingCost: 1 }), "missing_field", "breaks"],
  ["breaks not an array", () => quantityDiscount(withBreaks({ minQuantity: 0, unitCost: 1 })), "invalid_type", "breaks"],
  ["no tiers", () => quantityDiscount(withBreaks([])), "out_of_range", "breaks"],
  ["101 tiers", () => quantityDiscount(withBreaks(Array.from({ length: 101 }, (_, i) => ({ minQuantity: i, unitCost: 1 })))), "too_large", "breaks"],
  ["first tier from 5", () => quantityDiscount(withBreaks([{ minQuantity: 5, unitCost: 1 }])), "out_of_range", "breaks[0].minQuantity"],
  ["tiers out of order", () => quantityDiscount(withBreaks([{ minQuantity: 0, unitCost: 5 }, { minQuantity: 10, unitCost: 4 }, { minQuantity: 10, unitCost: 3 }])), "out_of_range", "breaks[2].minQuantity"],
  ["a price that rises", () => quantityDiscount(withBreaks([{ minQuantity: 0, unitCost: 5 }, { minQuantity: 10, unitCost: 6 }])), "out_of_range", "breaks[1].unitCost"],
  ["a zero price", () => quantityDiscount(withBreaks([{ minQuantity: 0, unitCost: 0 }])), "not_positive", "breaks[0].unitCost"],
  ["a missing price", () => quantityDiscount(withBreaks([{ minQuantity: 0 }])), "missing_field", "breaks[0].unitCost"],
  ["a misspelled tier field", () => quantityDiscount(withBreaks([{ minQuantity: 0, unitcost: 5 }])), "unknown_field", "breaks[0].unitcost"],
  ["a string price", () => quantityDiscount(withBreaks([{ minQuantity: 0, unitCost: "5" }])), "invalid_type", "breaks[0].unitCost"],
  ["NaN break", () => quantityDiscount(withBreaks([{ minQuantity: 0, unitCost: 5 }, { minQuantity: Number.NaN, unitCost: 4 }])), "not_finite", "breaks[1].minQuantity"],
  ["an unknown scheme", () => quantityDiscount({ ...wohls, scheme: "bulk" }), "out_of_range", "scheme"],
  ["a scheme that is not a string", () => quantityDiscount({ ...wohls, scheme: 1 }), "invalid_type", "scheme"],
  ["curve: model error under model", () => quantityDiscountCostCurve({ model: withBreaks([{ minQuantity: 0, unitCost: 5 }, { minQuantity: 10, unitCost: 6 }]) }), "out_of_range", "model.breaks[1].unitCost"],
  ["curve: one point", () => quantityDiscountCostCurve({ model: wohls, points: 1 }), "out_of_range", "points"],
  ["curve: max not above min", () => quantityDiscountCostCurve({ model: wohls, minQuantity: 300, maxQuantity: 100 }), "out_of_range", "maxQuantity"],
];

for (const [description, call, code, field] of cases) {
  test(`${description}: throws ${code} at "${field}"`, () => {
    assert.deepEqual(errorOf(call), [code, field]);
    assert.equal(quantityDiscount(wohls).quantity, 1000, "the instance keeps working");
  });
}

test("an unknown scheme's message lists the schemes", () => {
  try {
    quantityDiscount({ ...wohls, scheme: "bulk" });
  } catch (error) {
    assert.equal(error.reason, "must be `allUnits` or `incremental`");
    return;
  }
  assert.fail("expected an error");
});

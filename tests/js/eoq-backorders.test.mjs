// The EOQ with planned backorders through the wasm package: textbook figures, the
// result's shape, the cost curve and every error a JS caller can make.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, thrown } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { eoqBackorders, eoqBackordersCostCurve } = opscalc;

// Anderson, Sweeney & Williams, An Introduction to Management Science, inventory chapter,
// Higley Radio Components: D = 2,000 a year, S = $25, H = 20% of $50, B = $30 a unit a year.
const higley = { demand: 2000, orderingCost: 25, holdingRate: 0.2, unitCost: 50, backorderCost: 30, workingDays: 250 };

test("Higley Radio Components: Q* ≈ 115.47, b* ≈ 28.87, TC ≈ $866 (exactly 200/√3, 50/√3, 500√3)", () => {
  const result = eoqBackorders(higley);
  assert.equal(result.quantity.toFixed(2), "115.47");
  assert.equal(result.maxBackorder.toFixed(2), "28.87");
  assert.equal(result.totalCost.toFixed(0), "866");
  assertClose(result.quantity, 200 / Math.sqrt(3));
  assertClose(result.maxBackorder, 50 / Math.sqrt(3));
  assertClose(result.maxInventory, 150 / Math.sqrt(3));
  assertClose(result.totalCost, 500 * Math.sqrt(3));
  assertClose(result.holdingCost, 10);
  assertClose(result.backorderFraction, 0.25);
  // Hand-computed, after the example: $433.01 + $324.76 + $108.25; a 14.43-day cycle.
  assert.deepEqual(
    [result.orderingCostPerPeriod, result.holdingCostPerPeriod, result.backorderCostPerPeriod].map((cost) => cost.toFixed(2)),
    ["433.01", "324.76", "108.25"],
  );
  assert.equal(result.cycleTimeDays.toFixed(2), "14.43");
  assert.equal(result.timeWithStockDays.toFixed(2), "10.83");
  assert.equal(result.timeInBackorderDays.toFixed(2), "3.61");
});

test("the result is a plain object with the documented fields; day figures only with working days", () => {
  const { workingDays, ...perYear } = higley;
  const result = eoqBackorders(perYear);
  assert.equal(Object.getPrototypeOf(result), Object.prototype);
  assert.deepEqual(Object.keys(result).sort(), [
    "averageBackorder", "averageInventory", "backorderCostPerPeriod", "backorderFraction", "cycleTime", "holdingCost",
    "holdingCostPerPeriod", "inventoryProfile", "maxBackorder", "maxInventory", "orderingCostPerPeriod", "ordersPerPeriod",
    "quantity", "timeInBackorder", "timeWithStock", "totalCost",
  ]);
  const withDays = Object.keys(eoqBackorders(higley));
  for (const key of ["cycleTimeDays", "timeWithStockDays", "timeInBackorderDays", "dailyDemand"]) assert.ok(withDays.includes(key), key);
});

test("the inventory profile goes below zero: Imax → 0 → −b*, then the order arrives", () => {
  // H = B: half of each lot of 100 is backordered.
  const { inventoryProfile } = eoqBackorders({ demand: 500, orderingCost: 5, holdingCost: 1, backorderCost: 1 });
  assert.deepEqual(inventoryProfile, { time: [0, 0.1, 0.2], level: [50, 0, -50] });
});

test("the cost curve prices each lot with its best backorder level", () => {
  // Hand-computed for Higley: a lot of 100 backorders 25 and costs $500 + $281.25 + $93.75.
  const curve = eoqBackordersCostCurve({ model: higley, minQuantity: 100, maxQuantity: 200, points: 2 });
  assert.deepEqual(curve.quantity, [100, 200]);
  assertClose(curve.maxBackorder[0], 25);
  assertClose(curve.orderingCostPerPeriod[0], 500);
  assertClose(curve.holdingCostPerPeriod[0], 281.25);
  assertClose(curve.backorderCostPerPeriod[0], 93.75);
  assertClose(curve.totalCost[0], 875);
  assertClose(curve.totalCost[1], 1000);
  assertClose(curve.minimumTotalCost, 500 * Math.sqrt(3));
  assertClose(curve.costPenalty[0], 875 / (500 * Math.sqrt(3)) - 1);
});

test("the default cost curve: 101 points, cheapest at the point nearest Q*", () => {
  const curve = eoqBackordersCostCurve({ model: higley });
  for (const column of ["quantity", "maxBackorder", "orderingCostPerPeriod", "holdingCostPerPeriod", "backorderCostPerPeriod", "totalCost", "costPenalty"]) {
    assert.equal(curve[column].length, 101, column);
  }
  const cheapest = curve.totalCost.indexOf(Math.min(...curve.totalCost));
  const distance = (q) => Math.abs(q - curve.optimalQuantity);
  const nearest = curve.quantity.reduce((best, q, i) => (distance(q) < distance(curve.quantity[best]) ? i : best), 0);
  assert.equal(cheapest, nearest);
});

const errorCases = [
  // [description, call, code, field]
  ["zero backorder cost", () => eoqBackorders({ ...higley, backorderCost: 0 }), "not_positive", "backorderCost"],
  ["infinite backorder cost", () => eoqBackorders({ ...higley, backorderCost: Infinity }), "not_finite", "backorderCost"],
  ["missing backorder cost", () => eoqBackorders({ demand: 1, orderingCost: 1, holdingCost: 1 }), "missing_field", "backorderCost"],
  ["negative holding rate", () => eoqBackorders({ ...higley, holdingRate: -0.2 }), "not_positive", "holdingRate"],
  ["holding rate without unit cost", () => eoqBackorders({ ...higley, unitCost: undefined }), "missing_field", "unitCost"],
  ["holding cost with a rate", () => eoqBackorders({ ...higley, holdingCost: 10 }), "conflicting_fields", "holdingRate"],
  ["zero ordering cost", () => eoqBackorders({ ...higley, orderingCost: 0 }), "not_positive", "orderingCost"],
  ["NaN demand", () => eoqBackorders({ ...higley, demand: Number.NaN }), "not_finite", "demand"],
  ["negative working days", () => eoqBackorders({ ...higley, workingDays: -250 }), "not_positive", "workingDays"],
  ["misspelled option (backOrderCost)", () => eoqBackorders({ demand: 1, orderingCost: 1, holdingCost: 1, backOrderCost: 1 }), "unknown_field", "backOrderCost"],
  ["a lead time (not an option here)", () => eoqBackorders({ ...higley, leadTime: 0.1 }), "unknown_field", "leadTime"],
  ["overflow", () => eoqBackorders({ demand: 1e300, orderingCost: 1e300, holdingCost: 1e-300, backorderCost: 1 }), "numeric_range", ""],
  ["curve: bad model value", () => eoqBackordersCostCurve({ model: { ...higley, backorderCost: -30 } }), "not_positive", "model.backorderCost"],
  ["curve: model of the wrong type", () => eoqBackordersCostCurve({ model: 5 }), "invalid_type", "model"],
  ["curve: too many points", () => eoqBackordersCostCurve({ model: higley, points: 10001 }), "too_large", "points"],
  ["curve: zero min quantity", () => eoqBackordersCostCurve({ model: higley, minQuantity: 0 }), "not_positive", "minQuantity"],
];

for (const [description, call, code, field] of errorCases) {
  test(`${description}: throws ${code} at "${field}"`, () => {
    const error = thrown(call);
    assert.equal(error.code, code);
    assert.equal(error.field, field);
    assert.equal(eoqBackorders(higley).quantity.toFixed(2), "115.47");
  });
}

test("random junk never traps the instance", () => {
  let seed = 11;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const junk = [0, -1, 1e308, 5e-324, Number.NaN, Infinity, "", "12", null, undefined, true, [], {}, 10n];
  const keys = ["demand", "orderingCost", "holdingCost", "holdingRate", "unitCost", "backorderCost", "workingDays", "x"];
  for (let round = 0; round < 1000; round += 1) {
    const options = {};
    for (const key of keys) {
      if (random() < 0.75) options[key] = random() < 0.4 ? junk[Math.floor(random() * junk.length)] : random() * 1000;
    }
    for (const call of [() => eoqBackorders(options), () => eoqBackordersCostCurve({ model: options, points: 3 })]) {
      try {
        const result = call();
        assert.ok(Number.isFinite(result.quantity?.[0] ?? result.quantity));
      } catch (error) {
        assert.equal(error.name, "OpscalcError", `${error}`);
      }
    }
  }
  assert.equal(eoqBackorders(higley).quantity.toFixed(2), "115.47");
});

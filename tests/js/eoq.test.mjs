// EOQ through the wasm package: the textbook figures and shapes a JS caller sees.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { eoq, eoqCostCurve } = opscalc;

test("Heizer & Render, Sharp, Inc.: Q* = 200, N = 5, T = 50 days, TC = $100", () => {
  const result = eoq({ demand: 1000, orderingCost: 10, holdingCost: 0.5, workingDays: 250 });
  assertClose(result.quantity, 200);
  assertClose(result.ordersPerPeriod, 5);
  assertClose(result.cycleTimeDays, 50);
  assertClose(result.orderingCostPerPeriod, 50);
  assertClose(result.holdingCostPerPeriod, 50);
  assertClose(result.totalCost, 100);
  assert.equal(result.reorderPoint, undefined);
  assert.ok(!("reorderPoint" in result), "absent options leave their outputs out");
});

test("the result is a plain object with the documented fields", () => {
  const result = eoq({ demand: 1000, orderingCost: 10, holdingCost: 0.5 });
  assert.equal(Object.getPrototypeOf(result), Object.prototype);
  assert.deepEqual(Object.keys(result).sort(), [
    "averageInventory", "cycleTime", "holdingCost", "holdingCostPerPeriod", "inventoryProfile",
    "orderingCostPerPeriod", "ordersPerPeriod", "quantity", "totalCost",
  ]);
});

test("the inventory profile: Q* on arrival, falling to zero at the cycle time", () => {
  const { inventoryProfile } = eoq({ demand: 1000, orderingCost: 10, holdingCost: 0.5 });
  assert.deepEqual(inventoryProfile, { time: [0, 0.2], level: [200, 0] });
});

test("Krajewski bird feeders: holding as 25% of $60 gives H = $15 and Q* = 74.94", () => {
  const result = eoq({ demand: 936, orderingCost: 45, holdingRate: 0.25, unitCost: 60 });
  assertClose(result.holdingCost, 15);
  assertClose(result.quantity, Math.sqrt(5616));
  assert.equal(result.quantity.toFixed(2), "74.94");
});

test("Heizer & Render, Electronic Assembler: 3 days' lead time at 32 a day gives ROP = 96", () => {
  const result = eoq({ demand: 8000, orderingCost: 10, holdingCost: 0.5, workingDays: 250, leadTimeDays: 3 });
  assertClose(result.dailyDemand, 32);
  assertClose(result.reorderPoint, 96);
  const inYears = eoq({ demand: 8000, orderingCost: 10, holdingCost: 0.5, leadTime: 3 / 250 });
  assertClose(inYears.reorderPoint, 96);
});

test("null optional options count as absent", () => {
  const result = eoq({ demand: 1000, orderingCost: 10, holdingCost: 0.5, leadTime: null, workingDays: undefined });
  assertClose(result.quantity, 200);
  assert.ok(!("reorderPoint" in result));
});

test("Krajewski: the cost curve prices the rounded EOQ (75) at $1,124.10 and the old lot (390) at $3,033", () => {
  const curve = eoqCostCurve({
    model: { demand: 936, orderingCost: 45, holdingRate: 0.25, unitCost: 60 },
    minQuantity: 75,
    maxQuantity: 390,
    points: 2,
  });
  assert.deepEqual(curve.quantity, [75, 390]);
  assertClose(curve.totalCost[0], 1124.1);
  assertClose(curve.totalCost[1], 3033);
  assertClose(curve.minimumTotalCost, Math.sqrt(2 * 936 * 45 * 15));
});

test("the default cost curve: 101 points from Q*/5 to 3Q*, cheapest at the point nearest Q*", () => {
  const curve = eoqCostCurve({ model: { demand: 1000, orderingCost: 10, holdingCost: 0.5 } });
  for (const column of ["quantity", "orderingCostPerPeriod", "holdingCostPerPeriod", "totalCost", "costPenalty"]) {
    assert.ok(Array.isArray(curve[column]), `${column} is an array`);
    assert.equal(curve[column].length, 101);
  }
  assertClose(curve.quantity[0], 40);
  assert.equal(curve.quantity[100], 600);
  const cheapest = curve.totalCost.indexOf(Math.min(...curve.totalCost));
  const nearest = curve.quantity.reduce((best, q, i) => (Math.abs(q - 200) < Math.abs(curve.quantity[best] - 200) ? i : best), 0);
  assert.equal(cheapest, nearest);
  assert.ok(curve.costPenalty.every((penalty) => penalty >= 0));
});

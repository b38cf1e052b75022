// reorderPointBatch through the wasm package: typed arrays in and out, each item equal
// to the single reorderPoint call, one value or one per item, and errors naming the item.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { reorderPoint, reorderPointBatch } = opscalc;

test("Heizer & Render (variable demand, constant lead time: d = 15, σ = 5, L = 2 days, 90 %) as one item: SS 9.06, ROP 39.06", () => {
  const result = reorderPointBatch({ demandRate: Float64Array.of(15, 30), demandSd: Float64Array.of(5, 10), leadTime: 2, serviceLevel: 0.9 });
  assert.deepEqual(Object.keys(result).sort(), ["reorderPoint", "safetyStock"]);
  for (const column of Object.values(result)) {
    assert.ok(column instanceof Float64Array);
    assert.equal(column.length, 2);
  }
  // The book rounds to two decimals.
  assert.ok(Math.abs(result.safetyStock[0] - 9.06) < 0.005, `safety stock ${result.safetyStock[0]}`);
  assert.ok(Math.abs(result.reorderPoint[0] - 39.06) < 0.005, `reorder point ${result.reorderPoint[0]}`);
  // Twice the demand and its σ: twice both.
  assertClose(result.reorderPoint[1], 2 * result.reorderPoint[0]);
});

test("every item equals the single call: demand and lead time varying, service levels per item", () => {
  const items = 500;
  const demandRate = Float64Array.from({ length: items }, (_, i) => 5 + i);
  const demandSd = Float64Array.from({ length: items }, (_, i) => 1 + (i % 7));
  const leadTime = Float64Array.from({ length: items }, (_, i) => 1 + (i % 4));
  const leadTimeSd = Float64Array.from({ length: items }, (_, i) => (i % 3) * 0.5);
  const serviceLevel = Float64Array.from({ length: items }, (_, i) => 0.8 + (i % 19) * 0.01);
  const result = reorderPointBatch({ demandRate, demandSd, leadTime, leadTimeSd, serviceLevel });
  for (let i = 0; i < items; i += 1) {
    const single = reorderPoint({ demandRate: demandRate[i], demandSd: demandSd[i], leadTime: leadTime[i], leadTimeSd: leadTimeSd[i], serviceLevel: serviceLevel[i] });
    assert.equal(result.safetyStock[i], single.safetyStock, `item ${i}`);
    assert.equal(result.reorderPoint[i], single.reorderPoint, `item ${i}`);
  }
});

test("errors: the item's field with its index, a value for all by its name, lengths, kinds", () => {
  const demandRate = Float64Array.of(15, -1);
  assert.deepEqual(errorOf(() => reorderPointBatch({ demandRate, demandSd: 5, leadTime: 2, serviceLevel: 0.9 })), ["not_positive", "demandRate[1]"]);
  const good = Float64Array.of(15, 1);
  assert.deepEqual(errorOf(() => reorderPointBatch({ demandRate: good, demandSd: 5, leadTime: 2, serviceLevel: 1.5 })), ["out_of_range", "serviceLevel"]);
  assert.deepEqual(errorOf(() => reorderPointBatch({ demandRate: good, demandSd: 5, leadTime: 2, serviceLevel: Float64Array.of(0.9, 1) })), ["out_of_range", "serviceLevel[1]"]);
  assert.deepEqual(errorOf(() => reorderPointBatch({ demandRate: good, demandSd: 5, leadTime: 2, leadTimeSd: Float64Array.of(0, -1), serviceLevel: 0.9 })), ["negative", "leadTimeSd[1]"]);
  assert.deepEqual(errorOf(() => reorderPointBatch({ demandRate: good, demandSd: Float64Array.of(1), leadTime: 2, serviceLevel: 0.9 })), ["conflicting_fields", "demandSd"]);
  assert.deepEqual(errorOf(() => reorderPointBatch({ demandRate: [15, 1], demandSd: 5, leadTime: 2, serviceLevel: 0.9 })), ["invalid_type", "demandRate"]);
  assert.deepEqual(errorOf(() => reorderPointBatch({ demandRate: 15, demandSd: 5, leadTime: 2, serviceLevel: 0.9 })), ["invalid_input", ""]);
  assert.deepEqual(errorOf(() => reorderPointBatch({ demandRate: good, demandSd: 5, leadTime: 2 })), ["missing_field", "serviceLevel"]);
});

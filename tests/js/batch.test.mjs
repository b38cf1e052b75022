// Batch functions through the wasm package: typed arrays in and out, each item equal to
// the single call, scalar and array columns, and errors naming the item.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, errorOf } from "./assertions.mjs";
import { acceptedItems, assertEachItem, columnOf } from "./magnitudes.mjs";
import opscalc from "./load-package.mjs";

const { eoq, eoqBatch } = opscalc;

test("Heizer & Render, Sharp, Inc. as one item of a batch: Q* = 200, N = 5, TC = $100", () => {
  const result = eoqBatch({ demand: Float64Array.of(4000, 1000, 250), orderingCost: 10, holdingCost: 0.5 });
  assert.deepEqual(Object.keys(result).sort(), ["ordersPerPeriod", "quantity", "totalCost"]);
  for (const column of Object.values(result)) {
    assert.ok(column instanceof Float64Array);
    assert.equal(column.length, 3);
  }
  assertClose(result.quantity[1], 200);
  assertClose(result.ordersPerPeriod[1], 5);
  assertClose(result.totalCost[1], 100);
  assertClose(result.quantity[0], 400);
  assertClose(result.quantity[2], 100);
});

test("every item equals the single call, across several parts of the batch", () => {
  const items = 10_000; // more than one part of 4,096 items
  const demand = Float64Array.from({ length: items }, (_, i) => 10 + i * 3.5);
  const orderingCost = Float64Array.from({ length: items }, (_, i) => 1 + (i % 13));
  const holdingRate = Float64Array.from({ length: items }, (_, i) => 0.1 + (i % 5) * 0.05);
  const result = eoqBatch({ demand, orderingCost, holdingRate, unitCost: 60 });
  for (const i of [0, 1, 4095, 4096, 4097, 8191, 8192, items - 1]) {
    const single = eoq({ demand: demand[i], orderingCost: orderingCost[i], holdingRate: holdingRate[i], unitCost: 60 });
    assert.equal(result.quantity[i], single.quantity, `item ${i}`);
    assert.equal(result.totalCost[i], single.totalCost, `item ${i}`);
    assert.equal(result.ordersPerPeriod[i], single.ordersPerPeriod, `item ${i}`);
  }
});

test("items of every magnitude equal the single call bit for bit, two at a time and one by one", () => {
  const items = acceptedItems(["demand", "orderingCost", "holdingCost"], eoq, 3001);
  const [demand, orderingCost, holdingCost] = ["demand", "orderingCost", "holdingCost"].map((field) => columnOf(items, field));
  const figures = ["quantity", "totalCost", "ordersPerPeriod"];
  assertEachItem(eoqBatch({ demand, orderingCost, holdingCost }), items, figures);
  assertEachItem(eoqBatch({ demand, orderingCost, holdingRate: holdingCost, unitCost: 1 }), items, figures);
});

test("a bad item is found in either lane of a pair and in the odd item at the end", () => {
  for (const bad of [0, 1, 2, 3, 4]) {
    const demand = new Float64Array(5).fill(1000);
    demand[bad] = bad % 2 ? Number.NaN : 0;
    const code = bad % 2 ? "not_finite" : "not_positive";
    assert.deepEqual(errorOf(() => eoqBatch({ demand, orderingCost: 10, holdingCost: 0.5 })), [code, `demand[${bad}]`]);
    const holdingRate = new Float64Array(5).fill(0.2);
    holdingRate[bad] = -0.2;
    assert.deepEqual(errorOf(() => eoqBatch({ demand: 1000, orderingCost: Float64Array.of(1, 2, 3, 4, 5), holdingRate, unitCost: 9 })), ["not_positive", `holdingRate[${bad}]`]);
  }
});

test("a number stands for every item, as an array of that value does", () => {
  const demand = Float64Array.of(100, 2000, 35000);
  const scalar = eoqBatch({ demand, orderingCost: 12, holdingCost: 0.8 });
  const arrays = eoqBatch({ demand, orderingCost: new Float64Array(3).fill(12), holdingCost: new Float64Array(3).fill(0.8) });
  assert.deepEqual(scalar, arrays);
});

test("the inputs are left as they were", () => {
  const demand = Float64Array.of(1000, 2000);
  eoqBatch({ demand, orderingCost: 10, holdingCost: 0.5 });
  assert.deepEqual(demand, Float64Array.of(1000, 2000));
});

test("the first bad item is named with its index, with the single call's code", () => {
  const demand = Float64Array.of(1000, 1000, 1000, -1, Number.NaN);
  assert.deepEqual(errorOf(() => eoqBatch({ demand, orderingCost: 10, holdingCost: 0.5 })), ["not_positive", "demand[3]"]);
  const late = new Float64Array(9000).fill(1000);
  late[8500] = Number.POSITIVE_INFINITY;
  assert.deepEqual(errorOf(() => eoqBatch({ demand: late, orderingCost: late, holdingCost: 1 })), ["not_finite", "demand[8500]"]);
  assert.deepEqual(
    errorOf(() => eoqBatch({ demand: Float64Array.of(1, 2, 3), orderingCost: 1, holdingRate: Float64Array.of(0.2, 0.2, 0), unitCost: 9 })),
    ["not_positive", "holdingRate[2]"],
  );
  assert.deepEqual(errorOf(() => eoqBatch({ demand: Float64Array.of(1, 2), orderingCost: 0, holdingCost: 1 })), ["not_positive", "orderingCost"]);
  assert.deepEqual(
    errorOf(() => eoqBatch({ demand: Float64Array.of(1, Number.MAX_VALUE), orderingCost: Float64Array.of(1, Number.MAX_VALUE), holdingCost: 1e-300 })),
    ["numeric_range", "[1]"],
  );
});

test("columns of different lengths, no array, and the wrong kinds of column are refused", () => {
  assert.deepEqual(
    errorOf(() => eoqBatch({ demand: new Float64Array(3).fill(1), orderingCost: new Float64Array(2).fill(1), holdingCost: 1 })),
    ["conflicting_fields", "orderingCost"],
  );
  assert.deepEqual(errorOf(() => eoqBatch({ demand: 1000, orderingCost: 10, holdingCost: 0.5 })), ["invalid_input", ""]);
  assert.deepEqual(errorOf(() => eoqBatch({ demand: [1000], orderingCost: 10, holdingCost: 0.5 })), ["invalid_type", "demand"]);
  assert.deepEqual(errorOf(() => eoqBatch({ demand: Float32Array.of(1000), orderingCost: 10, holdingCost: 0.5 })), ["invalid_type", "demand"]);
  assert.deepEqual(errorOf(() => eoqBatch({ demand: Float64Array.of(1), orderingCost: 1, holdingCost: 1, unitCost: 2 })), ["conflicting_fields", "unitCost"]);
  assert.deepEqual(errorOf(() => eoqBatch({ demand: Float64Array.of(1), orderingCost: 1 })), ["missing_field", "holdingCost"]);
  assert.deepEqual(errorOf(() => eoqBatch({ demand: Float64Array.of(1), orderingCost: 1, holdingCost: 1, leadTime: 2 })), ["unknown_field", "leadTime"]);
});

test("a batch of no items gives empty typed arrays", () => {
  const result = eoqBatch({ demand: new Float64Array(0), orderingCost: 10, holdingCost: 0.5 });
  assert.ok(result.quantity instanceof Float64Array);
  assert.equal(result.quantity.length, 0);
  assert.equal(result.totalCost.length, 0);
});

// eoqBackordersBatch through the wasm package: typed arrays in and out, each item equal
// to the single eoqBackorders call, and errors naming the item.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, errorOf } from "./assertions.mjs";
import { acceptedItems, assertEachItem, columnOf } from "./magnitudes.mjs";
import opscalc from "./load-package.mjs";
import { random } from "./random.mjs";

const { eoqBackorders, eoqBackordersBatch } = opscalc;

test("Anderson, Sweeney & Williams, Higley Radio Components as one item: Q* = 115.47, b* = 28.87, TC = $866", () => {
  const result = eoqBackordersBatch({ demand: Float64Array.of(2000, 8000), orderingCost: 25, holdingRate: 0.2, unitCost: 50, backorderCost: 30 });
  assert.deepEqual(Object.keys(result).sort(), ["maxBackorder", "ordersPerPeriod", "quantity", "totalCost"]);
  for (const column of Object.values(result)) {
    assert.ok(column instanceof Float64Array);
    assert.equal(column.length, 2);
  }
  // The book rounds to two decimals; TC is exactly √750,000.
  assert.ok(Math.abs(result.quantity[0] - 115.47) < 0.005, `Q* ${result.quantity[0]}`);
  assert.ok(Math.abs(result.maxBackorder[0] - 28.87) < 0.005, `b* ${result.maxBackorder[0]}`);
  assertClose(result.totalCost[0], Math.sqrt(750_000));
  assertClose(result.quantity[1], 2 * result.quantity[0]);
});

test("every item equals the single call: 500 random items", () => {
  const items = 500;
  const next = random(11);
  const column = (value) => Float64Array.from({ length: items }, value);
  const demand = column(() => 1 + next() * 1e5);
  const orderingCost = column(() => 0.5 + next() * 500);
  const holdingCost = column(() => 0.01 + next() * 40);
  const backorderCost = column(() => 0.01 + next() * 100);
  const result = eoqBackordersBatch({ demand, orderingCost, holdingCost, backorderCost });
  for (let i = 0; i < items; i += 1) {
    const single = eoqBackorders({ demand: demand[i], orderingCost: orderingCost[i], holdingCost: holdingCost[i], backorderCost: backorderCost[i] });
    assert.equal(result.quantity[i], single.quantity, `item ${i}`);
    assert.equal(result.maxBackorder[i], single.maxBackorder, `item ${i}`);
    assert.equal(result.totalCost[i], single.totalCost, `item ${i}`);
    assert.equal(result.ordersPerPeriod[i], single.ordersPerPeriod, `item ${i}`);
  }
});

test("items of every magnitude equal the single call bit for bit, two at a time and one by one", () => {
  const items = acceptedItems(["demand", "orderingCost", "holdingCost", "backorderCost"], eoqBackorders, 3001);
  const [demand, orderingCost, holdingCost, backorderCost] = ["demand", "orderingCost", "holdingCost", "backorderCost"].map((field) => columnOf(items, field));
  assertEachItem(eoqBackordersBatch({ demand, orderingCost, holdingCost, backorderCost }), items, ["quantity", "maxBackorder", "totalCost", "ordersPerPeriod"]);
});

test("errors: the item's field with its index across parts, a value for all by its name, lengths", () => {
  const backorderCost = new Float64Array(9000).fill(30);
  backorderCost[8500] = 0;
  assert.deepEqual(errorOf(() => eoqBackordersBatch({ demand: 2000, orderingCost: 25, holdingCost: 10, backorderCost })), ["not_positive", "backorderCost[8500]"]);
  const demand = Float64Array.of(2000, 1000);
  assert.deepEqual(errorOf(() => eoqBackordersBatch({ demand, orderingCost: Number.POSITIVE_INFINITY, holdingCost: 10, backorderCost: 30 })), ["not_finite", "orderingCost"]);
  assert.deepEqual(errorOf(() => eoqBackordersBatch({ demand, orderingCost: 25, holdingCost: 10, backorderCost: Float64Array.of(1, 2, 3) })), ["conflicting_fields", "backorderCost"]);
  assert.deepEqual(errorOf(() => eoqBackordersBatch({ demand, orderingCost: 25, holdingCost: 10 })), ["missing_field", "backorderCost"]);
  assert.deepEqual(errorOf(() => eoqBackordersBatch({ demand, orderingCost: 25, holdingRate: 0.2, backorderCost: 30 })), ["missing_field", "unitCost"]);
});

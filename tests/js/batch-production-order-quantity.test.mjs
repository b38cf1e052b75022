// productionOrderQuantityBatch through the wasm package: typed arrays in and out, each
// item equal to the single productionOrderQuantity call, and errors naming the item.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, errorOf } from "./assertions.mjs";
import { acceptedItems, assertEachItem, columnOf } from "./magnitudes.mjs";
import opscalc from "./load-package.mjs";
import { random } from "./random.mjs";

const { productionOrderQuantity, productionOrderQuantityBatch } = opscalc;

test("Stevenson's toy wheels as one item (D = 48,000, p = 800 × 240, S = $45, H = $1): Q* = 2,400, Imax = 1,800, TC = $1,800, 20 runs", () => {
  const result = productionOrderQuantityBatch({ demand: Float64Array.of(12_000, 48_000), productionRate: 800 * 240, setupCost: 45, holdingCost: 1 });
  assert.deepEqual(Object.keys(result).sort(), ["maxInventory", "quantity", "runsPerPeriod", "totalCost"]);
  for (const column of Object.values(result)) {
    assert.ok(column instanceof Float64Array);
    assert.equal(column.length, 2);
  }
  assertClose(result.quantity[1], 2400);
  assertClose(result.maxInventory[1], 1800);
  assertClose(result.totalCost[1], 1800);
  assertClose(result.runsPerPeriod[1], 20);
});

test("every item equals the single call: 500 random items, holding cost per unit or as a rate", () => {
  const items = 500;
  const next = random(7);
  const column = (value) => Float64Array.from({ length: items }, value);
  const demand = column(() => 1 + next() * 1e5);
  const productionRate = column((_, i) => demand[i] * (1.01 + next() * 20));
  const setupCost = column(() => 0.5 + next() * 500);
  const holdingCost = column(() => 0.01 + next() * 40);
  const holdingRate = column(() => 0.01 + next() * 0.5);
  for (const holding of [{ holdingCost }, { holdingRate, unitCost: 60 }]) {
    const result = productionOrderQuantityBatch({ demand, productionRate, setupCost, ...holding });
    for (let i = 0; i < items; i += 1) {
      const single = productionOrderQuantity({
        demand: demand[i],
        productionRate: productionRate[i],
        setupCost: setupCost[i],
        ...(holding.holdingCost ? { holdingCost: holdingCost[i] } : { holdingRate: holdingRate[i], unitCost: 60 }),
      });
      assert.equal(result.quantity[i], single.quantity, `item ${i}`);
      assert.equal(result.totalCost[i], single.totalCost, `item ${i}`);
      assert.equal(result.maxInventory[i], single.maxInventory, `item ${i}`);
      assert.equal(result.runsPerPeriod[i], single.runsPerPeriod, `item ${i}`);
    }
  }
});

test("items of every magnitude equal the single call bit for bit, two at a time and one by one", () => {
  const items = acceptedItems(["demand", "productionRate", "setupCost", "holdingCost"], productionOrderQuantity, 3001);
  const [demand, productionRate, setupCost, holdingCost] = ["demand", "productionRate", "setupCost", "holdingCost"].map((field) => columnOf(items, field));
  assertEachItem(productionOrderQuantityBatch({ demand, productionRate, setupCost, holdingCost }), items, ["quantity", "totalCost", "maxInventory", "runsPerPeriod"]);
});

test("errors: the item's field with its index across parts, a value for all by its name, lengths, kinds", () => {
  const demand = new Float64Array(9000).fill(48_000);
  demand[8500] = 200_000; // above the production rate for all
  assert.deepEqual(errorOf(() => productionOrderQuantityBatch({ demand, productionRate: 192_000, setupCost: 45, holdingCost: 1 })), ["out_of_range", "productionRate[8500]"]);
  demand[8500] = Number.NaN;
  assert.deepEqual(errorOf(() => productionOrderQuantityBatch({ demand, productionRate: 192_000, setupCost: 45, holdingCost: 1 })), ["not_finite", "demand[8500]"]);
  const good = Float64Array.of(48_000, 1000);
  assert.deepEqual(errorOf(() => productionOrderQuantityBatch({ demand: good, productionRate: 192_000, setupCost: 0, holdingCost: 1 })), ["not_positive", "setupCost"]);
  assert.deepEqual(
    errorOf(() => productionOrderQuantityBatch({ demand: good, productionRate: 192_000, setupCost: 45, holdingRate: Float64Array.of(0.25, -1), unitCost: 4 })),
    ["not_positive", "holdingRate[1]"],
  );
  assert.deepEqual(errorOf(() => productionOrderQuantityBatch({ demand: good, productionRate: Float64Array.of(1e6), setupCost: 45, holdingCost: 1 })), ["conflicting_fields", "productionRate"]);
  assert.deepEqual(errorOf(() => productionOrderQuantityBatch({ demand: 48_000, productionRate: 192_000, setupCost: 45, holdingCost: 1 })), ["invalid_input", ""]);
  assert.deepEqual(errorOf(() => productionOrderQuantityBatch({ demand: [48_000], productionRate: 192_000, setupCost: 45, holdingCost: 1 })), ["invalid_type", "demand"]);
  assert.deepEqual(errorOf(() => productionOrderQuantityBatch({ demand: good, productionRate: 192_000, setupCost: 45 })), ["missing_field", "holdingCost"]);
  assert.deepEqual(errorOf(() => productionOrderQuantityBatch({ demand: good, productionRate: 192_000, setupCost: 45, holdingCost: 1, workingDays: 240 })), ["unknown_field", "workingDays"]);
});

test("a batch of no items gives empty typed arrays, and still checks which fields are given", () => {
  const result = productionOrderQuantityBatch({ demand: new Float64Array(0), productionRate: 192_000, setupCost: 45, holdingCost: 1 });
  assert.ok(result.quantity instanceof Float64Array);
  assert.equal(result.quantity.length, 0);
  assert.deepEqual(errorOf(() => productionOrderQuantityBatch({ demand: new Float64Array(0), productionRate: 1, setupCost: 1, holdingCost: 1, unitCost: 2 })), ["conflicting_fields", "unitCost"]);
});

// abcBatch through the wasm package: each item's class (a Uint8Array index into
// `classes`), rank (Uint32Array) and cumulative share in item order, equal to its row of
// abcAnalysis, and the errors.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";
import { random } from "./random.mjs";

const { abcAnalysis, abcBatch } = opscalc;

test("Heizer & Render, Silicon Chips (the book's order reversed) by items: total $232,057, A = the two largest, B = the next three, C = the last five", () => {
  const annualDemand = Float64Array.of(250, 1200, 100, 2000, 600, 1000, 350, 1550, 500, 1000);
  const unitCost = Float64Array.of(0.6, 0.42, 8.5, 0.6, 14.17, 12.5, 42.86, 17.0, 154.0, 90.0);
  const result = abcBatch({ annualDemand, unitCost, basis: "items" });
  assert.deepEqual(Object.keys(result).sort(), ["class", "classes", "cumulativeShare", "rank", "totalValue"]);
  assert.ok(result.class instanceof Uint8Array);
  assert.ok(result.rank instanceof Uint32Array);
  assert.ok(result.cumulativeShare instanceof Float64Array);
  assertClose(result.totalValue, 232057);
  assert.deepEqual(result.classes, ["A", "B", "C"]);
  assert.equal([...result.class].map((i) => result.classes[i]).join(""), "CCCCCBBBAA");
  assert.deepEqual([...result.rank], [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  assertClose(result.cumulativeShare[9], 90000 / 232057);
  assert.equal(result.cumulativeShare[0], 1);
});

test("every item equals its row of abcAnalysis: 500 random items with ties, by value and by items", () => {
  const items = 500;
  const next = random(3);
  const annualDemand = Float64Array.from({ length: items }, () => Math.floor(next() * 50) * 10);
  const unitCost = Float64Array.from({ length: items }, () => [0.5, 2, 10, 75][Math.floor(next() * 4)]);
  for (const options of [{}, { basis: "items" }, { cutoffs: { a: 0.6, b: 0.25 } }]) {
    const batch = abcBatch({ annualDemand, unitCost, ...options });
    const single = abcAnalysis({
      items: Array.from({ length: items }, (_, i) => ({ id: `item ${i}`, annualDemand: annualDemand[i], unitCost: unitCost[i] })),
      ...options,
    });
    assert.equal(batch.totalValue, single.totalValue);
    for (const row of single.rows) {
      const i = row.inputIndex;
      assert.equal(batch.classes[batch.class[i]], row.class, `item ${i}`);
      assert.equal(batch.rank[i], row.rank, `item ${i}`);
      assert.equal(batch.cumulativeShare[i], row.cumulativeShare, `item ${i}`);
    }
  }
});

test("errors: the item's field with its index, a value for all by its name, cutoffs, a zero total, lengths", () => {
  const two = Float64Array.of(1, 2);
  assert.deepEqual(errorOf(() => abcBatch({ annualDemand: Float64Array.of(1, -1), unitCost: 1 })), ["negative", "annualDemand[1]"]);
  assert.deepEqual(errorOf(() => abcBatch({ annualDemand: two, unitCost: Float64Array.of(1, Number.NaN) })), ["not_finite", "unitCost[1]"]);
  assert.deepEqual(errorOf(() => abcBatch({ annualDemand: two, unitCost: -1 })), ["negative", "unitCost"]);
  assert.deepEqual(errorOf(() => abcBatch({ annualDemand: two, unitCost: 1, cutoffs: { a: 0.8, b: 0.3 } })), ["out_of_range", "cutoffs.b"]);
  assert.deepEqual(errorOf(() => abcBatch({ annualDemand: Float64Array.of(0, 0), unitCost: 1 })), ["not_positive", ""]);
  assert.deepEqual(errorOf(() => abcBatch({ annualDemand: two, unitCost: Float64Array.of(1) })), ["conflicting_fields", "unitCost"]);
  assert.deepEqual(errorOf(() => abcBatch({ annualDemand: two, unitCost: 1, basis: "weight" })), ["out_of_range", "basis"]);
  assert.deepEqual(errorOf(() => abcBatch({ annualDemand: 1, unitCost: 1 })), ["invalid_input", ""]);
});

// ABC analysis through the wasm package: the textbook split, the table's shape, the
// mapping back to the input, and the errors a JS caller sees.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { abcAnalysis } = opscalc;


// Heizer & Render, Operations Management, Inventory Management chapter: Silicon Chips, Inc.
const siliconChips = [
  ["#10286", 1000, 90.0],
  ["#11526", 500, 154.0],
  ["#12760", 1550, 17.0],
  ["#10867", 350, 42.86],
  ["#10500", 1000, 12.5],
  ["#12572", 600, 14.17],
  ["#14075", 2000, 0.6],
  ["#01036", 100, 8.5],
  ["#01307", 1200, 0.42],
  ["#10572", 250, 0.6],
].map(([id, annualDemand, unitCost]) => ({ id, annualDemand, unitCost }));

test("Heizer & Render, Silicon Chips by items: total $232,057; A = 2 items (72 %), B = 3 (23 %), C = 5 (5 %)", () => {
  const result = abcAnalysis({ items: siliconChips, basis: "items" });
  assertClose(result.totalValue, 232057);
  assert.equal(result.itemCount, 10);
  assert.equal(result.basis, "items");
  assert.deepEqual(result.cutoffs, { a: 0.2, b: 0.3, c: 0.5 });
  assert.equal(result.rows.map((row) => row.class).join(""), "AABBBCCCCC");
  assert.deepEqual(result.rows.map((row) => (row.share * 100).toFixed(1)), ["38.8", "33.2", "11.4", "6.5", "5.4", "3.7", "0.5", "0.4", "0.2", "0.1"]);
  assert.deepEqual(result.classes.map((total) => total.class), ["A", "B", "C"]);
  assert.deepEqual(result.classes.map((total) => total.itemCount), [2, 3, 5]);
  assert.deepEqual(result.classes.map((total) => Math.round(total.valueShare * 100)), [72, 23, 5]);
  assert.deepEqual(result.classes.map((total) => [total.firstRank, total.lastRank]), [[1, 2], [3, 5], [6, 10]]);
  assert.equal(result.rows[3].annualValue, 15001);
});

test("by value with the default 80 / 15 / 5 % cutoffs (hand-computed): A = 3 items, B = 2, C = 5", () => {
  const result = abcAnalysis({ items: siliconChips });
  assert.equal(result.basis, "value");
  assert.equal(result.cutoffs.a, 0.8);
  assert.equal(result.cutoffs.b, 0.15);
  assert.equal(result.cutoffs.c.toFixed(12), "0.050000000000");
  assert.equal(result.rows.map((row) => row.class).join(""), "AAABBCCCCC");
  assert.equal((result.rows[2].cumulativeShare * 100).toFixed(2), "83.32");
});

test("rows are by value with their input index; ties keep input order", () => {
  const shuffled = [siliconChips[6], siliconChips[0], siliconChips[9], siliconChips[1]];
  const result = abcAnalysis({ items: shuffled, cutoffs: { a: 0.5, b: 0.3 } });
  assert.deepEqual(result.rows.map((row) => row.id), ["#10286", "#11526", "#14075", "#10572"]);
  assert.deepEqual(result.rows.map((row) => row.inputIndex), [1, 3, 0, 2]);
  assert.deepEqual(result.rows.map((row) => row.rank), [1, 2, 3, 4]);
  const ties = abcAnalysis({ items: ["x", "y", "z"].map((id) => ({ id, annualDemand: 1, unitCost: 1 })) });
  assert.deepEqual(ties.rows.map((row) => row.inputIndex), [0, 1, 2]);
});

test("a row and a class total have the documented fields; an empty class has no ranks", () => {
  const result = abcAnalysis({ items: [{ id: "big", annualDemand: 90, unitCost: 1 }, { id: "small", annualDemand: 10, unitCost: 1 }] });
  assert.deepEqual(Object.keys(result.rows[0]).sort(), [
    "annualDemand", "annualValue", "class", "cumulativeItemShare", "cumulativeShare", "id", "inputIndex", "rank", "share", "unitCost",
  ]);
  assert.equal(result.rows.map((row) => row.class).join(""), "AB");
  assert.deepEqual(result.classes[2], { class: "C", itemCount: 0, annualValue: 0, valueShare: 0, itemShare: 0 });
});


const withItem = (index, changes) => ({ items: siliconChips.map((item, i) => (i === index ? { ...item, ...changes } : item)) });
const cases = [
  ["no items", () => abcAnalysis({ items: [] }), "out_of_range", "items"],
  ["missing items", () => abcAnalysis({}), "missing_field", "items"],
  ["too many items", () => abcAnalysis({ items: Array.from({ length: 100_001 }, (_, i) => ({ id: `${i}`, annualDemand: 1, unitCost: 1 })) }), "too_large", "items"],
  ["a negative unit cost", () => abcAnalysis(withItem(3, { unitCost: -1 })), "negative", "items[3].unitCost"],
  ["a NaN demand", () => abcAnalysis(withItem(2, { annualDemand: Number.NaN })), "not_finite", "items[2].annualDemand"],
  ["an empty id", () => abcAnalysis(withItem(4, { id: "" })), "invalid_input", "items[4].id"],
  ["a duplicate id", () => abcAnalysis(withItem(7, { id: "#10286" })), "duplicate_id", "items[7].id"],
  ["a numeric id", () => abcAnalysis(withItem(1, { id: 11526 })), "invalid_type", "items[1].id"],
  ["a missing unit cost", () => abcAnalysis({ items: [{ id: "x", annualDemand: 1 }] }), "missing_field", "items[0].unitCost"],
  ["a misspelled item field", () => abcAnalysis({ items: [{ id: "x", annualdemand: 1, unitCost: 1 }] }), "unknown_field", "items[0].annualdemand"],
  ["all values zero", () => abcAnalysis({ items: [{ id: "x", annualDemand: 0, unitCost: 1 }] }), "not_positive", "items"],
  ["cutoff a of zero", () => abcAnalysis({ items: siliconChips, cutoffs: { a: 0, b: 0.1 } }), "not_positive", "cutoffs.a"],
  ["cutoffs summing past 1", () => abcAnalysis({ items: siliconChips, cutoffs: { a: 0.8, b: 0.3 } }), "out_of_range", "cutoffs.b"],
  ["a cutoff c (C is the rest)", () => abcAnalysis({ items: siliconChips, cutoffs: { a: 0.8, b: 0.15, c: 0.05 } }), "unknown_field", "cutoffs.c"],
  ["an unknown basis", () => abcAnalysis({ items: siliconChips, basis: "count" }), "out_of_range", "basis"],
];

for (const [description, call, code, field] of cases) {
  test(`${description}: throws ${code} at "${field}"`, () => {
    assert.deepEqual(errorOf(call), [code, field]);
    assert.equal(abcAnalysis({ items: siliconChips }).itemCount, 10, "the instance keeps working");
  });
}

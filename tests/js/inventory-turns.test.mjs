// Inventory turnover and weeks of supply through the wasm package: the textbook
// figures, the result's shape, and the errors a JS caller sees.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { inventoryTurns } = opscalc;

// Heizer & Render, Operations Management, supply chain management chapter, solved
// problem (Jack's Pottery Outlet): inventory $375,000 at the start of the year and
// $325,000 at its end, cost of goods sold $7 million, total assets $5 million.
const jacks = { costOfGoodsSold: 7000000, averageInventory: (375000 + 325000) / 2, weeksPerPeriod: 52, totalAssets: 5000000 };

test("Heizer & Render, Jack's Pottery Outlet: 7 % of assets, 20 turns, 2.6 weeks of supply", () => {
  const result = inventoryTurns(jacks);
  assert.equal(result.turns, 20);
  assert.equal(result.weeksOfSupply, 2.6);
  assertClose(result.inventoryShareOfAssets, 0.07);
  assert.equal(Math.round(result.costOfGoodsSoldPerWeek), 134615);
  assertClose(result.periodsOfSupply, 0.05);
  assert.deepEqual(Object.keys(result).sort(), [
    "costOfGoodsSoldPerWeek", "inventoryShareOfAssets", "periodsOfSupply", "turns", "weeksOfSupply",
  ]);
});

test("days of supply over a 365-day year; only what is asked for comes back", () => {
  const result = inventoryTurns({ costOfGoodsSold: 5200000, averageInventory: 400000, daysPerPeriod: 365 });
  assert.equal(result.turns, 13);
  assertClose(result.daysOfSupply, (400000 * 365) / 5200000);
  assertClose(result.costOfGoodsSoldPerDay, 5200000 / 365);
  assert.deepEqual(Object.keys(result).sort(), ["costOfGoodsSoldPerDay", "daysOfSupply", "periodsOfSupply", "turns"]);
});

const cases = [
  ["zero cost of goods sold", () => inventoryTurns({ ...jacks, costOfGoodsSold: 0 }), "not_positive", "costOfGoodsSold"],
  ["negative average inventory", () => inventoryTurns({ ...jacks, averageInventory: -1 }), "not_positive", "averageInventory"],
  ["NaN weeks", () => inventoryTurns({ ...jacks, weeksPerPeriod: Number.NaN }), "not_finite", "weeksPerPeriod"],
  ["zero days", () => inventoryTurns({ ...jacks, daysPerPeriod: 0 }), "not_positive", "daysPerPeriod"],
  ["assets below the inventory", () => inventoryTurns({ ...jacks, totalAssets: 300000 }), "out_of_range", "totalAssets"],
  ["missing inventory", () => inventoryTurns({ costOfGoodsSold: 1 }), "missing_field", "averageInventory"],
  ["a string", () => inventoryTurns({ ...jacks, costOfGoodsSold: "7000000" }), "invalid_type", "costOfGoodsSold"],
  ["sales instead of cost", () => inventoryTurns({ ...jacks, sales: 1 }), "unknown_field", "sales"],
  ["overflow", () => inventoryTurns({ costOfGoodsSold: 1e300, averageInventory: 1e-300 }), "numeric_range", ""],
];

for (const [description, call, code, field] of cases) {
  test(`${description}: throws ${code} at "${field}"`, () => {
    assert.deepEqual(errorOf(call), [code, field]);
    assert.equal(inventoryTurns(jacks).turns, 20, "the instance keeps working");
  });
}

// Productivity through the wasm package: Heizer & Render's and Stevenson's examples,
// the result's shape, and the errors a JS caller sees.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { productivity } = opscalc;

// Heizer & Render, Operations Management, chapter 1: Collins Title Company, a day
// before and after a new system: 32 labour-hours (a $640 payroll), overhead $400 → $800.
const collins = {
  periods: [
    { output: 8, inputs: [{ name: "Labour", amount: 32, cost: 640 }, { name: "Overhead", cost: 400 }] },
    { output: 14, inputs: [{ name: "Labour", amount: 32, cost: 640 }, { name: "Overhead", cost: 800 }] },
  ],
};

test("Heizer & Render, Collins Title: 0.25 → 0.4375 titles per labour-hour (+75 %), 0.0077 → 0.0097 per dollar (+26 %)", () => {
  const result = productivity(collins);
  const [before, after] = result.periods;
  assert.equal(before.factors[0].outputPerAmount, 0.25);
  assert.equal(after.factors[0].outputPerAmount, 0.4375);
  assert.equal(result.change.factors[0].outputPerAmount, 0.75);
  assert.equal(before.totalCost, 1040);
  assert.equal(after.totalCost, 1440);
  assert.equal(before.multifactorProductivity.toFixed(4), "0.0077");
  assert.equal(after.multifactorProductivity.toFixed(4), "0.0097");
  assertClose(result.change.multifactorProductivity, (14 * 1040) / (1440 * 8) - 1);
  assert.equal(Math.round(result.change.multifactorProductivity * 100), 26);
  assert.equal(result.change.output, 0.75);
});

test("labour as hours at a wage: 32 × $20 = $640, the same figures", () => {
  const priced = structuredClone(collins);
  for (const period of priced.periods) period.inputs[0] = { name: "Labour", amount: 32, unitCost: 20 };
  const result = productivity(priced);
  assert.equal(result.periods[0].factors[0].cost, 640);
  assertClose(result.change.multifactorProductivity, (14 * 1040) / (1440 * 8) - 1);
});

test("Stevenson: 720 square yards by 4 workers in 8 hours = 22.5 per labour-hour; 7,040 units / $3,520 = 2 per dollar", () => {
  const carpet = productivity({ periods: [{ output: 720, inputs: [{ name: "Labour", amount: 32 }] }] });
  assert.equal(carpet.periods[0].factors[0].outputPerAmount, 22.5);
  assert.ok(!("multifactorProductivity" in carpet.periods[0]), "hours have no cost");
  assert.ok(!("change" in carpet), "one period has no change");

  const multifactor = productivity({
    periods: [{ output: 7040, inputs: [{ name: "Labour", cost: 1000 }, { name: "Materials", cost: 520 }, { name: "Overhead", cost: 2000 }] }],
  });
  assert.equal(multifactor.periods[0].totalCost, 3520);
  assert.equal(multifactor.periods[0].multifactorProductivity, 2);
});

test("a factor has only the productivities its measures allow", () => {
  const [before] = productivity(collins).periods;
  assert.deepEqual(Object.keys(before.factors[0]).sort(), ["amount", "cost", "name", "outputPerAmount", "outputPerCost"]);
  assert.deepEqual(before.factors[1], { name: "Overhead", cost: 400, outputPerCost: 0.02 });
});

const labour = { name: "Labour", amount: 32 };
const cases = [
  // [description, options, code, field]
  ["no periods", { periods: [] }, "out_of_range", "periods"],
  ["three periods", { periods: [1, 2, 3].map((output) => ({ output, inputs: [labour] })) }, "too_large", "periods"],
  ["no inputs", { periods: [{ output: 8, inputs: [] }] }, "out_of_range", "periods[0].inputs"],
  ["zero output", { periods: [{ output: 8, inputs: [labour] }, { output: 0, inputs: [labour] }] }, "not_positive", "periods[1].output"],
  ["an empty name", { periods: [{ output: 8, inputs: [{ name: "", amount: 1 }] }] }, "invalid_input", "periods[0].inputs[0].name"],
  ["a repeated name", { periods: [{ output: 8, inputs: [labour, { name: "Labour", cost: 1 }] }] }, "invalid_input", "periods[0].inputs[1].name"],
  ["no measure", { periods: [{ output: 8, inputs: [{ name: "Labour" }] }] }, "missing_field", "periods[0].inputs[0].amount"],
  ["a unit cost without an amount", { periods: [{ output: 8, inputs: [{ name: "Labour", unitCost: 20 }] }] }, "missing_field", "periods[0].inputs[0].amount"],
  ["a unit cost and a cost", { periods: [{ output: 8, inputs: [{ name: "Labour", amount: 32, unitCost: 20, cost: 640 }] }] }, "conflicting_fields", "periods[0].inputs[0].unitCost"],
  ["a negative unit cost", { periods: [{ output: 8, inputs: [{ name: "Labour", amount: 32, unitCost: -20 }] }] }, "not_positive", "periods[0].inputs[0].unitCost"],
  ["a zero amount", { periods: [{ output: 8, inputs: [labour] }, { output: 8, inputs: [{ name: "Labour", amount: 0 }] }] }, "not_positive", "periods[1].inputs[0].amount"],
  ["a name that is not a string", { periods: [{ output: 8, inputs: [{ name: 1, amount: 32 }] }] }, "invalid_type", "periods[0].inputs[0].name"],
  ["a misspelled option", { periods: [{ output: 8, inputs: [{ name: "Labour", amuont: 32 }] }] }, "unknown_field", "periods[0].inputs[0].amuont"],
  ["a missing output", { periods: [{ inputs: [labour] }] }, "missing_field", "periods[0].output"],
];

for (const [description, options, code, field] of cases) {
  test(`${description}: throws ${code} at "${field}"`, () => {
    assert.deepEqual(errorOf(() => productivity(options)), [code, field]);
  });
}

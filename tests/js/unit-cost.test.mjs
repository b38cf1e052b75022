// Cost per unit by component through the wasm package: the textbook figures (as the
// reciprocal of multifactor productivity), the result's shape, and the errors a JS
// caller sees.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { productivity, unitCost } = opscalc;

// Stevenson, Operations Management, productivity chapter: 7,040 units from labour
// $1,000, materials $520 and overhead $2,000; published 2 units per dollar.
const stevenson = {
  units: 7040,
  costs: [
    { id: "labour", cost: 1000 },
    { id: "materials", cost: 520 },
    { id: "overhead", cost: 2000 },
  ],
};

test("Stevenson's multifactor example: 2 units a dollar is $0.50 a unit", () => {
  const result = unitCost(stevenson);
  assert.equal(result.totalCost, 3520);
  assert.equal(result.unitCost, 0.5);
  assert.deepEqual(result.components.map((part) => part.id), ["labour", "materials", "overhead"]);
  result.components.forEach((part, index) => {
    const cost = stevenson.costs[index].cost;
    assertClose(part.unitCost, cost / 7040);
    assertClose(part.share, cost / 3520);
  });
  assert.deepEqual(Object.keys(result).sort(), ["components", "totalCost", "unitCost", "units"]);
  assert.deepEqual(Object.keys(result.components[0]).sort(), ["cost", "id", "share", "unitCost"]);

  const mfp = productivity({ periods: [{ output: 7040, inputs: stevenson.costs.map(({ id, cost }) => ({ name: id, cost })) }] });
  assert.equal(mfp.periods[0].multifactorProductivity, 2);
  assert.equal(result.unitCost, 1 / mfp.periods[0].multifactorProductivity);
});

const cases = [
  ["zero units", () => unitCost({ ...stevenson, units: 0 }), "not_positive", "units"],
  ["no costs", () => unitCost({ units: 1, costs: [] }), "out_of_range", "costs"],
  ["a repeated name", () => unitCost({ units: 1, costs: [{ id: "a", cost: 1 }, { id: "a", cost: 2 }] }), "duplicate_id", "costs[1].id"],
  ["an empty name", () => unitCost({ units: 1, costs: [{ id: "", cost: 1 }] }), "invalid_input", "costs[0].id"],
  ["a negative cost", () => unitCost({ units: 1, costs: [{ id: "a", cost: 1 }, { id: "b", cost: -1 }] }), "negative", "costs[1].cost"],
  ["costs adding up to 0", () => unitCost({ units: 1, costs: [{ id: "a", cost: 0 }] }), "not_positive", "costs"],
  ["a cost as text", () => unitCost({ units: 1, costs: [{ id: "a", cost: "1" }] }), "invalid_type", "costs[0].cost"],
  ["a misspelled option", () => unitCost({ ...stevenson, unit: 3 }), "unknown_field", "unit"],
];

for (const [description, call, code, field] of cases) {
  test(`${description}: throws ${code} at "${field}"`, () => {
    assert.deepEqual(errorOf(call), [code, field]);
    assert.equal(unitCost(stevenson).unitCost, 0.5, "the instance keeps working");
  });
}

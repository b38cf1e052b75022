// Utilization, efficiency and expected output through the wasm package: the textbook
// figures, the result's shape, and the errors a JS caller sees.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { capacity, expectedOutput } = opscalc;

// Heizer & Render, Operations Management, capacity planning supplement: Sara James Bakery.
const saraJames = { designCapacity: 201600, effectiveCapacity: 175000, actualOutput: 148000 };

test("Heizer & Render, Sara James Bakery: utilization 73.4 %, efficiency 84.6 %", () => {
  const result = capacity(saraJames);
  assertClose(result.utilization, 148000 / 201600);
  assertClose(result.efficiency, 148000 / 175000);
  assert.equal((result.utilization * 100).toFixed(1), "73.4");
  assert.equal((result.efficiency * 100).toFixed(1), "84.6");
  assertClose(result.effectiveShare, 175000 / 201600);
  assert.equal(result.plannedLosses, 26600);
  assert.equal(result.unplannedLosses, 27000);
  assert.deepEqual(Object.keys(result).sort(), [
    "capacityCushion", "effectiveShare", "efficiency", "plannedLosses", "unplannedLosses", "utilization",
  ]);
});

test("Stevenson, vehicle repair: 36 of 50 trucks (effective 40) is 72 % utilization and 90 % efficiency", () => {
  const result = capacity({ designCapacity: 50, effectiveCapacity: 40, actualOutput: 36 });
  assertClose(result.utilization, 0.72);
  assertClose(result.efficiency, 0.9);
});

test("an output above the effective capacity is an efficiency above 100 %", () => {
  const result = capacity({ designCapacity: 50, effectiveCapacity: 40, actualOutput: 45 });
  assertClose(result.efficiency, 1.125);
  assert.equal(result.unplannedLosses, -5);
});

test("Heizer & Render, Sara James's second line: 175,000 at 75 % efficiency is 131,250 rolls", () => {
  const result = expectedOutput({ effectiveCapacity: 175000, efficiency: 0.75 });
  assert.deepEqual(result, { expectedOutput: 131250 });
  const withDesign = expectedOutput({ effectiveCapacity: 175000, efficiency: 0.75, designCapacity: 201600 });
  assertClose(withDesign.utilization, 131250 / 201600);
  assertClose(withDesign.effectiveShare, 175000 / 201600);
});

const cases = [
  ["zero design capacity", () => capacity({ ...saraJames, designCapacity: 0 }), "not_positive", "designCapacity"],
  ["NaN effective capacity", () => capacity({ ...saraJames, effectiveCapacity: Number.NaN }), "not_finite", "effectiveCapacity"],
  ["negative actual output", () => capacity({ ...saraJames, actualOutput: -1 }), "negative", "actualOutput"],
  ["effective above design", () => capacity({ ...saraJames, effectiveCapacity: 210000 }), "out_of_range", "effectiveCapacity"],
  ["actual above design", () => capacity({ ...saraJames, actualOutput: 201601 }), "out_of_range", "actualOutput"],
  ["missing actual output", () => capacity({ designCapacity: 1, effectiveCapacity: 1 }), "missing_field", "actualOutput"],
  ["a string", () => capacity({ ...saraJames, designCapacity: "201600" }), "invalid_type", "designCapacity"],
  ["a misspelled option", () => capacity({ ...saraJames, actualoutput: 1 }), "unknown_field", "actualoutput"],
  ["expected: zero efficiency", () => expectedOutput({ effectiveCapacity: 10, efficiency: 0 }), "not_positive", "efficiency"],
  ["expected: efficiency past design", () => expectedOutput({ effectiveCapacity: 40, efficiency: 1.3, designCapacity: 50 }), "out_of_range", "efficiency"],
  ["expected: effective above design", () => expectedOutput({ effectiveCapacity: 60, efficiency: 0.5, designCapacity: 50 }), "out_of_range", "effectiveCapacity"],
  ["expected: an actual output is not an option", () => expectedOutput({ effectiveCapacity: 60, efficiency: 0.5, actualOutput: 3 }), "unknown_field", "actualOutput"],
  ["expected: overflow", () => expectedOutput({ effectiveCapacity: 1e300, efficiency: 1e10 }), "numeric_range", ""],
];

for (const [description, call, code, field] of cases) {
  test(`${description}: throws ${code} at "${field}"`, () => {
    assert.deepEqual(errorOf(call), [code, field]);
    assert.equal(capacity(saraJames).plannedLosses, 26600, "the instance keeps working");
  });
}

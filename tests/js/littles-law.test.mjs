// Little's law through the wasm package: any two give the third, zero, and the errors a
// JS caller sees.
import assert from "node:assert/strict";
import { test } from "node:test";
import { errorOf, thrown } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { littlesLaw } = opscalc;

test("100 units a day for 4 days is 400 units in process, and back", () => {
  assert.deepEqual(littlesLaw({ throughput: 100, flowTime: 4 }), { wip: 400, throughput: 100, flowTime: 4, computed: "wip" });
  assert.deepEqual(littlesLaw({ wip: 400, flowTime: 4 }), { wip: 400, throughput: 100, flowTime: 4, computed: "throughput" });
  assert.deepEqual(littlesLaw({ wip: 400, throughput: 100 }), { wip: 400, throughput: 100, flowTime: 4, computed: "flowTime" });
});

test("zero: nothing flows, nothing is in process", () => {
  assert.equal(littlesLaw({ throughput: 0, flowTime: 4 }).wip, 0);
  assert.equal(littlesLaw({ wip: 0, throughput: 5 }).flowTime, 0);
  assert.ok(Object.is(littlesLaw({ throughput: -0, flowTime: 4 }).wip, 0), "−0 comes back as 0");
});

test("null counts as not given", () => {
  assert.equal(littlesLaw({ wip: null, throughput: 100, flowTime: 4 }).wip, 400);
});

const cases = [
  ["all three", () => littlesLaw({ wip: 400, throughput: 100, flowTime: 4 }), "conflicting_fields", ""],
  ["only one", () => littlesLaw({ wip: 400 }), "missing_field", ""],
  ["none", () => littlesLaw({}), "missing_field", ""],
  ["a negative throughput", () => littlesLaw({ throughput: -1, flowTime: 4 }), "negative", "throughput"],
  ["a negative wip", () => littlesLaw({ wip: -1, flowTime: 4 }), "negative", "wip"],
  ["a zero flow time to divide by", () => littlesLaw({ wip: 400, flowTime: 0 }), "not_positive", "flowTime"],
  ["a zero throughput to divide by", () => littlesLaw({ wip: 400, throughput: 0 }), "not_positive", "throughput"],
  ["NaN", () => littlesLaw({ wip: Number.NaN, throughput: 1 }), "not_finite", "wip"],
  ["a string", () => littlesLaw({ wip: "400", throughput: 1 }), "invalid_type", "wip"],
  ["a misspelled option", () => littlesLaw({ WIP: 400, throughput: 1 }), "unknown_field", "WIP"],
  ["overflow", () => littlesLaw({ throughput: 1e200, flowTime: 1e200 }), "numeric_range", ""],
];

for (const [description, call, code, field] of cases) {
  test(`${description}: throws ${code} at "${field}"`, () => {
    assert.deepEqual(errorOf(call), [code, field]);
    assert.equal(littlesLaw({ throughput: 100, flowTime: 4 }).wip, 400, "the instance keeps working");
  });
}

test("the two-of-three message reads without a field name", () => {
  const error = thrown(() => littlesLaw({ wip: 1 }));
  assert.equal(error.message, "give exactly two of work in process, throughput and flow time: the third is computed");
});

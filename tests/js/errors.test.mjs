// Errors through the wasm package: every bad input throws a real Error with a stable
// `code` and the `field` path, and the instance keeps working afterwards.
import assert from "node:assert/strict";
import { test } from "node:test";
import { thrown } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { eoq, eoqCostCurve } = opscalc;
const valid = { demand: 1000, orderingCost: 10, holdingCost: 0.5 };

const cases = [
  // [description, call, code, field]
  ["the issue's example: negative demand", () => eoq({ demand: -5, orderingCost: 10, holdingCost: 1 }), "not_positive", "demand"],
  ["NaN", () => eoq({ ...valid, demand: Number.NaN }), "not_finite", "demand"],
  ["Infinity", () => eoq({ ...valid, orderingCost: Number.POSITIVE_INFINITY }), "not_finite", "orderingCost"],
  ["-Infinity", () => eoq({ ...valid, holdingCost: Number.NEGATIVE_INFINITY }), "not_finite", "holdingCost"],
  ["zero holding cost", () => eoq({ ...valid, holdingCost: 0 }), "not_positive", "holdingCost"],
  ["zero ordering cost", () => eoq({ ...valid, orderingCost: 0 }), "not_positive", "orderingCost"],
  ["missing demand", () => eoq({ orderingCost: 10, holdingCost: 0.5 }), "missing_field", "demand"],
  ["demand set to undefined is missing", () => eoq({ ...valid, demand: undefined }), "missing_field", "demand"],
  ["no holding cost at all", () => eoq({ demand: 1000, orderingCost: 10 }), "missing_field", "holdingCost"],
  ["holding rate without unit cost", () => eoq({ demand: 1000, orderingCost: 10, holdingRate: 0.2 }), "missing_field", "unitCost"],
  ["holding cost and rate together", () => eoq({ ...valid, holdingRate: 0.2, unitCost: 5 }), "conflicting_fields", "holdingRate"],
  ["negative holding rate", () => eoq({ demand: 1000, orderingCost: 10, holdingRate: -0.2, unitCost: 5 }), "not_positive", "holdingRate"],
  ["lead time in days without working days", () => eoq({ ...valid, leadTimeDays: 3 }), "missing_field", "workingDays"],
  ["lead time in periods and days", () => eoq({ ...valid, leadTime: 0.1, leadTimeDays: 3, workingDays: 250 }), "conflicting_fields", "leadTimeDays"],
  ["negative lead time", () => eoq({ ...valid, leadTime: -1 }), "negative", "leadTime"],
  ["zero working days", () => eoq({ ...valid, workingDays: 0 }), "not_positive", "workingDays"],
  ["a string number", () => eoq({ ...valid, demand: "1000" }), "invalid_type", "demand"],
  ["null for a required number", () => eoq({ ...valid, demand: null }), "invalid_type", "demand"],
  ["a boolean", () => eoq({ ...valid, orderingCost: true }), "invalid_type", "orderingCost"],
  ["a bigint", () => eoq({ ...valid, demand: 1000n }), "invalid_type", "demand"],
  ["an object for a number", () => eoq({ ...valid, demand: { value: 1 } }), "invalid_type", "demand"],
  ["misspelled field (holdingcost)", () => eoq({ demand: 1000, orderingCost: 10, holdingcost: 0.5 }), "unknown_field", "holdingcost"],
  ["an extra field", () => eoq({ ...valid, colour: "red" }), "unknown_field", "colour"],
  ["no options", () => eoq(), "invalid_type", ""],
  ["a number for the options", () => eoq(5), "invalid_type", ""],
  ["an array for the options", () => eoq([1000, 10, 0.5, 1, 1, 1, 1, 1]), "invalid_type", ""],
  ["overflow", () => eoq({ demand: 1e300, orderingCost: 1e300, holdingCost: 1e-300 }), "numeric_range", ""],
  ["nested: bad model value", () => eoqCostCurve({ model: { ...valid, demand: -1 } }), "not_positive", "model.demand"],
  ["nested: model value of the wrong type", () => eoqCostCurve({ model: { ...valid, demand: "x" } }), "invalid_type", "model.demand"],
  ["nested: misspelled model field", () => eoqCostCurve({ model: { demand: 1, orderingCost: 1, holdingcost: 1 } }), "unknown_field", "model.holdingcost"],
  ["nested: missing model field", () => eoqCostCurve({ model: { orderingCost: 1, holdingCost: 1 } }), "missing_field", "model.demand"],
  ["nested: conflicting model fields", () => eoqCostCurve({ model: { ...valid, unitCost: 3 } }), "conflicting_fields", "model.unitCost"],
  ["missing model", () => eoqCostCurve({ points: 5 }), "missing_field", "model"],
  ["one point", () => eoqCostCurve({ model: valid, points: 1 }), "out_of_range", "points"],
  ["fractional points", () => eoqCostCurve({ model: valid, points: 2.5 }), "invalid_type", "points"],
  ["negative points", () => eoqCostCurve({ model: valid, points: -3 }), "out_of_range", "points"],
  ["too many points", () => eoqCostCurve({ model: valid, points: 10001 }), "too_large", "points"],
  ["max not above min", () => eoqCostCurve({ model: valid, minQuantity: 300, maxQuantity: 100 }), "out_of_range", "maxQuantity"],
  ["zero min quantity", () => eoqCostCurve({ model: valid, minQuantity: 0 }), "not_positive", "minQuantity"],
];

for (const [description, call, code, field] of cases) {
  test(`${description}: throws ${code} at "${field}"`, () => {
    const error = thrown(call);
    assert.equal(error.code, code);
    assert.equal(error.field, field);
    // Every error leaves the instance working.
    assert.equal(eoq(valid).quantity, 200);
  });
}

test("a misspelled field's message lists the options that exist", () => {
  const error = thrown(() => eoq({ demand: 1000, orderingCost: 10, holdingcost: 0.5 }));
  assert.match(error.reason, /holdingCost/);
});

test("a cyclic options object is an error, not a stack overflow", () => {
  const options = { ...valid };
  options.self = options;
  assert.equal(thrown(() => eoq(options)).code, "too_large");
  assert.equal(eoq(valid).quantity, 200);
});

test("a getter or proxy that throws is reported, not propagated", () => {
  const getter = { demand: 1000, orderingCost: 10, get holdingCost() { throw new Error("boom"); } };
  assert.deepEqual([thrown(() => eoq(getter)).code, thrown(() => eoq(getter)).field], ["invalid_input", "holdingCost"]);
  const proxy = new Proxy({}, { ownKeys() { throw new Error("trap"); } });
  assert.equal(thrown(() => eoq(proxy)).code, "invalid_input");
  assert.equal(eoq(valid).quantity, 200);
});

test("random junk never traps the instance: every call returns or throws an OpscalcError", () => {
  // A fixed-seed generator, so a failure reproduces.
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const junkValues = [0, -0, -1, 1e308, -1e308, 5e-324, Number.NaN, Infinity, -Infinity, "", "12", null, undefined, true, [], {}, [1], 10n, Symbol("s"), () => 1];
  const pick = (list) => list[Math.floor(random() * list.length)];
  const keys = ["demand", "orderingCost", "holdingCost", "holdingRate", "unitCost", "leadTime", "leadTimeDays", "workingDays", "x"];
  for (let round = 0; round < 2000; round += 1) {
    const options = {};
    for (const key of keys) if (random() < 0.7) options[key] = random() < 0.5 ? pick(junkValues) : random() * 1000;
    for (const call of [() => eoq(options), () => eoqCostCurve({ model: options, points: Math.floor(random() * 20) })]) {
      try {
        const result = call();
        assert.ok(Number.isFinite(result.quantity ?? result.optimalQuantity));
      } catch (error) {
        assert.equal(error.name, "OpscalcError", `${error}`);
      }
    }
  }
  assert.equal(eoq(valid).quantity, 200);
});

test("type errors say what was expected and what came, in a JS caller's words", () => {
  assert.equal(thrown(() => eoq(5)).reason, "expected an object, got a number");
  assert.equal(thrown(() => eoq([1, 2])).reason, "expected an object, got an array");
  assert.equal(thrown(() => eoq({ ...valid, demand: "5" })).reason, "expected a number, got a string");
  assert.equal(thrown(() => eoq({ ...valid, demand: null })).reason, "expected a number, got null");
  assert.equal(thrown(() => eoqCostCurve({ model: valid, points: 2.5 })).reason, "expected a whole number of 0 or more, got a number with a fraction");
  assert.equal(thrown(() => eoqCostCurve({ model: valid, points: -3 })).reason, "expected a whole number of 0 or more, got a negative number");
  assert.equal(thrown(() => eoqCostCurve({ model: valid, points: 1e12 })).reason, "expected a whole number of 0 or more, got a number too large");
});

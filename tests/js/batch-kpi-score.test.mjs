// kpiScoreBatch through the wasm package: a score Float64Array and a status Uint8Array
// indexing `statuses`, each item equal to the single scoreKpi call, and errors naming
// the item.
import assert from "node:assert/strict";
import { test } from "node:test";
import { errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";
import { acceptedItems, assertEachItem, columnOf } from "./magnitudes.mjs";
import { random } from "./random.mjs";

const { scoreKpi, kpiScoreBatch } = opscalc;

test("hand-computed: sales of 90, 100 and 60 against 100 from a baseline of 50 score 0.8 amber, 1 green, 0.2 red", () => {
  const result = kpiScoreBatch({ actual: Float64Array.of(90, 100, 60), target: 100, baseline: 50, direction: "higherIsBetter" });
  assert.deepEqual(Object.keys(result).sort(), ["score", "statusIndex", "statuses"]);
  assert.ok(result.score instanceof Float64Array);
  assert.ok(result.statusIndex instanceof Uint8Array);
  assert.deepEqual([...result.score], [0.8, 1, 0.2]);
  assert.deepEqual([...result.statusIndex].map((i) => result.statuses[i]), ["amber", "green", "red"]);
  assert.deepEqual(result.statuses, ["red", "amber", "green"]);
});

test("hand-computed: a defect rate of 3 % against 2 % scores 0.5; stock cover 4 and 10 days in [5, 8] with tolerances 2 and 4 score 0.5", () => {
  const lower = kpiScoreBatch({ actual: Float64Array.of(3, 1), target: 2, direction: "lowerIsBetter" });
  assert.deepEqual([...lower.score], [0.5, 1.5]);
  const range = kpiScoreBatch({ actual: Float64Array.of(4, 10, 6), min: 5, max: 8, lowerTolerance: 2, upperTolerance: 4, direction: "targetRange", thresholds: [0.6], statusNames: ["off", "on"] });
  assert.deepEqual([...range.score], [0.5, 0.5, 1]);
  assert.deepEqual(range.statuses, ["off", "on"]);
  assert.deepEqual([...range.statusIndex], [0, 0, 1]);
});

test("every item equals the single call: 500 random items for each direction, per-item and shared targets", () => {
  const items = 500;
  const next = random(5);
  const column = (value) => Float64Array.from({ length: items }, value);
  const actual = column(() => -50 + next() * 250);
  const target = column(() => 50 + next() * 100);
  const baseline = column(() => -40 + next() * 30);
  const high = column(() => 300 + next() * 50);
  const tolerance = column(() => 0.5 + next() * 20);
  const cases = [
    { direction: "higherIsBetter", target, baseline, cap: 1.2 },
    { direction: "higherIsBetter", target: 100, thresholds: [0.25, 0.5, 0.75], statusNames: ["d", "c", "b", "a"] },
    { direction: "lowerIsBetter", target, baseline: high, clamp: true },
    { direction: "lowerIsBetter", target: 80 },
    { direction: "targetRange", min: target, max: 160, tolerance, upperTolerance: 15 },
    { direction: "binary", target },
  ];
  const at = (value, i) => (value instanceof Float64Array ? value[i] : value);
  for (const rule of cases) {
    const result = kpiScoreBatch({ actual, ...rule });
    assert.equal(result.score.length, items);
    for (let i = 0; i < items; i += 1) {
      const options = Object.fromEntries(Object.entries(rule).map(([key, value]) => [key, at(value, i)]));
      const single = scoreKpi({ actual: actual[i], ...options });
      assert.equal(result.score[i], single.score, `${rule.direction} item ${i}`);
      assert.equal(result.statusIndex[i], single.statusIndex, `${rule.direction} item ${i}`);
      assert.equal(result.statuses[result.statusIndex[i]], single.status, `${rule.direction} item ${i}`);
    }
  }
});

test("every magnitude (1e-320 to 1e300, either sign), every direction: the batch, two items per SIMD instruction, equals the single call bit for bit", () => {
  const rules = [
    { fields: ["actual", "target", "baseline"], rule: { direction: "higherIsBetter", cap: 1.2 } },
    { fields: ["actual", "target", "baseline"], rule: { direction: "lowerIsBetter", clamp: true } },
    { fields: ["actual", "target"], rule: { direction: "lowerIsBetter", thresholds: [0.25, 0.5, 0.75], statusNames: ["d", "c", "b", "a"] } },
    { fields: ["actual", "target"], rule: { direction: "higherIsBetter" } },
    { fields: ["actual", "min", "max", "tolerance"], rule: { direction: "targetRange", clamp: true } },
    { fields: ["actual", "min", "max", "lowerTolerance", "target"], rule: { direction: "targetRange" } },
    { fields: ["actual", "min", "max", "upperTolerance"], rule: { direction: "targetRange", cap: 0.8 } },
    { fields: ["actual", "target"], rule: { direction: "binary" } },
  ];
  for (const { fields, rule } of rules) {
    const items = acceptedItems(fields, (item) => scoreKpi({ ...rule, ...item }), 3001, 11, true);
    const columns = Object.fromEntries(fields.map((field) => [field, columnOf(items, field)]));
    assertEachItem(kpiScoreBatch({ ...rule, ...columns }), items, ["score", "statusIndex"]);
  }
});

test("an item the fast check refuses, in either lane of a pair: the error names it", () => {
  for (const bad of [2, 3]) {
    const actual = Float64Array.of(90, 100, 60, 80, 70);
    actual[bad] = Number.NaN;
    const call = () => kpiScoreBatch({ actual, target: 100, baseline: 50, direction: "higherIsBetter" });
    assert.deepEqual(errorOf(call), ["not_finite", `actual[${bad}]`]);
  }
  // a zero target has no percent of target, and a shared rule is computed in lanes too
  const zero = kpiScoreBatch({ actual: Float64Array.of(-5, 0, 5), target: 0, baseline: -10, direction: "higherIsBetter" });
  assert.deepEqual([...zero.score], [0.5, 1, 1.5]);
  assert.deepEqual([...zero.statusIndex], [0, 2, 2]);
});

test("errors: the item's field with its index, the rule's shape by name, lengths", () => {
  const actual = new Float64Array(9000).fill(1);
  actual[8500] = Number.NaN;
  assert.deepEqual(errorOf(() => kpiScoreBatch({ actual, target: 2, direction: "higherIsBetter" })), ["not_finite", "actual[8500]"]);
  const two = Float64Array.of(1, 2);
  assert.deepEqual(errorOf(() => kpiScoreBatch({ actual: two, target: Float64Array.of(100, 40), baseline: 50, direction: "higherIsBetter" })), ["out_of_range", "baseline[1]"]);
  assert.deepEqual(errorOf(() => kpiScoreBatch({ actual: two, target: 100, baseline: 150, direction: "higherIsBetter" })), ["out_of_range", "baseline"]);
  assert.deepEqual(errorOf(() => kpiScoreBatch({ actual: two, direction: "binary" })), ["missing_field", "target"]);
  assert.deepEqual(errorOf(() => kpiScoreBatch({ actual: two, target: 1, min: Float64Array.of(1, 2), direction: "binary" })), ["conflicting_fields", "min"]);
  assert.deepEqual(errorOf(() => kpiScoreBatch({ actual: two, target: 1, direction: "binary", cap: 0 })), ["not_positive", "cap"]);
  assert.deepEqual(errorOf(() => kpiScoreBatch({ actual: two, target: 1, direction: "binary", cap: 1, clamp: true })), ["conflicting_fields", "clamp"]);
  assert.deepEqual(errorOf(() => kpiScoreBatch({ actual: two, target: 1, direction: "binary", thresholds: [0.5] })), ["missing_field", "statusNames"]);
  assert.deepEqual(errorOf(() => kpiScoreBatch({ actual: two, target: Float64Array.of(1), direction: "binary" })), ["conflicting_fields", "target"]);
  assert.deepEqual(errorOf(() => kpiScoreBatch({ actual: two, target: 1, direction: "sideways" })), ["out_of_range", "direction"]);
  assert.deepEqual(errorOf(() => kpiScoreBatch({ actual: 1, target: 1, direction: "binary" })), ["invalid_input", ""]);
});

test("a batch of no items gives empty typed arrays and the statuses", () => {
  const result = kpiScoreBatch({ actual: new Float64Array(0), target: 1, direction: "binary" });
  assert.equal(result.score.length, 0);
  assert.ok(result.statusIndex instanceof Uint8Array);
  assert.deepEqual(result.statuses, ["red", "amber", "green"]);
});

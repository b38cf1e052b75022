// The change of figures between two scenarios, which the site's "compare" view shows:
// scenarioChanges through the wasm package.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { scenarioChanges } = opscalc;

test("Sharp, Inc. at twice the ordering cost: Q* 200 → 282.84 and TC $100 → $141.42, both +41.4 %", () => {
  const { changes } = scenarioChanges({ before: [200, 100], after: [200 * Math.SQRT2, 100 * Math.SQRT2] });
  assertClose(changes[0].difference, 200 * (Math.SQRT2 - 1));
  assertClose(changes[1].relative, Math.SQRT2 - 1);
});

test("a relative change from zero is left out; a loss that shrinks is a gain", () => {
  const { changes } = scenarioChanges({ before: [0, -100], after: [5, -50] });
  assert.deepEqual(changes, [{ difference: 5 }, { difference: 50, relative: 0.5 }]);
});

test("errors name the list or the figure", () => {
  assert.deepEqual(errorOf(() => scenarioChanges({ before: [], after: [] })), ["out_of_range", "before"]);
  assert.deepEqual(errorOf(() => scenarioChanges({ before: [1, 2], after: [1] })), ["conflicting_fields", "after"]);
  assert.deepEqual(errorOf(() => scenarioChanges({ before: [1, Number.NaN], after: [1, 2] })), ["not_finite", "before[1]"]);
  assert.deepEqual(errorOf(() => scenarioChanges({ before: [1], after: ["2"] })), ["invalid_type", "after[0]"]);
});

// The contract every function keeps, whatever number it is given: it returns a result
// whose every number is finite, or throws an OpscalcError (thrown() checks its shape);
// never Infinity or NaN in a result, never another exception, never a trap. Each
// number of each function's example (tests/js/contract-examples.mjs), and each
// Float64Array as a whole, is set in turn to the extremes below, then all at once. A fuzz of the JS API
// found 13 functions breaking this contract (an efficiency of NaN, a cycle time in days
// of Infinity, ...), all fixed since; this test is how they stay fixed.
import assert from "node:assert/strict";
import { test } from "node:test";
import { thrown } from "./assertions.mjs";
import { EXAMPLES } from "./contract-examples.mjs";
import opscalc from "./load-package.mjs";

const EXTREMES = [0, -0, -1, 5e-324, 1e-300, 0.5, 1e9, 1e300, 1e308, Number.MAX_VALUE, Number.NaN, Infinity, -Infinity];

/** The paths of `value`'s numbers and Float64Arrays, as lists of keys. */
function numberPaths(value, path = [], paths = []) {
  if (typeof value === "number" || value instanceof Float64Array) paths.push(path);
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) numberPaths(item, [...path, key], paths);
  }
  return paths;
}

/**
 * A copy of `options` with the number (or every number of the array) at each of `paths`
 * set to `extreme`.
 */
function bent(options, paths, extreme) {
  const copy = structuredClone(options);
  for (const path of paths) {
    const parent = path.slice(0, -1).reduce((value, key) => value[key], copy);
    const key = path.at(-1);
    parent[key] = parent[key] instanceof Float64Array ? parent[key].map(() => extreme) : extreme;
  }
  return copy;
}

/** The path of the first number in `result` that is not finite, or null. */
function nonFinite(result, path = "") {
  if (typeof result === "number") return Number.isFinite(result) ? null : path || "(the result)";
  if (result instanceof Float64Array) {
    const index = result.findIndex((number) => !Number.isFinite(number));
    return index < 0 ? null : `${path}[${index}]`;
  }
  if (result !== null && typeof result === "object") {
    for (const [key, item] of Object.entries(result)) {
      const found = nonFinite(item, Array.isArray(result) ? `${path}[${key}]` : path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

// Every function but the two parsers, whose options are text.
const numeric = Object.entries(EXAMPLES).filter(([, example]) => numberPaths(example).length > 0);

test("every function with numeric options has an example here", () => {
  const functions = Object.keys(opscalc).filter((key) => typeof opscalc[key] === "function" && key !== "initSync" && key !== "default");
  const covered = numeric.map(([name]) => name);
  assert.deepEqual(functions.filter((name) => !covered.includes(name)).sort(), ["errorCodes", "parseIn2", "parseTaskTable"]);
});

for (const [name, example] of numeric) {
  test(`${name}: every extreme number gives finite results or an OpscalcError`, () => {
    const call = opscalc[name];
    assert.equal(nonFinite(call(example)), null, "the example itself");
    const broken = [];
    const paths = numberPaths(example);
    // Each number alone, then all of them at once (tasks and a cycle time all near
    // f64::MAX once gave a line with a task twice).
    for (const bend of [...paths.map((path) => [path]), paths]) {
      for (const extreme of EXTREMES) {
        const options = bent(example, bend, extreme);
        let result;
        try {
          result = call(options);
        } catch (error) {
          thrown(() => {
            throw error;
          });
          continue;
        }
        const where = nonFinite(result);
        const bentPaths = bend === paths ? "every number" : bend[0].join(".");
        if (where) broken.push(`${bentPaths} = ${extreme}: ${where}`);
      }
    }
    assert.deepEqual(broken, []);
  });
}

test("after every bent call the instance still works: Sharp Inc. (Heizer & Render) Q* = 200", () => {
  assert.equal(opscalc.eoq({ demand: 1000, orderingCost: 10, holdingCost: 0.5 }).quantity, 200);
});

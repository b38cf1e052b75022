// The weighting methods through the wasm package: direct, equal, rank, entropy and
// CRITIC; closed forms, hand-computed figures, the result's shape, errors and junk.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, errorOf, thrown } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { directWeights, equalWeights, rankWeights, entropyWeights, criticWeights } = opscalc;

test("direct weights divide by the total; equal weights are 1/n", () => {
  assert.deepEqual(directWeights({ values: [50, 30, 20] }), { weights: [0.5, 0.3, 0.2], total: 100 });
  assert.deepEqual(equalWeights({ count: 4 }), { weights: [0.25, 0.25, 0.25, 0.25] });
});

test("rank-order centroid for 4 criteria: 25/48, 13/48, 7/48, 3/48 (Barron & Barrett 1996)", () => {
  const result = rankWeights({ ranks: [1, 2, 3, 4], method: "rankOrderCentroid" });
  [25, 13, 7, 3].forEach((numerator, i) => assertClose(result.weights[i], numerator / 48));
  assert.deepEqual(Object.keys(result).sort(), ["positionalWeights", "positions", "weights"]);
});

test("ties share their positions' weights, for competition and dense ranking alike", () => {
  for (const ranks of [[1, 2, 2, 4], [1, 2, 2, 3]]) {
    const result = rankWeights({ ranks, method: "rankSum" });
    result.positionalWeights.forEach((w, i) => assertClose(w, [0.4, 0.3, 0.2, 0.1][i]));
    result.weights.forEach((w, i) => assertClose(w, [0.4, 0.25, 0.25, 0.1][i]));
    assert.deepEqual(result.positions, [{ first: 1, last: 1 }, { first: 2, last: 3 }, { first: 2, last: 3 }, { first: 4, last: 4 }]);
  }
  const reciprocal = rankWeights({ ranks: [2, 1], method: "rankReciprocal" });
  reciprocal.weights.forEach((w, i) => assertClose(w, [1 / 3, 2 / 3][i]));
});

test("entropy: a constant column weighs 0 (hand-computed)", () => {
  const result = entropyWeights({ matrix: [[1, 1, 7], [1, 0, 7], [2, 0, 7]] });
  const e1 = (1.5 * Math.log(2)) / Math.log(3);
  assertClose(result.entropies[0], e1, 1e-14);
  assert.deepEqual(result.entropies.slice(1), [0, 1]);
  assert.deepEqual(result.diversities.slice(1), [1, 0]);
  assertClose(result.weights[1], 1 / (2 - e1), 1e-14);
  assert.equal(result.weights[2], 0);
});

test("CRITIC: hand-computed weights 1/4, 1/2, 1/4 with a cost column", () => {
  const matrix = [[0, 10, 5], [1, 30, 3], [2, 20, 1]];
  const result = criticWeights({ matrix, directions: ["benefit", "benefit", "cost"] });
  result.weights.forEach((w, i) => assertClose(w, [0.25, 0.5, 0.25][i], 1e-14));
  result.standardDeviations.forEach((s) => assertClose(s, Math.sqrt(1 / 6), 1e-14));
  assert.equal(result.correlations.length, 3);
  result.correlations[0].forEach((r, i) => assertClose(r, [1, 0.5, 1][i], 1e-14));
  assert.deepEqual(Object.keys(result).sort(), ["correlations", "information", "standardDeviations", "weights"]);
  const benefit = criticWeights({ matrix });
  benefit.weights.forEach((w, i) => assertClose(w, [2.5 / 8, 2 / 8, 3.5 / 8][i], 1e-14));
});

const cases = [
  ["no values", () => directWeights({ values: [] }), "out_of_range", "values"],
  ["a negative value", () => directWeights({ values: [1, -1] }), "negative", "values[1]"],
  ["all zero", () => directWeights({ values: [0, 0] }), "not_positive", "values"],
  ["a count of 0", () => equalWeights({ count: 0 }), "out_of_range", "count"],
  ["a fractional count", () => equalWeights({ count: 2.5 }), "invalid_type", "count"],
  ["too many", () => equalWeights({ count: 10001 }), "too_large", "count"],
  ["a rank of 0", () => rankWeights({ ranks: [1, 0], method: "rankSum" }), "not_positive", "ranks[1]"],
  ["a fractional rank", () => rankWeights({ ranks: [1, 1.5], method: "rankSum" }), "invalid_type", "ranks[1]"],
  ["an unknown method", () => rankWeights({ ranks: [1], method: "borda" }), "out_of_range", "method"],
  ["no method", () => rankWeights({ ranks: [1] }), "missing_field", "method"],
  ["one row", () => entropyWeights({ matrix: [[1, 2]] }), "out_of_range", "matrix"],
  ["a ragged row", () => entropyWeights({ matrix: [[1, 2], [3]] }), "out_of_range", "matrix[1]"],
  ["a negative entry", () => entropyWeights({ matrix: [[1], [-2]] }), "negative", "matrix[1][0]"],
  ["a string entry", () => entropyWeights({ matrix: [[1], ["2"]] }), "invalid_type", "matrix[1][0]"],
  ["all constant", () => criticWeights({ matrix: [[1, 2], [1, 2]] }), "invalid_input", "matrix"],
  ["directions too short", () => criticWeights({ matrix: [[1, 2], [2, 1]], directions: ["cost"] }), "out_of_range", "directions"],
  ["a bad direction", () => criticWeights({ matrix: [[1], [2]], directions: ["up"] }), "out_of_range", "directions[0]"],
  ["an unknown option", () => criticWeights({ matrix: [[1], [2]], direction: [] }), "unknown_field", "direction"],
];

for (const [name, call, code, field] of cases) {
  test(`error: ${name}`, () => assert.deepEqual(errorOf(call), [code, field]));
}

test("random junk never traps the instance", () => {
  let seed = 11;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const junk = [0, -0, -1, 1e308, -1e308, 5e-324, Number.NaN, Infinity, "", "3", null, undefined, true, [], {}, [1], 10n, 2.5, [[1, 2], [3, 4]]];
  const pick = (list) => list[Math.floor(random() * list.length)];
  const value = () => (random() < 0.5 ? pick(junk) : random() * 10);
  const list = () => (random() < 0.1 ? value() : Array.from({ length: Math.floor(random() * 5) }, value));
  const matrix = () => (random() < 0.1 ? value() : Array.from({ length: Math.floor(random() * 5) }, list));
  const calls = [
    () => directWeights({ values: list() }),
    () => equalWeights({ count: value() }),
    () => rankWeights({ ranks: list(), method: pick(["rankSum", "rankReciprocal", "rankOrderCentroid", "x", 1]) }),
    () => entropyWeights({ matrix: matrix() }),
    () => criticWeights({ matrix: matrix(), directions: random() < 0.5 ? undefined : list() }),
  ];
  let results = 0;
  for (let round = 0; round < 1500; round += 1) {
    for (const call of calls) {
      try {
        assert.equal(typeof call(), "object");
        results += 1;
      } catch (error) {
        assert.equal(error.name, "OpscalcError", `${error}`);
      }
    }
  }
  assert.ok(results > 0);
  thrown(() => equalWeights({}));
  assert.deepEqual(equalWeights({ count: 1 }).weights, [1]);
});

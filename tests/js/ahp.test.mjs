// The analytic hierarchy process through the wasm package: Saaty's wealth of nations,
// the comparisons form, the trace, the flagged comparison, errors and junk.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { ahpWeights } = opscalc;

// Saaty (1980), The Analytic Hierarchy Process, ch. 2 (after Saaty & Khouja 1976): the
// relative wealth of US, USSR, China, France, UK, Japan and West Germany.
const wealth = [
  [1, 4, 9, 6, 6, 5, 5],
  [1 / 4, 1, 7, 5, 5, 3, 4],
  [1 / 9, 1 / 7, 1, 1 / 5, 1 / 5, 1 / 7, 1 / 5],
  [1 / 6, 1 / 5, 5, 1, 1, 1 / 3, 1 / 3],
  [1 / 6, 1 / 5, 5, 1, 1, 1 / 3, 1 / 3],
  [1 / 5, 1 / 3, 7, 3, 3, 1, 2],
  [1 / 5, 1 / 4, 5, 3, 3, 1 / 2, 1],
];

test("wealth of nations: weights .427 .230 .021 .052 .052 .123 .094, λmax 7.61, CI 0.10, CR 0.08", () => {
  const result = ahpWeights({ matrix: wealth });
  [0.427, 0.23, 0.021, 0.052, 0.052, 0.123, 0.094].forEach((printed, i) => assert.ok(Math.abs(result.weights[i] - printed) <= 0.0005));
  assert.ok(Math.abs(result.lambdaMax - 7.61) <= 0.005);
  assert.ok(Math.abs(result.consistencyIndex - 0.1) <= 0.005);
  assert.ok(Math.abs(result.consistencyRatio - 0.08) <= 0.005);
  assert.equal(result.randomIndex, 1.32);
  assert.equal(result.randomIndexTable.length, 15);
  assert.equal(result.consistent, true);
  assert.ok(!("mostInconsistent" in result));
  assert.equal(result.matrix.length, 7);
  const { iterations, iterationCount, rowGeometricMeans } = result.trace;
  assert.ok(iterationCount > 1 && iterations.length === iterationCount);
  assert.deepEqual(iterations.at(-1).vector, result.weights);
  assert.deepEqual(rowGeometricMeans, []);
  assert.deepEqual(Object.keys(iterations[0]).sort(), ["change", "iteration", "lambda", "vector"]);
});

test("geometric mean and the Alonso-Lamata table", () => {
  const result = ahpWeights({ matrix: wealth, method: "geometricMean", randomIndex: "alonsoLamata" });
  assertClose(result.trace.rowGeometricMeans[0], 32400 ** (1 / 7), 1e-14);
  assert.equal(result.randomIndex, 1.3417);
  assert.equal(result.trace.iterationCount, 0);
  assert.ok(result.trace.geometricMeanTotal > 0);
});

test("comparisons over named criteria complete the matrix reciprocally", () => {
  const result = ahpWeights({
    criteria: ["price", "quality", "service"],
    comparisons: [
      { a: "price", b: "quality", value: 2 },
      { a: "service", b: "price", value: 0.25 },
      { a: "quality", b: "service", value: 2 },
    ],
  });
  assert.deepEqual(result.matrix, [[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]]);
  [4, 2, 1].forEach((w, i) => assertClose(result.weights[i], w / 7, 1e-12));
});

test("a reversed judgement is flagged as the most inconsistent", () => {
  const matrix = [[1, 2, 4, 1 / 8], [1 / 2, 1, 2, 4], [1 / 4, 1 / 2, 1, 2], [8, 1 / 4, 1 / 2, 1]];
  const result = ahpWeights({ matrix });
  assert.equal(result.consistent, false);
  const worst = result.mostInconsistent;
  assert.deepEqual([worst.row, worst.column, worst.value], [0, 3, 0.125]);
  assertClose(worst.implied, result.weights[0] / result.weights[3]);
  assert.deepEqual(Object.keys(worst).sort(), ["column", "deviation", "implied", "ratio", "row", "value"]);
});

test("3-digit reciprocals pass; 0.33 does not", () => {
  assert.equal(ahpWeights({ matrix: [[1, 3], [0.333, 1]] }).matrix[1][0], 1 / 3);
  assert.deepEqual(errorOf(() => ahpWeights({ matrix: [[1, 3], [0.33, 1]] })), ["not_reciprocal", "matrix[1][0]"]);
});

const abc = ["a", "b", "c"];
const cases = [
  ["neither matrix nor criteria", () => ahpWeights({}), "missing_field", "criteria"],
  ["matrix and comparisons", () => ahpWeights({ matrix: [[1]], criteria: ["a"], comparisons: [] }), "conflicting_fields", "matrix"],
  ["criteria without comparisons", () => ahpWeights({ criteria: abc }), "missing_field", "comparisons"],
  ["an empty matrix", () => ahpWeights({ matrix: [] }), "out_of_range", "matrix"],
  ["16 criteria", () => ahpWeights({ matrix: Array.from({ length: 16 }, () => Array(16).fill(1)) }), "too_large", "matrix"],
  ["a ragged row", () => ahpWeights({ matrix: [[1, 2], [0.5]] }), "out_of_range", "matrix[1]"],
  ["not square", () => ahpWeights({ matrix: [[1, 2]] }), "out_of_range", "matrix[0]"],
  ["a zero entry", () => ahpWeights({ matrix: [[1, 0], [1, 1]] }), "not_positive", "matrix[0][1]"],
  ["a diagonal of 2", () => ahpWeights({ matrix: [[2]] }), "out_of_range", "matrix[0][0]"],
  ["not reciprocal", () => ahpWeights({ matrix: [[1, 2, 3], [0.5, 1, 4], [1 / 3, 4, 1]] }), "not_reciprocal", "matrix[2][1]"],
  ["a missing pair", () => ahpWeights({ criteria: abc, comparisons: [{ a: "a", b: "b", value: 2 }, { a: "a", b: "c", value: 2 }] }), "missing_field", "comparisons"],
  ["an unknown id", () => ahpWeights({ criteria: abc, comparisons: [{ a: "a", b: "z", value: 2 }] }), "unknown_id", "comparisons[0].b"],
  ["a repeated pair", () => ahpWeights({ criteria: abc, comparisons: [{ a: "a", b: "b", value: 2 }, { a: "b", b: "a", value: 0.5 }] }), "duplicate_id", "comparisons[1]"],
  ["a repeated criterion", () => ahpWeights({ criteria: ["a", "a"], comparisons: [] }), "duplicate_id", "criteria[1]"],
  ["a negative value", () => ahpWeights({ criteria: abc, comparisons: [{ a: "a", b: "b", value: -2 }] }), "not_positive", "comparisons[0].value"],
  ["a zero threshold", () => ahpWeights({ matrix: [[1]], consistencyThreshold: 0 }), "not_positive", "consistencyThreshold"],
  ["an unknown method", () => ahpWeights({ matrix: [[1]], method: "power" }), "out_of_range", "method"],
  ["an unknown table", () => ahpWeights({ matrix: [[1]], randomIndex: "donegan" }), "out_of_range", "randomIndex"],
];

for (const [name, call, code, field] of cases) {
  test(`error: ${name}`, () => assert.deepEqual(errorOf(call), [code, field]));
}

test("a missing pair's message names it", () => {
  try {
    ahpWeights({ criteria: abc, comparisons: [{ a: "a", b: "b", value: 2 }, { a: "a", b: "c", value: 2 }] });
    assert.fail("expected an error");
  } catch (error) {
    assert.equal(error.reason, "lack the comparison of `b` with `c`");
  }
});

test("random junk never traps the instance", () => {
  let seed = 5;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const junk = [0, -0, -1, 1e308, 5e-324, Number.NaN, Infinity, "", "a", null, undefined, true, [], {}, [1], 10n, 1 / 3, 9];
  const pick = (list) => list[Math.floor(random() * list.length)];
  const value = () => (random() < 0.4 ? pick(junk) : Math.ceil(random() * 9));
  const square = () => {
    const n = Math.floor(random() * 6);
    return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : value())));
  };
  const ids = ["a", "b", "c", "d"];
  const comparisons = () => Array.from({ length: Math.floor(random() * 7) }, () => ({ a: pick(ids), b: pick(ids), value: value() }));
  let results = 0;
  for (let round = 0; round < 2000; round += 1) {
    const options = random() < 0.5
      ? { matrix: random() < 0.1 ? value() : square() }
      : { criteria: random() < 0.1 ? value() : ids.slice(0, 1 + Math.floor(random() * 4)), comparisons: comparisons() };
    if (random() < 0.3) options.method = pick(["eigenvector", "geometricMean", "x"]);
    if (random() < 0.2) options.consistencyThreshold = value();
    try {
      assert.equal(typeof ahpWeights(options), "object");
      results += 1;
    } catch (error) {
      assert.equal(error.name, "OpscalcError", `${error}`);
    }
  }
  assert.ok(results > 0);
});

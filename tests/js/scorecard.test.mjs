// KPI scoring, the balanced-scorecard roll-up and the comparison of two scorecards
// through the wasm package: the hand-computed figures of tests/scorecard_rollup.rs, the
// results' shape, the errors a JS caller sees (code and camelCase path), and random junk.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { scoreKpi, scorecard, compareScorecards } = opscalc;

test("scoreKpi: (90 − 50) / (100 − 50) = 0.8, amber; the default baselines", () => {
  assert.deepEqual(scoreKpi({ actual: 90, target: 100, baseline: 50, direction: "higherIsBetter" }), {
    score: 0.8, rawScore: 0.8, percentOfTarget: 90, variance: -10, status: "amber", statusIndex: 1, baseline: 50,
  });
  // Lower is better, default baseline 2 × 2 = 4: 1 − (3 − 2) / 2 = 0.5.
  const defects = scoreKpi({ actual: 3, target: 2, direction: "lowerIsBetter" });
  assert.equal(defects.score, 0.5);
  assert.equal(defects.baseline, 4);
  assert.equal(defects.variance, -1);
  assert.equal(defects.status, "red");
  assert.equal(scoreKpi({ actual: 45, target: 50, direction: "higherIsBetter" }).status, "green");
});

test("scoreKpi: a target range, binary, cap and clamp, custom bands", () => {
  const cover = { min: 5, max: 8, lowerTolerance: 2, upperTolerance: 4, direction: "targetRange" };
  assert.deepEqual([2, 4, 6, 10, 12].map((actual) => scoreKpi({ ...cover, actual }).score), [0, 0.5, 1, 0.5, 0]);
  const outside = scoreKpi({ ...cover, actual: 10 });
  assert.equal(outside.variance, -2);
  assert.ok(!("percentOfTarget" in outside) && !("baseline" in outside));
  assert.equal(scoreKpi({ actual: 9, min: 5, max: 8, tolerance: 2, target: 6, direction: "targetRange" }).score, 0.5);
  assert.equal(scoreKpi({ actual: 9, min: 5, max: 8, target: 6, direction: "targetRange" }).percentOfTarget, 150);
  assert.equal(scoreKpi({ actual: 0, target: 1, direction: "binary" }).score, 0);
  const capped = scoreKpi({ actual: 150, target: 100, direction: "higherIsBetter", cap: 1.2 });
  assert.deepEqual([capped.score, capped.rawScore], [1.2, 1.5]);
  assert.equal(scoreKpi({ actual: 150, target: 100, direction: "higherIsBetter", clamp: true }).score, 1);
  const banded = scoreKpi({ actual: 79, target: 100, direction: "higherIsBetter", thresholds: [0.5, 0.8, 1], statusNames: ["poor", "fair", "good", "excellent"] });
  assert.deepEqual([banded.status, banded.statusIndex], ["fair", 1]);
});

// The example organisation of tests/scorecard_example/mod.rs.
const higher = (target, baseline) => ({ target, ...(baseline === undefined ? {} : { baseline }), direction: "higherIsBetter" });
const lower = (target, baseline) => ({ target, ...(baseline === undefined ? {} : { baseline }), direction: "lowerIsBetter" });
const organisation = (turnover) => ({
  perspectives: [
    { id: "financial", name: "Financial", weight: 30, objectives: [{ id: "revenue-growth", weight: 1, kpis: [
      { id: "revenue", weight: 2, actual: 950, ...higher(1000, 800) },
      { id: "margin", weight: 1, actual: 10.8, ...higher(12) },
    ] }] },
    { id: "customer", weight: 30, objectives: [{ id: "satisfaction", weight: 1, kpis: [
      { id: "nps", weight: 1, actual: 38, ...higher(40, 20) },
      { id: "complaints", weight: 1, actual: 12, ...lower(10) },
    ] }] },
    { id: "internal", weight: 25, objectives: [
      { id: "delivery", weight: 60, kpis: [{ id: "on-time", weight: 1, actual: 93, ...higher(95, 85) }] },
      { id: "quality", weight: 40, kpis: [{ id: "defects", weight: 1, actual: 1.5, ...lower(1, 3) }] },
    ] },
    { id: "learning", weight: 15, objectives: [{ id: "people", weight: 1, kpis: [
      { id: "training", weight: 1, actual: 42, ...higher(40) },
      { id: "turnover", weight: 1, ...(turnover === undefined ? {} : { actual: turnover }), ...lower(8, 16) },
    ] }] },
  ],
});

test("scorecard: 0.24 + 0.255 + 0.195 + 0.1575 = 0.8475, amber; turnover missing", () => {
  const result = scorecard(organisation());
  assertClose(result.score, 0.8475);
  assert.equal(result.status, "amber");
  assert.equal(result.statusIndex, 1);
  assert.equal(result.rollup, "weightedAverage");
  result.perspectives.forEach((p, i) => assertClose(p.contribution, [0.24, 0.255, 0.195, 0.1575][i]));
  assert.equal(result.perspectives.reduce((sum, p) => sum + p.contribution, 0), result.score);
  assert.deepEqual(result.missing, [{ id: "turnover", path: "perspectives[3].objectives[0].kpis[1]", level: "kpi" }]);
  assert.deepEqual(result.sensitivity.slice(0, 2).map((s) => s.id), ["revenue", "nps"]);
  assertClose(result.sensitivity[0].effectiveWeight, 0.2);
  assert.equal(result.sensitivity[0].path, "perspectives[0].objectives[0].kpis[0]");

  const financial = result.perspectives[0];
  assert.deepEqual(Object.keys(financial).sort(), [
    "contribution", "effectiveWeight", "excluded", "id", "name", "normalisedWeight", "objectives", "score", "status", "statusIndex", "weight",
  ]);
  assert.equal(financial.name, "Financial");
  assert.ok(!("name" in result.perspectives[1]));
  const revenue = financial.objectives[0].kpis[0];
  assert.deepEqual(
    { ...revenue, normalisedWeight: undefined, effectiveWeight: undefined, contribution: undefined },
    { id: "revenue", weight: 2, normalisedWeight: undefined, excluded: false, effectiveWeight: undefined, contribution: undefined, actual: 950, score: 0.75, rawScore: 0.75, status: "amber", statusIndex: 1, percentOfTarget: 95, variance: -50, baseline: 800 },
  );
  assertClose(revenue.contribution, 0.15);
  const turnover = result.perspectives[3].objectives[0].kpis[1];
  assert.deepEqual(turnover, { id: "turnover", weight: 1, normalisedWeight: 0, excluded: true, effectiveWeight: 0, contribution: 0 });
});

test("scorecard: every actual, and the min, max and average roll-ups", () => {
  assertClose(scorecard(organisation(10)).score, 0.825);
  assertClose(scorecard({ ...organisation(), rollup: "average" }).score, 0.875);
  const min = scorecard({ ...organisation(), rollup: "min" });
  assert.equal(min.score, 0.75);
  assert.deepEqual(min.perspectives.map((p) => p.effectiveWeight), [1, 0, 0, 0]);
  assert.equal(min.sensitivity[0].id, "revenue");
  assert.equal(scorecard({ ...organisation(), rollup: "max" }).score, 1.05);
  const renamed = scorecard({ ...organisation(), thresholds: [0.8, 1], statusNames: ["behind", "close", "on track"] });
  assert.equal(renamed.status, "close");
  assert.equal(renamed.perspectives[3].status, "on track");
});

test("compareScorecards: learning falls 0.15 when turnover is measured at 10", () => {
  const result = compareScorecards({ a: organisation(), b: organisation(10) });
  assertClose(result.totalA, 0.8475);
  assertClose(result.totalB, 0.825);
  assertClose(result.totalDelta, -0.0225);
  assert.equal(result.nodes.length, 18);
  assert.deepEqual(result.nodes.slice(0, 3).map((n) => [n.id, n.level]), [["learning", "perspective"], ["people", "objective"], ["", "total"]]);
  assertClose(result.nodes[0].delta, -0.15);
  assert.deepEqual(result.nodes.at(-1), { id: "turnover", level: "kpi", scoreB: 0.75, statusB: "amber", presence: "both" });
  const b = organisation();
  b.perspectives[0].objectives[0].kpis.pop();
  const dropped = compareScorecards({ a: organisation(), b });
  assert.equal(dropped.nodes.find((n) => n.id === "margin").presence, "onlyA");
});

const edit = (change) => {
  const options = organisation();
  change(options);
  return options;
};
const kpiAt = (options, p, o, k) => options.perspectives[p].objectives[o].kpis[k];
const cases = [
  ["scoreKpi without direction", () => scoreKpi({ actual: 1, target: 1 }), "missing_field", "direction"],
  ["scoreKpi with an unknown direction", () => scoreKpi({ actual: 1, target: 1, direction: "up" }), "out_of_range", "direction"],
  ["scoreKpi without target", () => scoreKpi({ actual: 1, direction: "higherIsBetter" }), "missing_field", "target"],
  ["scoreKpi of NaN", () => scoreKpi({ actual: NaN, target: 1, direction: "higherIsBetter" }), "not_finite", "actual"],
  ["scoreKpi with a zero target and no baseline", () => scoreKpi({ actual: 1, target: 0, direction: "lowerIsBetter" }), "missing_field", "baseline"],
  ["scoreKpi with a baseline above the target", () => scoreKpi({ actual: 1, target: 5, baseline: 6, direction: "higherIsBetter" }), "out_of_range", "baseline"],
  ["scoreKpi with a baseline for a range", () => scoreKpi({ actual: 1, min: 0, max: 2, baseline: 0, direction: "targetRange" }), "conflicting_fields", "baseline"],
  ["scoreKpi with a tolerance for higher-is-better", () => scoreKpi({ actual: 1, target: 2, lowerTolerance: 1, direction: "higherIsBetter" }), "conflicting_fields", "lowerTolerance"],
  ["scoreKpi with a range without max", () => scoreKpi({ actual: 1, min: 0, direction: "targetRange" }), "missing_field", "max"],
  ["scoreKpi with max below min", () => scoreKpi({ actual: 1, min: 3, max: 2, direction: "targetRange" }), "out_of_range", "max"],
  ["scoreKpi with a zero upper tolerance", () => scoreKpi({ actual: 1, min: 0, max: 2, upperTolerance: 0, direction: "targetRange" }), "not_positive", "upperTolerance"],
  ["scoreKpi with cap and clamp", () => scoreKpi({ actual: 1, target: 1, direction: "binary", cap: 1, clamp: true }), "conflicting_fields", "clamp"],
  ["scoreKpi with a negative cap", () => scoreKpi({ actual: 1, target: 1, direction: "binary", cap: -1 }), "not_positive", "cap"],
  ["scoreKpi with descending thresholds", () => scoreKpi({ actual: 1, target: 1, direction: "binary", thresholds: [0.9, 0.7] }), "out_of_range", "thresholds[1]"],
  ["scoreKpi with too few names", () => scoreKpi({ actual: 1, target: 1, direction: "binary", statusNames: ["bad", "good"] }), "out_of_range", "statusNames"],
  ["scoreKpi with an empty name", () => scoreKpi({ actual: 1, target: 1, direction: "binary", statusNames: ["r", "", "g"] }), "invalid_input", "statusNames[1]"],
  ["scoreKpi with a misspelled option", () => scoreKpi({ actual: 1, target: 1, direction: "binary", treshold: [0.5] }), "unknown_field", "treshold"],
  ["scorecard with a NaN actual", () => scorecard(edit((o) => { kpiAt(o, 0, 1 - 1, 1).actual = NaN; })), "not_finite", "perspectives[0].objectives[0].kpis[1].actual"],
  ["scorecard with a string actual", () => scorecard(edit((o) => { kpiAt(o, 2, 1, 0).actual = "1.5"; })), "invalid_type", "perspectives[2].objectives[1].kpis[0].actual"],
  ["scorecard with a duplicate KPI id", () => scorecard(edit((o) => { kpiAt(o, 2, 1, 0).id = "nps"; })), "duplicate_id", "perspectives[2].objectives[1].kpis[0].id"],
  ["scorecard with a KPI id an objective has", () => scorecard(edit((o) => { kpiAt(o, 0, 0, 1).id = "people"; })), "duplicate_id", "perspectives[3].objectives[0].id"],
  ["scorecard with a wrong-side baseline", () => scorecard(edit((o) => { kpiAt(o, 3, 0, 1).baseline = 4; })), "out_of_range", "perspectives[3].objectives[0].kpis[1].baseline"],
  ["scorecard with a KPI tolerance outside a range", () => scorecard(edit((o) => { kpiAt(o, 1, 0, 0).upperTolerance = 4; })), "conflicting_fields", "perspectives[1].objectives[0].kpis[0].upperTolerance"],
  ["scorecard with a negative weight", () => scorecard(edit((o) => { o.perspectives[1].objectives[0].weight = -1; })), "negative", "perspectives[1].objectives[0].weight"],
  ["scorecard without objectives", () => scorecard(edit((o) => { o.perspectives[2].objectives = []; })), "out_of_range", "perspectives[2].objectives"],
  ["scorecard with an unknown roll-up", () => scorecard({ ...organisation(), rollup: "median" }), "out_of_range", "rollup"],
  ["scorecard with a misspelled KPI key", () => scorecard(edit((o) => { kpiAt(o, 0, 0, 0).wieght = 1; })), "unknown_field", "perspectives[0].objectives[0].kpis[0].wieght"],
  ["scorecard with bad KPI thresholds", () => scorecard(edit((o) => { kpiAt(o, 0, 0, 0).thresholds = [0.5]; })), "missing_field", "perspectives[0].objectives[0].kpis[0].statusNames"],
  ["scorecard with bad scorecard thresholds", () => scorecard({ ...organisation(), thresholds: [] }), "out_of_range", "thresholds"],
  ["scorecard with no actual", () => scorecard(edit((o) => o.perspectives.forEach((p) => p.objectives.forEach((j) => j.kpis.forEach((k) => delete k.actual))))), "missing_field", "perspectives"],
  ["scorecard with 21 perspectives", () => scorecard({ perspectives: Array.from({ length: 21 }, (_, i) => ({ id: `p${i}`, weight: 1, objectives: [{ id: `o${i}`, weight: 1, kpis: [{ id: `k${i}`, weight: 1, actual: 1, target: 1, direction: "binary" }] }] })) }), "too_large", "perspectives"],
  ["compareScorecards with a bad b", () => compareScorecards({ a: organisation(), b: edit((o) => { kpiAt(o, 0, 0, 1).actual = Infinity; }) }), "not_finite", "b.perspectives[0].objectives[0].kpis[1].actual"],
  ["compareScorecards with a bad a rule", () => compareScorecards({ a: edit((o) => { kpiAt(o, 0, 0, 1).min = 1; }), b: organisation() }), "conflicting_fields", "a.perspectives[0].objectives[0].kpis[1].min"],
  ["compareScorecards with a read error in a", () => compareScorecards({ a: edit((o) => { o.perspectives[0].weight = "30"; }), b: organisation() }), "invalid_type", "a.perspectives[0].weight"],
  ["compareScorecards without b", () => compareScorecards({ a: organisation() }), "missing_field", "b"],
];

for (const [description, call, code, field] of cases) {
  test(`${description}: throws ${code} at "${field}"`, () => {
    assert.deepEqual(errorOf(call), [code, field]);
    assertClose(scorecard(organisation()).score, 0.8475, 1e-12);
  });
}

test("random junk never traps the instance", () => {
  let seed = 11;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const junk = [0, -0, -1, 1e308, -1e308, 5e-324, Number.NaN, Infinity, "", "3", null, undefined, true, [], {}, [1], 10n, 2.5, "higherIsBetter", "targetRange", "min"];
  const pick = (list) => list[Math.floor(random() * list.length)];
  const value = () => (random() < 0.5 ? pick(junk) : random() * 100);
  const kpiKeys = ["id", "weight", "actual", "target", "baseline", "min", "max", "tolerance", "lowerTolerance", "upperTolerance", "cap", "clamp", "thresholds", "statusNames"];
  const directions = ["higherIsBetter", "lowerIsBetter", "targetRange", "binary", "sideways"];
  const object = (keys) => Object.fromEntries(keys.filter(() => random() < 0.7).map((key) => [key, value()]));
  const kpi = () => ({ ...object(kpiKeys), id: `k${Math.floor(random() * 6)}`, direction: pick(directions) });
  const list = (make) => (random() < 0.1 ? value() : Array.from({ length: Math.floor(random() * 4) }, make));
  const card = () => ({
    perspectives: list(() => ({ id: `p${Math.floor(random() * 3)}`, weight: value(), objectives: list(() => ({ id: `o${Math.floor(random() * 3)}`, weight: value(), kpis: list(kpi) })) })),
    ...object(["rollup", "thresholds"]),
  });
  // A valid scorecard with one or two fields anywhere in it set to junk.
  const spoiled = () => {
    const options = organisation(random() < 0.5 ? undefined : random() * 20);
    for (let n = 0; n < 1 + Math.floor(random() * 2); n += 1) {
      const perspective = pick(options.perspectives);
      const objective = pick(perspective.objectives);
      const target = pick([options, perspective, objective, pick(objective.kpis)]);
      target[pick([...kpiKeys, "direction", "rollup", "objectives", "kpis"])] = value();
    }
    return options;
  };
  const calls = [
    () => scoreKpi(kpi()),
    () => scoreKpi({ actual: 5, target: 10, direction: "higherIsBetter", [pick(kpiKeys)]: value() }),
    () => scorecard(card()),
    () => scorecard(spoiled()),
    () => compareScorecards({ a: card(), b: card() }),
    () => compareScorecards({ a: spoiled(), b: spoiled() }),
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
  assert.ok(results > 0, "some calls succeed");
  assertClose(scorecard(organisation()).score, 0.8475);
});

// Goals, OKRs, the appraisal and the nine-box grid through the wasm package: the
// hand-computed figures of tests/people_*.rs, Google's OKR grading (re:Work, "Grade
// OKRs"; Doerr, Measure What Matters), the results' shape, the errors a JS caller sees
// (code and camelCase path), and random junk.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, assertJunkNeverTraps, errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { goalScore, okrScore, appraisal, nineBox } = opscalc;

const goals = () => ({
  goals: [
    { id: "sales", weight: 50, actual: 90, target: 100, direction: "higherIsBetter" },
    { id: "defects", name: "Defect rate", weight: 30, actual: 3, target: 2, direction: "lowerIsBetter" },
    { id: "project", weight: 20, actual: 1, target: 1, direction: "binary" },
  ],
});

test("goalScore: 0.5 × 0.9 + 0.3 × 0.5 + 0.2 × 1 = 0.8, rated 3", () => {
  const result = goalScore(goals());
  assert.equal(result.achievement, 0.8);
  assert.deepEqual([result.rating, result.label, result.bandIndex, result.totalWeight], [3, "Meets expectations", 2, 100]);
  assert.deepEqual(result.goals.map((g) => g.normalisedWeight), [0.5, 0.3, 0.2]);
  result.goals.map((g) => g.contribution).forEach((c, i) => assertClose(c, [0.45, 0.15, 0.2][i]));
  assert.deepEqual(result.goals[1].kpi, { score: 0.5, rawScore: 0.5, percentOfTarget: 150, variance: -1, status: "red", statusIndex: 0, baseline: 4 });
  assert.equal(result.goals[1].name, "Defect rate");
  assert.ok(!("name" in result.goals[0]));
});

test("goalScore: custom bands and a cap", () => {
  const options = goals();
  options.goals[0] = { ...options.goals[0], actual: 150, cap: 1.2 };
  options.bands = [{ from: 0, rating: 0, label: "fail" }, { from: 1, rating: 1 }];
  // 0.5 × 1.2 + 0.15 + 0.2 = 0.95: below 1, "fail".
  const result = goalScore(options);
  assertClose(result.achievement, 0.95);
  assert.deepEqual([result.rating, result.label], [0, "fail"]);
  options.goals[1].actual = 2;
  const passed = goalScore(options);
  assert.deepEqual([passed.rating, passed.bandIndex, "label" in passed], [1, 1, false]);
});

test("okrScore: Google's three of six features is 0.5; Doerr's bands", () => {
  const one = (current) => okrScore({ objectives: [{ id: "o", keyResults: [{ id: "k", start: 0, target: 10, current }] }] });
  const six = okrScore({ objectives: [{ id: "o", keyResults: [{ id: "features", start: 0, target: 6, current: 3 }] }] });
  assert.deepEqual([six.score, six.grade, six.gradeIndex, six.sandbagging], [0.5, "amber", 1, false]);
  assert.deepEqual([3, 3.9, 4, 6.9, 7, 10].map((c) => one(c).grade), ["red", "red", "amber", "amber", "green", "green"]);
  assert.equal(one(10).sandbagging, true);
  const custom = okrScore({ objectives: [{ id: "o", keyResults: [{ id: "k", start: 0, target: 10, current: 6.5 }] }], grades: { thresholds: [0.6, 0.8], statusNames: ["low", "sweet", "easy"] } });
  assert.equal(custom.grade, "sweet");
});

test("okrScore: weights, a decreasing and a clamped key result (0.79375)", () => {
  const result = okrScore({
    objectives: [
      { id: "growth", weight: 3, keyResults: [
        { id: "revenue", start: 100, target: 200, current: 170, weight: 2 },
        { id: "churn", start: 5, target: 3, current: 4, weight: 1 },
        { id: "nps", start: 30, target: 50, current: 60, weight: 1 },
      ] },
      { id: "hiring", weight: 1, keyResults: [{ id: "hires", start: 0, target: 4, current: 4 }] },
    ],
  });
  assertClose(result.score, 0.79375);
  assert.deepEqual([result.grade, result.sandbagging], ["green", false]);
  const [growth, hiring] = result.objectives;
  assertClose(growth.score, 0.725);
  assert.deepEqual([growth.weight, hiring.weight, hiring.sandbagging], [0.75, 0.25, true]);
  assert.deepEqual(Object.keys(growth.keyResults[2]), ["id", "progress", "score", "weight", "grade", "gradeIndex"]);
  assert.deepEqual([growth.keyResults[2].progress, growth.keyResults[2].score], [1.5, 1]);
});

const appraisalOptions = () => ({
  goals: { goals: [
    { id: "sales", weight: 60, actual: 105, target: 100, direction: "higherIsBetter" },
    { id: "quality", weight: 40, actual: 95, target: 100, direction: "higherIsBetter" },
  ] },
  competencies: [
    { id: "teamwork", weight: 2, rating: 3 },
    { id: "focus", weight: 1, rating: 4.5 },
    { id: "ownership", weight: 1, rating: 3.6 },
  ],
  weights: { goals: 70, competencies: 30 },
});

test("appraisal: 0.7 × 4 + 0.3 × 3.525 = 3.8575, band 4", () => {
  const result = appraisal(appraisalOptions());
  assertClose(result.rating, 3.8575);
  assert.deepEqual([result.finalRating, result.label, result.bandIndex], [4, "Exceeds expectations", 3]);
  assert.equal(result.goals.rating, 4);
  assert.deepEqual([result.goals.weight, result.goals.normalisedWeight], [70, 0.7]);
  assertClose(result.competencies.rating, 3.525);
  assertClose(result.goalScore.achievement, 1.01);
  assert.deepEqual(result.competencyRatings.map((c) => c.weight), [0.5, 0.25, 0.25]);
  // A goal rating given directly, on a 0-to-10 scale with its own bands.
  const direct = appraisal({
    goals: { rating: 5, bands: [{ from: 0, rating: 0, label: "below" }, { from: 0.8, rating: 5, label: "on" }, { from: 1.1, rating: 10, label: "above" }] },
    competencies: [{ id: "a", rating: 9 }],
    weights: { goals: 1, competencies: 1 },
    scale: { min: 0, max: 10 },
  });
  assert.deepEqual([direct.rating, direct.label, "goalScore" in direct], [7, "on", false]);
});

test("nineBox: default cuts at the thirds, names, cells in order", () => {
  const result = nineBox({ people: [
    { id: "ana", performance: 4.5, potential: 4 },
    { id: "ben", performance: 3, potential: 3 },
    { id: "cy", performance: 2, potential: 4.8 },
    { id: "eve", performance: 3.7, potential: 2.3 },
    { id: "fay", performance: 3.2, potential: 2.4 },
  ] });
  assert.deepEqual(result.people.map((p) => p.name), ["Star", "Core player", "Rough diamond", "Trusted professional", "Core player"]);
  assert.deepEqual(result.people[3], { id: "eve", performance: "high", potential: "low", cell: 2, name: "Trusted professional" });
  assert.equal(result.cells.length, 9);
  assert.deepEqual(result.cells[4], { performance: "moderate", potential: "moderate", name: "Core player", count: 2, people: ["ben", "fay"] });
  assertClose(result.cuts.performance[0], 7 / 3);
  const given = nineBox({ people: [{ id: "ben", performance: 3, potential: 3 }], cuts: { performance: [2, 3] } });
  assert.equal(given.people[0].name, "High performer");
  assert.deepEqual(given.cuts.performance, [2, 3]);
});

const withGoal = (edit) => () => {
  const options = goals();
  edit(options);
  return goalScore(options);
};
const withAppraisal = (edit) => () => {
  const options = appraisalOptions();
  edit(options);
  return appraisal(options);
};
const okr = (keyResults, extra = {}) => () => okrScore({ objectives: [{ id: "o", keyResults }], ...extra });
const box = (options) => () => nineBox(options);

const cases = [
  ["a goal without an actual", withGoal((o) => delete o.goals[1].actual), "missing_field", "goals[1].actual"],
  ["a goal without a weight", withGoal((o) => delete o.goals[0].weight), "missing_field", "goals[0].weight"],
  ["a misspelt goal option", withGoal((o) => (o.goals[0].wieght = 1)), "unknown_field", "goals[0].wieght"],
  ["a repeated goal id", withGoal((o) => (o.goals[2].id = "sales")), "duplicate_id", "goals[2].id"],
  ["all goal weights zero", withGoal((o) => o.goals.forEach((g) => (g.weight = 0))), "not_positive", "goals"],
  ["a baseline on the wrong side", withGoal((o) => (o.goals[1].baseline = 1)), "out_of_range", "goals[1].baseline"],
  ["a lower tolerance on a binary goal", withGoal((o) => (o.goals[2].lowerTolerance = 1)), "conflicting_fields", "goals[2].lowerTolerance"],
  ["bands not ascending", withGoal((o) => (o.bands = [{ from: 1, rating: 1 }, { from: 0.5, rating: 2 }])), "out_of_range", "bands[1].from"],
  ["an empty band label", withGoal((o) => (o.bands = [{ from: 0, rating: 1, label: "" }])), "invalid_input", "bands[0].label"],
  ["no goals", () => goalScore({ goals: [] }), "out_of_range", "goals"],
  ["a key result with target = start", okr([{ id: "k", start: 2, target: 2, current: 1 }]), "out_of_range", "objectives[0].keyResults[0].target"],
  ["a key result id repeating its objective's", okr([{ id: "o", start: 0, target: 1, current: 1 }]), "duplicate_id", "objectives[0].keyResults[0].id"],
  ["one key result weighted, one not", okr([{ id: "a", start: 0, target: 1, current: 1, weight: 1 }, { id: "b", start: 0, target: 1, current: 1 }]), "missing_field", "objectives[0].keyResults[1].weight"],
  ["grades with names too few", okr([{ id: "a", start: 0, target: 1, current: 1 }], { grades: { statusNames: ["a"] } }), "out_of_range", "grades.statusNames"],
  ["grades not ascending", okr([{ id: "a", start: 0, target: 1, current: 1 }], { grades: { thresholds: [0.5, 0.5] } }), "out_of_range", "grades.thresholds[1]"],
  ["a NaN current", okr([{ id: "a", start: 0, target: 1, current: Number.NaN }]), "not_finite", "objectives[0].keyResults[0].current"],
  ["an appraisal goal's bad weight", withAppraisal((o) => (o.goals.goals[1].weight = -1)), "negative", "goals.goals[1].weight"],
  ["a goal rating off the scale", withAppraisal((o) => (o.goals = { rating: 6 })), "out_of_range", "goals.rating"],
  ["band ratings off the scale", withAppraisal((o) => (o.scale = { min: 0, max: 3 })), "out_of_range", "goals.bands[3].rating"],
  ["a competency rating off the scale", withAppraisal((o) => (o.competencies[1].rating = 0)), "out_of_range", "competencies[1].rating"],
  ["a competency without a weight among weighted ones", withAppraisal((o) => delete o.competencies[2].weight), "missing_field", "competencies[2].weight"],
  ["both what/how weights zero", withAppraisal((o) => (o.weights = { goals: 0, competencies: 0 })), "not_positive", "weights"],
  ["a negative how weight", withAppraisal((o) => (o.weights.competencies = -1)), "negative", "weights.competencies"],
  ["a scale upside down", withAppraisal((o) => (o.scale = { min: 5, max: 1 })), "out_of_range", "scale.max"],
  ["no competencies", withAppraisal((o) => (o.competencies = [])), "out_of_range", "competencies"],
  ["a potential off the scale", box({ people: [{ id: "a", performance: 3, potential: 9 }] }), "out_of_range", "people[0].potential"],
  ["a repeated person", box({ people: [{ id: "a", performance: 3, potential: 3 }, { id: "a", performance: 3, potential: 3 }] }), "duplicate_id", "people[1].id"],
  ["three cut points", box({ people: [{ id: "a", performance: 3, potential: 3 }], cuts: { potential: [2, 3, 4] } }), "out_of_range", "cuts.potential"],
  ["cuts not ascending", box({ people: [{ id: "a", performance: 3, potential: 3 }], cuts: { performance: [3, 2] } }), "out_of_range", "cuts.performance[1]"],
];

for (const [description, call, code, field] of cases) {
  test(`${description}: throws ${code} at "${field}"`, () => {
    assert.deepEqual(errorOf(call), [code, field]);
  });
}

test("random junk never traps the instance", () => {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const junk = [0, -0, -1, 1e308, -1e308, 5e-324, Number.NaN, Infinity, "", "3", null, undefined, true, [], {}, [1], [1, 2], 10n, 2.5, "higherIsBetter", "binary"];
  const pick = (list) => list[Math.floor(random() * list.length)];
  const value = () => (random() < 0.5 ? pick(junk) : random() * 6);
  const object = (keys) => Object.fromEntries(keys.filter(() => random() < 0.7).map((key) => [key, value()]));
  const list = (make) => (random() < 0.1 ? value() : Array.from({ length: Math.floor(random() * 4) }, make));
  const id = () => `i${Math.floor(random() * 5)}`;
  const goal = () => ({ ...object(["weight", "actual", "target", "baseline", "cap", "clamp", "min", "max", "name"]), id: id(), direction: pick(["higherIsBetter", "lowerIsBetter", "binary", "targetRange", "up"]) });
  const bands = () => list(() => object(["from", "rating", "label"]));
  const goalOptions = () => ({ goals: list(goal), ...(random() < 0.3 ? { bands: bands() } : {}) });
  const keyResult = () => ({ ...object(["start", "target", "current", "weight", "name"]), id: id() });
  const okrOptions = () => ({ objectives: list(() => ({ ...object(["weight"]), id: id(), keyResults: list(keyResult) })), ...(random() < 0.3 ? { grades: object(["thresholds", "statusNames"]) } : {}) });
  const appraisalJunk = () => ({
    goals: random() < 0.5 ? goalOptions() : object(["rating", "bands"]),
    competencies: list(() => ({ ...object(["weight", "rating"]), id: id() })),
    weights: object(["goals", "competencies"]),
    ...(random() < 0.3 ? { scale: object(["min", "max"]) } : {}),
  });
  const boxJunk = () => ({ people: list(() => ({ ...object(["performance", "potential"]), id: id() })), ...(random() < 0.3 ? { cuts: object(["performance", "potential"]) } : {}), ...(random() < 0.2 ? { scale: object(["min", "max"]) } : {}) });
  const spoiled = () => {
    const options = appraisalOptions();
    const target = pick([options, options.goals, pick(options.goals.goals), pick(options.competencies), options.weights]);
    target[pick(["weight", "actual", "target", "rating", "goals", "competencies", "weights", "scale", "direction", "bands"])] = value();
    return options;
  };
  const results = assertJunkNeverTraps(
    [() => goalScore(goalOptions()), () => okrScore(okrOptions()), () => appraisal(appraisalJunk()), () => appraisal(spoiled()), () => nineBox(boxJunk())],
    { rounds: 800, stillWorks: () => assertClose(appraisal(appraisalOptions()).rating, 3.8575) },
  );
  assert.ok(results > 0, "some calls succeed");
});

// 360-degree feedback and calibration through the wasm package: the hand-computed and
// published figures of tests/people_feedback_360.rs and tests/people_calibrate.rs, the
// results' shape (lists of records, absent optional fields), the errors a JS caller
// sees (code and camelCase path), and random junk.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, assertJunkNeverTraps, errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { feedback360, calibrate } = opscalc;

const ids = ["communication", "teamwork", "delivery"];
const rater = (raterGroup, values) => ({
  raterGroup,
  ratings: ids.map((competency, k) => ({ competency, value: values[k] })),
});
const example = () => ({
  competencies: ids.map((id) => ({ id })),
  responses: [
    rater("self", [4, 3, 5]),
    rater("manager", [3, 4, 4]),
    rater("peers", [3, 4, 4]),
    rater("direct reports", [5, 5, 5]),
    rater("peers", [4, 5, 4]),
    rater("peers", [2, null, 3]),
    rater("direct reports", [5, 5, 5]),
    rater("peers", [null, 4, null]),
  ],
});

test("feedback360: the hand-computed example, direct reports suppressed", () => {
  const report = feedback360(example());
  assert.deepEqual(report.groups.map((g) => [g.group, g.raters, g.isSelf, g.exempt]), [
    ["self", 1, true, false],
    ["manager", 1, false, true],
    ["peers", 4, false, false],
  ]);
  assert.deepEqual(report.suppressed, [{ group: "direct reports", minRaters: 3 }]);
  assert.equal(report.threshold, 0.5);
  const [communication, teamwork, delivery] = report.competencies;
  assert.equal(communication.othersMean, 3);
  assert.equal(communication.gap, 1);
  assert.equal(communication.signal, "blindSpot");
  assert.equal(communication.groups[2].stats.count, 3);
  assertClose(communication.groups[2].stats.sd, Math.sqrt(2 / 3));
  assert.deepEqual([communication.others.min, communication.others.max], [2, 4]);
  assert.equal(teamwork.othersMean, 4.25);
  assert.equal(teamwork.signal, "hiddenStrength");
  assert.equal(teamwork.groups[2].stats.count, 3);
  assert.equal(teamwork.groups[2].withheld, false);
  assert.equal(delivery.othersMean, 3.75);
  assertClose(report.overallOthers, 11 / 3);
  assertClose(report.overallSelf, 4);
  assert.ok(!("name" in communication) && !("weight" in report.groups[0]));
  assert.ok(!(report.competencies instanceof Map));
});

test("feedback360: options change the groups, the mean and the threshold", () => {
  const shown = feedback360({ ...example(), minRatersPerGroup: 2 });
  assert.deepEqual(shown.suppressed, []);
  assertClose(shown.competencies[0].othersMean, 22 / 6);
  const weighted = feedback360({
    ...example(),
    groupWeights: [{ group: "manager", weight: 1 }, { group: "peers", weight: 1 }],
  });
  assertClose(weighted.competencies[1].othersMean, 25 / 6);
  assert.equal(weighted.groups[1].weight, 1);
  // Primalogik's third of the 5 points: no gap above 5/3.
  const wide = feedback360({ ...example(), blindSpotShare: 5 / 12 });
  assert.deepEqual(wide.competencies.map((c) => c.signal), ["aligned", "aligned", "aligned"]);
  const scaled = feedback360({ ...example(), scale: { min: 0, max: 10 }, exemptGroups: [] });
  assert.equal(scaled.threshold, 1.25);
  assert.deepEqual(scaled.suppressed.map((g) => g.group), ["manager", "direct reports"]);
});

test("feedback360: too few answers to one competency are withheld", () => {
  const options = example();
  options.responses[7] = rater("peers", [null, null, null]);
  const teamwork = feedback360(options).competencies[1];
  assert.equal(teamwork.groups[2].withheld, true);
  assert.ok(!("stats" in teamwork.groups[2]));
  assert.equal(teamwork.othersMean, 4);
  assert.equal(teamwork.others.count, 1);
});

test("feedback360: errors name the camelCase path", () => {
  const cases = [
    [(o) => { o.responses[3].ratings[1].competency = "charisma"; }, "unknown_id", "responses[3].ratings[1].competency"],
    [(o) => { o.responses[2].ratings[2].competency = "communication"; }, "duplicate_id", "responses[2].ratings[2].competency"],
    [(o) => { o.responses[5].ratings[0].value = 6; }, "out_of_range", "responses[5].ratings[0].value"],
    [(o) => { o.responses[4].raterGroup = "self"; }, "duplicate_id", "responses[4].raterGroup"],
    [(o) => { o.responses = []; }, "out_of_range", "responses"],
    [(o) => { o.competencies[1].id = "communication"; }, "duplicate_id", "competencies[1].id"],
    [(o) => { o.minRatersPerGroup = 0; }, "out_of_range", "minRatersPerGroup"],
    [(o) => { o.minRatersPerGroup = 2.5; }, "invalid_type", "minRatersPerGroup"],
    [(o) => { o.blindSpotShare = 2; }, "out_of_range", "blindSpotShare"],
    [(o) => { o.groupWeights = [{ group: "peers", weight: 1 }]; }, "missing_field", "groupWeights"],
    [(o) => { o.groupWeights = [{ group: "board", weight: 1 }]; }, "unknown_id", "groupWeights[0].group"],
    [(o) => { o.scale = { min: 5, max: 1 }; }, "out_of_range", "scale.max"],
    [(o) => { o.responses[0].ratings[0].score = 3; }, "unknown_field", "responses[0].ratings[0].score"],
  ];
  for (const [change, code, field] of cases) {
    const options = example();
    change(options);
    assert.deepEqual(errorOf(() => feedback360(options)), [code, field], field);
  }
});

const published = () => ({
  ratings: [
    { employee: "ann", manager: "M", score: 3.5 },
    { employee: "bea", manager: "N", score: 4.3 },
    { employee: "cal", manager: "M", score: 4.9 },
    { employee: "dev", manager: "N", score: 3.5 },
    { employee: "eve", manager: "N", score: 3.4 },
    { employee: "fay", manager: "N", score: 3.2 },
  ],
});

test("calibrate: the published z-score example (calculatorsir.com): 3.5 → 3.2", () => {
  const result = calibrate(published());
  assertClose(result.mean, 3.8);
  assertClose(result.sd, 0.6);
  assert.equal(result.method, "zScore");
  assertClose(result.ratings[0].z, -1);
  assertClose(result.ratings[0].calibrated, 3.2);
  assert.deepEqual(result.ratings.map((r) => r.employee), ["ann", "bea", "cal", "dev", "eve", "fay"]);
  assert.deepEqual(result.managers.map((m) => [m.manager, m.count]), [["M", 2], ["N", 4]]);
  assertClose(result.managers[0].sd, 0.7);
  assert.deepEqual(result.before.map((b) => b.label), ["1", "2", "3", "4", "5"]);
  assert.deepEqual(result.before.map((b) => b.count), [0, 0, 2, 3, 1]);
  assert.equal(result.before[4].upTo, undefined);
  assert.ok(!("upTo" in result.before[4]));
});

test("calibrate: mean shift, none, and a guideline change the distribution", () => {
  const shifted = calibrate({ ...published(), method: "meanShift" });
  assert.deepEqual(shifted.after.map((b) => b.count), [0, 0, 2, 2, 2]);
  assert.ok(!("z" in shifted.ratings[0]));
  const none = calibrate({ ...published(), method: "none" });
  assert.deepEqual(none.after, none.before);
  const three = calibrate({
    ...published(),
    guideline: { bands: [{ label: "below", upTo: 3.5, share: 0.25 }, { label: "meets", upTo: 4.5, share: 0.5 }, { label: "exceeds", share: 0.25 }] },
  });
  assert.deepEqual(three.before.map((b) => b.count), [2, 3, 1]);
  assertClose(three.before[0].difference, 2 / 6 - 0.25);
});

test("calibrate: errors name the camelCase path", () => {
  const cases = [
    [(o) => { o.ratings[3].employee = "bea"; }, "duplicate_id", "ratings[3].employee"],
    [(o) => { o.ratings[1].score = 6; }, "out_of_range", "ratings[1].score"],
    [(o) => { o.ratings = []; }, "out_of_range", "ratings"],
    [(o) => { o.method = "forced"; }, "out_of_range", "method"],
    [(o) => { o.guideline = { bands: [{ label: "a", upTo: 3, share: 0.5 }, { label: "b", share: 0.4 }] }; }, "out_of_range", "guideline.bands"],
    [(o) => { o.guideline = { bands: [{ label: "a", share: 0.5 }, { label: "b", share: 0.5 }] }; }, "missing_field", "guideline.bands[0].upTo"],
  ];
  for (const [change, code, field] of cases) {
    const options = published();
    change(options);
    assert.deepEqual(errorOf(() => calibrate(options)), [code, field], field);
  }
});

test("random junk never traps the instance", () => {
  let seed = 11;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const junk = [0, -0, -1, 1, 3, 5, 1e308, Number.NaN, Infinity, "", "self", "peers", null, undefined, true, [], {}, 10n, 2.5];
  const pick = (list) => list[Math.floor(random() * list.length)];
  const value = () => (random() < 0.2 ? pick(junk) : 1 + Math.floor(random() * 5));
  const object = (keys, keep = 0.8) => Object.fromEntries(keys.filter(() => random() < keep).map((key) => [key, value()]));
  const list = (make) => (random() < 0.1 ? value() : Array.from({ length: Math.floor(random() * 5) }, make));
  const calls = [
    () => feedback360({
      competencies: random() < 0.5 ? [{ id: "a" }, { id: "b" }, { id: "c" }] : list(() => ({ id: pick(["a", "b", "", 3]), ...object(["weight", "name"]) })),
      responses: list(() => ({ raterGroup: pick(["self", "peers", "manager", "", null]), ratings: list(() => ({ competency: pick(["a", "b", "c"]), ...object(["value"]) })) })),
      ...object(["minRatersPerGroup", "blindSpotShare", "selfGroup", "exemptGroups", "scale", "groupWeights"], 0.15),
    }),
    () => calibrate({
      ratings: list(() => ({ employee: String(random()), manager: pick(["m", "n", "", 1]), ...object(["score"]) })),
      ...object(["method", "scale", "guideline"], 0.15),
    }),
  ];
  const results = assertJunkNeverTraps(calls, { rounds: 800, stillWorks: () => calibrate(published()) });
  assert.ok(results > 0, "some calls succeed");
});

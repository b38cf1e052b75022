// Quality and satisfaction measures through the wasm package: Six Sigma's DPMO and
// sigma level, process capability and the net promoter score, with the textbook
// figures, the shapes and the errors a JS caller sees.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, assertJunkNeverTraps, errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { sixSigma, processCapability, netPromoterScore } = opscalc;

test("Six Sigma (hand-computed): 5 defects in 100 units × 10 opportunities is 5,000 DPMO, 4.08 sigma", () => {
  const result = sixSigma({ defects: 5, units: 100, opportunitiesPerUnit: 10 });
  assert.deepEqual(Object.keys(result).sort(), ["dpmo", "dpo", "dpu", "longTermZ", "opportunities", "opportunityYield", "sigmaLevel"]);
  assert.equal(result.opportunities, 1000);
  assert.equal(result.dpu, 0.05);
  assert.equal(result.dpo, 0.005);
  assert.equal(result.dpmo, 5000);
  assert.equal(result.opportunityYield, 0.995);
  assertClose(result.longTermZ, 2.5758293035489008, 1e-14);
  assert.equal(result.sigmaLevel.toFixed(2), "4.08");
});

test("Six Sigma conversion table: 3.4 DPMO is 6 sigma, 66,807 DPMO is 3 sigma", () => {
  assert.equal(sixSigma({ defects: 34, units: 10_000_000, opportunitiesPerUnit: 1 }).sigmaLevel.toFixed(1), "6.0");
  assert.equal(sixSigma({ defects: 66_807, units: 1_000_000, opportunitiesPerUnit: 1 }).sigmaLevel.toFixed(4), "3.0000");
});

test("Six Sigma without defects leaves the z values out (no finite level)", () => {
  const result = sixSigma({ defects: 0, units: 50, opportunitiesPerUnit: 4 });
  assert.equal(result.dpmo, 0);
  assert.equal(result.opportunityYield, 1);
  assert.equal("sigmaLevel" in result, false);
  assert.equal("longTermZ" in result, false);
});

test("Heizer & Render, insurance claims: Cp = 6 / (6 × .516) = 1.938, centred so Cpk = Cp", () => {
  const result = processCapability({ mean: 210, standardDeviation: 0.516, lowerSpec: 207, upperSpec: 213 });
  assert.equal(result.cp.toFixed(3), "1.938");
  assertClose(result.cpk, result.cp);
  assert.deepEqual(Object.keys(result).sort(), ["cp", "cpk", "cpl", "cpu", "fractionAbove", "fractionBelow", "fractionOutside", "ppmOutside", "zLower", "zUpper"]);
});

test("Heizer & Render, cutting machine: Cpk = .001 / .0015 = .67; 4.55 % out of specification", () => {
  const result = processCapability({ mean: 0.25, standardDeviation: 0.0005, lowerSpec: 0.249, upperSpec: 0.251 });
  assert.equal(result.cpk.toFixed(2), "0.67");
  assertClose(result.ppmOutside, 45500.26389635841, 1e-9);
});

test("process capability with an upper limit only: no Cp, Cpk = Cpu", () => {
  const result = processCapability({ mean: 8, standardDeviation: 1, upperSpec: 10 });
  assert.equal("cp" in result, false);
  assert.equal("cpl" in result, false);
  assertClose(result.cpk, 2 / 3);
  assert.equal(result.fractionBelow, 0);
});

test("NPS (hand-computed): 60 promoters, 25 passives, 15 detractors is 45", () => {
  assert.deepEqual(netPromoterScore({ promoters: 60, passives: 25, detractors: 15 }), {
    responses: 100,
    promoters: 60,
    passives: 25,
    detractors: 15,
    promoterShare: 0.6,
    passiveShare: 0.25,
    detractorShare: 0.15,
    score: 45,
  });
});

test("NPS from scores: 10, 9, 9, 8, 7, 7, 6, 5, 0, 10 is 40 % − 30 % = 10", () => {
  const result = netPromoterScore({ scores: [10, 9, 9, 8, 7, 7, 6, 5, 0, 10] });
  assert.deepEqual([result.promoters, result.passives, result.detractors, result.score], [4, 3, 3, 10]);
});

const cases = [
  // [description, call, code, field]
  ["six sigma: no units", () => sixSigma({ defects: 0, units: 0, opportunitiesPerUnit: 1 }), "not_positive", "units"],
  ["six sigma: no opportunities", () => sixSigma({ defects: 0, units: 5, opportunitiesPerUnit: 0 }), "not_positive", "opportunitiesPerUnit"],
  ["six sigma: more defects than opportunities", () => sixSigma({ defects: 11, units: 5, opportunitiesPerUnit: 2 }), "out_of_range", "defects"],
  ["six sigma: a fraction of a defect", () => sixSigma({ defects: 1.5, units: 5, opportunitiesPerUnit: 2 }), "invalid_type", "defects"],
  ["six sigma: negative units", () => sixSigma({ defects: 1, units: -5, opportunitiesPerUnit: 2 }), "out_of_range", "units"],
  ["six sigma: missing units", () => sixSigma({ defects: 1, opportunitiesPerUnit: 2 }), "missing_field", "units"],
  ["six sigma: misspelled option", () => sixSigma({ defects: 1, units: 5, opportunities: 2 }), "unknown_field", "opportunities"],
  ["capability: zero sigma", () => processCapability({ mean: 8, standardDeviation: 0, upperSpec: 10 }), "not_positive", "standardDeviation"],
  ["capability: NaN mean", () => processCapability({ mean: Number.NaN, standardDeviation: 1, upperSpec: 10 }), "not_finite", "mean"],
  ["capability: no limits", () => processCapability({ mean: 8, standardDeviation: 1 }), "missing_field", "upperSpec"],
  ["capability: limits reversed", () => processCapability({ mean: 8, standardDeviation: 1, lowerSpec: 10, upperSpec: 4 }), "out_of_range", "upperSpec"],
  ["capability: infinite lower limit", () => processCapability({ mean: 8, standardDeviation: 1, lowerSpec: -Infinity }), "not_finite", "lowerSpec"],
  ["NPS: a score of 11", () => netPromoterScore({ scores: [9, 8, 7, 11] }), "out_of_range", "scores[3]"],
  ["NPS: a score of 7.5", () => netPromoterScore({ scores: [9, 8, 7, 7.5] }), "invalid_type", "scores[3]"],
  ["NPS: a negative score", () => netPromoterScore({ scores: [-1] }), "out_of_range", "scores[0]"],
  ["NPS: no scores", () => netPromoterScore({ scores: [] }), "out_of_range", "scores"],
  ["NPS: nothing given", () => netPromoterScore({}), "missing_field", "scores"],
  ["NPS: scores and counts", () => netPromoterScore({ scores: [9], detractors: 1 }), "conflicting_fields", "detractors"],
  ["NPS: two counts of three", () => netPromoterScore({ promoters: 6, detractors: 1 }), "missing_field", "passives"],
  ["NPS: all counts 0", () => netPromoterScore({ promoters: 0, passives: 0, detractors: 0 }), "out_of_range", ""],
];

for (const [description, call, code, field] of cases) {
  test(`${description}: throws ${code} at "${field}"`, () => {
    assert.deepEqual(errorOf(call), [code, field]);
  });
}

test("random junk never traps the instance", () => {
  // A fixed-seed generator, so a failure reproduces.
  let seed = 11;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const junk = [0, -0, -1, 11, 4294967296, 1e308, -1e308, 5e-324, Number.NaN, Infinity, "", "3", null, undefined, true, [], {}, [1], 10n, 2.5];
  const pick = (list) => list[Math.floor(random() * list.length)];
  const value = () => (random() < 0.5 ? pick(junk) : Math.floor(random() * 12));
  const object = (keys) => Object.fromEntries(keys.filter(() => random() < 0.8).map((key) => [key, value()]));
  const list = () => (random() < 0.1 ? value() : Array.from({ length: Math.floor(random() * 5) }, value));
  const calls = [
    () => sixSigma(object(["defects", "units", "opportunitiesPerUnit"])),
    () => processCapability(object(["mean", "standardDeviation", "lowerSpec", "upperSpec"])),
    () => netPromoterScore(random() < 0.5 ? { scores: list() } : object(["promoters", "passives", "detractors"])),
  ];
  const results = assertJunkNeverTraps(calls, { stillWorks: () => assert.equal(netPromoterScore({ scores: [10] }).score, 100) });
  assert.ok(results > 0, "some calls succeed");
});

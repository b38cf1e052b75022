// OEE through the wasm package: Vorne's worked example, the loss waterfall, TEEP, the
// result's shape, and the errors a JS caller sees.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, errorOf, thrown } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { oee } = opscalc;

// Vorne Industries, oee.com, "OEE Calculation": 420 planned minutes, 47 down, an ideal
// cycle time of 1.0 second (60 a minute), 19,271 pieces of which 18,848 good.
const vorneMinutes = { plannedProductionTime: 420, downtime: 47, idealRunRate: 60, totalCount: 19271, goodCount: 18848 };
const vorneSeconds = { plannedProductionTime: 25200, downtime: 2820, idealCycleTime: 1, totalCount: 19271, goodCount: 18848 };
const percent = (fraction) => (fraction * 100).toFixed(2);

test("Vorne's OEE calculation: A = 88.81 %, P = 86.11 %, Q = 97.80 %, OEE = 74.79 %", () => {
  for (const options of [vorneMinutes, vorneSeconds]) {
    const result = oee(options);
    assert.equal(percent(result.availability), "88.81");
    assert.equal(percent(result.performance), "86.11");
    assert.equal(percent(result.quality), "97.80");
    assert.equal(percent(result.oee), "74.79");
    assertClose(result.oee, 18848 / 25200);
    assert.equal(result.rejectCount, 423);
  }
});

test("the loss waterfall in seconds: 2,820 + 3,109 + 423 + 18,848 = 25,200 (hand-computed after Vorne)", () => {
  const result = oee(vorneSeconds);
  assert.deepEqual(
    [result.plannedProductionTime, result.availabilityLoss, result.runTime, result.performanceLoss, result.netRunTime, result.qualityLoss, result.fullyProductiveTime],
    [25200, 2820, 22380, 3109, 19271, 423, 18848],
  );
});

test("the speed as a run rate gives the cycle time, and the other way round", () => {
  const byRate = oee(vorneMinutes);
  assertClose(byRate.idealCycleTime, 1 / 60);
  assert.equal(byRate.idealRunRate, 60);
  assertClose(byRate.fullyProductiveTime, 18848 / 60);
  const byTime = oee(vorneSeconds);
  assert.equal(byTime.idealRunRate, 1);
});

test("TEEP over a 1,440-minute day: utilization 29.17 %, TEEP 21.81 % (hand-computed after Vorne)", () => {
  const result = oee({ ...vorneMinutes, calendarTime: 1440 });
  assert.equal(result.calendarTime, 1440);
  assert.equal(result.scheduleLoss, 1020);
  assert.equal(percent(result.utilization), "29.17");
  assert.equal(percent(result.teep), "21.81");
  assertClose(result.teep, 18848 / 86400);
});

test("the result is a plain object with the documented fields; TEEP's only with a calendar time", () => {
  const result = oee(vorneMinutes);
  assert.equal(Object.getPrototypeOf(result), Object.prototype);
  assert.deepEqual(Object.keys(result).sort(), [
    "availability", "availabilityLoss", "fullyProductiveTime", "idealCycleTime", "idealRunRate", "netRunTime", "oee",
    "performance", "performanceLoss", "plannedProductionTime", "quality", "qualityLoss", "rejectCount", "runTime",
  ]);
  const withCalendar = oee({ ...vorneMinutes, calendarTime: 1440 });
  for (const key of ["calendarTime", "scheduleLoss", "utilization", "teep"]) assert.ok(key in withCalendar, key);
});

const cases = [
  // [description, options, code, field]
  ["downtime above the planned time", { ...vorneMinutes, downtime: 421 }, "out_of_range", "downtime"],
  ["downtime equal to the planned time: no run time", { ...vorneMinutes, downtime: 420 }, "out_of_range", "downtime"],
  ["more good pieces than pieces", { ...vorneMinutes, goodCount: 19272 }, "out_of_range", "goodCount"],
  ["an ideal cycle time too slow for the count", { ...vorneSeconds, idealCycleTime: 2 }, "out_of_range", "idealCycleTime"],
  ["an ideal run rate too low for the count", { ...vorneMinutes, idealRunRate: 50 }, "out_of_range", "idealRunRate"],
  ["a calendar time shorter than the planned time", { ...vorneMinutes, calendarTime: 400 }, "out_of_range", "calendarTime"],
  ["no pieces at all", { ...vorneMinutes, totalCount: 0, goodCount: 0 }, "not_positive", "totalCount"],
  ["zero planned time", { ...vorneMinutes, plannedProductionTime: 0 }, "not_positive", "plannedProductionTime"],
  ["negative downtime", { ...vorneMinutes, downtime: -1 }, "negative", "downtime"],
  ["NaN good count", { ...vorneMinutes, goodCount: Number.NaN }, "not_finite", "goodCount"],
  ["both speeds", { ...vorneMinutes, idealCycleTime: 1 / 60 }, "conflicting_fields", "idealRunRate"],
  ["no speed", { plannedProductionTime: 420, downtime: 47, totalCount: 10, goodCount: 10 }, "missing_field", "idealCycleTime"],
  ["missing good count", { plannedProductionTime: 420, downtime: 47, idealRunRate: 60, totalCount: 10 }, "missing_field", "goodCount"],
  ["a string number", { ...vorneMinutes, totalCount: "19271" }, "invalid_type", "totalCount"],
  ["misspelled option", { ...vorneMinutes, calenderTime: 1440 }, "unknown_field", "calenderTime"],
];

for (const [description, options, code, field] of cases) {
  test(`${description}: throws ${code} at "${field}"`, () => {
    assert.deepEqual(errorOf(() => oee(options)), [code, field]);
  });
}

test("performance above 100 % is explained as an input error", () => {
  const error = thrown(() => oee({ ...vorneSeconds, idealCycleTime: 2 }));
  assert.match(error.reason, /too long for the count/);
  assert.match(error.reason, /performance above 100 %/);
});

test("random junk never traps the instance: every call returns or throws an OpscalcError", () => {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const junk = [0, -0, -1, 1e308, 5e-324, Number.NaN, Infinity, "", null, undefined, true, [], {}];
  const keys = ["plannedProductionTime", "downtime", "idealCycleTime", "idealRunRate", "totalCount", "goodCount", "calendarTime"];
  for (let round = 0; round < 1000; round += 1) {
    const options = {};
    for (const key of keys) if (random() < 0.8) options[key] = random() < 0.3 ? junk[Math.floor(random() * junk.length)] : random() * 1000;
    try {
      const result = oee(options);
      assert.ok(result.oee >= 0 && result.oee <= 1, `${result.oee}`);
    } catch (error) {
      assert.equal(error.name, "OpscalcError", `${error}`);
    }
  }
  assertClose(oee(vorneSeconds).oee, 18848 / 25200);
});

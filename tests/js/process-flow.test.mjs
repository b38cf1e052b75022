// The process flow analysis through the wasm package: hand-computed figures, the time
// units, ties, demand, the result's shape, and the errors a JS caller sees.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { processFlow } = opscalc;

// Hand-computed, after Cachon & Terwiesch, Matching Supply with Demand, process analysis chapter.
const workshop = [
  { id: "cut", unitTime: 4 },
  { id: "sew", name: "Sewing", unitTime: 5, resources: 2 },
  { id: "pack", unitTime: 3 },
];

test("capacities 15, 24 and 20 an hour: cut is the bottleneck, cycle 4 min, flow time 12 min", () => {
  const result = processFlow({ steps: workshop });
  assert.deepEqual(result.steps.map((step) => step.capacityPerHour), [15, 24, 20]);
  assert.deepEqual(result.bottlenecks, ["cut"]);
  assert.equal(result.processCapacityPerHour, 15);
  assert.equal(result.cycleTime, 4);
  assert.equal(result.flowTime, 12);
  assert.equal(result.throughputPerHour, 15);
  assert.equal(result.timeUnit, "minute");
  assert.equal(result.timeUnitsPerHour, 60);
  assert.deepEqual(result.steps.map((step) => step.utilization), [1, 0.625, 0.75]);
  assert.ok(!("demandRate" in result) && !("constraint" in result));
  assert.deepEqual(result.steps[1], {
    id: "sew", name: "Sewing", resources: 2, unitTime: 5, capacityPerHour: 24, isBottleneck: false, utilization: 0.625, cannotKeepUp: false,
  });
  assert.deepEqual(Object.keys(result.steps[0]).sort(), [
    "cannotKeepUp", "capacityPerHour", "id", "isBottleneck", "resources", "unitTime", "utilization",
  ]);
});

test("demand of 18 an hour: capacity-constrained at 15, cut's implied utilization 120 % cannot keep up", () => {
  const result = processFlow({ steps: workshop, demandRate: 18 });
  assert.equal(result.throughputPerHour, 15);
  assert.equal(result.constraint, "capacity");
  assert.deepEqual(result.steps.map((step) => step.impliedUtilization), [1.2, 0.75, 0.9]);
  assert.deepEqual(result.steps.map((step) => step.cannotKeepUp), [true, false, false]);
  const met = processFlow({ steps: workshop, demandRate: 12 });
  assert.equal(met.constraint, "demand");
  assert.equal(met.throughputPerHour, 12);
});

test("steps given per hour, in seconds or hours; ties are all bottlenecks", () => {
  const bakery = processFlow({
    steps: [
      { id: "mix", capacityPerHour: 60, resources: 2 },
      { id: "proof", capacityPerHour: 25, resources: 4 },
      { id: "bake", capacityPerHour: 30, resources: 4 },
      { id: "pack", capacityPerHour: 100 },
    ],
  });
  assert.deepEqual(bakery.bottlenecks, ["proof", "pack"]);
  assert.deepEqual(bakery.steps.map((step) => step.unitTime), [1, 2.4, 2, 0.6]);
  assertClose(bakery.cycleTime, 0.6);
  const seconds = processFlow({ steps: [{ id: "a", unitTime: 45 }], timeUnit: "second" });
  assert.equal(seconds.processCapacityPerHour, 80);
  assert.equal(seconds.cycleTime, 45);
  const hours = processFlow({ steps: [{ id: "a", unitTime: 0.25 }], timeUnit: "hour" });
  assert.equal(hours.processCapacityPerHour, 4);
});

const withStep = (index, changes) => ({ steps: workshop.map((step, i) => (i === index ? { ...step, ...changes } : step)) });
const cases = [
  ["no steps", () => processFlow({ steps: [] }), "out_of_range", "steps"],
  ["101 steps", () => processFlow({ steps: Array.from({ length: 101 }, (_, i) => ({ id: `s${i}`, unitTime: 1 })) }), "too_large", "steps"],
  ["neither unit time nor capacity", () => processFlow(withStep(2, { unitTime: undefined })), "missing_field", "steps[2].unitTime"],
  ["both unit time and capacity", () => processFlow(withStep(1, { capacityPerHour: 20 })), "conflicting_fields", "steps[1].unitTime"],
  ["a zero unit time", () => processFlow(withStep(0, { unitTime: 0 })), "not_positive", "steps[0].unitTime"],
  ["a negative capacity", () => processFlow(withStep(0, { unitTime: undefined, capacityPerHour: -3 })), "not_positive", "steps[0].capacityPerHour"],
  ["zero resources", () => processFlow(withStep(1, { resources: 0 })), "not_positive", "steps[1].resources"],
  ["fractional resources", () => processFlow(withStep(1, { resources: 1.5 })), "invalid_type", "steps[1].resources"],
  ["negative resources", () => processFlow(withStep(1, { resources: -1 })), "out_of_range", "steps[1].resources"],
  ["a duplicate id", () => processFlow(withStep(2, { id: "cut" })), "duplicate_id", "steps[2].id"],
  ["an empty id", () => processFlow(withStep(0, { id: "" })), "invalid_input", "steps[0].id"],
  ["a missing id", () => processFlow({ steps: [{ unitTime: 1 }] }), "missing_field", "steps[0].id"],
  ["a negative demand", () => processFlow({ steps: workshop, demandRate: -1 }), "negative", "demandRate"],
  ["an unknown time unit", () => processFlow({ steps: workshop, timeUnit: "day" }), "out_of_range", "timeUnit"],
  ["a misspelled step field", () => processFlow(withStep(0, { unittime: 4 })), "unknown_field", "steps[0].unittime"],
  ["an overflowing capacity", () => processFlow({ steps: [{ id: "a", unitTime: 1e-310 }] }), "numeric_range", "steps[0]"],
];

for (const [description, call, code, field] of cases) {
  test(`${description}: throws ${code} at "${field}"`, () => {
    assert.deepEqual(errorOf(call), [code, field]);
    assert.equal(processFlow({ steps: workshop }).cycleTime, 4, "the instance keeps working");
  });
}

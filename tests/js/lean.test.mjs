// Lean flow measures through the wasm package: process cycle efficiency and the number
// of kanbans, with the textbook figures, the shapes and the errors a JS caller sees.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { processCycleEfficiency, kanbanCount } = opscalc;

// Hand-computed, after George, Lean Six Sigma: 15 value-added minutes in 5 days (7,200 minutes).
const order = [
  { name: "Wait in the order queue", time: 1440, valueAdded: false },
  { name: "Enter the order", time: 5, valueAdded: true },
  { name: "Wait for a credit check", time: 2880, valueAdded: false },
  { name: "Machine the part", time: 8, valueAdded: true },
  { name: "Wait to be shipped", time: 2865, valueAdded: false },
  { name: "Pack", time: 2, valueAdded: true },
];

test("PCE: 15 value-added minutes in a 5-day lead time is 15 / 7,200 = 0.208 %", () => {
  const result = processCycleEfficiency({ activities: order });
  assert.equal(result.valueAddedTime, 15);
  assert.equal(result.nonValueAddedTime, 7185);
  assert.equal(result.leadTime, 7200);
  assertClose(result.efficiency, 1 / 480);
  assert.deepEqual(result.activities.map((span) => [span.start, span.end]), [[0, 1440], [1440, 1445], [1445, 4325], [4325, 4333], [4333, 7198], [7198, 7200]]);
  assert.deepEqual(Object.keys(result.activities[1]).sort(), ["end", "name", "share", "start", "time", "valueAdded"]);
  assert.equal(result.activities[1].valueAdded, true);
});

test("PCE from the two totals", () => {
  const result = processCycleEfficiency({ valueAddedTime: 15, leadTime: 7200 });
  assertClose(result.efficiency, 1 / 480);
  assert.deepEqual(result.activities, []);
});

test("Heizer & Render, Hobbs Bakery: (1,000 + 250) / 250 = 5 kanbans", () => {
  const result = kanbanCount({ demandRate: 500, leadTime: 2, safetyStock: 250, containerSize: 250 });
  assert.deepEqual(result, {
    demandDuringLeadTime: 1000,
    safetyStock: 250,
    exactKanbans: 5,
    kanbans: 5,
    authorizedInventory: 1250,
    timeCovered: 2.5,
  });
});

test("Stevenson's form (hand-computed): 100 × 1.5 × 1.1 / 84 = 1.96, rounded up to 2; an exact 11 stays 11", () => {
  const result = kanbanCount({ demandRate: 100, leadTime: 1.5, safetyFactor: 0.1, containerSize: 84 });
  assert.equal(result.exactKanbans.toFixed(2), "1.96");
  assert.equal(result.kanbans, 2);
  assert.equal(result.safetyFactor, 0.1);
  assertClose(result.safetyStock, 15);
  const whole = kanbanCount({ demandRate: 100, leadTime: 2, safetyFactor: 0.1, containerSize: 20 });
  assert.equal(whole.kanbans, 11);
});

const cases = [
  // [description, call, code, field]
  ["PCE: no activities", () => processCycleEfficiency({ activities: [] }), "out_of_range", "activities"],
  ["PCE: nothing given", () => processCycleEfficiency({}), "missing_field", "activities"],
  ["PCE: activities and totals", () => processCycleEfficiency({ activities: order, leadTime: 7200 }), "conflicting_fields", "leadTime"],
  ["PCE: a value-added time alone", () => processCycleEfficiency({ valueAddedTime: 15 }), "missing_field", "leadTime"],
  ["PCE: value above the lead time", () => processCycleEfficiency({ valueAddedTime: 20, leadTime: 10 }), "out_of_range", "valueAddedTime"],
  ["PCE: a negative time", () => processCycleEfficiency({ activities: [{ ...order[1], time: -1 }] }), "negative", "activities[0].time"],
  ["PCE: an empty name", () => processCycleEfficiency({ activities: [order[0], { ...order[1], name: "" }] }), "invalid_input", "activities[1].name"],
  ["PCE: only waiting", () => processCycleEfficiency({ activities: [order[0]] }), "not_positive", "activities"],
  ["PCE: a flag that is not a boolean", () => processCycleEfficiency({ activities: [{ ...order[1], valueAdded: "yes" }] }), "invalid_type", "activities[0].valueAdded"],
  ["PCE: a missing flag", () => processCycleEfficiency({ activities: [{ name: "Cut", time: 1 }] }), "missing_field", "activities[0].valueAdded"],
  ["kanban: zero container", () => kanbanCount({ demandRate: 500, leadTime: 2, containerSize: 0 }), "not_positive", "containerSize"],
  ["kanban: safety stock and factor", () => kanbanCount({ demandRate: 500, leadTime: 2, safetyStock: 250, safetyFactor: 0.1, containerSize: 250 }), "conflicting_fields", "safetyFactor"],
  ["kanban: negative safety stock", () => kanbanCount({ demandRate: 500, leadTime: 2, safetyStock: -1, containerSize: 250 }), "negative", "safetyStock"],
  ["kanban: missing lead time", () => kanbanCount({ demandRate: 500, containerSize: 250 }), "missing_field", "leadTime"],
  ["kanban: NaN demand", () => kanbanCount({ demandRate: Number.NaN, leadTime: 2, containerSize: 250 }), "not_finite", "demandRate"],
  ["kanban: more kanbans than a u32", () => kanbanCount({ demandRate: 1e10, leadTime: 2, containerSize: 1 }), "numeric_range", ""],
];

for (const [description, call, code, field] of cases) {
  test(`${description}: throws ${code} at "${field}"`, () => {
    assert.deepEqual(errorOf(call), [code, field]);
  });
}

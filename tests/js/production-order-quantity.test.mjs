// The economic production quantity through the wasm package: textbook figures, the
// result's shape, the cost curve and every error a JS caller can make.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, thrown } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { productionOrderQuantity, productionOrderQuantityCostCurve } = opscalc;

// Stevenson, Operations Management, Inventory Management chapter: 48,000 wheels a year,
// made at 800 a day over 240 working days, S = $45 a run, H = $1 a wheel a year.
const wheels = { demand: 48000, productionRate: 800 * 240, setupCost: 45, holdingCost: 1, workingDays: 240 };

test("Stevenson's toy wheels: Q = 2,400, 12-day cycle, 3-day run, Imax = 1,800, TC = $900 + $900", () => {
  const result = productionOrderQuantity(wheels);
  assertClose(result.quantity, 2400);
  assertClose(result.cycleTimeDays, 12);
  assertClose(result.productionRunTimeDays, 3);
  assertClose(result.maxInventory, 1800);
  assertClose(result.setupCostPerPeriod, 900);
  assertClose(result.holdingCostPerPeriod, 900);
  assertClose(result.totalCost, 1800);
  assertClose(result.dailyDemand, 200);
  assertClose(result.dailyProductionRate, 800);
  assertClose(result.buildUpFraction, 0.75);
  assertClose(result.runsPerPeriod, 20);
});

test("Heizer & Render's Nathan Manufacturing hubcaps: Q* = √80,000 ≈ 283", () => {
  const result = productionOrderQuantity({ demand: 1000, productionRate: 8 * 250, setupCost: 10, holdingCost: 0.5 });
  assertClose(result.quantity, Math.sqrt(80000));
  assert.equal(Math.round(result.quantity), 283);
});

test("the result is a plain object with the documented fields; day figures only with working days", () => {
  const { workingDays, ...perYear } = wheels;
  const result = productionOrderQuantity(perYear);
  assert.equal(Object.getPrototypeOf(result), Object.prototype);
  assert.deepEqual(Object.keys(result).sort(), [
    "averageInventory", "buildUpFraction", "cycleTime", "holdingCost", "holdingCostPerPeriod", "inventoryProfile",
    "maxInventory", "productionRunTime", "quantity", "runsPerPeriod", "setupCostPerPeriod", "totalCost",
  ]);
  const withDays = Object.keys(productionOrderQuantity(wheels));
  for (const key of ["cycleTimeDays", "productionRunTimeDays", "dailyDemand", "dailyProductionRate"]) {
    assert.ok(withDays.includes(key), key);
  }
});

test("the inventory profile: 0 → Imax at the end of the run → 0 at the cycle end", () => {
  const { inventoryProfile } = productionOrderQuantity(wheels);
  assert.deepEqual(inventoryProfile, { time: [0, 0.0125, 0.05], level: [0, 1800, 0] });
});

test("holding cost as a rate: 25% of a $4 wheel is Stevenson's $1", () => {
  const { holdingCost, ...rest } = wheels;
  const result = productionOrderQuantity({ ...rest, holdingRate: 0.25, unitCost: 4 });
  assertClose(result.holdingCost, 1);
  assertClose(result.quantity, 2400);
});

test("the cost curve: runs of 1,200 and 4,800 each cost $2,250, 25% above the optimum", () => {
  const curve = productionOrderQuantityCostCurve({ model: wheels, minQuantity: 1200, maxQuantity: 4800, points: 4 });
  assert.deepEqual(curve.quantity, [1200, 2400, 3600, 4800]);
  assert.deepEqual(curve.setupCostPerPeriod, [1800, 900, 600, 450]);
  assert.deepEqual(curve.holdingCostPerPeriod, [450, 900, 1350, 1800]);
  assert.deepEqual(curve.totalCost, [2250, 1800, 1950, 2250]);
  assertClose(curve.costPenalty[0], 0.25);
  assert.equal(curve.costPenalty[1], 0);
  assertClose(curve.optimalQuantity, 2400);
  assertClose(curve.minimumTotalCost, 1800);
});

test("the default cost curve: 101 points from Q*/5 to 3Q*", () => {
  const curve = productionOrderQuantityCostCurve({ model: wheels });
  for (const column of ["quantity", "setupCostPerPeriod", "holdingCostPerPeriod", "totalCost", "costPenalty"]) {
    assert.equal(curve[column].length, 101, column);
  }
  assertClose(curve.quantity[0], 480);
  assertClose(curve.quantity[100], 7200);
});

const errorCases = [
  // [description, call, code, field]
  ["production rate equal to demand", () => productionOrderQuantity({ ...wheels, productionRate: 48000 }), "out_of_range", "productionRate"],
  ["production rate below demand", () => productionOrderQuantity({ ...wheels, productionRate: 800 }), "out_of_range", "productionRate"],
  ["zero production rate", () => productionOrderQuantity({ ...wheels, productionRate: 0 }), "not_positive", "productionRate"],
  ["NaN setup cost", () => productionOrderQuantity({ ...wheels, setupCost: Number.NaN }), "not_finite", "setupCost"],
  ["negative demand", () => productionOrderQuantity({ ...wheels, demand: -1 }), "not_positive", "demand"],
  ["zero working days", () => productionOrderQuantity({ ...wheels, workingDays: 0 }), "not_positive", "workingDays"],
  ["missing production rate", () => productionOrderQuantity({ demand: 1, setupCost: 1, holdingCost: 1 }), "missing_field", "productionRate"],
  ["an EOQ option name (orderingCost)", () => productionOrderQuantity({ ...wheels, orderingCost: 45 }), "unknown_field", "orderingCost"],
  ["holding cost and rate together", () => productionOrderQuantity({ ...wheels, holdingRate: 0.2 }), "conflicting_fields", "holdingRate"],
  ["no holding cost", () => productionOrderQuantity({ demand: 1, productionRate: 2, setupCost: 1 }), "missing_field", "holdingCost"],
  ["a string for a number", () => productionOrderQuantity({ ...wheels, productionRate: "192000" }), "invalid_type", "productionRate"],
  ["overflow", () => productionOrderQuantity({ demand: 1e300, productionRate: 2e300, setupCost: 1e300, holdingCost: 1e-300 }), "numeric_range", ""],
  ["curve: production rate below demand", () => productionOrderQuantityCostCurve({ model: { ...wheels, productionRate: 1 } }), "out_of_range", "model.productionRate"],
  ["curve: misspelled model field", () => productionOrderQuantityCostCurve({ model: { ...wheels, setupcost: 1 } }), "unknown_field", "model.setupcost"],
  ["curve: missing model", () => productionOrderQuantityCostCurve({}), "missing_field", "model"],
  ["curve: one point", () => productionOrderQuantityCostCurve({ model: wheels, points: 1 }), "out_of_range", "points"],
  ["curve: max not above min", () => productionOrderQuantityCostCurve({ model: wheels, minQuantity: 5, maxQuantity: 5 }), "out_of_range", "maxQuantity"],
];

for (const [description, call, code, field] of errorCases) {
  test(`${description}: throws ${code} at "${field}"`, () => {
    const error = thrown(call);
    assert.equal(error.code, code);
    assert.equal(error.field, field);
    assertClose(productionOrderQuantity(wheels).quantity, 2400);
  });
}

test("production rate not above demand says why, without the field name", () => {
  const error = thrown(() => productionOrderQuantity({ ...wheels, productionRate: 100 }));
  assert.equal(error.reason, "must be greater than the demand rate");
  assert.equal(error.message, "productionRate: must be greater than the demand rate");
});

test("random junk never traps the instance", () => {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const junk = [0, -1, 1e308, 5e-324, Number.NaN, Infinity, "", "12", null, undefined, true, [], {}, 10n];
  const keys = ["demand", "productionRate", "setupCost", "holdingCost", "holdingRate", "unitCost", "workingDays", "x"];
  for (let round = 0; round < 1000; round += 1) {
    const options = {};
    for (const key of keys) {
      if (random() < 0.75) options[key] = random() < 0.4 ? junk[Math.floor(random() * junk.length)] : random() * 1000;
    }
    for (const call of [() => productionOrderQuantity(options), () => productionOrderQuantityCostCurve({ model: options, points: 3 })]) {
      try {
        const result = call();
        assert.ok(Number.isFinite(result.quantity?.[0] ?? result.quantity));
      } catch (error) {
        assert.equal(error.name, "OpscalcError", `${error}`);
      }
    }
  }
  assertClose(productionOrderQuantity(wheels).quantity, 2400);
});

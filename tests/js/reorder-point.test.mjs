// The reorder point, the periodic review and rate conversion through the wasm package:
// the textbook figures and shapes a JS caller sees. Textbooks use table z (1.65 for
// 95 %); the library uses the exact z, so results differ from print in the last digit.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { reorderPoint, periodicReview, convertRate } = opscalc;

test("Heizer & Render, Memphis Regional Hospital: mean 350, σ 10, 95 %: SS 16.45 (16.5 printed), ROP 366.45 → 367", () => {
  const result = reorderPoint({ demandRate: 350, demandSd: 10, leadTime: 1, serviceLevel: 0.95 });
  assertClose(result.z, 1.6448536269514727);
  assertClose(result.safetyStock, 16.448536269514727);
  assertClose(result.reorderPoint, 366.44853626951473);
  assert.equal(Math.ceil(result.reorderPoint), 367);
  assert.equal(result.serviceLevel, 0.95);
  assertClose(result.stockoutProbability, 0.05, 1e-14);
  assert.equal(result.variability, "demandOnly");
  assert.ok(!("fillRate" in result), "no order quantity, no fill rate");
});

test("Heizer & Render, Circuit Town iPods: d 15, σ_d 5, L 2, 90 %: σ = 7.07, ROP ≈ 39", () => {
  const result = reorderPoint({ demandRate: 15, demandSd: 5, leadTime: 2, serviceLevel: 0.9 });
  assertClose(result.sigmaLeadTimeDemand, 5 * Math.SQRT2);
  assertClose(result.meanLeadTimeDemand, 30);
  assertClose(result.reorderPoint, 39.061938024368232);
  assert.equal(Math.round(result.reorderPoint), 39);
});

test("Heizer & Render, Circuit Town iPads: d 10 constant, L 6 with σ_L 1, 98 %: σ = 10, ROP 80.54 (80.55 printed) → 81", () => {
  const result = reorderPoint({ demandRate: 10, demandSd: 0, leadTime: 6, leadTimeSd: 1, serviceLevel: 0.98 });
  assert.equal(result.variability, "leadTimeOnly");
  assert.equal(result.sigmaLeadTimeDemand, 10);
  assertClose(result.reorderPoint, 80.537489106318231);
  assert.equal(Math.ceil(result.reorderPoint), 81);
});

test("Heizer & Render, Circuit Town routers: d 150, σ_d 16, L 5, σ_L 1, 95 %: σ = √23,780 = 154.2", () => {
  const result = reorderPoint({ demandRate: 150, demandSd: 16, leadTime: 5, leadTimeSd: 1, serviceLevel: 0.95 });
  assert.equal(result.variability, "both");
  assertClose(result.sigmaLeadTimeDemand, Math.sqrt(23780));
  // Exact z: 1,003.65; the book's table z of 1.65 prints 1,004.4.
  assertClose(result.reorderPoint, 1003.6490160406481);
});

test("Chopra & Meindl: Q 10,000, ROP 6,000 (safety inventory 1,000): ESC ≈ 25, fill rate ≈ 0.9975", () => {
  // ROP 6,000 is z = √2; Φ(√2) = 0.92135039647485743 (mpmath).
  const result = reorderPoint({ demandRate: 2500, demandSd: 500, leadTime: 2, serviceLevel: 0.92135039647485743, orderQuantity: 10000 });
  assertClose(result.safetyStock, 1000, 1e-9);
  assertClose(result.expectedShortagePerCycle, 25.127270830006111, 1e-9);
  assertClose(result.fillRate, 0.99748727291699939, 1e-12);
  assert.equal(result.fillRate.toFixed(4), "0.9975");
});

test("a fill-rate target: 97.5 % with Q 10,000 gives z 0.0943 and safety stock 66.7 (hand-computed after Chopra & Meindl)", () => {
  const result = reorderPoint({ demandRate: 2500, demandSd: 500, leadTime: 2, fillRate: 0.975, orderQuantity: 10000 });
  assertClose(result.z, 0.094324591025024906, 1e-12);
  assertClose(result.safetyStock, 66.697557946442871, 1e-12);
  assertClose(result.serviceLevel, 0.53757434190743901, 1e-12);
  assertClose(result.fillRate, 0.975, 1e-14);
});

test("the reorder point result is a plain object with the documented fields", () => {
  const result = reorderPoint({ demandRate: 15, demandSd: 5, leadTime: 2, serviceLevel: 0.9, orderQuantity: 100 });
  assert.equal(Object.getPrototypeOf(result), Object.prototype);
  assert.deepEqual(Object.keys(result).sort(), [
    "expectedShortagePerCycle", "fillRate", "meanLeadTimeDemand", "reorderPoint", "safetyStock", "serviceLevel",
    "sigmaLeadTimeDemand", "stockoutProbability", "unitNormalLoss", "variability", "z",
  ]);
});

test("Stevenson, fixed order interval: d 30, σ_d 3, R 7, L 2, 99 %, 71 on hand: order ≈ 220", () => {
  const result = periodicReview({ demandRate: 30, demandSd: 3, reviewPeriod: 7, leadTime: 2, serviceLevel: 0.99, onHand: 71 });
  assert.equal(result.protectionInterval, 9);
  assert.equal(result.sigmaProtection, 9);
  assertClose(result.orderUpToLevel, 290.93713086636757);
  assertClose(result.orderQuantity, 219.93713086636757);
  assert.equal(Math.round(result.orderQuantity), 220);
  assert.equal(result.onHandAboveTarget, false);
});

test("periodic review: without onHand no order is given; above the target, nothing is ordered", () => {
  const options = { demandRate: 30, demandSd: 3, reviewPeriod: 7, leadTime: 2, serviceLevel: 0.99 };
  const plain = periodicReview(options);
  assert.ok(!("orderQuantity" in plain) && !("onHandAboveTarget" in plain));
  const above = periodicReview({ ...options, onHand: 400 });
  assert.equal(above.orderQuantity, 0);
  assert.equal(above.onHandAboveTarget, true);
});

test("convertRate: 8,000 a year over 250 working days is 32 a day; σ scales with √time", () => {
  assert.deepEqual(convertRate({ rate: 8000, fromPeriod: 250, toPeriod: 1 }), { rate: 32, factor: 0.004, sdFactor: Math.sqrt(0.004) });
  const twoWeeks = convertRate({ rate: 2500, sd: 500, fromPeriod: 1, toPeriod: 2 });
  assert.equal(twoWeeks.rate, 5000);
  assertClose(twoWeeks.sd, 500 * Math.SQRT2);
});

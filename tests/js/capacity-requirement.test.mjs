// The capacity requirement through the wasm package: the textbook figures, the result's
// shape, and the errors a JS caller sees, with paths into the product list.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { capacityRequirement } = opscalc;

// Stevenson, Operations Management, capacity planning chapter: one 8-hour shift, 250 days.
const stevenson = [
  { id: "#1", demand: 400, processingTime: 5 },
  { id: "#2", demand: 300, processingTime: 8 },
  { id: "#3", demand: 700, processingTime: 2 },
];
// Krajewski, Ritzman & Malhotra, Operations Management, capacity planning chapter: the copy center.
const copyCenter = {
  products: [
    { id: "X", demand: 2000, processingTime: 0.5, setupTime: 0.25, lotSize: 20 },
    { id: "Y", demand: 6000, processingTime: 0.7, setupTime: 0.4, lotSize: 30 },
  ],
  availableTime: 2000,
  cushion: 0.15,
};

test("Stevenson: 5,800 hours over 2,000 is 2.90 machines, so 3", () => {
  const result = capacityRequirement({ products: stevenson, availableTime: 2000 });
  assert.deepEqual(result.products.map((product) => product.timeNeeded), [2000, 2400, 1400]);
  assert.equal(result.timeNeeded, 5800);
  assertClose(result.exactRequirement, 2.9);
  assert.equal(result.machines, 3);
  assert.equal(result.cushion, 0);
  assertClose(result.utilization, 5800 / 6000);
  assert.deepEqual(result.products[0], { id: "#1", processingTimeNeeded: 2000, setupTimeNeeded: 0, timeNeeded: 2000 });
});

test("hand-computed after Stevenson, with setups: 136.67 setup hours, 2.97 machines, still 3", () => {
  const lots = [[3, 20], [4, 40], [2, 30]];
  const products = stevenson.map((product, index) => ({ ...product, setupTime: lots[index][0], lotSize: lots[index][1] }));
  const result = capacityRequirement({ products, availableTime: 2000 });
  assert.equal(result.setupTimeNeeded.toFixed(2), "136.67");
  assert.equal(result.exactRequirement.toFixed(2), "2.97");
  assert.equal(result.machines, 3);
  assertClose(result.products[1].setups, 7.5);
});

test("Krajewski's copy center: M = 5,305 / 1,700 = 3.12, so four machines", () => {
  const result = capacityRequirement(copyCenter);
  assert.equal(result.products[0].timeNeeded, 1025);
  assertClose(result.products[1].timeNeeded, 4280);
  assertClose(result.timeNeeded, 5305);
  assertClose(result.availableTimeAfterCushion, 1700);
  assert.equal(result.exactRequirement.toFixed(2), "3.12");
  assert.equal(result.machines, 4);
  assertClose(result.resultingCushion, 2695 / 8000);
  assert.deepEqual(Object.keys(result).sort(), [
    "availableTimeAfterCushion", "cushion", "exactRequirement", "machines", "processingTimeNeeded", "products",
    "resultingCushion", "setupTimeNeeded", "timeNeeded", "utilization",
  ]);
});

test("products without ids are fine", () => {
  const result = capacityRequirement({ products: [{ demand: 10, processingTime: 1 }], availableTime: 20 });
  assert.equal(result.machines, 1);
  assert.ok(!("id" in result.products[0]));
});

const withProduct = (index, changes) => ({
  ...copyCenter,
  products: copyCenter.products.map((product, i) => (i === index ? { ...product, ...changes } : product)),
});
const cases = [
  ["no products", () => capacityRequirement({ products: [], availableTime: 2000 }), "out_of_range", "products"],
  ["too many products", () => capacityRequirement({ products: Array.from({ length: 10001 }, () => ({ demand: 1, processingTime: 1 })), availableTime: 1 }), "too_large", "products"],
  ["a setup time without a lot size", () => capacityRequirement(withProduct(1, { lotSize: undefined })), "missing_field", "products[1].lotSize"],
  ["a lot size without a setup time", () => capacityRequirement(withProduct(0, { setupTime: undefined })), "missing_field", "products[0].setupTime"],
  ["a zero lot size", () => capacityRequirement(withProduct(1, { lotSize: 0 })), "not_positive", "products[1].lotSize"],
  ["a negative setup time", () => capacityRequirement(withProduct(0, { setupTime: -1 })), "negative", "products[0].setupTime"],
  ["a zero demand", () => capacityRequirement(withProduct(1, { demand: 0 })), "not_positive", "products[1].demand"],
  ["a NaN processing time", () => capacityRequirement(withProduct(0, { processingTime: Number.NaN })), "not_finite", "products[0].processingTime"],
  ["a duplicate id", () => capacityRequirement(withProduct(1, { id: "X" })), "duplicate_id", "products[1].id"],
  ["an empty id", () => capacityRequirement(withProduct(1, { id: "" })), "invalid_input", "products[1].id"],
  ["a misspelled product field", () => capacityRequirement(withProduct(0, { lotsize: 3 })), "unknown_field", "products[0].lotsize"],
  ["a zero available time", () => capacityRequirement({ ...copyCenter, availableTime: 0 }), "not_positive", "availableTime"],
  ["a cushion as a percentage", () => capacityRequirement({ ...copyCenter, cushion: 15 }), "out_of_range", "cushion"],
  ["a negative cushion", () => capacityRequirement({ ...copyCenter, cushion: -0.1 }), "negative", "cushion"],
  ["missing available time", () => capacityRequirement({ products: stevenson }), "missing_field", "availableTime"],
  ["more machines than a count holds", () => capacityRequirement({ products: [{ demand: 1e12, processingTime: 1 }], availableTime: 1 }), "numeric_range", ""],
];

for (const [description, call, code, field] of cases) {
  test(`${description}: throws ${code} at "${field}"`, () => {
    assert.deepEqual(errorOf(call), [code, field]);
    assert.equal(capacityRequirement(copyCenter).machines, 4, "the instance keeps working");
  });
}

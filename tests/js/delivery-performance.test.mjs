// Delivery performance (on-time delivery, order and unit fill rates) through the wasm
// package: the figures, the result's shape, and the errors a JS caller sees.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { deliveryPerformance } = opscalc;

test("108 of 120 orders on time is an on-time rate of 90 %, 12 late (hand-computed)", () => {
  assert.deepEqual(deliveryPerformance({ orders: 120, onTimeOrders: 108 }), { orders: 120, onTimeRate: 0.9, lateOrders: 12 });
});

test("the Aldo Inc. exercise: unit fill rate 80 %, order fill rate 70 %", () => {
  const result = deliveryPerformance({ orders: 500, completeOrders: 350, unitsOrdered: 16000, unitsDelivered: 12800 });
  assertClose(result.unitFillRate, 0.8);
  assertClose(result.orderFillRate, 0.7);
  assert.equal(result.unitsShort, 3200);
  assert.equal(result.incompleteOrders, 150);
  assert.equal(result.onTimeRate, undefined);
  assert.deepEqual(Object.keys(result).sort(), ["incompleteOrders", "orderFillRate", "orders", "unitFillRate", "unitsShort"]);
});

const valid = { orders: 120, onTimeOrders: 108 };
const cases = [
  ["no orders", () => deliveryPerformance({ orders: 0, onTimeOrders: 0 }), "not_positive", "orders"],
  ["more on time than orders", () => deliveryPerformance({ orders: 10, onTimeOrders: 11 }), "out_of_range", "onTimeOrders"],
  ["more complete than orders", () => deliveryPerformance({ orders: 10, completeOrders: 12 }), "out_of_range", "completeOrders"],
  ["half an order", () => deliveryPerformance({ orders: 10.5, onTimeOrders: 1 }), "invalid_type", "orders"],
  ["a negative count", () => deliveryPerformance({ orders: 10, onTimeOrders: -1 }), "out_of_range", "onTimeOrders"],
  ["more delivered than ordered", () => deliveryPerformance({ orders: 1, unitsOrdered: 10, unitsDelivered: 11 }), "out_of_range", "unitsDelivered"],
  ["units ordered alone", () => deliveryPerformance({ orders: 1, unitsOrdered: 10 }), "missing_field", "unitsDelivered"],
  ["no measure", () => deliveryPerformance({ orders: 5 }), "missing_field", "onTimeOrders"],
  ["zero units ordered", () => deliveryPerformance({ orders: 1, unitsOrdered: 0, unitsDelivered: 0 }), "not_positive", "unitsOrdered"],
  ["a misspelled option", () => deliveryPerformance({ ...valid, ontimeOrders: 1 }), "unknown_field", "ontimeOrders"],
];

for (const [description, call, code, field] of cases) {
  test(`${description}: throws ${code} at "${field}"`, () => {
    assert.deepEqual(errorOf(call), [code, field]);
    assert.equal(deliveryPerformance(valid).lateOrders, 12, "the instance keeps working");
  });
}

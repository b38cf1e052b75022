// Errors of the models under uncertainty through the wasm package: each bad input
// throws an OpscalcError with a stable code and the camelCase path of the field,
// including paths inside the `demand` union, and the instance keeps working.
import assert from "node:assert/strict";
import { test } from "node:test";
import { thrown } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { reorderPoint, periodicReview, newsvendor, newsvendorOutcome, demandDensity, convertRate } = opscalc;

const rop = { demandRate: 15, demandSd: 5, leadTime: 2, serviceLevel: 0.9 };
const review = { demandRate: 30, demandSd: 3, reviewPeriod: 7, leadTime: 2, serviceLevel: 0.99 };
const normal = { distribution: "normal", mean: 100, sd: 10 };
const costs = { underageCost: 3, overageCost: 2 };
const withDemand = (demand) => ({ ...costs, demand });
const discrete = (values, probabilities) => withDemand({ distribution: "discrete", values, probabilities });

const cases = [
  // [description, call, code, field]
  ["negative demand rate", () => reorderPoint({ ...rop, demandRate: -1 }), "not_positive", "demandRate"],
  ["NaN demand sd", () => reorderPoint({ ...rop, demandSd: Number.NaN }), "not_finite", "demandSd"],
  ["no variability at all", () => reorderPoint({ ...rop, demandSd: 0 }), "not_positive", "demandSd"],
  ["negative lead-time sd", () => reorderPoint({ ...rop, leadTimeSd: -1 }), "negative", "leadTimeSd"],
  ["zero lead time", () => reorderPoint({ ...rop, leadTime: 0 }), "not_positive", "leadTime"],
  ["service level as a percentage", () => reorderPoint({ ...rop, serviceLevel: 95 }), "out_of_range", "serviceLevel"],
  ["service level of 1", () => reorderPoint({ ...rop, serviceLevel: 1 }), "out_of_range", "serviceLevel"],
  ["service level and fill rate", () => reorderPoint({ ...rop, fillRate: 0.99, orderQuantity: 100 }), "conflicting_fields", "fillRate"],
  ["neither service level nor fill rate", () => reorderPoint({ demandRate: 15, demandSd: 5, leadTime: 2 }), "missing_field", "serviceLevel"],
  ["fill rate without order quantity", () => reorderPoint({ demandRate: 15, demandSd: 5, leadTime: 2, fillRate: 0.99 }), "missing_field", "orderQuantity"],
  ["fill rate of 0", () => reorderPoint({ demandRate: 15, demandSd: 5, leadTime: 2, fillRate: 0, orderQuantity: 10 }), "out_of_range", "fillRate"],
  ["zero order quantity", () => reorderPoint({ ...rop, orderQuantity: 0 }), "not_positive", "orderQuantity"],
  ["misspelled option", () => reorderPoint({ ...rop, leadtimeSd: 1 }), "unknown_field", "leadtimeSd"],
  ["a string number", () => reorderPoint({ ...rop, demandRate: "15" }), "invalid_type", "demandRate"],
  ["overflow", () => reorderPoint({ ...rop, demandRate: 1e200, leadTime: 1e200 }), "numeric_range", ""],

  ["periodic: zero review period", () => periodicReview({ ...review, reviewPeriod: 0 }), "not_positive", "reviewPeriod"],
  ["periodic: negative lead time", () => periodicReview({ ...review, leadTime: -1 }), "negative", "leadTime"],
  ["periodic: zero demand sd", () => periodicReview({ ...review, demandSd: 0 }), "not_positive", "demandSd"],
  ["periodic: missing service level", () => periodicReview({ ...review, serviceLevel: undefined }), "missing_field", "serviceLevel"],
  ["periodic: NaN on hand", () => periodicReview({ ...review, onHand: Number.NaN }), "not_finite", "onHand"],
  ["periodic: a fill rate is not an option", () => periodicReview({ ...review, fillRate: 0.9 }), "unknown_field", "fillRate"],

  ["newsvendor: costs and prices", () => newsvendor({ ...costs, price: 5, cost: 2, demand: normal }), "conflicting_fields", "price"],
  ["newsvendor: overage cost missing", () => newsvendor({ underageCost: 3, demand: normal }), "missing_field", "overageCost"],
  ["newsvendor: no costs", () => newsvendor({ demand: normal }), "missing_field", "underageCost"],
  ["newsvendor: price without cost", () => newsvendor({ price: 5, demand: normal }), "missing_field", "cost"],
  ["newsvendor: price not above cost", () => newsvendor({ price: 2, cost: 2, demand: normal }), "out_of_range", "price"],
  ["newsvendor: salvage not below cost", () => newsvendor({ price: 5, cost: 2, salvage: 2, demand: normal }), "out_of_range", "salvage"],
  ["newsvendor: negative salvage", () => newsvendor({ price: 5, cost: 2, salvage: -1, demand: normal }), "negative", "salvage"],
  ["newsvendor: zero underage cost", () => newsvendor({ ...costs, underageCost: 0, demand: normal }), "not_positive", "underageCost"],
  ["newsvendor: missing demand", () => newsvendor(costs), "missing_field", "demand"],
  ["demand: not an object", () => newsvendor(withDemand(100)), "invalid_type", "demand"],
  ["demand: missing distribution", () => newsvendor(withDemand({ mean: 1, sd: 1 })), "missing_field", "demand.distribution"],
  ["demand: unknown distribution", () => newsvendor(withDemand({ distribution: "poisson", mean: 4 })), "out_of_range", "demand.distribution"],
  ["demand: missing sd", () => newsvendor(withDemand({ distribution: "normal", mean: 1 })), "missing_field", "demand.sd"],
  ["demand: sd of the wrong type", () => newsvendor(withDemand({ ...normal, sd: "10" })), "invalid_type", "demand.sd"],
  ["demand: zero sd", () => newsvendor(withDemand({ ...normal, sd: 0 })), "not_positive", "demand.sd"],
  ["demand: negative mean", () => newsvendor(withDemand({ ...normal, mean: -5 })), "negative", "demand.mean"],
  ["demand: a misspelled field in a variant", () => newsvendor(withDemand({ ...normal, sdev: 10 })), "unknown_field", "demand.sdev"],
  ["demand: another variant's field", () => newsvendor(withDemand({ ...normal, min: 0 })), "unknown_field", "demand.min"],
  ["demand: uniform max not above min", () => newsvendor(withDemand({ distribution: "uniform", min: 5, max: 5 })), "out_of_range", "demand.max"],
  ["demand: uniform missing max", () => newsvendor(withDemand({ distribution: "uniform", min: 5 })), "missing_field", "demand.max"],
  ["demand: uniform with values", () => newsvendor(withDemand({ distribution: "uniform", min: 5, max: 6, values: [1] })), "unknown_field", "demand.values"],
  ["discrete: missing probabilities", () => newsvendor(withDemand({ distribution: "discrete", values: [1] })), "missing_field", "demand.probabilities"],
  ["discrete: a string among the values", () => newsvendor(discrete([1, "2"], [0.5, 0.5])), "invalid_type", "demand.values[1]"],
  ["discrete: values not an array", () => newsvendor(discrete(3, [1])), "invalid_type", "demand.values"],
  ["discrete: no values", () => newsvendor(discrete([], [])), "out_of_range", "demand.values"],
  ["discrete: lengths differ", () => newsvendor(discrete([1, 2], [1])), "out_of_range", "demand.probabilities"],
  ["discrete: values not increasing", () => newsvendor(discrete([1, 3, 2], [0.2, 0.3, 0.5])), "out_of_range", "demand.values[2]"],
  ["discrete: a negative probability", () => newsvendor(discrete([1, 2, 3], [0.5, 0.75, -0.25])), "negative", "demand.probabilities[2]"],
  ["discrete: probabilities not adding to 1", () => newsvendor(discrete([1, 2], [0.5, 0.4])), "out_of_range", "demand.probabilities"],
  ["discrete: too many values", () => newsvendor(discrete([...Array(10001).keys()], Array(10001).fill(1 / 10001))), "too_large", "demand.values"],

  ["outcome: negative quantity", () => newsvendorOutcome({ model: withDemand(normal), quantity: -1 }), "negative", "quantity"],
  ["outcome: missing quantity", () => newsvendorOutcome({ model: withDemand(normal) }), "missing_field", "quantity"],
  ["outcome: bad model demand", () => newsvendorOutcome({ model: withDemand({ ...normal, sd: -1 }), quantity: 1 }), "not_positive", "model.demand.sd"],
  ["outcome: model field of the wrong type", () => newsvendorOutcome({ model: withDemand({ ...normal, mean: "x" }), quantity: 1 }), "invalid_type", "model.demand.mean"],
  ["outcome: model costs conflicting", () => newsvendorOutcome({ model: { ...withDemand(normal), cost: 1 }, quantity: 1 }), "conflicting_fields", "model.cost"],

  ["density: bad sd", () => demandDensity({ demand: { ...normal, sd: 0 } }), "not_positive", "demand.sd"],
  ["density: an extra option", () => demandDensity({ demand: normal, points: 10 }), "unknown_field", "points"],

  ["convertRate: zero period", () => convertRate({ rate: 1, fromPeriod: 0, toPeriod: 1 }), "not_positive", "fromPeriod"],
  ["convertRate: negative sd", () => convertRate({ rate: 1, sd: -1, fromPeriod: 1, toPeriod: 1 }), "negative", "sd"],
  ["convertRate: missing toPeriod", () => convertRate({ rate: 1, fromPeriod: 1 }), "missing_field", "toPeriod"],
];

for (const [description, call, code, field] of cases) {
  test(`${description}: throws ${code} at "${field}"`, () => {
    const error = thrown(call);
    assert.equal(error.code, code, error.message);
    assert.equal(error.field, field, error.message);
    // Every error leaves the instance working.
    assert.equal(newsvendor(withDemand({ distribution: "uniform", min: 0, max: 10 })).quantity, 6);
  });
}

test("an unknown field inside a variant names the variant's own fields", () => {
  const error = thrown(() => newsvendor(withDemand({ ...normal, min: 0 })));
  assert.match(error.reason, /`mean`, `sd`/);
  assert.doesNotMatch(error.reason, /probabilities/);
});

test("random junk in the demand union never traps the instance", () => {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const junk = [0, -1, 1e308, Number.NaN, Infinity, "", "normal", "uniform", "discrete", null, undefined, true, [], {}, [1, 2], [0.5, 0.5], 10n, Symbol("s")];
  const pick = (list) => list[Math.floor(random() * list.length)];
  const keys = ["distribution", "mean", "sd", "min", "max", "values", "probabilities", "x"];
  for (let round = 0; round < 2000; round += 1) {
    const demand = {};
    for (const key of keys) if (random() < 0.6) demand[key] = random() < 0.6 ? pick(junk) : random() * 100;
    for (const call of [() => newsvendor(withDemand(demand)), () => demandDensity({ demand }), () => newsvendorOutcome({ model: withDemand(demand), quantity: pick(junk) })]) {
      try {
        call();
      } catch (error) {
        assert.equal(error.name, "OpscalcError", `${error}`);
      }
    }
  }
  assert.equal(newsvendor(withDemand(normal)).quantity > 100, true);
});

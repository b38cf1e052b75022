// The newsvendor model and demand densities through the wasm package: textbook figures,
// the three demand distributions as a tagged union, and the shapes a JS caller sees.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { assertClose } from "./assertions.mjs";
import opscalc, { packageDirectory } from "./load-package.mjs";

const { newsvendor, newsvendorOutcome, demandDensity } = opscalc;

/** Poisson(mean) probabilities of 0 .. last − 1, with last or more lumped into `last`. */
function poisson(mean, last) {
  const probabilities = [Math.exp(-mean)];
  for (let k = 1; k < last; k += 1) probabilities.push((probabilities[k - 1] * mean) / k);
  probabilities.push(1 - probabilities.reduce((sum, p) => sum + p, 0));
  return { distribution: "discrete", values: probabilities.map((_, k) => k), probabilities };
}

const cider = { price: 0.8, cost: 0.2, demand: { distribution: "uniform", min: 300, max: 500 } };

test("Stevenson, Cindy's Cider Bar: uniform 300–500 l, cost $0.20, price $0.80: SL 0.75, stock 450 l", () => {
  const result = newsvendor(cider);
  assertClose(result.underageCost, 0.6);
  assertClose(result.overageCost, 0.2);
  assertClose(result.criticalRatio, 0.75);
  assertClose(result.quantity, 450);
  assertClose(result.outcome.stockoutProbability, 0.25);
  // Hand-computed: shortage 6.25, leftover 56.25, cost $15, profit $225 a week.
  assertClose(result.outcome.expectedShortage, 6.25);
  assertClose(result.outcome.expectedLeftover, 56.25);
  assertClose(result.outcome.expectedCost, 15);
  assertClose(result.outcome.expectedProfit, 225);
  assert.ok(!("z" in result) && !("table" in result), "uniform demand has no z and no table");
});

test("Stevenson, roses: Poisson demand, mean 4 dozen, Cs $3, Ce $2: SL 0.60, stock 4 dozen", () => {
  const result = newsvendor({ underageCost: 3, overageCost: 2, demand: poisson(4, 20) });
  assert.equal(result.criticalRatio, 0.6);
  assert.equal(result.quantity, 4);
  assert.equal(result.table.length, 21);
  assert.deepEqual(result.table.slice(0, 6).map((row) => row.cumulative.toFixed(3)), ["0.018", "0.092", "0.238", "0.433", "0.629", "0.785"]);
  assert.deepEqual(Object.keys(result.table[0]).sort(), ["cumulative", "probability", "value"]);
  assert.ok(!("expectedProfit" in result.outcome), "no prices, no profit");
});

test("roses from prices (hand-computed): cost $3, price $10, no salvage: CR 0.7, stock 5 dozen", () => {
  const result = newsvendor({ price: 10, cost: 3, demand: poisson(4, 20) });
  assert.equal(result.criticalRatio, 0.7);
  assert.equal(result.quantity, 5);
});

test("normal demand (hand-computed after Cachon & Terwiesch's wetsuits): μ 3,192, σ 1,181, $180/$110/$90: Q* 4,095.1", () => {
  const result = newsvendor({ price: 180, cost: 110, salvage: 90, demand: { distribution: "normal", mean: 3192, sd: 1181 } });
  assertClose(result.criticalRatio, 7 / 9);
  assertClose(result.z, 0.76470967378638705);
  assertClose(result.quantity, 4095.1221247417231);
  assertClose(result.outcome.expectedProfit, 191786.70559656229, 1e-11);
});

test("newsvendorOutcome prices any quantity; at the optimum it is the newsvendor's outcome", () => {
  const atMean = newsvendorOutcome({ model: { underageCost: 0.6, overageCost: 0.2, demand: cider.demand }, quantity: 400 });
  assert.equal(atMean.expectedShortage, 25);
  assert.equal(atMean.expectedLeftover, 25);
  assertClose(atMean.expectedCost, 20);
  const optimum = newsvendor(cider);
  assert.deepEqual(newsvendorOutcome({ model: cider, quantity: optimum.quantity }), optimum.outcome);
});

test("demandDensity: a normal bell over μ ± 4σ, a uniform step, discrete bars", () => {
  const bell = demandDensity({ demand: { distribution: "normal", mean: 350, sd: 10 } });
  assert.equal(bell.x.length, 161);
  assert.deepEqual([bell.x[0], bell.x[80], bell.x[160]], [310, 350, 390]);
  assertClose(bell.density[80], 1 / (10 * Math.sqrt(2 * Math.PI)));
  assert.equal(bell.cumulative[80], 0.5);

  const step = demandDensity({ demand: cider.demand });
  assert.deepEqual(step, { x: [250, 300, 300, 500, 500, 550], density: [0, 0, 0.005, 0.005, 0, 0], cumulative: [0, 0, 0, 1, 1, 1] });

  const bars = demandDensity({ demand: { distribution: "discrete", values: [1, 2], probabilities: [0.25, 0.75] } });
  assert.deepEqual(bars, { x: [1, 2], density: [0.25, 0.75], cumulative: [0.25, 1] });
});

test("the .d.ts declares demand as a real union of the three distributions", () => {
  const declarations = readFileSync(new URL("opscalc.d.ts", packageDirectory), "utf8");
  const union = declarations.match(/export type DemandDistribution = (.*);/)[1];
  assert.deepEqual(union.split(" | "), [
    '{ distribution: "normal"; mean: number; sd: number }',
    '{ distribution: "uniform"; min: number; max: number }',
    '{ distribution: "discrete"; values: number[]; probabilities: number[] }',
  ]);
  assert.match(declarations, /export function newsvendor\(options: NewsvendorOptions\): NewsvendorResult;/);
  assert.match(declarations, /export function reorderPoint\(options: ReorderPointOptions\): ReorderPointResult;/);
  assert.match(declarations, /export function periodicReview\(options: PeriodicReviewOptions\): PeriodicReviewResult;/);
});

// EOQ through the wasm package vs a plain-JS implementation of the same formula,
// measured in one run so the ratio holds on a noisy machine.
//
// Run after scripts/build.sh:   node benches/eoq.mjs
// The plain-JS version exists only here, to be measured against.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const packageUrl = new URL("../pkg/", import.meta.url);
const { initSync, eoq, eoqCostCurve } = await import(new URL("opscalc.js", packageUrl).href);
initSync({ module: readFileSync(new URL("opscalc_bg.wasm", packageUrl)) });

/** The reference: the same outputs as eoq() for per-unit holding cost, no validation. */
function plainEoq({ demand, orderingCost, holdingCost }) {
  const quantity = Math.sqrt((2 * demand * orderingCost) / holdingCost);
  const orderingCostPerPeriod = (demand / quantity) * orderingCost;
  const holdingCostPerPeriod = (quantity / 2) * holdingCost;
  return {
    quantity,
    totalCost: orderingCostPerPeriod + holdingCostPerPeriod,
    orderingCostPerPeriod,
    holdingCostPerPeriod,
    ordersPerPeriod: demand / quantity,
    cycleTime: quantity / demand,
    averageInventory: quantity / 2,
    holdingCost,
  };
}

/** Median nanoseconds per call over `rounds` timed rounds of `calls` calls. */
function measure(call, calls, rounds = 15) {
  let sink = 0;
  for (let i = 0; i < calls; i += 1) sink += call(i).quantity ?? 0; // warm up
  const perCall = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    for (let i = 0; i < calls; i += 1) sink += call(i).quantity ?? 0;
    perCall.push(((performance.now() - start) * 1e6) / calls);
  }
  perCall.sort((a, b) => a - b);
  if (Number.isNaN(sink)) throw new Error("unreachable: keeps the calls alive");
  return perCall[Math.floor(rounds / 2)];
}

const options = (i) => ({ demand: 1000 + (i % 100), orderingCost: 10, holdingCost: 0.5 });
const wasmNs = measure((i) => eoq(options(i)), 100_000);
const plainNs = measure((i) => plainEoq(options(i)), 100_000);
const curveNs = measure((i) => ({ quantity: eoqCostCurve({ model: options(i) }).optimalQuantity }), 5_000);

console.log(`node ${process.version}, ${new Date().toISOString()}`);
console.log(`eoq() via wasm          ${wasmNs.toFixed(0).padStart(8)} ns/call`);
console.log(`eoq plain JS reference  ${plainNs.toFixed(1).padStart(8)} ns/call`);
console.log(`ratio wasm / plain JS   ${(wasmNs / plainNs).toFixed(0).padStart(8)} x   (object in and out through serde: the cost is the boundary, not the formula)`);
console.log(`eoqCostCurve() 101 pts  ${curveNs.toFixed(0).padStart(8)} ns/call`);

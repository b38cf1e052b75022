// What one object call costs: `eoq()` through the wasm package against a plain-JS
// implementation of the same formula, in one run so the ratio holds on a noisy machine;
// the cost of one more input field (the same EOQ with the holding cost given as a rate
// and a unit cost); and one 101-point cost curve.
//
// Run after scripts/build.sh:   node benches/eoq.mjs
// The plain-JS version exists only here, to be measured against. `measureObjectCalls`
// and `objectCallSection` serve benches/report.mjs (BENCHMARKS.md).
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { describeMachine, loadAverage, machine } from "./machine.mjs";

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

/** Measures the calls with the loaded package `opscalc`; the report objectCallSection renders. */
export function measureObjectCalls(opscalc, { calls = 100_000 } = {}) {
  const before = machine();
  const perUnit = (i) => ({ demand: 1000 + (i % 100), orderingCost: 10, holdingCost: 0.5 });
  const asRate = (i) => ({ demand: 1000 + (i % 100), orderingCost: 10, holdingRate: 0.25, unitCost: 2 });
  // Every call warmed up before any is timed, so the first timed is not the one that
  // pays for the engine's tier-up.
  for (let i = 0; i < calls; i += 1) opscalc.eoq(asRate(i)), plainEoq(perUnit(i));
  const wasmNs = measure((i) => opscalc.eoq(perUnit(i)), calls);
  const wasmRateNs = measure((i) => opscalc.eoq(asRate(i)), calls);
  const plainNs = measure((i) => plainEoq(perUnit(i)), calls);
  const curveNs = measure((i) => ({ quantity: opscalc.eoqCostCurve({ model: perUnit(i) }).optimalQuantity }), Math.max(1, calls / 20));
  return { machine: before, loadAfter: loadAverage(), wasmNs, wasmRateNs, plainNs, curveNs };
}

const ns = (value) => `${value.toFixed(value < 100 ? 1 : 0)} ns`;

/** The "one object call" section of BENCHMARKS.md. */
export function objectCallSection(report, command = "node benches/eoq.mjs") {
  const { wasmNs, wasmRateNs, plainNs, curveNs } = report;
  return `## One call with an options object

\`${command}\`; ${describeMachine(report.machine)}; load average ${report.machine.loadAverage.join(" ")} before, ${report.loadAfter.join(" ")} after.

| what | ratio | time |
| --- | ---: | ---: |
| \`eoq({ demand, orderingCost, holdingCost })\` in wasm / the same formula in plain JS | ${(wasmNs / plainNs).toFixed(0)} | ${ns(wasmNs)} / ${ns(plainNs)} |
| one more input field: \`eoq\` with \`holdingRate\` and \`unitCost\` / with \`holdingCost\` | ${(wasmRateNs / wasmNs).toFixed(2)} | ${wasmRateNs >= wasmNs ? "+" : "−"}${ns(Math.abs(wasmRateNs - wasmNs))} |
| \`eoqCostCurve\` (101 points out) / one \`eoq\` | ${(curveNs / wasmNs).toFixed(1)} | ${ns(curveNs)} |

Nearly all of a single call is crossing the boundary, and most of that is the call's
fixed part (the options and the result cross encoded, once each way), not the fields
or the formula: over whole catalogues, use the batch functions on typed arrays (below).
`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { default: opscalc } = await import("../tests/js/load-package.mjs");
  process.stdout.write(objectCallSection(measureObjectCalls(opscalc)));
}

// The batch functions over a catalogue of 1,000,000 items: the wasm package (including
// the copies of the typed arrays into and out of wasm, which the call makes), a
// plain-JS implementation of the same formula over the same typed arrays, and native
// Rust (examples/batch_native.rs, which this script runs), all measured in one run so
// that the ratios hold on a noisy machine.
//
// Run after scripts/build.sh:   node benches/batch.mjs [ITEMS] [ROUNDS]
// Writes benches/results/batch.md (and batch.json, the figures it was rendered from).
// `renderBatchSection(report)` renders the Markdown section, for BENCHMARKS.md.
//
// The budget (issue 10): the wasm batch within 2x of native Rust, and no slower than
// plain JS. The plain-JS versions exist only here, to be measured against; they check
// their inputs as the library does (finite, above zero), so that the same work is timed.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { machine } from "./machine.mjs";

const root = new URL("../", import.meta.url);

/** The generated catalogue, item by item the same as `catalogue()` in examples/batch_native.rs. */
export function catalogue(items) {
  const column = (value) => Float64Array.from({ length: items }, (_, i) => value(i));
  return {
    demand: column((i) => 100 + ((i * 7) % 9973)),
    orderingCost: column((i) => 5 + (i % 13) * 2.5),
    holdingCost: column((i) => 0.25 + (i % 11) * 0.5),
    demandSd: column((i) => 5 + (i % 17) * 3),
    leadTime: column((i) => 0.02 + (i % 5) * 0.01),
    productionRate: column((i) => (100 + ((i * 7) % 9973)) * (2 + (i % 7))),
    backorderCost: column((i) => 1 + (i % 19) * 2),
    actual: column((i) => ((i * 13) % 1000) / 10),
    target: column((i) => 50 + (i % 41)),
  };
}

/**
 * The library's cycle-time check (`eoq` refuses an item whose Q* / D overflows): Q* / D is
 * 1 / N within a rounding, so it is divided out only when N is near the ends of the range.
 */
function checkCycleTime(q, d, orders, i) {
  if (!(orders > 1e-300 && orders < 1e300) && !(q / d > 0 && q / d < Infinity)) fail("", i);
}

/** Throws as the library would, naming the item. */
function fail(field, index) {
  throw new RangeError(`${field}[${index}] is not valid`);
}

/** EOQ per item: the same three columns as eoqBatch, with the same checks. */
export function plainEoqBatch({ demand, orderingCost, holdingCost }) {
  const items = demand.length;
  const quantity = new Float64Array(items);
  const totalCost = new Float64Array(items);
  const ordersPerPeriod = new Float64Array(items);
  for (let i = 0; i < items; i += 1) {
    const d = demand[i];
    const s = orderingCost[i];
    const h = holdingCost[i];
    if (!(d > 0 && d < Infinity)) fail("demand", i);
    if (!(s > 0 && s < Infinity)) fail("orderingCost", i);
    if (!(h > 0 && h < Infinity)) fail("holdingCost", i);
    const q = Math.sqrt((2 * d * s) / h);
    if (!(q > 0 && q < Infinity)) fail("", i);
    const cost = (d / q) * s + (q / 2) * h;
    if (!(cost > 0 && cost < Infinity)) fail("", i);
    const orders = d / q;
    checkCycleTime(q, d, orders, i);
    quantity[i] = q;
    totalCost[i] = cost;
    ordersPerPeriod[i] = orders;
  }
  return { quantity, totalCost, ordersPerPeriod };
}

/** The EPQ per item: the same four columns as productionOrderQuantityBatch, with the same checks. */
export function plainProductionOrderQuantityBatch({ demand, productionRate, orderingCost, holdingCost }) {
  const items = demand.length;
  const quantity = new Float64Array(items);
  const totalCost = new Float64Array(items);
  const maxInventory = new Float64Array(items);
  const runsPerPeriod = new Float64Array(items);
  for (let i = 0; i < items; i += 1) {
    const d = demand[i];
    const p = productionRate[i];
    const s = orderingCost[i];
    const h = holdingCost[i];
    if (!(d > 0 && d < Infinity)) fail("demand", i);
    if (!(p > 0 && p < Infinity)) fail("productionRate", i);
    if (!(s > 0 && s < Infinity)) fail("setupCost", i);
    if (!(h > 0 && h < Infinity)) fail("holdingCost", i);
    if (!(p > d)) fail("productionRate", i);
    const buildUp = (p - d) / p;
    const effective = h * buildUp;
    if (!(effective > 0 && effective < Infinity)) fail("", i);
    const q = Math.sqrt((2 * d * s) / effective);
    if (!(q > 0 && q < Infinity)) fail("", i);
    const cost = (d / q) * s + (q / 2) * effective;
    if (!(cost > 0 && cost < Infinity)) fail("", i);
    const runs = d / q;
    checkCycleTime(q, d, runs, i);
    quantity[i] = q;
    totalCost[i] = cost;
    maxInventory[i] = q * buildUp;
    runsPerPeriod[i] = runs;
  }
  return { quantity, totalCost, maxInventory, runsPerPeriod };
}

/** The EOQ with backorders per item: the same four columns as eoqBackordersBatch, with the same checks. */
export function plainEoqBackordersBatch({ demand, orderingCost, holdingCost, backorderCost }) {
  const items = demand.length;
  const quantity = new Float64Array(items);
  const maxBackorder = new Float64Array(items);
  const totalCost = new Float64Array(items);
  const ordersPerPeriod = new Float64Array(items);
  for (let i = 0; i < items; i += 1) {
    const d = demand[i];
    const s = orderingCost[i];
    const h = holdingCost[i];
    const b = backorderCost[i];
    if (!(d > 0 && d < Infinity)) fail("demand", i);
    if (!(s > 0 && s < Infinity)) fail("orderingCost", i);
    if (!(h > 0 && h < Infinity)) fail("holdingCost", i);
    if (!(b > 0 && b < Infinity)) fail("backorderCost", i);
    const backorderShare = 1 / (1 + b / h);
    const stockShare = 1 / (1 + h / b);
    const effective = h * stockShare;
    if (!(effective > 0 && effective < Infinity)) fail("", i);
    const q = Math.sqrt((2 * d * s) / effective);
    if (!(q > 0 && q < Infinity)) fail("", i);
    const holdingAndBackorder = (q / 2) * effective;
    const cost = (d / q) * s + holdingAndBackorder * stockShare + holdingAndBackorder * backorderShare;
    if (!(cost > 0 && cost < Infinity)) fail("", i);
    const orders = d / q;
    checkCycleTime(q, d, orders, i);
    quantity[i] = q;
    maxBackorder[i] = q * backorderShare;
    totalCost[i] = cost;
    ordersPerPeriod[i] = orders;
  }
  return { quantity, maxBackorder, totalCost, ordersPerPeriod };
}

/**
 * KPI scores per item, higher is better from a baseline, capped, on the default status
 * scale (0.7, 0.9): the same columns as kpiScoreBatch, with the same checks.
 */
export function plainKpiScoreBatch({ actual, target, baseline, cap }) {
  const items = actual.length;
  const score = new Float64Array(items);
  const statusIndex = new Uint8Array(items);
  for (let i = 0; i < items; i += 1) {
    const a = actual[i];
    const t = target[i];
    if (!Number.isFinite(t)) fail("target", i);
    if (!(baseline < t)) fail("baseline", i);
    if (!Number.isFinite(a)) fail("actual", i);
    const raw = (a - baseline) / (t - baseline);
    if (!Number.isFinite(raw)) fail("", i);
    // The single call also reports the variance and the percent of target: the library
    // refuses an item whose either overflows, and so does this.
    if (!Number.isFinite(a - t)) fail("", i);
    if (t !== 0 && !Number.isFinite((100 * a) / t)) fail("", i);
    const value = Math.min(raw, cap);
    score[i] = value;
    statusIndex[i] = value < 0.7 ? 0 : value < 0.9 ? 1 : 2;
  }
  return { score, statusIndex };
}

/**
 * ABC analysis by value with the default cutoffs (80 % / 15 %): the same columns as
 * abcBatch, with the same checks, ranking by a stable sort of the item indexes.
 */
export function plainAbcBatch({ demand, orderingCost }) {
  const items = demand.length;
  const values = new Float64Array(items);
  for (let i = 0; i < items; i += 1) {
    const d = demand[i];
    const c = orderingCost[i];
    if (!(d >= 0 && d < Infinity)) fail("annualDemand", i);
    if (!(c >= 0 && c < Infinity)) fail("unitCost", i);
    const value = d * c;
    if (!(value < Infinity)) fail("", i);
    values[i] = value;
  }
  const order = Array.from({ length: items }, (_, i) => i).sort((a, b) => values[b] - values[a] || a - b);
  let total = 0;
  for (const index of order) total += values[index];
  if (!(total > 0 && total < Infinity)) fail("", 0);
  const classIndex = new Uint8Array(items);
  const rank = new Uint32Array(items);
  const cumulativeShare = new Float64Array(items);
  let cumulative = 0;
  for (let position = 0; position < items; position += 1) {
    const index = order[position];
    const before = cumulative / total;
    cumulative += values[index];
    rank[index] = position + 1;
    cumulativeShare[index] = cumulative / total;
    classIndex[index] = before + 1e-9 < 0.8 ? 0 : before + 1e-9 < 0.95 ? 1 : 2;
  }
  return { class: classIndex, rank, cumulativeShare };
}

/** The functions measured: each with its wasm call and plain-JS reference on the same data. */
function cases(opscalc, data) {
  return [
    {
      name: "eoq",
      label: "eoqBatch: Q*, total cost, orders per period (3 columns in, 3 out)",
      wasm: () => opscalc.eoqBatch({ demand: data.demand, orderingCost: data.orderingCost, holdingCost: data.holdingCost }).quantity,
      plain: () => plainEoqBatch(data).quantity,
    },
    {
      name: "production_order_quantity",
      label: "productionOrderQuantityBatch: Q*, total cost, max inventory, runs per period (4 columns in, 4 out)",
      wasm: () =>
        opscalc.productionOrderQuantityBatch({
          demand: data.demand,
          productionRate: data.productionRate,
          setupCost: data.orderingCost,
          holdingCost: data.holdingCost,
        }).quantity,
      plain: () => plainProductionOrderQuantityBatch(data).quantity,
    },
    {
      name: "eoq_backorders",
      label: "eoqBackordersBatch: Q*, max backorder, total cost, orders per period (4 columns in, 4 out)",
      wasm: () =>
        opscalc.eoqBackordersBatch({
          demand: data.demand,
          orderingCost: data.orderingCost,
          holdingCost: data.holdingCost,
          backorderCost: data.backorderCost,
        }).quantity,
      plain: () => plainEoqBackordersBatch(data).quantity,
    },
    {
      name: "kpi_score",
      label: "kpiScoreBatch: higher is better from a shared baseline, capped: score and status (2 columns in, 2 out)",
      wasm: () =>
        opscalc.kpiScoreBatch({ actual: data.actual, target: data.target, baseline: 10, cap: 1.2, direction: "higherIsBetter" }).score,
      plain: () => plainKpiScoreBatch({ actual: data.actual, target: data.target, baseline: 10, cap: 1.2 }).score,
    },
    {
      name: "abc",
      label: "abcBatch: rank by annual value, class and cumulative share (2 columns in, 3 out; a sort)",
      wasm: () => opscalc.abcBatch({ annualDemand: data.demand, unitCost: data.orderingCost }).cumulativeShare,
      plain: () => plainAbcBatch(data).cumulativeShare,
    },
  ];
}

function sum(values) {
  let total = 0;
  for (let i = 0; i < values.length; i += 1) total += values[i];
  return total;
}

function median(values) {
  return quantile(values, 0.5);
}

/** The value below which `share` of `values` lie (the nearest rank). */
function quantile(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
}

/**
 * Times `wasm` and `plain` in alternating rounds, each round in the other order (so
 * that neither always runs after the other's garbage): median nanoseconds per item of
 * each.
 */
function measurePair(wasm, plain, items, rounds) {
  const checksums = { wasm: sum(wasm()), plain: sum(plain()) }; // warm up, and check
  const times = { wasm: [], plain: [] };
  const pair = [["wasm", wasm], ["plain", plain]];
  for (let round = 0; round < rounds; round += 1) {
    for (const [key, run] of round % 2 === 0 ? pair : [...pair].reverse()) {
      const start = performance.now();
      const result = run();
      times[key].push(((performance.now() - start) * 1e6) / items);
      if (result.length !== items) throw new Error(`${key}: ${result.length} items`);
    }
  }
  // The two run back to back in each round: the ratio of each round's pair, so that a
  // slow spell of the machine weighs on both sides of it.
  const ratios = times.wasm.map((wasmNs, round) => wasmNs / times.plain[round]);
  return {
    wasmNs: median(times.wasm),
    plainNs: median(times.plain),
    toPlain: { median: median(ratios), low: quantile(ratios, 0.25), high: quantile(ratios, 0.75) },
    checksums,
  };
}

/** Runs examples/batch_native.rs for function `name`: median ns per item and checksum. */
function native(items, rounds, name) {
  const output = execFileSync(
    "cargo",
    ["run", "--quiet", "--profile", "bench", "--example", "batch_native", "--", String(items), String(rounds), name],
    { cwd: fileURLToPath(root), encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  const rows = new Map();
  for (const line of output.trim().split("\n")) {
    const [name, ns, checksum] = line.split("\t");
    rows.set(name, { ns: Number(ns), checksum: Number(checksum) });
  }
  return rows;
}

/** Measures everything and returns the report that renderBatchSection renders. */
export async function runBatchBenchmark({ items = 1_000_000, rounds = 15 } = {}) {
  const packageUrl = new URL("pkg/", root);
  const opscalc = await import(new URL("opscalc.js", packageUrl).href);
  opscalc.initSync({ module: readFileSync(new URL("opscalc_bg.wasm", packageUrl)) });
  const data = catalogue(items);
  const loadBefore = os.loadavg()[0];
  const rows = [];
  for (const { name, label, wasm, plain } of cases(opscalc, data)) {
    // Native just before and just after the function's JS rounds; the faster of the two
    // medians is kept, which makes the wasm / native ratio the stricter.
    const before = native(items, rounds, name).get(name);
    const { wasmNs, plainNs, toPlain, checksums } = measurePair(wasm, plain, items, rounds);
    const after = native(items, rounds, name).get(name);
    if (!before || !after) throw new Error(`batch_native printed no ${name}`);
    checksums.native = before.checksum;
    for (const [key, value] of Object.entries(checksums)) {
      if (Math.abs(value - checksums.wasm) > 1e-9 * Math.abs(value)) {
        throw new Error(`${name}: the ${key} checksum ${value} differs from the wasm's ${checksums.wasm}`);
      }
    }
    rows.push({ name, label, wasmNs, plainNs, toPlain, nativeNs: Math.min(before.ns, after.ns), checksums });
  }
  return {
    command: `node benches/batch.mjs ${items} ${rounds}`,
    date: new Date().toISOString(),
    items,
    rounds,
    machine: { ...machine(), loadAverageAtStart: loadBefore },
    rows,
  };
}

const format = (value, digits) => value.toFixed(digits);

/** The Markdown section of BENCHMARKS.md for a report of runBatchBenchmark. */
export function renderBatchSection(report) {
  const { machine: m } = report;
  const lines = [
    "## Batch functions over a catalogue",
    "",
    `Command: \`${report.command}\` (after \`scripts/build.sh\`), ${report.date}.`,
    "",
    `Machine: ${m.nproc} cores, ${m.cpu}; Node ${m.node}; ${m.rustc}; load average ${m.loadAverage.join(", ")} ` +
      `(1-minute ${format(m.loadAverageAtStart, 2)} at the start).`,
    "",
    `${report.items.toLocaleString("en")} items, median of ${report.rounds} rounds each. ` +
      "wasm: the package's batch call from `Float64Array` columns, including the copies into " +
      "and out of wasm memory and the typed arrays returned. Plain JS: the same formula and " +
      "checks over the same typed arrays, writing new `Float64Array`s (benches/batch.mjs). " +
      "Native: the core's batch function in Rust (`opt-level = 3`), allocating its result " +
      "columns (examples/batch_native.rs), the faster of a run just before and one just after the " +
      "function's JS rounds. " +
      "The three results' sums agree. The wasm and the plain JS run back to back in each round, " +
      "in turns: wasm / plain JS is the median of the rounds' ratios, with the middle half of " +
      "them in brackets (how much the machine moved them).",
    "",
    "Budget: wasm / native at most 2, wasm / plain JS at most 1.",
    "",
    "| function | wasm / native | wasm / plain JS | within budget |",
    "| --- | ---: | ---: | --- |",
  ];
  for (const row of report.rows) {
    const toNative = row.wasmNs / row.nativeNs;
    const { median: toPlain, low, high } = row.toPlain;
    const ok = toNative <= 2 && toPlain <= 1 ? "yes" : "**no**";
    const spread = `${format(toPlain, 2)} (${format(low, 2)} to ${format(high, 2)})`;
    lines.push(`| ${row.label} | ${format(toNative, 2)} | ${spread} | ${ok} |`);
  }
  lines.push("", "Times, nanoseconds per item:", "", "| function | wasm | plain JS | native |", "| --- | ---: | ---: | ---: |");
  for (const row of report.rows) {
    lines.push(`| ${row.name} | ${format(row.wasmNs, 1)} | ${format(row.plainNs, 1)} | ${format(row.nativeNs, 1)} |`);
  }
  return `${lines.join("\n")}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [items, rounds] = process.argv.slice(2).map(Number);
  const report = await runBatchBenchmark({ items: items || undefined, rounds: rounds || undefined });
  const markdown = renderBatchSection(report);
  writeFileSync(new URL("benches/results/batch.md", root), `# Batch functions: wasm vs native Rust vs plain JS\n\nGenerated by \`benches/batch.mjs\`; do not edit.\n\n${markdown.replace(/^## .*\n\n/, "")}`);
  writeFileSync(new URL("benches/results/batch.json", root), `${JSON.stringify(report, null, 2)}\n`);
  console.log(markdown);
}

// The exact solvers on Scholl's benchmark (tests/data/salbp; Scholl 1993), through the
// wasm package in Node and natively in the same run, checked against the published
// optima and for feasibility; writes benches/results/salbp-exact.md.
//
// Run after scripts/build.sh (it builds and runs the native example itself):
//
//   node benches/salbp_wasm.mjs
//
// Options: --limit MS (the first pass, default 1000), --retry MS (the second pass on what
// the first did not prove, default 10000), --salbp2-limit MS (default 10000),
// --no-native, --no-salbp2, --out FILE (default benches/results/salbp-exact.md).
//
// SALBP-1: all 269 instances with `--limit` each, those not proven again with `--retry`;
// the same natively (`examples/salbp1_exact.rs`, opt-level 3), so the wasm/native time
// ratio comes from one run on one machine. SALBP-2: all 274 instances with
// `--salbp2-limit` each, wasm only. One instance at a time. Every claimed optimum must
// equal the published one, no answer may beat a published optimum or its bound exceed
// it, and every line (wasm and native) must pass the feasibility check of
// tests/js/salbp.mjs; a failure is listed and makes the exit code 1.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import opscalc from "../tests/js/load-package.mjs";
import { commandOutput, describeMachine, loadAverage, machine } from "./machine.mjs";
import { graph, infeasibility, salbp1Instances, salbp2Instances } from "../tests/js/salbp.mjs";

const root = new URL("../", import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const limit = Number(option("--limit", 1000));
const retry = Number(option("--retry", 10000));
const salbp2Limit = Number(option("--salbp2-limit", 10000));
const native = !args.includes("--no-native");
const salbp2 = !args.includes("--no-salbp2");
const out = new URL(option("--out", "benches/results/salbp-exact.md"), root);
const command = ["node benches/salbp_wasm.mjs", ...args].join(" ");

const failures = [];
const progress = (text) => process.stderr.write(`${text}\n`);

/** Checks one SALBP-1 answer against the table; `line` is its stations. */
function checkSalbp1(instance, answer, where) {
  const problem = infeasibility(graph(instance.file), { stations: answer.stations, stationCount: answer.stationCount, cycleTime: instance.cycle }, instance.cycle);
  if (problem) failures.push(`${where}: infeasible line (${problem})`);
  if (answer.stationCount < instance.optimum) failures.push(`${where}: ${answer.stationCount} stations, below the optimum ${instance.optimum}`);
  if (answer.lowerBound > instance.optimumUpper) failures.push(`${where}: bound ${answer.lowerBound} above the optimum`);
  if (answer.optimal && (answer.stationCount !== instance.optimum || answer.stationCount !== instance.optimumUpper)) {
    failures.push(`${where}: claimed optimum ${answer.stationCount}, published ${instance.optimum}–${instance.optimumUpper}`);
  }
}

/** One SALBP-1 instance through the wasm package, timed around the call. */
function wasmSalbp1(instance, timeMs) {
  const tasks = graph(instance.file);
  const started = performance.now();
  const result = opscalc.balanceLineOptimal({ tasks, cycleTime: instance.cycle, limits: { timeMs } });
  const ms = performance.now() - started;
  const answer = { ...result, ms };
  checkSalbp1(instance, answer, `wasm ${instance.name} c=${instance.cycle}`);
  return answer;
}

/** The native example's rows for `instances` (all when not given), keyed `name:cycle`. */
function nativeSalbp1(timeMs, only) {
  const binary = `${targetDirectory()}/release/examples/salbp1_exact`;
  const extra = only ? ["--only", only.map((instance) => `${instance.name}:${instance.cycle}`).join(",")] : [];
  const text = execFileSync(binary, [String(timeMs), ...extra], { encoding: "utf8", maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "ignore"] });
  const answers = new Map();
  for (const row of text.trim().split("\n").slice(1)) {
    const [name, cycle, value, lower, optimal, stop, nodes, ms, , line] = row.split("\t");
    const instance = salbp1Instances.find((each) => each.name === name && each.cycle === Number(cycle));
    const time = new Map(graph(instance.file).map((task) => [task.id, task.time]));
    const stations = line.split("|").map((ids) => {
      const tasks = ids.split(" ");
      return { tasks, load: tasks.reduce((sum, id) => sum + (time.get(id) ?? NaN), 0) };
    });
    const answer = { stationCount: Number(value), lowerBound: Number(lower), optimal: optimal === "1", stop, nodes: Number(nodes), ms: Number(ms), stations };
    checkSalbp1(instance, answer, `native ${name} c=${cycle}`);
    answers.set(`${name}:${cycle}`, answer);
  }
  return answers;
}

function targetDirectory() {
  if (process.env.CARGO_TARGET_DIR) return process.env.CARGO_TARGET_DIR;
  const metadata = JSON.parse(execFileSync("cargo", ["metadata", "--format-version", "1", "--no-deps"], { cwd: root, encoding: "utf8" }));
  return metadata.target_directory;
}

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.round((sorted.length - 1) * q)];
}

const ms = (value) => (value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toFixed(2));
const times = (answers) => {
  const values = answers.map((answer) => answer.ms);
  return `median ${ms(quantile(values, 0.5))} ms, 90th percentile ${ms(quantile(values, 0.9))} ms, max ${ms(Math.max(...values))} ms`;
};
const geometricMean = (values) => Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / values.length);
const key = (instance) => `${instance.name}:${instance.cycle}`;

const host = machine();
const uncommitted = commandOutput("git", ["-C", root.pathname, "status", "--porcelain", "--untracked-files=no"], "") ? " (with uncommitted changes)" : "";
const started = Date.now();

// SALBP-1 in wasm: the first pass, then the unproven again.
progress(`SALBP-1, wasm, ${limit} ms each`);
const wasm1 = new Map(salbp1Instances.map((instance) => [key(instance), wasmSalbp1(instance, limit)]));
const wasmUnproven = salbp1Instances.filter((instance) => !wasm1.get(key(instance)).optimal);
progress(`  proven ${salbp1Instances.length - wasmUnproven.length}; again with ${retry} ms: ${wasmUnproven.length}`);
const wasm2 = new Map(wasmUnproven.map((instance) => [key(instance), wasmSalbp1(instance, retry)]));

// SALBP-1 natively, the same passes.
let native1 = new Map();
let native2 = new Map();
if (native) {
  progress("SALBP-1, native: cargo build --profile bench --example salbp1_exact");
  execFileSync("cargo", ["build", "--quiet", "--profile", "bench", "--example", "salbp1_exact"], { cwd: root, stdio: "inherit" });
  progress(`SALBP-1, native, ${limit} ms each`);
  native1 = nativeSalbp1(limit);
  const unproven = salbp1Instances.filter((instance) => !native1.get(key(instance))?.optimal);
  progress(`  proven ${salbp1Instances.length - unproven.length}; again with ${retry} ms: ${unproven.length}`);
  native2 = unproven.length > 0 ? nativeSalbp1(retry, unproven) : new Map();
}

// SALBP-2 in wasm.
const cycleAnswers = [];
if (salbp2) {
  progress(`SALBP-2, wasm, ${salbp2Limit} ms each`);
  for (const instance of salbp2Instances) {
    const tasks = graph(instance.file);
    const where = `wasm SALBP-2 ${instance.name} m=${instance.stations}`;
    const before = performance.now();
    const result = opscalc.minimizeCycleTime({ tasks, stations: instance.stations, limits: { timeMs: salbp2Limit } });
    const answer = { instance, ...result, ms: performance.now() - before };
    const problem = infeasibility(tasks, result);
    if (problem) failures.push(`${where}: infeasible line (${problem})`);
    if (result.stationCount > instance.stations) failures.push(`${where}: ${result.stationCount} stations`);
    if (result.cycleTime < instance.optimum) failures.push(`${where}: cycle ${result.cycleTime} below the optimum ${instance.optimum}`);
    if (result.lowerBound > instance.optimumUpper) failures.push(`${where}: bound ${result.lowerBound} above the optimum`);
    if (result.optimal && (result.cycleTime !== instance.optimum || result.cycleTime !== instance.optimumUpper)) {
      failures.push(`${where}: claimed optimum ${result.cycleTime}, published ${instance.optimum}–${instance.optimumUpper}`);
    }
    cycleAnswers.push(answer);
    progress(`  ${instance.name} m=${instance.stations}: ${result.cycleTime} (bound ${result.lowerBound}) ${result.stop} ${ms(answer.ms)} ms`);
  }
}

// The report.
const count = (answers) => [...answers.values()].filter((answer) => answer.optimal).length;
const total = salbp1Instances.length;
const lines = [];
const add = (text = "") => lines.push(text);
add("# The exact solvers on Scholl's benchmark: wasm in Node and native");
add();
add(`Generated by \`${command}\` (after \`scripts/build.sh\`); do not edit by hand. One instance at a time, each with its own time limit; times are wall-clock milliseconds around the call.`);
add();
add(`- machine: ${describeMachine(host)}${uncommitted}`);
add(`- load average (1, 5, 15 min) before the run: ${host.loadAverage.join(", ")}; after: ${loadAverage().join(", ")} (the machine is shared: a load above the core count slows every time below)`);
add(`- run time: ${((Date.now() - started) / 60000).toFixed(1)} minutes`);
add(`- wasm: the package \`scripts/build.sh\` builds (release, opt-level "z", then wasm-opt -Os); native: \`cargo run --profile bench --example salbp1_exact\` (opt-level 3)`);
add(`- wrong answers or infeasible lines: **${failures.length}**`);
for (const failure of failures) add(`  - ${failure}`);
add();
add("## SALBP-1: the fewest stations (`balanceLineOptimal`), 269 instances");
add();
add("| | proven within " + `${limit} ms | proven within ${retry} ms | time per instance, first pass |`);
add("| --- | --- | --- | --- |");
const proven10 = (first, second) => count(first) + count(second);
add(`| wasm (Node) | **${count(wasm1)} of ${total}** | **${proven10(wasm1, wasm2)} of ${total}** | ${times([...wasm1.values()])} |`);
if (native) add(`| native | ${count(native1)} of ${total} | ${proven10(native1, native2)} of ${total} | ${times([...native1.values()])} |`);
add();
if (native) {
  const both = salbp1Instances.filter((instance) => wasm1.get(key(instance)).optimal && native1.get(key(instance))?.optimal);
  const ratios = both.map((instance) => wasm1.get(key(instance)).ms / native1.get(key(instance)).ms);
  const slow = both.filter((instance) => native1.get(key(instance)).ms >= 10);
  const slowRatios = slow.map((instance) => wasm1.get(key(instance)).ms / native1.get(key(instance)).ms);
  add(`Time ratio wasm / native, per instance, on the ${both.length} both proved in the first pass: median ${quantile(ratios, 0.5).toFixed(2)}, geometric mean ${geometricMean(ratios).toFixed(2)}` +
    (slow.length > 0 ? `; on the ${slow.length} of them taking at least 10 ms natively (where the call's fixed costs and the timer do not dominate): median ${quantile(slowRatios, 0.5).toFixed(2)}, geometric mean ${geometricMean(slowRatios).toFixed(2)}.` : "."));
  add();
}
add(`### Not proven within ${limit} ms in wasm`);
add();
add("| instance | stations | bound | optimum | stop | nodes | then within " + `${retry} ms |`);
add("| --- | --- | --- | --- | --- | --- | --- |");
for (const instance of wasmUnproven) {
  const first = wasm1.get(key(instance));
  const second = wasm2.get(key(instance));
  const optimum = instance.optimumUpper > instance.optimum ? `${instance.optimum}–${instance.optimumUpper}` : `${instance.optimum}`;
  const then = second.optimal ? `proven, ${ms(second.ms)} ms` : `${second.stationCount} stations, bound ${second.lowerBound}`;
  add(`| ${instance.name} c=${instance.cycle} | ${first.stationCount} | ${first.lowerBound} | ${optimum} | ${first.stop} | ${first.nodes} | ${then} |`);
}
if (wasmUnproven.length === 0) add("| none | | | | | | |");
add();
if (native) {
  const nativeUnproven = salbp1Instances.filter((instance) => !native1.get(key(instance))?.optimal);
  add(`Not proven natively within ${limit} ms: ${nativeUnproven.map((instance) => `${instance.name} c=${instance.cycle}${native2.get(key(instance))?.optimal ? " (then proven)" : ""}`).join(", ") || "none"}.`);
  add();
}
if (salbp2) {
  const proven = cycleAnswers.filter((answer) => answer.optimal);
  const known = cycleAnswers.filter((answer) => answer.instance.optimum === answer.instance.optimumUpper);
  add("## SALBP-2: the shortest cycle time (`minimizeCycleTime`), 274 instances, wasm");
  add();
  add(`- proven optimal within ${salbp2Limit} ms each: **${proven.length} of ${cycleAnswers.length}** (${known.length} have a published optimum; the other ${cycleAnswers.length - known.length} are open)`);
  add(`- time per instance: ${times(cycleAnswers)}`);
  add();
  add("| instance | cycle time | bound | optimum | stop | probes | nodes |");
  add("| --- | --- | --- | --- | --- | --- | --- |");
  for (const answer of cycleAnswers.filter((each) => !each.optimal)) {
    const { instance } = answer;
    const optimum = instance.optimumUpper > instance.optimum ? `${instance.optimum}–${instance.optimumUpper}` : `${instance.optimum}`;
    add(`| ${instance.name} m=${instance.stations} | ${answer.cycleTime} | ${answer.lowerBound} | ${optimum} | ${answer.stop} | ${answer.probes} | ${answer.nodes} |`);
  }
  add();
}
writeFileSync(out, `${lines.join("\n")}\n`);
progress(`wrote ${out.pathname}; ${failures.length} failures`);
process.exitCode = failures.length > 0 ? 1 : 0;

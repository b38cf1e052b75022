// Startup of the npm package in Node, in fresh processes: how long `import "opscalc"`
// takes (reading, compiling and instantiating the wasm included) and the first call
// after it, against the budget of 10 ms and 1 ms. Each figure is the median of RUNS
// new `node` processes; the steps of loading are timed apart in processes of their own.
//
// Run after scripts/build.sh:   node benches/startup.mjs [RUNS]
// It prints the report and writes benches/results/startup.md and startup.json;
// `startupSection(results)` renders the section for BENCHMARKS.md from the JSON.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describeMachine, loadAverage, machine } from "./machine.mjs";

export const BUDGET_MS = { load: 10, firstCall: 1 };
const SHARP = "{ demand: 1000, orderingCost: 10, holdingCost: 0.5 }";

// Each probe runs as example.mjs/.cjs in a project whose node_modules/opscalc is pkg/,
// prints one JSON line of milliseconds, and checks Q* = 200 so nothing is optimised away.
const PROBES = {
  // What a user of `import { eoq } from "opscalc"` waits for.
  esm: {
    file: "probe.mjs",
    code: `const start = performance.now();
const { eoq } = await import("opscalc");
const loaded = performance.now();
const result = eoq(${SHARP});
const first = performance.now();
eoq(${SHARP});
const second = performance.now();
if (result.quantity !== 200) throw new Error("wrong EOQ");
console.log(JSON.stringify({ load: loaded - start, firstCall: first - loaded, secondCall: second - first }));
`,
  },
  // The same through require("opscalc") (the nodejs glue).
  cjs: {
    file: "probe.cjs",
    code: `const start = performance.now();
const { eoq } = require("opscalc");
const loaded = performance.now();
const result = eoq(${SHARP});
const first = performance.now();
if (result.quantity !== 200) throw new Error("wrong EOQ");
console.log(JSON.stringify({ load: loaded - start, firstCall: first - loaded }));
`,
  },
  // The steps inside the ESM load, through the web build and initSync by hand (by its
  // path: in Node the package's "opscalc/opscalc.js" is its Node entry, which compiles
  // the wasm on import).
  steps: {
    file: "steps.mjs",
    code: `import { readFileSync } from "node:fs";
const start = performance.now();
const web = await import(new URL("node_modules/opscalc/opscalc.js", import.meta.url));
const glue = performance.now();
const bytes = readFileSync(new URL(import.meta.resolve("opscalc/opscalc_bg.wasm")));
const read = performance.now();
const module = new WebAssembly.Module(bytes);
const compiled = performance.now();
web.initSync({ module });
const instantiated = performance.now();
if (web.eoq(${SHARP}).quantity !== 200) throw new Error("wrong EOQ");
console.log(JSON.stringify({ importGlue: glue - start, readWasm: read - glue, compile: compiled - read, instantiate: instantiated - compiled }));
`,
  },
  // A bare Node process, for scale: what starting node itself costs.
  bare: { file: "bare.mjs", code: "console.log(JSON.stringify({}));\n" },
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Runs every probe `runs` times in new processes, the probes taking turns so that a
 * change in the machine's load hits them alike; each figure's median and minimum.
 */
export function measureStartup(runs = 21) {
  const packageDir = fileURLToPath(new URL("../pkg/", import.meta.url));
  const project = mkdtempSync(join(tmpdir(), "opscalc-startup-"));
  try {
    mkdirSync(join(project, "node_modules"));
    symlinkSync(packageDir, join(project, "node_modules", "opscalc"), "dir");
    for (const { file, code } of Object.values(PROBES)) writeFileSync(join(project, file), code);
    const samples = Object.fromEntries(Object.keys(PROBES).map((name) => [name, []]));
    const host = machine();
    const loadBefore = host.loadAverage[0];
    for (let run = 0; run < runs; run += 1) {
      for (const [name, { file }] of Object.entries(PROBES)) {
        const spawned = performance.now();
        const output = execFileSync(process.execPath, [file], { cwd: project, encoding: "utf8" });
        samples[name].push({ ...JSON.parse(output), processMs: performance.now() - spawned });
      }
    }
    const figures = {};
    for (const [name, list] of Object.entries(samples)) {
      figures[name] = {};
      for (const key of Object.keys(list[0])) {
        const values = list.map((sample) => sample[key]);
        figures[name][key] = { median: median(values), min: Math.min(...values) };
      }
    }
    return {
      command: `node benches/startup.mjs ${runs}`,
      runs,
      date: new Date().toISOString(),
      machine: `${describeMachine(host)}, ${process.platform} ${process.arch}`,
      loadAverage: [loadBefore, loadAverage()[0]],
      wasmBytes: statSync(join(packageDir, "opscalc_bg.wasm")).size,
      figures,
    };
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

const ms = ({ median: value }) => `${value.toFixed(2)} ms`;
const both = (figure) => `${figure.median.toFixed(2)} ms (fastest ${figure.min.toFixed(2)} ms)`;
const verdict = ({ median: value }, budget) =>
  `${value <= budget ? "within" : "**over**"}: ${(value / budget).toFixed(2)} × budget`;

/** The "Startup in Node" section of BENCHMARKS.md, from `measureStartup()`'s result. */
export function startupSection(results) {
  const { esm, cjs, steps, bare } = results.figures;
  const [loadBefore, loadAfter] = results.loadAverage.map((load) => load.toFixed(1));
  return `## Startup in Node

\`${results.command}\`: ${results.date.slice(0, 10)}, ${results.machine},
load average ${loadBefore} before and ${loadAfter} after. Medians of ${results.runs} fresh
processes per row (the fastest in brackets), the probes taking turns; the package's wasm
is ${results.wasmBytes.toLocaleString("en")} bytes.

| what | time | budget |
| --- | --- | --- |
| \`await import("opscalc")\`: the glue, and the wasm read, compiled, instantiated | ${both(esm.load)} | ${BUDGET_MS.load} ms, ${verdict(esm.load, BUDGET_MS.load)} |
| first \`eoq()\` call after it | ${both(esm.firstCall)} | ${BUDGET_MS.firstCall} ms, ${verdict(esm.firstCall, BUDGET_MS.firstCall)} |
| second \`eoq()\` call | ${both(esm.secondCall)} | |
| \`require("opscalc")\` (the CommonJS glue) | ${both(cjs.load)} | ${BUDGET_MS.load} ms, ${verdict(cjs.load, BUDGET_MS.load)} |
| first \`eoq()\` call after \`require\` | ${both(cjs.firstCall)} | ${BUDGET_MS.firstCall} ms, ${verdict(cjs.firstCall, BUDGET_MS.firstCall)} |

The load step by step (the web build and \`initSync\` by hand): import the JS glue
${both(steps.importGlue)}; read the \`.wasm\` ${both(steps.readWasm)};
\`new WebAssembly.Module\` ${both(steps.compile)}; instantiate ${both(steps.instantiate)}.
For scale, a whole \`node\` process that imports opscalc and calls it once takes
${ms(esm.processMs)} from spawn to exit, a bare one ${ms(bare.processMs)}.
`;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const results = measureStartup(Number(process.argv[2] ?? 21));
  const section = startupSection(results);
  const out = new URL("results/", import.meta.url);
  writeFileSync(new URL("startup.json", out), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(new URL("startup.md", out), `# Startup in Node\n\nGenerated by \`benches/startup.mjs\`; see README "Benchmarks".\n\n${section.replace(/^## Startup in Node\n\n/, "")}`);
  console.log(section);
}

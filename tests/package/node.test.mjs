// The packed package in Node, installed from the tarball: ESM with no init call,
// CommonJS, the README's Node examples, and the types TypeScript resolves for each.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { expectedOutput, installed, readmeBlocks, runNode } from "./consumer.mjs";

const { tarball, project } = installed;

// Heizer & Render's Sharp, Inc.: D = 1,000 units a year, S = $10, H = $0.50 → Q* = 200.
const SHARP = "{ demand: 1000, orderingCost: 10, holdingCost: 0.5 }";
const NEGATIVE_DEMAND = "{ demand: -5, orderingCost: 10, holdingCost: 1 }";

test("the tarball holds the package's files and nothing else", () => {
  const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).trim().split("\n").sort();
  assert.deepEqual(files, [
    "package/LICENSE-APACHE",
    "package/LICENSE-MIT",
    "package/README.md",
    "package/opscalc.cjs",
    "package/opscalc.d.cts",
    "package/opscalc.d.ts",
    "package/opscalc.js",
    "package/opscalc.node.js",
    "package/opscalc_bg.wasm",
    "package/opscalc_codec.cjs",
    "package/opscalc_codec.js",
    "package/package.json",
  ]);
});

test("Node ESM: import { eoq } from \"opscalc\" works with no init call", () => {
  const lines = runNode(
    project,
    "esm.mjs",
    `import { eoq } from "opscalc";
console.log(eoq(${SHARP}).quantity);
try {
  eoq(${NEGATIVE_DEMAND});
} catch (error) {
  console.log(error instanceof Error, error.name, error.code, error.field);
}
`,
  );
  assert.deepEqual(lines, ["200", "true OpscalcError not_positive demand"]);
});

test("Node ESM: the entry reads its wasm without process.getBuiltinModule (Node 20 before 20.16)", () => {
  // The entry takes fs from process.getBuiltinModule, cheaper than `import "node:fs"`,
  // and imports node:fs where the function does not exist: this script removes it first.
  const lines = runNode(
    project,
    "older-node.mjs",
    `delete process.getBuiltinModule;
const { eoq } = await import("opscalc");
console.log(typeof process.getBuiltinModule, eoq(${SHARP}).quantity);
`,
  );
  assert.deepEqual(lines, ["undefined 200"]);
});

test("Node ESM: code written for browsers (await init()) runs unchanged, on the one instance", () => {
  const lines = runNode(
    project,
    "universal.mjs",
    `import init, { eoq } from "opscalc";
import * as web from "opscalc/opscalc.js";
const exports = await init();
console.log(exports === (await init()), web.eoq === eoq, eoq(${SHARP}).totalCost);
console.log(import.meta.resolve("opscalc/opscalc.js") === import.meta.resolve("opscalc"));
`,
  );
  // In Node both names are the one-module entry (glue and codec together).
  assert.deepEqual(lines, ["true true 100", "true"]);
});

test("Node CommonJS: require(\"opscalc\") works", () => {
  const lines = runNode(
    project,
    "cjs.cjs",
    `const { eoq, errorCodes } = require("opscalc");
console.log(require.resolve("opscalc").endsWith("opscalc.cjs"), eoq(${SHARP}).quantity);
try {
  eoq(${NEGATIVE_DEMAND});
} catch (error) {
  console.log(error instanceof Error, error.name, error.code, error.field);
}
console.log(errorCodes().includes("not_positive"));
`,
  );
  assert.deepEqual(lines, ["true 200", "true OpscalcError not_positive demand", "true"]);
});

for (const [language, file] of [
  ["js", "readme.mjs"],
  ["cjs", "readme.cjs"],
]) {
  const blocks = readmeBlocks(language);
  test(`the README has a \`\`\`${language} example`, () => assert.ok(blocks.length >= 1));
  blocks.forEach((code, index) => {
    test(`README \`\`\`${language} example ${index + 1} prints what its comments say, from the tarball`, () => {
      const expected = expectedOutput(code);
      assert.ok(expected.length > 0, "the example states its output");
      assert.deepEqual(runNode(project, file, code), expected);
    });
  });
}

test("TypeScript resolves typed entries for import and for require (NodeNext)", () => {
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { module: "nodenext", strict: true, noEmit: true, types: [] }, files: ["esm.mts", "cjs.cts"] }),
  );
  writeFileSync(
    join(project, "esm.mts"),
    `import init, { eoq, type EoqResult } from "opscalc";
await init();
const result: EoqResult = eoq(${SHARP});
const quantity: number = result.quantity;
// @ts-expect-error: a misspelt option is a type error
eoq({ demand: 1000, orderingCost: 10, holdingcost: 0.5 });
export { quantity };
`,
  );
  writeFileSync(
    join(project, "cjs.cts"),
    `import opscalc = require("opscalc");
const quantity: number = opscalc.eoq(${SHARP}).quantity;
// @ts-expect-error: a misspelt option is a type error
opscalc.eoq({ demand: 1000, orderingCost: 10, holdingcost: 0.5 });
export = quantity;
`,
  );
  const tsc = fileURLToPath(new URL("../../node_modules/.bin/tsc", import.meta.url));
  const files = execFileSync(tsc, ["-p", "tsconfig.json", "--listFiles"], { cwd: project, encoding: "utf8" }).split("\n");
  const typings = files.filter((file) => file.includes("node_modules/opscalc/")).map((file) => file.replace(/.*node_modules\/opscalc\//, "")).sort();
  assert.deepEqual(typings, ["opscalc.d.cts", "opscalc.d.ts"]);
});

// The generated TypeScript declarations: golden copy, no `any`, codes in sync.
//
// After an intended API change: UPDATE_GOLDEN=1 node --test tests/js/types.test.mjs
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { test } from "node:test";
import opscalc, { packageDirectory } from "./load-package.mjs";

const declarations = readFileSync(new URL("opscalc.d.ts", packageDirectory), "utf8");
const goldenFile = new URL("../golden/opscalc.d.ts", import.meta.url);

test("the .d.ts matches the reviewed golden copy", () => {
  if (process.env.UPDATE_GOLDEN) writeFileSync(goldenFile, declarations);
  assert.equal(declarations, readFileSync(goldenFile, "utf8"), "API changed: review it, then UPDATE_GOLDEN=1");
});

test("the .d.ts has no `any`", () => {
  const withoutComments = declarations.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  assert.deepEqual(withoutComments.match(/\bany\b/g), null);
});

test("every exported function has typed options and result", () => {
  assert.match(declarations, /export function eoq\(options: EoqOptions\): EoqResult;/);
  assert.match(declarations, /export function eoqCostCurve\(options: EoqCostCurveOptions\): EoqCostCurveResult;/);
  assert.match(declarations, /export interface EoqOptions \{/);
  assert.match(declarations, /export interface OpscalcError extends Error \{/);
});

test("the ErrorCode type lists exactly the codes the library has", () => {
  const union = declarations.match(/export type ErrorCode =([^;]*);/)[1];
  const declared = [...union.matchAll(/"([a-z_]+)"/g)].map((match) => match[1]);
  assert.deepEqual(declared, opscalc.errorCodes());
});

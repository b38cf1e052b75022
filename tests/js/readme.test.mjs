// Runs the README's JavaScript examples against the built package, as a user would
// after `npm install opscalc`, and checks each `// → expected` output comment.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { runAsPackageUser } from "./run-example.mjs";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]);

test("the README has a JavaScript example", () => {
  assert.ok(blocks.length >= 1);
});

blocks.forEach((code, index) => {
  test(`README JavaScript example ${index + 1} runs and prints what its comments say`, () => {
    const expected = [...code.matchAll(/\/\/ → (.*)$/gm)].map((match) => match[1].trim());
    assert.ok(expected.length > 0, "the example states its output");
    assert.deepEqual(runAsPackageUser(code), expected);
  });
});

// Runs the README's JavaScript examples against the built package, as a user would
// after `npm install opscalc`, and checks each `// → expected` output comment.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { packageDirectory } from "./load-package.mjs";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]);

test("the README has a JavaScript example", () => {
  assert.ok(blocks.length >= 1);
});

blocks.forEach((code, index) => {
  test(`README JavaScript example ${index + 1} runs and prints what its comments say`, () => {
    const expected = [...code.matchAll(/\/\/ → (.*)$/gm)].map((match) => match[1].trim());
    assert.ok(expected.length > 0, "the example states its output");

    // A throwaway project where `import "opscalc"` resolves to the built package.
    const project = mkdtempSync(join(tmpdir(), "opscalc-readme-"));
    try {
      mkdirSync(join(project, "node_modules"));
      symlinkSync(fileURLToPath(packageDirectory), join(project, "node_modules", "opscalc"), "dir");
      writeFileSync(join(project, "example.mjs"), code);
      const output = execFileSync(process.execPath, ["example.mjs"], { cwd: project, encoding: "utf8" });
      assert.deepEqual(output.trim().split("\n"), expected);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});

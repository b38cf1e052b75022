// Runs a JavaScript example as a user of the package would run it after
// `npm install opscalc`: as `example.mjs` in a throwaway project whose
// node_modules/opscalc is the built package (pkg/). Shared by the tests of the README's
// examples and of the site's "Use the library" page.
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { packageDirectory } from "./load-package.mjs";

/**
 * The lines `code` prints to standard output, without trailing blank lines. Throws if
 * the example throws or exits with an error.
 * @param {string} code an ES module
 * @returns {string[]}
 */
export function runAsPackageUser(code) {
  const project = mkdtempSync(join(tmpdir(), "opscalc-example-"));
  try {
    mkdirSync(join(project, "node_modules"));
    symlinkSync(fileURLToPath(packageDirectory), join(project, "node_modules", "opscalc"), "dir");
    writeFileSync(join(project, "example.mjs"), code);
    const output = execFileSync(process.execPath, ["example.mjs"], { cwd: project, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return output.trimEnd().split("\n");
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

// The package as its users get it: `npm pack` of the built pkg/ (scripts/build.sh),
// installed from the tarball into a throwaway project, once per test file (a few
// seconds), deleted when the process exits.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PKG = fileURLToPath(new URL("../../pkg/", import.meta.url));
export const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

const NPM_QUIET = ["--no-audit", "--no-fund", "--loglevel=error"];

/** `npm pack`s pkg/ into a new directory; returns the tarball's path. */
function pack() {
  const directory = mkdtempSync(join(tmpdir(), "opscalc-tarball-"));
  const [{ filename }] = JSON.parse(
    execFileSync("npm", ["pack", PKG, "--json", "--pack-destination", directory, "--loglevel=error"], { encoding: "utf8" }),
  );
  return join(directory, filename);
}

/** Installs `tarball` into a new project (no registry needed: opscalc has no dependencies). */
function installInNewProject(tarball) {
  const project = mkdtempSync(join(tmpdir(), "opscalc-consumer-"));
  writeFileSync(join(project, "package.json"), '{ "name": "consumer", "private": true }\n');
  execFileSync("npm", ["install", "--offline", ...NPM_QUIET, tarball], { cwd: project, stdio: "inherit" });
  return project;
}

/** `{ tarball, project }`: the packed package and a project with it installed. */
export const installed = (() => {
  const tarball = pack();
  const project = installInNewProject(tarball);
  process.on("exit", () => {
    rmSync(project, { recursive: true, force: true });
    rmSync(join(tarball, ".."), { recursive: true, force: true });
  });
  return { tarball, project };
})();

/** The README's code blocks fenced as ````language`. */
export const readmeBlocks = (language) =>
  [...README.matchAll(new RegExp("```" + language + "\\n([\\s\\S]*?)```", "g"))].map((match) => match[1]);

/** The `// → expected` comments of an example, in order. */
export const expectedOutput = (code) => [...code.matchAll(/\/\/ → (.*)$/gm)].map((match) => match[1].trim());

/**
 * Saves `code` as `file` in `project` and runs it with Node; returns the lines it prints
 * (throws if it fails).
 */
export function runNode(project, file, code) {
  writeFileSync(join(project, file), code);
  const output = execFileSync(process.execPath, [file], { cwd: project, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  return output.trimEnd().split("\n");
}

export { NPM_QUIET };

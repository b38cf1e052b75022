// The packed package in a Vite app built for production: tests/package/vite-app gets
// Vite from the registry (npm ci, skipped while node_modules matches the lock file) and
// opscalc from the tarball, `vite build` bundles it, and the built site is served and
// opened in headless Chromium.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { newWatchedPage, openSite } from "../browser/browser.mjs";
import { NPM_QUIET, README, installed } from "./consumer.mjs";

const APP = fileURLToPath(new URL("./vite-app/", import.meta.url));
const MAIN = readFileSync(join(APP, "src", "main.js"), "utf8");

/** npm ci unless node_modules was installed from this very lock file (a stamp of its hash). */
function installVite() {
  const stamp = join(APP, "node_modules", ".lock-hash");
  const hash = createHash("sha256").update(readFileSync(join(APP, "package-lock.json"))).digest("hex");
  if (existsSync(stamp) && readFileSync(stamp, "utf8").trim() === hash) return;
  execFileSync("npm", ["ci", ...NPM_QUIET], { cwd: APP, stdio: "inherit" });
  writeFileSync(stamp, `${hash}\n`);
}

test("the README shows the Vite app's src/main.js as it is", () => {
  assert.ok(README.includes("```javascript\n" + MAIN + "```"), "README has a ```javascript block equal to tests/package/vite-app/src/main.js");
});

test("a Vite app built for production with the tarball shows Q* = 200", async () => {
  installVite();
  rmSync(join(APP, "node_modules", "opscalc"), { recursive: true, force: true });
  execFileSync("npm", ["install", "--no-save", "--prefer-offline", ...NPM_QUIET, installed.tarball], { cwd: APP, stdio: "inherit" });

  const dist = mkdtempSync(join(tmpdir(), "opscalc-vite-dist-"));
  try {
    execFileSync(join(APP, "node_modules", ".bin", "vite"), ["build", "--outDir", dist, "--emptyOutDir", "--logLevel", "warn"], { cwd: APP, stdio: "inherit" });
    const assets = readdirSync(join(dist, "assets"));
    const wasm = assets.find((file) => /^opscalc_bg-.*\.wasm$/.test(file));
    assert.ok(wasm, `Vite emits the wasm as a hashed asset (assets: ${assets.join(", ")})`);
    assert.deepEqual(readFileSync(join(dist, "assets", wasm)), readFileSync(join(installed.project, "node_modules", "opscalc", "opscalc_bg.wasm")));

    const site = await openSite({ root: dist });
    try {
      const { page, problems } = await newWatchedPage(site.browser);
      await page.goto(site.url);
      await page.getByText("Q* = 200").waitFor({ timeout: 10_000 });
      assert.deepEqual(problems, []);
    } finally {
      await site.close();
    }
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

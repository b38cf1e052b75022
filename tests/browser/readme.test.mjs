// The README's browser example, served with the built package and run in Chromium.
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { newWatchedPage, openSite } from "./browser.mjs";

test("the README's <script type=module> example shows Q* = 200", async () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const html = readme.match(/```html\n([\s\S]*?)```/)[1];
  const root = mkdtempSync(join(tmpdir(), "opscalc-readme-browser-"));
  mkdirSync(join(root, "pkg"));
  for (const file of ["opscalc.js", "opscalc_bg.wasm"]) {
    copyFileSync(new URL(`../../pkg/${file}`, import.meta.url), join(root, "pkg", file));
  }
  writeFileSync(join(root, "index.html"), `<!doctype html><html><body>${html}</body></html>`);
  const site = await openSite({ root });
  try {
    const { page, problems } = await newWatchedPage(site.browser);
    await page.goto(site.url);
    await page.getByText("Q* = 200").waitFor({ timeout: 10_000 });
    // A bare page has no icon, so the browser's own request for one fails.
    assert.deepEqual(problems.filter((problem) => problem !== "HTTP 404: /favicon.ico"), []);
  } finally {
    await site.close();
    rmSync(root, { recursive: true, force: true });
  }
});

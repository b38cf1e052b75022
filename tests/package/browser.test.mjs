// The packed package in a plain browser page, no bundler: the README's
// <script type="module"> example saved as index.html next to the node_modules/ the
// tarball was installed into, served by a static server and opened in headless Chromium.
import assert from "node:assert/strict";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { newWatchedPage, openSite } from "../browser/browser.mjs";
import { installed, readmeBlocks } from "./consumer.mjs";

const { project } = installed;

test("the README has a plain-page example that imports from node_modules/opscalc", () => {
  const pages = readmeBlocks("html").filter((html) => html.includes("node_modules/opscalc/"));
  assert.equal(pages.length, 1);
});

test("the README's <script type=module> page shows Q* = 200 from the installed tarball", async () => {
  const [html] = readmeBlocks("html").filter((block) => block.includes("node_modules/opscalc/"));
  writeFileSync(join(project, "index.html"), `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>${html}</body></html>`);
  const site = await openSite({ root: project });
  try {
    const { page, problems } = await newWatchedPage(site.browser);
    const wasm = page.waitForResponse((response) => response.url().endsWith("/node_modules/opscalc/opscalc_bg.wasm"));
    await page.goto(site.url);
    await page.getByText("Q* = 200").waitFor({ timeout: 10_000 });
    assert.equal((await wasm).status(), 200);
    assert.deepEqual(problems, []);
  } finally {
    await site.close();
    rmSync(join(project, "index.html"), { force: true });
  }
});

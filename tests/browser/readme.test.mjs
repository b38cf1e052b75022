// The README's browser example, served with the built package (pkg/ where npm would
// install it) and run in Chromium; tests/package/browser.test.mjs runs it from the tarball.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { newWatchedPage, openPackageExample } from "./browser.mjs";

test("the README's <script type=module> example shows Q* = 200", async () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const html = readme.match(/```html\n([\s\S]*?)```/)[1];
  const site = await openPackageExample(html, { packageDir: "node_modules/opscalc" });
  try {
    const { page, problems } = await newWatchedPage(site.browser);
    await page.goto(site.url);
    await page.getByText("Q* = 200").waitFor({ timeout: 10_000 });
    // A bare page has no icon, so the browser's own request for one fails.
    assert.deepEqual(problems.filter((problem) => problem !== "HTTP 404: /favicon.ico"), []);
  } finally {
    await site.close();
  }
});

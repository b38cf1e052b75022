// Offline use: after one visit the service worker (www/sw.js) has the whole site, so
// with the server gone a calculator still loads and computes, and so does a page never
// visited. Online, every file comes from the network first, so a rebuilt file is used
// at once, and a new cache version replaces the old. Each test serves its own copy of
// the site, which it can change and stop.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, test } from "node:test";
import { SITE_ROOT } from "../../scripts/serve.mjs";
import { newWatchedPage, openSite } from "./browser.mjs";
import { output, type } from "./calculator.mjs";

const cleanups = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A copy of www/ served on its own port. */
async function openCopyOfSite() {
  const root = mkdtempSync(join(tmpdir(), "opscalc-offline-"));
  cpSync(SITE_ROOT, root, { recursive: true });
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  const site = await openSite({ root });
  cleanups.push(() => site.close());
  return { site, root };
}

/** Waits until the service worker is active and controls `page`. */
async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener("controllerchange", done, { once: true }));
    }
  });
}

/** The caches the page's origin holds. */
const cacheNames = (page) => page.evaluate(() => caches.keys());

test("after one visit, with the server gone, the EOQ calculator computes and an unvisited page works", async () => {
  const { site } = await openCopyOfSite();
  const { page, problems } = await newWatchedPage(site.browser);
  await page.goto(`${site.url}eoq.html`);
  await output(page, "Order quantity").filter({ hasText: "200 units" }).waitFor();
  await waitForServiceWorker(page);
  assert.deepEqual(await cacheNames(page), ["opscalc-v1"]);

  await site.stopServer();
  await page.context().setOffline(true);
  const responses = [];
  page.on("response", (response) => responses.push(response));

  await page.reload();
  await output(page, "Order quantity").filter({ hasText: "200 units" }).waitFor();
  await type(page, "Demand", "4000");
  await output(page, "Order quantity").filter({ hasText: "400 units" }).waitFor();

  // A page this browser has not opened: precached when the service worker installed.
  await page.goto(`${site.url}line-balancing.html`);
  assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Assembly line balancing");
  await page.locator("output").first().filter({ hasText: /\d/ }).waitFor();
  // Its exact search runs in a module worker, which loads its script and the wasm offline too.
  await page.locator("#optimal-status", { hasText: "Done: the optimum is proven." }).waitFor();
  await page.goto(site.url);
  await page.locator("#calculator-list li").first().waitFor();

  assert.ok(responses.length > 10, `${responses.length} responses`);
  const fromNetwork = responses.filter((response) => !response.fromServiceWorker()).map((response) => response.url());
  assert.deepEqual(fromNetwork, [], "offline, every file comes from the service worker");
  assert.deepEqual(problems, []);
});

test("online, a changed file is served fresh; a new cache version deletes the old cache", async () => {
  const { site, root } = await openCopyOfSite();
  const { page, problems } = await newWatchedPage(site.browser);
  await page.goto(`${site.url}eoq.html`);
  await waitForServiceWorker(page);
  const heading = page.getByRole("heading", { level: 1 });
  assert.equal(await heading.textContent(), "Economic order quantity (EOQ)");

  // A rebuilt page: the network's copy wins while online.
  const html = join(root, "eoq.html");
  writeFileSync(html, readFileSync(html, "utf8").replace("<h1>Economic order quantity (EOQ)</h1>", "<h1>EOQ, rebuilt</h1>"));
  await page.reload();
  assert.equal(await heading.textContent(), "EOQ, rebuilt");

  // A new service worker with a new cache name: activating it deletes the old caches.
  await page.evaluate(() => caches.open("opscalc-v0"));
  const worker = join(root, "sw.js");
  writeFileSync(worker, readFileSync(worker, "utf8").replace('const CACHE = "opscalc-v1";', 'const CACHE = "opscalc-v2";'));
  const newWorker = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const old = registration.active;
    await registration.update();
    const worker = registration.installing ?? registration.waiting ?? registration.active;
    // "activated" comes once the activate event's work (deleting old caches) is done.
    while (worker.state !== "activated" && worker.state !== "redundant") {
      await new Promise((done) => worker.addEventListener("statechange", done, { once: true }));
    }
    return worker !== old && worker.state === "activated";
  });
  assert.ok(newWorker, "the changed service worker replaced the old one");
  assert.deepEqual(await cacheNames(page), ["opscalc-v2"]);

  // Offline now, the cache holds what the network last gave.
  await site.stopServer();
  await page.context().setOffline(true);
  await page.reload();
  assert.equal(await heading.textContent(), "EOQ, rebuilt");
  await output(page, "Order quantity").filter({ hasText: "200 units" }).waitFor();
  assert.deepEqual(problems, []);
});

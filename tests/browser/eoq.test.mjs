// The EOQ page in headless Chromium: a person types the textbook inputs and reads the
// results, the errors, the working and the chart.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ARTIFACTS, field, newWatchedPage, openSite, output, type } from "./browser.mjs";

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

async function openEoq() {
  const watched = await newWatchedPage(site.browser);
  await watched.page.goto(`${site.url}eoq.html`);
  await output(watched.page, "Order quantity").filter({ hasText: "units" }).waitFor();
  return watched;
}

test("Heizer & Render's Sharp, Inc.: typing D = 1000, S = 10, H = 0.5 shows Q* = 200 and TC = $100", async () => {
  const { page, problems } = await openEoq();
  await type(page, "Demand", "1000");
  await type(page, "Ordering cost", "10");
  await type(page, "Holding cost H", "0.5");
  await type(page, "Working days", "250");
  assert.equal(await output(page, "Order quantity").textContent(), "200 units");
  assert.equal(await output(page, "Total cost per year").textContent(), "$100");
  assert.equal(await output(page, "Ordering cost per year").textContent(), "$50");
  assert.equal(await output(page, "Holding cost per year").textContent(), "$50");
  assert.equal(await output(page, "Orders per year").textContent(), "5");
  assert.equal(await output(page, "Time between orders").textContent(), "50 days");
  assert.equal(await output(page, "Reorder point").isVisible(), false, "no lead time, no reorder point");

  const working = await page.locator("#eoq-working").innerText();
  assert.match(working, /Q\* = √\(2DS \/ H\) = √\(2 × 1,000 × 10 \/ 0\.5\) = 200 units/);
  assert.match(working, /TC = .* = 50 \+ 50 = \$100 per year/);

  await page.screenshot({ path: new URL("eoq-sharp-inc.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("results update while typing, without a button", async () => {
  const { page, problems } = await openEoq();
  await type(page, "Demand", "4000");
  assert.equal(await output(page, "Order quantity").textContent(), "400 units");
  assert.deepEqual(problems, []);
});

test("a bad input shows the library's message next to that field, and fixing it clears it", async () => {
  const { page, problems } = await openEoq();
  await type(page, "Demand", "-5");
  const demand = field(page, "Demand");
  assert.equal(await demand.getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#demand-error").textContent(), "must be greater than zero");
  assert.match(await page.locator("#eoq-results").getAttribute("class"), /stale/);

  await type(page, "Demand", "1000");
  assert.equal(await demand.getAttribute("aria-invalid"), null);
  assert.equal(await page.locator("#demand-error").textContent(), "");
  assert.equal(await output(page, "Order quantity").textContent(), "200 units");

  await field(page, "Holding cost H").fill("");
  assert.equal(await page.locator("#holding-cost-error").textContent(), "is required (or a holding rate with a unit cost)");
  assert.deepEqual(problems, []);
});

test("Krajewski's bird feeders with holding as 25% of $60: Q* = 74.94, H = i × C in the working", async () => {
  const { page, problems } = await openEoq();
  await page.getByLabel("a rate of the unit cost").check();
  await type(page, "Demand", "936");
  await type(page, "Ordering cost", "45");
  await type(page, "Holding rate", "0.25");
  await type(page, "Unit cost", "60");
  assert.equal(await output(page, "Order quantity").textContent(), "74.94 units");
  assert.match(await page.locator("#eoq-working").innerText(), /H = i × C = 0\.25 × \$60 = \$15 per unit per year/);
  assert.equal(await field(page, "Holding cost H").isVisible(), false);
  assert.deepEqual(problems, []);
});

test("Heizer & Render's Electronic Assembler: 8,000 a year, 250 days, 3 days' lead time: ROP = 96", async () => {
  const { page, problems } = await openEoq();
  await type(page, "Demand", "8000");
  await type(page, "Working days", "250");
  await type(page, "Lead time", "3");
  assert.equal(await output(page, "Reorder point").textContent(), "96 units");
  assert.match(await page.locator("#eoq-working").innerText(), /ROP = d × L = 32 × 3 = 96 units/);

  await field(page, "Working days").fill("");
  assert.equal(await page.locator("#working-days-error").textContent(), "is required when the lead time is given in days");
  assert.deepEqual(problems, []);
});

test("the chart draws three cost curves and marks Q*", async () => {
  const { page, problems } = await openEoq();
  const chart = page.getByRole("img", { name: "Ordering, holding and total cost against order quantity" });
  assert.equal(await chart.locator("polyline").count(), 3);
  assert.equal(await chart.locator(".marker text").textContent(), "Q* = 200");
  assert.match(await chart.locator("desc").textContent(), /lowest, \$100 a year, at an order quantity of 200 units/);

  await type(page, "Demand", "4000");
  assert.equal(await chart.locator(".marker text").textContent(), "Q* = 400");
  assert.deepEqual(problems, []);
});

test("the inventory chart draws three cycles of the sawtooth, with the reorder point when there is a lead time", async () => {
  const { page, problems } = await openEoq();
  const chart = page.getByRole("img", { name: "Inventory on hand over three order cycles" });
  const points = (await chart.locator("polyline").getAttribute("points")).trim().split(" ");
  assert.equal(points.length, 6, "two corners per cycle");
  assert.match(await chart.locator("desc").textContent(), /every 50 days/);
  assert.equal(await chart.locator(".level").count(), 0);

  await type(page, "Lead time", "10");
  assert.equal(await chart.locator(".level text").textContent(), "Reorder point 40");
  assert.deepEqual(problems, []);
});

test("reset restores the textbook example", async () => {
  const { page, problems } = await openEoq();
  await page.getByLabel("a rate of the unit cost").check();
  await type(page, "Demand", "5");
  await page.getByRole("button", { name: "Reset to the textbook example" }).click();
  assert.equal(await field(page, "Demand").inputValue(), "1000");
  assert.equal(await field(page, "Holding cost H").isVisible(), true);
  assert.equal(await output(page, "Order quantity").textContent(), "200 units");
  assert.deepEqual(problems, []);
});

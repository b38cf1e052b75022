// The planned-backorders page in headless Chromium: a person types the textbook inputs
// and reads the results, the errors, the working and the charts.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ARTIFACTS, field, newWatchedPage, openSite, output, type } from "./browser.mjs";
import { comparisonRows, downloadText, editScenario, linkHolding, startComparing } from "./scenario.mjs";

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

async function openBackorders() {
  const watched = await newWatchedPage(site.browser);
  await watched.page.goto(`${site.url}backorders.html`);
  await output(watched.page, "Order quantity").filter({ hasText: "units" }).waitFor();
  return watched;
}

test("Higley Radio Components: typing D = 2,000, S = 25, 20% of $50, B = 30 shows Q* = 115.47, b* = 28.87, TC = $866.03", async () => {
  const { page, problems } = await openBackorders();
  await page.getByLabel("a rate of the unit cost").check();
  await type(page, "Demand", "2000");
  await type(page, "Ordering cost", "25");
  await type(page, "Holding rate", "0.2");
  await type(page, "Unit cost", "50");
  await type(page, "Backorder cost", "30");
  await type(page, "Working days", "250");
  assert.equal(await output(page, "Order quantity").textContent(), "115.47 units");
  assert.equal(await output(page, "Maximum backorder").textContent(), "28.87 units");
  assert.equal(await output(page, "Total cost per year").textContent(), "$866.03");
  assert.equal(await output(page, "Ordering cost per year").textContent(), "$433.01");
  assert.equal(await output(page, "Holding cost per year").textContent(), "$324.76");
  assert.equal(await output(page, "Backorder cost per year").textContent(), "$108.25");
  assert.equal(await output(page, "Maximum inventory").textContent(), "86.6 units");
  assert.equal(await output(page, "Orders per year").textContent(), "17.32");
  assert.equal(await output(page, "Time between orders").textContent(), "14.43 days");
  assert.equal(await output(page, "Time with stock on hand").textContent(), "10.83 days");
  assert.equal(await output(page, "Time in backorder").textContent(), "3.608 days");
  assert.equal(await output(page, "Share of each cycle in backorder").textContent(), "25%");

  const working = await page.locator("#backorders-working").innerText();
  assert.match(working, /H = i × C = 0\.2 × \$50 = \$10 per unit per year/);
  assert.match(working, /Q\* = √\(2DS \/ H × \(H \+ B\) \/ B\) = √\(2 × 2,000 × 25 \/ 10 × \(10 \+ 30\) \/ 30\) = 115\.47 units/);
  assert.match(working, /b\* = Q\* H \/ \(H \+ B\) = 115\.47 × 10 \/ \(10 \+ 30\) = 28\.87 units/);
  assert.match(working, /in backorder: b\* \/ d = 28\.87 \/ 8 = 3\.608 days/);
  assert.match(working, /TC = .* = 433\.01 \+ 324\.76 \+ 108\.25 = \$866\.03 per year/);

  const nav = page.getByRole("navigation", { name: "Calculators" });
  assert.equal(await nav.getByRole("link", { name: "Backorders", exact: true }).getAttribute("aria-current"), "page");
  await page.screenshot({ path: new URL("backorders-higley.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("holding cost given per unit ($10) gives the same answer", async () => {
  const { page, problems } = await openBackorders();
  await page.getByLabel("an amount per unit").check();
  await type(page, "Holding cost H", "10");
  assert.equal(await output(page, "Order quantity").textContent(), "115.47 units");
  assert.equal(await field(page, "Holding rate").isVisible(), false);
  assert.doesNotMatch(await page.locator("#backorders-working").innerText(), /H = i × C/);
  assert.deepEqual(problems, []);
});

test("a bad backorder cost shows the library's message next to it, and fixing it clears it", async () => {
  const { page, problems } = await openBackorders();
  await type(page, "Backorder cost", "0");
  const backorder = field(page, "Backorder cost");
  assert.equal(await backorder.getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#backorder-cost-error").textContent(), "must be greater than zero");
  assert.match(await page.locator("#backorders-results").getAttribute("class"), /stale/);

  await type(page, "Backorder cost", "30");
  assert.equal(await backorder.getAttribute("aria-invalid"), null);
  assert.equal(await page.locator("#backorder-cost-error").textContent(), "");

  await field(page, "Unit cost").fill("");
  assert.equal(await page.locator("#unit-cost-error").textContent(), "is required with a holding rate");
  assert.deepEqual(problems, []);
});

test("the inventory chart dips below zero each cycle, with the zero line and the maximum backorder", async () => {
  const { page, problems } = await openBackorders();
  const chart = page.getByRole("img", { name: "Inventory on hand and backordered over three order cycles" });
  const points = (await chart.locator("polyline").getAttribute("points")).trim().split(" ");
  assert.equal(points.length, 9, "three corners per cycle");
  const zero = Number(await chart.locator("line.zero").getAttribute("y1"));
  const heights = points.map((point) => Number(point.split(",")[1]));
  assert.equal(heights.filter((y) => y > zero + 1).length, 3, "one corner below zero per cycle (SVG y grows downwards)");
  assert.equal(await chart.locator(".level text").textContent(), "b* = 28.87");
  assert.match(await chart.locator("desc").textContent(), /stock lasts 10\.83 days, then customers wait 3\.608 days/);
  assert.deepEqual(problems, []);
});

test("the cost chart draws four curves and marks Q*", async () => {
  const { page, problems } = await openBackorders();
  const chart = page.getByRole("img", { name: "Ordering, holding, backorder and total cost against order quantity" });
  assert.equal(await chart.locator("polyline").count(), 4);
  assert.equal(await chart.locator(".legend text").nth(3).textContent(), "Backorder cost");
  assert.equal(await chart.locator(".marker text").textContent(), "Q* = 115.47");

  // Dearer backorders: fewer are planned and the lot shrinks towards the EOQ (100).
  await type(page, "Backorder cost", "90");
  assert.equal(await chart.locator(".marker text").textContent(), "Q* = 105.41");
  assert.equal(await output(page, "Maximum backorder").textContent(), "10.54 units");
  assert.deepEqual(problems, []);
});

test("reset restores the textbook example", async () => {
  const { page, problems } = await openBackorders();
  await page.getByLabel("an amount per unit").check();
  await type(page, "Demand", "5");
  await page.getByRole("button", { name: "Reset to the textbook example" }).click();
  assert.equal(await field(page, "Demand").inputValue(), "2000");
  assert.equal(await field(page, "Holding rate").isVisible(), true);
  assert.equal(await field(page, "Holding cost H").isVisible(), false);
  assert.equal(await output(page, "Order quantity").textContent(), "115.47 units");
  assert.deepEqual(problems, []);
});

test("the backorders page fits a phone screen without sideways scrolling", async () => {
  const { page, problems } = await newWatchedPage(site.browser);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`${site.url}backorders.html`);
  await output(page, "Order quantity").filter({ hasText: "units" }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: new URL("backorders-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("compare: backorders three times dearer in scenario B plan fewer of them at a higher cost", async () => {
  const { page, problems } = await openBackorders();
  await startComparing(page);
  await type(page, "Backorder cost", "90");
  const rows = await comparisonRows(page);
  assert.deepEqual(rows[0], ["Order quantity Q*", "115.47 units", "105.41 units", "−10.06 units", "−8.7%"]);
  assert.deepEqual(rows[1], ["Maximum backorder b*", "28.87 units", "10.54 units", "−18.33 units", "−63.5%"]);
  assert.deepEqual(rows[2], ["Total cost per year", "$866.03", "$948.68", "+$82.66", "+9.5%"]);
  assert.deepEqual(rows[6], ["Share of each cycle in backorder", "25%", "10%", "−15 pts", "—"]);
  await editScenario(page, "A");
  assert.equal(await field(page, "Backorder cost").inputValue(), "30");
  assert.equal(await output(page, "Order quantity").textContent(), "115.47 units");
  assert.equal(await page.locator(".scenario-chart polyline.line").count(), 2);
  await page.screenshot({ path: new URL("backorders-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the link reproduces the inputs, the holding cost per unit chosen and scenario B", async () => {
  const { page, problems } = await openBackorders();
  await page.getByLabel("an amount per unit").check();
  await type(page, "Holding cost H", "10");
  await type(page, "Demand", "8000");
  await startComparing(page);
  await type(page, "Backorder cost", "90");
  const link = await linkHolding(page, "b.backorder-cost=90");
  assert.match(link, /[?&]holding-mode=perUnit/);

  const copy = await newWatchedPage(site.browser);
  await copy.page.goto(link);
  await output(copy.page, "Order quantity").filter({ hasText: "units" }).waitFor();
  assert.equal(await copy.page.getByLabel("an amount per unit").isChecked(), true);
  assert.equal(await field(copy.page, "Holding rate").isVisible(), false);
  assert.equal(await field(copy.page, "Holding cost H").inputValue(), "10");
  assert.equal(await field(copy.page, "Demand").inputValue(), "8000");
  assert.equal(await output(copy.page, "Order quantity").textContent(), "230.94 units");
  assert.deepEqual((await comparisonRows(copy.page))[0], ["Order quantity Q*", "230.94 units", "210.82 units", "−20.12 units", "−8.7%"]);
  assert.deepEqual([...problems, ...copy.problems], []);
});

test("the results download as CSV", async () => {
  const { page, problems } = await openBackorders();
  const csv = await downloadText(page, "Download the results as CSV");
  assert.equal(csv.fileName, "backorders-results.csv");
  const lines = csv.text.split("\r\n");
  assert.equal(lines[0], "Order quantity Q*,115.47 units");
  assert.ok(lines.includes("Total cost per year,$866.03"), csv.text);
  assert.ok(lines.includes("Share of each cycle in backorder,25%"), csv.text);
  assert.deepEqual(problems, []);
});

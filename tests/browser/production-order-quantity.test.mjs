// The EPQ page in headless Chromium: a person types the textbook inputs and reads the
// results, the errors, the working and the charts.
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

async function openEpq() {
  const watched = await newWatchedPage(site.browser);
  await watched.page.goto(`${site.url}production-order-quantity.html`);
  await output(watched.page, "Run size").filter({ hasText: "units" }).waitFor();
  return watched;
}

test("Stevenson's toy wheels: typing D = 48,000, p = 192,000, S = 45, H = 1 shows Q = 2,400, Imax = 1,800, TC = $1,800", async () => {
  const { page, problems } = await openEpq();
  await type(page, "Demand", "48000");
  await type(page, "Production rate", "192000");
  await type(page, "Setup cost", "45");
  await type(page, "Holding cost H", "1");
  await type(page, "Working days", "240");
  assert.equal(await output(page, "Run size").textContent(), "2,400 units");
  assert.equal(await output(page, "Total cost per year").textContent(), "$1,800");
  assert.equal(await output(page, "Setup cost per year").textContent(), "$900");
  assert.equal(await output(page, "Holding cost per year").textContent(), "$900");
  assert.equal(await output(page, "Maximum inventory").textContent(), "1,800 units");
  assert.equal(await output(page, "Average inventory").textContent(), "900 units");
  assert.equal(await output(page, "Runs per year").textContent(), "20");
  assert.equal(await output(page, "Production run time").textContent(), "3 days");
  assert.equal(await output(page, "Time between runs").textContent(), "12 days");

  const working = await page.locator("#epq-working").innerText();
  assert.match(working, /p per day = p \/ working days = 192,000 \/ 240 = 800 units per day/);
  assert.match(working, /1 − D\/p = 1 − 48,000 \/ 192,000 = 0\.75/);
  assert.match(working, /Q\* = √\(2DS \/ \(H \(1 − D\/p\)\)\) = √\(2 × 48,000 × 45 \/ \(1 × 0\.75\)\) = 2,400 units/);
  assert.match(working, /Imax = Q\* \(1 − D\/p\) = 2,400 × 0\.75 = 1,800 units/);
  assert.match(working, /tp = Q\* \/ p = 2,400 \/ 800 per day = 3 days/);
  assert.match(working, /T = Q\* \/ d = 2,400 \/ 200 per day = 12 days/);
  assert.match(working, /TC = .* = 900 \+ 900 = \$1,800 per year/);

  const nav = page.getByRole("navigation", { name: "Calculators" });
  assert.equal(await nav.getByRole("link", { name: "EPQ", exact: true }).getAttribute("aria-current"), "page");
  await page.screenshot({ path: new URL("epq-stevenson.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("Heizer & Render's hubcaps: D = 1,000, p = 8 × 250, S = $10, H = $0.50 gives Q* = 282.84", async () => {
  const { page, problems } = await openEpq();
  await type(page, "Demand", "1000");
  await type(page, "Production rate", "2000");
  await type(page, "Setup cost", "10");
  await type(page, "Holding cost H", "0.5");
  await type(page, "Working days", "250");
  assert.equal(await output(page, "Run size").textContent(), "282.84 units");
  assert.match(await page.locator("#epq-working").innerText(), /1 − D\/p = 1 − 1,000 \/ 2,000 = 0\.5/);
  assert.deepEqual(problems, []);
});

test("a production rate not above demand shows the library's message next to it, and fixing it clears it", async () => {
  const { page, problems } = await openEpq();
  await type(page, "Production rate", "40000");
  const rate = field(page, "Production rate");
  assert.equal(await rate.getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#production-rate-error").textContent(), "must be greater than the demand rate");
  assert.match(await page.locator("#epq-results").getAttribute("class"), /stale/);

  await type(page, "Production rate", "192000");
  assert.equal(await rate.getAttribute("aria-invalid"), null);
  assert.equal(await page.locator("#production-rate-error").textContent(), "");
  assert.equal(await output(page, "Run size").textContent(), "2,400 units");

  await type(page, "Setup cost", "-45");
  assert.equal(await page.locator("#setup-cost-error").textContent(), "must be greater than zero");
  assert.deepEqual(problems, []);
});

test("holding cost as 25% of a $4 wheel gives the same run, with H = i × C in the working", async () => {
  const { page, problems } = await openEpq();
  await page.getByLabel("a rate of the unit cost").check();
  await type(page, "Holding rate", "0.25");
  await type(page, "Unit cost", "4");
  assert.equal(await output(page, "Run size").textContent(), "2,400 units");
  assert.match(await page.locator("#epq-working").innerText(), /H = i × C = 0\.25 × \$4 = \$1 per unit per year/);
  assert.equal(await field(page, "Holding cost H").isVisible(), false);
  assert.deepEqual(problems, []);
});

test("without working days, times are in years", async () => {
  const { page, problems } = await openEpq();
  await field(page, "Working days").fill("");
  assert.equal(await output(page, "Production run time").textContent(), "0.0125 years");
  assert.equal(await output(page, "Time between runs").textContent(), "0.05 years");
  assert.match(await page.locator("#epq-working").innerText(), /T = Q\* \/ D = 2,400 \/ 48,000 = 0\.05 years/);
  const profile = page.getByRole("img", { name: "Inventory on hand over three production cycles" });
  assert.equal(await profile.locator(".axis-label").first().textContent(), "Time (years)");
  assert.deepEqual(problems, []);
});

test("the inventory chart draws three cycles of rise and fall, peaking at Imax", async () => {
  const { page, problems } = await openEpq();
  const chart = page.getByRole("img", { name: "Inventory on hand over three production cycles" });
  const points = (await chart.locator("polyline").getAttribute("points")).trim().split(" ");
  assert.equal(points.length, 9, "three corners per cycle");
  assert.equal(await chart.locator(".level text").textContent(), "Imax = 1,800");
  assert.match(await chart.locator("desc").textContent(), /lasts 3 days and builds stock up to 1,800 units; a new run starts every 12 days/);
  assert.deepEqual(problems, []);
});

test("the cost chart draws three curves and marks Q*", async () => {
  const { page, problems } = await openEpq();
  const chart = page.getByRole("img", { name: "Setup, holding and total cost against run size" });
  assert.equal(await chart.locator("polyline").count(), 3);
  assert.equal(await chart.locator(".marker text").textContent(), "Q* = 2,400");
  assert.match(await chart.locator("desc").textContent(), /lowest, \$1,800 a year, at a run size of 2,400 units/);

  await type(page, "Demand", "12000");
  assert.equal(await chart.locator(".marker text").textContent(), "Q* = 1,073.31");
  assert.deepEqual(problems, []);
});

test("reset restores the textbook example", async () => {
  const { page, problems } = await openEpq();
  await page.getByLabel("a rate of the unit cost").check();
  await type(page, "Demand", "5");
  await page.getByRole("button", { name: "Reset to the textbook example" }).click();
  assert.equal(await field(page, "Demand").inputValue(), "48000");
  assert.equal(await field(page, "Holding cost H").isVisible(), true);
  assert.equal(await output(page, "Run size").textContent(), "2,400 units");
  assert.deepEqual(problems, []);
});

test("the EPQ page fits a phone screen without sideways scrolling", async () => {
  const { page, problems } = await newWatchedPage(site.browser);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`${site.url}production-order-quantity.html`);
  await output(page, "Run size").filter({ hasText: "units" }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: new URL("epq-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("compare: four times the setup cost in scenario B doubles the run size and the total cost", async () => {
  const { page, problems } = await openEpq();
  await startComparing(page);
  await type(page, "Setup cost", "180");
  const rows = await comparisonRows(page);
  assert.deepEqual(rows[0], ["Run size Q*", "2,400 units", "4,800 units", "+2,400 units", "+100.0%"]);
  assert.deepEqual(rows[1], ["Total cost per year", "$1,800", "$3,600", "+$1,800", "+100.0%"]);
  assert.deepEqual(rows[5], ["Runs per year", "20", "10", "−10", "−50.0%"]);
  assert.equal(await output(page, "Run size").textContent(), "4,800 units", "the results show scenario B");
  await editScenario(page, "A");
  assert.equal(await field(page, "Setup cost").inputValue(), "45");
  const chart = page.locator(".scenario-chart");
  assert.equal(await chart.locator("polyline.line.scenario-b").count(), 1);
  await page.screenshot({ path: new URL("epq-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the link reproduces the inputs, the holding rate chosen and scenario B", async () => {
  const { page, problems } = await openEpq();
  await page.getByLabel("a rate of the unit cost").check();
  await type(page, "Holding rate", "0.25");
  await type(page, "Unit cost", "4");
  await type(page, "Demand", "12000");
  await startComparing(page);
  await type(page, "Setup cost", "180");
  const link = await linkHolding(page, "b.setup-cost=180");
  assert.match(link, /[?&]holding-mode=rate/);

  const copy = await newWatchedPage(site.browser);
  await copy.page.goto(link);
  await output(copy.page, "Run size").filter({ hasText: "units" }).waitFor();
  assert.equal(await copy.page.getByLabel("a rate of the unit cost").isChecked(), true);
  assert.equal(await field(copy.page, "Holding cost H").isVisible(), false);
  assert.equal(await field(copy.page, "Demand").inputValue(), "12000");
  assert.equal(await output(copy.page, "Run size").textContent(), "1,073.31 units");
  assert.deepEqual((await comparisonRows(copy.page))[0], ["Run size Q*", "1,073.31 units", "2,146.63 units", "+1,073.31 units", "+100.0%"]);
  assert.deepEqual([...problems, ...copy.problems], []);
});

test("the results download as CSV", async () => {
  const { page, problems } = await openEpq();
  const csv = await downloadText(page, "Download the results as CSV");
  assert.equal(csv.fileName, "production-order-quantity-results.csv");
  const lines = csv.text.split("\r\n");
  assert.equal(lines[0], 'Run size Q*,"2,400 units"');
  assert.ok(lines.includes('Maximum inventory Imax,"1,800 units"'), csv.text);
  assert.deepEqual(problems, []);
});

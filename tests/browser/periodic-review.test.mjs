// The periodic review page in headless Chromium: Stevenson's fixed-order-interval
// example typed in, the order, the flag when stock exceeds the target, errors and chart.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ARTIFACTS, newWatchedPage, openSite } from "./browser.mjs";
import { field, output, type } from "./calculator.mjs";
import { comparisonRows, downloadText, editScenario, linkHolding, startComparing } from "./scenario.mjs";

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

async function openPage() {
  const watched = await newWatchedPage(site.browser);
  await watched.page.goto(`${site.url}periodic-review.html`);
  await output(watched.page, "Order-up-to level").filter({ hasText: "units" }).waitFor();
  return watched;
}

test("Stevenson's fixed order interval typed in: d 30, σ 3, R 7, L 2, 99 %, 71 on hand: order 219.94 ≈ 220", async () => {
  const { page, problems } = await openPage();
  for (const label of ["Demand rate", "Demand spread", "Review period", "Lead time", "Service level", "On hand"]) await field(page, label).fill("");
  await type(page, "Demand rate", "30");
  await type(page, "Demand spread", "3");
  await type(page, "Review period", "7");
  await type(page, "Lead time", "2");
  await type(page, "Service level", "0.99");
  assert.equal(await output(page, "Order now").isVisible(), false, "no stock on hand given, no order");
  await type(page, "On hand", "71");
  assert.equal(await output(page, "Order now").textContent(), "219.94 units");
  assert.equal(await output(page, "Order-up-to level").textContent(), "290.94 units");
  assert.equal(await output(page, "Protection interval").textContent(), "9 days");
  assert.equal(await output(page, "Spread over").textContent(), "9 units");
  assert.equal(await output(page, "Safety factor").textContent(), "2.326");
  const working = await page.locator("#review-working").innerText();
  assert.match(working, /σ = σd × √\(R \+ L\) = 3 × √9 = 9 units/);
  assert.match(working, /Q = T − on hand = 290\.94 − 71 = 219\.94 units/);
  await page.screenshot({ path: new URL("periodic-review-stevenson.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("stock above the target orders nothing and says so", async () => {
  const { page, problems } = await openPage();
  await type(page, "On hand", "400");
  assert.equal(await output(page, "Order now").textContent(), "0 units");
  assert.equal(await page.locator("#result-flag").textContent(), "The stock on hand is already above the target: order nothing at this review.");
  assert.match(await page.locator("#review-working").innerText(), /Q = T − on hand = 290\.94 − 400 = 0 units \(never below zero\)/);
  await type(page, "On hand", "71");
  assert.equal(await page.locator("#result-flag").textContent(), "");
  assert.deepEqual(problems, []);
});

test("errors appear next to their field and clear when fixed; reset restores the example", async () => {
  const { page, problems } = await openPage();
  await type(page, "Review period", "0");
  assert.equal(await page.locator("#review-period-error").textContent(), "must be greater than zero");
  await type(page, "Review period", "7");
  assert.equal(await page.locator("#review-period-error").textContent(), "");
  await type(page, "Lead time", "-1");
  assert.equal(await page.locator("#lead-time-error").textContent(), "must be zero or more");
  await page.getByRole("button", { name: "Reset to the textbook example" }).click();
  assert.equal(await field(page, "Lead time").inputValue(), "2");
  assert.equal(await output(page, "Order now").textContent(), "219.94 units");
  assert.deepEqual(problems, []);
});

test("the chart draws demand over R + L and marks the order-up-to level", async () => {
  const { page, problems } = await openPage();
  const chart = page.getByRole("img", { name: "Probability density of demand over the review period plus the lead time" });
  assert.equal(await chart.locator("polyline.density").count(), 1);
  assert.deepEqual(await chart.locator(".marker text").allTextContents(), ["mean = 270", "T = 290.94"]);
  assert.match(await chart.locator("desc").textContent(), /leaves a 1% chance of a stockout/);
  assert.deepEqual(problems, []);
});

test("compare: reviewing every 14 days in scenario B instead of 7", async () => {
  const { page, problems } = await openPage();
  await startComparing(page);
  await type(page, "Review period", "14");
  const rows = await comparisonRows(page);
  // R + L = 16 days: mean 30 × 16 = 480, σ = 3 × √16 = 12, SS = 2.326 × 12 = 27.92.
  assert.deepEqual(rows[0], ["Order now", "219.94 units", "436.92 units", "+216.98 units", "+98.7%"]);
  assert.deepEqual(rows[1], ["Order-up-to level T", "290.94 units", "507.92 units", "+216.98 units", "+74.6%"]);
  assert.deepEqual(rows[3], ["Protection interval R + L", "9 days", "16 days", "+7 days", "+77.8%"]);
  assert.deepEqual(rows[4], ["Spread over R + L", "9 units", "12 units", "+3 units", "+33.3%"]);
  assert.deepEqual(rows[6], ["Stockout risk", "1%", "1%", "0 pts", "—"]);
  await editScenario(page, "A");
  assert.equal(await field(page, "Review period").inputValue(), "7");
  assert.equal(await output(page, "Order now").textContent(), "219.94 units");
  assert.equal(await page.locator(".scenario-chart polyline.line").count(), 2);
  await page.screenshot({ path: new URL("periodic-review-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the link reproduces the inputs, an empty on-hand field and scenario B", async () => {
  const { page, problems } = await openPage();
  await type(page, "Demand rate", "40");
  await field(page, "On hand").fill("");
  await startComparing(page);
  await type(page, "Lead time", "5");
  const link = await linkHolding(page, "b.lead-time=5");
  assert.match(link, /[?&]on-hand=(&|$)/);

  const copy = await newWatchedPage(site.browser);
  await copy.page.goto(link);
  await output(copy.page, "Order-up-to level").filter({ hasText: "units" }).waitFor();
  assert.equal(await field(copy.page, "Demand rate").inputValue(), "40");
  assert.equal(await field(copy.page, "On hand").inputValue(), "");
  assert.equal(await output(copy.page, "Order now").isVisible(), false);
  const rows = await comparisonRows(copy.page);
  // No stock on hand given: no order to compare. A: 40 × 9 + 20.94; B: 40 × 12 + 2.326 × 3 × √12.
  assert.deepEqual(rows[0], ["Order-up-to level T", "380.94 units", "504.18 units", "+123.24 units", "+32.4%"]);
  assert.deepEqual(rows[2], ["Protection interval R + L", "9 days", "12 days", "+3 days", "+33.3%"]);
  assert.deepEqual([...problems, ...copy.problems], []);
});

test("the results download as CSV", async () => {
  const { page, problems } = await openPage();
  const csv = await downloadText(page, "Download the results as CSV");
  assert.equal(csv.fileName, "periodic-review-results.csv");
  const lines = csv.text.split("\r\n");
  assert.equal(lines[0], "Order now,219.94 units");
  assert.ok(lines.includes("Order-up-to level T,290.94 units"), csv.text);
  assert.ok(lines.includes("Protection interval R + L,9 days"), csv.text);
  assert.deepEqual(problems, []);
});

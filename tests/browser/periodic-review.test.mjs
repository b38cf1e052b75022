// The periodic review page in headless Chromium: Stevenson's fixed-order-interval
// example typed in, the order, the flag when stock exceeds the target, errors and chart.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ARTIFACTS, newWatchedPage, openSite } from "./browser.mjs";
import { field, output, type } from "./calculator.mjs";

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

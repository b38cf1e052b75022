// The newsvendor page in headless Chromium: the three demand distributions, costs or
// prices, the discrete table, the comparison, errors inside demand, and the charts.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ARTIFACTS, newWatchedPage, openSite } from "./browser.mjs";
import { field, output, textField, type } from "./calculator.mjs";
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
  await watched.page.goto(`${site.url}newsvendor.html`);
  await output(watched.page, "Stock Q*").filter({ hasText: "units" }).waitFor();
  return watched;
}

test("Stevenson's Cindy's Cider Bar typed in: uniform 300–500, $0.20 cost, $0.80 price: CR 0.75, stock 450", async () => {
  const { page, problems } = await openPage();
  await type(page, "Price", "0.8");
  await type(page, "Cost", "0.2");
  await field(page, "Salvage value").fill("");
  await type(page, "Least demand", "300");
  await type(page, "Greatest demand", "500");
  assert.equal(await output(page, "Stock Q*").textContent(), "450 units");
  assert.equal(await output(page, "Critical ratio").textContent(), "0.75");
  assert.equal(await output(page, "Stockout risk").textContent(), "25%");
  assert.equal(await page.locator("#result-profit").textContent(), "$225");
  assert.equal(await output(page, "Safety factor").isVisible(), false, "no z for uniform demand");
  const working = await page.locator("#newsvendor-working").innerText();
  assert.match(working, /Cu = price − cost = 0\.8 − 0\.2 = \$0\.6/);
  assert.match(working, /Q\* = a \+ CR × \(b − a\) = 300 \+ 0\.75 × \(500 − 300\) = 450 units/);
  assert.equal(await page.locator("#table-section").isVisible(), false);

  const cumulative = page.getByRole("img", { name: "Probability that demand is at most x, with the critical ratio" });
  assert.equal(await cumulative.locator(".level text").textContent(), "critical ratio 0.75");
  assert.equal(await cumulative.locator(".marker text").textContent(), "Q* = 450");
  await page.screenshot({ path: new URL("newsvendor-cider.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("Stevenson's roses: Poisson table, Cs $3, Ce $2: SL 0.6, stock 4 dozen, the table row highlighted, bars", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Roses (Poisson table)" }).click();
  assert.equal(await page.getByLabel("shortage and excess cost per unit").isChecked(), true);
  assert.equal(await output(page, "Critical ratio").textContent(), "0.6");
  assert.equal(await output(page, "Stock Q*").textContent(), "4 units");
  assert.equal(await page.locator(".demand-table tr.chosen").innerText(), "4\t0.196\t0.629");
  assert.equal(await page.locator(".demand-table tbody tr").count(), 13);
  assert.match(await page.locator("#newsvendor-working").innerText(), /P\(D ≤ 3\) = 0\.433 < 0\.6; P\(D ≤ 4\) = 0\.629 ≥ 0\.6 = 4 units/);
  const density = page.getByRole("img", { name: "Probability of each demand, with the stock" });
  assert.equal(await density.locator(".bars.density rect").count(), 13);
  assert.equal(await density.locator(".bars.stockout rect").count(), 8, "the values above 4 dozen");
  assert.equal(await page.locator("#result-profit").isVisible(), false, "no prices, no profit");
  await page.screenshot({ path: new URL("newsvendor-roses.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("normal demand and a comparison quantity: the wetsuits stock 4,095 and 3,192 (the mean) earns less", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Wetsuits (normal)" }).click();
  assert.equal(await output(page, "Stock Q*").textContent(), "4,095.12 units");
  assert.equal(await output(page, "Safety factor").textContent(), "0.7647");
  assert.equal(await page.locator("#result-profit").textContent(), "$191,786.71");
  assert.equal(await page.locator("#compare").isVisible(), false);
  await type(page, "Compare with stocking", "3192");
  assert.equal(await page.locator("#compare h3").textContent(), "Stocking 3,192 units instead");
  assert.equal(await page.locator("#compare-profit").textContent(), "$181,036.43");
  assert.equal(await page.locator("#compare-service").textContent(), "50%");
  assert.deepEqual(problems, []);
});

test("errors inside the demand distribution appear next to their input, list entries by position", async () => {
  const { page, problems } = await openPage();
  await type(page, "Greatest demand", "200");
  assert.equal(await page.locator("#demand-max-error").textContent(), "must be greater than min");
  await type(page, "Greatest demand", "500");
  assert.equal(await page.locator("#demand-max-error").textContent(), "");

  await page.getByLabel("a table of values and probabilities").check();
  assert.equal(await page.locator("#demand-values-error").textContent(), "is required");
  await type(page, "Demand values", "1, 3, 2", textField);
  await type(page, "Probabilities", "0.2 0.3 0.5", textField);
  assert.equal(await page.locator("#demand-values-error").textContent(), "entry 3: must be greater than the value before it (values ascend, each once)");
  await type(page, "Demand values", "1, 2, x", textField);
  assert.equal(await page.locator("#demand-values-error").textContent(), "entry 3: must be a finite number");
  await type(page, "Demand values", "1 2 3", textField);
  await type(page, "Probabilities", "0.2 0.3 0.4", textField);
  assert.equal(await page.locator("#demand-probabilities-error").textContent(), "must add up to 1");
  await type(page, "Probabilities", "0.2 0.3 0.5", textField);
  assert.equal(await page.locator("#demand-probabilities-error").textContent(), "");
  assert.equal(await output(page, "Stock Q*").textContent(), "3 units");

  await page.getByLabel("price, cost and salvage value").check();
  await type(page, "Cost", "0.9");
  assert.equal(await page.locator("#price-error").textContent(), "must be greater than the cost");
  assert.deepEqual(problems, []);
});

test("reset restores Cindy's Cider Bar", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Wetsuits (normal)" }).click();
  await page.getByRole("button", { name: "Reset to the textbook example" }).click();
  assert.equal(await page.getByLabel("uniform between a least and a greatest value").isChecked(), true);
  assert.equal(await output(page, "Stock Q*").textContent(), "450 units");
  assert.match(await page.locator("#example-source").textContent(), /Cindy's Cider Bar/);
  assert.deepEqual(problems, []);
});

test("the newsvendor page, with its demand table, fits a phone screen without sideways scrolling", async () => {
  const { page, problems } = await newWatchedPage(site.browser);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`${site.url}newsvendor.html`);
  await page.getByRole("button", { name: "Roses (Poisson table)" }).click();
  await page.locator(".demand-table tr.chosen").waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: new URL("newsvendor-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("compare: Cindy's cider salvaged at $0.10 a litre in scenario B stocks more", async () => {
  const { page, problems } = await openPage();
  await startComparing(page);
  await type(page, "Salvage value", "0.1");
  const rows = await comparisonRows(page);
  // Co = $0.20 − $0.10: CR = 0.6 / 0.7 = 0.8571 and Q* = 300 + 0.8571 × 200 = 471.43.
  assert.deepEqual(rows[0], ["Stock Q*", "450 units", "471.43 units", "+21.43 units", "+4.8%"]);
  assert.deepEqual(rows[1], ["Critical ratio", "0.75", "0.8571", "+0.1071", "+14.3%"]);
  assert.deepEqual(rows[2], ["Chance of meeting all demand", "75%", "85.71%", "+10.71 pts", "—"]);
  assert.deepEqual(rows[6], ["Expected profit", "$225", "$231.43", "+$6.429", "+2.9%"]);
  await editScenario(page, "A");
  assert.equal(await field(page, "Salvage value").inputValue(), "0");
  assert.equal(await output(page, "Stock Q*").textContent(), "450 units");
  assert.equal(await page.locator(".scenario-chart polyline.line").count(), 2);
  await page.screenshot({ path: new URL("newsvendor-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the link reproduces a table of demand, the costs chosen, the quantity to compare and scenario B", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Roses (Poisson table)" }).click();
  await type(page, "Compare with stocking", "5");
  await startComparing(page);
  await type(page, "Shortage cost", "8");
  const link = await linkHolding(page, "b.underage-cost=8");
  assert.match(link, /[?&]distribution=discrete/);
  assert.match(link, /[?&]cost-mode=direct/);

  const copy = await newWatchedPage(site.browser);
  await copy.page.goto(link);
  await output(copy.page, "Stock Q*").filter({ hasText: "units" }).waitFor();
  assert.equal(await copy.page.getByLabel("a table of values and probabilities").isChecked(), true);
  assert.equal(await textField(copy.page, "Demand values").inputValue(), "0 1 2 3 4 5 6 7 8 9 10 11 12");
  assert.equal(await copy.page.locator(".demand-table tr.chosen").innerText(), "4\t0.196\t0.629");
  assert.equal(await copy.page.locator("#compare h3").textContent(), "Stocking 5 units instead");
  const rows = await comparisonRows(copy.page);
  // Cu = $8, Co = $2: CR = 0.8, and P(D ≤ 6) = 0.889 is the first to reach it.
  assert.deepEqual(rows[0], ["Stock Q*", "4 units", "6 units", "+2 units", "+50.0%"]);
  assert.deepEqual(rows[1], ["Critical ratio", "0.6", "0.8", "+0.2", "+33.3%"]);
  assert.deepEqual(rows[2], ["Chance of meeting all demand", "62.9%", "88.9%", "+26 pts", "—"]);
  assert.equal(rows.length, 6, "no prices, no profit");
  assert.equal(await copy.page.locator(".scenario-chart .bars rect").count(), 26, "both scenarios' 13 bars");
  assert.deepEqual([...problems, ...copy.problems], []);
});

test("the results download as CSV, with the demand table when there is one", async () => {
  const { page, problems } = await openPage();
  let csv = await downloadText(page, "Download the results as CSV");
  assert.equal(csv.fileName, "newsvendor-results.csv");
  let lines = csv.text.split("\r\n");
  assert.equal(lines[0], "Stock Q*,450 units");
  assert.ok(lines.includes("Expected profit,$225"), csv.text);

  await page.getByRole("button", { name: "Roses (Poisson table)" }).click();
  csv = await downloadText(page, "Download the results as CSV");
  lines = csv.text.split("\r\n");
  assert.equal(lines[0], "Stock Q*,4 units");
  assert.ok(lines.includes("4,0.196,0.629"), csv.text);
  assert.deepEqual(problems, []);
});

// Scenario comparison, the link that reproduces a calculator, and the downloads, on
// the EOQ page (every calculator shares them: www/js/scenarios.js, url-state.js,
// export.js): Heizer & Render's Sharp, Inc. (Q* = 200, TC = $100) against the same
// item at twice the ordering cost (Q* = 282.84, TC = $141.42).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ARTIFACTS, newWatchedPage, openSite } from "./browser.mjs";
import { field, output, type } from "./calculator.mjs";
import { comparisonRows, downloadBytes, downloadText, editScenario, linkHolding, startComparing } from "./scenario.mjs";

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

async function open(path, ready = (page) => output(page, "Order quantity").filter({ hasText: "units" }).waitFor()) {
  const watched = await newWatchedPage(site.browser);
  await watched.page.goto(`${site.url}${path}`);
  await ready(watched.page);
  return watched;
}

test("compare: scenario B starts as a copy of A; changing S in B shows both results and the changes", async () => {
  const { page, problems } = await open("eoq.html");
  await startComparing(page);
  assert.equal(await page.getByRole("radio", { name: "scenario B" }).isChecked(), true, "B is edited first");
  let rows = await comparisonRows(page);
  assert.deepEqual(rows[0], ["Order quantity Q*", "200 units", "200 units", "0 units", "0.0%"]);

  await type(page, "Ordering cost", "20");
  rows = await comparisonRows(page);
  assert.deepEqual(rows[0], ["Order quantity Q*", "200 units", "282.84 units", "+82.84 units", "+41.4%"]);
  assert.deepEqual(rows[1], ["Total cost per year", "$100", "$141.42", "+$41.42", "+41.4%"]);
  assert.deepEqual(rows[4], ["Orders per year N", "5", "3.536", "−1.464", "−29.3%"]);
  assert.equal(await output(page, "Order quantity").textContent(), "282.84 units", "the results show the scenario edited");

  // Back to A: the form shows A's inputs and results; the comparison stays.
  await editScenario(page, "A");
  assert.equal(await field(page, "Ordering cost").inputValue(), "10");
  assert.equal(await output(page, "Order quantity").textContent(), "200 units");
  assert.deepEqual((await comparisonRows(page))[1], ["Total cost per year", "$100", "$141.42", "+$41.42", "+41.4%"]);

  // Both total-cost curves on one chart: A solid, B dashed.
  const chart = page.locator(".scenario-chart");
  assert.equal(await chart.locator("polyline.line.s0").count(), 2);
  assert.equal(await chart.locator("polyline.line.scenario-b").count(), 1);
  assert.match(await chart.locator("title").textContent(), /scenario A and scenario B/);

  await page.screenshot({ path: new URL("eoq-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("an error in scenario B shows at its field, and the comparison keeps A's figures", async () => {
  const { page, problems } = await open("eoq.html");
  await startComparing(page);
  await type(page, "Demand", "-5");
  assert.equal(await page.locator("#demand-error").textContent(), "must be greater than zero");
  assert.deepEqual((await comparisonRows(page))[0], ["Order quantity Q*", "200 units", "—", "—", "—"]);
  assert.deepEqual(problems, []);
});

test("the link reproduces both scenarios, and 'stop comparing' drops B", async () => {
  const { page, problems } = await open("eoq.html");
  await type(page, "Demand", "4000");
  await startComparing(page);
  await type(page, "Ordering cost", "40");
  const link = await linkHolding(page, "b.ordering-cost=40");
  assert.match(link, /[?&]demand=4000/);
  assert.match(link, /[?&]holding-mode=perUnit/);

  const copy = await newWatchedPage(site.browser);
  await copy.page.goto(link);
  await output(copy.page, "Order quantity").filter({ hasText: "units" }).waitFor();
  assert.equal(await field(copy.page, "Demand").inputValue(), "4000");
  assert.equal(await output(copy.page, "Order quantity").textContent(), "400 units", "A is shown first");
  assert.deepEqual((await comparisonRows(copy.page))[0], ["Order quantity Q*", "400 units", "800 units", "+400 units", "+100.0%"]);

  await copy.page.getByRole("button", { name: "Stop comparing" }).click();
  assert.equal(await copy.page.locator(".scenario-comparison").isVisible(), false);
  await copy.page.waitForFunction(() => !location.search.includes("b."));
  assert.deepEqual([...problems, ...copy.problems], []);
});

test("a link with one input changed keeps the defaults for the rest; a bad value shows its error", async () => {
  const { page, problems } = await open("eoq.html?holding-mode=rate&holding-rate=0.2&unit-cost=5&demand=abc", (page) =>
    page.locator("#demand-error").filter({ hasText: /./ }).waitFor(),
  );
  assert.equal(await page.getByRole("radio", { name: "a rate of the unit cost" }).isChecked(), true);
  assert.equal(await field(page, "Holding rate").inputValue(), "0.2");
  assert.equal(await field(page, "Ordering cost").inputValue(), "10", "left out: the example's value");
  // A number input cannot hold "abc": the field is empty, so the library names it missing.
  assert.equal(await page.locator("#demand-error").textContent(), "is required");
  await type(page, "Demand", "1000");
  assert.equal(await output(page, "Order quantity").textContent(), "141.42 units");
  assert.deepEqual(problems, []);
});

test("downloads: the results as CSV (with the comparison), the charts as SVG and PNG", async () => {
  const { page, problems } = await open("eoq.html");
  await startComparing(page);
  await type(page, "Ordering cost", "20");
  const csv = await downloadText(page, "Download the results as CSV");
  assert.equal(csv.fileName, "eoq-results.csv");
  const lines = csv.text.split("\r\n");
  assert.equal(lines[0], "Order quantity Q*,282.84 units");
  assert.ok(lines.includes("Result,Scenario A,Scenario B,Change B − A,Change %"), csv.text);
  assert.ok(lines.includes('Total cost per year,$100,$141.42,+$41.42,+41.4%'), csv.text);

  const svg = await downloadText(page, /Download Cost against order quantity as SVG/);
  assert.equal(svg.fileName, "eoq-eoq-chart.svg");
  assert.match(svg.text, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(svg.text, /<title>Ordering, holding and total cost against order quantity<\/title>/);
  assert.match(svg.text, /<polyline [^>]*stroke="rgb\(11, 92, 173\)"/, "the total-cost line keeps its colour without the stylesheet");

  const png = await downloadBytes(page, /Download Inventory over time as PNG/);
  assert.equal(png.fileName, "eoq-eoq-profile.png");
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(png.bytes.length > 5000, `a drawn chart, not a blank: ${png.bytes.length} bytes`);
  assert.deepEqual(problems, []);
});

test("a link naming a choice the form does not offer keeps the form's own choice, with no page error", async () => {
  // Found by fuzzing the site: an unknown time-unit threw a TypeError on five pages, and
  // an unknown radio choice left nothing chosen, the holding-cost inputs hidden.
  const lean = await newWatchedPage(site.browser);
  await lean.page.goto(`${site.url}lean.html?time-unit=fortnights&b.time-unit=zzz`);
  await output(lean.page, "Kanbans").filter({ hasText: /\d/ }).waitFor();
  assert.equal(await lean.page.locator("#time-unit").inputValue(), "days");
  assert.equal(await lean.page.locator('label[for="demand-rate"] [data-time-unit-one]').textContent(), "day");
  assert.deepEqual(lean.problems, []);
  await lean.page.close();

  const { page, problems } = await open("eoq.html?holding-mode=zzz&demand=1000");
  assert.equal(await page.getByRole("radio", { name: "an amount per unit" }).isChecked(), true);
  assert.equal(await output(page, "Order quantity").textContent(), "200 units");
  assert.deepEqual(problems, []);
});

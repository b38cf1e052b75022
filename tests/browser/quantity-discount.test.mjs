// The quantity discount page in headless Chromium: the textbook example, editing the
// tier table, both schemes, errors next to the cell they name, the candidate table,
// the working and the chart.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ARTIFACTS, newWatchedPage, openSite } from "./browser.mjs";
import { comparisonRows, downloadText, editScenario, linkHolding, startComparing } from "./scenario.mjs";

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

async function openPage(viewport) {
  const watched = await newWatchedPage(site.browser);
  if (viewport) await watched.page.setViewportSize(viewport);
  await watched.page.goto(`${site.url}quantity-discount.html`);
  await output(watched.page, "Order quantity").filter({ hasText: "units" }).waitFor();
  return watched;
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The number input whose label starts with `label` ("Demand D units per year"). */
const field = (page, label) => page.getByRole("spinbutton", { name: new RegExp(`^${escape(label)}`) });
/** A cell of the tier table: `cell(page, "Unit price", 2)` is tier 2's price. */
const cell = (page, column, tier) => page.getByRole("spinbutton", { name: `${column}, tier ${tier}`, exact: true });
const output = (page, label) => page.getByLabel(label).and(page.locator("output"));

/** Clears an input and types into it as a person would. */
async function type(input, text) {
  await input.fill("");
  await input.pressSequentially(text);
}

/** The candidate table as text, one array of cells per row. */
async function candidateRows(page) {
  return page.locator("#candidates tbody tr").evaluateAll((rows) =>
    rows.map((row) => [...row.cells].map((cell) => cell.textContent.trim())),
  );
}

async function setTiers(page, tiers) {
  for (const [index, [from, price]] of tiers.entries()) {
    await type(cell(page, "From", index + 1), from);
    await type(cell(page, "Unit price", index + 1), price);
  }
}

test("Heizer & Render's Wohl's Discount Store: order 1,000 at $4.80 for $24,725 a year", async () => {
  const { page, problems } = await openPage();
  assert.equal(await output(page, "Order quantity").textContent(), "1,000 units");
  assert.equal(await output(page, "Total cost per year").textContent(), "$24,725");
  assert.equal(await output(page, "Unit price").textContent(), "$4.80 (tier 2)");
  assert.equal(await output(page, "Purchase cost per year").textContent(), "$24,000");
  assert.equal(await output(page, "Ordering cost per year").textContent(), "$245");
  assert.equal(await output(page, "Holding cost per year").textContent(), "$480");
  assert.equal(await output(page, "Average unit cost").isVisible(), false, "all-units: the average is the price");

  const rows = await candidateRows(page);
  assert.deepEqual(rows.map((row) => row[0]), ["Tier 1", "Tier 2 cheapest", "Tier 3"]);
  assert.deepEqual(rows.map((row) => row[1]), ["0 to < 1,000", "1,000 to < 2,000", "2,000 and over"]);
  assert.deepEqual(rows.map((row) => row[3]), ["700", "714.43", "718.18"]);
  assert.deepEqual(rows.map((row) => row[4]), ["yes", "below: raised", "below: raised"]);
  assert.deepEqual(rows.map((row) => row[5]), ["700", "1,000", "2,000"]);
  assert.deepEqual(rows.map((row) => row[9]), ["$25,700", "$24,725", "$24,822.50"]);
  assert.equal(await page.locator("#candidates tr.chosen th").textContent(), "Tier 2 cheapest");

  const working = await page.locator("#discount-working").innerText();
  assert.match(working, /Tier 2: H = I × c = 0\.2 × \$4\.80 = \$0\.96 per unit per year/);
  assert.match(working, /Tier 2: EOQ = √\(2DS \/ H\) = √\(2 × 5,000 × 49 \/ 0\.96\) = 714\.43 units, below the tier: raised to 1,000/);
  assert.match(working, /TC\(1,000\) = .* = \$24,000 \+ \$245 \+ \$480 = \$24,725 per year/);
  assert.match(working, /Cheapest: Q\* = tier 2 = 1,000 units at \$24,725 per year/);

  await page.screenshot({ path: new URL("quantity-discount-wohls.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the chart draws the actual cost and one curve per tier, and marks the candidates", async () => {
  const { page, problems } = await openPage();
  const chart = page.getByRole("img", { name: "Total cost per year against order quantity, by price tier" });
  assert.equal(await chart.locator("polyline").count(), 4);
  assert.deepEqual(await chart.locator(".marker text").allTextContents(), ["700", "Q* = 1,000", "2,000"]);
  assert.match(await chart.locator("desc").textContent(), /lowest, \$24,725 a year, at an order quantity of 1,000 units, in tier 2 at \$4\.80/);
  // The y axis fits the costs instead of starting at zero.
  assert.notEqual(await chart.locator(".axis-y text").first().textContent(), "0");

  await page.getByRole("button", { name: "Remove tier 3" }).click();
  assert.equal(await chart.locator("polyline").count(), 3);
  assert.deepEqual(problems, []);
});

test("Nahmias's trash bags (hand-computed): incremental orders 400 at $204, all-units 500 at $198.10", async () => {
  const { page, problems } = await openPage();
  await type(field(page, "Demand"), "600");
  await type(field(page, "Ordering cost"), "8");
  await setTiers(page, [["0", "0.30"], ["500", "0.29"], ["1000", "0.28"]]);
  assert.equal(await output(page, "Order quantity").textContent(), "500 units");
  assert.equal(await output(page, "Total cost per year").textContent(), "$198.10");

  await page.getByLabel("only the units past each break").check();
  assert.equal(await output(page, "Order quantity").textContent(), "400 units");
  assert.equal(await output(page, "Total cost per year").textContent(), "$204");
  assert.equal(await output(page, "Average unit cost").textContent(), "$0.30");
  const rows = await candidateRows(page);
  assert.deepEqual(rows.map((row) => row[3]), ["400", "518.62", "702.04"]);
  assert.deepEqual(rows.map((row) => row[9]), ["$204", "$204.58", "$211.30"]);
  const working = await page.locator("#discount-working").innerText();
  assert.match(working, /Tier 2: C\(Q\) = C\(b\) \+ c \(Q − b\) = \$150 \+ \$0\.29 × \(Q − 500\) = \$5 \+ \$0\.29 Q/);
  assert.match(working, /Tier 2: EOQ = √\(2D\(S \+ R\) \/ H\) = √\(2 × 600 × \(8 \+ 5\) \/ 0\.058\) = 518\.62 units, in the tier/);
  assert.match(await page.locator(".chart-section p").first().innerText(), /bends at every price break/);

  await page.screenshot({ path: new URL("quantity-discount-incremental.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("a holding cost per unit: one EOQ for every tier", async () => {
  const { page, problems } = await openPage();
  await page.getByLabel("an amount per unit").check();
  assert.equal(await field(page, "Holding rate").isVisible(), false);
  await type(field(page, "Holding cost H"), "1");
  const rows = await candidateRows(page);
  assert.deepEqual(rows.map((row) => row[3]), ["700", "700", "700"]);
  assert.doesNotMatch(await page.locator("#discount-working").innerText(), /H = I × c/);
  assert.deepEqual(problems, []);
});

test("an error shows next to the tier cell it names, and clears when fixed", async () => {
  const { page, problems } = await openPage();
  const price = cell(page, "Unit price", 3);
  await type(price, "4.9");
  assert.equal(await price.getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#breaks-2-unitCost-error").textContent(), "must not be more than the previous tier's unit cost");
  assert.match(await page.locator("#discount-results").getAttribute("class"), /stale/);

  await type(price, "4.75");
  assert.equal(await price.getAttribute("aria-invalid"), null);
  assert.equal(await page.locator("#breaks-2-unitCost-error").textContent(), "");
  assert.equal(await output(page, "Order quantity").textContent(), "1,000 units");

  await type(cell(page, "From", 1), "5");
  assert.equal(await page.locator("#breaks-0-minQuantity-error").textContent(), "must be 0 or 1: the first tier starts with the smallest orders");
  await type(cell(page, "From", 1), "0");

  await type(cell(page, "From", 3), "");
  assert.equal(await page.locator("#breaks-2-minQuantity-error").textContent(), "is required");
  assert.deepEqual(problems, []);
});

test("tiers can be added and removed; the rows renumber and an empty table is an error", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Add a tier" }).click();
  assert.equal(await page.locator("#breaks tbody tr").count(), 4);
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-label")), "From, tier 4");
  assert.equal(await page.locator("#breaks-3-minQuantity-error").textContent(), "is required");
  await type(cell(page, "From", 4), "5000");
  await type(cell(page, "Unit price", 4), "4.5");
  assert.equal(await page.locator("#candidates tbody tr").count(), 4);

  await page.getByRole("button", { name: "Remove tier 2" }).click();
  assert.equal(await cell(page, "From", 2).inputValue(), "2000");
  assert.equal(await cell(page, "Unit price", 3).inputValue(), "4.5");
  assert.deepEqual((await candidateRows(page)).map((row) => row[1]), ["0 to < 2,000", "2,000 to < 5,000", "5,000 and over"]);

  for (let remaining = 3; remaining > 0; remaining -= 1) {
    await page.getByRole("button", { name: "Remove tier 1" }).click();
  }
  assert.equal(await page.locator("#breaks-error").textContent(), "must not be empty");

  await page.getByRole("button", { name: "Reset to the textbook example" }).click();
  assert.equal(await page.locator("#breaks tbody tr").count(), 3);
  assert.equal(await page.locator("#breaks-error").textContent(), "");
  assert.equal(await output(page, "Order quantity").textContent(), "1,000 units");
  assert.deepEqual(problems, []);
});

test("reset restores the textbook example after the scheme and inputs changed", async () => {
  const { page, problems } = await openPage();
  await page.getByLabel("only the units past each break").check();
  await page.getByLabel("an amount per unit").check();
  await type(field(page, "Demand"), "7");
  await page.getByRole("button", { name: "Reset to the textbook example" }).click();
  assert.equal(await field(page, "Demand").inputValue(), "5000");
  assert.equal(await page.getByLabel("all units of the order").isChecked(), true);
  assert.equal(await field(page, "Holding rate").isVisible(), true);
  assert.equal(await output(page, "Total cost per year").textContent(), "$24,725");
  assert.deepEqual(problems, []);
});

test("the page fits a phone screen: the candidate table scrolls inside its box", async () => {
  const { page, problems } = await openPage({ width: 375, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: new URL("quantity-discount-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("compare: at $4.70 from 2,000 in scenario B the larger order becomes the cheapest", async () => {
  const { page, problems } = await openPage();
  await startComparing(page);
  await type(cell(page, "Unit price", 3), "4.7");
  const rows = await comparisonRows(page);
  // Tier 3 at $4.70: 5,000 × 4.70 + 2.5 × 49 + 1,000 × 0.94 = $24,562.50 beats tier 2's $24,725.
  assert.deepEqual(rows[0], ["Order quantity Q*", "1,000 units", "2,000 units", "+1,000 units", "+100.0%"]);
  assert.deepEqual(rows[1], ["Total cost per year", "$24,725", "$24,562.50", "−$162.50", "−0.7%"]);
  assert.deepEqual(rows[2], ["Unit price", "$4.80", "$4.70", "−$0.10", "−2.1%"]);
  assert.deepEqual(rows[5], ["Holding cost per year", "$480", "$940", "+$460", "+95.8%"]);
  assert.equal(await output(page, "Unit price").textContent(), "$4.70 (tier 3)", "the results show scenario B");
  await editScenario(page, "A");
  assert.equal(await cell(page, "Unit price", 3).inputValue(), "4.75", "A keeps its own tiers");
  assert.equal(await output(page, "Order quantity").textContent(), "1,000 units");
  assert.equal(await page.locator(".scenario-chart polyline.line").count(), 2);
  await page.screenshot({ path: new URL("quantity-discount-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the link reproduces the scheme, the holding cost chosen, the tiers and scenario B", async () => {
  const { page, problems } = await openPage();
  await type(field(page, "Demand"), "600");
  await type(field(page, "Ordering cost"), "8");
  await setTiers(page, [["0", "0.30"], ["500", "0.29"], ["1000", "0.28"]]);
  await page.getByLabel("only the units past each break").check();
  await page.getByRole("button", { name: "Add a tier" }).click();
  await setTiers(page, [["0", "0.30"], ["500", "0.29"], ["1000", "0.28"], ["2000", "0.27"]]);
  await startComparing(page);
  await page.getByLabel("an amount per unit").check();
  await type(field(page, "Holding cost H"), "0.12");
  const link = await linkHolding(page, "b.holding-cost=0.12");
  assert.match(link, /[?&]scheme=incremental/);

  const copy = await newWatchedPage(site.browser);
  await copy.page.goto(link);
  await output(copy.page, "Order quantity").filter({ hasText: "units" }).waitFor();
  assert.equal(await copy.page.getByLabel("only the units past each break").isChecked(), true);
  assert.equal(await copy.page.getByLabel("a rate of each tier's price").isChecked(), true, "A's holding cost as a rate");
  assert.equal(await copy.page.locator("#breaks tbody tr").count(), 4);
  assert.equal(await cell(copy.page, "From", 4).inputValue(), "2000");
  assert.equal(await cell(copy.page, "Unit price", 4).inputValue(), "0.27");
  assert.equal(await output(copy.page, "Order quantity").textContent(), "400 units");
  assert.equal(await output(copy.page, "Total cost per year").textContent(), "$204");
  // B: H = $0.12 in every tier; tier 1's EOQ √(2 × 600 × 8 / 0.12) = 282.84 is the cheapest.
  const rows = await comparisonRows(copy.page);
  assert.deepEqual(rows[0], ["Order quantity Q*", "400 units", "282.84 units", "−117.16 units", "−29.3%"]);
  assert.deepEqual(rows[1], ["Total cost per year", "$204", "$213.94", "+$9.94", "+4.9%"]);
  assert.deepEqual(rows[3], ["Average unit cost", "$0.30", "$0.30", "$0.00", "0.0%"]);

  await editScenario(copy.page, "B");
  assert.equal(await copy.page.getByLabel("an amount per unit").isChecked(), true);
  assert.equal(await field(copy.page, "Holding rate").isVisible(), false);
  assert.equal(await cell(copy.page, "Unit price", 4).inputValue(), "0.27", "B copied A's tiers");
  assert.deepEqual([...problems, ...copy.problems], []);
});

test("the results download as CSV", async () => {
  const { page, problems } = await openPage();
  const csv = await downloadText(page, "Download the results as CSV");
  assert.equal(csv.fileName, "quantity-discount-results.csv");
  const lines = csv.text.split("\r\n");
  assert.equal(lines[0], 'Order quantity Q*,"1,000 units"');
  assert.ok(lines.includes('Total cost per year,"$24,725"'), csv.text);
  assert.ok(lines.includes("Unit price,$4.80 (tier 2)"), csv.text);
  assert.deepEqual(problems, []);
});

test("the page fits a phone screen while comparing", async () => {
  const { page, problems } = await openPage({ width: 375, height: 740 });
  await startComparing(page);
  await type(cell(page, "Unit price", 3), "4.7");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: new URL("quantity-discount-scenarios-phone.png", ARTIFACTS).pathname, fullPage: true });
  await page.locator(".scenario-comparison").screenshot({ path: new URL("quantity-discount-comparison-phone.png", ARTIFACTS).pathname });
  assert.deepEqual(problems, []);
});

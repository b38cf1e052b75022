// The break-even page in headless Chromium: its three calculators (one product, a
// product mix, crossover and make or buy) with the textbook examples, the working,
// the charts, errors next to the field or cell they name, and a phone screen.
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

async function openPage(viewport) {
  const watched = await newWatchedPage(site.browser);
  if (viewport) await watched.page.setViewportSize(viewport);
  await watched.page.goto(`${site.url}break-even.html`);
  await output(watched.page.locator("#crossover"), "Crossover volumes").filter({ hasText: "units" }).waitFor();
  return watched;
}

/** A cell of an editable table: `cell(part, "Price", "product", 2)`. */
const cell = (part, column, row, index) => part.getByRole("spinbutton", { name: `${column}, ${row} ${index}`, exact: true });
const textCell = (part, column, row, index) => part.getByRole("textbox", { name: `${column}, ${row} ${index}`, exact: true });

/** Clears an input and types into it as a person would. */
async function retype(input, text) {
  await input.fill("");
  await input.pressSequentially(text);
}

/** A data table's body as text, one array of cells per row. */
async function tableRows(part, selector) {
  return part.locator(`${selector} tbody tr`).evaluateAll((rows) =>
    rows.map((row) => [...row.cells].map((cell) => cell.textContent.trim())),
  );
}

/** The texts of a chart's markers and regions. */
async function chartLabels(chart) {
  return {
    markers: await chart.locator(".marker text").allTextContents(),
    regions: await chart.locator(".region text").allTextContents(),
  };
}

test("one product, Heizer & Render's Jimmy Stephens: BEP = 5,714.29 units, BEP$ = $22,857.14", async () => {
  const { page, problems } = await openPage();
  const part = page.locator("#single");
  assert.equal(await output(part, "Break-even volume").textContent(), "5,714.29 units");
  assert.equal(await output(part, "Break-even revenue").textContent(), "$22,857.14");
  assert.equal(await output(part, "Contribution margin P").textContent(), "$1.75 per unit");
  assert.equal(await output(part, "Contribution margin ratio").textContent(), "43.75%");
  assert.equal(await output(part, "Profit at").isVisible(), false, "no expected volume, no profit");

  const working = await part.locator("#single-working").innerText();
  assert.match(working, /BEP = F \/ \(P − V\) = 10,000 \/ 1\.75 = 5,714\.29 units/);
  assert.match(working, /BEP\$ = F \/ \(1 − V \/ P\) = 10,000 \/ \(1 − 2\.25 \/ 4\) = 10,000 \/ 0\.4375 = \$22,857\.14/);

  const chart = page.getByRole("img", { name: "Revenue and total cost against volume, with the break-even point" });
  assert.equal(await chart.locator("polyline").count(), 3);
  assert.deepEqual(await chartLabels(chart), { markers: ["BEP = 5,714.29"], regions: ["Loss", "Profit"] });
  assert.equal(await chart.locator(".axis-x text").last().textContent(), "12,000");
  await part.screenshot({ path: new URL("break-even-single.png", ARTIFACTS).pathname });
  assert.deepEqual(problems, []);
});

test("one product, Stevenson's berry pies: 1,000 pies lose $1,000; a $4,000 profit needs 2,000 pies", async () => {
  const { page, problems } = await openPage();
  const part = page.locator("#single");
  await part.getByRole("button", { name: "Berry pies" }).click();
  assert.match(await part.locator("#single-source").textContent(), /^Stevenson, Operations Management/);
  assert.equal(await output(part, "Break-even volume").textContent(), "1,200 units");
  assert.equal(await output(part, "Profit at").textContent(), "−$1,000 (a loss)");
  assert.equal(await output(part, "Margin of safety").textContent(), "−200 units, −$1,400 (−20% of x)");
  assert.equal(await output(part, "Volume for the target profit").textContent(), "2,000 units ($14,000 of sales)");
  const working = await part.locator("#single-working").innerText();
  assert.match(working, /Profit = \(P − V\) x − F = 5 × 1,000 − 6,000 = −\$1,000 \(a loss\)/);
  assert.match(working, /Margin of safety = x − BEP = 1,000 − 1,200 = −200 units = −20% of x/);
  assert.match(working, /x = \(F \+ profit\) \/ \(P − V\) = \(6,000 \+ 4,000\) \/ 5 = 2,000 units/);
  const chart = page.getByRole("img", { name: /^Revenue and total cost against volume/ });
  assert.deepEqual((await chartLabels(chart)).markers, ["BEP = 1,200"], "x = 1,000 is too near the BEP for a label of its own");

  await part.getByRole("button", { name: "Reset to the textbook example" }).click();
  assert.equal(await field(part, "Expected volume").inputValue(), "");
  assert.equal(await output(part, "Break-even volume").textContent(), "5,714.29 units");
  assert.equal(await output(part, "Profit at").isVisible(), false);
  assert.deepEqual(problems, []);
});

test("one product: a price not above the variable cost is an error next to the price, cleared when fixed", async () => {
  const { page, problems } = await openPage();
  const part = page.locator("#single");
  await type(part, "Variable cost", "4");
  assert.equal(await field(part, "Price").getAttribute("aria-invalid"), "true");
  assert.equal(await part.locator("#single-unit-price-error").textContent(), "must be greater than the variable cost: otherwise no volume breaks even");
  assert.match(await part.locator("#single-results").getAttribute("class"), /stale/);
  await type(part, "Variable cost", "2.25");
  assert.equal(await field(part, "Price").getAttribute("aria-invalid"), null);
  assert.equal(await part.locator("#single-unit-price-error").textContent(), "");

  await type(part, "Expected volume", "0");
  assert.equal(await part.locator("#single-volume-error").textContent(), "must be greater than zero");
  await type(part, "Expected volume", "8000");
  assert.equal(await output(part, "Profit at").textContent(), "$4,000");
  assert.equal(await output(part, "Margin of safety").textContent(), "2,285.71 units, $9,142.86 (28.57% of x)");
  const chart = page.getByRole("img", { name: /^Revenue and total cost against volume/ });
  assert.deepEqual((await chartLabels(chart)).markers, ["BEP = 5,714.29", "x = 8,000"]);
  assert.deepEqual(problems, []);
});

test("a product mix, after Heizer & Render's Le Bistro: BEP$ = $76,764.71 at a weighted contribution of .469", async () => {
  const { page, problems } = await openPage();
  const part = page.locator("#mix");
  assert.equal(await output(part, "Break-even revenue").textContent(), "$76,764.71");
  assert.equal(await output(part, "Weighted contribution").textContent(), "0.469");
  assert.equal(await output(part, "Forecast revenue").textContent(), "$72,500");
  assert.equal(await output(part, "Profit at the forecast").textContent(), "−$2,000 (a loss)");
  assert.equal(await output(part, "Margin of safety").textContent(), "−$4,264.71 (−5.882% of the forecast revenue)");

  const rows = await tableRows(part, "#mix-table");
  assert.deepEqual(rows.map((row) => row[0]), ["Sandwich", "Drinks", "Baked potato"]);
  assert.deepEqual(rows.map((row) => row[5]), ["$45,000", "$13,500", "$14,000"]);
  assert.deepEqual(rows.map((row) => row[6]), ["62.07%", "18.62%", "19.31%"]);
  assert.deepEqual(rows.map((row) => row[9]), ["9,529.41", "9,529.41", "7,411.76"]);

  const working = await part.locator("#mix-working").innerText();
  assert.match(working, /Σ P u = 5 × 9,000 \+ 1\.5 × 9,000 \+ 2 × 7,000 = \$72,500/);
  assert.match(working, /Sandwich: W = P u \/ Σ P u = 45,000 \/ 72,500 = 0\.6207/);
  assert.match(working, /Σ \(1 − V \/ P\) W = 0\.2483 \+ 0\.1241 \+ 0\.09655 = 0\.469/);
  assert.match(working, /BEP\$ = F \/ Σ \(1 − V \/ P\) W = 36,000 \/ 0\.469 = \$76,764\.71 per year/);
  assert.match(working, /Sandwich: units = W × BEP\$ \/ P = 0\.6207 × 76,764\.71 \/ 5 = 9,529\.41 units/);

  const chart = page.getByRole("img", { name: /^Revenue and total cost against sales revenue/ });
  assert.equal(await chart.locator("polyline").count(), 3);
  assert.deepEqual(await chartLabels(chart), { markers: ["BEP$ = $76,764.71"], regions: ["Loss", "Profit"] });
  await part.screenshot({ path: new URL("break-even-mix.png", ARTIFACTS).pathname });
  assert.deepEqual(problems, []);
});

test("a product mix given as revenue shares: the share column, a missing share, shares that do not add up", async () => {
  const { page, problems } = await openPage();
  const part = page.locator("#mix");
  await part.getByLabel("each product's share of sales revenue").check();
  assert.equal(await cell(part, "Forecast units", "product", 1).isVisible(), false);
  const share = (index) => cell(part, "Share of revenue", "product", index);
  assert.equal(await share(1).isVisible(), true);
  assert.equal(await part.locator("#products-0-salesShare-error").textContent(), "is required (or forecast units for every product)");

  for (const [index, value] of ["0.621", "0.186", "0.193"].entries()) await retype(share(index + 1), value);
  assert.equal(await output(part, "Break-even revenue").textContent(), "$76,775.43");
  assert.equal(await output(part, "Forecast revenue").isVisible(), false);
  assert.equal((await tableRows(part, "#mix-table"))[0].length, 9, "no forecast column");

  await retype(share(3), "0.1");
  assert.equal(await part.locator("#mix-products-error").textContent(), "must have sales shares that add up to 1 (100 %)");
  await retype(share(3), "0.19");
  assert.equal(await part.locator("#mix-products-error").textContent(), "");
  assert.match(await part.locator("#mix-working").innerText(), /Σ shares = 0\.621 \+ 0\.186 \+ 0\.19 = 0\.997/);

  await part.getByLabel("forecast sales in units").check();
  assert.equal(await output(part, "Break-even revenue").textContent(), "$76,764.71", "the forecasts were kept");
  assert.deepEqual(problems, []);
});

test("a product mix: products are added and removed, a bad cell shows its error, reset restores Le Bistro", async () => {
  const { page, problems } = await openPage();
  const part = page.locator("#mix");
  await part.getByRole("button", { name: "Add a product" }).click();
  assert.equal(await part.locator("#products-3-unitPrice-error").textContent(), "is required");
  await retype(textCell(part, "Product", "product", 4), "Tea");
  await retype(cell(part, "Price", "product", 4), "1");
  await retype(cell(part, "Variable cost", "product", 4), "0.3");
  await retype(cell(part, "Forecast units", "product", 4), "6000");
  assert.equal((await tableRows(part, "#mix-table")).length, 4);
  assert.equal((await tableRows(part, "#mix-table"))[3][0], "Tea");

  await retype(cell(part, "Price", "product", 2), "0");
  assert.equal(await part.locator("#products-1-unitPrice-error").textContent(), "must be greater than zero");
  await part.getByRole("button", { name: "Remove product 2" }).click();
  assert.equal(await textCell(part, "Product", "product", 2).inputValue(), "Baked potato");
  assert.deepEqual((await tableRows(part, "#mix-table")).map((row) => row[0]), ["Sandwich", "Baked potato", "Tea"]);

  await part.getByRole("button", { name: "Reset to the textbook example" }).click();
  assert.equal(await part.locator("#mix-products tbody tr").count(), 3);
  assert.equal(await output(part, "Break-even revenue").textContent(), "$76,764.71");
  assert.deepEqual(problems, []);
});

test("crossover, Heizer & Render's Kleber Enterprises: A up to 2,857.14 reports, B up to 6,666.67, C beyond", async () => {
  const { page, problems } = await openPage();
  const part = page.locator("#crossover");
  assert.equal(await output(part, "Crossover volumes").textContent(), "2,857.14 and 6,666.67 units");
  assert.deepEqual(await tableRows(part, "#crossover-ranges"), [
    ["0 to 2,857.14", "A"],
    ["2,857.14 to 6,666.67", "B"],
    ["6,666.67 and over", "C"],
  ]);
  assert.equal(await part.locator("#crossover-costs").isVisible(), false);
  const working = await part.locator("#crossover-working").innerText();
  assert.match(working, /A → B: x = \(F\(B\) − F\(A\)\) \/ \(V\(A\) − V\(B\)\) = \(300,000 − 200,000\) \/ \(60 − 25\) = 2,857\.14 units, where both cost \$371,428\.57/);
  assert.match(working, /B → C: .* = 6,666\.67 units/);

  const chart = page.getByRole("img", { name: "Total cost of each option against volume, with the crossovers" });
  assert.equal(await chart.locator("polyline").count(), 4, "three options and the lowest cost");
  assert.deepEqual(await chartLabels(chart), { markers: ["2,857.14", "6,666.67"], regions: ["A cheapest", "B cheapest", "C cheapest"] });

  await type(part, "Volume", "5000");
  assert.equal(await output(part, "Cheapest at").textContent(), "B at $425,000");
  assert.deepEqual(await tableRows(part, "#crossover-costs"), [
    ["A", "$200,000", "$300,000", "$500,000", "+$75,000"],
    ["B cheapest", "$300,000", "$125,000", "$425,000", "—"],
    ["C", "$400,000", "$50,000", "$450,000", "+$25,000"],
  ]);
  assert.equal(await part.locator("#crossover-costs caption").textContent(), "Every option at 5,000 units");
  assert.match(await part.locator("#crossover-working").innerText(), /Cheapest: at x = 5,000 = B, \$425,000/);
  await part.screenshot({ path: new URL("break-even-crossover.png", ARTIFACTS).pathname });
  assert.deepEqual(problems, []);
});

test("make or buy, after Stevenson: buy below 7,500 units, make above; making saves $90,000 at 12,000", async () => {
  const { page, problems } = await openPage();
  const part = page.locator("#crossover");
  await part.getByRole("button", { name: "Make or buy", exact: true }).click();
  assert.equal(await output(part, "Crossover volumes").textContent(), "7,500 units");
  assert.equal(await output(part, "Cheapest at").textContent(), "make at $870,000");
  assert.deepEqual(await tableRows(part, "#crossover-ranges"), [["0 to 7,500", "buy"], ["7,500 and over", "make"]]);
  assert.deepEqual((await tableRows(part, "#crossover-costs"))[1], ["buy", "$0", "$960,000", "$960,000", "+$90,000"]);
  const chart = page.getByRole("img", { name: /^Total cost of each option/ });
  assert.deepEqual(await chartLabels(chart), { markers: ["7,500", "x = 12,000"], regions: ["buy cheaper", "make cheaper"] });
  assert.equal(await chart.locator(".axis-x text").last().textContent(), "15,000");
  await part.screenshot({ path: new URL("break-even-make-or-buy.png", ARTIFACTS).pathname });

  // Parallel cost lines never cross: no error, one option cheapest everywhere.
  await retype(cell(part, "Variable cost", "option", 1), "80");
  assert.equal(await output(part, "Crossover volumes").textContent(), "none");
  assert.deepEqual(await tableRows(part, "#crossover-ranges"), [["every volume", "buy"]]);
  assert.match(await part.locator("#crossover-working").innerText(), /No crossover: cheapest at every volume = buy/);
  assert.deepEqual(problems, []);
});

test("crossover errors: a repeated id, too few options; reset restores Kleber Enterprises", async () => {
  const { page, problems } = await openPage();
  const part = page.locator("#crossover");
  await retype(textCell(part, "Option", "option", 2), "A");
  assert.equal(await part.locator("#options-1-id-error").textContent(), "repeats the id of options[0]");
  assert.match(await part.locator("#crossover-results").getAttribute("class"), /stale/);
  await retype(textCell(part, "Option", "option", 2), "B");
  assert.equal(await part.locator("#options-1-id-error").textContent(), "");

  await part.getByRole("button", { name: "Remove option 3" }).click();
  await part.getByRole("button", { name: "Remove option 2" }).click();
  assert.equal(await part.locator("#crossover-options-error").textContent(), "must have at least two options to compare");

  await part.getByRole("button", { name: "Reset to the textbook example" }).click();
  assert.equal(await part.locator("#crossover-options tbody tr").count(), 3);
  assert.equal(await output(part, "Crossover volumes").textContent(), "2,857.14 and 6,666.67 units");
  assert.deepEqual(problems, []);
});

test("the page is in the navigation under Capacity and fits a phone screen", async () => {
  const { page, problems } = await openPage({ width: 375, height: 740 });
  const link = page.getByRole("navigation", { name: "Calculators" }).getByRole("link", { name: "Break-even" });
  assert.equal(await link.getAttribute("aria-current"), "page");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: new URL("break-even-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("compare one product: Jimmy Stephens at a $5 price in scenario B breaks even at 3,636.36 units", async () => {
  const { page, problems } = await openPage();
  const part = page.locator("#single");
  await startComparing(page, "single-form");
  await type(part, "Price", "5");
  // BEP = 10,000 / (5 − 2.25) = 3,636.36 units; BEP$ = 10,000 / 0.55 = $18,181.82.
  const rows = await comparisonRows(page, "single-form");
  assert.deepEqual(rows[0], ["Break-even volume BEP", "5,714.29 units", "3,636.36 units", "−2,077.92 units", "−36.4%"]);
  assert.deepEqual(rows[1], ["Break-even revenue BEP$", "$22,857.14", "$18,181.82", "−$4,675.32", "−20.5%"]);
  assert.deepEqual(rows[3], ["Contribution margin ratio", "43.75%", "55%", "+11.25 pts", "—"]);
  const chart = page.locator("#single-form-comparison-chart");
  assert.equal(await chart.locator("polyline.line.scenario-b").count(), 2, "B's total cost and revenue");
  assert.equal(await chart.locator("polyline.line").count(), 4);
  await editScenario(page, "A", "single-form");
  assert.equal(await field(part, "Price").inputValue(), "4");
  assert.equal(await output(part, "Break-even volume").textContent(), "5,714.29 units");
  await part.screenshot({ path: new URL("break-even-single-scenarios.png", ARTIFACTS).pathname });
  assert.deepEqual(problems, []);
});

test("compare a product mix: Le Bistro at $30,000 of fixed cost turns the forecast's $2,000 loss into a $4,000 profit", async () => {
  const { page, problems } = await openPage();
  const part = page.locator("#mix");
  await startComparing(page, "mix-form");
  await type(part, "Fixed cost", "30000");
  const rows = await comparisonRows(page, "mix-form");
  assert.deepEqual(rows[0], ["Break-even revenue BEP$", "$76,764.71", "$63,970.59", "−$12,794.12", "−16.7%"]);
  assert.deepEqual(rows[1], ["Weighted contribution", "0.469", "0.469", "0", "0.0%"]);
  assert.deepEqual(rows[3], ["Profit at the forecast", "−$2,000", "$4,000", "+$6,000", "+300.0%"]);
  assert.equal(await page.locator("#mix-form-comparison-chart polyline.line").count(), 4);
  await part.screenshot({ path: new URL("break-even-mix-scenarios.png", ARTIFACTS).pathname });
  assert.deepEqual(problems, []);
});

test("compare crossovers: option C at $350,000 of fixed cost takes over from B at 3,333.33 reports", async () => {
  const { page, problems } = await openPage();
  const part = page.locator("#crossover");
  await type(part, "Volume", "5000");
  await startComparing(page, "crossover-form");
  await retype(cell(part, "Fixed cost", "option", 3), "350000");
  const rows = await comparisonRows(page, "crossover-form");
  assert.deepEqual(rows[0], ["Crossover A → B", "2,857.14 units", "2,857.14 units", "0 units", "0.0%"]);
  assert.deepEqual(rows[1], ["Crossover B → C", "6,666.67 units", "3,333.33 units", "−3,333.33 units", "−50.0%"]);
  // At 5,000 reports C now costs 350,000 + 10 × 5,000 = $400,000, less than B's $425,000.
  assert.deepEqual(rows[2], ["Cheapest total cost at x", "$425,000", "$400,000", "−$25,000", "−5.9%"]);
  assert.deepEqual(rows[5], ["Total cost of C at x", "$450,000", "$400,000", "−$50,000", "−11.1%"]);
  assert.equal(await page.locator("#crossover-form-comparison-chart polyline.line").count(), 2, "the lowest cost of A and of B");
  await page.screenshot({ path: new URL("break-even-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  await page.setViewportSize({ width: 375, height: 740 });
  await part.screenshot({ path: new URL("break-even-crossover-scenarios-phone.png", ARTIFACTS).pathname });
  assert.deepEqual(problems, []);
});

test("the link keeps every calculator's inputs, tables, choices and scenario B", async () => {
  const { page, problems } = await openPage();
  const single = page.locator("#single");
  await single.getByRole("button", { name: "Berry pies" }).click();
  await type(single, "Price", "8");
  const mix = page.locator("#mix");
  await mix.getByLabel("each product's share of sales revenue").check();
  for (const [index, value] of ["0.621", "0.186", "0.193"].entries()) await retype(cell(mix, "Share of revenue", "product", index + 1), value);
  const crossover = page.locator("#crossover");
  await crossover.getByRole("button", { name: "Make or buy", exact: true }).click();
  await startComparing(page, "crossover-form");
  await retype(cell(crossover, "Variable cost", "option", 2), "75");
  await linkHolding(page, "single-unit-price=8");
  await linkHolding(page, '"salesShare":"0.193"');
  const link = await linkHolding(page, 'b.options=[{"id":"make","fixedCost":"150000","variableCost":"60"},{"id":"buy","fixedCost":"0","variableCost":"75"}]');

  const copy = await newWatchedPage(site.browser);
  await copy.page.goto(link);
  const crossoverCopy = copy.page.locator("#crossover");
  await output(crossoverCopy, "Crossover volumes").filter({ hasText: "units" }).waitFor();
  const singleCopy = copy.page.locator("#single");
  assert.equal(await field(singleCopy, "Price").inputValue(), "8");
  assert.equal(await field(singleCopy, "Expected volume").inputValue(), "1000");
  // BEP = 6,000 / (8 − 2) = 1,000 pies: the expected volume just breaks even.
  assert.equal(await output(singleCopy, "Break-even volume").textContent(), "1,000 units");
  assert.equal(await output(singleCopy, "Profit at").textContent(), "$0");
  const mixCopy = copy.page.locator("#mix");
  assert.equal(await mixCopy.getByLabel("each product's share of sales revenue").isChecked(), true);
  assert.equal(await cell(mixCopy, "Share of revenue", "product", 3).isVisible(), true);
  assert.equal(await output(mixCopy, "Break-even revenue").textContent(), "$76,775.43");
  assert.equal(await textCell(crossoverCopy, "Option", "option", 1).inputValue(), "make", "A is shown first");
  assert.equal(await output(crossoverCopy, "Crossover volumes").textContent(), "7,500 units");
  // B: buying at $75 a unit, making pays from 150,000 / (75 − 60) = 10,000 units.
  assert.deepEqual((await comparisonRows(copy.page, "crossover-form"))[0], ["Crossover buy → make", "7,500 units", "10,000 units", "+2,500 units", "+33.3%"]);
  await editScenario(copy.page, "B", "crossover-form");
  assert.equal(await cell(crossoverCopy, "Variable cost", "option", 2).inputValue(), "75");
  assert.deepEqual([...problems, ...copy.problems], []);
});

test("downloads: a calculator's results as CSV, its tables included", async () => {
  const { page, problems } = await openPage();
  const single = await downloadText(page, "Download the results as CSV", page.locator("#single-results"));
  assert.equal(single.fileName, "break-even-results.csv");
  assert.deepEqual(single.text.split("\r\n").slice(0, 2), ['Break-even volume BEP,"5,714.29 units"', "Break-even revenue BEP$,\"$22,857.14\""]);
  const crossover = await downloadText(page, "Download the results as CSV", page.locator("#crossover-results"));
  const lines = crossover.text.split("\r\n");
  assert.equal(lines[0], "Crossover volumes,\"2,857.14 and 6,666.67 units\"");
  assert.ok(lines.includes("The cheapest option at each volume"), crossover.text);
  assert.ok(lines.includes('"2,857.14 to 6,666.67",B'), crossover.text);
  assert.deepEqual(problems, []);
});

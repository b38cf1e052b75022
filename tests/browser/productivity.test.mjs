// The productivity page in headless Chromium: Heizer & Render's Collins Title Company
// read back, editing the input tables, one period or two, errors next to their cell,
// the table of productivities and the working.
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
  await watched.page.goto(`${site.url}productivity.html`);
  await output(watched.page, "Multifactor productivity before").filter({ hasText: "per $" }).waitFor();
  return watched;
}

/** Locators for `type`: a table cell by its whole label ("Cost, after, input 2"). */
const numberCell = (page, label) => page.getByRole("spinbutton", { name: label, exact: true });
const textCell = (page, label) => page.getByRole("textbox", { name: label, exact: true });
/** A number cell of a period's input table: `cell(page, "Cost", "after", 2)`. */
const cell = (page, column, period, input) => numberCell(page, `${column}, ${period}, input ${input}`);
const nameCell = (page, period, input) => textCell(page, `Input, ${period}, input ${input}`);

async function tableRows(page) {
  return page.locator("#productivity-table tbody tr").evaluateAll((rows) =>
    rows.map((row) => [...row.cells].filter((cell) => !cell.hidden).map((cell) => cell.textContent.trim())),
  );
}

test("Heizer & Render's Collins Title: 0.25 → 0.4375 titles per labour-hour (+75 %), multifactor +26 %", async () => {
  const { page, problems } = await openPage();
  assert.equal(await field(page, "Output").first().inputValue(), "8");
  assert.equal(await output(page, "Multifactor productivity before").textContent(), "0.007692 per $");
  assert.equal(await output(page, "Multifactor productivity after").textContent(), "0.009722 per $");
  assert.equal(await output(page, "Change in multifactor productivity").textContent(), "+26.39%");
  assert.deepEqual(await tableRows(page), [
    ["Output", "8", "14", "+75%"],
    ["Labour, per unit", "0.25", "0.4375", "+75%"],
    ["Labour, per $", "0.0125", "0.02188", "+75%"],
    ["Overhead, per $", "0.02", "0.0175", "−12.5%"],
    ["Total cost", "$1,040", "$1,440", ""],
    ["Multifactor, per $ of all inputs", "0.007692", "0.009722", "+26.39%"],
  ]);
  const working = await page.locator("#productivity-working").innerText();
  assert.match(working, /Labour productivity before: output \/ amount = 8 \/ 32 = 0\.25 per unit/);
  assert.match(working, /Total cost after: Σ cost = \$640 \+ \$800 = \$1,440/);
  assert.match(working, /Multifactor productivity before: output \/ total cost = 8 \/ \$1,040 = 0\.007692 per \$/);
  assert.match(working, /Change in labour productivity: after \/ before − 1 = 0\.4375 \/ 0\.25 − 1 = \+75%/);
  await page.screenshot({ path: new URL("productivity-collins.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("labour as hours at a wage: the cost is worked out, and the results are the same", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Collins, labour at $20 an hour" }).click();
  assert.equal(await cell(page, "$ per unit", "before", 1).inputValue(), "20");
  assert.equal(await cell(page, "Cost", "before", 1).inputValue(), "");
  assert.match(await page.locator("#productivity-working").innerText(), /Labour cost before: amount × \$ per unit = 32 × \$20 = \$640/);
  assert.equal(await output(page, "Change in multifactor productivity").textContent(), "+26.39%");
  assert.deepEqual(problems, []);
});

test("editing a cell updates the results: 16 titles after doubles labour productivity", async () => {
  const { page, problems } = await openPage();
  await type(page, "Output after", "16");
  assert.deepEqual((await tableRows(page))[1], ["Labour, per unit", "0.25", "0.5", "+100%"]);
  await type(page, "Cost, after, input 2", "400", numberCell);
  assert.equal(await output(page, "Change in multifactor productivity").textContent(), "+100%");
  assert.deepEqual(problems, []);
});

test("one period: Stevenson's examples, no change column, and no multifactor without costs", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Stevenson: multifactor" }).click();
  assert.equal(await page.getByLabel("one period").isChecked(), true);
  assert.equal(await field(page, "Output after").isVisible(), false);
  assert.equal(await output(page, "Multifactor productivity").first().textContent(), "2 per $");
  assert.equal(await output(page, "Change in multifactor productivity").isVisible(), false);
  assert.deepEqual((await tableRows(page)).at(-1), ["Multifactor, per $ of all inputs", "2"]);
  assert.deepEqual((await tableRows(page))[1], ["Labour, per $", "7.04"]);

  await page.getByRole("button", { name: "Stevenson: carpet installers" }).click();
  assert.deepEqual((await tableRows(page))[1], ["Labour, per unit", "22.5"]);
  assert.equal(await output(page, "Multifactor productivity").first().textContent(), "—");
  assert.equal(await page.locator("#multifactor-note").isVisible(), true);
  assert.deepEqual(problems, []);
});

test("errors show next to the cell they name, and clear when fixed", async () => {
  const { page, problems } = await openPage();
  await type(page, "Input, after, input 2", "", textCell);
  assert.equal(await nameCell(page, "after", 2).getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator('[id="periods[1].inputs-1-name-error"]').textContent(), "must not be empty");
  assert.match(await page.locator("#productivity-results").getAttribute("class"), /stale/);
  await type(page, "Input, after, input 2", "Overhead", textCell);

  await type(page, "$ per unit, before, input 1", "20", numberCell);
  assert.equal(await page.locator('[id="periods[0].inputs-0-unitCost-error"]').textContent(), "give either a unit cost or the total cost, not both");
  await cell(page, "$ per unit", "before", 1).fill("");

  await type(page, "Output after", "0");
  assert.equal(await page.locator("#output-1-error").textContent(), "must be greater than zero");
  await type(page, "Output after", "14");
  assert.equal(await output(page, "Change in multifactor productivity").textContent(), "+26.39%");
  assert.doesNotMatch(await page.locator("#productivity-results").getAttribute("class"), /stale/);
  assert.deepEqual(problems, []);
});

test("adding and removing inputs; reset restores the example", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Add an input" }).first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-label")), "Input, before, input 3");
  assert.equal(await page.locator('[id="periods[0].inputs-2-amount-error"]').textContent(), "is required (or the input's cost)");
  await type(page, "Input, before, input 3", "Energy", textCell);
  await type(page, "Cost, before, input 3", "60", numberCell);
  // Energy only before: multifactor before is 8 / 1,100; no change row for energy.
  assert.equal(await output(page, "Multifactor productivity before").textContent(), "0.007273 per $");
  assert.deepEqual((await tableRows(page)).find((row) => row[0] === "Energy, per $"), ["Energy, per $", "0.1333", "—", "—"]);

  await page.getByRole("button", { name: "Remove before, input 3", exact: true }).click();
  assert.equal(await output(page, "Multifactor productivity before").textContent(), "0.007692 per $");
  await type(page, "Output after", "20");
  await page.getByRole("button", { name: "Reset to the textbook example" }).click();
  assert.equal(await field(page, "Output after").inputValue(), "14");
  assert.equal(await output(page, "Change in multifactor productivity").textContent(), "+26.39%");
  assert.deepEqual(problems, []);
});

test("the page fits a phone screen", async () => {
  const { page, problems } = await openPage({ width: 375, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: new URL("productivity-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("compare: Collins's new system with $600 of overhead in scenario B instead of $800", async () => {
  const { page, problems } = await openPage();
  await startComparing(page);
  await type(page, "Cost, after, input 2", "600", numberCell);
  const rows = await comparisonRows(page);
  // After: 14 / ($640 + $600) = 0.01129 per $, 46.77 % above before's 0.007692.
  assert.deepEqual(rows, [
    ["Multifactor productivity before", "0.007692 per $", "0.007692 per $", "0 per $", "0.0%"],
    ["Labour productivity before", "0.25 per unit", "0.25 per unit", "0 per unit", "0.0%"],
    ["Multifactor productivity after", "0.009722 per $", "0.01129 per $", "+0.001568 per $", "+16.1%"],
    ["Labour productivity after", "0.4375 per unit", "0.4375 per unit", "0 per unit", "0.0%"],
    ["Change in multifactor productivity", "26.39%", "46.77%", "+20.39 pts", "—"],
  ]);
  await editScenario(page, "A");
  assert.equal(await cell(page, "Cost", "after", 2).inputValue(), "800");
  assert.equal(await output(page, "Change in multifactor productivity").textContent(), "+26.39%");
  await page.screenshot({ path: new URL("productivity-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the link reproduces both input tables and the number of periods; B of one period is not set beside A's two", async () => {
  const { page, problems } = await openPage();
  await type(page, "Amount, before, input 1", "40", numberCell);
  await page.locator("#add-input-1").click();
  await type(page, "Input, after, input 3", "Materials", textCell);
  await type(page, "Cost, after, input 3", "160", numberCell);
  await startComparing(page);
  await page.getByLabel("one period").check();
  const link = await linkHolding(page, "b.period-count=one");

  const copy = await newWatchedPage(site.browser);
  await copy.page.goto(link);
  await output(copy.page, "Multifactor productivity before").filter({ hasText: "per $" }).waitFor();
  assert.equal(await copy.page.getByLabel("two periods (before and after)").isChecked(), true, "A is shown first");
  assert.equal(await cell(copy.page, "Amount", "before", 1).inputValue(), "40");
  assert.equal(await nameCell(copy.page, "after", 3).inputValue(), "Materials");
  assert.equal(await cell(copy.page, "Cost", "after", 3).inputValue(), "160");
  assert.deepEqual((await tableRows(copy.page))[4], ["Materials, per $", "—", "0.0875", "—"]);
  assert.equal(await output(copy.page, "Multifactor productivity after").textContent(), "0.00875 per $");
  // B has one period: its figures are named without "before", each on a row of its own.
  const rows = await comparisonRows(copy.page);
  assert.deepEqual(rows[0], ["Multifactor productivity before", "0.007692 per $", "—", "—", "—"]);
  assert.deepEqual(rows[1], ["Labour productivity before", "0.2 per unit", "—", "—", "—"]);
  assert.deepEqual(rows.slice(5), [
    ["Multifactor productivity", "—", "0.007692 per $", "—", "—"],
    ["Labour productivity", "—", "0.2 per unit", "—", "—"],
  ]);
  await editScenario(copy.page, "B");
  assert.equal(await copy.page.getByLabel("one period").isChecked(), true);
  assert.deepEqual([...problems, ...copy.problems], []);
});

test("the results download as CSV, with the table of productivities", async () => {
  const { page, problems } = await openPage();
  const csv = await downloadText(page, "Download the results as CSV");
  assert.equal(csv.fileName, "productivity-results.csv");
  const lines = csv.text.split("\r\n");
  assert.equal(lines[0], "Multifactor productivity before,0.007692 per $");
  assert.ok(lines.includes("Change in multifactor productivity,+26.39%"), csv.text);
  assert.ok(lines.includes("Measure,Before,After,Change"), csv.text);
  assert.ok(lines.includes('"Labour, per unit",0.25,0.4375,+75%'), csv.text);
  assert.deepEqual(problems, []);
});

// The ABC analysis page in headless Chromium: the textbook example, the basis and
// cutoffs, editing the item table, errors next to the cell they name, the tables,
// the working and the Pareto chart.
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
  await watched.page.goto(`${site.url}abc.html`);
  await output(watched.page, "Total annual value").filter({ hasText: "$" }).waitFor();
  return watched;
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const field = (page, label) => page.getByRole("spinbutton", { name: new RegExp(`^${escape(label)}`) });
/** A number cell of the item table: `cell(page, "Unit cost", 4)`. */
const cell = (page, column, item) => page.getByRole("spinbutton", { name: `${column}, item ${item}`, exact: true });
const idCell = (page, item) => page.getByRole("textbox", { name: `Item, item ${item}`, exact: true });
const output = (page, label) => page.getByLabel(label).and(page.locator("output"));

async function type(input, text) {
  await input.fill("");
  if (text) await input.pressSequentially(text);
}

async function tableRows(page, id) {
  return page.locator(`#${id} tbody tr`).evaluateAll((rows) =>
    rows.map((row) => [...row.cells].map((cell) => cell.textContent.trim())),
  );
}

const classesOf = async (page) => (await tableRows(page, "abc-rows")).map((row) => row.at(-1)).join("");

test("Heizer & Render's Silicon Chips: $232,057; A = 2 items (71.97 %), B = 3 (23.21 %), C = 5 (4.83 %)", async () => {
  const { page, problems } = await openPage();
  assert.equal(await output(page, "Total annual value").textContent(), "$232,057");
  assert.equal(await output(page, "Items").textContent(), "10");
  assert.equal(await output(page, "Class shares").textContent(), "A 20%, B 30%, C 50% of the items");
  assert.deepEqual(await tableRows(page, "abc-classes"), [
    ["A", "2", "1–2", "20%", "$167,000", "71.97%"],
    ["B", "3", "3–5", "30%", "$53,851", "23.21%"],
    ["C", "5", "6–10", "50%", "$11,206", "4.83%"],
  ]);
  const rows = await tableRows(page, "abc-rows");
  assert.equal(rows.length, 10);
  assert.deepEqual(rows[0], ["1", "#10286", "1,000", "$90.00", "$90,000", "38.78%", "38.78%", "10%", "A"]);
  assert.deepEqual(rows[3], ["4", "#10867", "350", "$42.86", "$15,001", "6.46%", "89.78%", "40%", "B"]);
  assert.equal(await classesOf(page), "AABBBCCCCC");

  const working = await page.locator("#abc-working").innerText();
  assert.match(working, /Annual value of #10286: D × c = 1,000 × \$90\.00 = \$90,000/);
  assert.match(working, /Share of #10286: value \/ total = \$90,000 \/ \$232,057 = 38\.78%/);
  assert.match(working, /Class A: the fewest top items reaching 20% of the items = ranks 1–2 = 2 items/);

  await page.screenshot({ path: new URL("abc-silicon-chips.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the Pareto chart: a bar per item coloured by class, the cumulative line, the class boundaries", async () => {
  const { page, problems } = await openPage();
  const chart = page.getByRole("img", { name: /^Share of annual value by item/ });
  assert.equal(await chart.locator(".bars rect").count(), 10);
  assert.equal(await chart.locator(".bars.class-a rect").count(), 2);
  assert.equal(await chart.locator("polyline.cumulative").count(), 1);
  assert.deepEqual(await chart.locator(".marker text").allTextContents(), ["A | B", "B | C"]);
  assert.match(await chart.locator("desc").textContent(), /Class A, 2 of 10 items, holds 71\.97% of the annual value/);
  assert.deepEqual(problems, []);
});

test("by value (hand-computed): A runs to the item that reaches 80 %, so 3 A, 2 B, 5 C", async () => {
  const { page, problems } = await openPage();
  await page.getByLabel("share of the annual value").check();
  assert.equal(await output(page, "Class shares").textContent(), "A 80%, B 15%, C 5% of the value");
  assert.equal(await classesOf(page), "AAABBCCCCC");
  assert.deepEqual((await tableRows(page, "abc-classes")).map((row) => row[5]), ["83.32%", "11.85%", "4.83%"]);
  assert.deepEqual(problems, []);
});

test("cutoffs: one alone asks for the other; shares past 100 % are an error next to b", async () => {
  const { page, problems } = await openPage();
  await type(field(page, "Class A share"), "0.3");
  assert.equal(await page.locator("#cutoff-b-error").textContent(), "is required");
  await type(field(page, "Class B share"), "0.8");
  assert.equal(await field(page, "Class B share").getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#cutoff-b-error").textContent(), "must be at most 1 minus the share of class A");
  await type(field(page, "Class B share"), "0.3");
  assert.equal(await page.locator("#cutoff-b-error").textContent(), "");
  assert.equal(await classesOf(page), "AAABBBCCCC");
  assert.deepEqual(problems, []);
});

test("item errors show next to their cell: a repeated id, a negative cost, an empty id", async () => {
  const { page, problems } = await openPage();
  await type(idCell(page, 8), "#11526");
  assert.equal(await idCell(page, 8).getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#items-7-id-error").textContent(), "repeats the id of items[1]");
  assert.match(await page.locator("#abc-results").getAttribute("class"), /stale/);
  await type(idCell(page, 8), "#01036");

  await type(cell(page, "Unit cost", 4), "-2");
  assert.equal(await page.locator("#items-3-unitCost-error").textContent(), "must be zero or more");
  await type(cell(page, "Unit cost", 4), "42.86");
  assert.equal(await page.locator("#items-3-unitCost-error").textContent(), "");

  await page.getByRole("button", { name: "Add an item" }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-label")), "Item, item 11");
  assert.equal(await page.locator("#items-10-annualDemand-error").textContent(), "is required");
  await type(cell(page, "Annual demand", 11), "30");
  await type(cell(page, "Unit cost", 11), "1000");
  assert.equal(await page.locator("#items-10-id-error").textContent(), "must not be empty");
  await type(idCell(page, 11), "#99999");
  assert.equal(await output(page, "Items").textContent(), "11");
  assert.equal((await tableRows(page, "abc-rows"))[2][1], "#99999");
  assert.deepEqual(problems, []);
});

test("removing items renumbers the rows; reset restores the example", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Remove item 1", exact: true }).click();
  assert.equal(await idCell(page, 1).inputValue(), "#11526");
  assert.equal(await output(page, "Items").textContent(), "9");
  assert.equal((await tableRows(page, "abc-rows"))[0][1], "#11526");

  await page.getByLabel("share of the annual value").check();
  await type(field(page, "Class A share"), "0.5");
  await page.getByRole("button", { name: "Reset to the textbook example" }).click();
  assert.equal(await output(page, "Items").textContent(), "10");
  assert.equal(await field(page, "Class A share").inputValue(), "");
  assert.equal(await page.getByLabel("share of the items").isChecked(), true);
  assert.equal(await classesOf(page), "AABBBCCCCC");
  assert.deepEqual(problems, []);
});

test("the page fits a phone screen", async () => {
  const { page, problems } = await openPage({ width: 375, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: new URL("abc-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("compare: classes by value in scenario B against by items in A", async () => {
  const { page, problems } = await openPage();
  await startComparing(page);
  await page.getByLabel("share of the annual value").check();
  const rows = await comparisonRows(page);
  // By value, A runs to the item that reaches 80 %: #10500 joins A (hand-computed, as above).
  assert.deepEqual(rows[0], ["Total annual value", "$232,057", "$232,057", "$0", "0.0%"]);
  assert.deepEqual(rows[2], ["Class A: items", "2", "3", "+1", "+50.0%"]);
  assert.deepEqual(rows[3], ["Class A: % of value", "71.97%", "83.32%", "+11.35 pts", "—"]);
  assert.deepEqual(rows[4], ["Class B: items", "3", "2", "−1", "−33.3%"]);
  assert.deepEqual(rows[7], ["Class C: % of value", "4.83%", "4.83%", "0 pts", "—"]);
  assert.equal(await classesOf(page), "AAABBCCCCC", "the results show scenario B");
  await editScenario(page, "A");
  assert.equal(await page.getByLabel("share of the items").isChecked(), true);
  assert.equal(await classesOf(page), "AABBBCCCCC");
  assert.equal(await page.locator(".scenario-chart polyline.line").count(), 2);
  await page.screenshot({ path: new URL("abc-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the link reproduces the item table, the basis, the cutoffs and scenario B", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Remove item 10", exact: true }).click();
  await type(idCell(page, 1), "#10286-X");
  await type(cell(page, "Unit cost", 4), "100");
  await page.getByLabel("share of the annual value").check();
  await type(field(page, "Class A share"), "0.7");
  await type(field(page, "Class B share"), "0.25");
  await startComparing(page);
  await type(cell(page, "Annual demand", 9), "5000");
  // Only scenario B's table holds 5,000 (the link is written a moment after the last key).
  const link = await linkHolding(page, '"annualDemand":"5000"');
  assert.match(decodeURIComponent(link), /[?&]b\.cutoff-b=0\.25/);
  assert.match(link, /[?&]basis=value/);

  const copy = await newWatchedPage(site.browser);
  await copy.page.goto(link);
  await output(copy.page, "Total annual value").filter({ hasText: "$" }).waitFor();
  assert.equal(await copy.page.locator("#items tbody tr").count(), 9);
  assert.equal(await idCell(copy.page, 1).inputValue(), "#10286-X");
  assert.equal(await cell(copy.page, "Unit cost", 4).inputValue(), "100");
  assert.equal(await cell(copy.page, "Annual demand", 9).inputValue(), "1200", "A's own table");
  assert.equal(await field(copy.page, "Class A share").inputValue(), "0.7");
  assert.equal(await copy.page.getByLabel("share of the annual value").isChecked(), true);
  // A: #10572 ($150) gone and #10867 at $100 (+$19,999); B: #01307 at 5,000 × $0.42 (+$1,596).
  assert.equal(await output(copy.page, "Total annual value").textContent(), "$251,906");
  assert.deepEqual((await comparisonRows(copy.page))[0], ["Total annual value", "$251,906", "$253,502", "+$1,596", "+0.6%"]);
  await editScenario(copy.page, "B");
  assert.equal(await cell(copy.page, "Annual demand", 9).inputValue(), "5000");
  assert.equal(await copy.page.locator("#items tbody tr").count(), 9);
  assert.deepEqual([...problems, ...copy.problems], []);
});

test("the results download as CSV, with the class table", async () => {
  const { page, problems } = await openPage();
  const csv = await downloadText(page, "Download the results as CSV");
  assert.equal(csv.fileName, "abc-results.csv");
  const lines = csv.text.split("\r\n");
  assert.equal(lines[0], 'Total annual value,"$232,057"');
  assert.ok(lines.includes('Class shares,"A 20%, B 30%, C 50% of the items"'), csv.text);
  assert.ok(lines.includes("Class,Items,Ranks,% of items,Annual value,% of value"), csv.text);
  assert.ok(lines.includes('A,2,1–2,20%,"$167,000",71.97%'), csv.text);
  assert.deepEqual(problems, []);
});

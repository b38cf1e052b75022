// The capacity requirement page in headless Chromium: Stevenson's and Krajewski's
// examples, editing the product table, errors next to the cell they name, the table of
// hours and the working.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ARTIFACTS, horizontalOverflow, openSite, openWatchedPage } from "./browser.mjs";
import { field, output, tableRows, type, typeInto } from "./calculator.mjs";
import { comparisonRows, downloadText, editScenario, linkHolding, startComparing } from "./scenario.mjs";

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

async function openPage(viewport) {
  const watched = await openWatchedPage(site, "capacity-requirement.html", viewport);
  await output(watched.page, "Machines needed").filter({ hasText: "machine" }).waitFor();
  return watched;
}

/** A cell of the product table: `cell(page, "Lot size", 2)`. */
const cell = (page, column, product) => page.getByRole("spinbutton", { name: `${column}, product ${product}`, exact: true });
const nameCell = (page, product) => page.getByRole("textbox", { name: `Name, product ${product}`, exact: true });

test("opens on Stevenson's three products: 5,800 hours over 2,000 is 2.9 machines, so 3", async () => {
  const { page, problems } = await openPage();
  assert.equal(await output(page, "Machines needed").textContent(), "3 machines");
  assert.equal(await output(page, "Exact requirement").textContent(), "2.9");
  assert.equal(await output(page, "Hours needed a year").textContent(), "5,800 hours");
  assert.equal(await output(page, "of which setups").textContent(), "0 hours");
  assert.equal(await output(page, "Utilization of the machines").textContent(), "96.67%");
  assert.deepEqual(await tableRows(page, "#requirement-products"), [
    ["#1", "2,000", "—", "0", "2,000"],
    ["#2", "2,400", "—", "0", "2,400"],
    ["#3", "1,400", "—", "0", "1,400"],
  ]);
  const working = await page.locator("#requirement-working").innerText();
  assert.match(working, /#1: D p = 400 × 5 = 2,000 hours/);
  assert.match(working, /All products: Σ \[D p \+ \(D \/ Q\) s\] = 2,000 \+ 2,400 \+ 1,400 = 5,800 hours/);
  assert.match(working, /Machines: M = Σ \/ \[N \(1 − C\)\] = 5,800 \/ 2,000 = 2\.9, rounded up to 3/);
  assert.match(await page.locator("#example-source").textContent(), /Stevenson.*2\.90 machines/);
  await page.screenshot({ path: new URL("capacity-requirement-stevenson.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("made in lots (hand-computed after Stevenson): 136.67 setup hours, 2.968 machines, still 3", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Stevenson, made in lots" }).click();
  assert.equal(await output(page, "of which setups").textContent(), "136.67 hours");
  assert.equal(await output(page, "Exact requirement").textContent(), "2.968");
  assert.equal(await output(page, "Machines needed").textContent(), "3 machines");
  assert.deepEqual((await tableRows(page, "#requirement-products"))[2], ["#3", "1,400", "23.33", "46.67", "1,446.67"]);
  assert.match(await page.locator("#requirement-working").innerText(), /#1: D p \+ \(D \/ Q\) s = 400 × 5 \+ \(400 \/ 20\) × 3 = 2,000 \+ 60 = 2,060 hours/);
  assert.deepEqual(problems, []);
});

test("Krajewski's copy center with a 15 % cushion: 5,305 / 1,700 = 3.12, so four machines", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Krajewski: copy center" }).click();
  assert.equal(await field(page, "Capacity cushion").inputValue(), "0.15");
  assert.equal(await nameCell(page, 1).inputValue(), "Client X");
  assert.equal(await output(page, "Machines needed").textContent(), "4 machines");
  assert.equal(await output(page, "Exact requirement").textContent(), "3.121");
  assert.equal(await output(page, "Hours needed a year").textContent(), "5,305 hours");
  assert.equal(await output(page, "Hours per machine, less the cushion").textContent(), "1,700 hours");
  assert.equal(await output(page, "Cushion they leave").textContent(), "33.69%");
  assert.match(await page.locator("#requirement-working").innerText(), /Hours per machine: N \(1 − C\) = 2,000 × \(1 − 0\.15\) = 1,700 hours/);
  await page.screenshot({ path: new URL("capacity-requirement-copy-center.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("errors show next to the cell or field they name, and clear when fixed", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Stevenson, made in lots" }).click();
  await cell(page, "Lot size", 2).fill("");
  assert.equal(await cell(page, "Lot size", 2).getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#products-1-lotSize-error").textContent(), "is required with a setup time (the units made per setup)");
  assert.match(await page.locator("#requirement-results").getAttribute("class"), /stale/);
  await typeInto(cell(page, "Lot size", 2), "40");
  assert.equal(await page.locator("#products-1-lotSize-error").textContent(), "");

  await type(page, "Capacity cushion", "1");
  assert.equal(await page.locator("#cushion-error").textContent(), "must be below 1 (a fraction: 0.15 for 15 %)");
  await type(page, "Capacity cushion", "0.2");
  assert.equal(await output(page, "Hours per machine, less the cushion").textContent(), "1,600 hours");
  assert.equal(await output(page, "Machines needed").textContent(), "4 machines");

  await typeInto(nameCell(page, 3), "#1");
  assert.equal(await page.locator("#products-2-id-error").textContent(), "repeats the id of products[0]");
  assert.deepEqual(problems, []);
});

test("adding and removing products; an unnamed product is fine", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Add a product" }).click();
  assert.equal(await page.locator("#products-3-demand-error").textContent(), "is required");
  await cell(page, "Demand", 4).fill("100");
  await cell(page, "Processing time", 4).fill("2");
  assert.equal(await output(page, "Hours needed a year").textContent(), "6,000 hours");
  assert.equal((await tableRows(page, "#requirement-products"))[3][0], "Product 4");

  await page.getByRole("button", { name: "Remove product 1", exact: true }).click();
  assert.equal(await nameCell(page, 1).inputValue(), "#2");
  assert.equal(await output(page, "Hours needed a year").textContent(), "4,000 hours");
  assert.equal(await output(page, "Machines needed").textContent(), "2 machines");

  await page.getByRole("button", { name: "Reset to the textbook example" }).click();
  assert.equal(await output(page, "Hours needed a year").textContent(), "5,800 hours");
  assert.equal(await page.locator("#products tbody tr").count(), 3);
  assert.deepEqual(problems, []);
});

test("the page fits a phone screen", async () => {
  const { page, problems } = await openPage({ width: 375, height: 740 });
  const overflow = await horizontalOverflow(page);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: new URL("capacity-requirement-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("compare: Krajewski's copy center without the cushion in scenario B needs one machine fewer", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Krajewski: copy center" }).click();
  await startComparing(page);
  await field(page, "Capacity cushion").fill("");
  const rows = await comparisonRows(page);
  // 5,305 hours over 2,000 instead of 1,700 a machine: 2.65, so 3 machines.
  assert.deepEqual(rows[0], ["Machines needed", "4", "3", "−1", "−25.0%"]);
  assert.deepEqual(rows[1], ["Exact requirement M", "3.121", "2.653", "−0.4681", "−15.0%"]);
  assert.deepEqual(rows[4], ["Hours per machine, less the cushion", "1,700 hours", "2,000 hours", "+300 hours", "+17.6%"]);
  assert.deepEqual(rows[5], ["Utilization of the machines", "66.31%", "88.42%", "+22.1 pts", "—"]);
  assert.equal(await output(page, "Machines needed").textContent(), "3 machines", "the results show scenario B");
  await editScenario(page, "A");
  assert.equal(await field(page, "Capacity cushion").inputValue(), "0.15");
  assert.equal(await output(page, "Machines needed").textContent(), "4 machines");
  await page.screenshot({ path: new URL("capacity-requirement-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the link reproduces the product table (names, lots, an added product) and scenario B", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Stevenson, made in lots" }).click();
  await typeInto(nameCell(page, 2), "Bracket");
  await page.getByRole("button", { name: "Add a product" }).click();
  await typeInto(nameCell(page, 4), "Hinge");
  await typeInto(cell(page, "Demand", 4), "1000");
  await typeInto(cell(page, "Processing time", 4), "0.5");
  await startComparing(page);
  await typeInto(cell(page, "Lot size", 1), "40");
  const link = await linkHolding(page, '"setupTime":"3","lotSize":"40"');

  const { page: copy, problems: copyProblems } = await openWatchedPage(site, link.slice(site.url.length));
  await output(copy, "Machines needed").filter({ hasText: "machine" }).waitFor();
  assert.equal(await copy.locator("#products tbody tr").count(), 4);
  assert.equal(await nameCell(copy, 2).inputValue(), "Bracket");
  assert.equal(await nameCell(copy, 4).inputValue(), "Hinge");
  assert.equal(await cell(copy, "Lot size", 1).inputValue(), "20", "A's lots");
  assert.deepEqual((await tableRows(copy, "#requirement-products"))[3], ["Hinge", "500", "—", "0", "500"]);
  assert.equal(await output(copy, "Hours needed a year").textContent(), "6,436.67 hours");
  // B: lots of 40 halve #1's setups, 60 hours to 30.
  assert.deepEqual((await comparisonRows(copy))[3], ["of which setups", "136.67 hours", "106.67 hours", "−30 hours", "−22.0%"]);
  await editScenario(copy, "B");
  assert.equal(await cell(copy, "Lot size", 1).inputValue(), "40");
  assert.deepEqual([...problems, ...copyProblems], []);
});

test("the results download as CSV, with the hours by product", async () => {
  const { page, problems } = await openPage();
  const csv = await downloadText(page, "Download the results as CSV");
  assert.equal(csv.fileName, "capacity-requirement-results.csv");
  const lines = csv.text.split("\r\n");
  assert.equal(lines[0], "Machines needed,3 machines");
  assert.ok(lines.includes('"Hours per machine, less the cushion","2,000 hours"'), csv.text);
  assert.ok(lines.includes("Product,Processing D p,Setups D / Q,Setup hours,Total hours"), csv.text);
  assert.ok(lines.includes('#2,"2,400",—,0,"2,400"'), csv.text);
  assert.deepEqual(problems, []);
});

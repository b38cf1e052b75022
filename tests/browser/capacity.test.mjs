// The capacity page in headless Chromium: Heizer & Render's and Stevenson's examples,
// errors next to their fields, the bar picture, and the expected output of a line.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { ARTIFACTS, horizontalOverflow, openSite, openWatchedPage } from "./browser.mjs";
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
  const watched = await openWatchedPage(site, "capacity.html", viewport);
  await output(watched.page.locator("#capacity-results"), "Utilization").filter({ hasText: "%" }).waitFor();
  return watched;
}

const capacityResults = (page) => page.locator("#capacity-results");
const expectedResults = (page) => page.locator("#expected-results");

test("opens on Heizer & Render's Sara James Bakery: utilization 73.41 %, efficiency 84.57 %", async () => {
  const { page, problems } = await openPage();
  const results = capacityResults(page);
  assert.equal(await field(page, "Design capacity").first().inputValue(), "201600");
  assert.equal(await output(results, "Utilization").textContent(), "73.41%");
  assert.equal(await output(results, "Efficiency").textContent(), "84.57%");
  assert.equal(await output(results, "Effective capacity as a share of design").textContent(), "86.81%");
  assert.equal(await output(results, "Planned losses (design").textContent(), "26,600 units");
  assert.equal(await output(results, "Unplanned losses").textContent(), "27,000 units");
  assert.match(await page.locator("#example-source").textContent(), /Sara James Bakery.*73\.4%.*84\.6%/);

  const working = await page.locator("#capacity-working").innerText();
  assert.match(working, /Utilization: actual \/ design = 148,000 \/ 201,600 = 73\.41%/);
  assert.match(working, /Efficiency: actual \/ effective = 148,000 \/ 175,000 = 84\.57%/);

  const bars = page.getByRole("img", { name: /^Design capacity, effective capacity and actual output/ });
  assert.equal(await bars.locator(".share-fill").count(), 3);
  assert.deepEqual(await bars.locator(".share-label").allTextContents(), ["Design capacity", "Effective capacity", "Actual output"]);
  const widths = await bars.locator(".share-fill").evaluateAll((rects) => rects.map((rect) => Number(rect.getAttribute("width"))));
  assert.ok(widths[0] > widths[1] && widths[1] > widths[2] && widths[2] > 0, `${widths}`);
  assert.match(await bars.locator("desc").textContent(), /actual output is 73\.41% of it \(utilization\) and 84\.57% of the effective capacity/);

  await page.screenshot({ path: new URL("capacity-sara-james.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("Stevenson's vehicle repair department: 36 of 50 trucks, effective 40: 72 % and 90 %", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Vehicle repair department" }).click();
  const results = capacityResults(page);
  assert.equal(await output(results, "Utilization").textContent(), "72%");
  assert.equal(await output(results, "Efficiency").textContent(), "90%");
  assert.match(await page.locator("#example-source").textContent(), /Stevenson/);
  await page.getByRole("button", { name: "Reset to the textbook example" }).click();
  assert.equal(await output(results, "Utilization").textContent(), "73.41%");
  assert.deepEqual(problems, []);
});

test("an output above the design capacity is an error next to it; above the effective capacity, a note", async () => {
  const { page, problems } = await openPage();
  await type(page, "Actual output", "210000");
  assert.equal(await field(page, "Actual output").getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#actual-output-error").textContent(), "must not exceed the design capacity, the most the process can make");
  assert.match(await capacityResults(page).getAttribute("class"), /stale/);

  await type(page, "Actual output", "190000");
  assert.equal(await page.locator("#actual-output-error").textContent(), "");
  assert.equal(await output(capacityResults(page), "Efficiency").textContent(), "108.57%");
  assert.match(await page.locator("#result-note").textContent(), /efficiency above 100%/);

  await type(page.locator("#capacity-form"), "Effective capacity", "250000");
  assert.equal(await page.locator("#effective-capacity-error").textContent(), "must not exceed the design capacity");
  assert.deepEqual(problems, []);
});

test("Heizer & Render's second line: 175,000 at 75 % efficiency is 131,250 rolls, 65.1 % of design", async () => {
  const { page, problems } = await openPage();
  const results = expectedResults(page);
  assert.equal(await output(results, "Expected output").textContent(), "131,250 units");
  assert.equal(await output(results, "Utilization").textContent(), "65.1%");
  assert.match(await page.locator("#expected-working").innerText(), /effective capacity × efficiency = 175,000 × 0\.75 = 131,250 units/);

  await type(page, "Expected efficiency", "1.5");
  assert.equal(await page.locator("#expected-efficiency-error").textContent(), "puts the expected output above the design capacity, the most the process can make");
  await type(page, "Expected efficiency", "0.8");
  assert.equal(await output(results, "Expected output").textContent(), "140,000 units");

  await field(page, "Design capacity").last().fill("");
  assert.equal(await output(results, "Utilization").isVisible(), false, "no design capacity, no utilization");
  assert.equal(await page.locator("#expected-working li").count(), 1);
  assert.deepEqual(problems, []);
});

test("the page fits a phone screen", async () => {
  const { page, problems } = await openPage({ width: 375, height: 740 });
  const overflow = await horizontalOverflow(page);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: new URL("capacity-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("compare: the bakery making 160,000 rolls in scenario B; the second line at 80 % efficiency", async () => {
  const { page, problems } = await openPage();
  await startComparing(page, "capacity-form");
  await type(page, "Actual output", "160000");
  const rows = await comparisonRows(page, "capacity-form");
  // 160,000 / 201,600 = 79.37 % and 160,000 / 175,000 = 91.43 %: shares change in points.
  assert.deepEqual(rows[0], ["Utilization", "73.41%", "79.37%", "+5.952 pts", "—"]);
  assert.deepEqual(rows[1], ["Efficiency", "84.57%", "91.43%", "+6.857 pts", "—"]);
  assert.deepEqual(rows[2], ["Effective capacity as a share of design", "86.81%", "86.81%", "0 pts", "—"]);
  assert.deepEqual(rows[5], ["Unplanned losses", "27,000 units", "15,000 units", "−12,000 units", "−44.4%"]);
  assert.equal(await output(capacityResults(page), "Utilization").textContent(), "79.37%", "the results show scenario B");
  await editScenario(page, "A", "capacity-form");
  assert.equal(await field(page, "Actual output").inputValue(), "148000");
  assert.equal(await page.locator("#expected-form-comparison").isVisible(), false, "the other calculator is not comparing");

  await startComparing(page, "expected-form");
  await type(page, "Expected efficiency", "0.8");
  assert.deepEqual(await comparisonRows(page, "expected-form"), [
    ["Expected output", "131,250 units", "140,000 units", "+8,750 units", "+6.7%"],
    ["Utilization", "65.1%", "69.44%", "+4.34 pts", "—"],
  ]);
  assert.equal(await page.locator("#expected-results h3 .scenario-badge").textContent(), "scenario B");
  assert.deepEqual((await comparisonRows(page, "capacity-form"))[0], ["Utilization", "73.41%", "79.37%", "+5.952 pts", "—"], "the first comparison stays");
  await page.screenshot({ path: new URL("capacity-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the link reproduces both calculators' inputs and scenario B of each", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Vehicle repair department" }).click();
  await startComparing(page, "capacity-form");
  await type(page, "Actual output", "30");
  await field(page, "Design capacity").last().fill("");
  await startComparing(page, "expected-form");
  await type(page, "Expected efficiency", "0.9");
  const link = await linkHolding(page, "b.expected-efficiency=0.9");
  assert.match(link, /[?&]b\.actual-output=30(&|$)/);
  assert.match(link, /[?&]expected-design-capacity=(&|$)/);

  const { page: copy, problems: copyProblems } = await openWatchedPage(site, link.slice(site.url.length));
  await output(copy.locator("#capacity-results"), "Utilization").filter({ hasText: "%" }).waitFor();
  assert.equal(await field(copy, "Design capacity").first().inputValue(), "50");
  assert.equal(await output(capacityResults(copy), "Utilization").textContent(), "72%", "A is shown first");
  assert.equal(await field(copy, "Design capacity").last().inputValue(), "");
  assert.equal(await output(expectedResults(copy), "Expected output").textContent(), "131,250 units");
  // Stevenson's trucks: 30 of 50 against 36.
  assert.deepEqual((await comparisonRows(copy, "capacity-form"))[0], ["Utilization", "72%", "60%", "−12 pts", "—"]);
  assert.deepEqual(await comparisonRows(copy, "expected-form"), [["Expected output", "131,250 units", "157,500 units", "+26,250 units", "+20.0%"]]);
  assert.deepEqual([...problems, ...copyProblems], []);
});

test("each calculator's results download as CSV", async () => {
  const { page, problems } = await openPage();
  const csv = await downloadText(page, "Download the results as CSV");
  assert.equal(csv.fileName, "capacity-results.csv");
  const lines = csv.text.split("\r\n");
  assert.equal(lines[0], "Utilization,73.41%");
  assert.ok(lines.includes('Unplanned losses (effective − actual),"27,000 units"'), csv.text);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    expectedResults(page).getByRole("button", { name: "Download the results as CSV" }).click(),
  ]);
  assert.equal(await readFile(await download.path(), "utf8"), 'Expected output,"131,250 units"\r\nUtilization,65.1%\r\n');
  assert.deepEqual(problems, []);
});

test("the page fits a phone screen while both calculators compare", async () => {
  const { page, problems } = await openPage({ width: 375, height: 740 });
  await startComparing(page, "capacity-form");
  await type(page, "Actual output", "160000");
  await startComparing(page, "expected-form");
  await type(page, "Expected efficiency", "0.8");
  const overflow = await horizontalOverflow(page);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: new URL("capacity-scenarios-phone.png", ARTIFACTS).pathname, fullPage: true });
  await page.locator("#capacity-form-comparison").screenshot({ path: new URL("capacity-comparison-phone.png", ARTIFACTS).pathname });
  await page.locator("#expected-form").screenshot({ path: new URL("capacity-expected-form-phone.png", ARTIFACTS).pathname });
  assert.deepEqual(problems, []);
});

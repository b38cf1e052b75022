// The lean page in headless Chromium: process cycle efficiency from the activity table
// (with its timeline), and the kanban calculator, each with errors next to their field.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ARTIFACTS, newWatchedPage, openSite } from "./browser.mjs";
import { calculators } from "../../www/js/pages-list.js";
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
  await watched.page.goto(`${site.url}lean.html`);
  await output(watched.page, "Process cycle efficiency").filter({ hasText: "%" }).waitFor();
  await output(watched.page, "Kanbans").filter({ hasText: /\d/ }).waitFor();
  return watched;
}

const timeCell = (page, label) => page.getByRole("spinbutton", { name: label, exact: true });
const valueAdded = (page, activity) => page.getByRole("checkbox", { name: `Adds value, activity ${activity}`, exact: true });
const timeline = (page) => page.getByRole("img", { name: /^The job's timeline/ });

test("process cycle efficiency: 15 value-added minutes in a 5-day lead time is 0.2083 %", async () => {
  const { page, problems } = await openPage();
  assert.equal(await output(page, "Process cycle efficiency").textContent(), "0.2083%");
  assert.equal(await output(page, "Value-added time").textContent(), "15 min");
  assert.equal(await output(page, "Other time").textContent(), "7,185 min");
  assert.equal(await output(page, "Lead time").first().textContent(), "7,200 min");
  const working = await page.locator("#pce-working").innerText();
  assert.match(working, /Value-added time: Σ value-added activities = 5 \+ 8 \+ 2 = 15 min/);
  assert.match(working, /Process cycle efficiency: value-added time \/ lead time = 15 \/ 7,200 = 0\.2083%/);

  const chart = timeline(page);
  assert.deepEqual(await chart.locator(".row-label").allTextContents(), [
    "Whole lead time", "Wait in the order queue", "Enter the order", "Wait for a credit check", "Machine the part", "Wait to be shipped", "Pack",
  ]);
  // Six activities end to end in the top row, and each again in its own row.
  assert.equal(await chart.locator(".segment.value-added").count(), 6);
  assert.equal(await chart.locator(".segment.waiting").count(), 6);
  assert.equal(await chart.locator(".segment.value-added title").first().textContent(), "Enter the order: 5 min (0.06944% of the lead time)");
  assert.match(await chart.locator("desc").textContent(), /Of a 7,200 min lead time, 15 min add value/);
  await page.screenshot({ path: new URL("lean.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("ticking and editing activities updates the efficiency", async () => {
  const { page, problems } = await openPage();
  await valueAdded(page, 5).check();
  // 15 + 2,865 value-added minutes of 7,200.
  assert.equal(await output(page, "Value-added time").textContent(), "2,880 min");
  assert.equal(await output(page, "Process cycle efficiency").textContent(), "40%");
  await valueAdded(page, 5).uncheck();
  await type(page, "Time, activity 1", "0", timeCell);
  assert.equal(await output(page, "Lead time").first().textContent(), "5,760 min");

  await page.getByRole("button", { name: "Add an activity" }).click();
  await type(page, "Activity, activity 7", "Ship", (p, label) => p.getByRole("textbox", { name: label, exact: true }));
  await type(page, "Time, activity 7", "240", timeCell);
  assert.equal(await output(page, "Lead time").first().textContent(), "6,000 min");
  assert.equal(await timeline(page).locator(".row-label").count(), 8);
  assert.deepEqual(problems, []);
});

test("activity errors show next to their cell or the table, and reset restores the example", async () => {
  const { page, problems } = await openPage();
  await type(page, "Time, activity 3", "-1", timeCell);
  assert.equal(await timeCell(page, "Time, activity 3").getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#activities-2-time-error").textContent(), "must be zero or more");
  assert.match(await page.locator("#pce-results").getAttribute("class"), /stale/);
  await type(page, "Time, activity 3", "2880", timeCell);
  assert.equal(await page.locator("#activities-2-time-error").textContent(), "");

  for (const activity of [2, 4, 6]) await valueAdded(page, activity).uncheck();
  assert.equal(await page.locator("#activities-error").textContent(), "must include a value-added activity that takes some time");

  await page.getByRole("button", { name: "Reset to the example" }).click();
  assert.equal(await valueAdded(page, 2).isChecked(), true);
  assert.equal(await page.locator("#activities-error").textContent(), "");
  assert.equal(await output(page, "Process cycle efficiency").textContent(), "0.2083%");
  assert.deepEqual(problems, []);
});

test("Heizer & Render's Hobbs Bakery: (1,000 + 250) / 250 = 5 kanbans", async () => {
  const { page, problems } = await openPage();
  await type(page, "Demand", "500");
  await type(page, "Lead time", "2");
  await type(page, "Safety stock", "250");
  await type(page, "Container size", "250");
  assert.equal(await output(page, "Kanbans").textContent(), "5");
  assert.equal(await output(page, "Before rounding up").textContent(), "5");
  assert.equal(await output(page, "Demand during the lead time").textContent(), "1,000 units");
  assert.equal(await output(page, "Most stock in the loop").textContent(), "1,250 units");
  assert.equal(await output(page, "Demand it covers").textContent(), "2.5 days");
  const working = await page.locator("#kanban-working").innerText();
  assert.match(working, /Demand during the lead time: d × L = 500 × 2 = 1,000 units/);
  assert.match(working, /Kanbans: N = \(d × L \+ SS\) \/ C = \(1,000 \+ 250\) \/ 250 = 5/);
  assert.deepEqual(problems, []);
});

test("Stevenson's form in hours: 100 × 1.5 × 1.1 / 84 = 1.96, rounded up to 2", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Stevenson's form: 100 an hour" }).click();
  assert.equal(await page.getByRole("combobox", { name: /^Time unit/ }).inputValue(), "hours");
  assert.match(await page.locator('label[for="demand-rate"]').textContent(), /units per hour/);
  assert.equal(await field(page, "Safety stock").isVisible(), false);
  assert.equal(await output(page, "Kanbans").textContent(), "2");
  assert.equal(await output(page, "Before rounding up").textContent(), "1.964");
  assert.equal(await output(page, "Safety stock").textContent(), "15 units");
  assert.equal(await output(page, "Demand it covers").textContent(), "1.68 hours");
  assert.match(await page.locator("#kanban-working").innerText(), /Kanbans: N = d × L × \(1 \+ X\) \/ C = 150 × \(1 \+ 0\.1\) \/ 84 = 1\.964/);

  await page.getByLabel("no margin").check();
  assert.equal(await output(page, "Before rounding up").textContent(), "1.786");
  assert.equal(await output(page, "Kanbans").textContent(), "2");
  assert.deepEqual(problems, []);
});

test("kanban errors show next to their field and clear when fixed", async () => {
  const { page, problems } = await openPage();
  await type(page, "Container size", "0");
  assert.equal(await page.locator("#container-size-error").textContent(), "must be greater than zero");
  assert.match(await page.locator("#kanban-results").getAttribute("class"), /stale/);
  await type(page, "Container size", "250");
  await type(page, "Safety stock", "-5");
  assert.equal(await page.locator("#safety-stock-error").textContent(), "must be zero or more");
  await page.getByRole("button", { name: "Reset to the textbook example" }).click();
  assert.equal(await page.locator("#safety-stock-error").textContent(), "");
  assert.equal(await output(page, "Kanbans").textContent(), "5");
  // The process cycle efficiency calculator is not disturbed.
  assert.doesNotMatch(await page.locator("#pce-results").getAttribute("class"), /stale/);
  assert.deepEqual(problems, []);
});

test("the Little's law note links to that calculator when the site has one, and is hidden otherwise", async () => {
  const { page, problems } = await openPage();
  const littlesLaw = calculators.find((calculator) => /Little/.test(calculator.title));
  const note = page.locator("#littles-law-note");
  assert.equal(await note.isVisible(), littlesLaw !== undefined);
  if (littlesLaw) assert.equal(await note.getByRole("link").getAttribute("href"), littlesLaw.href);
  assert.deepEqual(problems, []);
});

test("the page fits a phone screen", async () => {
  const { page, problems } = await openPage({ width: 375, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: new URL("lean-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("compare: a second value-added activity in scenario B, and half-size containers", async () => {
  const { page, problems } = await openPage();
  await startComparing(page, "pce-form");
  await valueAdded(page, 5).check();
  let rows = await comparisonRows(page, "pce-form");
  assert.deepEqual(rows[0], ["Process cycle efficiency", "0.2083%", "40%", "+39.79 pts", "—"]);
  assert.deepEqual(rows[1], ["Value-added time", "15 min", "2,880 min", "+2,865 min", "+19100.0%"]);
  assert.deepEqual(rows[3], ["Lead time", "7,200 min", "7,200 min", "0 min", "0.0%"]);
  await editScenario(page, "A", "pce-form");
  assert.equal(await valueAdded(page, 5).isChecked(), false, "A keeps its own ticks");
  assert.equal(await output(page, "Process cycle efficiency").textContent(), "0.2083%");

  // Hobbs Bakery with containers of 125: (1,000 + 250) / 125 = 10 kanbans.
  await startComparing(page, "kanban-form");
  await type(page, "Container size", "125");
  rows = await comparisonRows(page, "kanban-form");
  assert.deepEqual(rows[0], ["Kanbans N", "5", "10", "+5", "+100.0%"]);
  assert.deepEqual(rows[4], ["Most stock in the loop", "1,250 units", "1,250 units", "0 units", "0.0%"]);
  await page.screenshot({ path: new URL("lean-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  await page.setViewportSize({ width: 375, height: 740 });
  await page.screenshot({ path: new URL("lean-scenarios-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the link keeps the activity table and the kanban inputs, and opens with the same results", async () => {
  const { page, problems } = await openPage();
  await type(page, "Time, activity 1", "0", timeCell);
  await page.getByRole("button", { name: "Add an activity" }).click();
  await type(page, "Activity, activity 7", "Ship", (p, label) => p.getByRole("textbox", { name: label, exact: true }));
  await type(page, "Time, activity 7", "240", timeCell);
  await valueAdded(page, 7).check();
  await page.getByRole("button", { name: "Stevenson's form: 100 an hour" }).click();
  await type(page, "Container size", "50");
  await linkHolding(page, '"name":"Ship"');
  const link = await linkHolding(page, "container-size=50");

  const copy = await newWatchedPage(site.browser);
  await copy.page.goto(link);
  await output(copy.page, "Kanbans").filter({ hasText: /\d/ }).waitFor();
  assert.equal(await copy.page.getByRole("textbox", { name: "Activity, activity 7", exact: true }).inputValue(), "Ship");
  assert.equal(await timeCell(copy.page, "Time, activity 1").inputValue(), "0");
  assert.equal(await valueAdded(copy.page, 7).isChecked(), true);
  assert.equal(await output(copy.page, "Lead time").first().textContent(), "6,000 min");
  assert.equal(await output(copy.page, "Value-added time").textContent(), "255 min");
  assert.equal(await copy.page.getByRole("combobox", { name: /^Time unit/ }).inputValue(), "hours");
  assert.equal(await copy.page.getByLabel("a safety factor").isChecked(), true);
  assert.equal(await field(copy.page, "Safety factor").inputValue(), "0.1");
  // 100 × 1.5 × 1.1 / 50 = 3.3, so 4.
  assert.equal(await output(copy.page, "Before rounding up").textContent(), "3.3");
  assert.equal(await output(copy.page, "Kanbans").textContent(), "4");
  assert.deepEqual([...problems, ...copy.problems], []);
});

test("downloads: each calculator's results as CSV", async () => {
  const { page, problems } = await openPage();
  const pce = await downloadText(page, "Download the results as CSV", page.locator("#pce-results"));
  assert.equal(pce.fileName, "lean-results.csv");
  assert.deepEqual(pce.text.split("\r\n").slice(0, 4), ["Process cycle efficiency,0.2083%", "Value-added time,15 min", "Other time,\"7,185 min\"", "Lead time,\"7,200 min\""]);
  const kanban = await downloadText(page, "Download the results as CSV", page.locator("#kanban-results"));
  assert.equal(kanban.text.split("\r\n")[0], "Kanbans N,5");
  assert.deepEqual(problems, []);
});

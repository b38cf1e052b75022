// The OEE page in headless Chromium: Vorne's example typed and read back, the time
// unit, TEEP, errors next to their fields, the working and the loss waterfall.
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
  await watched.page.goto(`${site.url}oee.html`);
  await output(watched.page, "OEE").filter({ hasText: "%" }).waitFor();
  return watched;
}

const waterfall = (page) => page.getByRole("img", { name: /^The loss waterfall/ });
const rowLabels = (page) => waterfall(page).locator(".row-label").allTextContents();
const rowValues = (page) => waterfall(page).locator(".row-value").allTextContents();

test("Vorne's OEE calculation typed in minutes: A 88.81 %, P 86.11 %, Q 97.80 %, OEE 74.79 %", async () => {
  const { page, problems } = await openPage();
  await type(page, "Planned production time", "420");
  await type(page, "Downtime", "47");
  await type(page, "Ideal run rate", "60");
  await type(page, "Total count", "19271");
  await type(page, "Good count", "18848");
  assert.equal(await output(page, "OEE").first().textContent(), "74.79%");
  assert.equal(await output(page, "Availability").textContent(), "88.81%");
  assert.equal(await output(page, "Performance").textContent(), "86.11%");
  assert.equal(await output(page, "Quality").textContent(), "97.80%");
  assert.equal(await output(page, "Run time").textContent(), "373 minutes");
  assert.equal(await output(page, "Fully productive time").textContent(), "314.13 minutes");
  assert.equal(await output(page, "Rejects").textContent(), "423 pieces");
  assert.equal(await output(page, "TEEP").isVisible(), false, "no calendar time, no TEEP");

  const working = await page.locator("#oee-working").innerText();
  assert.match(working, /Run time: planned time − downtime = 420 − 47 = 373 minutes/);
  assert.match(working, /Net run time: total count \/ ideal run rate = 19,271 \/ 60 = 321\.18 minutes/);
  assert.match(working, /OEE: A × P × Q = 88\.81% × 86\.11% × 97\.80% = 74\.79%/);
  assert.match(working, /OEE, checked: fully productive time \/ planned time = 314\.13 \/ 420 = 74\.79%/);

  assert.deepEqual(await rowLabels(page), [
    "Planned production time", "Availability loss", "Run time", "Performance loss", "Net run time", "Quality loss", "Fully productive time",
  ]);
  assert.deepEqual(await rowValues(page), [
    "420 minutes", "−47 minutes", "373 minutes", "−51.82 minutes", "321.18 minutes", "−7.05 minutes", "314.13 minutes",
  ]);
  assert.equal(await waterfall(page).locator(".segment.loss").count(), 3);
  assert.match(await waterfall(page).locator("desc").textContent(), /leaving 314\.13 minutes fully productive: OEE 74\.79%/);

  await page.screenshot({ path: new URL("oee-vorne.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("Vorne in seconds: the time unit relabels the inputs, a cycle time of 1 second gives the same factors", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Vorne: in seconds" }).click();
  assert.equal(await page.getByRole("combobox", { name: /^Time unit/ }).inputValue(), "seconds");
  assert.equal(await field(page, "Ideal cycle time").inputValue(), "1");
  assert.equal(await field(page, "Ideal run rate").isVisible(), false);
  assert.match(await page.locator('label[for="planned-time"]').textContent(), /seconds: the shift/);
  assert.equal(await output(page, "OEE").first().textContent(), "74.79%");
  assert.equal(await output(page, "Run time").textContent(), "22,380 seconds");
  assert.match(await page.locator("#oee-working").innerText(), /Net run time: ideal cycle time × total count = 1 × 19,271 = 19,271 seconds/);
  assert.equal(await waterfall(page).locator(".axis-label").textContent(), "Time (seconds)");

  await page.getByRole("combobox", { name: /^Time unit/ }).selectOption("hours");
  assert.match(await page.locator('label[for="downtime"]').textContent(), /hours of stops/);
  assert.equal(await output(page, "Run time").textContent(), "22,380 hours", "labels only: nothing is converted");
  assert.deepEqual(problems, []);
});

test("TEEP over a 1,440-minute day: utilization 29.17 %, TEEP 21.81 %, the schedule loss in the waterfall", async () => {
  const { page, problems } = await openPage();
  await type(page, "Calendar time", "1440");
  assert.equal(await output(page, "Utilization").textContent(), "29.17%");
  assert.equal(await output(page, "TEEP").textContent(), "21.81%");
  const working = await page.locator("#oee-working").innerText();
  assert.match(working, /Utilization: U = planned time \/ calendar time = 420 \/ 1,440 = 29\.17%/);
  assert.match(working, /TEEP: OEE × U = 74\.79% × 29\.17% = 21\.81%/);
  assert.deepEqual((await rowLabels(page)).slice(0, 3), ["Calendar time", "Schedule loss", "Planned production time"]);
  assert.deepEqual((await rowValues(page)).slice(0, 2), ["1,440 minutes", "−1,020 minutes"]);
  await page.screenshot({ path: new URL("oee-teep.png", ARTIFACTS).pathname, fullPage: true });

  await field(page, "Calendar time").fill("");
  assert.equal(await output(page, "TEEP").isVisible(), false);
  assert.equal((await rowLabels(page)).length, 7);
  assert.deepEqual(problems, []);
});

test("input errors appear next to their field and clear when fixed", async () => {
  const { page, problems } = await openPage();
  await type(page, "Downtime", "500");
  assert.equal(await field(page, "Downtime").getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#downtime-error").textContent(), "must not exceed the planned production time");
  assert.match(await page.locator("#oee-results").getAttribute("class"), /stale/);
  await type(page, "Downtime", "47");
  assert.equal(await page.locator("#downtime-error").textContent(), "");

  await type(page, "Good count", "20000");
  assert.equal(await page.locator("#good-count-error").textContent(), "must not exceed the total count");
  await type(page, "Good count", "18848");

  await type(page, "Ideal run rate", "50");
  assert.match(await page.locator("#ideal-run-rate-error").textContent(), /^is too low for the count: .* \(performance above 100 %\)$/);
  await type(page, "Ideal run rate", "60");

  await type(page, "Calendar time", "400");
  assert.equal(await page.locator("#calendar-time-error").textContent(), "must be at least the planned production time");
  await field(page, "Calendar time").fill("");
  assert.equal(await output(page, "OEE").first().textContent(), "74.79%");
  assert.doesNotMatch(await page.locator("#oee-results").getAttribute("class"), /stale/);
  assert.deepEqual(problems, []);
});

test("reset restores the textbook example", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Vorne with TEEP over a day" }).click();
  assert.equal(await output(page, "TEEP").textContent(), "21.81%");
  await type(page, "Downtime", "100");
  await page.getByRole("button", { name: "Reset to the textbook example" }).click();
  assert.equal(await field(page, "Downtime").inputValue(), "47");
  assert.equal(await field(page, "Calendar time").inputValue(), "");
  assert.equal(await output(page, "OEE").first().textContent(), "74.79%");
  assert.equal(await output(page, "TEEP").isVisible(), false);
  assert.deepEqual(problems, []);
});

test("the page fits a phone screen", async () => {
  const { page, problems } = await openPage({ width: 375, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: new URL("oee-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("compare: Vorne's shift with 19,000 good pieces in scenario B", async () => {
  const { page, problems } = await openPage();
  await startComparing(page);
  await type(page, "Good count", "19000");
  const rows = await comparisonRows(page);
  // Q = 19,000 / 19,271 = 98.59 %; OEE = (19,000 / 60) / 420 = 75.40 %. Factors change in points.
  assert.deepEqual(rows, [
    ["OEE", "74.79%", "75.40%", "+0.60 pts", "—"],
    ["Availability A", "88.81%", "88.81%", "0 pts", "—"],
    ["Performance P", "86.11%", "86.11%", "0 pts", "—"],
    ["Quality Q", "97.80%", "98.59%", "+0.79 pts", "—"],
    ["Fully productive time (minutes)", "314.13 minutes", "316.67 minutes", "+2.533 minutes", "+0.8%"],
    ["Rejects", "423 pieces", "271 pieces", "−152 pieces", "−35.9%"],
  ]);
  await editScenario(page, "A");
  assert.equal(await field(page, "Good count").inputValue(), "18848");
  assert.equal(await output(page, "OEE").first().textContent(), "74.79%");
  await page.screenshot({ path: new URL("oee-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the link reproduces the time unit, the speed given as a cycle time, TEEP's calendar time and scenario B", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Vorne: in seconds" }).click();
  await type(page, "Calendar time", "86400");
  await startComparing(page);
  await type(page, "Downtime", "1200");
  const link = await linkHolding(page, "b.downtime=1200");
  assert.match(link, /[?&]time-unit=seconds/);
  assert.match(link, /[?&]speed-mode=cycle/);

  const copy = await newWatchedPage(site.browser);
  await copy.page.goto(link);
  await output(copy.page, "OEE").filter({ hasText: "%" }).waitFor();
  assert.equal(await copy.page.locator("#time-unit").inputValue(), "seconds");
  assert.equal(await copy.page.getByLabel("a cycle time (time per piece)").isChecked(), true);
  assert.equal(await field(copy.page, "Ideal run rate").isVisible(), false);
  assert.equal(await field(copy.page, "Calendar time").inputValue(), "86400");
  assert.equal(await output(copy.page, "Run time").textContent(), "22,380 seconds");
  assert.equal(await output(copy.page, "TEEP").textContent(), "21.81%");
  // B: 1,200 s down instead of 2,820 and the same pieces: availability up, performance
  // down by as much, OEE unchanged (it is good pieces' ideal time over planned time).
  const rows = await comparisonRows(copy.page);
  assert.deepEqual(rows[0], ["OEE", "74.79%", "74.79%", "0 pts", "—"]);
  assert.deepEqual(rows[1], ["Availability A", "88.81%", "95.24%", "+6.43 pts", "—"]);
  assert.deepEqual(rows[2], ["Performance P", "86.11%", "80.30%", "−5.81 pts", "—"]);
  assert.deepEqual(rows[5], ["TEEP", "21.81%", "21.81%", "0 pts", "—"]);
  assert.deepEqual(rows[6], ["Fully productive time (seconds)", "18,848 seconds", "18,848 seconds", "0 seconds", "0.0%"]);
  assert.deepEqual([...problems, ...copy.problems], []);
});

test("the results download as CSV", async () => {
  const { page, problems } = await openPage();
  const csv = await downloadText(page, "Download the results as CSV");
  assert.equal(csv.fileName, "oee-results.csv");
  assert.equal(
    csv.text,
    "OEE,74.79%\r\nAvailability A,88.81%\r\nPerformance P,86.11%\r\nQuality Q,97.80%\r\nRun time,373 minutes\r\nFully productive time,314.13 minutes\r\nRejects,423 pieces\r\n",
  );
  assert.deepEqual(problems, []);
});

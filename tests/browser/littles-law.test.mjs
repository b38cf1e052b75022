// The Little's law page in headless Chromium: compute each of the three, switch between
// them (the last result fills the input that reappears), the time unit, the examples and
// the errors.
import assert from "node:assert/strict";
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
  const watched = await openWatchedPage(site, "littles-law.html", viewport);
  await output(watched.page, "Work in process").filter({ hasText: "units" }).waitFor();
  return watched;
}

test("100 units a day for 4 days is 400 units in process", async () => {
  const { page, problems } = await openPage();
  assert.equal(await output(page, "Work in process").textContent(), "400 units");
  assert.match(await output(page, "Work in process").getAttribute("class"), /headline/);
  assert.equal(await output(page, "Throughput").textContent(), "100 units per day");
  assert.equal(await output(page, "Flow time").textContent(), "4 days");
  assert.equal(await field(page, "Work in process").isVisible(), false, "the computed quantity has no input");
  assert.equal(await page.locator("#littles-working").innerText(), "I = R × T = 100 × 4 = 400 units");
  await page.screenshot({ path: new URL("littles-law-wip.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("switching what to compute round-trips: 400 units over 4 days is 100 a day", async () => {
  const { page, problems } = await openPage();
  await page.getByLabel("the throughput R").check();
  assert.equal(await field(page, "Work in process").inputValue(), "400");
  assert.equal(await field(page, "Throughput").isVisible(), false);
  assert.equal(await output(page, "Throughput").textContent(), "100 units per day");
  assert.match(await output(page, "Throughput").getAttribute("class"), /headline/);
  assert.equal(await page.locator("#littles-working").innerText(), "R = I / T = 400 / 4 = 100 units per day");

  await type(page, "Work in process", "600");
  assert.equal(await output(page, "Throughput").textContent(), "150 units per day");
  await page.getByLabel("the flow time T").check();
  assert.equal(await field(page, "Throughput").inputValue(), "150");
  assert.equal(await output(page, "Flow time").textContent(), "4 days");
  assert.deepEqual(problems, []);
});

test("the time unit names the units: a queue of 10 served at 2 a minute waits 5 minutes", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "A queue at a counter" }).click();
  assert.equal(await page.getByLabel("Time unit").inputValue(), "minute");
  assert.equal(await output(page, "Flow time").textContent(), "5 minutes");
  assert.equal(await output(page, "Throughput").textContent(), "2 units per minute");
  assert.match(await page.locator("label[for=throughput]").innerText(), /units per minute/);
  await page.getByLabel("Time unit").selectOption("hour");
  assert.equal(await output(page, "Flow time").textContent(), "5 hours");

  await page.getByRole("button", { name: "A clinic" }).click();
  assert.equal(await output(page, "Throughput").textContent(), "30 units per hour");
  assert.deepEqual(problems, []);
});

test("errors: a zero divisor next to its field, fewer than two values for the form", async () => {
  const { page, problems } = await openPage();
  await page.getByLabel("the throughput R").check();
  await type(page, "Flow time", "0");
  assert.equal(await field(page, "Flow time").getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#flow-time-error").textContent(), "must be greater than zero");
  await type(page, "Flow time", "-2");
  assert.equal(await page.locator("#flow-time-error").textContent(), "must be greater than zero");
  await type(page, "Flow time", "8");
  assert.equal(await output(page, "Throughput").textContent(), "50 units per day");

  await field(page, "Work in process").fill("");
  assert.equal(
    await page.locator("[data-form-error]").textContent(),
    "give exactly two of work in process, throughput and flow time: the third is computed",
  );
  assert.match(await page.locator("#littles-results").getAttribute("class"), /stale/);
  await page.getByRole("button", { name: "Reset to the example" }).click();
  assert.equal(await output(page, "Work in process").textContent(), "400 units");
  assert.equal(await page.locator("[data-form-error]").textContent(), "");
  assert.deepEqual(problems, []);
});

test("the page fits a phone screen", async () => {
  const { page, problems } = await openPage({ width: 375, height: 740 });
  const overflow = await horizontalOverflow(page);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: new URL("littles-law-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("compare: the same 100 a day for 3 days instead of 4 holds 100 units fewer", async () => {
  const { page, problems } = await openPage();
  await startComparing(page);
  await type(page, "Flow time", "3");
  assert.deepEqual(await comparisonRows(page), [
    ["Work in process I", "400 units", "300 units", "−100 units", "−25.0%"],
    ["Throughput R (units per day)", "100 per day", "100 per day", "0 per day", "0.0%"],
    ["Flow time T (days)", "4 days", "3 days", "−1 day", "−25.0%"],
  ]);
  await editScenario(page, "A");
  assert.equal(await field(page, "Flow time").inputValue(), "4");
  assert.equal(await output(page, "Work in process").textContent(), "400 units");
  await page.screenshot({ path: new URL("littles-law-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("scenarios computing different quantities keep their own inputs, and the link holds both", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "A clinic" }).click();
  await startComparing(page);
  // B computes the flow time: the throughput input comes back with the 30 an hour just computed.
  await page.getByLabel("the flow time T").check();
  assert.equal(await field(page, "Throughput").inputValue(), "30");
  await type(page, "Throughput", "45");
  assert.equal(await output(page, "Flow time").textContent(), "1 hour");

  await editScenario(page, "A");
  assert.equal(await page.getByLabel("the throughput R").isChecked(), true);
  assert.equal(await field(page, "Throughput").isVisible(), false);
  assert.equal(await field(page, "Flow time").inputValue(), "1.5");
  assert.equal(await output(page, "Throughput").textContent(), "30 units per hour");
  await editScenario(page, "B");
  assert.equal(await field(page, "Throughput").inputValue(), "45", "B's own input, not A's result");
  assert.equal(await field(page, "Flow time").isVisible(), false);
  assert.equal(await output(page, "Flow time").textContent(), "1 hour");

  const link = await linkHolding(page, "b.throughput=45");
  assert.match(link, /[?&]b\.compute=flowTime/);
  assert.match(link, /[?&]time-unit=hour/);
  const { page: copy, problems: copyProblems } = await openWatchedPage(site, link.slice(site.url.length));
  await output(copy, "Work in process").filter({ hasText: "units" }).waitFor();
  assert.equal(await copy.getByLabel("the throughput R").isChecked(), true, "A is shown first");
  assert.equal(await copy.getByLabel("Time unit").inputValue(), "hour");
  assert.equal(await field(copy, "Flow time").inputValue(), "1.5");
  assert.equal(await output(copy, "Throughput").textContent(), "30 units per hour");
  assert.deepEqual(await comparisonRows(copy), [
    ["Work in process I", "45 units", "45 units", "0 units", "0.0%"],
    ["Throughput R (units per hour)", "30 per hour", "45 per hour", "+15 per hour", "+50.0%"],
    ["Flow time T (hours)", "1.5 hours", "1 hour", "−0.5 hours", "−33.3%"],
  ]);
  await editScenario(copy, "B");
  assert.equal(await field(copy, "Throughput").inputValue(), "45");
  assert.deepEqual([...problems, ...copyProblems], []);
});

test("the results download as CSV", async () => {
  const { page, problems } = await openPage();
  const csv = await downloadText(page, "Download the results as CSV");
  assert.equal(csv.fileName, "littles-law-results.csv");
  assert.equal(csv.text, "Work in process I,400 units\r\nThroughput R,100 units per day\r\nFlow time T,4 days\r\n");
  assert.deepEqual(problems, []);
});

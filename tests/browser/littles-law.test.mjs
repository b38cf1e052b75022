// The Little's law page in headless Chromium: compute each of the three, switch between
// them (the last result fills the input that reappears), the time unit, the examples and
// the errors.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ARTIFACTS, horizontalOverflow, openSite, openWatchedPage } from "./browser.mjs";
import { field, output, type } from "./calculator.mjs";

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

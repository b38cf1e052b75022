// Operations vs production management in headless Chromium: the side-by-side table,
// each point's small calculator opened in place (a disclosure button), typed inputs and
// the library's results, an error next to its field, and a phone's width.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ARTIFACTS, follow, horizontalOverflow, openSite, openWatchedPage } from "./browser.mjs";
import { field, output, type } from "./calculator.mjs";

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

async function openPage(viewport) {
  const watched = await openWatchedPage(site, "operations-vs-production.html", viewport);
  await watched.page.locator(".mini-toggle").first().waitFor();
  return watched;
}

/** The error shown for the input labelled `label` in `panel`. */
const errorText = async (panel, label) => panel.locator(`#${await field(panel, label).getAttribute("aria-describedby")}`).textContent();

/** Opens the calculator whose button starts with `title`; returns its panel. */
async function open(page, title) {
  const button = page.getByRole("button", { name: new RegExp(`^Try it: ${title}`) });
  assert.equal(await button.getAttribute("aria-expanded"), "false");
  const panel = page.locator(`#${await button.getAttribute("aria-controls")}`);
  assert.equal(await panel.isHidden(), true);
  await button.click();
  assert.equal(await button.getAttribute("aria-expanded"), "true");
  await panel.locator("output.headline").filter({ hasText: /\S/ }).waitFor();
  return panel;
}

test("a table of points, production on the left, operations on the right, ten closed calculators", async () => {
  const { page, problems } = await openPage();
  const headers = await page.locator(".compare-sides thead th").allInnerTexts();
  assert.match(headers[1], /^Production management/);
  assert.match(headers[2], /^Operations management/);
  assert.deepEqual(await page.locator(".compare-sides tbody th").allTextContents(), [
    "What it covers", "Planning", "Scheduling and flow", "Materials", "Quality and reach",
  ]);
  const buttons = page.locator(".mini-toggle");
  assert.equal(await buttons.count(), 10);
  for (const button of await buttons.all()) {
    assert.equal(await button.getAttribute("aria-expanded"), "false");
    assert.ok(await page.locator(`#${await button.getAttribute("aria-controls")}`).isHidden());
  }
  assert.equal(await page.locator(".mini-calculator form").count(), 0, "built when first opened");
  assert.deepEqual(problems, []);
});

test("production side: EPQ, machines needed, line balancing, kanbans, OEE, each with its textbook numbers", async () => {
  const { page, problems } = await openPage();
  const epq = await open(page, "how big a production run");
  assert.equal(await output(epq, "Run size Q*").textContent(), "2,400 units");
  assert.equal(await output(epq, "Most in stock").textContent(), "1,800 units");
  assert.match(await epq.locator(".working").innerText(), /Run size: Q\* = √\(2DS \/ \(H \(1 − D\/p\)\)\) = √\(2 × 48,000 × 45 \/ \(1 × 0\.75\)\) = 2,400/);
  await type(epq, "Setup cost", "90");
  assert.equal(await output(epq, "Run size Q*").textContent(), "3,394.11 units");
  assert.equal(await epq.getByRole("link", { name: "Open the full calculator: EPQ" }).getAttribute("href"), "production-order-quantity.html");

  const machines = await open(page, "how many machines");
  assert.equal(await output(machines, "Machines needed").textContent(), "3");
  assert.equal(await output(machines, "Hours needed").textContent(), "5,800 hours");
  await type(machines, "Demand, product 3", "1100");
  assert.deepEqual([await output(machines, "Machines needed").textContent(), await output(machines, "Before rounding up").textContent()], ["4", "3.3"]);

  const line = await open(page, "balance a small assembly line");
  assert.equal(await output(line, "Stations").textContent(), "3");
  assert.equal(await output(line, "Tasks by station").textContent(), "1: A, B · 2: D, C · 3: E");
  assert.equal(await output(line, "Efficiency").textContent(), "73.33%");
  await type(line, "Cycle time", "0.7");
  assert.equal(await output(line, "Stations").textContent(), "4");

  const kanban = await open(page, "how many kanbans");
  assert.equal(await output(kanban, "Kanbans").textContent(), "5");

  const oee = await open(page, "how much of the shift");
  assert.deepEqual(
    await Promise.all(["OEE", "Availability", "Performance", "Quality"].map((label) => output(oee, label).textContent())),
    ["74.79%", "88.81%", "86.11%", "97.8%"],
  );
  await page.screenshot({ path: new URL("operations-vs-production-production.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("operations side: a bank's capacity and queue, a clinic's bottleneck, EOQ, make or buy", async () => {
  const { page, problems } = await openPage();
  const bank = await open(page, "a bank branch's capacity");
  assert.equal(await output(bank, "Utilization").textContent(), "76.5%");
  assert.equal(await output(bank, "Efficiency").textContent(), "90%");
  await type(bank, "Customers served", "340");
  assert.deepEqual([await output(bank, "Utilization").textContent(), await output(bank, "Efficiency").textContent()], ["85%", "100%"]);

  const clinic = await open(page, "where is a clinic's bottleneck");
  assert.equal(await output(clinic, "Bottleneck").textContent(), "Doctor");
  assert.equal(await output(clinic, "Each step, per hour").textContent(), "Registration 15, Triage 12, Doctor 9, Checkout 20");
  await type(clinic, "Doctors", "4");
  assert.equal(await output(clinic, "Bottleneck").textContent(), "Triage and Doctor");
  assert.equal(await output(clinic, "Patients the clinic can see").textContent(), "12 an hour");
  // The patients arriving set what is seen when they are fewer than the clinic can see.
  assert.equal(await output(clinic, "Patients seen").textContent(), "8 an hour, set by the patients arriving");
  await type(clinic, "Patients arriving", "15");
  assert.equal(await output(clinic, "Patients seen").textContent(), "12 an hour, set by the bottleneck");

  const queue = await open(page, "how long is the wait");
  assert.equal(await output(queue, "Time in the queue T").textContent(), "5 minutes");
  await type(queue, "Customers served", "4");
  assert.equal(await output(queue, "Time in the queue T").textContent(), "2.5 minutes");

  const eoq = await open(page, "how much to order");
  assert.equal(await output(eoq, "Order quantity Q*").textContent(), "200 units");

  const makeOrBuy = await open(page, "make or buy");
  assert.equal(await output(makeOrBuy, "Crossover volume").textContent(), "7,500 units");
  assert.equal(await output(makeOrBuy, "Cheaper at the volume").textContent(), "make");
  assert.equal(await output(makeOrBuy, "Cost at the volume").textContent(), "make $870,000, buy $960,000");
  await type(makeOrBuy, "Units needed", "5000");
  assert.equal(await output(makeOrBuy, "Cheaper at the volume").textContent(), "buy");
  await page.screenshot({ path: new URL("operations-vs-production-operations.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("an error shows next to its field and clears when fixed; a calculator closes again", async () => {
  const { page, problems } = await openPage();
  const epq = await open(page, "how big a production run");
  await type(epq, "Production rate", "40000");
  assert.equal(await field(epq, "Production rate").getAttribute("aria-invalid"), "true");
  assert.equal(await errorText(epq, "Production rate"), "must be greater than the demand rate");
  assert.match(await epq.locator(".mini-results").getAttribute("class"), /stale/);
  await type(epq, "Production rate", "192000");
  assert.equal(await errorText(epq, "Production rate"), "");
  assert.equal(await output(epq, "Run size Q*").textContent(), "2,400 units");

  const clinic = await open(page, "where is a clinic's bottleneck");
  await type(clinic, "Doctors", "2.5");
  assert.equal(await errorText(clinic, "Doctors"), "expected a whole number of 0 or more, got a number with a fraction");
  await type(clinic, "Doctors", "3");
  assert.equal(await errorText(clinic, "Doctors"), "");

  const button = page.getByRole("button", { name: /^Try it: how big a production run/ });
  await button.click();
  assert.equal(await button.getAttribute("aria-expanded"), "false");
  assert.ok(await epq.isHidden());
  await button.click();
  assert.equal(await output(epq, "Run size Q*").textContent(), "2,400 units", "kept as typed");
  assert.deepEqual(problems, []);
});

test("on a phone the table stacks, every calculator open, without sideways scrolling", async () => {
  const { page, problems } = await openPage({ width: 375, height: 740 });
  assert.equal(await page.locator(".compare-sides td").first().evaluate((cell) => getComputedStyle(cell).display), "block");
  for (const button of await page.locator(".mini-toggle").all()) await button.click();
  await output(page, "Crossover volume").filter({ hasText: /\S/ }).waitFor();
  assert.ok((await horizontalOverflow(page)) <= 0, "no sideways scroll");
  await page.screenshot({ path: new URL("operations-vs-production-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("follow a comparison link: the full calculator opens with the same example", async () => {
  const { page, problems } = await openPage();
  const epq = await open(page, "how big a production run");
  assert.equal(await output(epq, "Run size Q*").textContent(), "2,400 units");
  await follow(page, epq.getByRole("link", { name: "Open the full calculator: EPQ" }), "production-order-quantity.html");
  assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Economic production quantity (EPQ)");
  await output(page, "Run size").filter({ hasText: "units" }).waitFor();
  assert.equal(await output(page, "Run size").textContent(), "2,400 units");
  assert.deepEqual(problems, []);
});

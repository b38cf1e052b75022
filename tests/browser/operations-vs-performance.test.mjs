// The comparison page in headless Chromium: operations management and performance
// management side by side, every metric and tool a button that opens a small live
// calculator in place; the numbers, errors next to their field, the keyboard, a phone.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ARTIFACTS, follow, horizontalOverflow, openSite, openWatchedPage } from "./browser.mjs";
import { field, output, textField, type } from "./calculator.mjs";

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

const PHONE = { width: 375, height: 740 };

/** Every topic in the table, as its button reads, column by column. */
const TOPICS = {
  operationsMetrics: ["Throughput", "Cycle time", "Inventory levels", "Quality", "Utilization"],
  performanceMetrics: ["Key performance indicators (KPIs)", "Employee engagement", "Customer satisfaction", "Financial performance"],
  operationsTools: ["Lean", "Six Sigma", "Total quality management (TQM)", "Just-in-time (JIT)"],
  performanceTools: ["Performance appraisals", "Balanced scorecard", "360-degree feedback", "Goal setting (OKRs)"],
};

async function openPage(viewport) {
  const watched = await openWatchedPage(site, "operations-vs-performance.html", viewport);
  await watched.page.getByRole("button", { name: "Throughput", exact: true }).waitFor();
  return watched;
}

const toggle = (page, name) => page.getByRole("button", { name, exact: true });

/** Opens the calculator behind the button `name` and returns its panel. */
async function open(page, name) {
  const button = toggle(page, name);
  await button.click();
  assert.equal(await button.getAttribute("aria-expanded"), "true");
  const panel = page.locator(`#${await button.getAttribute("aria-controls")}`);
  await panel.locator("output.headline").filter({ hasText: /\S/ }).waitFor();
  return panel;
}

test("the table compares the two disciplines on five attributes, every metric and tool a button", async () => {
  const { page, problems } = await openPage();
  assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Operations management vs performance management");
  const table = page.getByRole("table", { name: "Operations management and performance management compared" });
  assert.deepEqual(await table.locator("thead th").allTextContents(), ["Attribute", "Operations management", "Performance management"]);
  assert.deepEqual(await table.locator("tbody th").allTextContents(), ["Definition", "Goal", "Focus", "Key metrics", "Tools"]);
  const [metricsRow, toolsRow] = [table.locator("tbody tr").nth(3), table.locator("tbody tr").nth(4)];
  assert.deepEqual(await metricsRow.locator("td").first().getByRole("button").allTextContents(), TOPICS.operationsMetrics);
  assert.deepEqual(await metricsRow.locator("td").last().getByRole("button").allTextContents(), TOPICS.performanceMetrics);
  assert.deepEqual(await toolsRow.locator("td").first().getByRole("button").allTextContents(), TOPICS.operationsTools);
  assert.deepEqual(await toolsRow.locator("td").last().getByRole("button").allTextContents(), TOPICS.performanceTools);

  // Each toggle is a real button, collapsed, controlling a hidden panel.
  const toggles = page.locator("[aria-controls^='mini-']");
  assert.equal(await toggles.count(), 17);
  for (const button of await toggles.all()) {
    assert.equal(await button.evaluate((element) => element.tagName), "BUTTON");
    assert.equal(await button.getAttribute("aria-expanded"), "false");
    assert.equal(await page.locator(`#${await button.getAttribute("aria-controls")}`).isHidden(), true);
  }
  assert.equal(await page.locator(".mini-calculator form").count(), 0, "built when first opened");
  assert.deepEqual(problems, []);
});

test("every calculator opens with its textbook example computed, and closes again", async () => {
  const { page, problems } = await openPage();
  const headlines = {};
  for (const name of Object.values(TOPICS).flat()) {
    const panel = await open(page, name);
    headlines[name] = await panel.locator("output.headline").textContent();
    assert.equal(await panel.locator(".field-error:not(:empty), .form-error:not(:empty)").count(), 0, name);
  }
  assert.deepEqual(headlines, {
    Throughput: "100 units a day",
    "Cycle time": "12 minutes a unit",
    "Inventory levels": "200 units",
    Quality: "97.8%",
    Utilization: "73.41%",
    "Key performance indicators (KPIs)": "75%",
    "Employee engagement": "10",
    "Customer satisfaction": "41.67",
    "Financial performance": "5,714.29 units",
    Lean: "0.2083%",
    "Six Sigma": "4.076 σ",
    "Total quality management (TQM)": "1.938",
    "Just-in-time (JIT)": "5",
    "Performance appraisals": "3.8: Exceeds expectations",
    "Balanced scorecard": "73% (amber)",
    "360-degree feedback": "3",
    "Goal setting (OKRs)": "0.6 (amber)",
  });
  await toggle(page, "Lean").click();
  assert.equal(await toggle(page, "Lean").getAttribute("aria-expanded"), "false");
  assert.equal(await page.locator("#mini-lean").isHidden(), true);
  assert.deepEqual(problems, []);
});

test("an operations metric: throughput from work in process and flow time", async () => {
  const { page, problems } = await openPage();
  const panel = await open(page, "Throughput");
  assert.match(await panel.locator(".mini-about").textContent(), /Little's law/);
  assert.equal(await output(panel, "Throughput R").textContent(), "100 units a day");
  await type(panel, "Work in process", "600");
  assert.equal(await output(panel, "Throughput R").textContent(), "150 units a day");
  await type(panel, "Flow time", "2.5");
  assert.equal(await output(panel, "Throughput R").textContent(), "240 units a day");
  assert.equal(await panel.getByRole("link", { name: "Open the full calculator" }).getAttribute("href"), "littles-law.html");
  assert.deepEqual(problems, []);
});

test("an operations tool: Six Sigma's DPMO and sigma level, and an error next to its field", async () => {
  const { page, problems } = await openPage();
  const panel = await open(page, "Six Sigma");
  assert.equal(await output(panel, "DPMO").textContent(), "5,000");
  assert.equal(await output(panel, "Yield per opportunity").textContent(), "99.5%");
  // 34 defects in 10 million opportunities: 3.4 DPMO, six sigma.
  await type(panel, "Defects found", "34");
  await type(panel, "Units checked", "1000000");
  assert.equal(await output(panel, "DPMO").textContent(), "3.4");
  assert.equal(await output(panel, "Sigma level").textContent(), "6 σ");
  await type(panel, "Defects found", "0");
  assert.equal(await output(panel, "Sigma level").textContent(), "no defects: beyond any sigma level");

  await type(panel, "Defects found", "20000000");
  const defects = field(panel, "Defects found");
  assert.equal(await defects.getAttribute("aria-invalid"), "true");
  const error = panel.locator(`#${await defects.getAttribute("id")}-error`);
  assert.equal(await error.textContent(), "must not exceed the opportunities (units × opportunities per unit)");
  assert.match(await panel.locator(".mini-results").getAttribute("class"), /stale/);
  await type(panel, "Defects found", "5");
  assert.equal(await error.textContent(), "");
  assert.equal(await defects.getAttribute("aria-invalid"), null);
  // This tool has no page of its own yet.
  assert.equal(await panel.getByRole("link").count(), 0);
  assert.deepEqual(problems, []);
});

test("a performance metric: customer satisfaction as an NPS from the answers, a bad answer flagged", async () => {
  const { page, problems } = await openPage();
  const panel = await open(page, "Customer satisfaction");
  assert.equal(await output(panel, "Promoters").textContent(), "7 (58.33%)");
  assert.equal(await output(panel, "Detractors").textContent(), "2 (16.67%)");
  const answers = textField(panel, "Answers");
  await type(panel, "Answers", "10, 9, 8, 6", textField);
  assert.equal(await output(panel, "NPS").textContent(), "25");
  await type(panel, "Answers", "10, 9, 8, 11", textField);
  assert.equal(await answers.getAttribute("aria-invalid"), "true");
  assert.equal(await panel.locator(`#${await answers.getAttribute("id")}-error`).textContent(), "must be a whole number from 0 to 10");
  await type(panel, "Answers", "", textField);
  assert.match(await panel.locator(`#${await answers.getAttribute("id")}-error`).textContent(), /is required/);
  await type(panel, "Answers", "0 0 10", textField);
  assert.equal(await output(panel, "NPS").textContent(), "-33.33");
  assert.equal(await answers.getAttribute("aria-invalid"), null);

  // Employee engagement asks the same question of employees, from the three counts.
  const engagement = await open(page, "Employee engagement");
  await type(engagement, "Promoters", "20");
  assert.equal(await output(engagement, "eNPS").textContent(), "21.74");
  assert.deepEqual(problems, []);
});

test("a performance tool: a two-perspective balanced scorecard, weights and actuals", async () => {
  const { page, problems } = await openPage();
  const panel = await open(page, "Balanced scorecard");
  assert.equal(await output(panel, "Scorecard total").textContent(), "73% (amber)");
  assert.equal(await output(panel, "Financial").textContent(), "75% (amber)");
  assert.equal(await output(panel, "Customer").textContent(), "70% (amber)");
  // Revenue on target: 0.6 × 100% + 0.4 × 70% = 88%.
  await type(panel, "Revenue", "1200");
  assert.equal(await output(panel, "Scorecard total").textContent(), "88% (amber)");
  await type(panel, "Net promoter score", "50");
  assert.equal(await output(panel, "Scorecard total").textContent(), "100% (green)");
  await type(panel, "Weight of customer", "-1");
  const weight = field(panel, "Weight of customer");
  assert.equal(await weight.getAttribute("aria-invalid"), "true");
  assert.equal(await panel.locator(`#${await weight.getAttribute("id")}-error`).textContent(), "must be zero or more");
  await type(panel, "Weight of customer", "40");
  assert.equal(await weight.getAttribute("aria-invalid"), null);
  assert.equal(await panel.getByRole("link", { name: "Open the full calculator" }).getAttribute("href"), "scorecard.html");

  // Another performance tool: the 360's blind spot turns into a hidden strength.
  const feedback = await open(page, "360-degree feedback");
  assert.equal(await output(feedback, "Reading").textContent(), "blind spot: you rate yourself higher than others do");
  await type(feedback, "Self", "2");
  assert.equal(await output(feedback, "Self − others").textContent(), "-1");
  assert.equal(await output(feedback, "Reading").textContent(), "hidden strength: others rate you higher than you do");
  assert.deepEqual(problems, []);
});

test("the toggles are buttons in the tab order, and Enter opens and closes them", async () => {
  const { page, problems } = await openPage();
  const focused = () => page.evaluate(() => document.activeElement?.id);
  // Start the tab sequence just before the table.
  await page.locator("main .hint").click();
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "toggle-throughput");
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "toggle-cycle-time");
  await page.keyboard.press("Enter");
  assert.equal(await toggle(page, "Cycle time").getAttribute("aria-expanded"), "true");
  const panel = page.locator("#mini-cycle-time");
  await output(panel, "Cycle time needed").filter({ hasText: "12 minutes a unit" }).waitFor();
  // The panel's inputs come next in the tab order.
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "cycle-time-availableTime");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("600");
  assert.equal(await output(panel, "Cycle time needed").textContent(), "15 minutes a unit");
  await page.keyboard.press("Shift+Tab");
  assert.equal(await focused(), "toggle-cycle-time");
  await page.keyboard.press("Enter");
  assert.equal(await toggle(page, "Cycle time").getAttribute("aria-expanded"), "false");
  assert.equal(await panel.isHidden(), true);
  // Space works too, as on any button.
  await page.keyboard.press("Space");
  assert.equal(await panel.isVisible(), true);
  assert.deepEqual(problems, []);
});

test("follow a comparison link: the full calculator opens with the same example", async () => {
  const { page, problems } = await openPage();
  const panel = await open(page, "Inventory levels");
  assert.equal(await output(panel, "Order quantity Q*").textContent(), "200 units");
  await follow(page, panel.getByRole("link", { name: "Open the full calculator: EOQ" }), "eoq.html");
  assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Economic order quantity (EOQ)");
  await output(page, "Order quantity").filter({ hasText: "units" }).waitFor();
  assert.equal(await output(page, "Order quantity").textContent(), "200 units");
  assert.deepEqual(problems, []);
});

test("desktop screenshot with an operations and a performance calculator open", async () => {
  const { page, problems } = await openPage();
  await open(page, "Inventory levels");
  await open(page, "Six Sigma");
  await open(page, "Balanced scorecard");
  await page.screenshot({ path: new URL("operations-vs-performance.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("on a phone the table stacks, without sideways scrolling, with calculators open", async () => {
  const { page, problems } = await openPage(PHONE);
  assert.ok((await horizontalOverflow(page)) <= 0, "fits closed");
  // The columns stack: each cell under its row's heading, labelled with its discipline.
  const cells = page.locator(".compare-sides tbody tr").first().locator("td");
  const [first, second] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
  assert.ok(second.y >= first.y + first.height - 1, "the performance cell sits below the operations cell");
  assert.ok(first.width > 300, `a cell takes the screen's width (${first.width}px)`);
  assert.equal(await cells.nth(0).evaluate((cell) => getComputedStyle(cell, "::before").content), '"Operations management"');
  for (const name of ["Throughput", "Quality", "Six Sigma", "Balanced scorecard", "Goal setting (OKRs)"]) await open(page, name);
  const overflow = await horizontalOverflow(page);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: new URL("operations-vs-performance-phone.png", ARTIFACTS).pathname, fullPage: true });
  await page.locator("#mini-balanced-scorecard").screenshot({ path: new URL("operations-vs-performance-phone-scorecard.png", ARTIFACTS).pathname });
  assert.deepEqual(problems, []);
});

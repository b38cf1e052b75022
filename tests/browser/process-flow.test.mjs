// The process flow page in headless Chromium: the workshop example, demand the
// bottleneck cannot meet, adding a resource, the other examples and time units, errors
// next to the cell they name, the step table, the working and the flow diagram.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ARTIFACTS, horizontalOverflow, openSite, openWatchedPage } from "./browser.mjs";
import { output, tableRows, type, typeInto } from "./calculator.mjs";
import { comparisonRows, downloadText, editScenario, linkHolding, startComparing } from "./scenario.mjs";

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

async function openPage(viewport) {
  const watched = await openWatchedPage(site, "process-flow.html", viewport);
  await output(watched.page, "Process capacity").filter({ hasText: "an hour" }).waitFor();
  return watched;
}

/** A number cell of the step table: `cell(page, "Resources", 2)`. */
const cell = (page, column, step) => page.getByRole("spinbutton", { name: `${column}, step ${step}`, exact: true });
const nameCell = (page, step) => page.getByRole("textbox", { name: `Name, step ${step}`, exact: true });
const diagram = (page) => page.getByRole("img", { name: /^The process: steps in series/ });

test("the workshop (hand-computed after Cachon & Terwiesch): cutting is the bottleneck at 15 an hour", async () => {
  const { page, problems } = await openPage();
  assert.equal(await output(page, "Process capacity").textContent(), "15 an hour");
  assert.equal(await output(page, "Bottleneck").textContent(), "Cut");
  assert.equal(await output(page, "Cycle time at capacity").textContent(), "4 min a unit");
  assert.equal(await output(page, "Flow time of one unit").textContent(), "19.5 min");
  assert.equal(await output(page, "Throughput").textContent(), "12 an hour");
  assert.match(await output(page, "Limited by").textContent(), /^demand/);
  assert.equal(await page.locator("#result-flag").textContent(), "");
  assert.deepEqual(await tableRows(page, "#flow-steps"), [
    ["Cut", "1", "4 min", "15", "80%", "80%"],
    ["Sew", "3", "10 min", "18", "66.67%", "66.67%"],
    ["Inspect", "1", "3 min", "20", "60%", "60%"],
    ["Pack", "1", "2.5 min", "24", "50%", "50%"],
  ]);
  const working = await page.locator("#flow-working").innerText();
  assert.match(working, /Sew: c = m \/ p × 60 = 3 \/ 10 × 60 = 18 an hour/);
  assert.match(working, /Process capacity: min c = min\(15, 18, 20, 24\) = 15 an hour \(Cut\)/);
  assert.match(working, /Cycle time: 60 \/ min c = 60 \/ 15 = 4 min/);
  assert.match(working, /Flow time: Σ p = 4 \+ 10 \+ 3 \+ 2\.5 = 19\.5 min/);
  assert.match(working, /Throughput: min\(d, min c\) = min\(12, 15\) = 12 an hour/);

  const flow = diagram(page);
  assert.equal(await flow.locator(".flow-step").count(), 4);
  assert.equal(await flow.locator(".flow-resource").count(), 6, "one square per resource");
  assert.deepEqual(await flow.locator(".bottleneck .flow-title").allTextContents(), ["Cut"]);
  assert.deepEqual(await flow.locator(".flow-capacity").allTextContents(), ["15 an hour", "18 an hour", "20 an hour", "24 an hour"]);
  assert.equal(await flow.locator(".bottleneck .flow-load").textContent(), "80% of capacity");
  assert.deepEqual(await flow.locator(".flow-arrow text").allTextContents(), ["demand", "12 an hour", "throughput", "12 an hour"]);
  await page.screenshot({ path: new URL("process-flow-workshop.png", ARTIFACTS).pathname, fullPage: true });
  await flow.screenshot({ path: new URL("process-flow-diagram.png", ARTIFACTS).pathname });
  assert.deepEqual(problems, []);
});

test("demand of 16 an hour: cutting cannot keep up; a second cutter moves the bottleneck to sewing", async () => {
  const { page, problems } = await openPage();
  await type(page, "Demand", "16");
  assert.equal(await output(page, "Throughput").textContent(), "15 an hour");
  assert.match(await output(page, "Limited by").textContent(), /^capacity/);
  assert.equal(await page.locator("#result-flag").textContent(), "Cannot keep up with demand: Cut.");
  assert.equal((await tableRows(page, "#flow-steps"))[0][5], "106.67%");
  const flow = diagram(page);
  assert.deepEqual(await flow.locator(".overloaded .flow-title").allTextContents(), ["Cut"]);
  assert.equal(await flow.locator(".flow-flag").textContent(), "cannot keep up");
  await flow.screenshot({ path: new URL("process-flow-overloaded.png", ARTIFACTS).pathname });

  await typeInto(cell(page, "Resources", 1), "2");
  assert.equal(await output(page, "Bottleneck").textContent(), "Sew");
  assert.equal(await output(page, "Process capacity").textContent(), "18 an hour");
  assert.equal(await output(page, "Throughput").textContent(), "16 an hour");
  assert.equal(await page.locator("#result-flag").textContent(), "");
  assert.equal(await flow.locator(".flow-resource").count(), 7);
  assert.deepEqual(problems, []);
});

test("without demand the process runs at capacity, and each step shows how busy it is", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("spinbutton", { name: /^Demand/ }).fill("");
  assert.equal(await output(page, "Throughput").textContent(), "15 an hour");
  assert.equal(await output(page, "Limited by").isVisible(), false);
  assert.deepEqual((await tableRows(page, "#flow-steps"))[1], ["Sew", "3", "10 min", "18", "83.33%", "—"]);
  assert.equal(await diagram(page).locator(".bottleneck .flow-load").textContent(), "100% busy");
  assert.deepEqual(await diagram(page).locator(".flow-arrow text").allTextContents(), ["throughput", "15 an hour"]);
  assert.deepEqual(problems, []);
});

test("the bakery, given per machine: baking is the bottleneck at 90 kg an hour; a fourth oven ties proofing and packing", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Bakery: capacities per machine" }).click();
  assert.equal(await output(page, "Bottleneck").textContent(), "Bake");
  assert.equal(await output(page, "Process capacity").textContent(), "90 an hour");
  assert.equal(await output(page, "Cycle time at capacity").textContent(), "0.6667 min a unit");
  assert.match(await page.locator("#flow-working").innerText(), /Mix: c = m × r = 2 × 60 = 120 an hour/);
  await typeInto(cell(page, "Resources", 3), "4");
  assert.equal(await output(page, "Bottleneck").textContent(), "Proof, Pack");
  assert.deepEqual(await diagram(page).locator(".bottleneck .flow-title").allTextContents(), ["Proof", "Pack"]);
  assert.deepEqual(problems, []);
});

test("the assembly line in seconds: 72 an hour at the wiring station, a cycle of 50 s", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Assembly line in seconds" }).click();
  assert.equal(await page.getByLabel("seconds").isChecked(), true);
  assert.match(await page.locator("#steps thead").innerText(), /seconds a unit/);
  assert.equal(await output(page, "Bottleneck").textContent(), "Wire");
  assert.equal(await output(page, "Cycle time at capacity").textContent(), "50 s a unit");
  assert.equal(await output(page, "Flow time of one unit").textContent(), "135 s");
  assert.equal(await page.locator("#result-flag").textContent(), "Cannot keep up with demand: Wire.");
  assert.match(await page.locator("#flow-working").innerText(), /Wire: c = m \/ p × 3,600 = 1 \/ 50 × 3,600 = 72 an hour/);

  await page.getByLabel("hours").check();
  assert.match(await page.locator("#steps thead").innerText(), /hours a unit/);
  assert.equal(await output(page, "Process capacity").textContent(), "0.02 an hour");
  assert.deepEqual(problems, []);
});

test("errors show next to the cell they name, and clear when fixed", async () => {
  const { page, problems } = await openPage();
  await typeInto(cell(page, "Capacity per hour", 2), "20");
  assert.equal(await cell(page, "Unit time", 2).getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#steps-1-unitTime-error").textContent(), "give either a unit time or a capacity per hour, not both");
  assert.match(await page.locator("#flow-results").getAttribute("class"), /stale/);
  await cell(page, "Unit time", 2).fill("");
  assert.equal(await page.locator("#steps-1-unitTime-error").textContent(), "");
  assert.equal(await output(page, "Process capacity").textContent(), "15 an hour");

  await typeInto(cell(page, "Resources", 4), "0");
  assert.equal(await page.locator("#steps-3-resources-error").textContent(), "must be at least 1");
  await typeInto(cell(page, "Resources", 4), "1");

  await typeInto(nameCell(page, 3), "Cut");
  assert.equal(await page.locator("#steps-2-id-error").textContent(), "repeats the id of steps[0]");
  await typeInto(nameCell(page, 3), "Inspect");

  await page.getByRole("button", { name: "Add a step" }).click();
  assert.equal(await page.locator("#steps-4-unitTime-error").textContent(), "is required (or a capacity per hour)");
  await typeInto(cell(page, "Unit time", 5), "6");
  assert.equal(await page.locator("#steps-4-id-error").textContent(), "must not be empty");
  await typeInto(nameCell(page, 5), "Ship");
  assert.equal(await output(page, "Bottleneck").textContent(), "Ship");
  assert.equal(await output(page, "Process capacity").textContent(), "10 an hour");

  await page.getByRole("button", { name: "Remove step 5", exact: true }).click();
  await page.getByRole("button", { name: "Reset to the example" }).click();
  assert.equal(await output(page, "Bottleneck").textContent(), "Cut");
  assert.deepEqual(problems, []);
});

test("the page fits a phone screen; the diagram scrolls within its box", async () => {
  const { page, problems } = await openPage({ width: 375, height: 740 });
  const overflow = await horizontalOverflow(page);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: new URL("process-flow-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("compare: a second cutter in scenario B moves the bottleneck to sewing, at 18 an hour", async () => {
  const { page, problems } = await openPage();
  await type(page, "Demand", "20");
  await startComparing(page);
  await typeInto(cell(page, "Resources", 1), "2");
  const rows = await comparisonRows(page);
  // Cut: 2 / 4 min × 60 = 30 an hour; sewing's 18 is now the least. Demand of 20 exceeds both.
  assert.deepEqual(rows, [
    ["Process capacity", "15 an hour", "18 an hour", "+3 an hour", "+20.0%"],
    ["Throughput", "15 an hour", "18 an hour", "+3 an hour", "+20.0%"],
    ["Cycle time at capacity (min)", "4 min", "3.333 min", "−0.6667 min", "−16.7%"],
    ["Flow time of one unit (min)", "19.5 min", "19.5 min", "0 min", "0.0%"],
  ]);
  assert.equal(await output(page, "Bottleneck").textContent(), "Sew", "the results show scenario B");
  await editScenario(page, "A");
  assert.equal(await cell(page, "Resources", 1).inputValue(), "1");
  assert.equal(await output(page, "Bottleneck").textContent(), "Cut");
  await page.screenshot({ path: new URL("process-flow-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("times in different units are not set side by side", async () => {
  const { page, problems } = await openPage();
  await startComparing(page);
  await page.getByLabel("hours").check();
  const rows = await comparisonRows(page);
  // The same unit times read as hours: cutting makes 1 / 4 = 0.25 an hour.
  assert.deepEqual(rows[0], ["Process capacity", "15 an hour", "0.25 an hour", "−14.75 an hour", "−98.3%"]);
  assert.deepEqual(rows.slice(2), [
    ["Cycle time at capacity (min)", "4 min", "—", "—", "—"],
    ["Flow time of one unit (min)", "19.5 min", "—", "—", "—"],
    ["Cycle time at capacity (h)", "—", "4 h", "—", "—"],
    ["Flow time of one unit (h)", "—", "19.5 h", "—", "—"],
  ]);
  assert.deepEqual(problems, []);
});

test("the link reproduces the steps, the time unit, the demand and scenario B", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Assembly line in seconds" }).click();
  await typeInto(nameCell(page, 3), "Final test");
  await page.getByRole("button", { name: "Add a step" }).click();
  await typeInto(nameCell(page, 4), "Box");
  await typeInto(cell(page, "Capacity per hour", 4), "100");
  await startComparing(page);
  await type(page, "Demand", "60");
  const link = await linkHolding(page, "b.demand-rate=60");
  assert.match(link, /[?&]time-unit=second/);

  const { page: copy, problems: copyProblems } = await openWatchedPage(site, link.slice(site.url.length));
  await output(copy, "Process capacity").filter({ hasText: "an hour" }).waitFor();
  assert.equal(await copy.getByLabel("seconds").isChecked(), true);
  assert.equal(await copy.locator("[data-time-unit-plural]").first().textContent(), "seconds", "unit labels follow the link");
  assert.equal(await nameCell(copy, 3).inputValue(), "Final test");
  assert.equal(await cell(copy, "Capacity per hour", 4).inputValue(), "100");
  assert.deepEqual((await tableRows(copy, "#flow-steps"))[3], ["Box", "1", "36 s", "100", "72%", "75%"]);
  assert.deepEqual((await comparisonRows(copy))[1], ["Throughput", "72 an hour", "60 an hour", "−12 an hour", "−16.7%"]);
  assert.deepEqual([...problems, ...copyProblems], []);
});

test("the results download as CSV, with the step table", async () => {
  const { page, problems } = await openPage();
  const csv = await downloadText(page, "Download the results as CSV");
  assert.equal(csv.fileName, "process-flow-results.csv");
  const lines = csv.text.split("\r\n");
  assert.equal(lines[0], "Process capacity,15 an hour");
  assert.ok(lines.includes("Cycle time at capacity,4 min a unit"), csv.text);
  assert.ok(lines.includes("Step,Resources,Unit time,Capacity an hour,Utilization,Implied utilization"), csv.text);
  assert.ok(lines.includes("Cut,1,4 min,15,80%,80%"), csv.text);
  assert.deepEqual(problems, []);
});

// The balanced-scorecard page in headless Chromium: the example organisation's roll-up,
// typing an actual (the total and a status colour change), clearing one (listed as not
// measured), an error next to the cell it names, and the charts and tables.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ARTIFACTS, horizontalOverflow, openSite, openWatchedPage } from "./browser.mjs";
import { output, tableRows, typeInto } from "./calculator.mjs";

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

async function openPage(viewport) {
  const watched = await openWatchedPage(site, "scorecard.html", viewport);
  await output(watched.page, "Total score").filter({ hasText: "%" }).waitFor();
  return watched;
}

const actual = (page, kpi) => page.getByRole("spinbutton", { name: `Actual, ${kpi}`, exact: true });
const statusOf = (page, name) => page.locator("#scorecard-tree tbody tr").filter({ has: page.getByRole("rowheader", { name, exact: true }) }).locator(".status-cell");

/**
 * Hand-computed: financial (75% + 80%) / 2 = 77.5%; customer (90% + 70%) / 2 = 80%;
 * internal: on time 75%, roast right (80% + ISO passed 100%) / 2 = 90%, stock 33 days,
 * 3 above the 20–30 band with tolerance 10: 70%; 0.4 × 75% + 0.4 × 90% + 0.2 × 70% = 80%;
 * learning: training 20 / 40 = 50% alone (turnover has no actual);
 * total 0.3 × 77.5% + 0.25 × 80% + 0.25 × 80% + 0.2 × 50% = 73.25%.
 */
test("the example coffee roaster: 73.25%, amber, turnover not measured", async () => {
  const { page, problems } = await openPage();
  assert.equal(await output(page, "Total score").textContent(), "73.25%");
  assert.equal(await output(page, "Status").textContent(), "amber");
  assert.equal(await output(page, "KPIs without an actual").textContent(), "Staff turnover, %");
  const rows = await tableRows(page, "#scorecard-tree");
  assert.deepEqual(rows[0], ["Financial", "30 → 30%", "77.5%", "amber", "0.3", "23.25%"]);
  assert.deepEqual(rows.at(-1), ["Total", "", "73.25%", "amber", "1", "73.25%"]);
  assert.deepEqual(rows.find((row) => row[0] === "Inventory days, 20–30 is right"), ["Inventory days, 20–30 is right", "1 → 100%", "70%", "amber", "0.05", "3.5%"]);
  assert.deepEqual(rows.find((row) => row[0] === "ISO 9001 audit passed"), ["ISO 9001 audit passed", "1 → 50%", "100%", "green", "0.05", "5%"]);
  assert.deepEqual(rows.find((row) => row[0] === "Staff turnover, %"), ["Staff turnover, %", "1 (left out)", "—", "not scored", "—", "—"]);
  assert.equal(await statusOf(page, "Learning and growth").getAttribute("class"), "status-cell status-0");
  const sensitivity = await tableRows(page, "#sensitivity");
  assert.deepEqual(sensitivity[0], ["Training hours a person", "Learning and growth › Build skills", "0.2"]);
  assert.match(await page.locator("#missing-list").innerText(), /Staff turnover, % \(kpi\): no actual yet/);
  const working = await page.locator("#scorecard-working").innerText();
  assert.match(working, /Total: Σ wᵢ sᵢ = 0\.3 × 77\.5% \+ 0\.25 × 80% \+ 0\.25 × 80% \+ 0\.2 × 50% = 73\.25%/);
  const bars = page.getByRole("img", { name: "Score by perspective" });
  assert.equal(await bars.locator(".share-bar").count(), 4);
  assert.equal(await bars.locator(".share-bar.status-0 .share-label").textContent(), "Learning and growth");
  await page.screenshot({ path: new URL("scorecard-example.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("typing actuals moves the total and turns learning green; clearing one lists it as missing", async () => {
  const { page, problems } = await openPage();
  await typeInto(actual(page, "Training hours a person"), "40");
  // learning 100%: total 0.2325 + 0.2 + 0.2 + 0.2 = 83.25%
  assert.equal(await output(page, "Total score").textContent(), "83.25%");
  assert.equal(await statusOf(page, "Learning and growth").getAttribute("class"), "status-cell status-2");
  assert.equal(await statusOf(page, "Learning and growth").textContent(), "green");
  // turnover 16 against 10 from 25: (16 − 25) / (10 − 25) = 60%; learning 80%, total 79.25%
  await typeInto(actual(page, "Staff turnover, %"), "16");
  assert.equal(await output(page, "Total score").textContent(), "79.25%");
  assert.equal(await output(page, "KPIs without an actual").textContent(), "none");
  await typeInto(actual(page, "Revenue, $k"), "");
  assert.equal(await output(page, "KPIs without an actual").textContent(), "Revenue, $k");
  assert.match(await page.locator("#missing-list").innerText(), /Revenue, \$k \(kpi\): no actual yet/);
  // financial is gross margin alone, 80%: total 0.24 + 0.2 + 0.2 + 0.16 = 80%
  assert.equal(await output(page, "Total score").textContent(), "80%");
  await page.getByRole("button", { name: "Reset to the example" }).click();
  assert.equal(await output(page, "Total score").textContent(), "73.25%");
  assert.deepEqual(problems, []);
});

test("an error appears next to the cell it names and clears when fixed; roll-ups switch", async () => {
  const { page, problems } = await openPage();
  const baseline = page.getByRole("spinbutton", { name: "Baseline, Net promoter score", exact: true });
  await typeInto(baseline, "60");
  assert.equal(await page.locator("#p1-o0-k0-baseline-error").textContent(), "must be below the target when higher is better");
  assert.equal(await baseline.getAttribute("aria-invalid"), "true");
  await typeInto(baseline, "20");
  assert.equal(await page.locator("#p1-o0-k0-baseline-error").textContent(), "");
  await page.getByLabel("weakest (min)").check();
  assert.equal(await output(page, "Total score").textContent(), "50%");
  assert.equal(await output(page, "Status").textContent(), "red");
  assert.match(await page.locator("#scorecard-working").innerText(), /Total: min sᵢ = min\(75%, 70%, 70%, 50%\) = 50%/);
  await page.getByRole("button", { name: "Add a KPI to Build skills" }).click();
  assert.equal(await page.locator("#p3-o0-k2-target-error").textContent(), "is required");
  await page.getByRole("button", { name: "Remove KPI 3" }).click();
  assert.equal(await output(page, "Total score").textContent(), "50%");
  assert.deepEqual(problems, []);
});

test("on a phone the page does not scroll sideways", async () => {
  const { page, problems } = await openPage({ width: 375, height: 740 });
  assert.ok((await horizontalOverflow(page)) <= 0);
  await page.screenshot({ path: new URL("scorecard-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

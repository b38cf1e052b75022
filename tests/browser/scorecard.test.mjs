// The balanced-scorecard page in headless Chromium: the example organisation's roll-up,
// typing an actual (the total and a status colour change), clearing one (listed as not
// measured), an error next to the cell it names, and the charts and tables.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ARTIFACTS, horizontalOverflow, openSite, openWatchedPage } from "./browser.mjs";
import { output, tableRows, typeInto } from "./calculator.mjs";
import { comparisonRows, downloadText, editScenario, linkHolding, startComparing } from "./scenario.mjs";

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

const spin = (page, name) => page.getByRole("spinbutton", { name, exact: true });
const treeRow = async (page, name) => (await tableRows(page, "#scorecard-tree")).find((row) => row[0] === name);

test("a target-range KPI scores 1 inside its band and falls to 0 beyond its tolerance; its inputs replace target and baseline", async () => {
  const { page, problems } = await openPage();
  const inventory = "Inventory days, 20–30 is right";
  assert.ok(await spin(page, `Min, ${inventory}`).isVisible());
  assert.ok(await spin(page, `Tolerance, ${inventory}`).isVisible());
  assert.equal(await spin(page, `Target, ${inventory}`).isVisible(), false);
  assert.equal(await spin(page, `Baseline, ${inventory}`).isVisible(), false);
  // 25 days, inside 20–30: 100%, green; internal 0.3 + 0.36 + 0.2 = 86%, total 74.75%
  await typeInto(actual(page, inventory), "25");
  assert.deepEqual((await treeRow(page, inventory)).slice(2, 4), ["100%", "green"]);
  assert.equal(await output(page, "Total score").textContent(), "74.75%");
  // 45 days, 15 above the band with a tolerance of 10: 0%, red; internal 66%, total 69.75%, red
  await typeInto(actual(page, inventory), "45");
  assert.deepEqual((await treeRow(page, inventory)).slice(2, 4), ["0%", "red"]);
  assert.equal(await output(page, "Total score").textContent(), "69.75%");
  assert.equal(await output(page, "Status").textContent(), "red");
  // a max below the min is named at the max cell
  await typeInto(spin(page, `Max, ${inventory}`), "10");
  assert.equal(await page.locator("#p2-o2-k0-max-error").textContent(), "must be at least min");
  await typeInto(spin(page, `Max, ${inventory}`), "30");
  assert.equal(await page.locator("#p2-o2-k0-max-error").textContent(), "");
  // switched to higher is better, target and baseline come back and the band's inputs go
  await page.getByRole("combobox", { name: `Direction, ${inventory}` }).selectOption("lowerIsBetter");
  assert.ok(await spin(page, `Target, ${inventory}`).isVisible());
  assert.equal(await spin(page, `Min, ${inventory}`).isVisible(), false);
  assert.equal(await page.locator("#p2-o2-k0-target-error").textContent(), "is required");
  await page.getByRole("combobox", { name: `Direction, ${inventory}` }).selectOption("targetRange");
  assert.equal(await output(page, "Total score").textContent(), "69.75%");
  assert.deepEqual(problems, []);
});

test("a binary KPI: done (1) scores 100%, not done (0) scores 0%; caps and clamps limit a score above target", async () => {
  const { page, problems } = await openPage();
  const iso = "ISO 9001 audit passed";
  assert.match(await page.locator("#p2-o1-k1-actual").locator("xpath=ancestor::tr").innerText(), /1 = done/);
  // not passed: roast right (80% + 0%) / 2 = 40%; internal 30% + 16% + 14% = 60%; total 68.25%
  await typeInto(actual(page, iso), "0");
  assert.deepEqual((await treeRow(page, iso)).slice(2, 4), ["0%", "red"]);
  assert.equal(await output(page, "Total score").textContent(), "68.25%");
  await typeInto(actual(page, iso), "1");
  assert.deepEqual((await treeRow(page, iso)).slice(2, 4), ["100%", "green"]);
  assert.equal(await output(page, "Total score").textContent(), "73.25%");
  // revenue 1400 against 1200 from 1000: 200%; capped at 1.2 for all: 120%; clamped: 100%;
  // its own cap of 1.5 wins over the clamp
  await typeInto(actual(page, "Revenue, $k"), "1400");
  assert.equal((await treeRow(page, "Revenue, $k"))[2], "200%");
  await page.getByLabel("cap every KPI at").check();
  assert.equal((await treeRow(page, "Revenue, $k"))[2], "120%");
  await typeInto(spin(page, "Cap for every KPI"), "0");
  assert.equal(await page.locator("#cap-all-error").textContent(), "must be greater than zero");
  await typeInto(spin(page, "Cap for every KPI"), "1.2");
  await page.getByLabel("clamp every score to 0..1").check();
  assert.equal((await treeRow(page, "Revenue, $k"))[2], "100%");
  await typeInto(spin(page, "Cap, Revenue, $k"), "1.5");
  assert.equal((await treeRow(page, "Revenue, $k"))[2], "150%");
  assert.deepEqual(problems, []);
});

test("objectives and KPIs are added and renamed, perspectives removed, and the roll-up follows", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Add an objective to Learning and growth" }).click();
  // the new objective's empty KPI needs a target: named at its cell
  assert.equal(await page.locator("#p3-o1-k0-target-error").textContent(), "is required");
  await typeInto(page.getByRole("textbox", { name: "Name of objective 2 in perspective 4" }), "Coach people");
  await typeInto(page.getByRole("textbox", { name: "KPI name, KPI 1" }), "Mentoring sessions");
  await typeInto(spin(page, "Target, Mentoring sessions"), "10");
  await typeInto(actual(page, "Mentoring sessions"), "10");
  // learning (50% + 100%) / 2 = 75%: total 0.2325 + 0.2 + 0.2 + 0.15 = 78.25%
  assert.equal(await output(page, "Total score").textContent(), "78.25%");
  assert.deepEqual((await treeRow(page, "Coach people")).slice(0, 3), ["Coach people", "1 → 50%", "100%"]);
  await page.getByRole("button", { name: "Add a KPI to Coach people" }).click();
  await typeInto(page.getByRole("textbox", { name: "KPI name, KPI 2" }), "Courses finished");
  await typeInto(spin(page, "Target, Courses finished"), "4");
  await typeInto(actual(page, "Courses finished"), "2");
  // coach (100% + 50%) / 2 = 75%, learning 62.5%: total 0.2325 + 0.2 + 0.2 + 0.125 = 75.75%
  assert.equal(await output(page, "Total score").textContent(), "75.75%");
  await typeInto(page.getByRole("textbox", { name: "Name of perspective 1" }), "Money");
  assert.equal(await page.locator("#perspectives legend").first().textContent(), "Money");
  assert.equal((await treeRow(page, "Money"))[2], "77.5%");
  await page.getByRole("button", { name: "Remove perspective Customer" }).click();
  // money 30, internal 25, learning 20 of 75: 0.4 × 77.5% + 1/3 × 80% + 4/15 × 62.5% = 74.33%
  assert.equal(await page.getByRole("img", { name: "Score by perspective" }).locator(".share-bar").count(), 3);
  assert.equal(await output(page, "Total score").textContent(), "74.33%");
  assert.equal(await treeRow(page, "Customer"), undefined);
  // the last perspective, objective and KPI cannot be removed
  await page.getByRole("button", { name: "Remove perspective Money" }).click();
  await page.getByRole("button", { name: "Remove perspective Internal process" }).click();
  assert.ok(await page.getByRole("button", { name: "Remove perspective Learning and growth" }).isDisabled());
  await page.getByRole("button", { name: "Remove objective Build skills" }).click();
  assert.ok(await page.getByRole("button", { name: "Remove objective Coach people" }).isDisabled());
  await page.getByRole("button", { name: "Remove Mentoring sessions" }).click();
  assert.ok(await page.getByRole("button", { name: "Remove Courses finished" }).isDisabled());
  assert.equal(await output(page, "Total score").textContent(), "50%");
  await page.getByRole("button", { name: "Add a perspective" }).click();
  assert.ok(await page.getByRole("textbox", { name: "Name of perspective 2" }).evaluate((input) => input === document.activeElement));
  assert.equal(await page.getByRole("textbox", { name: "Name of perspective 2" }).inputValue(), "Perspective 1");
  assert.deepEqual(problems, []);
});

test("status thresholds move the bands", async () => {
  const { page, problems } = await openPage();
  const green = spin(page, "Green from");
  const amber = spin(page, "Amber from");
  assert.equal(await amber.inputValue(), "0.7");
  assert.equal(await green.inputValue(), "0.9");
  // green from 0.75: financial 77.5% turns green; the total 73.25% stays amber
  await typeInto(green, "0.75");
  assert.equal((await treeRow(page, "Financial"))[3], "green");
  assert.equal(await output(page, "Status").textContent(), "amber");
  // amber from 0.5: learning 50% is on the cut point, so in the band above: amber
  await typeInto(amber, "0.5");
  assert.equal((await treeRow(page, "Learning and growth"))[3], "amber");
  await typeInto(amber, "0.8");
  assert.equal(await page.locator("#threshold-green-error").textContent(), "must be above the cut point before it (cut points ascend)");
  assert.equal(await green.getAttribute("aria-invalid"), "true");
  await typeInto(amber, "0.74");
  assert.equal(await output(page, "Status").textContent(), "red");
  assert.deepEqual(problems, []);
});

test("comparing with a saved period: totals, the biggest mover first, status changes, nodes removed", async () => {
  const { page, problems } = await openPage();
  assert.equal(await page.locator("#compare-results").isVisible(), false);
  await page.getByRole("button", { name: "Save as last period" }).click();
  assert.equal(await output(page, "Total last period").textContent(), "73.25%");
  // revenue 1200: 75% → 100%; grow profitably and financial 77.5% → 90%; total +3.75%
  await typeInto(actual(page, "Revenue, $k"), "1200");
  assert.equal(await output(page, "Total now").textContent(), "77%");
  assert.equal(await output(page, "Change").textContent(), "+3.75%");
  const rows = await tableRows(page, "#compare-table");
  assert.deepEqual(rows[0], ["Revenue, $k", "KPI", "75%", "100%", "+25%", "", "amber → green"]);
  assert.deepEqual(rows[1], ["Financial", "perspective", "77.5%", "90%", "+12.5%", "", "amber → green"]);
  assert.deepEqual(rows.find((row) => row[0] === "Total"), ["Total", "total", "73.25%", "77%", "+3.75%", "", "amber"]);
  assert.equal(await page.locator("#compare-table tbody tr").first().locator(".delta-bar rect.gain").count(), 1);
  assert.match(await page.locator("#compare-summary").innerText(), /Status changes: Revenue, \$k amber → green; Financial amber → green; Grow profitably amber → green\./);
  await typeInto(actual(page, "Net promoter score"), "38");
  assert.equal(await page.locator("#compare-table tbody tr", { hasText: "Net promoter score" }).locator(".delta-bar rect.loss").count(), 1);
  await page.getByRole("button", { name: "Remove ISO 9001 audit passed" }).click();
  assert.match(await page.locator("#compare-summary").innerText(), /Removed since last period: ISO 9001 audit passed \(KPI\)\./);
  assert.deepEqual((await tableRows(page, "#compare-table")).find((row) => row[0] === "ISO 9001 audit passed"), ["ISO 9001 audit passed", "KPI", "100%", "—", "—", "", "green → removed"]);
  await page.locator("#compare-results").screenshot({ path: new URL("scorecard-compare.png", ARTIFACTS).pathname });
  await page.getByRole("button", { name: "Forget last period" }).click();
  assert.equal(await page.locator("#compare-results").isVisible(), false);
  assert.deepEqual(problems, []);
});

test("on a phone the page does not scroll sideways", async () => {
  const { page, problems } = await openPage({ width: 375, height: 740 });
  assert.ok((await horizontalOverflow(page)) <= 0);
  await page.getByRole("button", { name: "Save as last period" }).click();
  await typeInto(actual(page, "Revenue, $k"), "1200");
  await page.screenshot({ path: new URL("scorecard-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.ok((await horizontalOverflow(page)) <= 0);
  await page.screenshot({ path: new URL("scorecard-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("scenario B: training hours on target lifts learning to 100% and the total from 73.25% to 83.25%", async () => {
  const { page, problems } = await openPage();
  await startComparing(page);
  await typeInto(actual(page, "Training hours a person"), "40");
  const rows = await comparisonRows(page);
  assert.deepEqual(rows[0], ["Total score", "73.25%", "83.25%", "+10 pts", "—"]);
  assert.deepEqual(rows[1], ["Financial", "77.5%", "77.5%", "0 pts", "—"]);
  assert.deepEqual(rows[4], ["Learning and growth", "50%", "100%", "+50 pts", "—"]);
  // A removed perspective shows as missing in B.
  await page.getByRole("button", { name: "Remove perspective Customer" }).click();
  assert.deepEqual((await comparisonRows(page)).find((row) => row[0] === "Customer"), ["Customer", "80%", "—", "—", "—"]);
  await editScenario(page, "A");
  assert.equal(await actual(page, "Training hours a person").inputValue(), "20");
  assert.equal(await page.locator("#perspectives > fieldset").count(), 4, "A keeps its four perspectives");
  assert.equal(await output(page, "Total score").textContent(), "73.25%");
  await editScenario(page, "B");
  assert.equal(await page.locator("#perspectives > fieldset").count(), 3);
  assert.equal(await actual(page, "Training hours a person").inputValue(), "40");
  await page.screenshot({ path: new URL("scorecard-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the link keeps the whole scorecard: structure, names, directions, actuals and settings", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Add an objective to Learning and growth" }).click();
  await typeInto(page.getByRole("textbox", { name: "Name of objective 2 in perspective 4" }), "Coach people");
  await typeInto(page.getByRole("textbox", { name: "KPI name, KPI 1" }), "Mentoring sessions");
  await typeInto(spin(page, "Target, Mentoring sessions"), "10");
  await typeInto(actual(page, "Mentoring sessions"), "10");
  await page.getByRole("combobox", { name: "Direction, Inventory days, 20–30 is right" }).selectOption("lowerIsBetter");
  await typeInto(spin(page, "Target, Inventory days, 20–30 is right"), "30");
  await typeInto(spin(page, "Baseline, Inventory days, 20–30 is right"), "40");
  await page.getByLabel("plain average").check();
  await typeInto(spin(page, "Green from"), "0.8");
  // The link is written a moment after the last change, with every change before it.
  const link = await linkHolding(page, "threshold-green=0.8");
  assert.match(new URL(link).searchParams.get("perspectives") ?? "", /"id":"Mentoring sessions"/);
  assert.equal(new URL(link).searchParams.get("rollup"), "average");
  const total = await output(page, "Total score").textContent();
  const tree = await tableRows(page, "#scorecard-tree");

  const { page: copy, problems: copyProblems } = await openWatchedPage(site, link.slice(site.url.length));
  await output(copy, "Total score").filter({ hasText: "%" }).waitFor();
  assert.equal(await copy.getByLabel("plain average").isChecked(), true);
  assert.equal(await spin(copy, "Green from").inputValue(), "0.8");
  assert.equal(await copy.getByRole("textbox", { name: "Name of objective 2 in perspective 4" }).inputValue(), "Coach people");
  assert.equal(await copy.getByRole("combobox", { name: "Direction, Inventory days, 20–30 is right" }).inputValue(), "lowerIsBetter");
  assert.ok(await spin(copy, "Target, Inventory days, 20–30 is right").isVisible(), "the direction's inputs are shown");
  assert.equal(await copy.locator("#p2-o2-k0-min").inputValue(), "20", "the hidden band is kept too");
  assert.equal(await output(copy, "Total score").textContent(), total);
  assert.deepEqual(await tableRows(copy, "#scorecard-tree"), tree);
  assert.deepEqual([...problems, ...copyProblems], []);
});

test("a link with a hand-edited scorecard keeps what fits", async () => {
  const perspectives = JSON.stringify([{ id: "Only", weight: 1, objectives: [{ id: "One", kpis: [{ id: "Sales", weight: "1", direction: "sideways", target: "10", actual: "5" }, 7] }] }, "x"]);
  const { page, problems } = await openWatchedPage(site, `scorecard.html?perspectives=${encodeURIComponent(perspectives)}`);
  await page.locator("#p0-o0-weight-error").filter({ hasText: /./ }).waitFor();
  assert.equal(await page.locator("#perspectives > fieldset").count(), 1);
  assert.equal(await page.getByRole("combobox", { name: "Direction, Sales" }).inputValue(), "higherIsBetter");
  assert.equal(await page.locator("#p0-o0-weight-error").textContent(), "is required", "the missing weight is named at its field");
  await typeInto(spin(page, "Weight, One"), "1");
  assert.equal(await output(page, "Total score").textContent(), "50%");
  assert.deepEqual(problems, []);
});

test("downloads: the results as CSV, with the contributions", async () => {
  const { page, problems } = await openPage();
  const csv = await downloadText(page, "Download the results as CSV");
  assert.equal(csv.fileName, "scorecard-results.csv");
  const lines = csv.text.split("\r\n");
  assert.deepEqual(lines.slice(0, 2), ["Total score,73.25%", "Status,amber"]);
  assert.ok(lines.includes("Financial,30 → 30%,77.5%,amber,0.3,23.25%"), csv.text);
  assert.deepEqual(problems, []);
});

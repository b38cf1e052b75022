// The appraisal page in headless Chromium: the example's overall rating (hand-computed
// in tests/people_appraisal.rs), typing an actual (the goal rating and the overall band
// change), an error next to the cell it names, and no sideways scroll on a phone.
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
  const watched = await openWatchedPage(site, "appraisal.html", viewport);
  await output(watched.page, "Overall rating").filter({ hasText: /\d/ }).waitFor();
  return watched;
}

const cell = (page, name) => page.getByRole("spinbutton", { name, exact: true });

/**
 * Hand-computed: sales 525 / 500 = 105%, projects 19 / 20 = 95%; A = 0.6 × 1.05 +
 * 0.4 × 0.95 = 101% → goal rating 4; C = 0.5 × 3 + 0.25 × 4.5 + 0.25 × 3.6 = 3.525;
 * R = 0.7 × 4 + 0.3 × 3.525 = 3.8575 → band 4, Exceeds expectations.
 */
test("the example: 3.858 overall, band 4 Exceeds expectations", async () => {
  const { page, problems } = await openPage();
  assert.equal(await output(page, "Overall rating").textContent(), "3.858");
  assert.equal(await output(page, "Band").textContent(), "4 · Exceeds expectations");
  assert.equal(await output(page, "Goal achievement").textContent(), "101%");
  assert.equal(await output(page, "Goal rating").textContent(), "4 · Exceeds expectations");
  assert.equal(await output(page, "Competency rating").textContent(), "3.525");
  const breakdown = await tableRows(page, "#appraisal-breakdown");
  assert.deepEqual(breakdown[0], ["Goals (what)", "4", "70 → 70%", "2.8"]);
  // 0.3 × 3.525 is 1.05749… in binary: shown to 4 digits as 1.057.
  assert.deepEqual(breakdown[1], ["Competencies (how)", "3.525", "30 → 30%", "1.057"]);
  const goals = await tableRows(page, "#appraisal-goals");
  assert.deepEqual(goals[0], ["Sales, $k", "105%", "green", "60 → 60%", "63%"]);
  assert.match(await page.locator("#appraisal-working").innerText(), /Overall: R = w_what × G \+ w_how × C = 0\.7 × 4 \+ 0\.3 × 3\.525 = 3\.858/);
  await page.screenshot({ path: new URL("appraisal-example.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("typing an actual changes the goal rating and the overall band", async () => {
  const { page, problems } = await openPage();
  // Sales 700 / 500 = 140%: A = 0.84 + 0.38 = 122% → 5; R = 3.5 + 1.0575 = 4.558 → 5.
  await typeInto(cell(page, "Actual, goal 1"), "700");
  assert.equal(await output(page, "Goal achievement").textContent(), "122%");
  assert.equal(await output(page, "Overall rating").textContent(), "4.558");
  assert.equal(await output(page, "Band").textContent(), "5 · Outstanding");
  // Sales 300 / 500 = 60%: A = 0.36 + 0.38 = 74% → 2; R = 1.4 + 1.0575 = 2.458 → 2.
  await typeInto(cell(page, "Actual, goal 1"), "300");
  assert.equal(await output(page, "Band").textContent(), "2 · Needs improvement");
  await page.getByRole("button", { name: "Reset to the example" }).click();
  assert.equal(await output(page, "Overall rating").textContent(), "3.858");
  assert.deepEqual(problems, []);
});

test("an error appears at its cell and clears when fixed", async () => {
  const { page, problems } = await openPage();
  const rating = cell(page, "Rating, competency 2");
  await typeInto(rating, "7");
  assert.equal(await page.locator("#competencies-1-rating-error").textContent(), "must lie on the rating scale");
  assert.equal(await rating.getAttribute("aria-invalid"), "true");
  assert.ok(await page.locator("#appraisal-results").evaluate((element) => element.classList.contains("stale")));
  await typeInto(rating, "4.5");
  assert.equal(await page.locator("#competencies-1-rating-error").textContent(), "");
  await typeInto(cell(page, "Actual, goal 2"), "");
  assert.equal(await page.locator("#goals\\.goals-1-actual-error").textContent(), "is required");
  await typeInto(cell(page, "Actual, goal 2"), "19");
  await typeInto(page.getByRole("spinbutton", { name: /^Weight of the goals/ }), "-1");
  assert.equal(await page.locator("#weight-goals-error").textContent(), "must be zero or more");
  assert.deepEqual(problems, []);
});

test("on a phone the page does not scroll sideways", async () => {
  const { page, problems } = await openPage({ width: 375, height: 740 });
  assert.ok((await horizontalOverflow(page)) <= 0);
  await page.screenshot({ path: new URL("appraisal-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("scenario B: sales of 700 instead of 525 lift the overall rating from 3.858 to 4.558, band 4 to 5", async () => {
  const { page, problems } = await openPage();
  await startComparing(page);
  await typeInto(cell(page, "Actual, goal 1"), "700");
  const rows = await comparisonRows(page);
  assert.deepEqual(rows[0], ["Overall rating", "3.858", "4.558", "+0.7", "+18.1%"]);
  assert.deepEqual(rows[1], ["Band", "4", "5", "+1", "+25.0%"]);
  assert.deepEqual(rows[2], ["Goal achievement", "101%", "122%", "+21 pts", "—"]);
  assert.deepEqual(rows[4], ["Competency rating (how)", "3.525", "3.525", "0", "0.0%"]);
  await editScenario(page, "A");
  assert.equal(await cell(page, "Actual, goal 1").inputValue(), "525");
  assert.equal(await output(page, "Band").textContent(), "4 · Exceeds expectations");
  await page.screenshot({ path: new URL("appraisal-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the link keeps both tables, the tick boxes and the weights", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Add a goal" }).click();
  await typeInto(page.getByRole("textbox", { name: "Goal, goal 3", exact: true }), "Cost overrun, %");
  await typeInto(cell(page, "Weight, goal 3"), "20");
  await page.getByRole("checkbox", { name: "Lower is better, goal 3", exact: true }).check();
  await typeInto(cell(page, "Target, goal 3"), "5");
  await typeInto(cell(page, "Actual, goal 3"), "4");
  await typeInto(cell(page, "Rating, competency 1"), "4");
  await typeInto(page.getByRole("spinbutton", { name: /^Weight of the competencies/ }), "40");
  const link = await linkHolding(page, "weight-competencies=40");
  const overall = await output(page, "Overall rating").textContent();
  const goals = await tableRows(page, "#appraisal-goals");

  const { page: copy, problems: copyProblems } = await openWatchedPage(site, link.slice(site.url.length));
  await output(copy, "Overall rating").filter({ hasText: /\d/ }).waitFor();
  assert.equal(await copy.getByRole("textbox", { name: "Goal, goal 3", exact: true }).inputValue(), "Cost overrun, %");
  assert.equal(await copy.getByRole("checkbox", { name: "Lower is better, goal 3", exact: true }).isChecked(), true);
  assert.equal(await cell(copy, "Rating, competency 1").inputValue(), "4");
  assert.equal(await output(copy, "Overall rating").textContent(), overall);
  assert.deepEqual(await tableRows(copy, "#appraisal-goals"), goals);
  assert.deepEqual([...problems, ...copyProblems], []);
});

test("downloads: the results as CSV", async () => {
  const { page, problems } = await openPage();
  const csv = await downloadText(page, "Download the results as CSV");
  assert.equal(csv.fileName, "appraisal-results.csv");
  const lines = csv.text.split("\r\n");
  assert.deepEqual(lines.slice(0, 2), ["Overall rating,3.858", "Band,4 · Exceeds expectations"]);
  assert.ok(lines.includes("Goals (what),4,70 → 70%,2.8"), csv.text);
  assert.deepEqual(problems, []);
});

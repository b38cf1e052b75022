// The OKR grading page in headless Chromium: the example's grades (Google re:Work's
// three of six features is 0.5), typing a key result's value (grades and colours
// change, sandbagging when every key result is at 1.0), and an error at its cell.
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
  const watched = await openWatchedPage(site, "okr.html", viewport);
  await output(watched.page, "Overall grade").filter({ hasText: /\d/ }).waitFor();
  return watched;
}

const now = (page, o, k) => page.getByRole("spinbutton", { name: `Now, objective ${o} key result ${k}`, exact: true });

/**
 * Hand-computed: features 3 / 6 = 0.5, sign-ups 700 / 1000 = 0.7: 0.6; churn (4 − 5) /
 * (3 − 5) = 0.5, NPS (44 − 30) / (50 − 30) = 0.7: 0.6; overall 0.6, amber.
 */
test("the example: 0.6 overall, amber, no sandbagging", async () => {
  const { page, problems } = await openPage();
  assert.equal(await output(page, "Overall grade").textContent(), "0.6");
  assert.equal(await output(page, "Colour").textContent(), "amber");
  assert.equal(await output(page, "Every key result at 1.0").textContent(), "no");
  const rows = await tableRows(page, "#okr-grades");
  assert.deepEqual(rows[1], ["New features launched", "0.5", "0.5", "amber", "0.5"]);
  assert.deepEqual(rows[3], ["Keep our customers", "", "0.6", "amber", "0.5"]);
  assert.match(await page.locator("#okr-working").innerText(), /Overall: Σ wⱼ Oⱼ = 0\.5 × 0\.6 \+ 0\.5 × 0\.6 = 0\.6 \(amber\)/);
  await page.screenshot({ path: new URL("okr-example.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("typing values changes the grades; every key result at its target is sandbagging", async () => {
  const { page, problems } = await openPage();
  // Features 6 / 6 = 1: objective 1 (1 + 0.7) / 2 = 0.85 green; overall 0.725 green.
  await typeInto(now(page, 1, 1), "6");
  assert.equal(await output(page, "Overall grade").textContent(), "0.725");
  assert.equal(await output(page, "Colour").textContent(), "green");
  await typeInto(now(page, 1, 2), "1200");
  await typeInto(now(page, 2, 1), "3");
  await typeInto(now(page, 2, 2), "50");
  assert.equal(await output(page, "Overall grade").textContent(), "1");
  assert.match(await output(page, "Every key result at 1.0").textContent(), /^yes/);
  assert.deepEqual((await tableRows(page, "#okr-grades"))[2], ["Sign-ups", "1.2", "1", "green", "0.5"]);
  assert.deepEqual(problems, []);
});

test("an error appears at its cell; the phone layout does not scroll sideways", async () => {
  const { page, problems } = await openPage({ width: 375, height: 740 });
  const target = page.getByRole("spinbutton", { name: "Target, objective 2 key result 1", exact: true });
  await typeInto(target, "5");
  assert.equal(await page.locator("#objectives\\[1\\]\\.keyResults-0-target-error").textContent(), "must differ from the start");
  assert.equal(await target.getAttribute("aria-invalid"), "true");
  await typeInto(target, "3");
  assert.equal(await output(page, "Overall grade").textContent(), "0.6");
  assert.ok((await horizontalOverflow(page)) <= 0);
  await page.screenshot({ path: new URL("okr-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("scenario B: all six features launched lifts the widget objective to 0.85 and the grade to 0.725", async () => {
  const { page, problems } = await openPage();
  await startComparing(page);
  await typeInto(now(page, 1, 1), "6");
  assert.deepEqual(await comparisonRows(page), [
    ["Overall grade", "0.6", "0.725", "+0.125", "+20.8%"],
    ["Launch the new widget", "0.6", "0.85", "+0.25", "+41.7%"],
    ["Keep our customers", "0.6", "0.6", "0", "0.0%"],
  ]);
  await editScenario(page, "A");
  assert.equal(await now(page, 1, 1).inputValue(), "3");
  assert.equal(await output(page, "Colour").textContent(), "amber");
  await page.screenshot({ path: new URL("okr-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the link keeps the objectives' names and key results", async () => {
  const { page, problems } = await openPage();
  await typeInto(page.getByRole("textbox", { name: "Objective 2", exact: true }), "Keep every customer");
  await page.getByRole("button", { name: "Add a key result to objective 2" }).click();
  await typeInto(page.getByRole("textbox", { name: "Key result, objective 2 key result 3", exact: true }), "Renewals");
  await typeInto(page.getByRole("spinbutton", { name: "Start, objective 2 key result 3", exact: true }), "0");
  await typeInto(page.getByRole("spinbutton", { name: "Target, objective 2 key result 3", exact: true }), "40");
  await typeInto(now(page, 2, 3), "10");
  const link = await linkHolding(page, '"current":"10"');

  const { page: copy, problems: copyProblems } = await openWatchedPage(site, link.slice(site.url.length));
  await output(copy, "Overall grade").filter({ hasText: /\d/ }).waitFor();
  assert.equal(await copy.getByRole("textbox", { name: "Objective 2", exact: true }).inputValue(), "Keep every customer");
  assert.equal(await now(copy, 2, 3).inputValue(), "10");
  // Renewals 10 / 40 = 0.25: objective 2 (0.5 + 0.7 + 0.25) / 3 = 0.4833; overall 0.5417.
  assert.equal(await output(copy, "Overall grade").textContent(), "0.5417");
  assert.deepEqual((await tableRows(copy, "#okr-grades"))[3], ["Keep every customer", "", "0.4833", "amber", "0.5"]);
  assert.deepEqual([...problems, ...copyProblems], []);
});

test("downloads: the grades as CSV", async () => {
  const { page, problems } = await openPage();
  const csv = await downloadText(page, "Download the results as CSV");
  assert.equal(csv.fileName, "okr-results.csv");
  const lines = csv.text.split("\r\n");
  assert.deepEqual(lines.slice(0, 3), ["Overall grade,0.6", "Colour,amber", "Every key result at 1.0,no"]);
  assert.ok(lines.includes("New features launched,0.5,0.5,amber,0.5"), csv.text);
  assert.deepEqual(problems, []);
});

// The calibration page in headless Chromium: the published z-score example (3.5 → 3.2),
// switching the method changes the distribution after calibration, a new rating joins
// in input order, and an error shows next to its cell.
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

async function openPage() {
  const watched = await openWatchedPage(site, "calibration.html");
  await output(watched.page, "Population mean").filter({ hasText: /\d/ }).waitFor();
  return watched;
}

const afterCounts = async (page) => (await tableRows(page, "#distribution-table")).map((row) => row[3]);

/**
 * calculatorsir.com: raw 3.5, manager mean 4.2 (σ 0.7), population mean 3.8 (σ 0.6):
 * z = −1, calibrated 3.2. Mean shift (tests/people_calibrate.rs): 3.5 − 4.2 + 3.8 = 3.1.
 */
test("the published example by z-score, then mean shift changes the distribution", async () => {
  const { page, problems } = await openPage();
  assert.equal(await output(page, "Population mean").textContent(), "3.8");
  assert.equal(await output(page, "Population standard deviation").textContent(), "0.6");
  const list = await tableRows(page, "#calibrated-table");
  assert.deepEqual(list.map((row) => row[0]), ["Ann", "Bea", "Cal", "Dev", "Eve", "Fay"]);
  assert.deepEqual(list[0], ["Ann", "Morgan", "3.5", "−1", "3.2"]);
  assert.deepEqual(await tableRows(page, "#manager-table"), [
    ["Morgan", "2", "4.2", "0.7", "3.5–4.9"],
    ["Noor", "4", "3.6", "0.4183", "3.2–4.3"],
  ]);
  assert.deepEqual(await afterCounts(page), ["0% (0)", "0% (0)", "33.33% (2)", "50% (3)", "16.67% (1)"]);
  const chart = page.getByRole("img", { name: "Distribution before and after, against the guideline" });
  assert.equal(await chart.locator(".series-guideline").count(), 5);
  await page.screenshot({ path: new URL("calibration-z-score.png", ARTIFACTS).pathname, fullPage: true });

  await page.getByRole("radio", { name: /^mean shift/ }).check();
  assert.deepEqual(await afterCounts(page), ["0% (0)", "0% (0)", "33.33% (2)", "33.33% (2)", "33.33% (2)"]);
  assert.deepEqual((await tableRows(page, "#calibrated-table"))[0], ["Ann", "Morgan", "3.5", "—", "3.1"]);
  assert.match(await page.locator("#calibration-working").innerText(), /Ann: x − x̄ₘ \+ μ = 3\.5 − 4\.2 \+ 3\.8 = 3\.1/);
  await page.getByRole("radio", { name: /^none/ }).check();
  const rows = await tableRows(page, "#distribution-table");
  assert.deepEqual(rows.map((row) => row[3]), rows.map((row) => row[2]));
  await page.screenshot({ path: new URL("calibration-none.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("a rating added joins in input order; a repeated employee shows next to its cell", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Add a rating" }).click();
  await typeInto(page.getByRole("textbox", { name: "Employee, row 7", exact: true }), "Gus");
  await typeInto(page.getByRole("textbox", { name: "Manager, row 7", exact: true }), "Olu");
  await typeInto(page.getByRole("spinbutton", { name: "Rating, row 7", exact: true }), "2");
  const list = await tableRows(page, "#calibrated-table");
  // A manager with one rating gets z = 0: the population mean.
  assert.equal(list.at(-1)[0], "Gus");
  assert.equal(list.at(-1)[3], "0");
  assert.equal(list.at(-1)[4], await output(page, "Population mean").textContent());

  const employee = page.getByRole("textbox", { name: "Employee, row 7", exact: true });
  await typeInto(employee, "Ann");
  assert.equal(await page.locator("#ratings-6-employee-error").textContent(), "repeats the employee of ratings[0]");
  assert.equal(await employee.getAttribute("aria-invalid"), "true");
  await typeInto(employee, "Gus");
  assert.equal(await page.locator("#ratings-6-employee-error").textContent(), "");
  assert.deepEqual(problems, []);
});

test("scenario B by mean shift: Ann calibrates to 3.1 instead of 3.2; both distributions on one chart", async () => {
  const { page, problems } = await openPage();
  await startComparing(page);
  await page.getByRole("radio", { name: /^mean shift/ }).check();
  const rows = await comparisonRows(page);
  assert.deepEqual(rows[0], ["Population mean μ", "3.8", "3.8", "0", "0.0%"]);
  // z-score: 3.8 + 0.6 × (−1) = 3.2; mean shift: 3.5 − 4.2 + 3.8 = 3.1.
  assert.deepEqual(rows[2], ["Ann, calibrated", "3.2", "3.1", "−0.1", "−3.1%"]);
  const chart = page.locator(".scenario-chart");
  assert.equal(await chart.locator(".bars.s0 rect").count(), 10, "five bands of A and five of B");
  assert.deepEqual(await chart.locator(".axis-x text").allTextContents(), ["1", "2", "3", "4", "5"]);
  await editScenario(page, "A");
  assert.equal(await page.getByRole("radio", { name: /^z-score/ }).isChecked(), true);
  await page.screenshot({ path: new URL("calibration-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the link keeps the ratings, the method and the scale", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("radio", { name: /^mean shift/ }).check();
  await page.getByRole("button", { name: "Add a rating" }).click();
  await typeInto(page.getByRole("textbox", { name: "Employee, row 7", exact: true }), "Gus");
  await typeInto(page.getByRole("textbox", { name: "Manager, row 7", exact: true }), "Olu");
  await typeInto(page.getByRole("spinbutton", { name: "Rating, row 7", exact: true }), "2");
  const link = await linkHolding(page, '"score":"2"');
  assert.equal(new URL(link).searchParams.get("method"), "meanShift");
  const list = await tableRows(page, "#calibrated-table");

  const { page: copy, problems: copyProblems } = await openWatchedPage(site, link.slice(site.url.length));
  await output(copy, "Population mean").filter({ hasText: /\d/ }).waitFor();
  assert.equal(await copy.getByRole("radio", { name: /^mean shift/ }).isChecked(), true);
  assert.equal(await copy.getByRole("textbox", { name: "Manager, row 7", exact: true }).inputValue(), "Olu");
  assert.deepEqual(await tableRows(copy, "#calibrated-table"), list);
  assert.deepEqual([...problems, ...copyProblems], []);
});

test("downloads: the results as CSV", async () => {
  const { page, problems } = await openPage();
  const csv = await downloadText(page, "Download the results as CSV");
  assert.equal(csv.fileName, "calibration-results.csv");
  const lines = csv.text.split("\r\n");
  assert.deepEqual(lines.slice(0, 2), ["Population mean μ,3.8", "Population standard deviation σ,0.6"]);
  assert.ok(lines.includes("Ann,Morgan,3.5,−1,3.2"), csv.text);
  assert.deepEqual(problems, []);
});

test("on a phone, comparing, the page does not scroll sideways: the bars scroll in their box", async () => {
  const { page, problems } = await openWatchedPage(site, "calibration.html", { width: 375, height: 740 });
  await page.getByRole("button", { name: "Compare with scenario B" }).click();
  await page.locator(".scenario-comparison").waitFor();
  assert.ok((await horizontalOverflow(page)) <= 0, `${await horizontalOverflow(page)}px too wide`);
  await page.screenshot({ path: new URL("calibration-scenarios-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

// The weighting page in headless Chromium: the supplier example by every method, a
// changed rank moving the rank columns only, tied ranks, a changed judgement moving
// the AHP column, errors at their cell (all points zero, a rank of 0, an empty name),
// and a phone screen.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ARTIFACTS, horizontalOverflow, openSite, openWatchedPage } from "./browser.mjs";
import { tableRows, typeInto } from "./calculator.mjs";
import { comparisonRows, downloadText, editScenario, linkHolding, startComparing } from "./scenario.mjs";

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

async function openPage(viewport) {
  const watched = await openWatchedPage(site, "weighting.html", viewport);
  await watched.page.locator("#weights-table tbody tr").first().waitFor();
  return watched;
}

const cell = (page, column, index) => page.getByRole(column === "Name" ? "textbox" : "spinbutton", { name: `${column}, criterion ${index}`, exact: true });
const weights = (page) => tableRows(page, "#weights-table");
/** The columns of the table: name, positions, points, equal, rank sum, reciprocal, ROC, AHP. */
const column = (rows, index) => rows.map((row) => row[index]);

test("the supplier example weighted every way, with the working", async () => {
  const { page, problems } = await openPage();
  assert.match(await page.locator("#example-source").textContent(), /^Made up for this page, not from a book/);
  assert.deepEqual(await weights(page), [
    ["Cost", "2", "0.3", "0.25", "0.3", "0.24", "0.2708", "0.2772"],
    ["Quality", "1", "0.4", "0.25", "0.4", "0.48", "0.5208", "0.4673"],
    ["Delivery", "3", "0.2", "0.25", "0.2", "0.16", "0.1458", "0.1601"],
    ["Service", "4", "0.1", "0.25", "0.1", "0.12", "0.0625", "0.09543"],
  ]);
  assert.match(await page.locator("#ahp-consistency").textContent(), /consistent/);
  const bars = page.getByRole("img", { name: "Weights by method" });
  assert.equal(await bars.locator(".bar-group").count(), 4);
  assert.equal(await bars.locator("rect.grouped-bar.method-4").count(), 4 + 1, "four bars and the legend's swatch");
  const working = await page.locator("#weighting-working").innerText();
  assert.match(working, /Points, Cost: wᵢ = vᵢ \/ Σv = 30 \/ 100 = 0\.3/);
  assert.match(working, /Rank sum, position p = 1: w_p = 2\(n \+ 1 − p\) \/ \(n\(n \+ 1\)\) = 2\(4 \+ 1 − 1\) \/ \(4\(4 \+ 1\)\) = 0\.4/);
  assert.match(working, /Rank-order centroid, positions 1 to 4: w_p = 0\.5208, 0\.2708, 0\.1458, 0\.0625/);
  await page.screenshot({ path: new URL("weighting-supplier.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("a changed rank moves the rank columns only; a changed judgement the AHP column only", async () => {
  const { page, problems } = await openPage();
  const before = await weights(page);
  // Cost first, Quality second.
  await typeInto(cell(page, "Rank", 1), "1");
  await typeInto(cell(page, "Rank", 2), "2");
  const after = await weights(page);
  for (const index of [2, 3, 7]) assert.deepEqual(column(after, index), column(before, index));
  assert.deepEqual(column(after, 4).slice(0, 2), ["0.4", "0.3"]);
  assert.deepEqual(column(after, 6).slice(0, 2), ["0.5208", "0.2708"]);

  await page.getByRole("combobox", { name: "Cost compared with Quality", exact: true }).selectOption("5");
  const judged = await weights(page);
  assert.notDeepEqual(column(judged, 7), column(after, 7));
  for (const index of [2, 3, 4, 5, 6]) assert.deepEqual(column(judged, index), column(after, index));
  assert.deepEqual(problems, []);
});

test("tied ranks share their positions' weights", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Tied ranks (everyday example)" }).click();
  const rows = await weights(page);
  assert.deepEqual(column(rows, 1), ["1", "2–3", "2–3", "4", "5"]);
  assert.equal(rows[1][4], rows[2][4]);
  assert.equal(rows[1][6], rows[2][6]);
  assert.match(await page.locator("#weighting-working").innerText(), /Quality, rank 2, tied in positions 2–3: wᵢ = the mean of w_p over its positions = Rank sum: mean\(0\.2667, 0\.2\) = 0\.2333/);
  assert.deepEqual(problems, []);
});

test("errors show at their field and clear when fixed", async () => {
  const { page, problems } = await openPage();
  for (const index of [1, 2, 3, 4]) await typeInto(cell(page, "Points", index), "0");
  assert.equal(await page.locator("#criteria-error").textContent(), "must have at least one weight above zero");
  assert.match(await page.locator("#weighting-results").getAttribute("class"), /stale/);
  await typeInto(cell(page, "Points", 2), "5");
  assert.equal(await page.locator("#criteria-error").textContent(), "");
  assert.deepEqual(column(await weights(page), 2), ["0", "1", "0", "0"]);

  await typeInto(cell(page, "Rank", 3), "0");
  assert.equal(await page.locator("#criteria-2-rank-error").textContent(), "must be 1 or more (1 = most important)");
  assert.equal(await cell(page, "Rank", 3).getAttribute("aria-invalid"), "true");
  await typeInto(cell(page, "Rank", 3), "3");
  assert.equal(await page.locator("#criteria-2-rank-error").textContent(), "");

  await typeInto(cell(page, "Name", 4), "");
  assert.equal(await page.locator("#criteria-3-name-error").textContent(), "must not be empty");
  await typeInto(cell(page, "Name", 4), "After-sales");
  assert.equal((await weights(page))[3][0], "After-sales");
  assert.equal(await page.getByRole("combobox", { name: "Delivery compared with After-sales", exact: true }).inputValue(), "2");
  assert.deepEqual(problems, []);
});

test("the page is in the navigation and fits a phone screen", async () => {
  const { page, problems } = await openPage({ width: 375, height: 740 });
  const nav = page.getByRole("navigation", { name: "Calculators" });
  assert.equal(await nav.getByRole("link", { name: "Weighting", exact: true }).getAttribute("aria-current"), "page");
  const overflow = await horizontalOverflow(page);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: new URL("weighting-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("scenario B: 50 points for cost instead of 30 moves the point weights, not AHP's", async () => {
  const { page, problems } = await openPage();
  await startComparing(page);
  await typeInto(cell(page, "Points", 1), "50");
  const rows = await comparisonRows(page);
  // 50 / 120 = 0.4167 and 40 / 120 = 0.3333.
  assert.deepEqual(rows[0], ["Cost, by points", "0.3", "0.4167", "+0.1167", "+38.9%"]);
  assert.deepEqual(rows[1], ["Quality, by points", "0.4", "0.3333", "−0.06667", "−16.7%"]);
  assert.deepEqual(rows[4], ["Cost, by AHP", "0.2772", "0.2772", "0", "0.0%"]);
  assert.deepEqual(rows.at(-1).slice(0, 1), ["AHP consistency ratio CR"]);
  await page.getByRole("combobox", { name: "Cost compared with Quality", exact: true }).selectOption("2");
  assert.notEqual((await comparisonRows(page))[4][2], "0.2772", "B's judgement moves B's AHP weight");
  await editScenario(page, "A");
  assert.equal(await page.getByRole("combobox", { name: "Cost compared with Quality", exact: true }).inputValue(), "1/2");
  assert.equal(await cell(page, "Points", 1).inputValue(), "30");
  await page.screenshot({ path: new URL("weighting-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the link keeps the criteria with their points and ranks, and the judgements", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Tied ranks (everyday example)" }).click();
  await typeInto(cell(page, "Points", 5), "15");
  await page.getByRole("combobox", { name: "Safety compared with Morale", exact: true }).selectOption("9");
  const link = await linkHolding(page, '"9"');
  const before = await weights(page);

  const { page: copy, problems: copyProblems } = await openWatchedPage(site, link.slice(site.url.length));
  await copy.locator("#weights-table tbody tr").nth(4).waitFor();
  assert.equal(await cell(copy, "Name", 5).inputValue(), "Morale");
  assert.equal(await cell(copy, "Points", 5).inputValue(), "15");
  assert.equal(await copy.getByRole("combobox", { name: "Safety compared with Morale", exact: true }).inputValue(), "9");
  assert.deepEqual(await weights(copy), before);
  assert.deepEqual([...problems, ...copyProblems], []);
});

test("downloads: the weights table as CSV", async () => {
  const { page, problems } = await openPage();
  const csv = await downloadText(page, "Download the results as CSV");
  assert.equal(csv.fileName, "weighting-results.csv");
  const lines = csv.text.split("\r\n");
  assert.equal(lines[0], "Each criterion's weight by each method (each column sums to 1)");
  assert.ok(lines.includes("Cost,2,0.3,0.25,0.3,0.24,0.2708,0.2772"), csv.text);
  assert.deepEqual(problems, []);
});

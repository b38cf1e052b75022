// The AHP page in headless Chromium: Saaty's wealth of nations, a changed judgement,
// an inconsistent matrix with its flagged comparison and suggestion, the geometric
// mean method, the random index tables, the criteria list (3 to 7, names checked at
// their cell), the other examples, and a phone screen.
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
  const watched = await openWatchedPage(site, "ahp.html", viewport);
  await output(watched.page, "Consistency ratio CR").filter({ hasText: /\d/ }).waitFor();
  return watched;
}

/** The choice in the matrix for `a` (row) against `b` (column). */
const pair = (page, a, b) => page.getByRole("combobox", { name: `${a} compared with ${b}`, exact: true });
const nameCell = (page, index) => page.getByRole("textbox", { name: `Name, criterion ${index}`, exact: true });
const bars = (page) => page.getByRole("img", { name: "Weights" });
const barValues = (page) => bars(page).locator(".share-value").allTextContents();
const badge = (page) => page.locator("#consistency-badge");
const flagged = (page) => page.locator("#pairs td.inconsistent");

test("the wealth of nations (Saaty 1980): the published weights, λmax 7.61, CR 0.08, consistent", async () => {
  const { page, problems } = await openPage();
  assert.match(await page.locator("#example-source").textContent(), /^Saaty \(1980\), The Analytic Hierarchy Process, McGraw-Hill, ch\. 2/);
  // Published: 0.427, 0.230, 0.021, 0.052, 0.052, 0.123, 0.094.
  assert.deepEqual(await barValues(page), ["0.4271", "0.2303", "0.02084", "0.05239", "0.05239", "0.1227", "0.09426"]);
  assert.deepEqual(await bars(page).locator(".share-label").allTextContents(), ["US", "USSR", "China", "France", "UK", "Japan", "West Germany"]);
  assert.equal(await output(page, "Largest eigenvalue λmax").textContent(), "7.608");
  assert.equal(await output(page, "Consistency index CI").textContent(), "0.1013");
  assert.equal(await output(page, "Random index RI").textContent(), "1.32");
  assert.equal(await output(page, "Consistency ratio CR").textContent(), "0.07673");
  assert.equal(await badge(page).textContent(), "Consistent: CR 0.07673 is below 0.1");
  assert.match(await badge(page).getAttribute("class"), /\bconsistent\b/);
  assert.equal(await flagged(page).count(), 0);
  assert.equal(await page.locator("#suggestion").textContent(), "");

  // The matrix: the judgements as chosen, the reciprocals from the library below.
  assert.equal(await pair(page, "US", "China").inputValue(), "9");
  assert.equal(await pair(page, "China", "Japan").inputValue(), "1/7");
  const matrix = await tableRows(page, "#pairs");
  assert.equal(matrix.length, 7);
  assert.deepEqual(matrix[2].slice(0, 4), ["China", "0.1111", "0.1429", "1"]);
  assert.deepEqual(matrix[6].slice(0, 3), ["West Germany", "0.2", "0.25"]);

  const working = await page.locator("#ahp-working").innerText();
  assert.match(working, /λmax = \(1\/n\) Σᵢ \(A w\)ᵢ \/ wᵢ = 7\.608/);
  assert.match(working, /CI = \(λmax − n\) \/ \(n − 1\) = \(7\.608 − 7\) \/ \(7 − 1\) = 0\.1013/);
  assert.match(working, /CR = CI \/ RI = 0\.1013 \/ 1\.32 = 0\.07673/);

  // The power iteration converges; its last step is the weights.
  const trace = await tableRows(page, "#trace-table");
  assert.ok(trace.length > 5 && trace.length <= 50, `${trace.length} steps`);
  assert.deepEqual(trace.at(-1).slice(1, 9), ["0.4271", "0.2303", "0.02084", "0.05239", "0.05239", "0.1227", "0.09426", "7.608"]);
  assert.equal(await page.locator("#ri-table td.chosen").allTextContents().then((cells) => cells.join(" ")), "7 1.32");

  await page.screenshot({ path: new URL("ahp-saaty.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("a changed judgement changes the weights and CR; a contradiction is flagged at its cell", async () => {
  const { page, problems } = await openPage();
  const before = await barValues(page);
  await pair(page, "US", "USSR").selectOption("9");
  assert.notDeepEqual(await barValues(page), before);
  assert.notEqual(await output(page, "Consistency ratio CR").textContent(), "0.07673");

  // China, the poorest, said to be extremely richer than the US.
  await pair(page, "US", "China").selectOption("1/9");
  assert.match(await badge(page).textContent(), /^Inconsistent: CR \d/);
  assert.match(await badge(page).getAttribute("class"), /\binconsistent\b/);
  assert.equal(await flagged(page).count(), 2, "the judgement and its reciprocal");
  assert.equal(await flagged(page).first().locator("select").getAttribute("aria-label"), "US compared with China");
  assert.match(
    await page.locator("#suggestion").textContent(),
    /^You said US is 1\/9 as important as China; your other judgements imply about \d+(\.\d+)?\. Revising that comparison toward it helps consistency most\.$/,
  );
  await page.locator("#pairs").screenshot({ path: new URL("ahp-inconsistent-matrix.png", ARTIFACTS).pathname });

  await pair(page, "US", "China").selectOption("9");
  await pair(page, "US", "USSR").selectOption("4");
  assert.equal(await output(page, "Consistency ratio CR").textContent(), "0.07673");
  assert.equal(await flagged(page).count(), 0);
  assert.deepEqual(problems, []);
});

test("the hand-computed reversed judgement is the one flagged, by either method", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "One judgement reversed (hand-computed)" }).click();
  assert.match(await page.locator("#example-source").textContent(), /^Hand-computed/);
  for (const method of ["Principal eigenvector (Saaty)", "Row geometric means"]) {
    await page.getByLabel("Method").selectOption({ label: method });
    assert.match(await badge(page).textContent(), /^Inconsistent/);
    assert.equal(await flagged(page).first().locator("select").getAttribute("aria-label"), "A compared with D");
    assert.match(await page.locator("#suggestion").textContent(), /^You said A is 1\/8 as important as D; your other judgements imply about /);
  }
  await page.screenshot({ path: new URL("ahp-inconsistent.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the geometric mean method shows each row's mean; the other random index table changes RI", async () => {
  const { page, problems } = await openPage();
  await page.getByLabel("Method").selectOption("geometricMean");
  // Saaty's judgements by row geometric means: λmax 7.60 (the library's tests).
  assert.match(await output(page, "Largest eigenvalue λmax").textContent(), /^7\.60/);
  const trace = await tableRows(page, "#trace-table");
  assert.equal(trace.length, 8, "seven rows and the total");
  assert.equal(trace[0][0], "US");
  assert.equal(trace.at(-1)[0], "Total Σg");
  assert.equal(await page.locator("#trace-table thead th").first().textContent(), "Criterion");
  assert.match(await page.locator("#ahp-working").innerText(), /gᵢ = \(Πⱼ aᵢⱼ\)\^\(1\/n\) = \(1 × 4 × 9 × 6 × 6 × 5 × 5\)\^\(1\/7\) = /);
  assert.match(await page.locator("#ahp-working").innerText(), /wᵢ = gᵢ \/ Σg = /);

  await page.getByLabel("Random index table").selectOption("alonsoLamata");
  assert.notEqual(await output(page, "Random index RI").textContent(), "1.32");
  assert.match(await page.locator("#ri-caption").textContent(), /Alonso & Lamata/);
  await page.getByLabel("Method").selectOption("eigenvector");
  assert.equal(await page.locator("#trace-table thead th").first().textContent(), "Step");
  assert.deepEqual(problems, []);
});

test("criteria: 3 to 7, added and removed with their judgements, names checked at their cell", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Choosing a supplier (everyday example)" }).click();
  assert.match(await page.locator("#example-source").textContent(), /^Made up for this page, not from a book/);
  assert.equal((await tableRows(page, "#pairs")).length, 4);
  assert.equal(await pair(page, "Cost", "Quality").inputValue(), "1/2");
  assert.equal(await page.getByRole("button", { name: "Remove criterion 1", exact: true }).isDisabled(), false);

  await page.getByRole("button", { name: "Add a criterion" }).click();
  assert.equal(await page.locator("#criteria-4-name-error").textContent(), "must not be empty");
  assert.match(await page.locator("#ahp-results").getAttribute("class"), /stale/);
  await typeInto(nameCell(page, 5), "Quality");
  assert.equal(await page.locator("#criteria-4-name-error").textContent(), "repeats the id of criteria[1]");
  await typeInto(nameCell(page, 5), "Risk");
  assert.equal(await page.locator("#criteria-4-name-error").textContent(), "");
  assert.equal(await pair(page, "Service", "Risk").inputValue(), "1", "a new criterion starts equal");
  assert.equal(await bars(page).locator(".share-bar").count(), 5);

  // Removing Quality keeps the other judgements.
  await page.getByRole("button", { name: "Remove criterion 2", exact: true }).click();
  assert.equal(await pair(page, "Cost", "Delivery").inputValue(), "2");
  assert.equal(await pair(page, "Delivery", "Service").inputValue(), "2");
  assert.deepEqual(await bars(page).locator(".share-label").allTextContents(), ["Cost", "Delivery", "Service", "Risk"]);
  await page.getByRole("button", { name: "Remove criterion 4", exact: true }).click();
  assert.equal(await page.getByRole("button", { name: "Remove criterion 1", exact: true }).isDisabled(), true, "no fewer than 3");

  await page.getByRole("button", { name: "Reset to the published example" }).click();
  assert.equal(await page.getByRole("button", { name: "Add a criterion" }).isDisabled(), true, "no more than 7");
  assert.equal(await output(page, "Consistency ratio CR").textContent(), "0.07673");
  assert.deepEqual(problems, []);
});

test("the page is in the navigation and fits a phone screen; the matrix scrolls in its box", async () => {
  const { page, problems } = await openPage({ width: 375, height: 740 });
  const nav = page.getByRole("navigation", { name: "Calculators" });
  assert.equal(await nav.getByRole("link", { name: "AHP", exact: true }).getAttribute("aria-current"), "page");
  const overflow = await horizontalOverflow(page);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: new URL("ahp-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("scenario B: the US judged 9 times as rich as the USSR, not 4, weighs 0.4984 and breaks consistency", async () => {
  const { page, problems } = await openPage();
  await startComparing(page);
  await pair(page, "US", "USSR").selectOption("9");
  const rows = await comparisonRows(page);
  assert.deepEqual(rows[0], ["Weight of US", "0.4271", "0.4984", "+0.07128", "+16.7%"]);
  assert.deepEqual(rows[1], ["Weight of USSR", "0.2303", "0.1928", "−0.03751", "−16.3%"]);
  assert.deepEqual(rows.at(-1), ["Consistency ratio CR", "0.07673", "0.1171", "+0.04034", "+52.6%"]);
  // Each scenario keeps its own judgements: the matrix shows the one edited.
  await editScenario(page, "A");
  assert.equal(await pair(page, "US", "USSR").inputValue(), "4");
  assert.equal(await output(page, "Consistency ratio CR").textContent(), "0.07673");
  await editScenario(page, "B");
  assert.equal(await pair(page, "US", "USSR").inputValue(), "9");
  assert.equal(await output(page, "Consistency ratio CR").textContent(), "0.1171");
  await page.screenshot({ path: new URL("ahp-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the link keeps the criteria, the judgements and the choices, and opens with the same weights", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Choosing a supplier (everyday example)" }).click();
  await page.getByRole("button", { name: "Add a criterion" }).click();
  await typeInto(nameCell(page, 5), "Risk");
  await pair(page, "Quality", "Risk").selectOption("5");
  await pair(page, "Cost", "Delivery").selectOption("1/3");
  await page.getByLabel("Method").selectOption("geometricMean");
  await page.getByLabel("Random index table").selectOption("alonsoLamata");
  await typeInto(page.getByRole("spinbutton", { name: /^Consistency threshold/ }), "0.2");
  const link = await linkHolding(page, "consistency-threshold=0.2");
  assert.match(new URL(link).searchParams.get("judgements") ?? "", /"1\/3"/);
  const weights = await barValues(page);
  const cr = await output(page, "Consistency ratio CR").textContent();

  const { page: copy, problems: copyProblems } = await openWatchedPage(site, link.slice(site.url.length));
  await output(copy, "Consistency ratio CR").filter({ hasText: /\d/ }).waitFor();
  assert.deepEqual(await bars(copy).locator(".share-label").allTextContents(), ["Cost", "Quality", "Delivery", "Service", "Risk"]);
  assert.equal(await pair(copy, "Quality", "Risk").inputValue(), "5");
  assert.equal(await pair(copy, "Cost", "Delivery").inputValue(), "1/3");
  assert.equal(await pair(copy, "Cost", "Quality").inputValue(), "1/2");
  assert.equal(await copy.getByLabel("Method").inputValue(), "geometricMean");
  assert.equal(await copy.getByLabel("Random index table").inputValue(), "alonsoLamata");
  assert.deepEqual(await barValues(copy), weights);
  assert.equal(await output(copy, "Consistency ratio CR").textContent(), cr);
  assert.deepEqual([...problems, ...copyProblems], []);
});

test("a link whose judgements do not fit its criteria: choices off the scale read as equal, missing ones too", async () => {
  const criteria = JSON.stringify([{ name: "A" }, { name: "B" }, { name: "C" }, { name: "D" }]);
  const judgements = JSON.stringify([["2", "11"], ["x"]]);
  const { page, problems } = await openWatchedPage(site, `ahp.html?criteria=${encodeURIComponent(criteria)}&judgements=${encodeURIComponent(judgements)}`);
  await bars(page).locator(".share-label").first().filter({ hasText: "A" }).waitFor();
  assert.equal((await tableRows(page, "#pairs")).length, 4);
  assert.equal(await pair(page, "A", "B").inputValue(), "2");
  assert.equal(await pair(page, "A", "C").inputValue(), "1");
  assert.equal(await pair(page, "B", "C").inputValue(), "1");
  assert.equal(await pair(page, "C", "D").inputValue(), "1");
  assert.deepEqual(problems, []);
});

test("downloads: the results as CSV", async () => {
  const { page, problems } = await openPage();
  const csv = await downloadText(page, "Download the results as CSV");
  assert.equal(csv.fileName, "ahp-results.csv");
  assert.deepEqual(csv.text.split("\r\n").slice(0, 4), ["Largest eigenvalue λmax,7.608", "Consistency index CI,0.1013", "Random index RI,1.32", "Consistency ratio CR,0.07673"]);
  assert.deepEqual(problems, []);
});

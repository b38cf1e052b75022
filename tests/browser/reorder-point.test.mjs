// The reorder point page in headless Chromium: a person types textbook inputs, switches
// to a fill rate, loads the other examples, and reads results, errors, working and chart.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ARTIFACTS, newWatchedPage, openSite } from "./browser.mjs";
import { field, output, type } from "./calculator.mjs";
import { comparisonRows, downloadText, editScenario, linkHolding, startComparing } from "./scenario.mjs";

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

async function openPage() {
  const watched = await newWatchedPage(site.browser);
  await watched.page.goto(`${site.url}reorder-point.html`);
  await output(watched.page, "Reorder point ROP").filter({ hasText: "units" }).waitFor();
  return watched;
}

test("opens on Heizer & Render's Circuit Town iPods: σ = 7.071, z = 1.282, ROP = 39.06", async () => {
  const { page, problems } = await openPage();
  assert.equal(await output(page, "Reorder point ROP").textContent(), "39.06 units");
  assert.equal(await output(page, "Safety stock SS").textContent(), "9.062 units");
  assert.equal(await output(page, "Spread of lead-time demand").textContent(), "7.071 units");
  assert.equal(await output(page, "Safety factor").textContent(), "1.282");
  assert.equal(await output(page, "Cycle service level").textContent(), "90%");
  assert.equal(await output(page, "Fill rate").isVisible(), false, "no order quantity, no fill rate");
  const working = await page.locator("#rop-working").innerText();
  assert.match(working, /σ = σd × √L = 5 × √2 = 7\.071 units/);
  assert.match(working, /ROP = d × L \+ SS = 30 \+ 9\.062 = 39\.06 units/);
  assert.match(await page.locator("#example-source").textContent(), /Circuit Town, iPods/);
  await page.screenshot({ path: new URL("reorder-point-ipods.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("typing the wireless routers (demand and lead time both vary): σ = √(5 × 16² + 150² × 1²) = 154.21", async () => {
  const { page, problems } = await openPage();
  await type(page, "Demand rate", "150");
  await type(page, "Demand spread", "16");
  await type(page, "Lead time L", "5");
  await type(page, "Lead-time spread", "1");
  await type(page, "Cycle service level", "0.95");
  assert.equal(await output(page, "Spread of lead-time demand").textContent(), "154.21 units");
  assert.equal(await output(page, "Reorder point ROP").textContent(), "1,003.65 units");
  assert.match(await page.locator("#rop-working").innerText(), /σ = √\(L σd² \+ d² σL²\) = √\(5 × 16² \+ 150² × 1²\) = 154\.21 units/);
  assert.deepEqual(problems, []);
});

test("a fill rate needs the order quantity; with it, Chopra & Meindl's Lego store holds 66.7 units of safety stock", async () => {
  const { page, problems } = await openPage();
  await type(page, "Demand rate", "2500");
  await type(page, "Demand spread", "500");
  await type(page, "Lead time L", "2");
  await page.getByLabel("fill rate: share of demand met from stock").check();
  assert.equal(await field(page, "Cycle service level").isVisible(), false);
  await type(page, "Fill rate", "0.975");
  assert.equal(await page.locator("#order-quantity-error").textContent(), "is required with a fill rate");
  await type(page, "Order quantity", "10000");
  assert.equal(await page.locator("#order-quantity-error").textContent(), "");
  assert.equal(await output(page, "Safety stock SS").textContent(), "66.7 units");
  assert.equal(await output(page, "Fill rate").textContent(), "97.5%");
  assert.equal(await output(page, "Cycle service level").textContent(), "53.76%");
  const working = await page.locator("#rop-working").innerText();
  assert.match(working, /G\(z\) = \(1 − fill rate\) × Q \/ σ = \(1 − 0\.975\) × 10,000 \/ 707\.11 = 0\.3536/);
  assert.match(working, /fill rate = 1 − shortage \/ Q = 1 − 250 \/ 10,000 = 97\.5%/);
  assert.deepEqual(problems, []);
});

test("a service level typed as a percentage shows the library's message next to it, and fixing it clears it", async () => {
  const { page, problems } = await openPage();
  await type(page, "Cycle service level", "95");
  const level = field(page, "Cycle service level");
  assert.equal(await level.getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#service-level-error").textContent(), "must be between 0 and 1, both excluded (0.95 for 95 %)");
  assert.match(await page.locator("#rop-results").getAttribute("class"), /stale/);
  await type(page, "Cycle service level", "0.95");
  assert.equal(await level.getAttribute("aria-invalid"), null);
  assert.equal(await page.locator("#service-level-error").textContent(), "");

  await type(page, "Demand spread", "0");
  assert.equal(await page.locator("#demand-sd-error").textContent(), "must be greater than zero unless the lead time varies");
  assert.deepEqual(problems, []);
});

test("the example buttons load Memphis Regional Hospital and the iPads, and reset restores the iPods", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Memphis Regional Hospital" }).click();
  assert.equal(await field(page, "Lead time L").inputValue(), "1");
  assert.equal(await output(page, "Safety stock SS").textContent(), "16.45 units");
  assert.equal(await output(page, "Reorder point ROP").textContent(), "366.45 units");
  assert.match(await page.locator("#example-source").textContent(), /Memphis Regional Hospital/);

  await page.getByRole("button", { name: "Circuit Town: iPads" }).click();
  assert.equal(await output(page, "Reorder point ROP").textContent(), "80.54 units");
  assert.match(await page.locator("#rop-working").innerText(), /σ = d × σL = 10 × 1 = 10 units/);

  await page.getByRole("button", { name: "Lego store: fill rate 97.5%" }).click();
  assert.equal(await page.getByLabel("fill rate: share of demand met from stock").isChecked(), true);
  assert.equal(await output(page, "Safety stock SS").textContent(), "66.7 units");

  await page.getByRole("button", { name: "Reset to the textbook example" }).click();
  assert.equal(await page.getByLabel("cycle service level: P(no stockout in a cycle)").isChecked(), true);
  assert.equal(await field(page, "Lead-time spread").inputValue(), "");
  assert.equal(await output(page, "Reorder point ROP").textContent(), "39.06 units");
  assert.deepEqual(problems, []);
});

test("the chart draws the lead-time demand curve from the library, the stockout tail, and marks the mean and ROP", async () => {
  const { page, problems } = await openPage();
  const chart = page.getByRole("img", { name: "Probability density of demand during the lead time" });
  assert.equal(await chart.locator("polyline.density").count(), 1);
  assert.equal(await chart.locator("polyline.stockout").count(), 1);
  const points = (await chart.locator("polyline.density").getAttribute("points")).trim().split(" ");
  assert.equal(points.length, 161, "μ ± 4σ at 161 points");
  assert.deepEqual(await chart.locator(".marker text").allTextContents(), ["mean d × L = 30", "ROP = 39.06"]);
  assert.match(await chart.locator("desc").textContent(), /a 10% chance, is a stockout/);

  await type(page, "Cycle service level", "0.99");
  assert.deepEqual(await chart.locator(".marker text").allTextContents(), ["mean d × L = 30", "ROP = 46.45"]);
  await page.screenshot({ path: new URL("reorder-point-chart.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the reorder point page fits a phone screen without sideways scrolling", async () => {
  const { page, problems } = await newWatchedPage(site.browser);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`${site.url}reorder-point.html`);
  await output(page, "Reorder point ROP").filter({ hasText: "units" }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: new URL("reorder-point-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("compare: a 95% service level in scenario B against the iPods' 90%", async () => {
  const { page, problems } = await openPage();
  await startComparing(page);
  await type(page, "Cycle service level", "0.95");
  const rows = await comparisonRows(page);
  // z = Φ⁻¹(0.95) = 1.645 against Φ⁻¹(0.9) = 1.282: SS = z × 7.071 grows 28.3%.
  assert.deepEqual(rows[0], ["Reorder point ROP", "39.06 units", "41.63 units", "+2.569 units", "+6.6%"]);
  assert.deepEqual(rows[1], ["Safety stock SS", "9.062 units", "11.63 units", "+2.569 units", "+28.3%"]);
  assert.deepEqual(rows[3], ["Safety factor z", "1.282", "1.645", "+0.3633", "+28.3%"]);
  assert.deepEqual(rows[4], ["Stockout risk per cycle", "10%", "5%", "−5 pts", "—"]);
  assert.equal(rows.length, 6, "no fill rate without an order quantity");
  await editScenario(page, "A");
  assert.equal(await field(page, "Cycle service level").inputValue(), "0.9");
  assert.equal(await output(page, "Reorder point ROP").textContent(), "39.06 units");
  assert.equal(await page.locator(".scenario-chart polyline.line").count(), 2);
  await page.screenshot({ path: new URL("reorder-point-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the link reproduces a fill rate chosen, its order quantity and scenario B", async () => {
  const { page, problems } = await openPage();
  await type(page, "Demand rate", "2500");
  await type(page, "Demand spread", "500");
  await type(page, "Lead time L", "2");
  await page.getByLabel("fill rate: share of demand met from stock").check();
  await type(page, "Fill rate", "0.975");
  await type(page, "Order quantity", "10000");
  await startComparing(page);
  await type(page, "Fill rate", "0.99");
  const link = await linkHolding(page, "b.fill-rate=0.99");
  assert.match(link, /[?&]service-mode=fill/);

  const copy = await newWatchedPage(site.browser);
  await copy.page.goto(link);
  await output(copy.page, "Reorder point ROP").filter({ hasText: "units" }).waitFor();
  assert.equal(await copy.page.getByLabel("fill rate: share of demand met from stock").isChecked(), true);
  assert.equal(await field(copy.page, "Cycle service level").isVisible(), false);
  assert.equal(await field(copy.page, "Order quantity").inputValue(), "10000");
  assert.equal(await output(copy.page, "Safety stock SS").textContent(), "66.7 units");
  assert.equal(await output(copy.page, "Fill rate").textContent(), "97.5%");
  const rows = await comparisonRows(copy.page);
  // A 99% fill rate: the expected shortage per cycle is (1 − 0.99) × 10,000 = 100 units.
  assert.deepEqual(rows[1], ["Safety stock SS", "66.7 units", "499.25 units", "+432.55 units", "+648.5%"]);
  assert.deepEqual(rows[5], ["Expected shortage per cycle", "250 units", "100 units", "−150 units", "−60.0%"]);
  assert.deepEqual(rows[6], ["Fill rate", "97.5%", "99%", "+1.5 pts", "—"]);
  assert.deepEqual([...problems, ...copy.problems], []);
});

test("the results download as CSV", async () => {
  const { page, problems } = await openPage();
  const csv = await downloadText(page, "Download the results as CSV");
  assert.equal(csv.fileName, "reorder-point-results.csv");
  const lines = csv.text.split("\r\n");
  assert.equal(lines[0], "Reorder point ROP,39.06 units");
  assert.ok(lines.includes("Safety factor z,1.282"), csv.text);
  assert.ok(!lines.some((line) => line.startsWith("Fill rate")), "no fill rate without an order quantity");
  assert.deepEqual(problems, []);
});

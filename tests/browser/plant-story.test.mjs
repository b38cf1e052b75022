// The plant story in headless Chromium: a bottling line's week from the shop floor to
// its operations numbers and its balanced scorecard; a breakdown typed on the shop floor
// moves OEE, the internal-process and financial perspectives and the overall score; the
// what-ifs; errors next to their fields; a phone's width.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ARTIFACTS, horizontalOverflow, openSite, openWatchedPage } from "./browser.mjs";
import { field, output, type, typeInto } from "./calculator.mjs";
import { comparisonRows, downloadText, linkHolding, startComparing } from "./scenario.mjs";

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

async function openPage(viewport) {
  const watched = await openWatchedPage(site, "plant-story.html", viewport);
  await output(watched.page, "Overall score").filter({ hasText: "%" }).waitFor();
  return watched;
}

/** The text of each output named, in order. */
const outputs = (page, labels) => Promise.all(labels.map((label) => output(page, label).textContent()));

const OPERATIONS = ["OEE", "Availability", "Performance", "Quality", "Utilization", "Efficiency", "Inventory turns", "Weeks of supply", "On-time delivery", "Orders late", "Cost per bottle", "Cost this week"];
const SCORES = ["Overall score", "Financial", "Customer", "Internal process", "Learning and growth"];

test("the story's week: operations numbers with their working, and the scorecard they feed", async () => {
  const { page, problems } = await openPage();
  assert.deepEqual(await outputs(page, OPERATIONS), [
    "77.18%", "87.5%", "90%", "98%", "78.75%", "87.5%", "13 a year", "4 weeks", "90%", "12 of 120", "$0.2834", "$105,000",
  ]);
  assert.deepEqual(await outputs(page, SCORES), ["77.99% · amber", "80.46% · amber", "66.67% · red", "89.81% · amber", "75% · amber"]);
  assert.match(await output(page, "Overall score").getAttribute("class"), /status-1/);
  assert.match(await output(page, "Customer").getAttribute("class"), /status-0/);

  const oeeWorking = await page.locator("#oee-working").innerText();
  assert.match(oeeWorking, /Run time: planned − downtime = 4,800 − 600 = 4,200 min/);
  assert.match(oeeWorking, /Performance: P = ideal cycle time × bottles made \/ run time = 0\.01 × 378,000 \/ 4,200 = 90%/);
  assert.match(oeeWorking, /OEE: A × P × Q = 87\.5% × 90% × 98% = 77\.18%/);
  assert.match(await page.locator("#turns-working").innerText(), /Weeks of supply: average inventory \/ used a week = \$400,000 \/ \$100,000 = 4/);
  assert.match(await page.locator("#cost-working").innerText(), /Cost per bottle: cost \/ good bottles = \$105,000 \/ 370,440 = \$0\.2834/);

  const rows = await page.locator("#kpi-table tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.cells].map((cell) => cell.querySelector("input")?.value ?? cell.firstChild?.textContent?.trim() ?? "")),
  );
  assert.deepEqual(rows, [
    ["Financial (weight 25%)", "", "", "", "80.46%", "amber"],
    ["Cost per bottle", "$0.2834", "0.33", "0.27", "77.59%", "amber"],
    ["Inventory turns", "13", "8", "14", "83.33%", "amber"],
    ["Customer (weight 25%)", "", "", "", "66.67%", "red"],
    ["On-time delivery", "90%", "0.8", "0.95", "66.67%", "red"],
    ["Internal process (weight 25%)", "", "", "", "89.81%", "amber"],
    ["OEE", "77.18%", "0.6", "0.8", "85.87%", "amber"],
    ["Utilization", "78.75%", "0.6", "0.8", "93.75%", "green"],
    ["Learning and growth (weight 25%)", "", "", "", "75%", "amber"],
    ["Operators cross-trained", "70%", "0.4", "0.8", "75%", "amber"],
  ]);
  assert.match(await page.locator("#status-2-0-1").getAttribute("class"), /status-cell status-2/);
  assert.equal(await page.locator("#what-moved").textContent(), "No score has moved from the story's week. Change a figure on the shop floor, or try a what-if.");

  await page.screenshot({ path: new URL("plant-story-desktop.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("a KPI input emptied is not measured: its perspective says so, never NaN or undefined", async () => {
  // Found by fuzzing the site: "Operators cross-trained" emptied showed "NaN% · undefined".
  const { page, problems } = await openPage();
  await typeInto(page.locator("#story-cross-trained"), "");
  await page.keyboard.press("Tab");
  await output(page, "Learning and growth").filter({ hasText: "not measured" }).waitFor();
  const row = await page.locator("#kpi-table tbody tr").filter({ hasText: "Operators cross-trained" }).locator("td, th").allInnerTexts();
  assert.deepEqual([row[1], row[4], row[5]], ["—", "—", "not measured"]);
  // The other three perspectives, as in the story's week, still give an overall score.
  assert.match(await output(page, "Overall score").textContent(), /^\d+(\.\d+)?% · (red|amber|green)$/);
  assert.doesNotMatch(await page.locator("main").innerText(), /NaN|undefined/);
  assert.deepEqual(problems, []);
});

test("a breakdown typed on the shop floor: OEE, internal process, financial and the overall score fall", async () => {
  const { page, problems } = await openPage();
  // Downtime alone, with the same bottles made: the line ran faster in between, so OEE holds.
  await type(page, "Downtime", "900");
  assert.deepEqual(await outputs(page, ["OEE", "Availability", "Performance"]), ["77.18%", "81.25%", "96.92%"]);
  assert.equal(await output(page, "Internal process").textContent(), "89.81% · amber");
  assert.match(await page.locator("#what-moved").textContent(), /^No score has moved/);

  // The breakdown costs 27,000 bottles (at 90 a minute while running), 2% of them rejects.
  await type(page, "Bottles made", "351000");
  await type(page, "Good bottles", "343980");
  assert.deepEqual(await outputs(page, OPERATIONS), [
    "71.66%", "81.25%", "90%", "98%", "73.13%", "81.25%", "13 a year", "4 weeks", "90%", "12 of 120", "$0.3053", "$105,000",
  ]);
  assert.deepEqual(await outputs(page, SCORES), ["66.48% · red", "62.29% · red", "66.67% · red", "61.97% · red", "75% · amber"]);
  assert.match(await output(page, "Internal process").getAttribute("class"), /status-0/);
  assert.equal(
    await page.locator("#what-moved").textContent(),
    "What moved against the story's week: overall 77.99% → 66.48% (−11.5 points, amber → red); " +
      "Internal process 89.81% → 61.97%, amber → red; Financial 80.46% → 62.29%, amber → red; " +
      "Cost per bottle $0.2834 → $0.3053 (score 77.59% → 41.25%); Utilization 78.75% → 73.13% (score 93.75% → 65.62%); " +
      "OEE 77.18% → 71.66% (score 85.87% → 58.31%).",
  );

  // The what-if button loads the same week.
  await page.getByRole("button", { name: "Reset to the story's week" }).click();
  assert.equal(await output(page, "Overall score").textContent(), "77.99% · amber");
  await page.getByRole("button", { name: "A 5-hour breakdown" }).click();
  assert.equal(await field(page, "Downtime").inputValue(), "900");
  assert.deepEqual(await outputs(page, SCORES), ["66.48% · red", "62.29% · red", "66.67% · red", "61.97% · red", "75% · amber"]);
  assert.match(await page.locator("#example-source").textContent(), /27,000 bottles fewer/);
  await page.screenshot({ path: new URL("plant-story-breakdown.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("late trucks move the customer perspective; a target typed in the table rescores its KPI", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Late trucks" }).click();
  assert.equal(await output(page, "On-time delivery").textContent(), "80%");
  assert.equal(await output(page, "Customer").textContent(), "0% · red");
  assert.match(await page.locator("#what-moved").textContent(), /Customer 66\.67% → 0%; On-time delivery 90% → 80% \(score 66\.67% → 0%\)/);

  await page.getByRole("button", { name: "Reset to the story's week" }).click();
  await page.getByRole("spinbutton", { name: "On-time delivery: target" }).fill("0.9");
  assert.equal(await output(page, "Customer").textContent(), "100% · green");
  assert.equal(await page.locator("#status-1-0-0").textContent(), "green");
  assert.deepEqual(problems, []);
});

test("an error shows next to its field, whichever function finds it, and clears when fixed", async () => {
  const { page, problems } = await openPage();
  await type(page, "Orders on time", "130");
  assert.equal(await field(page, "Orders on time").getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#story-on-time-orders-error").textContent(), "must not exceed the number of orders");
  assert.match(await page.locator("#story-form").getAttribute("class"), /stale/);
  await type(page, "Orders on time", "100");
  assert.equal(await page.locator("#story-on-time-orders-error").textContent(), "");
  assert.equal(await output(page, "On-time delivery").textContent(), "83.33%");

  // capacity()'s actual output is the bottles made: its error shows there.
  await type(page, "Design capacity", "300000");
  assert.equal(await page.locator("#story-effective-capacity-error").textContent(), "must not exceed the design capacity");
  await type(page, "Effective capacity", "290000");
  assert.equal(await page.locator("#story-bottles-made-error").textContent(), "must not exceed the design capacity, the most the process can make");
  await type(page, "Design capacity", "480000");
  await type(page, "Effective capacity", "432000");
  assert.equal(await page.locator("#story-bottles-made-error").textContent(), "");

  // unitCost()'s units are the good bottles; oee() checks them first.
  await type(page, "Good bottles", "400000");
  assert.equal(await page.locator("#story-good-bottles-error").textContent(), "must not exceed the total count");
  await type(page, "Good bottles", "370440");

  await page.getByRole("spinbutton", { name: "OEE: target" }).fill("");
  assert.equal(await page.locator("#target-oee-error").textContent(), "is required");
  await page.getByRole("spinbutton", { name: "OEE: target" }).fill("0.8");
  assert.equal(await page.locator("#target-oee-error").textContent(), "");
  // Still 100 orders of 120 on time: the customer perspective is down, the rest as in the story.
  assert.deepEqual(await outputs(page, SCORES), ["66.87% · red", "80.46% · amber", "22.22% · red", "89.81% · amber", "75% · amber"]);
  assert.deepEqual(problems, []);
});

test("on a phone the page fits without sideways scrolling, the KPI table stacked", async () => {
  const { page, problems } = await openPage({ width: 375, height: 740 });
  assert.ok((await horizontalOverflow(page)) <= 0, "no sideways scroll");
  await page.getByRole("button", { name: "A 5-hour breakdown" }).click();
  assert.equal(await output(page, "Internal process").textContent(), "61.97% · red");
  assert.ok((await horizontalOverflow(page)) <= 0, "no sideways scroll after a what-if");
  assert.equal(await page.locator("#kpi-table thead").evaluate((head) => getComputedStyle(head).position), "absolute");
  await page.screenshot({ path: new URL("plant-story-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("compare two weeks: the breakdown as scenario B against the story's week, side by side; the link keeps both; CSV", async () => {
  const { page, problems } = await openPage();
  await startComparing(page);
  await page.getByRole("button", { name: "A 5-hour breakdown" }).click();
  const rows = await comparisonRows(page);
  assert.deepEqual(rows.find((row) => row[0] === "OEE"), ["OEE", "77.18%", "71.66%", "−5.512 pts", "—"]);
  assert.deepEqual(rows.find((row) => row[0] === "Overall score"), ["Overall score", "77.99%", "66.48%", "−11.5 pts", "—"]);
  assert.deepEqual(rows.find((row) => row[0] === "Cost per bottle"), ["Cost per bottle", "$0.2834", "$0.3053", "+$0.0218", "+7.7%"]);
  assert.deepEqual(rows.find((row) => row[0] === "Internal process score"), ["Internal process score", "89.81%", "61.97%", "−27.84 pts", "—"]);

  const link = await linkHolding(page, "b.story-downtime=900");
  const copy = await openWatchedPage(site, link.slice(site.url.length));
  await output(copy.page, "Overall score").filter({ hasText: "%" }).waitFor();
  assert.equal(await output(copy.page, "Overall score").textContent(), "77.99% · amber", "A is shown first");
  assert.deepEqual((await comparisonRows(copy.page)).find((row) => row[0] === "Overall score"), ["Overall score", "77.99%", "66.48%", "−11.5 pts", "—"]);

  const csv = await downloadText(page, "Download the results as CSV");
  assert.ok(csv.text.split("\r\n").includes("Overall score,77.99%,66.48%,−11.5 pts,—"), csv.text);
  assert.deepEqual([...problems, ...copy.problems], []);
});

// The line balancing page in headless Chromium: Heizer & Render's wing component, a new
// cycle time, another rule and its trace, a precedence cycle and an unknown predecessor
// shown at the cell they name, a pasted task table and its errors, the rule comparison,
// the other examples, the precedence diagram and the station bars.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ARTIFACTS, horizontalOverflow, openSite, openWatchedPage } from "./browser.mjs";
import { field, output, tableRows, type, typeInto } from "./calculator.mjs";
import { comparisonRows, downloadText, editScenario, linkHolding, startComparing } from "./scenario.mjs";

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

async function openPage(viewport) {
  const watched = await openWatchedPage(site, "line-balancing.html", viewport);
  await output(watched.page, "Stations").filter({ hasText: "stations" }).waitFor();
  return watched;
}

/** A cell of the task table: `cell(page, "Predecessors", 3)`. */
const cell = (page, column, task) => page.getByRole("textbox", { name: `${column}, task ${task}`, exact: true });
const timeCell = (page, task) => page.getByRole("spinbutton", { name: `Time, task ${task}`, exact: true });
const diagram = (page) => page.getByRole("img", { name: /^Precedence diagram/ });
const bars = (page) => page.getByRole("img", { name: /^Station loads/ });
const stationTasks = async (page) => (await tableRows(page, "#station-table")).map((row) => row[1]);

test("the wing component (Heizer & Render): 6 stations, 90.3% efficient, C, D and F in station 3", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Wing component (Heizer & Render)" }).click();
  assert.match(await page.locator("#example-source").textContent(), /^Heizer & Render, Operations Management, Layout Strategies chapter/);
  assert.equal(await output(page, "Stations").textContent(), "6 stations");
  // Heizer & Render print 90.3%.
  assert.equal(await output(page, "Efficiency").textContent(), "90.28%");
  assert.equal(await output(page, "Takt time").textContent(), "12 minutes a unit");
  assert.equal(await output(page, "Cycle time").textContent(), "12 minutes");
  assert.equal(await output(page, "Theoretical minimum").textContent(), "6 stations");
  assert.equal(await output(page, "Balance delay").textContent(), "9.722%");
  assert.equal(await output(page, "Idle time").textContent(), "7 minutes a cycle");
  assert.equal(await output(page, "Smoothness index").textContent(), "3.317");
  assert.equal(await page.locator("#result-flag").textContent(), "");
  assert.deepEqual(await tableRows(page, "#station-table"), [
    ["Station 1", "A", "10 minutes", "2 minutes"],
    ["Station 2", "B", "11 minutes", "1 minute"],
    ["Station 3", "C, D, F", "12 minutes", "0 minutes"],
    ["Station 4", "E", "11 minutes", "1 minute"],
    ["Station 5", "H", "11 minutes", "1 minute"],
    ["Station 6", "G, I", "10 minutes", "2 minutes"],
  ]);

  const working = await page.locator("#balance-working").innerText();
  assert.match(working, /Takt time: c = time available \/ demand = 480 \/ 40 = 12 minutes/);
  assert.match(working, /Work content: ΣT = 10 \+ 11 \+ 5 \+ 4 \+ 11 \+ 3 \+ 7 \+ 11 \+ 3 = 65 minutes/);
  assert.match(working, /Theoretical minimum: ⌈ΣT \/ c⌉ = ⌈65 \/ 12⌉ = 6 stations/);
  assert.match(working, /Efficiency: ΣT \/ \(n × c\) = 65 \/ \(6 × 12\) = 90\.28%/);
  assert.match(working, /Idle time: n × c − ΣT = 6 × 12 − 65 = 7 minutes a cycle/);
  assert.match(working, /S_max = 12: √Σ\(S_max − S_k\)² = √\(\(12 − 10\)² \+ \(12 − 11\)² \+ \(12 − 12\)² \+ \(12 − 11\)² \+ \(12 − 11\)² \+ \(12 − 10\)²\) = 3\.317/);

  // The trace: A alone, B over E by followers, C over D by the tie-break.
  const trace = await tableRows(page, "#trace-table");
  assert.equal(trace.length, 9, "one step per task");
  assert.deepEqual(trace[0], ["1", "12 minutes", "A (8)", "A", "only task that fits"]);
  assert.deepEqual(trace[1], ["2", "12 minutes", "B (5), E (2)", "B", "highest rule value"]);
  assert.deepEqual(trace[2], ["3", "12 minutes", "C (3; 5), D (3; 4), E (2; 11)", "C", "tie broken by longest task time"]);

  // The comparison: all seven rules, best first.
  const compare = await tableRows(page, "#compare-table");
  assert.equal(compare.length, 7);
  assert.equal(compare[0][0], "1");
  assert.deepEqual(compare.at(-1), ["7", "Shortest task time", "7", "1", "77.38%", "10.63"]);
  assert.match(compare.find((row) => row[1].startsWith("Most followers"))[1], /selected/);
  assert.equal(await page.locator("#compare-table tbody tr.chosen").count(), 6);

  // The diagram: 9 tasks, 10 arrows, C, D and F coloured as station 3.
  const graph = diagram(page);
  assert.equal(await graph.locator(".precedence-node").count(), 9);
  assert.equal(await graph.locator(".precedence-edges path").count(), 10);
  assert.deepEqual(await graph.locator(".station-2 .precedence-id").allTextContents(), ["C", "D", "F"]);
  assert.deepEqual(await graph.locator(".precedence-node").first().locator("text").allTextContents(), ["A", "10 minutes", "station 1"]);

  // The bars: one per station, stacked by task, the cycle time drawn.
  const loads = bars(page);
  assert.equal(await loads.locator(".station-bar").count(), 6);
  assert.deepEqual(await loads.locator(".station-2 .station-task text").allTextContents(), ["C", "D", "F"]);
  assert.equal(await loads.locator(".station-idle").count(), 5, "station 3 has no idle time");
  assert.deepEqual(await loads.locator(".cycle-line text").allTextContents(), ["cycle time", "12 minutes"]);

  await page.screenshot({ path: new URL("line-balancing-heizer.png", ARTIFACTS).pathname, fullPage: true });
  await graph.screenshot({ path: new URL("line-balancing-diagram.png", ARTIFACTS).pathname });
  await loads.screenshot({ path: new URL("line-balancing-bars.png", ARTIFACTS).pathname });
  assert.deepEqual(problems, []);
});

test("a new cycle time changes the balance; a cycle time shorter than a task is refused at the task", async () => {
  const { page, problems } = await openPage();
  await page.getByLabel("a cycle time").check();
  await type(page, "Cycle time", "15");
  assert.equal(await output(page, "Cycle time").textContent(), "15 minutes");
  assert.equal(await output(page, "Takt time").isVisible(), false);
  assert.equal(await output(page, "Theoretical minimum").textContent(), "5 stations");
  assert.equal(await output(page, "Stations").textContent(), "5 stations");
  assert.equal(await output(page, "Efficiency").textContent(), "86.67%");
  assert.equal(await bars(page).locator(".station-bar").count(), 5);

  await type(page, "Cycle time", "10");
  assert.equal(await page.locator("#tasks-1-time-error").textContent(), "is longer than the cycle time, so no station could hold it");
  assert.match(await page.locator("#balance-results").getAttribute("class"), /stale/);
  await type(page, "Cycle time", "12");
  assert.equal(await page.locator("#tasks-1-time-error").textContent(), "");
  assert.equal(await output(page, "Stations").textContent(), "6 stations");

  await page.getByLabel("the time available and the demand").check();
  await type(page, "Demand", "30");
  assert.equal(await output(page, "Takt time").textContent(), "16 minutes a unit");
  assert.equal(await output(page, "Stations").textContent(), "5 stations");
  assert.match(await page.locator("#balance-working").innerText(), /Takt time: c = time available \/ demand = 480 \/ 30 = 16 minutes/);
  await type(page, "Demand", "48");
  assert.equal(await page.locator("#tasks-1-time-error").textContent(), "is longer than the cycle time, so no station could hold it");
  assert.deepEqual(problems, []);
});

test("another rule changes the trace and the reasons", async () => {
  const { page, problems } = await openPage();
  const before = await tableRows(page, "#trace-table");
  await page.getByLabel("Priority rule").selectOption({ label: "Shortest task time" });
  const trace = await tableRows(page, "#trace-table");
  assert.notDeepEqual(trace, before);
  assert.equal(await page.locator("#trace-caption").textContent(), "Assignments by shortest task time, ties broken by longest task time");
  assert.deepEqual(trace[1], ["2", "12 minutes", "B (11; 11), E (11; 11)", "B", "tie broken by lowest id"]);
  assert.deepEqual(trace[2], ["3", "12 minutes", "D (4), C (5), E (11)", "D", "lowest rule value"]);
  assert.equal(await output(page, "Stations").textContent(), "7 stations");
  assert.equal(await page.locator("#result-flag").textContent(), "1 station above the theoretical minimum: another rule, or a longer cycle time, may need fewer.");

  await page.getByLabel("Tie-break").selectOption({ label: "Most followers" });
  assert.deepEqual((await tableRows(page, "#trace-table"))[1].slice(2), ["B (11; 5), E (11; 2)", "B", "tie broken by most followers"]);
  assert.match(await page.locator("#compare-table tbody tr").first().innerText(), /^1/);
  assert.deepEqual(problems, []);
});

test("a precedence cycle and an unknown predecessor show at the cell they name", async () => {
  const { page, problems } = await openPage();
  // A after C, and C after A (C already follows B, which follows A).
  await typeInto(cell(page, "Predecessors", 1), "C");
  const error = page.locator("#tasks-0-predecessors-error");
  assert.match(await error.textContent(), /^form a cycle: A → C → B → A|^form a cycle: .*A.*C/);
  assert.equal(await cell(page, "Predecessors", 1).getAttribute("aria-invalid"), "true");
  assert.match(await page.locator("#balance-results").getAttribute("class"), /stale/);
  await typeInto(cell(page, "Predecessors", 1), "");
  assert.equal(await error.textContent(), "");
  assert.equal(await output(page, "Stations").textContent(), "6 stations");

  await typeInto(cell(page, "Predecessors", 6), "C, Z");
  assert.equal(await page.locator("#tasks-5-predecessors-error").textContent(), '"Z" is not the id of any task');
  await typeInto(cell(page, "Predecessors", 6), "C D");
  assert.equal(await output(page, "Stations").textContent(), "6 stations");

  await typeInto(cell(page, "Task", 4), "C");
  assert.match(await page.locator("#tasks-3-id-error").textContent(), /repeats the id of tasks\[2\]/);
  await typeInto(cell(page, "Task", 4), "D");
  await page.getByRole("button", { name: "Add a task" }).click();
  assert.notEqual(await page.locator("#tasks-9-time-error").textContent(), "");
  await page.getByRole("button", { name: "Remove task 10", exact: true }).click();
  assert.equal(await output(page, "Stations").textContent(), "6 stations");
  assert.deepEqual(problems, []);
});

test("a pasted task table fills the table; a bad line is named under the text", async () => {
  const { page, problems } = await openPage();
  const text = page.getByRole("textbox", { name: /^Paste a task table/ });
  await text.fill("task,time,predecessors\n# a small line\nP,4,\nQ,3,P\nR,5,P\nS,2,Q;R\n");
  await page.getByRole("button", { name: "Fill the table" }).click();
  assert.equal(await cell(page, "Task", 4).inputValue(), "S");
  assert.equal(await cell(page, "Predecessors", 4).inputValue(), "Q, R");
  assert.equal(await timeCell(page, 3).inputValue(), "5");
  assert.equal(await page.locator("#tasks tbody tr").count(), 4);
  assert.deepEqual(await stationTasks(page), ["P, R, Q", "S"]);
  assert.equal(await diagram(page).locator(".precedence-node").count(), 4);

  await text.fill("P,4\nQ,three,P\n");
  await page.getByRole("button", { name: "Fill the table" }).click();
  assert.match(await page.locator("#task-text-error").textContent(), /^line 2: /);
  assert.equal(await text.getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#tasks tbody tr").count(), 4, "the table is left as it was");
  assert.deepEqual(problems, []);
});

test("the other examples: hand-computed after Stevenson, and Scholl's MERTENS read from .IN2", async () => {
  const { page, problems } = await openPage();
  await page.getByRole("button", { name: "Eight tasks, cycle of 1 minute" }).click();
  assert.match(await page.locator("#example-source").textContent(), /^Hand-computed, after Stevenson/);
  assert.equal(await field(page, "Cycle time").inputValue(), "1");
  assert.equal(await output(page, "Stations").textContent(), "5 stations");
  assert.equal(await output(page, "Theoretical minimum").textContent(), "4 stations");
  assert.equal(await output(page, "Efficiency").textContent(), "76%");
  const compare = await tableRows(page, "#compare-table");
  assert.deepEqual(compare[0].slice(0, 4), ["1", "Most immediate followers", "4", "0"]);
  await page.getByLabel("Priority rule").selectOption("mostImmediateFollowers");
  assert.deepEqual(await stationTasks(page), ["a, c, e", "f, b", "d, g", "h"]);

  await page.getByRole("button", { name: "MERTENS (Scholl's data, .IN2)" }).click();
  assert.match(await page.locator("#example-source").textContent(), /^Scholl \(1993\)/);
  assert.equal(await page.getByLabel("Format of the pasted text").inputValue(), "in2");
  assert.match(await page.getByRole("textbox", { name: /^Paste a task table/ }).inputValue(), /^7\n1\n5/);
  assert.equal(await page.locator("#tasks tbody tr").count(), 7);
  assert.equal(await output(page, "Cycle time").textContent(), "10 time units");
  assert.equal(await output(page, "Stations").textContent(), "3 stations");
  assert.equal((await tableRows(page, "#compare-table")).find((row) => row[1] === "Longest task time")[2], "4");
  await page.screenshot({ path: new URL("line-balancing-mertens.png", ARTIFACTS).pathname, fullPage: true });

  await page.getByRole("button", { name: "Reset to the textbook example" }).click();
  assert.equal(await output(page, "Stations").textContent(), "6 stations");
  assert.equal(await page.getByLabel("Format of the pasted text").inputValue(), "table");
  assert.deepEqual(problems, []);
});

test("the page is in the navigation and fits a phone screen; the drawings scroll in their boxes", async () => {
  const { page, problems } = await openPage({ width: 375, height: 740 });
  const nav = page.getByRole("navigation", { name: "Calculators" });
  assert.equal(await nav.getByRole("link", { name: "Line balancing", exact: true }).getAttribute("aria-current"), "page");
  const overflow = await horizontalOverflow(page);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: new URL("line-balancing-phone.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("compare: the wing component by shortest task time in scenario B needs 7 stations instead of 6", async () => {
  const { page, problems } = await openPage();
  await startComparing(page);
  await page.getByLabel("Priority rule").selectOption({ label: "Shortest task time" });
  const rows = await comparisonRows(page);
  assert.deepEqual(rows[0], ["Stations", "6 stations", "7 stations", "+1 station", "+16.7%"]);
  // 65 / (7 × 12) = 77.38%, against Heizer & Render's 90.3%.
  assert.deepEqual(rows[1], ["Efficiency", "90.28%", "77.38%", "−12.9 pts", "—"]);
  assert.deepEqual(rows[5], ["Idle time a cycle", "7 minutes", "19 minutes", "+12 minutes", "+171.4%"]);
  const chart = page.locator(".scenario-chart");
  assert.equal(await chart.locator(".bars.s0 rect").count(), 13, "6 stations of A and 7 of B");
  assert.equal(await chart.locator("polyline.line.s1").count(), 2, "each scenario's cycle time");
  await editScenario(page, "A");
  assert.equal(await page.getByLabel("Priority rule").inputValue(), "mostFollowers");
  assert.equal(await output(page, "Stations").textContent(), "6 stations");
  await page.screenshot({ path: new URL("line-balancing-scenarios.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test("the link keeps the task table, the cycle time and the rules, and opens with the same balance", async () => {
  const { page, problems } = await openPage();
  await page.getByLabel("a cycle time").check();
  await type(page, "Cycle time", "15");
  await page.getByLabel("Priority rule").selectOption({ label: "Shortest task time" });
  await page.getByLabel("Tie-break").selectOption({ label: "Most followers" });
  await typeInto(timeCell(page, 9), "4");
  await page.getByRole("button", { name: "Add a task" }).click();
  await typeInto(cell(page, "Task", 10), "J");
  await typeInto(timeCell(page, 10), "2");
  await typeInto(cell(page, "Predecessors", 10), "I");
  const link = await linkHolding(page, '{"id":"J","time":"2","predecessors":"I"}');
  assert.doesNotMatch(link, /task-text/, "the paste box is not an input of the calculation");
  const stationsBefore = await tableRows(page, "#station-table");

  const { page: copy, problems: copyProblems } = await openWatchedPage(site, link.slice(site.url.length));
  await output(copy, "Stations").filter({ hasText: "stations" }).waitFor();
  assert.equal(await copy.getByLabel("a cycle time").isChecked(), true);
  assert.equal(await field(copy, "Cycle time").inputValue(), "15");
  assert.equal(await copy.getByLabel("Priority rule").inputValue(), "shortestTime");
  assert.equal(await copy.getByLabel("Tie-break").inputValue(), "mostFollowers");
  assert.equal(await copy.locator("#tasks tbody tr").count(), 10);
  assert.equal(await cell(copy, "Predecessors", 10).inputValue(), "I");
  assert.equal(await timeCell(copy, 9).inputValue(), "4");
  assert.deepEqual(await tableRows(copy, "#station-table"), stationsBefore);
  assert.match(await copy.locator("#balance-working").innerText(), /Work content: ΣT = 10 \+ 11 \+ 5 \+ 4 \+ 11 \+ 3 \+ 7 \+ 11 \+ 4 \+ 2 = 68 minutes/);
  assert.deepEqual([...problems, ...copyProblems], []);
});

test("downloads: the results as CSV, with the stations", async () => {
  const { page, problems } = await openPage();
  const csv = await downloadText(page, "Download the results as CSV");
  assert.equal(csv.fileName, "line-balancing-results.csv");
  const lines = csv.text.split("\r\n");
  assert.deepEqual(lines.slice(0, 2), ["Stations,6 stations", "Efficiency,90.28%"]);
  assert.ok(lines.includes('Station 3,"C, D, F",12 minutes,0 minutes'), csv.text);
  assert.deepEqual(problems, []);
});

// The line balancing calculator: the task table, the cycle time (given, or the takt
// time of a demand) and the rules to balanceLine(), compareRules() and taktTime(); the
// stations and measures, the working, the precedence diagram, the station loads, the
// trace of every choice and the rules compared; then the exact search for the fewest
// stations (balanceLineOptimal, in a worker: line-balancing/optimal.js) and each rule's
// gap from it. Every number shown comes from the library.
import { syncChoices } from "../choices.js";
import { applyExample, exampleButtons } from "../examples.js";
import { formatNumber, formatPercent } from "../format.js";
import { liveCalculator, readNumberFields } from "../live-form.js";
import { renderNav } from "../nav.js";
import { drawPrecedenceDiagram } from "../precedence-diagram.js";
import { show, tableCell } from "../results.js";
import { rowTable } from "../table-input.js";
import { formatTime, syncTimeUnit, timeUnit } from "../time-unit.js";
import { balanceLine, compareRules, parseIn2, parseTaskTable, taktTime } from "../wasm.js";
import { renderWorking } from "../working.js";
import { setUpOptimal } from "./line-balancing/optimal.js";
import { drawLineLoads, showStationTable } from "./line-balancing/stations.js";

renderNav();

const n = formatNumber;
const percent = formatPercent;
const form = /** @type {HTMLFormElement} */ (document.getElementById("balance-form"));
const results = /** @type {HTMLElement} */ (document.getElementById("balance-results"));
const sourceLine = /** @type {HTMLElement} */ (document.getElementById("example-source"));
const ruleSelect = /** @type {HTMLSelectElement} */ (document.getElementById("rule"));
const tieBreakSelect = /** @type {HTMLSelectElement} */ (document.getElementById("tie-break"));
const taskText = /** @type {HTMLTextAreaElement} */ (document.getElementById("task-text"));
const taskFormat = /** @type {HTMLSelectElement} */ (document.getElementById("task-format"));
const time = (value) => formatTime(form, value, n);
const stations = (count) => `${n(count)} ${count === 1 ? "station" : "stations"}`;
/** How the station bars write times and numbers, in the time unit chosen now. */
const formats = () => ({ time, format: n, yLabel: `Time (${timeUnit(form).many})` });

/**
 * The priority rules, as the library names them, in plain words. `value` names what the
 * rule ranks by; `prefers` says whether the highest or the lowest value goes first.
 * @type {{ rule: string, label: string, value: string, prefers: "highest" | "lowest" }[]}
 */
const RULES = [
  { rule: "longestTime", label: "Longest task time", value: "time", prefers: "highest" },
  { rule: "shortestTime", label: "Shortest task time", value: "time", prefers: "lowest" },
  { rule: "mostFollowers", label: "Most followers", value: "followers", prefers: "highest" },
  { rule: "fewestFollowers", label: "Fewest followers", value: "followers", prefers: "lowest" },
  { rule: "mostImmediateFollowers", label: "Most immediate followers", value: "immediate followers", prefers: "highest" },
  { rule: "rankedPositionalWeight", label: "Ranked positional weight", value: "positional weight", prefers: "highest" },
  { rule: "earliestAvailable", label: "Earliest available", value: "step it became available", prefers: "lowest" },
];
const ruleNamed = (rule) => RULES.find((entry) => entry.rule === rule) ?? RULES[0];

for (const select of [ruleSelect, tieBreakSelect]) {
  select.replaceChildren(
    ...RULES.map((entry) => {
      const option = document.createElement("option");
      option.value = entry.rule;
      option.textContent = entry.label;
      return option;
    }),
  );
}

// The exact search, in a worker: it hears each new line (or an error), and compares the rules with its optimum.
const optimal = setUpOptimal({ ruleLabel: (rule) => ruleNamed(rule).label, stations, formats });

const taskRows = rowTable(/** @type {HTMLTableElement} */ (document.getElementById("tasks")), {
  columns: [
    { key: "id", label: "Task", type: "text" },
    { key: "time", label: "Time" },
    { key: "predecessors", label: "Predecessors", type: "text" },
  ],
  rowName: (index) => `task ${index + 1}`,
  addButton: /** @type {HTMLButtonElement} */ (document.getElementById("add-task")),
  rows: [],
});

/** Fills the task table with the library's task objects (from an example or a parser). */
function setTasks(tasks) {
  taskRows.setRows(tasks.map((task) => ({ id: task.id, time: task.time, predecessors: (task.predecessors ?? []).join(", ") })));
}

/** Loads an example's tasks, and the text they were read from (none for a table typed in). */
function loadTasks(tasks, text = "", format = "table") {
  setTasks(tasks);
  taskText.value = text;
  taskFormat.value = format;
}

/** A task as the table shows it: `task("F", 3, "C", "D")`. */
const task = (id, time, ...predecessors) => ({ id, time, predecessors });

// Scholl's MERTENS instance (tests/data/salbp/MERTENS.IN2): 7 tasks, then the relations.
const MERTENS = "7\n1\n5\n4\n3\n5\n6\n5\n1,2\n1,4\n2,3\n2,5\n4,7\n5,6\n-1,-1\n";

/** @type {import("../examples.js").Example[]} */
const examples = [
  {
    label: "Wing component (Heizer & Render)",
    source:
      "Heizer & Render, Operations Management, Layout Strategies chapter: the wing component, 480 minutes a day for 40 units (cycle time 12 minutes), most followers first. Published: theoretical minimum 65 / 12 = 5.42, so 6 stations; the balance uses 6, efficiency 90.3%.",
    values: { "available-time": "480", demand: "40" },
    choices: { "time-unit": "minutes", "cycle-mode": "takt", rule: "mostFollowers", "tie-break": "longestTime" },
    apply: () =>
      loadTasks([
        task("A", 10),
        task("B", 11, "A"),
        task("C", 5, "B"),
        task("D", 4, "B"),
        task("E", 11, "A"),
        task("F", 3, "C", "D"),
        task("G", 7, "F"),
        task("H", 11, "E"),
        task("I", 3, "G", "H"),
      ]),
  },
  {
    label: "Eight tasks, cycle of 1 minute",
    source:
      "Hand-computed, after Stevenson, Operations Management, Process Selection and Facility Layout chapter: 3.8 minutes of work at a cycle time of 1 minute needs at least 4 stations; most followers (ties to the longest task) uses 5, efficiency 76%, while most immediate followers reaches 4.",
    values: { "cycle-time": "1" },
    choices: { "time-unit": "minutes", "cycle-mode": "cycle", rule: "mostFollowers", "tie-break": "longestTime" },
    apply: () =>
      loadTasks([
        task("a", 0.2),
        task("b", 0.4, "a"),
        task("c", 0.3, "a"),
        task("d", 0.6, "b"),
        task("e", 0.5, "c"),
        task("f", 0.6, "c"),
        task("g", 0.4, "d", "e"),
        task("h", 0.8, "f", "g"),
      ]),
  },
  {
    label: "MERTENS (Scholl's data, .IN2)",
    source:
      "Scholl (1993), Data of assembly line balancing problems, the MERTENS instance read from its .IN2 file: 7 tasks, 29 time units of work. Published optimum at a cycle time of 10: 3 stations. Ranked positional weight finds 3; longest task time needs 4.",
    values: { "cycle-time": "10" },
    choices: { "time-unit": "time units", "cycle-mode": "cycle", rule: "rankedPositionalWeight", "tie-break": "longestTime" },
    apply: () => loadTasks(parseIn2({ text: MERTENS }).tasks, MERTENS, "in2"),
  },
];

/** A predecessor cell's ids: separated by spaces, commas or semicolons. */
const predecessorIds = (text) => String(text ?? "").split(/[\s,;]+/).filter(Boolean);

function cycleMode() {
  return /** @type {RadioNodeList} */ (form.elements.namedItem("cycle-mode")).value;
}

function compute() {
  const tasks = taskRows.read().map((row) => ({ ...row, id: String(row.id ?? ""), predecessors: predecessorIds(row.predecessors) }));
  const options = { ...readNumberFields(form), tasks, tieBreak: tieBreakSelect.value };
  try {
    // The library's default trace: every step for up to 1,000 tasks, none above (the
    // page then says so); asking for it always refused lines of over 2,000 tasks.
    const result = balanceLine({ ...options, rule: ruleSelect.value });
    const comparison = compareRules(options);
    const takt = cycleMode() === "takt" ? taktTime({ availableTime: options.availableTime, demand: options.demand }) : undefined;
    return { options, result, comparison, takt };
  } catch (error) {
    optimal.inputs(undefined);
    throw error;
  }
}

function render({ options, result, comparison, takt }) {
  const rule = ruleNamed(result.rule);
  const outcome = comparison.outcomes.find((candidate) => candidate.rule === result.rule);
  show("result-stations", stations(result.stationCount));
  show("result-efficiency", percent(result.efficiency));
  show("result-takt", takt ? `${time(takt.taktTime)} a unit` : "");
  for (const element of results.querySelectorAll('[data-needs="takt"]')) element.hidden = takt === undefined;
  show("result-cycle-time", time(result.cycleTime));
  show("result-minimum", stations(result.theoreticalMinimum));
  show("result-balance-delay", percent(result.balanceDelay));
  show("result-idle-time", `${time(result.idleTime)} a cycle`);
  show("result-smoothness", n(result.smoothnessIndex));
  show(
    "result-flag",
    outcome && outcome.stationsAboveMinimum > 0
      ? `${stations(outcome.stationsAboveMinimum)} above the theoretical minimum: another rule, or a longer cycle time, may need fewer.`
      : "",
  );

  showStationTable(/** @type {HTMLTableElement} */ (document.getElementById("station-table")), result.stations, time);

  showTheWorking(options, result, takt);
  drawDiagrams(options, result);
  showTrace(result, rule);
  showComparison(comparison);
  optimal.inputs({ tasks: options.tasks, cycleTime: result.cycleTime, comparison });
}

/** Takt time, work content, theoretical minimum and the measures, with the numbers. */
function showTheWorking(options, result, takt) {
  const few = options.tasks.length <= 12;
  const lines = [];
  if (takt) {
    lines.push({ name: "Takt time", formula: "c = time available / demand", numbers: `${n(takt.productiveTime)} / ${n(options.demand)}`, value: time(takt.taktTime) });
  }
  lines.push(
    {
      name: "Work content",
      formula: "ΣT",
      numbers: few ? options.tasks.map((entry) => n(entry.time)).join(" + ") : `the sum over ${n(options.tasks.length)} tasks`,
      value: time(result.totalTime),
    },
    { name: "Theoretical minimum", formula: "⌈ΣT / c⌉", numbers: `⌈${n(result.totalTime)} / ${n(result.cycleTime)}⌉`, value: stations(result.theoreticalMinimum) },
    { name: "Efficiency", formula: "ΣT / (n × c)", numbers: `${n(result.totalTime)} / (${n(result.stationCount)} × ${n(result.cycleTime)})`, value: percent(result.efficiency) },
    { name: "Balance delay", formula: "1 − efficiency", numbers: `1 − ${percent(result.efficiency)}`, value: percent(result.balanceDelay) },
    { name: "Idle time", formula: "n × c − ΣT", numbers: `${n(result.stationCount)} × ${n(result.cycleTime)} − ${n(result.totalTime)}`, value: `${time(result.idleTime)} a cycle` },
    {
      name: `Smoothness index, the heaviest load S_max = ${n(result.maxStationLoad)}`,
      formula: "√Σ(S_max − S_k)²",
      numbers:
        result.stations.length <= 12
          ? `√(${result.stations.map((station) => `(${n(result.maxStationLoad)} − ${n(station.load)})²`).join(" + ")})`
          : null,
      value: n(result.smoothnessIndex),
    },
  );
  renderWorking(document.getElementById("balance-working"), lines);
}

function drawDiagrams(options, result) {
  /** @type {Map<string, number>} */
  const stationOf = new Map();
  result.stations.forEach((station, index) => {
    for (const id of station.tasks) stationOf.set(id, index + 1);
  });
  drawPrecedenceDiagram(/** @type {SVGSVGElement} */ (document.getElementById("precedence-diagram")), {
    title: "Precedence diagram: the tasks, what each must wait for, and the station each went to",
    description: `${options.tasks.length} tasks in ${stations(result.stationCount)}.`,
    tasks: options.tasks.map((entry) => ({
      id: entry.id,
      time: time(entry.time),
      predecessors: entry.predecessors,
      station: stationOf.get(entry.id),
      title: `${entry.id}: ${time(entry.time)}, station ${stationOf.get(entry.id)}`,
    })),
  });
  drawLineLoads(/** @type {SVGSVGElement} */ (document.getElementById("station-bars")), options.tasks, result, "Station loads against the cycle time", formats());
}

/** Every assignment: the station, its time left, the candidates with their rule values, the choice and why. */
function showTrace(result, rule) {
  const tieBreak = ruleNamed(result.tieBreak);
  document.getElementById("trace-caption").textContent = `Assignments by ${rule.label.toLowerCase()}, ties broken by ${tieBreak.label.toLowerCase()}`;
  document.getElementById("trace-candidates-heading").textContent = `Candidates (${rule.value}; ${tieBreak.value} when a tie was broken)`;
  const note = /** @type {HTMLElement} */ (document.getElementById("trace-note"));
  note.hidden = result.trace !== undefined;
  note.textContent = result.trace === undefined ? "This line has too many tasks to list every step." : "";
  const why = {
    onlyCandidate: "only task that fits",
    rule: `${rule.prefers} rule value`,
    tieBreak: `tie broken by ${tieBreak.label.toLowerCase()}`,
    lowestId: "tie broken by lowest id",
  };
  const body = /** @type {HTMLTableElement} */ (document.getElementById("trace-table")).tBodies[0];
  body.replaceChildren(
    ...(result.trace ?? []).map((step) => {
      const tied = step.reason === "tieBreak" || step.reason === "lowestId";
      const candidates = step.candidates
        .map((candidate) => `${candidate.id} (${n(candidate.value)}${tied ? `; ${n(candidate.tieBreakValue)}` : ""})`)
        .join(", ");
      const row = document.createElement("tr");
      row.append(
        tableCell(n(step.station), { header: true }),
        tableCell(time(step.remainingTime)),
        tableCell(candidates, { className: "candidates" }),
        tableCell(step.chosen, { className: "chosen-task" }),
        tableCell(why[step.reason] ?? step.reason),
      );
      return row;
    }),
  );
}

/** The rules side by side, best first; the best highlighted. */
function showComparison(comparison) {
  const body = /** @type {HTMLTableElement} */ (document.getElementById("compare-table")).tBodies[0];
  body.replaceChildren(
    ...comparison.outcomes.map((outcome) => {
      const row = document.createElement("tr");
      if (outcome.rank === 1) row.className = "chosen";
      const name = tableCell(ruleNamed(outcome.rule).label);
      if (outcome.rule === ruleSelect.value) {
        const badge = document.createElement("span");
        badge.className = "badge";
        badge.textContent = "selected";
        name.append(badge);
      }
      row.append(
        tableCell(n(outcome.rank), { header: true }),
        name,
        tableCell(n(outcome.stationCount)),
        tableCell(n(outcome.stationsAboveMinimum)),
        tableCell(percent(outcome.efficiency)),
        tableCell(n(outcome.smoothnessIndex)),
      );
      return row;
    }),
  );
}

/** Reads the pasted text into the table, or shows the parser's error (with its line) under it. */
function fillFromText() {
  const error = /** @type {HTMLElement} */ (document.getElementById("task-text-error"));
  try {
    const parse = taskFormat.value === "in2" ? parseIn2 : parseTaskTable;
    setTasks(parse({ text: taskText.value }).tasks);
  } catch (thrown) {
    if (thrown?.name !== "OpscalcError") throw thrown;
    taskText.setAttribute("aria-invalid", "true");
    error.textContent = thrown.reason;
    taskText.focus();
    return false;
  }
  return true;
}

// Choices and unit names first, so that the calculator reads the inputs now shown.
form.addEventListener("input", () => {
  syncChoices(form);
  syncTimeUnit(form);
});
const load = (example) => {
  applyExample(form, example, sourceLine);
  syncTimeUnit(form);
};
load(examples[0]);
/** Scenario comparison: the stations and the measures; the station loads as bars, with the cycle time. */
const compare = {
  figures: ({ result }) => [
    { label: "Stations", value: result.stationCount, format: stations },
    { label: "Efficiency", value: result.efficiency, format: percent, percent: true },
    { label: "Cycle time", value: result.cycleTime, format: time },
    { label: "Theoretical minimum", value: result.theoreticalMinimum, format: stations },
    { label: "Balance delay", value: result.balanceDelay, format: percent, percent: true },
    { label: "Idle time a cycle", value: result.idleTime, format: time },
    { label: "Smoothness index", value: result.smoothnessIndex, format: n },
  ],
  curves: ({ result }) => {
    const numbers = result.stations.map((_, index) => index + 1);
    return {
      title: "Station loads against the cycle time",
      xLabel: "Station",
      yLabel: `Time (${timeUnit(form).many})`,
      format: n,
      series: [
        { label: "Station load", x: numbers, y: result.stations.map((station) => station.load), kind: "bars" },
        { label: "Cycle time", x: [1, numbers.length], y: [result.cycleTime, result.cycleTime] },
      ],
    };
  },
};
const update = liveCalculator(form, { compute, render, results, compare });
exampleButtons(document.getElementById("example-buttons"), form, examples, sourceLine, () => {
  syncTimeUnit(form);
  update();
});
document.getElementById("reset-example").addEventListener("click", () => {
  load(examples[0]);
  update();
});
document.getElementById("paste-tasks").addEventListener("click", () => {
  if (fillFromText()) update();
});

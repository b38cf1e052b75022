// Line balancing through the wasm package: Heizer & Render's wing component through
// balanceLine and compareRules with the exact JS shapes, takt time and line output, the
// task-table round trip, the .IN2 reader, every kind of error a JS caller sees, and
// random junk that must never break the instance.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, assertJunkNeverTraps, errorOf, thrown } from "./assertions.mjs";
import opscalc from "./load-package.mjs";
import { wing } from "./wing.mjs";

const { taktTime, lineOutput, balanceLine, compareRules, parseTaskTable, parseIn2 } = opscalc;

// Heizer & Render, Operations Management, Layout Strategies chapter, the wing component:
// 65 minutes of work, 480 minutes a day for 40 units (a 12-minute cycle), most followers
// with ties by longest time: six stations, efficiency 90.3 %.
const wingOptions = { tasks: wing, availableTime: 480, demand: 40, rule: "mostFollowers" };
const layout = (stations) => stations.map((station) => station.tasks.join(" "));
const isPlain = (value) => Object.getPrototypeOf(value) === Object.prototype;

test("the wing example: 6 stations A | B | C D F | E | H | G I, efficiency 65/72", () => {
  const line = balanceLine(wingOptions);
  assert.ok(isPlain(line));
  assert.deepEqual(Object.keys(line).sort(), [
    "balanceDelay", "cycleTime", "efficiency", "idleTime", "maxStationLoad", "rule", "smoothnessIndex",
    "stationCount", "stations", "theoreticalMinimum", "tieBreak", "totalTime", "trace",
  ]);
  assert.equal(line.cycleTime, 12);
  assert.equal(line.totalTime, 65);
  assert.equal(line.stationCount, 6);
  assert.equal(line.theoreticalMinimum, 6);
  assert.equal(typeof line.stationCount, "number", "counts are numbers, not BigInt");
  assert.equal(line.rule, "mostFollowers");
  assert.equal(line.tieBreak, "longestTime");
  assert.deepEqual(layout(line.stations), ["A", "B", "C D F", "E", "H", "G I"]);
  assert.ok(Array.isArray(line.stations) && line.stations.every(isPlain));
  assert.deepEqual(line.stations[2], { tasks: ["C", "D", "F"], load: 12, idleTime: 0 });
  assertClose(line.efficiency, 65 / 72);
  assertClose(line.balanceDelay, 7 / 72);
  assert.equal(line.idleTime, 7);
  assertClose(line.smoothnessIndex, Math.sqrt(11));
  assert.equal(line.maxStationLoad, 12);
});

test("the wing example's trace: steps, candidates best first, reasons", () => {
  const { trace } = balanceLine(wingOptions);
  assert.equal(trace.length, 9);
  assert.deepEqual(trace.map((step) => step.chosen), ["A", "B", "C", "D", "F", "E", "H", "G", "I"]);
  assert.deepEqual(trace.map((step) => step.station), [1, 2, 3, 3, 3, 4, 5, 6, 6]);
  assert.deepEqual(trace.map((step) => step.remainingTime), [12, 12, 12, 7, 3, 12, 12, 12, 5]);
  assert.deepEqual(trace.map((step) => step.reason), [
    "onlyCandidate", "rule", "tieBreak", "onlyCandidate", "onlyCandidate", "rule", "tieBreak", "onlyCandidate", "onlyCandidate",
  ]);
  assert.deepEqual(trace[2], {
    station: 3,
    remainingTime: 12,
    candidates: [
      { id: "C", time: 5, value: 3, tieBreakValue: 5 },
      { id: "D", time: 4, value: 3, tieBreakValue: 4 },
      { id: "E", time: 11, value: 2, tieBreakValue: 11 },
    ],
    chosen: "C",
    reason: "tieBreak",
  });
  const untraced = balanceLine({ ...wingOptions, trace: false });
  assert.ok(!("trace" in untraced), "no trace: the key is absent");
});

test("options: a cycle time instead of demand, a tie-break, lowest ids in natural order", () => {
  const longest = balanceLine({ tasks: wing, cycleTime: 12, rule: "longestTime" });
  assert.deepEqual(layout(longest.stations), ["A", "B", "E", "H", "C D F", "G I"]);
  const shortestTies = balanceLine({ ...wingOptions, tieBreak: "shortestTime" });
  assert.equal(shortestTies.tieBreak, "shortestTime");
  assert.deepEqual(layout(shortestTies.stations), ["A", "B", "D C F", "E", "G", "H", "I"]);
  const numbered = balanceLine({
    tasks: [{ id: "10", time: 1 }, { id: "2", time: 1 }, { id: "1", time: 1 }],
    cycleTime: 5,
    rule: "earliestAvailable",
  });
  assert.deepEqual(layout(numbered.stations), ["1 2 10"]);
  assert.equal(numbered.trace[0].reason, "lowestId");
});

test("compareRules on the wing example: every rule once, best first, shared ranks", () => {
  const comparison = compareRules({ tasks: wing, availableTime: 480, demand: 40 });
  assert.ok(isPlain(comparison));
  assert.deepEqual(Object.keys(comparison).sort(), ["cycleTime", "outcomes", "theoreticalMinimum", "tieBreak", "totalTime"]);
  assert.equal(comparison.cycleTime, 12);
  assert.equal(comparison.theoreticalMinimum, 6);
  assert.equal(comparison.tieBreak, "longestTime");
  assert.deepEqual(comparison.outcomes.map((o) => o.rule).sort(), [
    "earliestAvailable", "fewestFollowers", "longestTime", "mostFollowers", "mostImmediateFollowers",
    "rankedPositionalWeight", "shortestTime",
  ]);
  assert.deepEqual(Object.keys(comparison.outcomes[0]).sort(), [
    "balanceDelay", "efficiency", "idleTime", "rank", "rule", "smoothnessIndex", "stationCount",
    "stations", "stationsAboveMinimum",
  ]);
  assert.equal(comparison.outcomes[0].rank, 1);
  comparison.outcomes.forEach((outcome, index) => {
    const alone = balanceLine({ tasks: wing, cycleTime: 12, rule: outcome.rule, trace: false });
    assert.deepEqual(outcome.stations, alone.stations, outcome.rule);
    assert.equal(outcome.stationsAboveMinimum, outcome.stationCount - 6);
    if (index > 0) {
      const previous = comparison.outcomes[index - 1];
      const same = previous.stationCount === outcome.stationCount && previous.smoothnessIndex === outcome.smoothnessIndex;
      assert.ok(previous.stationCount <= outcome.stationCount);
      assert.equal(outcome.rank, same ? previous.rank : index + 1);
    }
  });
  const two = compareRules({ tasks: wing, cycleTime: 12, rules: ["shortestTime", "mostFollowers"] });
  assert.deepEqual(two.outcomes.map((o) => o.rule), ["mostFollowers", "shortestTime"]);
});

test("taktTime and lineOutput: 480 minutes for 40 units is 12; shifts and breaks", () => {
  assert.deepEqual(taktTime({ availableTime: 480, demand: 40 }), { productiveTime: 480, taktTime: 12, outputRate: 1 / 12 });
  const twoShifts = taktTime({ availableTime: 480, breaks: 30, shifts: 2, demand: 90 });
  assert.equal(twoShifts.productiveTime, 900);
  assert.equal(twoShifts.taktTime, 10);
  assert.deepEqual(lineOutput({ availableTime: 480, cycleTime: 12 }), { productiveTime: 480, output: 40 });
  assert.equal(lineOutput({ availableTime: 480, breaks: 30, shifts: 2, cycleTime: 12 }).output, 75);
});

test("parseTaskTable → balanceLine round trip, and parseIn2", () => {
  const csv = "id,time,predecessors\nA,10,\nB,11,A\nC,5,B\nD,4,B\nE,11,A\nF,3,C;D\nG,7,F\nH,11,E\nI,3,G H\n";
  const parsed = parseTaskTable({ text: csv });
  assert.deepEqual(Object.keys(parsed), ["tasks"]);
  assert.deepEqual(parsed.tasks, wing.map((task) => ({ predecessors: [], ...task })));
  const line = balanceLine({ tasks: parsed.tasks, availableTime: 480, demand: 40, rule: "mostFollowers" });
  assert.deepEqual(layout(line.stations), ["A", "B", "C D F", "E", "H", "G I"]);
  const tabs = parseTaskTable({ text: "# pasted\nA\t0.5\t\nB\t1.25\tA\n" });
  assert.deepEqual(tabs.tasks, [{ id: "A", time: 0.5, predecessors: [] }, { id: "B", time: 1.25, predecessors: ["A"] }]);
  const mertens = parseIn2({ text: "7\n1\n5\n4\n3\n5\n6\n5\n1,2\n1,4\n2,3\n2,5\n4,7\n5,6\n-1,-1\n" });
  assert.deepEqual(mertens.tasks.map((task) => task.id), ["1", "2", "3", "4", "5", "6", "7"]);
  assert.deepEqual(mertens.tasks[6], { id: "7", time: 5, predecessors: ["4"] });
  assert.equal(balanceLine({ tasks: mertens.tasks, cycleTime: 6, rule: "rankedPositionalWeight" }).stationCount, 6);
});

test("a cycle is a real Error with code, field and the cycle spelled out", () => {
  const error = thrown(() => balanceLine({ ...wingOptions, tasks: wing.map((t) => (t.id === "A" ? { ...t, predecessors: ["I"] } : t)) }));
  assert.ok(error instanceof Error);
  assert.equal(error.code, "cycle");
  assert.equal(error.field, "tasks[0].predecessors");
  assert.match(error.reason, /^form a cycle: (\S+ → )+\S+ \(each must come before the next, so none can start\)$/);
  const three = thrown(() => balanceLine({
    tasks: [{ id: "A", time: 1, predecessors: ["C"] }, { id: "B", time: 1, predecessors: ["A"] }, { id: "C", time: 1, predecessors: ["B"] }],
    cycleTime: 5,
    rule: "longestTime",
  }));
  assert.equal(three.message, "tasks[0].predecessors: form a cycle: A → B → C → A (each must come before the next, so none can start)");
});

const withTask = (index, changes) => ({ ...wingOptions, tasks: wing.map((task, i) => (i === index ? { ...task, ...changes } : task)) });
const cases = [
  ["no tasks", () => balanceLine({ ...wingOptions, tasks: [] }), "out_of_range", "tasks"],
  ["a repeated id", () => balanceLine(withTask(4, { id: "B" })), "duplicate_id", "tasks[4].id"],
  ["an empty id", () => balanceLine(withTask(0, { id: "" })), "invalid_input", "tasks[0].id"],
  ["a missing id", () => balanceLine({ ...wingOptions, tasks: [{ time: 1 }] }), "missing_field", "tasks[0].id"],
  ["an unknown predecessor", () => balanceLine(withTask(3, { predecessors: ["B", "Z"] })), "unknown_id", "tasks[3].predecessors[1]"],
  ["a predecessor that is not a string", () => balanceLine(withTask(3, { predecessors: [2] })), "invalid_type", "tasks[3].predecessors[0]"],
  ["predecessors not a list", () => balanceLine(withTask(3, { predecessors: "B" })), "invalid_type", "tasks[3].predecessors"],
  ["a zero time", () => balanceLine(withTask(5, { time: 0 })), "not_positive", "tasks[5].time"],
  ["a NaN time", () => balanceLine(withTask(5, { time: Number.NaN })), "not_finite", "tasks[5].time"],
  ["a time as a string", () => balanceLine(withTask(5, { time: "3" })), "invalid_type", "tasks[5].time"],
  ["a task longer than the cycle", () => balanceLine(withTask(7, { time: 13 })), "out_of_range", "tasks[7].time"],
  ["a zero cycle time", () => balanceLine({ tasks: wing, cycleTime: 0, rule: "longestTime" }), "not_positive", "cycleTime"],
  ["a cycle time and a demand", () => balanceLine({ ...wingOptions, cycleTime: 12 }), "conflicting_fields", "availableTime"],
  ["demand without available time", () => balanceLine({ tasks: wing, demand: 40, rule: "longestTime" }), "missing_field", "availableTime"],
  ["no cycle time at all", () => balanceLine({ tasks: wing, rule: "longestTime" }), "missing_field", "cycleTime"],
  ["a negative demand", () => balanceLine({ ...wingOptions, demand: -40 }), "not_positive", "demand"],
  ["a misspelled rule", () => balanceLine({ ...wingOptions, rule: "mostFollower" }), "out_of_range", "rule"],
  ["a missing rule", () => balanceLine({ tasks: wing, cycleTime: 12 }), "missing_field", "rule"],
  ["a misspelled tie-break", () => balanceLine({ ...wingOptions, tieBreak: "longest" }), "out_of_range", "tieBreak"],
  ["an unknown option", () => balanceLine({ ...wingOptions, cycletime: 12 }), "unknown_field", "cycletime"],
  ["an unknown task key", () => balanceLine(withTask(2, { duration: 5 })), "unknown_field", "tasks[2].duration"],
  ["trace not a boolean", () => balanceLine({ ...wingOptions, trace: "yes" }), "invalid_type", "trace"],
  ["a trace of 2001 tasks", () => balanceLine({ tasks: Array.from({ length: 2001 }, (_, i) => ({ id: `${i}`, time: 1 })), cycleTime: 5, rule: "longestTime", trace: true }), "too_large", "trace"],
  ["tasks not a list", () => balanceLine({ ...wingOptions, tasks: {} }), "invalid_type", "tasks"],
  ["no rules to compare", () => compareRules({ tasks: wing, cycleTime: 12, rules: [] }), "out_of_range", "rules"],
  ["a rule compared twice", () => compareRules({ tasks: wing, cycleTime: 12, rules: ["longestTime", "shortestTime", "longestTime"] }), "duplicate_id", "rules[2]"],
  ["a misspelled rule to compare", () => compareRules({ tasks: wing, cycleTime: 12, rules: ["longestTime", "lpt"] }), "out_of_range", "rules[1]"],
  ["compareRules with a rule option", () => compareRules({ ...wingOptions }), "unknown_field", "rule"],
  ["zero demand for takt time", () => taktTime({ availableTime: 480, demand: 0 }), "not_positive", "demand"],
  ["breaks filling the shift", () => taktTime({ availableTime: 480, demand: 40, breaks: 480 }), "out_of_range", "breaks"],
  ["negative breaks", () => lineOutput({ availableTime: 480, cycleTime: 12, breaks: -1 }), "negative", "breaks"],
  ["no cycle time for line output", () => lineOutput({ availableTime: 480 }), "missing_field", "cycleTime"],
  ["an unknown takt option", () => taktTime({ availableTime: 480, demand: 40, shift: 2 }), "unknown_field", "shift"],
  ["a table with no task", () => parseTaskTable({ text: "id,time\n" }), "out_of_range", "text"],
  ["a table line without a time", () => parseTaskTable({ text: "A,1\nB\n" }), "invalid_input", "text"],
  ["text not a string", () => parseTaskTable({ text: 5 }), "invalid_type", "text"],
  ["an .IN2 without its end", () => parseIn2({ text: "2\n1\n1\n1,2\n" }), "invalid_input", "text"],
];

for (const [description, call, code, field] of cases) {
  test(`${description}: throws ${code} at "${field}"`, () => {
    assert.deepEqual(errorOf(call), [code, field]);
    assert.equal(balanceLine(wingOptions).stationCount, 6, "the instance keeps working");
  });
}

test("balanceLine reads its tasks into columns with the errors of the task objects compareRules reads", () => {
  // balanceLine reads tasks without a string per id (src/wasm/line/task_columns.rs);
  // compareRules reads the same objects as TaskOptions. Both must refuse every task
  // list alike: the same code, path and reason, the first error first.
  const lists = [
    [{ time: 1 }],
    [{ id: 5, time: 1 }],
    [{ id: null, time: 1 }],
    [{ id: "A" }],
    [{ id: "A", time: "1" }],
    [{ id: 3, time: "x" }],
    [{ id: "A", time: 1 }, { id: "B", time: 1, predecessors: ["A", 3] }],
    [{ id: "A", time: 1 }, { id: "B", time: 1, predecessors: "A" }],
    [{ id: "A", time: 1, tme: 2 }],
    [{ id: "A", time: 1 }, 7],
    "x",
    [],
    [{ id: "A", time: 1 }, { id: "A", time: 1 }],
    [{ id: "A", time: 1, predecessors: ["Z"] }],
    [{ id: "", time: 1 }],
    [{ id: "A", time: 1, predecessors: ["B"] }, { id: "B", time: 1, predecessors: ["A"] }],
    [{ id: "A", time: -1 }],
  ];
  const refusal = (call) => {
    const error = thrown(call);
    return [error.code, error.field, error.reason];
  };
  for (const tasks of lists) {
    const columns = refusal(() => balanceLine({ tasks, cycleTime: 10, rule: "longestTime" }));
    const objects = refusal(() => compareRules({ tasks, cycleTime: 10 }));
    assert.deepEqual(columns, objects, JSON.stringify(tasks));
  }
  // null predecessors are none; ids outside ASCII and repeated predecessors read whole.
  const line = balanceLine({
    tasks: [{ id: "Säge", time: 4, predecessors: null }, { id: "组装", time: 3, predecessors: ["Säge", "Säge"] }, { id: "F🔩F", time: 2, predecessors: ["组装"] }],
    cycleTime: 10,
    rule: "longestTime",
  });
  assert.deepEqual(layout(line.stations), ["Säge 组装 F🔩F"]);
});

test("table errors give the line in the reason", () => {
  const error = thrown(() => parseTaskTable({ text: "A,1\nB,soon,A\n" }));
  assert.equal(error.reason, "line 2: the time is not a decimal number such as 4 or 2.5 (no exponent, at most 15 significant digits)");
});

test("random junk never traps the instance", () => {
  // A fixed-seed generator, so a failure reproduces.
  let seed = 11;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const rules = ["longestTime", "shortestTime", "mostFollowers", "fewestFollowers", "mostImmediateFollowers", "rankedPositionalWeight", "earliestAvailable"];
  const junk = [0, -0, -1, 1e308, -1e308, 5e-324, Number.NaN, Infinity, "", "A", "3", null, undefined, true, [], {}, [1], ["A"], 10n, 2.5, ...rules, "\u{1F600}", "a".repeat(300)];
  const pick = (list) => list[Math.floor(random() * list.length)];
  const value = () => (random() < 0.5 ? pick(junk) : random() * 20);
  const ids = ["A", "B", "C", "D", "10", "2"];
  const task = () => {
    const entries = [["id", random() < 0.8 ? pick(ids) : value()], ["time", random() < 0.7 ? 1 + random() * 9 : value()]];
    if (random() < 0.6) entries.push(["predecessors", random() < 0.8 ? ids.filter(() => random() < 0.3) : value()]);
    if (random() < 0.05) entries.push(["extra", value()]);
    return Object.fromEntries(entries.filter(() => random() < 0.95));
  };
  const tasks = () => (random() < 0.1 ? value() : Array.from({ length: Math.floor(random() * 8) }, task));
  const options = (keys) => Object.fromEntries(keys.filter(([, chance]) => random() < chance).map(([key, make]) => [key, make()]));
  const ruleOrJunk = () => (random() < 0.7 ? pick(rules) : value());
  const text = () => (random() < 0.8 ? Array.from({ length: Math.floor(random() * 6) }, () => [value(), value(), value()].join(pick([",", "\t", ";"]))).join("\n") : value());
  const calls = [
    () => balanceLine({ tasks: tasks(), ...options([["cycleTime", () => (random() < 0.6 ? 10 + random() * 20 : value())], ["availableTime", value], ["demand", value], ["rule", ruleOrJunk], ["tieBreak", ruleOrJunk], ["trace", () => (random() < 0.5 ? random() < 0.5 : value())]]) }),
    () => compareRules({ tasks: tasks(), ...options([["cycleTime", () => 10 + random() * 20], ["rules", () => (random() < 0.7 ? rules.filter(() => random() < 0.5) : value())], ["tieBreak", ruleOrJunk]]) }),
    () => taktTime(options([["availableTime", value], ["demand", value], ["breaks", value], ["shifts", value]])),
    () => lineOutput(options([["availableTime", value], ["cycleTime", value], ["breaks", value], ["shifts", value]])),
    () => parseTaskTable(random() < 0.9 ? { text: text() } : value()),
    () => parseIn2(random() < 0.9 ? { text: text() } : value()),
  ];
  const stillWorks = () => assert.equal(taktTime({ availableTime: 480, demand: 40 }).taktTime, 12, "a valid call after the throw");
  const results = assertJunkNeverTraps(calls, { stillWorks });
  // Mostly junk fails, as it should; a few calls must still get through.
  assert.ok(results > 10, `some calls succeed (${results})`);
  assert.equal(balanceLine(wingOptions).stationCount, 6);
});

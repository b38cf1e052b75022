// Line balancing of numbered tasks through the wasm package: Heizer & Render's wing
// component numbered 0 to 8 through balanceNumberedLine, typed arrays and plain arrays
// in, typed arrays out; the same stations as balanceLine on random lines for every
// rule; every kind of error; and random junk that must never break the instance.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, assertJunkNeverTraps, errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";
import { random } from "./random.mjs";
import { wing } from "./wing.mjs";

const { balanceLine, balanceNumberedLine } = opscalc;

const RULES = [
  "longestTime", "shortestTime", "mostFollowers", "fewestFollowers",
  "mostImmediateFollowers", "rankedPositionalWeight", "earliestAvailable",
];

/** `tasks` (objects with ids) as numbered tasks: times and flat precedence pairs. */
function numbered(tasks) {
  const number = new Map(tasks.map((task, index) => [task.id, index]));
  const precedence = tasks.flatMap((task, index) => (task.predecessors ?? []).flatMap((id) => [number.get(id), index]));
  return { times: Float64Array.from(tasks, (task) => task.time), precedence: Float64Array.from(precedence) };
}

/** Each station's task numbers, from `order` and `stationEnds`. */
const stations = ({ order, stationEnds }) =>
  Array.from(stationEnds, (end, station) => Array.from(order.subarray(station === 0 ? 0 : stationEnds[station - 1], end)));

// Heizer & Render, Operations Management, Layout Strategies chapter, the wing component
// (A to I as 0 to 8): a 12-minute cycle, most followers with ties by longest time: six
// stations A | B | C D F | E | H | G I, efficiency 65 / 72 = 90.3 %.
const wingNumbered = { ...numbered(wing), availableTime: 480, demand: 40, rule: "mostFollowers" };

test("the wing numbered 0 to 8: six stations 0 | 1 | 2 3 5 | 4 | 7 | 6 8, efficiency 65/72", () => {
  const line = balanceNumberedLine(wingNumbered);
  assert.deepEqual(Object.keys(line).sort(), [
    "balanceDelay", "cycleTime", "efficiency", "idleTime", "maxStationLoad", "order", "rule", "smoothnessIndex",
    "stationCount", "stationEnds", "stationLoads", "stationOf", "theoreticalMinimum", "tieBreak", "totalTime",
  ]);
  assert.ok(line.order instanceof Uint32Array && line.stationEnds instanceof Uint32Array);
  assert.ok(line.stationOf instanceof Uint32Array && line.stationLoads instanceof Float64Array);
  assert.deepEqual(stations(line), [[0], [1], [2, 3, 5], [4], [7], [6, 8]]);
  assert.deepEqual(Array.from(line.stationOf), [1, 2, 3, 3, 4, 3, 6, 5, 6]);
  assert.deepEqual(Array.from(line.stationLoads), [10, 11, 12, 11, 11, 10]);
  assert.equal(line.stationCount, 6);
  assert.equal(line.theoreticalMinimum, 6);
  assert.equal(line.cycleTime, 12);
  assert.equal(line.totalTime, 65);
  assert.equal(line.idleTime, 7);
  assert.equal(line.maxStationLoad, 12);
  assertClose(line.efficiency, 65 / 72);
  assertClose(line.balanceDelay, 7 / 72);
  assertClose(line.smoothnessIndex, Math.sqrt(11));
  assert.equal(line.rule, "mostFollowers");
  assert.equal(line.tieBreak, "longestTime");
});

test("plain arrays of numbers serve as well as Float64Arrays, and a repeated pair is one relation", () => {
  const { times, precedence } = numbered(wing);
  const fromArrays = balanceNumberedLine({ ...wingNumbered, times: Array.from(times), precedence: [...precedence, 0, 1] });
  assert.deepEqual(stations(fromArrays), stations(balanceNumberedLine(wingNumbered)));
});

test("every rule and tie-break gives balanceLine's stations on random lines named 0 to n - 1", () => {
  const next = random(20261122);
  for (let round = 0; round < 12; round += 1) {
    const count = 1 + Math.floor(next() * 80);
    const tasks = Array.from({ length: count }, (_, index) => {
      const predecessors = new Set();
      for (let k = Math.floor(next() * 4); k > 0 && index > 0; k -= 1) predecessors.add(String(Math.floor(next() * index)));
      // Whole and decimal times, ties included.
      return { id: String(index), time: 1 + Math.floor(next() * 20) / (round % 2 ? 10 : 1), predecessors: [...predecessors] };
    });
    const cycleTime = 25;
    for (const rule of RULES) {
      const tieBreak = RULES[Math.floor(next() * RULES.length)];
      const named = balanceLine({ tasks, cycleTime, rule, tieBreak, trace: false });
      const line = balanceNumberedLine({ ...numbered(tasks), cycleTime, rule, tieBreak });
      assert.deepEqual(stations(line), named.stations.map((station) => station.tasks.map(Number)), `${rule} / ${tieBreak}`);
      assert.deepEqual(Array.from(line.stationLoads), named.stations.map((station) => station.load));
      assert.equal(line.efficiency, named.efficiency);
      assert.equal(line.smoothnessIndex, named.smoothnessIndex);
    }
  }
});

test("bad options are named: times, precedence pairs and numbers, cycles, the cycle time, the rule", () => {
  const base = { times: [4, 3, 5], precedence: [0, 1, 1, 2], cycleTime: 10, rule: "longestTime" };
  const call = (changes) => () => balanceNumberedLine({ ...base, ...changes });
  assert.deepEqual(errorOf(call({ times: [] })), ["out_of_range", "times"]);
  assert.deepEqual(errorOf(call({ times: new Float64Array([4, 0, 5]) })), ["not_positive", "times[1]"]);
  assert.deepEqual(errorOf(call({ times: [4, NaN, 5] })), ["not_finite", "times[1]"]);
  assert.deepEqual(errorOf(call({ times: [4, "3", 5] })), ["invalid_type", "times[1]"]);
  assert.deepEqual(errorOf(call({ times: new Float32Array(3) })), ["invalid_type", "times"]);
  assert.deepEqual(errorOf(call({ times: [4, 11, 5] })), ["out_of_range", "times[1]"]);
  assert.deepEqual(errorOf(call({ precedence: [0, 1, 1] })), ["invalid_input", "precedence"]);
  assert.deepEqual(errorOf(call({ precedence: [0, 1, 1.5, 2] })), ["invalid_type", "precedence[2]"]);
  assert.deepEqual(errorOf(call({ precedence: new Float64Array([0, -1]) })), ["out_of_range", "precedence[1]"]);
  assert.deepEqual(errorOf(call({ precedence: [0, 1, 1, 3] })), ["unknown_id", "precedence[3]"]);
  assert.deepEqual(errorOf(call({ precedence: [0, 1, 1, 2, 2, 0] })), ["cycle", "precedence"]);
  assert.deepEqual(errorOf(call({ precedence: [1, 1] })), ["cycle", "precedence"]);
  assert.deepEqual(errorOf(call({ precedence: undefined })), ["missing_field", "precedence"]);
  assert.deepEqual(errorOf(call({ cycleTime: 0 })), ["not_positive", "cycleTime"]);
  assert.deepEqual(errorOf(call({ rule: "mostFollower" })), ["out_of_range", "rule"]);
  assert.deepEqual(errorOf(call({ trace: true })), ["unknown_field", "trace"]);
  assert.deepEqual(errorOf(call({ times: new Float64Array(20_001).fill(1) })), ["too_large", "times"]);
  // No predecessors at all is a line of independent tasks.
  assert.equal(balanceNumberedLine({ ...base, precedence: [] }).stationCount, 2);
});

test("junk never traps the instance", () => {
  const next = random(7);
  const junk = [0, -1, 1.5, NaN, "1", null, undefined, [], [1], {}, new Float64Array(2), new Uint32Array(2), 10n];
  const pick = () => junk[Math.floor(next() * junk.length)];
  const calls = [
    () => balanceNumberedLine({ times: pick(), precedence: pick(), cycleTime: pick(), rule: "longestTime" }),
    () => balanceNumberedLine({ times: [1, 2, 3], precedence: [pick(), pick(), pick(), pick()], cycleTime: 5, rule: "mostFollowers" }),
    () => balanceNumberedLine({ times: [pick(), 2, pick()], precedence: [0, 2], cycleTime: 5, rule: pick() }),
    () => balanceNumberedLine({ times: [1 + next() * 4, 2], precedence: next() < 0.5 ? [0, 1] : [pick(), 1], cycleTime: 5, rule: "earliestAvailable" }),
  ];
  const results = assertJunkNeverTraps(calls, { rounds: 300, stillWorks: () => balanceNumberedLine(wingNumbered) });
  assert.ok(results > 10, `some calls succeed (${results})`);
  assert.equal(balanceNumberedLine(wingNumbered).stationCount, 6);
});

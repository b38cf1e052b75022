// The exact SALBP-2 solver through the wasm package: the shortest cycle time for a number
// of stations, at the published optima of Scholl's benchmark instances (Scholl 1993;
// optima in tests/data/salbp/salbp2_instances.tsv), every line checked for feasibility
// independently here, the limits, and the errors.
import assert from "node:assert/strict";
import { test } from "node:test";
import { errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";
import { wing } from "./wing.mjs";
import { graph, infeasibility, salbp2Instances } from "./salbp.mjs";

const { minimizeCycleTime } = opscalc;

/** Feasible at its own cycle time, which is its largest load, in at most `stations`. */
function assertLine(tasks, result, stations) {
  assert.equal(infeasibility(tasks, result), null);
  assert.equal(Math.max(...result.stations.map((station) => station.load)), result.cycleTime);
  assert.ok(result.stationCount <= stations);
  assert.ok(result.lowerBound <= result.cycleTime);
}

// Heizer & Render, Operations Management, Layout Strategies: the wing component (wing.mjs), 65
// minutes of work; its book balance uses 6 stations at a 12-minute cycle.

test("the wing in 6 stations: 12 minutes is the shortest cycle, proven; the result's shape", () => {
  const result = minimizeCycleTime({ tasks: wing, stations: 6 });
  assert.deepEqual(Object.keys(result).sort(), ["cycleTime", "elapsedMs", "heuristicCycleTime", "lowerBound", "nodes", "optimal", "probes", "stationCount", "stations", "stop"]);
  assert.equal(result.cycleTime, 12);
  assert.equal(result.lowerBound, 12);
  assert.equal(result.optimal, true);
  assert.equal(result.stop, "optimal");
  assert.equal(typeof result.nodes, "number");
  assertLine(wing, result, 6);
  // One station does all 65 minutes; nine or more, the longest task.
  assert.equal(minimizeCycleTime({ tasks: wing, stations: 1 }).cycleTime, 65);
  assert.equal(minimizeCycleTime({ tasks: wing, stations: 20 }).cycleTime, 11);
});

test("decimal times: the cycle time on the grid of their decimal places", () => {
  const tenths = wing.map((task) => ({ ...task, time: task.time / 10 }));
  const result = minimizeCycleTime({ tasks: tenths, stations: 6 });
  assert.equal(result.cycleTime, 1.2);
  assert.equal(result.optimal, true);
  assertLine(tenths, result, 6);
});

test("Scholl's SALBP-2 instances of up to 30 tasks: each proven at the published optimum, every line feasible", () => {
  const small = salbp2Instances.filter((instance) => graph(instance.file).length <= 30);
  assert.equal(small.length, 16);
  for (const instance of small) {
    const tasks = graph(instance.file);
    const result = minimizeCycleTime({ tasks, stations: instance.stations, limits: { timeMs: 10000 } });
    const where = `${instance.name} m=${instance.stations}`;
    assert.equal(result.optimal, true, where);
    assert.equal(result.cycleTime, instance.optimum, where);
    assert.equal(result.lowerBound, instance.optimum, where);
    assert.ok(result.heuristicCycleTime >= result.cycleTime, where);
    assertLine(tasks, result, instance.stations);
  }
});

test("a node limit holds without a clock: a feasible line, a bound, the same answer again", () => {
  const tasks = graph("SCHOLL.IN2");
  const result = minimizeCycleTime({ tasks, stations: 40, limits: { nodes: 1000 } });
  assert.ok(result.nodes <= 1000, `${result.nodes} nodes`);
  assert.ok(result.lowerBound <= 1748 && result.cycleTime >= 1748, "the published optimum 1748 between");
  if (!result.optimal) assert.equal(result.stop, "nodeLimit");
  assertLine(tasks, result, 40);
  assert.deepEqual(minimizeCycleTime({ tasks, stations: 40, limits: { nodes: 1000 } }).stations, result.stations);
});

test("a time limit is kept: an open instance (Arcus2 in 21 stations, 7181 to 7187) stops at its limit, soon after it", () => {
  const tasks = graph("ARC111.IN2");
  const started = Date.now();
  const result = minimizeCycleTime({ tasks, stations: 21, limits: { timeMs: 200 } });
  const elapsed = Date.now() - started;
  assert.equal(result.stop, "timeLimit");
  assert.equal(result.optimal, false);
  assert.ok(result.lowerBound <= 7187 && result.cycleTime >= 7181, "the open optimum, 7181 to 7187, between");
  assert.ok(result.elapsedMs >= 200, `searched ${result.elapsedMs} ms`);
  assert.ok(elapsed < 2000, `returns soon after its limit, not after ${elapsed} ms`);
  assertLine(tasks, result, 21);
});

test("errors: the task errors of balanceLine, stations, decimals, and each limit named", () => {
  assert.deepEqual(errorOf(() => minimizeCycleTime({ tasks: wing, stations: 0 })), ["out_of_range", "stations"]);
  assert.deepEqual(errorOf(() => minimizeCycleTime({ tasks: wing, stations: 2.5 })), ["invalid_type", "stations"]);
  assert.deepEqual(errorOf(() => minimizeCycleTime({ tasks: wing })), ["missing_field", "stations"]);
  assert.deepEqual(errorOf(() => minimizeCycleTime({ tasks: [], stations: 2 })), ["out_of_range", "tasks"]);
  assert.deepEqual(errorOf(() => minimizeCycleTime({ tasks: [{ id: "A", time: 3, predecessors: ["Z"] }], stations: 2 })), ["unknown_id", "tasks[0].predecessors[0]"]);
  assert.deepEqual(errorOf(() => minimizeCycleTime({ tasks: [{ id: "A", time: 1 / 3 }], stations: 2 })), ["out_of_range", "tasks[0].time"]);
  assert.deepEqual(errorOf(() => minimizeCycleTime({ tasks: wing, stations: 2, limits: { timeMs: 0 } })), ["not_positive", "limits.timeMs"]);
  assert.deepEqual(errorOf(() => minimizeCycleTime({ tasks: wing, stations: 2, limits: { nodes: 0.5 } })), ["out_of_range", "limits.nodes"]);
  assert.deepEqual(errorOf(() => minimizeCycleTime({ tasks: wing, stations: 2, limits: { memoryMb: 0 } })), ["out_of_range", "limits.memoryMb"]);
  assert.deepEqual(errorOf(() => minimizeCycleTime({ tasks: wing, stations: 2, cycleTime: 5 })), ["unknown_field", "cycleTime"]);
});

// The exact SALBP-1 solver through the wasm package: proven optima on Scholl's benchmark
// instances (Scholl 1993; optima in tests/data/salbp/salbp1_instances.tsv), every line
// checked for feasibility independently here, the limits, and the errors.
import assert from "node:assert/strict";
import { test } from "node:test";
import { errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";
import { graph, infeasibility, salbp1Instances as instances } from "./salbp.mjs";

const { balanceLineOptimal } = opscalc;

/** Every task once, each after its predecessors (same or earlier station), each station within the cycle. */
function assertFeasible(tasks, result) {
  assert.equal(infeasibility(tasks, result), null);
}

test("Scholl's instances of up to 30 tasks: each proven optimal at the published optimum, every line feasible", () => {
  const small = instances.filter((instance) => instance.tasks <= 30);
  assert.ok(small.length >= 30, `${small.length} instances`);
  for (const instance of small) {
    const tasks = graph(instance.file);
    const result = balanceLineOptimal({ tasks, cycleTime: instance.cycle, limits: { timeMs: 10000 } });
    const where = `${instance.name} c=${instance.cycle}`;
    assert.equal(result.optimal, true, where);
    assert.equal(result.stop, "optimal", where);
    assert.equal(result.stationCount, instance.optimum, where);
    assert.equal(result.lowerBound, instance.optimum, where);
    assert.ok(result.heuristicStationCount >= result.stationCount, where);
    assertFeasible(tasks, result);
  }
});

test("Jackson at c = 7: 8 stations, proven; the result's shape", () => {
  const tasks = graph("JACKSON.IN2");
  const result = balanceLineOptimal({ tasks, cycleTime: 7 });
  assert.deepEqual(Object.keys(result).sort(), ["cycleTime", "elapsedMs", "heuristicStationCount", "lowerBound", "nodes", "optimal", "stationCount", "stations", "stop"]);
  assert.equal(result.stationCount, 8);
  assert.equal(typeof result.nodes, "number");
  assert.deepEqual(Object.keys(result.stations[0]).sort(), ["idleTime", "load", "tasks"]);
});

test("a node limit stops the search without a clock: the best line so far, feasible, with its bound and the reason", () => {
  const tasks = graph("SCHOLL.IN2");
  const result = balanceLineOptimal({ tasks, cycleTime: 1394, limits: { nodes: 2000 } });
  assert.equal(result.optimal, false);
  assert.equal(result.stop, "nodeLimit");
  assert.ok(result.nodes <= 2000, `${result.nodes} nodes`);
  assert.ok(result.lowerBound <= 50 && result.stationCount >= 50);
  assertFeasible(tasks, result);
  // The same node limit gives the same answer again.
  assert.deepEqual(balanceLineOptimal({ tasks, cycleTime: 1394, limits: { nodes: 2000 } }).stations, result.stations);
});

test("a time limit is kept: an open instance (Wee-mag at c = 47, 32 or 33 stations) stops at its limit, soon after it", () => {
  const tasks = graph("WEE-MAG.IN2");
  const started = Date.now();
  const result = balanceLineOptimal({ tasks, cycleTime: 47, limits: { timeMs: 200 } });
  const elapsed = Date.now() - started;
  assert.equal(result.stop, "timeLimit");
  assert.equal(result.optimal, false);
  assert.deepEqual([result.lowerBound, result.stationCount], [32, 33]);
  assert.ok(result.elapsedMs >= 200, `searched ${result.elapsedMs} ms`);
  assert.ok(elapsed < 2000, `returns soon after its limit, not after ${elapsed} ms`);
  assertFeasible(tasks, result);
});

test("errors: the balanceLine errors, and each limit named", () => {
  const tasks = [{ id: "A", time: 3 }, { id: "B", time: 4, predecessors: ["A"] }];
  assert.deepEqual(errorOf(() => balanceLineOptimal({ tasks, cycleTime: 0 })), ["not_positive", "cycleTime"]);
  assert.deepEqual(errorOf(() => balanceLineOptimal({ tasks: [{ id: "A", time: 3, predecessors: ["Z"] }], cycleTime: 5 })), ["unknown_id", "tasks[0].predecessors[0]"]);
  assert.deepEqual(errorOf(() => balanceLineOptimal({ tasks, cycleTime: 5, limits: { timeMs: -1 } })), ["not_positive", "limits.timeMs"]);
  assert.deepEqual(errorOf(() => balanceLineOptimal({ tasks, cycleTime: 5, limits: { nodes: 0 } })), ["out_of_range", "limits.nodes"]);
  assert.deepEqual(errorOf(() => balanceLineOptimal({ tasks, cycleTime: 5, limits: { nodes: 1.5 } })), ["out_of_range", "limits.nodes"]);
  assert.deepEqual(errorOf(() => balanceLineOptimal({ tasks, cycleTime: 5, limits: { memoryMb: 0 } })), ["out_of_range", "limits.memoryMb"]);
  // More than a wasm instance can hold (4 GiB) once ended the instance after minutes.
  assert.deepEqual(errorOf(() => balanceLineOptimal({ tasks, cycleTime: 5, limits: { memoryMb: 1025 } })), ["out_of_range", "limits.memoryMb"]);
  assert.equal(balanceLineOptimal({ tasks, cycleTime: 5, limits: { memoryMb: 1024 } }).stationCount, 2);
  assert.deepEqual(errorOf(() => balanceLineOptimal({ tasks, cycleTime: 5, limits: { seconds: 1 } })), ["unknown_field", "limits.seconds"]);
});

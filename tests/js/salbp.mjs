// Scholl's SALBP benchmark (tests/data/salbp; Scholl 1993) for the JS tests and the
// benchmark script: the instance tables, the graphs, and an independent feasibility
// check of a returned line.
import { readFileSync } from "node:fs";
import opscalc from "./load-package.mjs";

const DATA = new URL("../data/salbp/", import.meta.url);

/** The rows of a table of the benchmark, as arrays of strings (header left out). */
function rows(file) {
  return readFileSync(new URL(file, DATA), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split("\t"));
}

/** The 269 SALBP-1 instances: graph, file, tasks, cycle time, and the optimum's bracket. */
export const salbp1Instances = rows("salbp1_instances.tsv").map(([name, file, tasks, cycle, lower, upper]) => ({
  name,
  file,
  tasks: Number(tasks),
  cycle: Number(cycle),
  optimum: Number(lower),
  optimumUpper: Number(upper),
}));

/** The 274 SALBP-2 instances: graph, file, stations, and the shortest cycle time's bracket. */
export const salbp2Instances = rows("salbp2_instances.tsv").map(([name, file, stations, lower, upper]) => ({
  name,
  file,
  stations: Number(stations),
  optimum: Number(lower),
  optimumUpper: Number(upper),
}));

const graphs = new Map();

/** The tasks of an .IN2 file of the benchmark, parsed once. */
export function graph(file) {
  if (!graphs.has(file)) {
    graphs.set(file, opscalc.parseIn2({ text: readFileSync(new URL(file, DATA), "utf8") }).tasks);
  }
  return graphs.get(file);
}

/**
 * What is wrong with `result` as a line of `tasks` within `cycleTime` (`null` when
 * nothing): every task exactly once, each after its predecessors (an earlier station, or
 * earlier in the same one), each station's load the sum of its times and within the
 * cycle time, `stationCount` the number of stations.
 */
export function infeasibility(tasks, result, cycleTime = result.cycleTime) {
  const time = new Map(tasks.map((task) => [task.id, task.time]));
  const place = new Map();
  for (const [index, station] of result.stations.entries()) {
    let load = 0;
    for (const [position, id] of station.tasks.entries()) {
      if (place.has(id) || !time.has(id)) return `task ${id} twice or unknown`;
      place.set(id, [index, position]);
      load += time.get(id);
    }
    if (Math.abs(load - station.load) > 1e-9 * cycleTime) return `station ${index + 1}: load ${station.load}, tasks ${load}`;
    if (load > cycleTime * (1 + 1e-9)) return `station ${index + 1} over the cycle time`;
  }
  if (place.size !== tasks.length) return `${place.size} of ${tasks.length} tasks assigned`;
  for (const task of tasks) {
    for (const before of task.predecessors ?? []) {
      const [[s1, p1], [s2, p2]] = [place.get(before), place.get(task.id)];
      if (s1 > s2 || (s1 === s2 && p1 > p2)) return `${before} after ${task.id}`;
    }
  }
  if (result.stationCount !== result.stations.length) return "stationCount is not the number of stations";
  return null;
}

// Heuristic line balancing of a random 10,000-task precedence graph in two forms: task
// objects with string ids (balanceLine) and numbered tasks in typed arrays
// (balanceNumberedLine), each through the wasm package, a plain-JS implementation of the
// same heuristic and native Rust, in one run, so the ratios hold on a noisy machine.
// Writes benches/results/line-balancing-10k.md.
//
// Run after scripts/build.sh (it builds and runs the native example itself):
//
//   node benches/line_balancing.mjs
//
// Options: --tasks N (default 10000), --rounds N (timed calls per rule and side, default
// 15), --no-native, --out FILE (default benches/results/line-balancing-10k.md).
//
// The graph is benches/support/random_line.rs mirrored here (xorshift64*, task i: time 1
// to 100, up to three predecessors among the 40 tasks before it; cycle time 250); the
// native example prints the graph's hash, which must equal this one's. The numbered form
// is the same line, task "i" as number i. For every rule, the plain-JS stations must
// equal the wasm stations station by station in each form, the numbered stations the
// named ones, and the native stations' hash the wasm stations'; a mismatch makes the
// exit code 1.
//
// The plain-JS implementation lives here only, to be measured against. It is the same
// algorithm as the Rust core (src/line/balance.rs, followers.rs): the available tasks in
// a tournament tree over their places in the rule's order, followers counted over blocks
// of 256 targets in topological order. One core (`plainBalance`) serves both forms:
// `plainBalanceLine` maps ids to numbers first and the numbers back to ids after,
// `plainBalanceNumberedLine` only turns the pairs into predecessor lists. `renderReport`
// renders the results section, for a generated BENCHMARKS.md.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { machine } from "./machine.mjs";

export const CYCLE_TIME = 250;
export const RULES = [
  "longestTime",
  "shortestTime",
  "mostFollowers",
  "fewestFollowers",
  "mostImmediateFollowers",
  "rankedPositionalWeight",
  "earliestAvailable",
];

// ---------------------------------------------------------------- the random line

const MASK64 = (1n << 64n) - 1n;

/** The line of benches/support/random_line.rs: `count` tasks, the same on every run. */
export function randomLine(count) {
  let state = 0x9e3779b97f4a7c15n;
  const next = () => {
    state ^= state >> 12n;
    state = (state ^ (state << 25n)) & MASK64;
    state ^= state >> 27n;
    return (state * 0x2545f4914f6cdd1dn) & MASK64;
  };
  const tasks = [];
  for (let index = 0; index < count; index += 1) {
    const time = Number((next() % 100n) + 1n);
    const predecessors = [];
    if (index > 0) {
      const relations = next() % 4n;
      for (let k = 0n; k < relations; k += 1n) {
        const back = Number(next() % 40n) + 1;
        const predecessor = String(Math.max(index - back, 0));
        if (!predecessors.includes(predecessor)) predecessors.push(predecessor);
      }
    }
    tasks.push({ id: String(index), time, predecessors });
  }
  return tasks;
}

const FNV_START = 0xcbf29ce484222325n;
/** FNV-1a (64 bits) over `text`'s UTF-8 bytes, continuing from `hash`. */
function fnv1a(hash, text) {
  for (const byte of Buffer.from(text, "utf8")) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & MASK64;
  return hash;
}
const hex = (hash) => hash.toString(16).padStart(16, "0");
/** The hash the native example prints for its line. */
export const fingerprint = (tasks) => hex(tasks.reduce((hash, task) => fnv1a(hash, `${task.id}:${task.time}:${task.predecessors.join(",")};`), FNV_START));
/** The hash the native example prints for a rule's stations. */
export const stationsHash = (stations) => hex(stations.reduce((hash, station) => fnv1a(hash, `${station.tasks.join(" ")}|`), FNV_START));

// ---------------------------------------------------------------- plain JS reference

/** Natural order of ids (src/line/natural_order.rs): digit runs as numbers, then text. */
function naturalCompare(left, right) {
  let i = 0;
  let j = 0;
  while (true) {
    if (i >= left.length) return j >= right.length ? (left < right ? -1 : left > right ? 1 : 0) : -1;
    if (j >= right.length) return 1;
    const a = left.charCodeAt(i);
    const b = right.charCodeAt(j);
    const digitA = a >= 48 && a <= 57;
    const digitB = b >= 48 && b <= 57;
    if (digitA && digitB) {
      let endA = i;
      while (endA < left.length && left.charCodeAt(endA) >= 48 && left.charCodeAt(endA) <= 57) endA += 1;
      let endB = j;
      while (endB < right.length && right.charCodeAt(endB) >= 48 && right.charCodeAt(endB) <= 57) endB += 1;
      const numberA = left.slice(i, endA).replace(/^0+/, "");
      const numberB = right.slice(j, endB).replace(/^0+/, "");
      if (numberA.length !== numberB.length) return numberA.length - numberB.length;
      if (numberA !== numberB) return numberA < numberB ? -1 : 1;
      i = endA;
      j = endB;
    } else {
      if (a !== b) return a - b;
      i += 1;
      j += 1;
    }
  }
}

const HIGHER_IS_BETTER = new Set(["longestTime", "mostFollowers", "mostImmediateFollowers", "rankedPositionalWeight"]);
const TIME_KEYS = new Set(["longestTime", "shortestTime", "rankedPositionalWeight"]);
const TIME_KEY_SCALE = 2 ** 40;
const FIT_TOLERANCE = 1e-9;
const WORDS = 8; // 32-bit words per task in one pass of the follower count: 256 targets
const BLOCK = 32 * WORDS;

function popcount(word) {
  word -= (word >>> 1) & 0x55555555;
  word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
  return (((word + (word >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Follower counts (`time` false) or follower times of every task, by index. */
function followers(count, times, successorStart, successors, order, time) {
  const position = new Uint32Array(count);
  for (let at = 0; at < count; at += 1) position[order[at]] = at;
  const nextStart = new Uint32Array(count + 1);
  const next = new Uint32Array(successors.length);
  const timeAt = new Float64Array(count);
  let filled = 0;
  for (let at = 0; at < count; at += 1) {
    const task = order[at];
    nextStart[at] = filled;
    for (let k = successorStart[task]; k < successorStart[task + 1]; k += 1) next[filled++] = position[successors[k]];
    timeAt[at] = times[task];
  }
  nextStart[count] = filled;
  const total = new Float64Array(count);
  const reach = new Uint32Array(count * WORDS);
  const measured = new Float64Array(count);
  const sums = new Float64Array(4 * WORDS * 256);
  const full = new Uint32Array(WORDS);
  const wordFull = new Float64Array(WORDS);
  const mask = new Uint32Array(WORDS);
  for (let base = 0; base < count; base += BLOCK) {
    const end = Math.min(base + BLOCK, count);
    for (let w = 0; w < WORDS; w += 1) {
      const targets = Math.max(0, Math.min(32, end - base - 32 * w));
      full[w] = targets === 32 ? 0xffffffff : (2 ** targets - 1) >>> 0;
      let sum = 0;
      for (let t = 0; t < targets; t += 1) sum += time ? timeAt[base + 32 * w + t] : 1;
      wordFull[w] = sum;
    }
    if (time) {
      for (let k = 0; k < 4 * WORDS; k += 1) {
        for (let byte = 1; byte < 256; byte += 1) {
          const lowest = 31 - Math.clz32(byte & -byte);
          const target = base + 8 * k + lowest;
          sums[k * 256 + byte] = sums[k * 256 + (byte & (byte - 1))] + (target < end ? timeAt[target] : 0);
        }
      }
    }
    for (let at = end - 1; at >= 0; at -= 1) {
      mask.fill(0);
      let empty = true;
      for (let k = nextStart[at]; k < nextStart[at + 1]; k += 1) {
        const offset = next[k] * WORDS;
        for (let w = 0; w < WORDS; w += 1) mask[w] |= reach[offset + w];
      }
      for (let w = 0; w < WORDS; w += 1) if (mask[w] !== 0) empty = false;
      let value = 0;
      if (!empty) {
        let same = -1;
        for (let k = nextStart[at]; k < nextStart[at + 1] && same < 0; k += 1) {
          const offset = next[k] * WORDS;
          let equal = true;
          for (let w = 0; w < WORDS; w += 1) if (reach[offset + w] !== mask[w]) equal = false;
          if (equal) same = next[k];
        }
        if (same >= 0) value = measured[same];
        else {
          for (let w = 0; w < WORDS; w += 1) {
            const word = mask[w];
            if (word === 0) continue;
            if (word === full[w]) value += wordFull[w];
            else if (!time) value += popcount(word);
            else {
              const table = 4 * w * 256;
              value += sums[table + (word & 0xff)] + sums[table + 256 + ((word >>> 8) & 0xff)] + sums[table + 512 + ((word >>> 16) & 0xff)] + sums[table + 768 + (word >>> 24)];
            }
          }
        }
      }
      total[at] += value;
      let own = 0;
      if (at >= base) {
        mask[((at - base) / 32) | 0] |= 1 << ((at - base) % 32);
        own = time ? timeAt[at] : 1;
      }
      reach.set(mask, at * WORDS);
      measured[at] = value + own;
    }
  }
  const byTask = new Float64Array(count);
  for (let task = 0; task < count; task += 1) byTask[task] = total[position[task]];
  return byTask;
}

/**
 * The station-oriented heuristic of balanceLine in plain JS, for valid input (no error
 * paths): tasks by number, predecessors as lists (`predecessors[predecessorStart[i]..
 * predecessorStart[i + 1]]`, each once), remaining ties to the lowest `idRank` (the
 * lowest number when null). Returns the tasks in the order assigned, where each
 * station ends in it, and the station loads.
 */
function plainBalance(times, predecessorStart, predecessors, idRank, cycleTime, rule, tieBreak) {
  const count = times.length;
  const successorStart = new Uint32Array(count + 1);
  for (const predecessor of predecessors) successorStart[predecessor + 1] += 1;
  for (let task = 1; task <= count; task += 1) successorStart[task] += successorStart[task - 1];
  const fill = successorStart.slice();
  const successors = new Uint32Array(predecessors.length);
  for (let task = 0; task < count; task += 1) {
    for (let k = predecessorStart[task]; k < predecessorStart[task + 1]; k += 1) successors[fill[predecessors[k]]++] = task;
  }
  let total = 0;
  for (let task = 0; task < count; task += 1) total += times[task];
  // Kahn's algorithm, as TaskGraph::sort_topologically.
  const waitingForOrder = new Uint32Array(count);
  const topological = new Uint32Array(count);
  let ordered = 0;
  for (let task = 0; task < count; task += 1) {
    waitingForOrder[task] = predecessorStart[task + 1] - predecessorStart[task];
    if (waitingForOrder[task] === 0) topological[ordered++] = task;
  }
  for (let at = 0; at < ordered; at += 1) {
    const task = topological[at];
    for (let k = successorStart[task]; k < successorStart[task + 1]; k += 1) if (--waitingForOrder[successors[k]] === 0) topological[ordered++] = successors[k];
  }
  if (ordered !== count) throw new Error("precedence cycle");
  const tolerance = cycleTime * FIT_TOLERANCE;
  for (let task = 0; task < count; task += 1) if (times[task] > cycleTime + tolerance) throw new Error(`task ${task}: longer than the cycle time`);

  let counts;
  let followerTimes;
  const value = (task, which, availableAt) => {
    switch (which) {
      case "longestTime":
      case "shortestTime":
        return times[task];
      case "mostFollowers":
      case "fewestFollowers":
        counts ??= followers(count, times, successorStart, successors, topological, false);
        return counts[task];
      case "mostImmediateFollowers":
        return successorStart[task + 1] - successorStart[task];
      case "rankedPositionalWeight":
        followerTimes ??= followers(count, times, successorStart, successors, topological, true);
        return times[task] + followerTimes[task];
      default:
        return availableAt;
    }
  };
  const key = (task, which, availableAt) => {
    let scaled = value(task, which, availableAt);
    if (TIME_KEYS.has(which)) scaled = Math.round((scaled / total) * TIME_KEY_SCALE);
    return HIGHER_IS_BETTER.has(which) ? -scaled : scaled;
  };

  // Places: the fixed order by the keys without the step; groups filled as tasks arrive.
  const fixedRule = rule !== "earliestAvailable";
  const fixedTie = tieBreak !== "earliestAvailable";
  const ruleKey = new Float64Array(count);
  const tieKey = new Float64Array(count);
  for (let task = 0; task < count; task += 1) {
    ruleKey[task] = fixedRule ? key(task, rule, 0) : 0;
    tieKey[task] = fixedTie ? key(task, tieBreak, 0) : 0;
  }
  const sorted = Array.from({ length: count }, (_, task) => task).sort(
    idRank === null ? (a, b) => ruleKey[a] - ruleKey[b] || tieKey[a] - tieKey[b] || a - b : (a, b) => ruleKey[a] - ruleKey[b] || tieKey[a] - tieKey[b] || idRank[a] - idRank[b],
  );
  const rank = new Uint32Array(count);
  sorted.forEach((task, place) => (rank[task] = place));
  const grouped = !fixedRule || !fixedTie;
  const group = new Uint32Array(count);
  const nextPlace = new Uint32Array(count);
  if (grouped) {
    let first = 0;
    sorted.forEach((task, place) => {
      if (fixedRule && place > 0 && ruleKey[task] !== ruleKey[sorted[place - 1]]) first = place;
      group[task] = first;
      nextPlace[place] = place;
    });
  }
  // The tournament tree of the shortest time under each node.
  let leaves = 1;
  while (leaves < count) leaves *= 2;
  const minimum = new Float64Array(2 * leaves).fill(Infinity);
  const taskAt = new Uint32Array(leaves);
  const set = (place, time) => {
    let node = leaves + place;
    minimum[node] = time;
    while (node > 1) {
      node >>= 1;
      minimum[node] = Math.min(minimum[2 * node], minimum[2 * node + 1]);
    }
  };
  const add = (freed) => {
    if (grouped) freed.sort((a, b) => rank[a] - rank[b]);
    for (const task of freed) {
      const place = grouped ? nextPlace[group[task]]++ : rank[task];
      taskAt[place] = task;
      set(place, times[task]);
    }
    freed.length = 0;
  };

  const waiting = new Uint32Array(count);
  const freed = [];
  for (let task = 0; task < count; task += 1) {
    waiting[task] = predecessorStart[task + 1] - predecessorStart[task];
    if (waiting[task] === 0) freed.push(task);
  }
  add(freed);
  // At most one station a task.
  const order = new Uint32Array(count);
  const stationEnds = new Uint32Array(count);
  const stationLoads = new Float64Array(count);
  let stationCount = 0;
  let load = 0;
  let assigned = 0;
  while (assigned < count) {
    const limit = cycleTime - load + tolerance;
    if (!(minimum[1] <= limit)) {
      stationEnds[stationCount] = assigned;
      stationLoads[stationCount++] = load;
      load = 0;
      continue;
    }
    let node = 1;
    while (node < leaves) node = minimum[2 * node] <= limit ? 2 * node : 2 * node + 1;
    const chosen = taskAt[node - leaves];
    set(node - leaves, Infinity);
    order[assigned++] = chosen;
    load += times[chosen];
    for (let k = successorStart[chosen]; k < successorStart[chosen + 1]; k += 1) {
      if (--waiting[successors[k]] === 0) freed.push(successors[k]);
    }
    if (freed.length > 0) add(freed);
  }
  stationEnds[stationCount] = assigned;
  stationLoads[stationCount++] = load;
  return { order, stationEnds: stationEnds.subarray(0, stationCount), stationLoads: stationLoads.subarray(0, stationCount), stationCount };
}

/**
 * balanceLine in plain JS: task objects with string ids in, stations of ids out; the
 * same rule, tie-break (then natural id order), fit tolerance and stations.
 */
export function plainBalanceLine({ tasks, cycleTime, rule, tieBreak = "longestTime" }) {
  const count = tasks.length;
  const indexOf = new Map();
  const times = new Float64Array(count);
  for (let task = 0; task < count; task += 1) {
    if (indexOf.has(tasks[task].id)) throw new Error(`tasks[${task}].id repeats an id`);
    indexOf.set(tasks[task].id, task);
    times[task] = tasks[task].time;
  }
  const predecessorStart = new Uint32Array(count + 1);
  const predecessors = [];
  for (let task = 0; task < count; task += 1) {
    predecessorStart[task] = predecessors.length;
    const first = predecessors.length;
    for (const id of tasks[task].predecessors ?? []) {
      const predecessor = indexOf.get(id);
      if (predecessor === undefined) throw new Error(`tasks[${task}]: unknown predecessor ${id}`);
      if (predecessors.indexOf(predecessor, first) < 0) predecessors.push(predecessor);
    }
  }
  predecessorStart[count] = predecessors.length;
  const byId = Array.from({ length: count }, (_, task) => task).sort((a, b) => naturalCompare(tasks[a].id, tasks[b].id));
  const idRank = new Uint32Array(count);
  byId.forEach((task, rank) => (idRank[task] = rank));
  const { order, stationEnds, stationLoads, stationCount } = plainBalance(times, predecessorStart, Uint32Array.from(predecessors), idRank, cycleTime, rule, tieBreak);
  const stations = [];
  let start = 0;
  for (let station = 0; station < stationCount; station += 1) {
    const ids = [];
    for (let at = start; at < stationEnds[station]; at += 1) ids.push(tasks[order[at]].id);
    stations.push({ tasks: ids, load: stationLoads[station], idleTime: cycleTime - stationLoads[station] });
    start = stationEnds[station];
  }
  return { stations, stationCount };
}

/**
 * balanceNumberedLine in plain JS: the input of the wasm function (`times`, `precedence`
 * as pairs before, after, before, after…), tasks 0 to n − 1, remaining ties to the lowest
 * number. Returns `order`, `stationEnds` and `stationLoads` as typed arrays, and
 * `stationCount`.
 */
export function plainBalanceNumberedLine({ times, precedence, cycleTime, rule, tieBreak = "longestTime" }) {
  const count = times.length;
  if (precedence.length % 2 !== 0) throw new Error("precedence: an odd number of entries");
  // Predecessor lists by counting sort on the later task; a pair given twice kept once.
  const predecessorStart = new Uint32Array(count + 1);
  for (let k = 0; k < precedence.length; k += 2) {
    if (!(precedence[k] < count && precedence[k + 1] < count)) throw new Error(`precedence[${k}]: a pair with no task's number`);
    predecessorStart[precedence[k + 1] + 1] += 1;
  }
  for (let task = 1; task <= count; task += 1) predecessorStart[task] += predecessorStart[task - 1];
  const fill = predecessorStart.slice(0, count);
  const predecessors = new Uint32Array(precedence.length / 2);
  for (let k = 0; k < precedence.length; k += 2) predecessors[fill[precedence[k + 1]]++] = precedence[k];
  const lastAfter = new Int32Array(count).fill(-1);
  let kept = 0;
  for (let task = 0; task < count; task += 1) {
    const from = predecessorStart[task];
    predecessorStart[task] = kept;
    for (let k = from; k < predecessorStart[task + 1]; k += 1) {
      const predecessor = predecessors[k];
      if (lastAfter[predecessor] !== task) {
        lastAfter[predecessor] = task;
        predecessors[kept++] = predecessor;
      }
    }
  }
  predecessorStart[count] = kept;
  return plainBalance(times, predecessorStart, predecessors.subarray(0, kept), null, cycleTime, rule, tieBreak);
}

// ---------------------------------------------------------------- measuring

/** Median and minimum milliseconds of `rounds` calls of `call`, after one warm-up. */
function time(call, rounds) {
  call();
  const ms = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    call();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(rounds / 2)], min: ms[0] };
}

/** The first difference between two lines' stations, or null. */
function difference(left, right) {
  if (left.length !== right.length) return `${left.length} stations against ${right.length}`;
  for (let index = 0; index < left.length; index += 1) {
    const a = left[index];
    const b = right[index];
    if (a.tasks.join(" ") !== b.tasks.join(" ") || a.load !== b.load) return `station ${index + 1}: [${a.tasks.join(" ")}] load ${a.load} against [${b.tasks.join(" ")}] load ${b.load}`;
  }
  return null;
}

/** A numbered line's stations as task numbers and loads, to compare with `difference`. */
const numberedStations = ({ order, stationEnds, stationLoads }) =>
  Array.from(stationEnds, (end, station) => ({ tasks: Array.from(order.subarray(station === 0 ? 0 : stationEnds[station - 1], end)), load: stationLoads[station] }));

/** The numbered form of `tasks` (ids "0" to "n − 1"): times, and pairs [predecessor, task] in task order. */
function numberedLine(tasks) {
  const times = Float64Array.from(tasks, (task) => task.time);
  const precedence = Float64Array.from(tasks.flatMap((task, index) => task.predecessors.flatMap((id) => [Number(id), index])));
  return { times, precedence };
}

/**
 * Medians and minimums of `rounds` calls of each side, alternating call by call so that
 * both see the same machine load.
 */
function alternate(wasmCall, plainCall, rounds) {
  const wasmMs = [];
  const plainMs = [];
  for (let round = 0; round < rounds; round += 1) {
    wasmMs.push(time(wasmCall, 1).median);
    plainMs.push(time(plainCall, 1).median);
  }
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return { wasm: median(wasmMs), wasmMin: Math.min(...wasmMs), plain: median(plainMs), plainMin: Math.min(...plainMs) };
}

function targetDirectory() {
  if (process.env.CARGO_TARGET_DIR) return process.env.CARGO_TARGET_DIR;
  const metadata = JSON.parse(execFileSync("cargo", ["metadata", "--format-version", "1", "--no-deps"], { encoding: "utf8", maxBuffer: 1 << 26 }));
  return metadata.target_directory;
}

/**
 * Builds and runs examples/line_balancing.rs: the graph's hash, and its rows by form
 * (`named`, `numbered`) and rule.
 */
function runNative(count, rounds, root) {
  execFileSync("cargo", ["build", "--quiet", "--profile", "bench", "--example", "line_balancing"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  const text = execFileSync(`${targetDirectory()}/release/examples/line_balancing`, [String(count), String(rounds)], { encoding: "utf8" });
  const lines = text.trim().split("\n");
  const graph = lines[0].split("\t")[1];
  const rows = { named: new Map(), numbered: new Map() };
  for (const row of lines.slice(2)) {
    const [form, rule, median, min, stations, hash] = row.split("\t");
    rows[form].set(rule, { median: Number(median), min: Number(min), stations: Number(stations), hash });
  }
  return { graph, rows };
}

/**
 * Runs the benchmark: `opscalc` is the loaded wasm package. Returns the report that
 * `renderReport` renders; `failures` lists every mismatch.
 */
export function runBenchmark(opscalc, { tasks: count = 10_000, rounds = 15, native = true, root = new URL("../", import.meta.url) } = {}) {
  const before = machine();
  const tasks = randomLine(count);
  const failures = [];
  const nativeRun = native ? runNative(count, rounds, root) : null;
  if (nativeRun && nativeRun.graph !== fingerprint(tasks)) failures.push(`graph: native hash ${nativeRun.graph}, JS ${fingerprint(tasks)}: the generators differ`);
  // Reading the options alone: the same tasks with conflicting cycle-time fields, refused
  // right after they are read into Rust.
  const reading = time(() => {
    try {
      opscalc.balanceLine({ tasks, cycleTime: CYCLE_TIME, availableTime: 1, rule: "longestTime", trace: false });
    } catch (error) {
      if (error.code !== "conflicting_fields") throw error;
    }
  }, rounds);
  const row = (rule, stations, times, nativeRow) => ({ rule, stations, ...times, native: nativeRow?.median ?? null, nativeMin: nativeRow?.min ?? null });
  const rows = [];
  const namedStations = new Map();
  for (const rule of RULES) {
    const options = { tasks, cycleTime: CYCLE_TIME, rule, trace: false };
    const wasmLine = opscalc.balanceLine(options);
    const plainLine = plainBalanceLine(options);
    const mismatch = difference(wasmLine.stations, plainLine.stations);
    if (mismatch) failures.push(`${rule}: plain JS differs from wasm at ${mismatch}`);
    const hash = stationsHash(wasmLine.stations);
    const nativeRow = nativeRun?.rows.named.get(rule);
    if (nativeRow && nativeRow.hash !== hash) failures.push(`${rule}: native stations (hash ${nativeRow.hash}) differ from wasm (${hash})`);
    namedStations.set(rule, wasmLine.stations.map((station) => ({ tasks: station.tasks.map(Number), load: station.load })));
    const times = alternate(() => opscalc.balanceLine(options), () => plainBalanceLine(options), rounds);
    rows.push(row(rule, wasmLine.stationCount, times, nativeRow));
  }
  // The same line as numbers, built once outside the timed calls.
  const { times, precedence } = numberedLine(tasks);
  const numberedRows = [];
  for (const rule of RULES) {
    const options = { times, precedence, cycleTime: CYCLE_TIME, rule };
    const wasmLine = numberedStations(opscalc.balanceNumberedLine(options));
    const plainLine = numberedStations(plainBalanceNumberedLine(options));
    const fromNamed = difference(wasmLine, namedStations.get(rule));
    if (fromNamed) failures.push(`${rule}: wasm balanceNumberedLine differs from balanceLine at ${fromNamed}`);
    const mismatch = difference(wasmLine, plainLine);
    if (mismatch) failures.push(`${rule}: plain JS numbered differs from wasm balanceNumberedLine at ${mismatch}`);
    const nativeRow = nativeRun?.rows.numbered.get(rule);
    const hash = stationsHash(wasmLine);
    if (nativeRow && nativeRow.hash !== hash) failures.push(`${rule}: native numbered stations (hash ${nativeRow.hash}) differ from wasm (${hash})`);
    const timed = alternate(() => opscalc.balanceNumberedLine(options), () => plainBalanceNumberedLine(options), rounds);
    numberedRows.push(row(rule, wasmLine.length, timed, nativeRow));
  }
  const after = machine();
  return { tasks: count, rounds, cycleTime: CYCLE_TIME, machine: { ...before, loadAfter: after.loadAverage }, reading, rows, numberedRows, failures };
}

const fixed = (value, digits = 1) => (value === null ? "–" : value.toFixed(digits));

/** One form's rows as a Markdown table. */
const table = (rows) => [
  "| rule | stations | wasm / plain JS | wasm / native | wasm ms | plain JS ms | native ms |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...rows.map(
    (row) =>
      `| ${row.rule} | ${row.stations} | ${fixed(row.wasm / row.plain, 2)} | ${row.native === null ? "–" : fixed(row.wasm / row.native, 2)} | ${fixed(row.wasm)} (min ${fixed(row.wasmMin)}) | ${fixed(row.plain)} (min ${fixed(row.plainMin)}) | ${row.native === null ? "–" : `${fixed(row.native)} (min ${fixed(row.nativeMin)})`} |`,
  ),
];

/** One form's figures against the budget (under 20 ms, at most half of plain JS), and whether it holds. */
function budget(rows) {
  const worst = Math.max(...rows.map((row) => row.wasm));
  const ratios = rows.map((row) => row.wasm / row.plain);
  const missed = [];
  if (!(worst < 20)) missed.push(`${rows.filter((row) => !(row.wasm < 20)).length} of ${rows.length} rules at 20 ms or more`);
  if (!(Math.max(...ratios) <= 0.5)) missed.push(`${ratios.filter((ratio) => !(ratio <= 0.5)).length} of ${rows.length} rules above half of plain JS`);
  return (
    `worst rule wasm ${fixed(worst)} ms (median), wasm / plain JS up to ${fixed(Math.max(...ratios), 2)} (best ${fixed(Math.min(...ratios), 2)}): ` +
    (missed.length === 0 ? "within the budget." : `**budget missed** (${missed.join(", ")}).`)
  );
}

/** The results as a Markdown section (for benches/results/ and a generated BENCHMARKS.md). */
export function renderReport(report, command = "node benches/line_balancing.mjs") {
  const { machine: m } = report;
  const tasks = report.tasks.toLocaleString("en");
  const sides = report.rows.some((row) => row.native !== null) ? "wasm, plain JS and native" : "wasm and plain JS (native not run)";
  const lines = [
    `## Line balancing: ${tasks} tasks, each priority rule`,
    "",
    `Budget: under 20 ms per rule in wasm, and at most half the time of plain JS. ` +
      `Task objects (\`balanceLine\`): ${budget(report.rows)} Numbered tasks in typed arrays (\`balanceNumberedLine\`): ${budget(report.numberedRows)} ` +
      (report.failures.length === 0
        ? `Every rule's stations equal in ${sides}, in both forms, and the numbered stations equal the named ones.`
        : `**${report.failures.length} mismatches** (listed below).`),
    "",
    "### Task objects: `balanceLine`",
    "",
    ...table(report.rows),
    "",
    `Reading the ${tasks} task objects into Rust alone (the options refused right after): ${fixed(report.reading.median)} ms (min ${fixed(report.reading.min)}), included in every wasm time above.`,
    "",
    "### Numbered tasks, typed arrays: `balanceNumberedLine`",
    "",
    ...table(report.numberedRows),
    "",
    `The same line with tasks numbered 0 to ${(report.tasks - 1).toLocaleString("en")}: \`times\` a Float64Array, \`precedence\` a Float64Array of pairs [predecessor, task] in task order, both built once before the timed calls. ` +
      "Plain JS: `plainBalanceNumberedLine`, the pairs turned into predecessor lists and then the same code as the plain JS of the table above, without ids. " +
      "Native: `balance_numbered_line`.",
    "",
    `Medians of ${report.rounds} calls per rule and side after a warm-up, wasm and plain JS alternating call by call; trace off; cycle time ${report.cycleTime}; ` +
      "the graph of `benches/support/random_line.rs` (task times 1 to 100, up to three predecessors among the 40 tasks before each), mirrored in the script and checked equal by hash. " +
      "Native: `examples/line_balancing.rs`, `--profile bench` (opt-level 3); wasm: the package as built by `scripts/build.sh` (opt-level z). " +
      "Plain JS: the same algorithm in `benches/line_balancing.mjs`, stations checked equal to the wasm ones station by station.",
    "",
    `Command: \`${command}\`. Machine: ${m.nproc} cores (${m.cpu}), Node ${m.node}, ${m.rustc}, load average ${m.loadAverage.map((load) => load.toFixed(2)).join(" ")} before, ${m.loadAfter.map((load) => load.toFixed(2)).join(" ")} after.`,
  ];
  if (report.failures.length > 0) lines.push("", "Mismatches:", "", ...report.failures.map((failure) => `- ${failure}`));
  return `${lines.join("\n")}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : fallback;
  };
  const { default: opscalc } = await import("../tests/js/load-package.mjs");
  const root = new URL("../", import.meta.url);
  const report = runBenchmark(opscalc, { tasks: Number(option("--tasks", 10_000)), rounds: Number(option("--rounds", 15)), native: !args.includes("--no-native"), root });
  const command = ["node benches/line_balancing.mjs", ...args].join(" ");
  const text = renderReport(report, command);
  const out = new URL(option("--out", "benches/results/line-balancing-10k.md"), root);
  writeFileSync(out, `# Line balancing at 10,000 tasks: wasm, plain JS and native\n\nGenerated by \`${command}\`; do not edit by hand.\n\n${text}`);
  process.stdout.write(text);
  if (report.failures.length > 0) process.exitCode = 1;
}

// The boundary codec (src/wasm/codec.js and codec.rs): options cross into wasm as one
// list of numbers and one string, results come back the same way. These tests aim at
// what that encoding could get wrong: string lengths outside ASCII, keys numbered on
// first sight, a buffer that grows and is reused, values passed through as they are.
import assert from "node:assert/strict";
import { test } from "node:test";
import { errorOf, thrown } from "./assertions.mjs";
import opscalc from "./load-package.mjs";
import { wing } from "./wing.mjs";

const { balanceLine, eoq, eoqBatch, abcAnalysis, goalScore } = opscalc;

const layout = (line) => line.stations.map((station) => station.tasks.join(" "));

// Ids from several scripts and planes: two-byte UTF-8, three-byte CJK, a four-byte emoji
// (two UTF-16 units), and plain ASCII after them, so a wrong length shifts every
// string that follows.
const NAMES = { A: "Säge", B: "组装", C: "🔧 fit", D: "D", E: "Ελ", F: "F🔩F", G: "g", H: "ℌ", I: "I" };
const renamed = wing.map((task) => ({
  ...task,
  id: NAMES[task.id],
  ...(task.predecessors && { predecessors: task.predecessors.map((id) => NAMES[id]) }),
}));

test("ids outside ASCII cross both ways intact: the wing balances as with its letters", () => {
  const options = { availableTime: 480, demand: 40, rule: "mostFollowers" };
  const plain = balanceLine({ ...options, tasks: wing });
  const named = balanceLine({ ...options, tasks: renamed });
  assert.deepEqual(layout(plain), ["A", "B", "C D F", "E", "H", "G I"]);
  assert.deepEqual(layout(named), layout(plain).map((ids) => ids.split(" ").map((id) => NAMES[id]).join(" ")));
  assert.equal(named.stationCount, 6);
});

test("a long text outside ASCII (it crosses as UTF-8 bytes) keeps every id and its order", () => {
  // 400 tasks in a chain, ids from every UTF-8 width: the joined text is well over the
  // 1,024 UTF-16 units up to which it crosses as a string.
  const marks = ["ä", "组", "🔧", "x"];
  const id = (index) => `${marks[index % 4]}${index}${marks[(index + 1) % 4]}`;
  const tasks = Array.from({ length: 400 }, (_, index) => ({ id: id(index), time: 1 + (index % 5), predecessors: index ? [id(index - 1)] : [] }));
  const line = balanceLine({ tasks, cycleTime: 12, rule: "longestTime" });
  assert.deepEqual(line.stations.flatMap((station) => station.tasks), tasks.map((task) => task.id));
  // A lone surrogate cannot be UTF-8: it arrives as U+FFFD, in a long text as in a short one.
  const lone = (length) => [{ id: "\uD800", time: 1 }, ...tasks.slice(0, length)];
  for (const length of [1, 300]) {
    const ids = balanceLine({ tasks: lone(length), cycleTime: 12, rule: "longestTime" }).stations.flatMap((station) => station.tasks);
    assert.ok(ids.includes("\uFFFD"), `${length} tasks`);
  }
});

test("a key outside ASCII is named as the caller wrote it", () => {
  const error = thrown(() => eoq({ demand: 1000, "órderingCost": 10, holdingCost: 0.5 }));
  assert.deepEqual([error.code, error.field], ["unknown_field", "órderingCost"]);
  const later = thrown(() => eoq({ "dé🔧mand": 1, demand: 1000, orderingCost: 10, holdingCos: 0.5 }));
  assert.deepEqual([later.code, later.field], ["unknown_field", "dé🔧mand"]);
});

test("an unknown id outside ASCII is named in the error", () => {
  const tasks = [{ id: "Säge", time: 1 }, { id: "组装", time: 2, predecessors: ["Sage"] }];
  const error = thrown(() => balanceLine({ tasks, cycleTime: 5, rule: "longestTime" }));
  assert.deepEqual([error.code, error.field], ["unknown_id", "tasks[1].predecessors[0]"]);
  assert.equal(error.reason, '"Sage" is not the id of any task');
});

test("keys repeated across many objects: a misspelling deep in the list is found at its index", () => {
  const tasks = Array.from({ length: 600 }, (_, index) => ({ id: `T${index}`, time: 1, predecessors: index ? [`T${index - 1}`] : [] }));
  tasks[457] = { id: "T457", tme: 1, predecessors: ["T456"] };
  const error = thrown(() => balanceLine({ tasks, cycleTime: 10, rule: "longestTime" }));
  assert.deepEqual([error.code, error.field], ["unknown_field", "tasks[457].tme"]);
});

test("fields are found in any order, around nested values: each array and object is stepped over whole", () => {
  // Keys in reverse order, each task's predecessors before its id, and the scalar
  // options after the long list of tasks: the same line as in the usual order.
  const reversed = (object) => Object.fromEntries(Object.entries(object).reverse());
  const usual = balanceLine({ tasks: wing, cycleTime: 12, rule: "rankedPositionalWeight" });
  const backwards = balanceLine(reversed({ rule: "rankedPositionalWeight", cycleTime: 12, tasks: wing.map(reversed) }));
  assert.deepEqual(layout(backwards), layout(usual));
  assert.equal(backwards.stationCount, usual.stationCount);
  // A bad field after a nested list is still named at its place.
  const error = thrown(() => balanceLine({ tasks: wing.map((task) => ({ predecessors: task.predecessors ?? [], id: task.id, time: task.id === "E" ? "4" : task.time })), cycleTime: 12, rule: "longestTime" }));
  assert.deepEqual([error.code, error.field], ["invalid_type", `tasks[${wing.findIndex((task) => task.id === "E")}].time`]);
});

test("only an object's own enumerable properties are options: inherited and hidden ones are not read", () => {
  // The encoder walks properties with for-in, which also meets inherited enumerable
  // ones: those must stay out, as with Object.keys.
  const inherited = Object.create({ holdingCost: 0.5 });
  Object.assign(inherited, { demand: 1000, orderingCost: 10 });
  assert.deepEqual(errorOf(() => eoq(inherited)), ["missing_field", "holdingCost"]);
  const hidden = { demand: 1000, orderingCost: 10 };
  Object.defineProperty(hidden, "holdingCost", { value: 0.5, enumerable: false });
  assert.deepEqual(errorOf(() => eoq(hidden)), ["missing_field", "holdingCost"]);
  // Own properties of an object with an enumerable prototype, and of one with none.
  const own = Object.assign(Object.create({ extra: 1 }), { demand: 1000, orderingCost: 10, holdingCost: 0.5 });
  assert.equal(eoq(own).quantity, 200);
  const bare = Object.assign(Object.create(null), { demand: 1000, orderingCost: 10, holdingCost: 0.5 });
  assert.equal(eoq(bare).quantity, 200);
});

test("a large options value grows the buffer, and a small call after it reads only its own", () => {
  const tasks = Array.from({ length: 5000 }, (_, index) => ({ id: `T${index}`, time: 1 + (index % 7), predecessors: index ? [`T${index - 1}`] : [] }));
  const line = balanceLine({ tasks, cycleTime: 20, rule: "longestTime" });
  assert.equal(line.totalTime, tasks.reduce((sum, task) => sum + task.time, 0));
  assert.equal(line.stations.flatMap((station) => station.tasks).length, 5000);
  // Sharp Inc. (Heizer & Render): D = 1000, S = 10, H = 0.50 gives Q* = 200.
  assert.equal(eoq({ demand: 1000, orderingCost: 10, holdingCost: 0.5 }).quantity, 200);
});


test("keys the encoder remembers from earlier calls are sent whole again, also after it forgets many", () => {
  // The encoder keeps each key's string number from call to call (numbered above the
  // calls before): each call must still name its keys in its own text. Sharp Inc.
  // (Heizer & Render): D = 1000, S = 10, H = 0.50 gives Q* = 200.
  const sharp = { demand: 1000, orderingCost: 10, holdingCost: 0.5 };
  assert.equal(eoq(sharp).quantity, 200);
  const before = balanceLine({ tasks: wing, availableTime: 480, demand: 40, rule: "mostFollowers" });
  // The same keys, in another order and with a new one among them.
  assert.equal(eoq({ holdingCost: 0.5, workingDays: 250, orderingCost: 10, demand: 1000 }).cycleTimeDays, 50);
  // A key known from earlier calls, misspelt here: named as written.
  assert.deepEqual([thrown(() => eoq({ ...sharp, demnd: 1 })).field], ["demnd"]);
  // More distinct keys than the encoder keeps (it then forgets them all), then the
  // keys of the calls before.
  const junk = Object.fromEntries(Array.from({ length: 3000 }, (_, index) => [`k${index}`, index]));
  assert.equal(thrown(() => eoq({ ...sharp, ...junk })).code, "unknown_field");
  assert.equal(eoq(sharp).quantity, 200);
  const after = balanceLine({ tasks: wing, availableTime: 480, demand: 40, rule: "mostFollowers" });
  assert.deepEqual(layout(after), ["A", "B", "C D F", "E", "H", "G I"]);
  assert.deepEqual(after, before);
});
test("a getter that calls opscalc while its options are being read: both calls right", () => {
  // A reactive framework's computed option may call opscalc itself. The inner call's
  // options are encoded, read and answered while the outer ones are half encoded.
  // Sharp Inc. (Heizer & Render): D = 1000, S = 10, H = 0.50 gives Q* = 200; D = 5000,
  // S = 20, H = 2 gives Q* = sqrt(2 * 5000 * 20 / 2) = 316.23 units.
  const inner = [];
  const innerEoq = () => inner.push(eoq({ demand: 5000, orderingCost: 20, holdingCost: 2, workingDays: 250 }));
  const outer = eoq({
    demand: 1000,
    get orderingCost() {
      innerEoq();
      return 10;
    },
    holdingCost: 0.5,
  });
  assert.equal(outer.quantity, 200);
  assert.equal(outer.cycleTimeDays, undefined);
  assert.equal(inner.length, 1);
  assert.ok(Math.abs(inner[0].quantity - Math.sqrt(100000)) < 1e-9);
  // With strings on both sides (the text each call takes must be its own), and a
  // Float64Array in the inner call (so are the arrays).
  const tasks = wing.map((task) => (task.id !== "C" ? task : { ...task, get time() { innerEoq(); return eoqBatch({ demand: Float64Array.of(1000), orderingCost: 10, holdingCost: 0.5 }).quantity[0] / 40; } }));
  const line = balanceLine({ tasks, availableTime: 480, demand: 40, rule: "mostFollowers" });
  assert.deepEqual(layout(line), ["A", "B", "C D F", "E", "H", "G I"]);
  assert.equal(line.totalTime, wing.reduce((sum, task) => sum + task.time, 0));
  assert.equal(inner.length, 2);
  // The next call after them reads only its own options.
  assert.equal(eoq({ demand: 1000, orderingCost: 10, holdingCost: 0.5 }).quantity, 200);
});

test("the whole input may be any value: a clear error for each kind", () => {
  const cases = [
    [undefined, "invalid_type"],
    [null, "invalid_type"],
    [42, "invalid_type"],
    ["eoq", "invalid_type"],
    [[1, 2], "invalid_type"],
    [10n, "invalid_type"],
    [Symbol("s"), "invalid_type"],
    [() => 1, "invalid_type"],
    [new Float64Array(2), "invalid_type"],
    [new Uint8Array(2), "invalid_type"],
  ];
  for (const [input, code] of cases) {
    const error = thrown(() => eoq(input));
    assert.deepEqual([error.code, error.field], [code, ""], String(typeof input));
  }
});

test("values nested in lists keep their kind: typed arrays, NaN, -0, null, booleans", () => {
  const error = thrown(() => eoqBatch({ demand: new Float64Array([1000, Number.NaN]), orderingCost: 10, holdingCost: 0.5 }));
  assert.deepEqual([error.code, error.field], ["not_finite", "demand[1]"]);
  const kind = thrown(() => eoqBatch({ demand: new Int32Array(2), orderingCost: 10, holdingCost: 0.5 }));
  assert.deepEqual([kind.code, kind.field], ["invalid_type", "demand"]);
  assert.match(kind.message, /typed array other than Float64Array/);
  const flag = thrown(() => eoq({ demand: true, orderingCost: 10, holdingCost: 0.5 }));
  assert.match(flag.message, /got a boolean/);
  const nothing = thrown(() => eoq({ demand: null, orderingCost: 10, holdingCost: 0.5 }));
  assert.match(nothing.message, /got null/);
});

test("result strings outside ASCII come back whole, in order", () => {
  const items = [
    { id: "Ω-1", annualDemand: 1000, unitCost: 90 },
    { id: "x", annualDemand: 500, unitCost: 20 },
    { id: "日本", annualDemand: 100, unitCost: 5 },
    { id: "🔧", annualDemand: 2000, unitCost: 1 },
  ];
  const { rows } = abcAnalysis({ items });
  // Annual values 90,000, 10,000, 500 and 2,000: ranked Ω-1, x, 🔧, 日本.
  assert.deepEqual(rows.map((row) => row.id), ["Ω-1", "x", "🔧", "日本"]);
  assert.deepEqual(rows.map((row) => row.class), ["A", "B", "C", "C"]);
});

test("an options value too big for wasm memory is a too_large error, and the next call works", () => {
  // 8,400,000 numbers: more than the 8,388,608 values the codec takes (the library's
  // longest list, netPromoterScore's 1,000,000 scores, is well inside it).
  const error = thrown(() => eoq({ demand: new Array(8_400_000).fill(1), orderingCost: 10, holdingCost: 0.5 }));
  assert.deepEqual([error.code, error.field], ["too_large", ""]);
  assert.match(error.reason, /Float64Array/);
  assert.equal(eoq({ demand: 1000, orderingCost: 10, holdingCost: 0.5 }).quantity, 200);
  const scores = Array.from({ length: 1_000_000 }, (_, index) => (index % 4 === 0 ? 6 : 9));
  // A quarter detractors (6), three quarters promoters (9): NPS = 75 − 25 = 50.
  assert.equal(opscalc.netPromoterScore({ scores }).score, 50);
});

test("nested junk never traps the instance: every call returns or throws an OpscalcError", () => {
  // A fixed-seed generator, so a failure reproduces. Values nest arrays and objects up to
  // four deep, with keys the readers know and keys they do not, strings outside ASCII,
  // typed arrays and values options never hold, so that every step over a nested value
  // (to the next item, to the next field) is taken with every kind of value under it.
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const keys = ["id", "time", "predecessors", "tasks", "cycleTime", "rule", "demand", "x", "Säge", "🔧"];
  const scalars = [0, -1, 2.5, Number.NaN, Infinity, "", "A", "组装", "🔧 fit", null, true, undefined, 10n, Symbol("s"), () => 1, new Float64Array(2), new Int8Array(1)];
  const junk = (depth) => {
    const kind = random();
    if (depth >= 4 || kind < 0.4) return pick(scalars);
    if (kind < 0.7) return Array.from({ length: Math.floor(random() * 4) }, () => junk(depth + 1));
    return Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, () => [pick(keys), junk(depth + 1)]));
  };
  const task = () => ({ id: pick(["A", "B", "Säge"]), time: pick([1, 2, junk(2)]), predecessors: random() < 0.5 ? [] : junk(2) });
  // A goal's own fields and its KPI's fields share one object, read apart.
  const goalKeys = ["id", "name", "weight", "actual", "target", "direction", "x"];
  const goal = () => Object.fromEntries(goalKeys.filter(() => random() < 0.8).map((key) => [key, random() < 0.5 ? pick([1, "g", "higherIsBetter"]) : junk(2)]));
  const expectOpscalcErrorIfThrows = (call) => {
    let error = null;
    try {
      call();
    } catch (caught) {
      error = caught;
    }
    if (error) thrown(() => {
      throw error;
    });
  };
  for (let round = 0; round < 1500; round += 1) {
    const options = random() < 0.3
      ? junk(0)
      : { tasks: Array.from({ length: 1 + Math.floor(random() * 3) }, () => (random() < 0.7 ? task() : junk(1))), cycleTime: pick([10, junk(1)]), rule: pick(["longestTime", junk(1)]) };
    expectOpscalcErrorIfThrows(() => assert.ok(balanceLine(options).stationCount >= 1));
    expectOpscalcErrorIfThrows(() => goalScore({ goals: Array.from({ length: 1 + Math.floor(random() * 2) }, goal) }));
  }
  // The instance lives on: the wing still balances into its six stations.
  assert.equal(balanceLine({ tasks: wing, cycleTime: 12, rule: "longestTime" }).stationCount, 6);
});

test("revoked proxies, throwing traps and detached arrays are OpscalcErrors naming where they are", () => {
  // Found by fuzzing the JS API: each of these escaped as a TypeError or the trap's own
  // Error. Sharp Inc. (Heizer & Render): D = 1000, S = 10, H = 0.50.
  const sharp = { demand: 1000, orderingCost: 10, holdingCost: 0.5 };
  const revoked = () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };
  const trap = (target, name) => new Proxy(target, { [name]: () => { throw new Error(`${name} trap`); } });
  const cases = [
    [() => eoq(revoked()), ["invalid_input", ""]],
    [() => eoq({ ...sharp, demand: revoked() }), ["invalid_input", "demand"]],
    [() => balanceLine({ tasks: [{ id: "A", time: 1 }, revoked()], cycleTime: 5, rule: "longestTime" }), ["invalid_input", "tasks[1]"]],
    [() => eoq(trap(sharp, "get")), ["invalid_input", "demand"]],
    [() => eoq(trap(sharp, "getOwnPropertyDescriptor")), ["invalid_input", "demand"]],
    [() => eoq(trap(sharp, "ownKeys")), ["invalid_input", ""]],
    [() => balanceLine({ tasks: trap([{ id: "A", time: 1 }], "get"), cycleTime: 5, rule: "longestTime" }), ["invalid_input", "tasks[0]"]],
    [() => balanceLine({ tasks: new Proxy([{ id: "A", time: 1 }], { get: (target, key) => { if (key === "length") throw new Error("length"); return target[key]; } }), cycleTime: 5, rule: "longestTime" }), ["invalid_input", "tasks"]],
  ];
  for (const [call, expected] of cases) assert.deepEqual(errorOf(call), expected, call.toString());
  // A Float64Array whose buffer was transferred: no longer readable, and not an empty column.
  const demand = Float64Array.of(1000, 2000);
  structuredClone(demand.buffer, { transfer: [demand.buffer] });
  const detached = thrown(() => eoqBatch({ demand, orderingCost: 10, holdingCost: 0.5 }));
  assert.deepEqual([detached.code, detached.field], ["invalid_type", "demand"]);
  assert.match(detached.reason, /detached/);
  // An empty one is still an empty column.
  assert.equal(eoqBatch({ demand: new Float64Array(0), orderingCost: 10, holdingCost: 0.5 }).quantity.length, 0);
  // A proxy of a Float64Array is no typed array: refused as an object, not a TypeError.
  assert.equal(thrown(() => eoqBatch({ demand: new Proxy(Float64Array.of(1000), {}), orderingCost: 10, holdingCost: 0.5 })).field, "demand");
  assert.equal(eoq(sharp).quantity, 200);
});

test("two instances whose glue shares one codec module keep their result keys apart", async () => {
  // The same glue at two URLs (a query apart) is two modules, each with its own wasm
  // instance, importing one codec module: every result key must still be its own.
  const { readFileSync } = await import("node:fs");
  const { packageDirectory } = await import("./load-package.mjs");
  const load = async (tag) => {
    const glue = await import(`${new URL("opscalc.js", packageDirectory).href}?instance=${tag}`);
    glue.initSync({ module: readFileSync(new URL("opscalc_bg.wasm", packageDirectory)) });
    return glue;
  };
  const first = await load("first");
  const second = await load("second");
  // Each instance names different keys first, then the other's.
  const sharp = { demand: 1000, orderingCost: 10, holdingCost: 0.5 };
  const littles = { throughput: 2, flowTime: 3 };
  assert.equal(first.eoq(sharp).quantity, 200);
  assert.equal(second.littlesLaw(littles).wip, 6);
  assert.equal(second.eoq(sharp).quantity, 200);
  assert.equal(first.littlesLaw(littles).wip, 6);
  assert.deepEqual(Object.keys(first.eoq(sharp)), Object.keys(second.eoq(sharp)));
  assert.deepEqual(Object.keys(first.littlesLaw(littles)), Object.keys(second.littlesLaw(littles)));
});

// Random junk into the capacity functions never traps the wasm instance: every call
// returns a result or throws an OpscalcError.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertJunkNeverTraps } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { capacity, expectedOutput, capacityRequirement, processFlow, littlesLaw } = opscalc;

test("random junk never traps the instance", () => {
  // A fixed-seed generator, so a failure reproduces.
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const junk = [0, -0, -1, 1e308, -1e308, 5e-324, Number.NaN, Infinity, "", "3", null, undefined, true, [], {}, [1], 10n, 2.5];
  const pick = (list) => list[Math.floor(random() * list.length)];
  const value = () => (random() < 0.5 ? pick(junk) : random() * 100);
  const object = (keys) => Object.fromEntries(keys.filter(() => random() < 0.8).map((key) => [key, value()]));
  const list = (keys) => (random() < 0.1 ? value() : Array.from({ length: Math.floor(random() * 5) }, () => object(keys)));
  const calls = [
    () => capacity(object(["designCapacity", "effectiveCapacity", "actualOutput", "x"])),
    () => expectedOutput(object(["effectiveCapacity", "efficiency", "designCapacity"])),
    () => capacityRequirement({ products: list(["id", "demand", "processingTime", "setupTime", "lotSize"]), ...object(["availableTime", "cushion"]) }),
    () => processFlow({ steps: list(["id", "name", "unitTime", "capacityPerHour", "resources"]), ...object(["demandRate", "timeUnit"]) }),
    () => littlesLaw(object(["wip", "throughput", "flowTime"])),
  ];
  const results = assertJunkNeverTraps(calls);
  assert.ok(results > 0, "some calls succeed");
  assert.equal(littlesLaw({ throughput: 100, flowTime: 4 }).wip, 400);
});

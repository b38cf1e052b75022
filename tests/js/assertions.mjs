// Assertions the JS test suites share: a number equal up to float rounding, and a call
// that throws a well-formed OpscalcError.
import assert from "node:assert/strict";
import opscalc from "./load-package.mjs";

/** |actual - expected| within `relative` × |expected| (default 1e-12: exact up to float rounding). */
export function assertClose(actual, expected, relative = 1e-12) {
  assert.ok(
    Math.abs(actual - expected) <= relative * Math.abs(expected),
    `expected ${expected}, got ${actual}`,
  );
}

/** Calls `call`, expects an OpscalcError, and returns it. */
export function thrown(call) {
  try {
    call();
  } catch (error) {
    assert.ok(error instanceof Error, "a real Error");
    assert.equal(error.name, "OpscalcError");
    assert.equal(typeof error.reason, "string");
    assert.ok(error.reason.length > 0);
    assert.equal(error.message, error.field ? `${error.field}: ${error.reason}` : error.reason);
    assert.ok(opscalc.errorCodes().includes(error.code), `known code ${error.code}`);
    return error;
  }
  assert.fail("expected an OpscalcError");
}

/** Calls `call`, expects an OpscalcError, and returns its [code, field]. */
export function errorOf(call) {
  const error = thrown(call);
  return [error.code, error.field];
}

/**
 * Runs each of `calls` `rounds` times: each returns a plain result or throws an
 * OpscalcError, and after every throw `stillWorks()` (a valid call) must succeed, so a
 * trap or a poisoned instance shows at once. Returns how many calls succeeded.
 */
export function assertJunkNeverTraps(calls, { rounds = 1500, stillWorks = () => {} } = {}) {
  let results = 0;
  for (let round = 0; round < rounds; round += 1) {
    for (const call of calls) {
      try {
        const result = call();
        assert.equal(typeof result, "object");
        results += 1;
      } catch (error) {
        assert.ok(error instanceof Error, `${error}`);
        assert.equal(error.name, "OpscalcError", `${error}`);
        assert.equal(typeof error.code, "string");
        stillWorks();
      }
    }
  }
  return results;
}

// Assertions shared by the JS test suites.
import assert from "node:assert/strict";

/** |actual - expected| within a relative 1e-12 (by default): exact up to float rounding. */
export function assertClose(actual, expected, relative = 1e-12) {
  assert.ok(Math.abs(actual - expected) <= relative * Math.abs(expected), `expected ${expected}, got ${actual}`);
}

/** Calls `call`, expects it to throw an OpscalcError, and returns its [code, field]. */
export function errorOf(call) {
  try {
    call();
  } catch (error) {
    assert.equal(error.name, "OpscalcError", `${error}`);
    return [error.code, error.field];
  }
  assert.fail("expected an OpscalcError");
}

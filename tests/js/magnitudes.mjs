// Items whose inputs range over every magnitude a float has (1e-320 to 1e300), kept
// when the single call accepts them: the wasm batches compute two items per SIMD
// instruction and ask the single call about a pair their fast check is unsure of, and
// such items reach both paths.
import assert from "node:assert/strict";
import { random } from "./random.mjs";

/**
 * `count` items with `fields` of any magnitude that `single` accepts, each with its
 * result; each value of either sign when `signed`.
 */
export function acceptedItems(fields, single, count, seed = 7, signed = false) {
  const next = random(seed);
  const sign = () => (signed && next() < 0.5 ? -1 : 1);
  const magnitude = () => sign() * 10 ** (next() * 620 - 320) * (1 + next());
  const items = [];
  while (items.length < count) {
    const item = Object.fromEntries(fields.map((field) => [field, magnitude()]));
    try {
      items.push({ item, expected: single(item) });
    } catch {
      // a combination the single call refuses (an overflow, p not above D) stays out
    }
  }
  return items;
}

/** The items' `field` as a Float64Array column. */
export function columnOf(items, field) {
  return Float64Array.from(items, ({ item }) => item[field]);
}

/** Each item of `result` (figures by name) equals the single call's, bit for bit. */
export function assertEachItem(result, items, figures) {
  for (const [i, { expected }] of items.entries()) {
    for (const figure of figures) assert.equal(result[figure][i], expected[figure], `item ${i}, ${figure}`);
  }
}

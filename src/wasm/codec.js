// The JS half of the boundary codec (src/wasm/codec.rs holds the Rust half and the
// format). Every JS <-> wasm call costs far more than a property read in JS, so
// options are walked here, in JS, into one list of numbers and one string, which cross
// into wasm once; results come back the same way and are built into plain objects
// here. This file decides nothing about any formula.
//
// The functions every call runs are written `(function name() {...})`: V8 compiles a
// parenthesised function as the module loads, and any other only when it is first
// called, parsing its text a second time. With the glue's helpers (scripts/package.mjs)
// that took 0.5 ms from the first call and added 0.4 ms to the import (README
// "Startup"). What only some calls run (an error) stays a plain declaration.

// Tags of the number list, shared with src/wasm/codec.rs (tests/codec_format.rs checks
// that these constants and the limits below agree with it). In options every tag has one
// number of data (0 when it needs none), so the encoder always writes pairs.
const NULL = 0;
const FALSE = 1;
const TRUE = 2;
const NUMBER = 3;
const TEXT = 4;
const LIST = 5;
const OBJECT = 6;
const FLOATS = 7;
const UNSUPPORTED = 8;
const UNREADABLE = 9;
const NUMBERS = 10;
const VALUE = 11;
const UNDEFINED = 12;
const KEY = 13;
const TOO_BIG = 14;

// What UNSUPPORTED's code names, in the order of `UNSUPPORTED_KINDS` in codec.rs.
const UNSUPPORTED_CODES = {
  undefined: 0,
  bigint: 1,
  symbol: 2,
  function: 3,
};
const OTHER_TYPED_ARRAY = 4;
const DETACHED_TYPED_ARRAY = 5;

// Deepest nesting of arrays and objects, as `MAX_DEPTH` in read_failure.rs.
const MAX_DEPTH = 32;

// The most codes an options value may take (two per value: 8,388,608 numbers,
// strings, arrays and objects; 128 MiB), as `MAX_VALUES` in codec.rs; more would
// exhaust wasm memory, which would end the instance. A batch's Float64Array is one value.
const MAX_CODES = 2 ** 24;

// Kept when a larger options value has been encoded: a bigger buffer is let go.
const KEPT_CODES = 2 ** 16;

// The most keys remembered from one value to the next (see `Encoder.keys`).
const KEPT_KEYS = 1024;

// Thrown inside the encoder when a value takes more than MAX_CODES codes, or nests
// arrays and objects deeper than MAX_DEPTH (the Rust side then finds the path).
const tooBig = new Error("opscalc: options too big");
const tooDeep = new Error("opscalc: options too deep");

/**
 * Encodes an options value into its codes (tags and values, a `Float64Array` that
 * wasm copies in as the call returns). Every string and new key is joined into one
 * text, which `takeText` then gives; each one's length in UTF-16 units is in the codes.
 * When the value holds `Float64Array`s (passed through as they are), the codes end
 * with a `FLOATS` pair giving their number, and `takeArrays` gives them. Each array
 * and object's data is where it ends in the codes. When a getter or proxy throws, or
 * arrays and objects nest too deep, the codes are only an `UNREADABLE` pair: the Rust
 * side then reads the value property by property to name the property that threw, or
 * the path nested too deep. Nothing is thrown: a call that could throw into wasm costs
 * a wrapper and a closure each time.
 *
 * A getter or proxy of the value may itself call opscalc (a reactive framework's
 * computed value, say): that call's options are encoded, taken and used while these
 * are half encoded, so it gets an encoder of its own.
 */
export const encodeOptions = (function encodeOptions(value) {
  const active = encoder.busy ? new Encoder() : encoder;
  active.start();
  try {
    active.encode(value, 0);
    if (active.arrays.length > 0) active.push(FLOATS, active.arrays.length);
    return active.codes.subarray(0, active.length);
  } catch (error) {
    active.text = "";
    active.arrays = [];
    return Float64Array.of(error === tooBig ? TOO_BIG : UNREADABLE, 0);
  } finally {
    active.finish();
  }
});

// The text and arrays of the value last encoded, until wasm takes them.
let encodedText = "";
let encodedArrays = [];

// Up to this many UTF-16 units the text crosses as a string: wasm-bindgen copies it
// into wasm memory in a JS loop, cheaper than a TextEncoder call for short texts, but
// slower for long ones, which cross as their UTF-8 bytes.
const SHORT_TEXT = 1024;

/** The text of the value last encoded (its strings and keys, joined), given once. */
export const takeText = (function takeText() {
  const text = encodedText;
  encodedText = "";
  return text.length <= SHORT_TEXT ? text : textEncoder.encode(text);
});

/** The `Float64Array`s of the value last encoded, given once. */
export const takeArrays = (function takeArrays() {
  const arrays = encodedArrays;
  encodedArrays = [];
  return arrays;
});

const textEncoder = new TextEncoder();

// One encoder, reused: a new typed array and map for every call would cost more than
// encoding a small options object. Its `codes` are read by wasm before the next call.
// Its methods are set on the prototype below, parenthesised, rather than written in
// the class, where V8 would compile them only when first called.
class Encoder {
  constructor() {
    this.codes = new Float64Array(256);
    this.length = 0;
    this.text = "";
    // How many strings the text holds: a string's number is how many came before it.
    this.strings = 0;
    this.arrays = [];
    // The number of each key's string, plus `base`: a key seen before in this value is
    // not repeated. Each value's `base` is past every number of the values before it,
    // so the keys stay from one value to the next without being cleared (clearing a Map
    // allocates a new table), and a number below `base` is an earlier value's.
    this.keys = new Map();
    this.base = 0;
    // Encoding a value now (see `encodeOptions`).
    this.busy = false;
  }
}

Encoder.prototype.start = (function start() {
  this.busy = true;
  this.length = 0;
  this.strings = 0;
});

/**
 * Ends an encoding: hands the text and arrays to `takeText` and `takeArrays`, moves
 * `base` past this value's key numbers, lets go of many keys, and of a buffer grown
 * large once its codes are copied out (the subarray returned keeps it until then).
 */
Encoder.prototype.finish = (function finish() {
  this.busy = false;
  encodedText = this.text;
  encodedArrays = this.arrays;
  this.text = "";
  if (this.arrays.length > 0) this.arrays = [];
  if (this.codes.length > KEPT_CODES) this.codes = new Float64Array(256);
  this.base += this.strings + 1;
  // Kept a small integer, which V8 stores without allocating.
  if (this.keys.size > KEPT_KEYS || this.base > 2 ** 29) {
    this.keys.clear();
    this.base = 0;
  }
});

Encoder.prototype.push = (function push(tag, data) {
  if (this.length + 2 > this.codes.length) {
    if (this.codes.length >= MAX_CODES) throw tooBig;
    const codes = new Float64Array(this.codes.length * 2);
    codes.set(this.codes);
    this.codes = codes;
  }
  this.codes[this.length++] = tag;
  this.codes[this.length++] = data;
});

Encoder.prototype.string = (function string(string) {
  this.push(TEXT, string.length);
  this.text += string;
  this.strings++;
});

Encoder.prototype.encode = (function encode(value, depth) {
  switch (typeof value) {
    case "number":
      this.push(NUMBER, value);
      return;
    case "string":
      this.string(value);
      return;
    case "boolean":
      this.push(value ? TRUE : FALSE, 0);
      return;
    case "object":
      break;
    default:
      this.push(UNSUPPORTED, UNSUPPORTED_CODES[typeof value] ?? UNSUPPORTED_CODES.undefined);
      return;
  }
  if (value === null) {
    this.push(NULL, 0);
  } else if (depth >= MAX_DEPTH) {
    throw tooDeep;
  } else if (ArrayBuffer.isView(value)) {
    // A proxy of a typed array is no view: it is read as the object it seems to be.
    if (!(value instanceof Float64Array)) {
      this.push(UNSUPPORTED, OTHER_TYPED_ARRAY);
    } else if (value.length === 0 && detached(value)) {
      this.push(UNSUPPORTED, DETACHED_TYPED_ARRAY);
    } else {
      this.push(FLOATS, this.arrays.length);
      this.arrays.push(value);
    }
  } else if (Array.isArray(value)) {
    const at = this.length;
    this.push(LIST, 0);
    const length = value.length;
    for (let index = 0; index < length; index++) this.encode(value[index], depth + 1);
    this.codes[at + 1] = this.length;
  } else {
    this.object(value, depth);
  }
});

Encoder.prototype.object = (function object(value, depth) {
  const at = this.length;
  this.push(OBJECT, 0);
  // for-in with an own-property check: the same keys, in the same order, as
  // Object.keys, without an array of them for every object (V8 walks an object's
  // keys from its map's cache); reading 10,000 task objects is 3 to 4 % quicker.
  for (const key in value) {
    if (!hasOwnProperty.call(value, key)) continue;
    const item = value[key];
    if (item === undefined) continue;
    const seen = this.keys.get(key);
    if (seen === undefined || seen < this.base) {
      this.keys.set(key, this.base + this.strings);
      this.string(key);
    } else {
      this.push(KEY, seen - this.base);
    }
    this.encode(item, depth + 1);
  }
  this.codes[at + 1] = this.length;
});

/** Whether the buffer of `view` was transferred (a view of it can no longer be made). */
function detached(view) {
  try {
    new Uint8Array(view.buffer, 0, 0);
    return false;
  } catch {
    return true;
  }
}

const encoder = new Encoder();
const { hasOwnProperty } = Object.prototype;

// The key of each id, as `defineKeys` gave them. The ids are this module's, not an
// instance's: two wasm instances whose glue shares this module (a page that loads the
// glue twice) each get ids of their own.
const keys = [];

/**
 * Numbers the result keys `names` (one result type's keys, joined by commas): gives
 * the id of the first, the others following it. Each instance asks once per type.
 */
export const defineKeys = (function defineKeys(names) {
  const first = keys.length;
  for (const name of names.split(",")) keys.push(name);
  return first;
});

/**
 * What every opscalc function throws for invalid input: an `Error` named
 * "OpscalcError" whose message reads "field: reason" ("reason" alone when the field is
 * the whole input), with the error's `code`, `field` and `reason`.
 */
export function opscalcError(code, field, reason) {
  const error = new Error(field === "" ? reason : `${field}: ${reason}`);
  error.name = "OpscalcError";
  error.code = code;
  error.field = field;
  error.reason = reason;
  return error;
}

let at = 0;
let textAt = 0;

/**
 * Builds a result from the list `codes` (tags and values), the joined strings `text`
 * and `values` (JS values passed through as they are, or undefined when none).
 */
export const decodeResult = (function decodeResult(codes, text, values) {
  at = 0;
  textAt = 0;
  return decode(codes, text, values);
});

const decode = (function decode(codes, text, values) {
  const tag = codes[at++];
  switch (tag) {
    case NUMBER:
      return codes[at++];
    case OBJECT: {
      const object = {};
      for (let count = codes[at++]; count > 0; count--) {
        const key = keys[codes[at++]];
        object[key] = decode(codes, text, values);
      }
      return object;
    }
    case NUMBERS: {
      const length = codes[at++];
      const list = new Array(length);
      for (let index = 0; index < length; index++) list[index] = codes[at++];
      return list;
    }
    case LIST: {
      const length = codes[at++];
      const list = new Array(length);
      for (let index = 0; index < length; index++) list[index] = decode(codes, text, values);
      return list;
    }
    case TEXT: {
      const end = textAt + codes[at++];
      const string = text.slice(textAt, end);
      textAt = end;
      return string;
    }
    case TRUE:
      return true;
    case FALSE:
      return false;
    case NULL:
      return null;
    case VALUE:
      return values[codes[at++]];
    case UNDEFINED:
      return undefined;
    default:
      throw new Error(`opscalc: unknown result code ${tag}`);
  }
});

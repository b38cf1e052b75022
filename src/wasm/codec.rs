//! The boundary codec: a whole options value crosses from JS into wasm in one go, and a
//! whole result back, instead of one JS ↔ wasm call per key, string and number.
//!
//! Each crossing costs far more than the formulas do (about a microsecond for an
//! object's entries, a key or a string, against nanoseconds for a property read inside
//! JS), so `codec.js` walks the options in JS into a list of numbers and one string,
//! and builds each result in JS from the same kind of list, written here.
//!
//! The list holds tags, each followed by its data. In options every tag has exactly one
//! number of data (0 when it needs none); in results only what the tag needs.
//!
//! | tag | data | value |
//! | --- | --- | --- |
//! | `NULL`, `FALSE`, `TRUE`, `UNDEFINED` | | the value |
//! | `NUMBER` | the number | a number (NaN and infinities as they are) |
//! | `TEXT` | its length in UTF-16 units | the next string of the text (in options, string n is the text after the n strings before it) |
//! | `LIST` | in options where it ends; in results its length | an array, then each item |
//! | `NUMBERS` | its length, then each number | an array of numbers (results only) |
//! | `OBJECT` | in options where it ends; in results its size | an object, then each key and value; in results each key is a bare id, named once by `defineKeys` |
//! | `KEY` | a string's number | in options, a key seen before in the value (a new key is a `TEXT`) |
//! | `FLOATS` | its index in `arrays` | a `Float64Array`, passed as it is (options only); options holding any end with one more `FLOATS` pair, their number |
//! | `VALUE` | its index in `values` | any JS value, passed as it is (results only) |
//! | `UNSUPPORTED` | which kind | `undefined`, a bigint, a symbol, a function or another typed array (options only) |
//! | `UNREADABLE` | | the whole options value, when it nests arrays and objects deeper than `MAX_DEPTH` or a getter or proxy trap threw (options only) |
//! | `TOO_BIG` | | the whole options value, when it holds more than [`MAX_VALUES`] values (options only) |
//!
//! In options, "where it ends" is the place in the list just past the array's or
//! object's last item, so that a reader steps over a whole value at once and reads an
//! object's fields in any order ([`JsData`](super::js_data::JsData)).

use crate::{Error, ErrorCode};
use std::sync::atomic::{AtomicU32, Ordering};
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::wasm_bindgen;

// The same numbers as in `codec.js`; `tests/codec_format.rs` checks that they agree.
pub(super) const NULL: u32 = 0;
pub(super) const FALSE: u32 = 1;
pub(super) const TRUE: u32 = 2;
pub(super) const NUMBER: u32 = 3;
pub(super) const TEXT: u32 = 4;
pub(super) const LIST: u32 = 5;
pub(super) const OBJECT: u32 = 6;
pub(super) const FLOATS: u32 = 7;
pub(super) const UNSUPPORTED: u32 = 8;
pub(super) const UNREADABLE: u32 = 9;
pub(super) const NUMBERS: u32 = 10;
pub(super) const VALUE: u32 = 11;
pub(super) const UNDEFINED: u32 = 12;
pub(super) const KEY: u32 = 13;
pub(super) const TOO_BIG: u32 = 14;

/// The most values (numbers, strings, arrays and objects) an options value may hold, as
/// `MAX_CODES` / 2 in `codec.js`: more would exhaust wasm memory, which ends the instance.
const MAX_VALUES: u32 = 1 << 23;

/// What an `UNSUPPORTED` code names, for the error message.
pub(super) const UNSUPPORTED_KINDS: [&str; 6] = [
    "undefined",
    "a bigint",
    "a symbol",
    "a function",
    "a typed array other than Float64Array",
    "a Float64Array whose buffer was detached (transferred)",
];

#[wasm_bindgen(module = "/src/wasm/codec.js")]
extern "C" {
    /// Encodes `value` into its codes: only an `UNREADABLE` pair when a getter or proxy
    /// threw, or arrays and objects nest too deep.
    #[wasm_bindgen(js_name = encodeOptions)]
    pub(super) fn encode_options(value: &JsValue) -> Vec<f64>;

    /// The text of the value last encoded: a string, or its UTF-8 bytes (a
    /// `Uint8Array`) when long.
    #[wasm_bindgen(js_name = takeText)]
    pub(super) fn take_text() -> JsValue;

    /// The `Float64Array`s of the value last encoded.
    #[wasm_bindgen(js_name = takeArrays)]
    pub(super) fn take_arrays() -> js_sys::Array;

    /// The id of the first of the new result keys `names` (joined by commas), the
    /// others following it: the codec numbers keys, so that two instances of the wasm
    /// sharing one codec module (a page that loads the glue twice) never give one id
    /// two keys.
    #[wasm_bindgen(js_name = defineKeys)]
    fn define_keys(names: &str) -> u32;

    /// A JS `Error` named `OpscalcError`, its message `field: reason` (or `reason`
    /// alone for the whole input), with `code`, `field` and `reason` properties.
    #[wasm_bindgen(js_name = opscalcError)]
    pub(super) fn opscalc_error(code: &str, field: &str, reason: &str) -> JsValue;

    /// Builds the result the list `codes` describes.
    #[wasm_bindgen(js_name = decodeResult)]
    fn decode_result(codes: &[f64], text: Option<&str>, values: &JsValue) -> JsValue;
}

/// The error for an options value too big to cross.
pub(super) fn too_big() -> Error {
    Error::new(
        ErrorCode::TooLarge,
        "",
        format!(
            "holds more than {MAX_VALUES} numbers, strings, arrays and objects (pass long columns as a Float64Array)"
        ),
    )
}

/// The encoded list does not follow the format: a defect of the codec, not of input.
pub(super) fn malformed() -> Error {
    Error::new(
        ErrorCode::Internal,
        "",
        "the options could not be decoded (an opscalc defect)",
    )
}

/// A result being encoded for `decodeResult`.
pub(crate) struct Writer {
    codes: Vec<f64>,
    text: String,
    values: Option<js_sys::Array>,
}

impl Default for Writer {
    /// Room for a formula's result without growing (the EOQ's takes 33 codes).
    fn default() -> Self {
        Writer {
            codes: Vec::with_capacity(64),
            text: String::new(),
            values: None,
        }
    }
}

impl Writer {
    /// Builds the JS value written.
    pub(crate) fn finish(self) -> JsValue {
        let values = self.values.map_or(JsValue::UNDEFINED, JsValue::from);
        // Decoding even an empty string costs a few hundred nanoseconds in JS.
        let text = Some(self.text.as_str()).filter(|text| !text.is_empty());
        decode_result(&self.codes, text, &values)
    }

    /// A tag and its number.
    fn pair(&mut self, tag: u32, data: f64) {
        self.codes.extend_from_slice(&[f64::from(tag), data]);
    }

    pub(crate) fn number(&mut self, number: f64) {
        self.pair(NUMBER, number);
    }

    pub(crate) fn numbers(&mut self, numbers: &[f64]) {
        self.pair(NUMBERS, length(numbers.len()));
        self.codes.extend_from_slice(numbers);
    }

    pub(crate) fn flag(&mut self, flag: bool) {
        self.codes.push(f64::from(if flag { TRUE } else { FALSE }));
    }

    pub(crate) fn undefined(&mut self) {
        self.codes.push(f64::from(UNDEFINED));
    }

    pub(crate) fn text(&mut self, text: &str) {
        let units = if text.is_ascii() {
            text.len()
        } else {
            text.chars().map(char::len_utf16).sum::<usize>()
        };
        self.pair(TEXT, length(units));
        self.text.push_str(text);
    }

    /// Starts a list of `items` items; each is written next.
    pub(crate) fn list(&mut self, items: usize) {
        self.pair(LIST, length(items));
    }

    /// Starts an object of `size` fields; each is a [`key`](Self::key) then its value.
    pub(crate) fn object(&mut self, size: usize) {
        self.pair(OBJECT, length(size));
    }

    /// A key of the object being written: its id ([`KeyTable::first_id`] and those
    /// after it).
    pub(crate) fn key(&mut self, id: u32) {
        self.codes.push(f64::from(id));
    }

    /// A JS value, passed as it is.
    pub(crate) fn value(&mut self, value: &JsValue) {
        let values = self.values.get_or_insert_with(js_sys::Array::new);
        let index = f64::from(values.length());
        values.push(value);
        self.pair(VALUE, index);
    }
}

/// Lengths are at most the wasm memory in bytes, well within an `f64`'s whole numbers.
#[allow(clippy::cast_precision_loss)]
pub(super) fn length(items: usize) -> f64 {
    items as f64
}

/// A result type's keys, numbered in JS, all at once, the first time one of its results
/// is written; one `static` per type.
pub(crate) struct KeyTable {
    /// The camelCase keys joined by commas, as `defineKeys` takes them (made at compile
    /// time, so that no call joins them).
    names: &'static str,
    /// The id of the first key, the others following it; [`NO_ID`] until defined.
    first: AtomicU32,
}

/// No key has this id: `keys` in `codec.js` would need 4 billion entries.
const NO_ID: u32 = u32::MAX;

impl KeyTable {
    pub(crate) const fn new(names: &'static str) -> KeyTable {
        KeyTable {
            names,
            first: AtomicU32::new(NO_ID),
        }
    }

    /// The id of the first key; key `i` has the id `first_id() + i`.
    pub(crate) fn first_id(&self) -> u32 {
        match self.first.load(Ordering::Relaxed) {
            NO_ID => {
                let first = define_keys(self.names);
                self.first.store(first, Ordering::Relaxed);
                first
            }
            first => first,
        }
    }
}

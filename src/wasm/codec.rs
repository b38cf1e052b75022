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
//! | `TEXT` | its length in UTF-16 units | the next string of the text |
//! | `LIST` | its length, then each item | an array |
//! | `NUMBERS` | its length, then each number | an array of numbers (results only) |
//! | `OBJECT` | its size, then each key and value | an object; in results each key is a bare id, named once by `defineKey` |
//! | `KEY` | an id | in options, a key seen before (each new key is a `TEXT`, and keys are numbered in order) |
//! | `FLOATS` | its index in `arrays` | a `Float64Array`, passed as it is (options only); options holding any end with one more `FLOATS` pair, their number |
//! | `VALUE` | its index in `values` | any JS value, passed as it is (results only) |
//! | `UNSUPPORTED` | which kind | `undefined`, a bigint, a symbol, a function or another typed array (options only) |
//! | `TOO_DEEP` | | arrays and objects nested deeper than [`MAX_DEPTH`](super::js_data) (options only) |
//! | `TOO_BIG` | | the whole options value, when it holds more than [`MAX_VALUES`] values (options only) |

use super::js_data::JsData;
use crate::{Error, ErrorCode};
use std::borrow::Cow;
use std::cell::Cell;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

// The same numbers as in `codec.js`; `tests/codec_format.rs` checks that they agree.
const NULL: u32 = 0;
const FALSE: u32 = 1;
const TRUE: u32 = 2;
const NUMBER: u32 = 3;
const TEXT: u32 = 4;
const LIST: u32 = 5;
const OBJECT: u32 = 6;
const FLOATS: u32 = 7;
const UNSUPPORTED: u32 = 8;
const TOO_DEEP: u32 = 9;
const NUMBERS: u32 = 10;
const VALUE: u32 = 11;
const UNDEFINED: u32 = 12;
const KEY: u32 = 13;
const TOO_BIG: u32 = 14;

/// The most values (numbers, strings, arrays and objects) an options value may hold, as
/// `MAX_CODES` / 2 in `codec.js`: more would exhaust wasm memory, which ends the instance.
const MAX_VALUES: u32 = 1 << 23;

/// What an `UNSUPPORTED` code names, for the error message.
const UNSUPPORTED_KINDS: [&str; 5] = [
    "undefined",
    "a bigint",
    "a symbol",
    "a function",
    "a typed array other than Float64Array",
];

#[wasm_bindgen(module = "/src/wasm/codec.js")]
extern "C" {
    /// Encodes `value` into its codes; `Err` when a getter or proxy throws.
    #[wasm_bindgen(catch, js_name = encodeOptions)]
    fn encode_options(value: &JsValue) -> Result<Vec<f64>, JsValue>;

    /// The text of the value last encoded: a string, or its UTF-8 bytes (a
    /// `Uint8Array`) when long.
    #[wasm_bindgen(js_name = takeText)]
    fn take_text() -> JsValue;

    /// The `Float64Array`s of the value last encoded.
    #[wasm_bindgen(js_name = takeArrays)]
    fn take_arrays() -> js_sys::Array;

    /// Gives result key `id` its string in JS.
    #[wasm_bindgen(js_name = defineKey)]
    fn define_key(id: u32, key: &str);

    /// Builds the result the list `codes` describes.
    #[wasm_bindgen(js_name = decodeResult)]
    fn decode_result(codes: &[f64], text: Option<&str>, values: &JsValue) -> JsValue;
}

/// An options value encoded in JS, as it crossed: what [`JsData`] values read from it
/// borrow (keys and strings are slices of `text`, not copies).
pub(crate) struct Encoded {
    codes: Vec<f64>,
    text: String,
    arrays: Option<js_sys::Array>,
}

impl Encoded {
    /// `value` encoded by `codec.js`; `None` when reading it threw in JS.
    pub(crate) fn of(value: &JsValue) -> Option<Encoded> {
        let mut codes = encode_options(value).ok()?;
        let text = take_text();
        let text = text.as_string().unwrap_or_else(|| {
            let bytes = text.unchecked_into::<js_sys::Uint8Array>().to_vec();
            // TextEncoder writes well-formed UTF-8 (a lone surrogate as U+FFFD), as
            // wasm-bindgen's own string passing does.
            String::from_utf8(bytes).unwrap_or_default()
        });
        // Only a value holding arrays ends with the `FLOATS` pair that counts them.
        let arrays = match codes.as_slice() {
            [.., tag, _] if whole(*tag) == Ok(FLOATS) => {
                codes.truncate(codes.len() - 2);
                Some(take_arrays())
            }
            _ => None,
        };
        Some(Encoded {
            codes,
            text,
            arrays,
        })
    }

    /// The value decoded.
    ///
    /// # Errors
    /// `too_large` naming the path of arrays and objects nested deeper than `MAX_DEPTH`,
    /// or holding more than [`MAX_VALUES`] values.
    pub(crate) fn data(&self) -> Result<JsData<'_>, Error> {
        let mut reader = Reader {
            codes: &self.codes,
            at: 0,
            ascii: self.text.is_ascii(),
            text: &self.text,
            keys: Vec::new(),
            arrays: self.arrays.as_ref(),
        };
        reader.value()
    }
}

struct Reader<'a> {
    codes: &'a [f64],
    /// The next code's index.
    at: usize,
    /// The text not read yet.
    text: &'a str,
    ascii: bool,
    /// The keys read so far, by id.
    keys: Vec<&'a str>,
    arrays: Option<&'a js_sys::Array>,
}

impl<'a> Reader<'a> {
    fn value(&mut self) -> Result<JsData<'a>, Error> {
        let tag = self.count()?;
        let data = self.next()?;
        Ok(match tag {
            NUMBER => JsData::Number(data),
            TEXT => JsData::Text(Cow::Borrowed(self.text(whole(data)?)?)),
            TRUE => JsData::Bool(true),
            FALSE => JsData::Bool(false),
            NULL => JsData::Null,
            LIST => {
                let length = whole(data)?;
                let mut items = Vec::with_capacity(capacity(length));
                for index in 0..length {
                    items.push(
                        self.value()
                            .map_err(|error| error.within(&format!("[{index}]")))?,
                    );
                }
                JsData::List(items)
            }
            OBJECT => {
                let size = whole(data)?;
                let mut entries = Vec::with_capacity(capacity(size));
                for _ in 0..size {
                    let key = self.key()?;
                    let value = self.value().map_err(|error| error.within(key))?;
                    entries.push((Cow::Borrowed(key), value));
                }
                JsData::Object(entries)
            }
            FLOATS => {
                let array = self.arrays.ok_or_else(malformed)?.get(whole(data)?);
                JsData::Floats(array.unchecked_into())
            }
            UNSUPPORTED => {
                let kind = usize::try_from(whole(data)?).unwrap_or(usize::MAX);
                JsData::Unsupported(UNSUPPORTED_KINDS.get(kind).copied().unwrap_or("undefined"))
            }
            TOO_DEEP => return Err(super::js_data::too_deep()),
            TOO_BIG => return Err(too_big()),
            _ => return Err(malformed()),
        })
    }

    /// An object's key: a new one (`TEXT`), kept for later, or the id of one read before.
    fn key(&mut self) -> Result<&'a str, Error> {
        let tag = self.count()?;
        let data = whole(self.next()?)?;
        match tag {
            TEXT => {
                let key = self.text(data)?;
                self.keys.push(key);
                Ok(key)
            }
            KEY => usize::try_from(data)
                .ok()
                .and_then(|id| self.keys.get(id))
                .copied()
                .ok_or_else(malformed),
            _ => Err(malformed()),
        }
    }

    // The size-first build would call these, once per code, rather than inline them.
    #[inline(always)]
    fn next(&mut self) -> Result<f64, Error> {
        let code = self.codes.get(self.at).copied().ok_or_else(malformed)?;
        self.at += 1;
        Ok(code)
    }

    /// A tag.
    #[inline(always)]
    fn count(&mut self) -> Result<u32, Error> {
        whole(self.next()?)
    }

    /// The next string, `units` long in UTF-16 units.
    fn text(&mut self, units: u32) -> Result<&'a str, Error> {
        let units = usize::try_from(units).map_err(|_| malformed())?;
        let end = if self.ascii {
            units
        } else {
            let mut seen = 0;
            self.text
                .char_indices()
                .find_map(|(at, character)| {
                    let reached = seen >= units;
                    seen += character.len_utf16();
                    reached.then_some(at)
                })
                .unwrap_or(self.text.len())
        };
        let (head, rest) = self.text.split_at_checked(end).ok_or_else(malformed)?;
        self.text = rest;
        Ok(head)
    }
}

/// A length, index or tag: a whole number from 0 to `u32::MAX`.
#[inline(always)]
fn whole(number: f64) -> Result<u32, Error> {
    if number >= 0.0 && number <= f64::from(u32::MAX) && number.fract() == 0.0 {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        // whole, 0..=u32::MAX
        Ok(number as u32)
    } else {
        Err(malformed())
    }
}

/// Room for `items` items, trusting the encoded length only so far.
fn capacity(items: u32) -> usize {
    usize::try_from(items.min(1 << 16)).unwrap_or(0)
}

fn too_big() -> Error {
    Error::new(
        ErrorCode::TooLarge,
        "",
        format!(
            "holds more than {MAX_VALUES} numbers, strings, arrays and objects (pass long columns as a Float64Array)"
        ),
    )
}

/// The encoded list does not follow the format: a defect of the codec, not of input.
fn malformed() -> Error {
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

    pub(crate) fn number(&mut self, number: f64) {
        self.codes.extend([f64::from(NUMBER), number]);
    }

    pub(crate) fn numbers(&mut self, numbers: &[f64]) {
        self.codes
            .extend([f64::from(NUMBERS), length(numbers.len())]);
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
        self.codes.extend([f64::from(TEXT), length(units)]);
        self.text.push_str(text);
    }

    /// Starts a list of `items` items; each is written next.
    pub(crate) fn list(&mut self, items: usize) {
        self.codes.extend([f64::from(LIST), length(items)]);
    }

    /// Starts an object of `size` fields; each is a [`key`](Self::key) then its value.
    pub(crate) fn object(&mut self, size: usize) {
        self.codes.extend([f64::from(OBJECT), length(size)]);
    }

    /// A key of the object being written.
    pub(crate) fn key(&mut self, key: &'static str) {
        self.codes.push(f64::from(key_id(key)));
    }

    /// A JS value, passed as it is.
    pub(crate) fn value(&mut self, value: &JsValue) {
        let values = self.values.get_or_insert_with(js_sys::Array::new);
        self.codes
            .extend([f64::from(VALUE), f64::from(values.length())]);
        values.push(value);
    }
}

/// Lengths are at most the wasm memory in bytes, well within an `f64`'s whole numbers.
#[allow(clippy::cast_precision_loss)]
fn length(items: usize) -> f64 {
    items as f64
}

thread_local! {
    /// The address and length of every key given an id so far, with its id, sorted.
    static KEYS: Cell<Vec<(usize, usize, u32)>> = const { Cell::new(Vec::new()) };
}

/// The id of a key, given its string in JS the first time. Keys are compile-time
/// constants, found again by their address without hashing or comparing strings.
fn key_id(key: &'static str) -> u32 {
    let place = (key.as_ptr() as usize, key.len());
    let mut keys = KEYS.take();
    let id = match keys.binary_search_by_key(&place, |(address, length, _)| (*address, *length)) {
        Ok(index) => keys.get(index).map_or(0, |(_, _, id)| *id),
        Err(index) => {
            let id = u32::try_from(keys.len()).unwrap_or(u32::MAX);
            define_key(id, key);
            keys.insert(index, (place.0, place.1, id));
            id
        }
    };
    KEYS.set(keys);
    id
}

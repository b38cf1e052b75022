//! An options value as it crossed the [codec](super::codec), read where it lies: a
//! [`JsData`] is a place in the codes, and [`JsData::value`] what is there. Nothing is
//! copied into a tree first: the readers ([`FromJs`](super::from_js::FromJs)) take
//! numbers and strings straight from the codes and the text.
//!
//! Arrays and objects carry the place where they end, so an object's fields are found
//! by stepping over whole values, and can be read in any order.

use super::codec::{
    FALSE, FLOATS, KEY, LIST, NULL, NUMBER, OBJECT, TEXT, TOO_BIG, TRUE, UNREADABLE, UNSUPPORTED,
    UNSUPPORTED_KINDS, encode_options, length, malformed, take_arrays, take_text, too_big,
};
use super::from_js::MAX_FIELDS;
use super::read_failure::why_unreadable;
use crate::Error;
use std::cell::Cell;
use wasm_bindgen::{JsCast, JsValue};

/// The first code of an options value too big to cross, and of one that could not be
/// read (nested too deep, or a getter or proxy threw).
const TOO_BIG_CODE: f64 = TOO_BIG as f64;
const UNREADABLE_CODE: f64 = UNREADABLE as f64;

/// A whole options value, encoded by `codec.js` and copied into wasm memory.
pub(crate) struct Encoded {
    /// The value's codes: tag and data pairs.
    codes: Vec<f64>,
    /// Every string of the value, joined.
    text: String,
    /// Where each string starts in `text`, in bytes, and where the last one ends.
    starts: Vec<usize>,
    /// The `Float64Array`s of the value, when it holds any.
    arrays: Option<js_sys::Array>,
    /// The string number of each name of the last field list objects were read with
    /// ([`Entries::place_fields`]), found once: the codec sends a repeated key as the
    /// number of its first string, so the objects of a list match by number.
    key_numbers: Cell<KeyNumbers>,
}

/// The key numbers of one field list, which is named by its address and length.
#[derive(Clone, Copy)]
struct KeyNumbers {
    list: (usize, usize),
    numbers: [u32; MAX_FIELDS],
}

/// A string number no key has.
const NO_KEY: u32 = u32::MAX;

impl Encoded {
    /// Encodes `value` in JS and takes the encoding into wasm.
    ///
    /// # Errors
    /// `too_large` for a value of more than `MAX_VALUES` values, or nested deeper than
    /// `MAX_DEPTH` (a cyclic object is); `invalid_input` naming the property whose
    /// getter or proxy trap threw.
    pub(crate) fn of(value: &JsValue) -> Result<Encoded, Error> {
        let mut codes = encode_options(value);
        let arrays = match codes[..] {
            [TOO_BIG_CODE, _] => return Err(too_big()),
            [UNREADABLE_CODE, _] => return Err(why_unreadable(value)),
            // Options holding `Float64Array`s end with a `FLOATS` pair, their number.
            [.., tag, _] if small(tag) == FLOATS => {
                codes.truncate(codes.len() - 2);
                Some(take_arrays())
            }
            _ => None,
        };
        let text = read_text(take_text());
        let starts = number_strings(&mut codes, &text)?;
        Ok(Encoded {
            codes,
            text,
            starts,
            arrays,
            key_numbers: Cell::new(KeyNumbers {
                list: (0, 0),
                numbers: [NO_KEY; MAX_FIELDS],
            }),
        })
    }

    /// The whole value.
    pub(crate) fn root(&self) -> JsData<'_> {
        JsData {
            encoded: self,
            at: 0,
            hidden: &[],
        }
    }

    /// The tag and data of the code pair at `at` (a `NULL` past the end, which the
    /// encoding never points to).
    #[inline(always)]
    fn pair(&self, at: usize) -> (u32, f64) {
        match self.codes.get(at..at + 2) {
            Some(&[tag, data]) => (small(tag), data),
            _ => (NULL, 0.0),
        }
    }

    /// Where the value at `at` ends: past its pair, or past a list's or object's items.
    #[inline(always)]
    fn end_of(&self, at: usize) -> usize {
        match self.pair(at) {
            (LIST | OBJECT, end) => index(end).min(self.codes.len()).max(at + 2),
            _ => at + 2,
        }
    }

    /// The key whose string number is `number` (`""` for [`NO_KEY`]).
    fn key(&self, number: u32) -> &str {
        self.string(f64::from(number))
    }

    /// String number `number` of the text.
    fn string(&self, number: f64) -> &str {
        let number = index(number);
        match self.starts.get(number..number.saturating_add(2)) {
            Some(&[start, end]) => self.text.get(start..end).unwrap_or_default(),
            _ => "",
        }
    }
}

/// The text as `takeText` gives it: a string, or its UTF-8 bytes when long.
fn read_text(text: JsValue) -> String {
    text.as_string().unwrap_or_else(|| {
        let bytes = text.unchecked_into::<js_sys::Uint8Array>().to_vec();
        String::from_utf8(bytes).unwrap_or_default()
    })
}

/// Numbers the strings of the codes in order: each `TEXT`'s data, its length in UTF-16
/// units, becomes its number. Gives where each string starts in `text`, in bytes, and
/// where the last one ends.
fn number_strings(codes: &mut [f64], text: &str) -> Result<Vec<usize>, Error> {
    let ascii = text.is_ascii();
    let mut characters = text.char_indices();
    // Room for the strings of most options (their keys) without growing, which would
    // bring `Vec`'s growth code into what the first call compiles.
    let mut starts = Vec::with_capacity(16);
    starts.push(0);
    let mut end: usize = 0;
    for pair in codes.chunks_exact_mut(2) {
        let [tag, data] = pair else { continue };
        if small(*tag) != TEXT {
            continue;
        }
        let units = index(*data);
        if ascii {
            end = end.saturating_add(units);
        } else {
            let mut left = units;
            while left > 0 {
                let (at, character) = characters.next().ok_or_else(malformed)?;
                left = left.saturating_sub(character.len_utf16());
                end = at + character.len_utf8();
            }
        }
        *data = length(starts.len() - 1);
        starts.push(end);
    }
    if end == text.len() {
        Ok(starts)
    } else {
        Err(malformed())
    }
}

/// A code that is a tag or an index into `arrays`, as [`index`] does.
#[inline(always)]
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn small(code: f64) -> u32 {
    code as u32
}

/// A code that is a tag, a place or a number of things. Only the encoder writes them,
/// all whole; anything else saturates (NaN to 0), and reads as an unknown tag or a
/// place out of range, never as a panic.
#[inline(always)]
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn index(code: f64) -> usize {
    code as usize
}

/// A value inside an options value: a place in its codes.
#[derive(Clone, Copy)]
pub(crate) struct JsData<'a> {
    encoded: &'a Encoded,
    at: usize,
    /// Keys an object is read without (a goal's own fields, read apart).
    hidden: &'static [&'static str],
}

/// What a [`JsData`] is, as far as options need it.
pub(crate) enum Value<'a> {
    Null,
    Bool(bool),
    /// NaN and infinities as they are.
    Number(f64),
    Text(&'a str),
    List(Items<'a>),
    /// A `Float64Array` (a batch function's column), not copied: the batch copies it
    /// into wasm memory in parts as it goes.
    Floats(FloatsAt<'a>),
    /// Own enumerable string-keyed properties, in property order, `undefined` ones left out.
    Object(Entries<'a>),
    /// A value options never hold (`undefined` as the whole input, a bigint, a
    /// symbol, a function, another typed array); the text names it for the error message.
    Unsupported(&'static str),
}

/// A `Float64Array` of the options, by its index: a [`Value`] holds no JS value, so
/// that dropping one is nothing.
#[derive(Clone, Copy)]
pub(crate) struct FloatsAt<'a> {
    arrays: &'a js_sys::Array,
    index: u32,
}

impl FloatsAt<'_> {
    /// The array.
    pub(crate) fn array(self) -> js_sys::Float64Array {
        self.arrays.get(self.index).unchecked_into()
    }
}

impl<'a> JsData<'a> {
    /// The value here.
    pub(crate) fn value(self) -> Value<'a> {
        let encoded = self.encoded;
        let (tag, data) = encoded.pair(self.at);
        match tag {
            NUMBER => Value::Number(data),
            TEXT => Value::Text(encoded.string(data)),
            LIST => Value::List(Items {
                encoded,
                at: self.at + 2,
                end: encoded.end_of(self.at),
            }),
            OBJECT => Value::Object(Entries {
                encoded,
                at: self.at + 2,
                end: encoded.end_of(self.at),
                hidden: self.hidden,
            }),
            TRUE => Value::Bool(true),
            FALSE => Value::Bool(false),
            FLOATS => match &encoded.arrays {
                Some(arrays) => Value::Floats(FloatsAt {
                    arrays,
                    index: small(data),
                }),
                None => Value::Unsupported(UNDECODED),
            },
            UNSUPPORTED => Value::Unsupported(
                UNSUPPORTED_KINDS
                    .get(index(data))
                    .copied()
                    .unwrap_or(UNDECODED),
            ),
            NULL => Value::Null,
            _ => Value::Unsupported(UNDECODED),
        }
    }

    /// The value at `place` in the codes (from [`Entries::place_fields`]), in the same options.
    pub(crate) fn at(self, place: usize) -> JsData<'a> {
        JsData {
            at: place,
            hidden: &[],
            ..self
        }
    }

    /// Whether the value here is `null`.
    pub(crate) fn is_null(self) -> bool {
        self.encoded.pair(self.at).0 == NULL
    }

    /// The same object without the fields `keys`.
    pub(crate) fn without(self, keys: &'static [&'static str]) -> JsData<'a> {
        JsData {
            hidden: keys,
            ..self
        }
    }
}

/// What a code the encoder never writes reads as (an opscalc defect, not the caller's).
const UNDECODED: &str = "a value opscalc could not decode";

/// The items of an array, in order.
pub(crate) struct Items<'a> {
    encoded: &'a Encoded,
    at: usize,
    end: usize,
}

impl<'a> Iterator for Items<'a> {
    type Item = JsData<'a>;

    fn next(&mut self) -> Option<JsData<'a>> {
        if self.at >= self.end {
            return None;
        }
        let item = JsData {
            encoded: self.encoded,
            at: self.at,
            hidden: &[],
        };
        self.at = self.encoded.end_of(self.at);
        Some(item)
    }
}

/// The fields of an object, key and value, in property order, found by their keys with
/// [`Entries::place_fields`].
pub(crate) struct Entries<'a> {
    encoded: &'a Encoded,
    at: usize,
    end: usize,
    hidden: &'static [&'static str],
}

impl<'a> Entries<'a> {
    /// Puts where each field of `known` (JS names, at most [`MAX_FIELDS`]) is in the
    /// codes into `places` (fields absent stay 0; the root is at 0, never a field), and
    /// gives the first key that is not in `known`, if any; hidden keys are passed over.
    /// Keys are matched by their string number where the field list met them before
    /// (the objects of a list share their keys' numbers), by their text otherwise.
    pub(crate) fn place_fields(
        self,
        known: &[&str],
        places: &mut [u32; MAX_FIELDS],
    ) -> Option<&'a str> {
        let encoded = self.encoded;
        let list = (known.as_ptr() as usize, known.len());
        let mut cache = encoded.key_numbers.get();
        if cache.list != list {
            cache = KeyNumbers {
                list,
                numbers: [NO_KEY; MAX_FIELDS],
            };
        }
        let mut unknown = None;
        let mut at = self.at;
        while at < self.end {
            let (tag, data) = encoded.pair(at);
            let number = if tag == TEXT || tag == KEY {
                small(data)
            } else {
                NO_KEY
            };
            let place = at + 2;
            at = encoded.end_of(place);
            let cached = match self.hidden {
                [] if number != NO_KEY => cache.numbers.iter().position(|&seen| seen == number),
                _ => None,
            };
            let index = match cached {
                Some(index) => Some(index),
                None => {
                    let key = encoded.key(number);
                    if self.hidden.contains(&key) {
                        continue;
                    }
                    let index = known.iter().position(|name| *name == key);
                    match index.and_then(|index| cache.numbers.get_mut(index)) {
                        Some(slot) => *slot = number,
                        None => {
                            unknown = unknown.or(Some(key));
                        }
                    }
                    index
                }
            };
            if let Some(slot) = index.and_then(|index| places.get_mut(index)) {
                *slot = u32::try_from(place).unwrap_or(0);
            }
        }
        encoded.key_numbers.set(cache);
        unknown
    }
}

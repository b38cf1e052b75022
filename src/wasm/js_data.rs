//! A JS value read into Rust data, and a serde `Deserializer` over it.
//!
//! serde-wasm-bindgen reads a struct by looking up only the fields the struct knows,
//! so a misspelled option (`holdingcost`) would pass unseen and
//! `#[serde(deny_unknown_fields)]` could never fire. Reading the value first, with
//! every own key of every object, lets serde's derived code see all keys. It also
//! keeps NaN as a number (so the core can say "must be a finite number"), treats a
//! property set to `undefined` as absent (as JS does), and bounds the nesting depth so
//! a cyclic object is an error, not a stack overflow.

use super::read_error::ReadError;
use crate::{Error, ErrorCode};
use serde::de::value::StrDeserializer;
use serde::de::{
    self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Unexpected,
    Visitor,
};
use wasm_bindgen::{JsCast, JsValue};

/// Deepest nesting of arrays and objects accepted in options.
const MAX_DEPTH: usize = 32;

/// Integers up to 2^53 are exact in an `f64`.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// The data of a JS value, as far as options need it.
#[derive(Debug)]
pub(crate) enum JsData {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<JsData>),
    /// Own enumerable string-keyed properties, in property order, `undefined` ones left out.
    Object(Vec<(String, JsData)>),
    /// A value options never hold (`undefined` as the whole input, a bigint, a
    /// symbol, a function); the text names it for the error message.
    Unsupported(&'static str),
}

impl JsData {
    /// Reads `value` and everything under it.
    ///
    /// # Errors
    /// `too_large` when arrays and objects nest deeper than [`MAX_DEPTH`] (a cyclic
    /// object does); `invalid_input` when reading a property throws (a getter or a
    /// proxy trap).
    pub(crate) fn read(value: &JsValue) -> Result<JsData, Error> {
        read_at(value, 0)
    }
}

fn read_at(value: &JsValue, depth: usize) -> Result<JsData, Error> {
    if let Some(number) = value.as_f64() {
        return Ok(JsData::Number(number));
    }
    if let Some(text) = value.as_string() {
        return Ok(JsData::Text(text));
    }
    if let Some(flag) = value.as_bool() {
        return Ok(JsData::Bool(flag));
    }
    if value.is_null() {
        return Ok(JsData::Null);
    }
    if value.is_undefined() {
        return Ok(JsData::Unsupported("undefined"));
    }
    if value.is_bigint() {
        return Ok(JsData::Unsupported("a bigint"));
    }
    if value.is_symbol() {
        return Ok(JsData::Unsupported("a symbol"));
    }
    if value.is_function() {
        return Ok(JsData::Unsupported("a function"));
    }
    if depth >= MAX_DEPTH {
        let message =
            format!("nests arrays and objects deeper than {MAX_DEPTH} levels (is it cyclic?)");
        return Err(Error::new(ErrorCode::TooLarge, "", message));
    }
    if let Some(array) = value.dyn_ref::<js_sys::Array>() {
        let mut items = Vec::with_capacity(usize::try_from(array.length()).unwrap_or(0));
        for (index, item) in array.iter().enumerate() {
            items.push(
                read_at(&item, depth + 1).map_err(|error| error.within(&format!("[{index}]")))?,
            );
        }
        return Ok(JsData::List(items));
    }
    // One call for all entries; if a getter or proxy trap throws, read key by key to
    // name the property that did.
    let entries = object_entries(value).or_else(|_| entries_one_by_one(value))?;
    let mut data = Vec::with_capacity(entries.len());
    for (name, item) in entries {
        if item.is_undefined() {
            continue;
        }
        let item = read_at(&item, depth + 1).map_err(|error| error.within(&name))?;
        data.push((name, item));
    }
    Ok(JsData::Object(data))
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `Object.entries`, with a thrown exception returned as `Err`.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = entries)]
    fn entries(object: &JsValue) -> Result<js_sys::Array, JsValue>;
}

/// Own enumerable string-keyed properties and their values, in property order.
fn object_entries(value: &JsValue) -> Result<Vec<(String, JsValue)>, JsValue> {
    let pairs = entries(value)?;
    let mut result = Vec::with_capacity(usize::try_from(pairs.length()).unwrap_or(0));
    for pair in pairs.iter() {
        let pair: js_sys::Array = pair.unchecked_into();
        result.push((pair.get(0).as_string().unwrap_or_default(), pair.get(1)));
    }
    Ok(result)
}

/// The same as [`object_entries`], one property at a time, so that a property whose
/// getter throws is named in the error.
fn entries_one_by_one(value: &JsValue) -> Result<Vec<(String, JsValue)>, Error> {
    let object: &js_sys::Object = value.unchecked_ref();
    let keys = js_sys::Reflect::own_keys(object).map_err(|_| unreadable(""))?;
    let mut result = Vec::new();
    for key in keys.iter() {
        let Some(name) = key.as_string() else {
            continue;
        }; // symbol keys
        if !object.property_is_enumerable(&key) {
            continue;
        }
        let item = js_sys::Reflect::get(object, &key).map_err(|_| unreadable(&name))?;
        result.push((name, item));
    }
    Ok(result)
}

/// The entries of an object, read one by one: an error in a value is tagged with its
/// key, so it carries the path of the field at fault.
struct ObjectAccess {
    entries: std::vec::IntoIter<(String, JsData)>,
    /// The key and value of the entry whose key was just read.
    value: Option<(String, JsData)>,
}

impl<'de> MapAccess<'de> for ObjectAccess {
    type Error = ReadError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, ReadError> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        // An unknown key fails here, and the error names it itself.
        let read = seed.deserialize(StrDeserializer::<ReadError>::new(&key))?;
        self.value = Some((key, value));
        Ok(Some(read))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, ReadError> {
        match self.value.take() {
            Some((key, value)) => seed.deserialize(value).map_err(|error| error.in_field(key)),
            None => Err(de::Error::custom("a value was read before its key")),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// The items of an array, read one by one: an error in an item is tagged with its index.
struct ListAccess {
    items: std::iter::Enumerate<std::vec::IntoIter<JsData>>,
}

impl<'de> SeqAccess<'de> for ListAccess {
    type Error = ReadError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, ReadError> {
        match self.items.next() {
            Some((index, item)) => seed
                .deserialize(item)
                .map(Some)
                .map_err(|error| error.in_item(index)),
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

impl JsData {
    /// What this value is, in serde's terms, for a type error.
    fn unexpected(&self) -> Unexpected<'_> {
        match self {
            JsData::Null => Unexpected::Unit,
            JsData::Bool(flag) => Unexpected::Bool(*flag),
            JsData::Number(number) => Unexpected::Float(*number),
            JsData::Text(text) => Unexpected::Str(text),
            JsData::List(_) => Unexpected::Seq,
            JsData::Object(_) => Unexpected::Map,
            JsData::Unsupported(kind) => Unexpected::Other(kind),
        }
    }
}

fn unreadable(field: &str) -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        field,
        "could not be read (a getter or proxy threw)",
    )
}

impl<'de> IntoDeserializer<'de, ReadError> for JsData {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

impl<'de> Deserializer<'de> for JsData {
    type Error = ReadError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self {
            JsData::Null => visitor.visit_unit(),
            JsData::Bool(flag) => visitor.visit_bool(flag),
            // Whole numbers go as integers so integer fields accept them; f64 fields
            // accept integers too.
            JsData::Number(number) if number.fract() == 0.0 && number.abs() <= MAX_SAFE_INTEGER => {
                #[allow(clippy::cast_possible_truncation)] // whole and within ±2^53: exact
                let whole = number as i64;
                if whole >= 0 {
                    visitor.visit_u64(whole.unsigned_abs())
                } else {
                    visitor.visit_i64(whole)
                }
            }
            JsData::Number(number) => visitor.visit_f64(number),
            JsData::Text(text) => visitor.visit_string(text),
            JsData::List(items) => {
                let length = items.len();
                let mut access = ListAccess {
                    items: items.into_iter().enumerate(),
                };
                let value = visitor.visit_seq(&mut access)?;
                match access.items.len() {
                    0 => Ok(value),
                    left => Err(de::Error::invalid_length(length - left, &"fewer elements")),
                }
            }
            JsData::Object(entries) => visitor.visit_map(ObjectAccess {
                entries: entries.into_iter(),
                value: None,
            }),
            JsData::Unsupported(kind) => {
                Err(de::Error::invalid_type(Unexpected::Other(kind), &visitor))
            }
        }
    }

    /// `null` is an absent optional value.
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self {
            JsData::Null => visitor.visit_none(),
            other => visitor.visit_some(other),
        }
    }

    /// Options objects are objects: an array is not read as the fields in order. Going
    /// straight to `visit_map` also keeps each options type's unused `visit_seq` (and
    /// the rest of its visitor) out of the wasm.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        match self {
            JsData::Object(entries) => visitor.visit_map(ObjectAccess {
                entries: entries.into_iter(),
                value: None,
            }),
            other => Err(de::Error::invalid_type(other.unexpected(), &visitor)),
        }
    }

    /// Numbers are read as numbers; anything else is a type error, without entering
    /// the visitor.
    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self {
            JsData::Number(number) => visitor.visit_f64(number),
            other => Err(de::Error::invalid_type(other.unexpected(), &visitor)),
        }
    }

    /// A choice among names is given as its string: `"allUnits"`.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        match self {
            JsData::Text(text) => visitor.visit_enum(text.into_deserializer()),
            other => other.deserialize_any(visitor),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 char str string bytes
        byte_buf unit unit_struct newtype_struct seq tuple tuple_struct map identifier
        ignored_any
    }
}

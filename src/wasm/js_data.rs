//! A JS value read into Rust data, which [`FromJs`](super::from_js::FromJs) then reads
//! into the options types.
//!
//! Reading the whole value first sees every own key of every object, so a misspelled
//! option (`holdingcost`) is found; keeps NaN as a number (so the core can say "must be
//! a finite number"); treats a property set to `undefined` as absent (as JS does); and
//! bounds the nesting depth, so a cyclic object is an error, not a stack overflow.
//!
//! The value crosses in one go through the [codec](super::codec), which reads each
//! getter once. When a getter or proxy throws there, the value is read again here, one
//! JS call per property, to name the property that threw.

use super::codec::Encoded;
use crate::{Error, ErrorCode};
use std::borrow::Cow;
use wasm_bindgen::{JsCast, JsValue};

/// Deepest nesting of arrays and objects accepted in options.
const MAX_DEPTH: usize = 32;

/// The data of a JS value, as far as options need it; its strings borrow from the
/// [`JsValueRead`] it was read from.
#[derive(Debug)]
pub(crate) enum JsData<'a> {
    Null,
    Bool(bool),
    Number(f64),
    Text(Cow<'a, str>),
    List(Vec<JsData<'a>>),
    /// A `Float64Array` (a batch function's column), not copied: the batch copies it
    /// into wasm memory in parts as it goes.
    Floats(js_sys::Float64Array),
    /// Own enumerable string-keyed properties, in property order, `undefined` ones left out.
    Object(Vec<(Cow<'a, str>, JsData<'a>)>),
    /// A value options never hold (`undefined` as the whole input, a bigint, a
    /// symbol, a function); the text names it for the error message.
    Unsupported(&'static str),
}

/// A JS value read: encoded through the codec, or, when reading it threw in JS, read
/// here property by property (an error naming the property that threw).
pub(crate) enum JsValueRead {
    Encoded(Encoded),
    OneByOne(Result<JsData<'static>, Error>),
}

impl JsValueRead {
    /// Reads `value` and everything under it.
    pub(crate) fn of(value: &JsValue) -> Self {
        match Encoded::of(value) {
            Some(encoded) => JsValueRead::Encoded(encoded),
            None => JsValueRead::OneByOne(read_at(value, 0)),
        }
    }

    /// The data read (taken: a value read one by one gives its data once).
    ///
    /// # Errors
    /// `too_large` when arrays and objects nest deeper than [`MAX_DEPTH`] (a cyclic
    /// object does); `invalid_input` when reading a property throws (a getter or a
    /// proxy trap).
    pub(crate) fn data(&mut self) -> Result<JsData<'_>, Error> {
        match self {
            JsValueRead::Encoded(encoded) => encoded.data(),
            JsValueRead::OneByOne(data) => std::mem::replace(data, Ok(JsData::Null)),
        }
    }
}

/// The error for arrays and objects nested deeper than [`MAX_DEPTH`].
pub(crate) fn too_deep() -> Error {
    let message =
        format!("nests arrays and objects deeper than {MAX_DEPTH} levels (is it cyclic?)");
    Error::new(ErrorCode::TooLarge, "", message)
}

fn read_at(value: &JsValue, depth: usize) -> Result<JsData<'static>, Error> {
    if let Some(number) = value.as_f64() {
        return Ok(JsData::Number(number));
    }
    if let Some(text) = value.as_string() {
        return Ok(JsData::Text(Cow::Owned(text)));
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
        return Err(too_deep());
    }
    if let Some(floats) = value.dyn_ref::<js_sys::Float64Array>() {
        return Ok(JsData::Floats(floats.clone()));
    }
    if js_sys::ArrayBuffer::is_view(value) {
        return Ok(JsData::Unsupported("a typed array other than Float64Array"));
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
        data.push((Cow::Owned(name), item));
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

fn unreadable(field: &str) -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        field,
        "could not be read (a getter or proxy threw)",
    )
}

//! Why an options value could not be encoded: the property whose getter or proxy trap
//! threw, or arrays and objects nested too deep (a cyclic object is), found by reading
//! the value again, one JS call per property, to name the path.

use crate::{Error, ErrorCode};
use wasm_bindgen::{JsCast, JsValue};

/// Deepest nesting of arrays and objects accepted in options.
const MAX_DEPTH: usize = 32;

/// The error for `value`, which `codec.js` could not encode.
pub(crate) fn why_unreadable(value: &JsValue) -> Error {
    // A getter that throws once and not again leaves nothing to name.
    failure_at(value, 0).unwrap_or_else(|| unreadable(""))
}

/// The first failure inside `value`, at `depth` levels of nesting.
fn failure_at(value: &JsValue, depth: usize) -> Option<Error> {
    if !value.is_object() {
        return None;
    }
    if depth >= MAX_DEPTH {
        return Some(too_deep());
    }
    if js_sys::ArrayBuffer::is_view(value) {
        return None;
    }
    if let Some(array) = value.dyn_ref::<js_sys::Array>() {
        return array.iter().enumerate().find_map(|(index, item)| {
            failure_at(&item, depth + 1).map(|error| error.within(&format!("[{index}]")))
        });
    }
    // One call for all entries; if a getter or proxy trap throws, read key by key to
    // name the property that did.
    let entries = match object_entries(value).or_else(|_| entries_one_by_one(value)) {
        Ok(entries) => entries,
        Err(error) => return Some(error),
    };
    entries
        .iter()
        .find_map(|(name, item)| failure_at(item, depth + 1).map(|error| error.within(name)))
}

fn too_deep() -> Error {
    let message =
        format!("nests arrays and objects deeper than {MAX_DEPTH} levels (is it cyclic?)");
    Error::new(ErrorCode::TooLarge, "", message)
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

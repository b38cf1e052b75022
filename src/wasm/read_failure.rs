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

/// The first failure inside `value`, at `depth` levels of nesting. Every step that runs
/// a proxy trap or getter is a catching call: a revoked proxy throws even when asked
/// whether it is an array.
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
    let Ok(array) = is_array(value) else {
        return Some(unreadable(""));
    };
    // An array's entries are named `[0]`, `[1]`, ...
    let segment = |name: &str| {
        if array {
            format!("[{name}]")
        } else {
            name.to_owned()
        }
    };
    // One call for all entries; if a getter or proxy trap throws, read key by key to
    // name the property that did.
    let entries = match object_entries(value).or_else(|_| entries_one_by_one(value, &segment)) {
        Ok(entries) => entries,
        Err(error) => return Some(error),
    };
    let inside = entries.iter().find_map(|(name, item)| {
        failure_at(item, depth + 1).map(|error| error.within(&segment(name)))
    });
    // The encoder also reads an array's length, which its entries do not.
    let length = || js_sys::Reflect::get(value, &JsValue::from_str("length"));
    inside.or_else(|| (array && length().is_err()).then(|| unreadable("")))
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

    /// `Array.isArray`, with a thrown exception (a revoked proxy) returned as `Err`.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
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
fn entries_one_by_one(
    value: &JsValue,
    segment: &dyn Fn(&str) -> String,
) -> Result<Vec<(String, JsValue)>, Error> {
    let object: &js_sys::Object = value.unchecked_ref();
    let keys = js_sys::Reflect::own_keys(object).map_err(|_| unreadable(""))?;
    let mut result = Vec::new();
    for key in keys.iter() {
        let Some(name) = key.as_string() else {
            continue;
        }; // symbol keys
        // Through the descriptor, a catching call: a proxy's trap may throw.
        let descriptor = js_sys::Reflect::get_own_property_descriptor(object, &key)
            .map_err(|_| unreadable(&segment(&name)))?;
        if !enumerable(&descriptor) {
            continue;
        }
        let item = js_sys::Reflect::get(object, &key).map_err(|_| unreadable(&segment(&name)))?;
        result.push((name, item));
    }
    Ok(result)
}

/// Whether a property descriptor (a plain object, or undefined for a property that is
/// gone) says enumerable.
fn enumerable(descriptor: &JsValue) -> bool {
    descriptor.is_object()
        && js_sys::Reflect::get(descriptor, &JsValue::from_str("enumerable"))
            .is_ok_and(|value| value.is_truthy())
}

fn unreadable(field: &str) -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        field,
        "could not be read (a getter or proxy threw)",
    )
}

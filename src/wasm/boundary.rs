//! Crossing the boundary: options in (with the path of any bad field), results out,
//! and core errors thrown as real JS `Error` objects.

use super::js_data::JsData;
use super::read_error::ReadError;
use crate::{Error, ErrorCode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsValue;

/// Runs one exported function: deserializes `options` into the mirror type `O`, calls
/// `compute`, and serializes its result; any error becomes a thrown `OpscalcError`.
pub(crate) fn call<O, R>(
    options: JsValue,
    compute: impl FnOnce(O) -> Result<R, Error>,
) -> Result<JsValue, JsValue>
where
    O: DeserializeOwned,
    R: Serialize,
{
    from_js(options)
        .and_then(compute)
        .and_then(|result| to_js(&result))
        .map_err(to_js_error)
}

/// Deserializes a JS value, naming the path of the field at fault on error.
fn from_js<T: DeserializeOwned>(value: JsValue) -> Result<T, Error> {
    let data = JsData::read(&value)?;
    T::deserialize(data).map_err(ReadError::into_error)
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, Error> {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value
        .serialize(&serializer)
        .map_err(|error| Error::new(ErrorCode::Internal, "", error.to_string()))
}

/// The thrown form of an error: a JS `Error` named `OpscalcError` with `code`,
/// `field` (camelCase path) and `reason` properties.
pub(crate) fn to_js_error(error: Error) -> JsValue {
    let field = camel_case_path(error.field());
    let message = if field.is_empty() {
        error.message().to_owned()
    } else {
        format!("{field}: {}", error.message())
    };
    let js_error = js_sys::Error::new(&message);
    js_error.set_name("OpscalcError");
    for (key, value) in [
        ("code", error.code().as_str()),
        ("field", field.as_str()),
        ("reason", error.message()),
    ] {
        // Setting a property on a fresh, unfrozen Error object cannot fail.
        let _ = js_sys::Reflect::set(
            &js_error,
            &JsValue::from_str(key),
            &JsValue::from_str(value),
        );
    }
    js_error.into()
}

/// The core names fields in snake_case (`model.min_quantity`); JS callers wrote
/// camelCase (`model.minQuantity`). Text in brackets is an index or a user's key
/// (`ratings["team_work"]`) and stays as it is.
fn camel_case_path(path: &str) -> String {
    let mut camel = String::with_capacity(path.len());
    let mut upper_next = false;
    let mut in_brackets = false;
    for character in path.chars() {
        match character {
            '[' => in_brackets = true,
            ']' => in_brackets = false,
            '_' if !in_brackets => {
                upper_next = true;
                continue;
            }
            _ => {}
        }
        if upper_next {
            camel.extend(character.to_uppercase());
            upper_next = false;
        } else {
            camel.push(character);
        }
    }
    camel
}

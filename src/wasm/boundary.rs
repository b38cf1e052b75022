//! Crossing the boundary: options in (with the path of any bad field), results out,
//! and errors thrown as real JS `Error` objects.

use super::from_js::FromJs;
use super::js_data::JsData;
use super::to_js::ToJs;
use crate::Error;
use crate::naming::camel_case_path;
use wasm_bindgen::JsValue;

/// Runs one exported function: reads `options` into the mirror type `O`, calls
/// `compute`, and writes its result; any error becomes a thrown `OpscalcError`.
pub(crate) fn call<O, R>(
    options: JsValue,
    compute: impl FnOnce(O) -> Result<R, Error>,
) -> Result<JsValue, JsValue>
where
    O: FromJs,
    R: ToJs,
{
    // Errors found while reading name JS paths already; the core's name Rust paths.
    let options = JsData::read(&options)
        .and_then(O::from_js)
        .map_err(|error| thrown(&error, error.field().to_owned()))?;
    compute(options)
        .map(|result| result.to_js())
        .map_err(|error| thrown(&error, camel_case_path(error.field())))
}

/// The thrown form of an error: a JS `Error` named `OpscalcError` with `code`,
/// `field` (its JS path) and `reason` properties.
fn thrown(error: &Error, field: String) -> JsValue {
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

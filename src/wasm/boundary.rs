//! Crossing the boundary: options in (with the path of any bad field), results out,
//! and errors thrown as real JS `Error` objects.

use super::codec::opscalc_error;
use super::from_js::FromJs;
use super::js_data::Encoded;
use super::to_js::{ToJs, js_value_of};
use crate::Error;
use crate::naming::camel_case_path;
use wasm_bindgen::JsValue;

/// Runs one exported function: reads `options` into the mirror type `O`, calls
/// `compute`, and writes its result; any error becomes a thrown `OpscalcError`.
///
/// Each exported function has its own instance of this generic function, so the steps
/// that do not depend on the types are plain functions, there once for all of them.
pub(crate) fn call<O, R>(
    options: JsValue,
    compute: impl FnOnce(O) -> Result<R, Error>,
) -> Result<JsValue, JsValue>
where
    O: FromJs,
    R: ToJs,
{
    let encoded = Encoded::of(&options).map_err(reading_error)?;
    let options = O::from_js(encoded.root()).map_err(reading_error)?;
    compute(options)
        .map(|result| js_value_of(&result))
        .map_err(computing_error)
}

/// Errors found while reading name JS paths already.
fn reading_error(error: Error) -> JsValue {
    thrown(&error, error.field())
}

/// The core's errors name Rust paths. Not inlined: `map_err` would then carry it, and
/// every first call would compile it (V8 compiles a wasm function on its first call),
/// though it runs only for an error.
#[inline(never)]
fn computing_error(error: Error) -> JsValue {
    thrown(&error, &camel_case_path(error.field()))
}

/// The thrown form of an error: a JS `Error` named `OpscalcError` with `code`,
/// `field` (its JS path) and `reason` properties, built by `codec.js`.
fn thrown(error: &Error, field: &str) -> JsValue {
    opscalc_error(error.code().as_str(), field, error.message())
}

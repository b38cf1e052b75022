//! Crossing the boundary: options in (with the path of any bad field), results out,
//! and core errors thrown as real JS `Error` objects.

use super::js_data::JsData;
use crate::{Error, ErrorCode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_path_to_error::Segment;
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
    serde_path_to_error::deserialize(data).map_err(|error| {
        let path = path_string(error.path());
        classify(&path, &error.into_inner().to_string())
    })
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, Error> {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value
        .serialize(&serializer)
        .map_err(|error| Error::new(ErrorCode::Internal, "", error.to_string()))
}

/// `a.b[2].c` from serde_path_to_error's segments (its own `Display` writes `.` for
/// the root, where opscalc uses the empty string).
fn path_string(path: &serde_path_to_error::Path) -> String {
    let mut text = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => text.push_str(&format!("[{index}]")),
            Segment::Map { key } => push_key(&mut text, key),
            Segment::Enum { variant } => push_key(&mut text, variant),
            Segment::Unknown => push_key(&mut text, "?"),
        }
    }
    text
}

fn push_key(path: &mut String, key: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(key);
}

/// Turns serde's message into an [`Error`]. Serde's derived visitors word their
/// errors in fixed forms ("missing field `x`", "unknown field `x`, expected ...",
/// "unknown variant `x`, expected ...", "invalid type: ..., expected ..."), which say
/// what went wrong but not where: the path says where, and a missing or unknown
/// field's own name is appended to it.
fn classify(path: &str, message: &str) -> Error {
    if let Some(name) = quoted_after(message, "missing field `") {
        return Error::new(ErrorCode::MissingField, child(path, name), "is required");
    }
    if let Some(name) = quoted_after(message, "unknown field `") {
        let expected = message
            .split_once(", expected ")
            .map_or_else(String::new, |(_, list)| format!(" (expected {list})"));
        let reason = format!("is not an option of this function{expected}");
        return Error::new(ErrorCode::UnknownField, child(path, name), reason);
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        // A name outside a choice (`scheme: "bulk"`): serde lists the names it expected.
        let expected = rest
            .split_once(", expected ")
            .map_or("one of the documented names", |(_, list)| list);
        return Error::new(ErrorCode::OutOfRange, path, format!("must be {expected}"));
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        return Error::new(ErrorCode::InvalidType, path, readable_type_error(rest));
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        return Error::new(ErrorCode::OutOfRange, path, readable_type_error(rest));
    }
    Error::new(ErrorCode::InvalidInput, path, message.to_owned())
}

/// The text between `prefix` and the next backtick.
fn quoted_after<'a>(message: &'a str, prefix: &str) -> Option<&'a str> {
    message.strip_prefix(prefix)?.split('`').next()
}

/// `name` under `path`, unless the path already ends there.
fn child(path: &str, name: &str) -> String {
    match path.rsplit('.').next() {
        Some(last) if last == name => path.to_owned(),
        _ if path.is_empty() => name.to_owned(),
        _ => format!("{path}.{name}"),
    }
}

/// `"string \"abc\", expected f64"` becomes `"expected a number, got string \"abc\""`:
/// Rust type names replaced by what a JS caller knows.
fn readable_type_error(rest: &str) -> String {
    let (got, expected) = rest
        .split_once(", expected ")
        .unwrap_or((rest, "another type"));
    let expected = match expected {
        "f64" | "f32" => "a number",
        "u32" | "u16" | "u8" | "usize" | "u64" => "a whole number of 0 or more",
        "a boolean" | "bool" => "true or false",
        other if other.starts_with("struct ") => "an object",
        other if other.starts_with("a sequence") => "an array",
        other => other,
    };
    let got = match got {
        "unit value" => "null",
        "sequence" => "an array",
        "map" => "an object",
        other => other,
    };
    format!("expected {expected}, got {got}")
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

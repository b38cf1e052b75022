//! Reading options: how each JS value ([`JsData`], a place in the encoded options)
//! becomes a mirror type's field.
//!
//! A derived serde reader brings a field-name visitor, per-field slots and seed plumbing,
//! all generated again for every options type; in the wasm that cost more than the
//! formulas. Options objects need far less: each field is read by name, unknown names
//! are refused, and an error names its path. [`FromJs`] does that with code shared by
//! every type (the impls for numbers, strings, `Option` and `Vec`), and the two macros
//! below add one short function per options type.
//!
//! The macros take the Rust field names (`ordering_cost`) and match keys against their
//! camelCase forms (`orderingCost`), made at compile time, byte for byte. Errors found while reading carry
//! JS paths (`model.orderingCost`, an unknown key as the caller wrote it); the boundary
//! passes them through as they are.

use super::js_data::{Items, JsData, Value};
use crate::naming::joined;
use crate::{Error, ErrorCode};

/// A value an options object can hold.
pub(crate) trait FromJs: Sized {
    /// Reads the value; an error's field is its path inside this value (`""` for the
    /// value itself).
    fn from_js(data: JsData<'_>) -> Result<Self, Error>;

    /// The value of an absent field: `None` when the field is required.
    fn absent() -> Option<Self> {
        None
    }

    /// A stand-in for a field that failed to read, so that the reader can go on to the
    /// end of its struct literal and return the first error there: never returned to a
    /// caller. One error check per options type instead of one per field keeps the
    /// readers small.
    fn placeholder() -> Self;
}

impl FromJs for f64 {
    fn from_js(data: JsData<'_>) -> Result<Self, Error> {
        match data.value() {
            Value::Number(number) => Ok(number),
            other => Err(wrong_kind("a number", &other)),
        }
    }

    fn placeholder() -> Self {
        0.0
    }
}

impl FromJs for u32 {
    fn from_js(data: JsData<'_>) -> Result<Self, Error> {
        match data.value() {
            Value::Number(number) => whole_number(number),
            other => Err(wrong_kind(WHOLE_NUMBER, &other)),
        }
    }

    fn placeholder() -> Self {
        0
    }
}

const WHOLE_NUMBER: &str = "a whole number of 0 or more";

/// `number` as a `u32`, when it is a whole number of 0 to `u32::MAX`.
pub(crate) fn whole_number(number: f64) -> Result<u32, Error> {
    if number.fract() != 0.0 || !number.is_finite() {
        Err(wrong_kind(WHOLE_NUMBER, &Value::Number(number)))
    } else if number < 0.0 {
        Err(out_of_range(WHOLE_NUMBER, "a negative number"))
    } else if number > f64::from(u32::MAX) {
        Err(out_of_range(WHOLE_NUMBER, "a number too large"))
    } else {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        // whole, 0..=u32::MAX
        Ok(number as u32)
    }
}

impl FromJs for bool {
    fn from_js(data: JsData<'_>) -> Result<Self, Error> {
        match data.value() {
            Value::Bool(flag) => Ok(flag),
            other => Err(wrong_kind("true or false", &other)),
        }
    }

    fn placeholder() -> Self {
        false
    }
}

impl FromJs for String {
    fn from_js(data: JsData<'_>) -> Result<Self, Error> {
        text_of(data).map(str::to_owned)
    }

    fn placeholder() -> Self {
        String::new()
    }
}

/// `null` and an absent field are `None`.
impl<T: FromJs> FromJs for Option<T> {
    fn from_js(data: JsData<'_>) -> Result<Self, Error> {
        if data.is_null() {
            Ok(None)
        } else {
            T::from_js(data).map(Some)
        }
    }

    fn absent() -> Option<Self> {
        Some(None)
    }

    fn placeholder() -> Self {
        None
    }
}

/// An array; an error in an item is placed under its index (`[2]`).
impl<T: FromJs> FromJs for Vec<T> {
    fn from_js(data: JsData<'_>) -> Result<Self, Error> {
        let mut values = Vec::new();
        each_item(data, &mut |item| {
            values.push(T::from_js(item)?);
            Ok(())
        })?;
        Ok(values)
    }

    fn placeholder() -> Self {
        Vec::new()
    }
}

// The work of the generic readers lives in plain functions, so that each instance of
// a generic reader stays a short list of calls.

/// The string `data` is, borrowed from the options' text.
pub(crate) fn text_of(data: JsData<'_>) -> Result<&str, Error> {
    match data.value() {
        Value::Text(text) => Ok(text),
        other => Err(wrong_kind("a string", &other)),
    }
}

/// The value of a required field: a `missing_field` error when it is absent.
pub(crate) fn required(data: Option<JsData<'_>>) -> Result<JsData<'_>, Error> {
    data.ok_or_else(missing)
}

/// Reads each item of the array `data` is with `read`; an error in an item is placed
/// under its index (`[2]`), and no item after it is read.
///
/// One function for every reader of arrays: `read` is a `dyn` closure, not a type
/// parameter, so that each does not bring a copy of the loop.
pub(crate) fn each_item<'a>(
    data: JsData<'a>,
    read: &mut dyn FnMut(JsData<'a>) -> Result<(), Error>,
) -> Result<(), Error> {
    for (index, item) in items_of(data)?.enumerate() {
        read(item).map_err(|error| in_item(error, index))?;
    }
    Ok(())
}

/// The items of the array `data` is.
fn items_of(data: JsData<'_>) -> Result<Items<'_>, Error> {
    match data.value() {
        Value::List(items) => Ok(items),
        other => Err(wrong_kind("an array", &other)),
    }
}

/// `error` placed under item `index` of an array (`[2]`).
pub(crate) fn in_item(error: Error, index: usize) -> Error {
    error.within(&format!("[{index}]"))
}

fn in_field(error: Error, key: &str) -> Error {
    error.within(key)
}

/// A required field that is absent; the caller places it under the field's key.
fn missing() -> Error {
    Error::new(ErrorCode::MissingField, "", "is required")
}

/// The most fields an options object type has (`ScorecardKpiOptions`).
pub(crate) const MAX_FIELDS: usize = 16;

/// An options object being read field by field.
pub(crate) struct JsObject<'a> {
    /// The object.
    data: JsData<'a>,
    /// The JS names of the fields that may be read.
    known: &'a [&'a str],
    /// Where the value of each field of `known` is in the codes
    /// ([`super::js_data::Entries::place_fields`]), 0 when the object has no such field.
    places: [u32; MAX_FIELDS],
    /// The field of `known` that [`next_field`](Self::next_field) reads.
    next: usize,
    /// The first error [`next_field`](Self::next_field) met.
    error: Option<Error>,
}

impl<'a> JsObject<'a> {
    /// The object `data` is, with its fields checked against `known` (JS names, at most
    /// [`MAX_FIELDS`]): an unknown key, most often a misspelling, is reported before any
    /// field is read.
    pub(crate) fn read(data: JsData<'a>, known: &'a [&'a str]) -> Result<Self, Error> {
        Self::fields(data, known, true)
    }

    /// The fields `known` of the object `data` is, other keys left for another reader.
    pub(crate) fn part(data: JsData<'a>, known: &'a [&'a str]) -> Result<Self, Error> {
        Self::fields(data, known, false)
    }

    fn fields(data: JsData<'a>, known: &'a [&'a str], checked: bool) -> Result<Self, Error> {
        let entries = match data.value() {
            Value::Object(entries) => entries,
            other => return Err(wrong_kind("an object", &other)),
        };
        let mut places = [0; MAX_FIELDS];
        match entries.place_fields(known, &mut places) {
            Some(key) if checked => return Err(unknown_option(key, known)),
            _ => {}
        }
        Ok(JsObject {
            data,
            known,
            places,
            next: 0,
            error: None,
        })
    }

    /// Refuses any field that is not in `own` (JS names): for a tagged union whose
    /// variant allows only some of the fields the object may carry.
    pub(crate) fn only(&self, own: &[&str]) -> Result<(), Error> {
        let present = self.known.iter().zip(&self.places);
        match present
            .filter(|(_, place)| **place != 0)
            .find(|(name, _)| !own.contains(name))
        {
            Some((name, _)) => Err(unknown_option(name, own)),
            None => Ok(()),
        }
    }

    /// Whether the object has the field `name` (one of its known JS names).
    pub(crate) fn has(&self, name: &str) -> bool {
        self.value(self.index_of(name)).is_some()
    }

    /// Reads the field `name` (its JS name); errors inside it are placed under its JS
    /// key. An absent field is [`FromJs::absent`], or a `missing_field` error.
    pub(crate) fn take<T: FromJs>(&mut self, name: &str) -> Result<T, Error> {
        read_value(self.value(self.index_of(name))).map_err(|error| in_field(error, name))
    }

    /// Reads the next field of `known`, in their order: the `from_js!` readers read
    /// every field once, in the order they list them, without comparing names again.
    /// After an error (the first is kept for [`finish`](Self::finish)) it gives
    /// [`FromJs::placeholder`] and reads nothing more.
    ///
    /// There is one instance of this function per field type, so everything that does
    /// not depend on the type is in [`advance`](Self::advance) and [`fail`](Self::fail).
    pub(crate) fn next_field<T: FromJs>(&mut self) -> T {
        match self.advance() {
            Some(data) => read_value(data).unwrap_or_else(|error| {
                self.fail(error);
                T::placeholder()
            }),
            None => T::placeholder(),
        }
    }

    /// Reads the next field of `known` with `read`, given its value (`None` when absent),
    /// as [`next_field`](Self::next_field) does with a [`FromJs`] type: for a reader that
    /// keeps what it reads elsewhere (the tasks of a line, in columns) instead of
    /// returning an owned value. After an error nothing more is read.
    pub(crate) fn next_with(&mut self, read: impl FnOnce(Option<JsData<'a>>) -> Result<(), Error>) {
        if let Some(data) = self.advance()
            && let Err(error) = read(data)
        {
            self.fail(error);
        }
    }

    /// Steps to the next field of `known`: its value (`None` inside when absent), or
    /// `None` when an earlier field failed and nothing more is read.
    fn advance(&mut self) -> Option<Option<JsData<'a>>> {
        let index = self.next;
        self.next += 1;
        match self.error {
            Some(_) => None,
            None => Some(self.value(index)),
        }
    }

    /// Keeps `error`, met reading the field [`advance`](Self::advance) last stepped to,
    /// placed under that field's JS key.
    fn fail(&mut self, error: Error) {
        let index = self.next.wrapping_sub(1);
        let name = self.known.get(index).copied().unwrap_or_default();
        self.error = Some(in_field(error, name));
    }

    /// The first error [`next_field`](Self::next_field) met, if any: the value it read
    /// stands only without one.
    pub(crate) fn finish(self) -> Result<(), Error> {
        match self.error {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }

    /// The index of `name` in `known` (past the end for a name not there).
    fn index_of(&self, name: &str) -> usize {
        self.known
            .iter()
            .position(|known| *known == name)
            .unwrap_or(MAX_FIELDS)
    }

    fn value(&self, index: usize) -> Option<JsData<'a>> {
        let place = *self.places.get(index).filter(|place| **place != 0)?;
        Some(self.data.at(usize::try_from(place).unwrap_or(0)))
    }
}

/// A field's value read as `T`; an absent one (`None`) is [`FromJs::absent`], or a
/// `missing_field` error whose path the caller gives.
fn read_value<T: FromJs>(data: Option<JsData<'_>>) -> Result<T, Error> {
    match data {
        Some(data) => T::from_js(data),
        None => T::absent().ok_or_else(missing),
    }
}

fn unknown_option(key: &str, known: &[&str]) -> Error {
    let names = joined(&mut known.iter().copied(), "`, `");
    let reason = format!("is not an option of this function (expected one of `{names}`)");
    Error::new(ErrorCode::UnknownField, key, reason)
}

/// A value of the wrong kind: `expected a number, got a string`.
pub(crate) fn wrong_kind(expected: &str, got: &Value<'_>) -> Error {
    Error::new(
        ErrorCode::InvalidType,
        "",
        format!("expected {expected}, got {}", kind_of(got)),
    )
}

fn out_of_range(expected: &str, got: &str) -> Error {
    Error::new(
        ErrorCode::OutOfRange,
        "",
        format!("expected {expected}, got {got}"),
    )
}

/// What kind of value a JS caller passed, in words, without formatting the value.
fn kind_of(value: &Value<'_>) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(number) if number.is_nan() => "NaN",
        Value::Number(number) if number.is_infinite() => "an infinite number",
        Value::Number(number) if number.fract() != 0.0 => "a number with a fraction",
        Value::Number(_) => "a number",
        Value::Text(_) => "a string",
        Value::List(_) => "an array",
        Value::Floats(_) => "a Float64Array",
        Value::Object(_) => "an object",
        Value::Unsupported(kind) => kind,
    }
}

/// Implements [`FromJs`] for an options struct from its field list, which the struct
/// literal checks against the struct:
/// `from_js!(EoqOptions { demand, ordering_cost, holding_cost });`. Generic structs
/// name their parameters first: `from_js!([M] CostCurveOptions<M> { model, points });`.
macro_rules! from_js {
    ($name:ident { $($field:ident),* $(,)? }) => {
        impl $crate::wasm::from_js::FromJs for $name {
            fn from_js(data: $crate::wasm::js_data::JsData<'_>) -> Result<Self, $crate::Error> {
                const KNOWN: &[&str] = &[$($crate::wasm::to_js::camel_case!($field)),*];
                const { assert!(KNOWN.len() <= $crate::wasm::from_js::MAX_FIELDS) };
                let mut object = $crate::wasm::from_js::JsObject::read(data, KNOWN)?;
                let value = $name { $($field: object.next_field()),* };
                object.finish()?;
                Ok(value)
            }

            fn placeholder() -> Self {
                $name { $($field: $crate::wasm::from_js::FromJs::placeholder()),* }
            }
        }
    };
    ([$($generic:ident),*] $name:ident<$($parameter:ident),*> { $($field:ident),* $(,)? }) => {
        impl<$($generic: $crate::wasm::from_js::FromJs),*> $crate::wasm::from_js::FromJs for $name<$($parameter),*> {
            fn from_js(data: $crate::wasm::js_data::JsData<'_>) -> Result<Self, $crate::Error> {
                const KNOWN: &[&str] = &[$($crate::wasm::to_js::camel_case!($field)),*];
                const { assert!(KNOWN.len() <= $crate::wasm::from_js::MAX_FIELDS) };
                let mut object = $crate::wasm::from_js::JsObject::read(data, KNOWN)?;
                let value = $name { $($field: object.next_field()),* };
                object.finish()?;
                Ok(value)
            }

            fn placeholder() -> Self {
                $name { $($field: $crate::wasm::from_js::FromJs::placeholder()),* }
            }
        }
    };
}

/// `must be `a` or `b``, `must be `a`, `b` or `c``: a string outside a choice.
pub(crate) fn not_one_of(names: &[&str]) -> Error {
    let message = match names.split_last() {
        Some((last, [])) => format!("must be `{last}`"),
        Some((last, rest)) => {
            let rest = joined(&mut rest.iter().copied(), "`, `");
            format!("must be `{rest}` or `{last}`")
        }
        None => "must be ".to_owned(),
    };
    Error::new(ErrorCode::OutOfRange, "", message)
}

pub(crate) use from_js;

//! Why options could not be read, as serde's derived code reports it, kept as data.
//!
//! serde's default error type formats every problem into a sentence ("invalid type:
//! floating point `2.5`, expected u32"), which costs float formatting and `Debug`
//! escaping in the wasm and would have to be parsed back to recover the code and the
//! field. `ReadError` overrides each of `serde::de::Error`'s hooks to keep the facts
//! instead. The reader tags an error with each field name and array index it passes on
//! the way out ([`ReadError::in_field`], [`ReadError::in_item`]), so
//! [`ReadError::into_error`] knows exactly where the problem is.

use crate::{Error, ErrorCode};
use serde::de::{self, Expected, Unexpected};
use std::fmt;

/// What went wrong while deserializing options, and where.
#[derive(Debug)]
pub(crate) struct ReadError {
    problem: Problem,
    /// The fields and indexes from the problem out to the options object, innermost first.
    path: Vec<Step>,
}

#[derive(Debug)]
enum Step {
    Field(String),
    Item(usize),
}

impl ReadError {
    fn new(problem: Problem) -> Self {
        ReadError {
            problem,
            path: Vec::new(),
        }
    }

    /// The same error, found inside the field `name` of the enclosing object.
    pub(crate) fn in_field(mut self, name: String) -> Self {
        self.path.push(Step::Field(name));
        self
    }

    /// The same error, found inside item `index` of the enclosing array.
    pub(crate) fn in_item(mut self, index: usize) -> Self {
        self.path.push(Step::Item(index));
        self
    }

    /// The [`Error`] for this problem, at its path (`model.breaks[2].unit_cost`).
    pub(crate) fn into_error(self) -> Error {
        let mut path = String::new();
        for step in self.path.iter().rev() {
            match step {
                Step::Field(name) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(name);
                }
                Step::Item(index) => path.push_str(&format!("[{index}]")),
            }
        }
        self.problem.at(&path)
    }
}

/// What went wrong.
#[derive(Debug)]
enum Problem {
    /// A required field is absent.
    MissingField(&'static str),
    /// A field the options type does not have.
    UnknownField {
        name: String,
        expected: &'static [&'static str],
    },
    /// A name outside a choice (`scheme: "bulk"`).
    UnknownName {
        name: String,
        expected: &'static [&'static str],
    },
    /// A value of the wrong kind (a string where a number belongs).
    WrongType { got: &'static str, expected: String },
    /// A value of the right kind but outside what the type holds (−2 for a count).
    WrongValue { got: &'static str, expected: String },
    /// Anything else, in serde's or a hand-written reader's words.
    Other(String),
}

impl Problem {
    /// The [`Error`] for this problem at `path`, the object or field being read when it
    /// arose. A missing or unknown field's own name is added to the path.
    fn at(self, path: &str) -> Error {
        match self {
            Problem::MissingField(name) => {
                Error::new(ErrorCode::MissingField, child(path, name), "is required")
            }
            Problem::UnknownField { name, expected } => {
                let reason = format!(
                    "is not an option of this function (expected one of {})",
                    names(expected)
                );
                Error::new(ErrorCode::UnknownField, child(path, &name), reason)
            }
            Problem::UnknownName { name: _, expected } => {
                let reason = format!("must be {}", alternatives(expected));
                Error::new(ErrorCode::OutOfRange, path, reason)
            }
            Problem::WrongType { got, expected } => {
                let reason = format!("expected {}, got {got}", readable(&expected));
                Error::new(ErrorCode::InvalidType, path, reason)
            }
            Problem::WrongValue { got, expected } => {
                let reason = format!("expected {}, got {got}", readable(&expected));
                Error::new(ErrorCode::OutOfRange, path, reason)
            }
            Problem::Other(message) => Error::new(ErrorCode::InvalidInput, path, message),
        }
    }
}

impl de::Error for ReadError {
    fn custom<T: fmt::Display>(message: T) -> Self {
        ReadError::new(Problem::Other(message.to_string()))
    }

    fn invalid_type(got: Unexpected<'_>, expected: &dyn Expected) -> Self {
        ReadError::new(Problem::WrongType {
            got: kind_of(&got),
            expected: expected.to_string(),
        })
    }

    fn invalid_value(got: Unexpected<'_>, expected: &dyn Expected) -> Self {
        ReadError::new(Problem::WrongValue {
            got: out_of_range(&got),
            expected: expected.to_string(),
        })
    }

    fn unknown_variant(name: &str, expected: &'static [&'static str]) -> Self {
        ReadError::new(Problem::UnknownName {
            name: name.to_owned(),
            expected,
        })
    }

    fn unknown_field(name: &str, expected: &'static [&'static str]) -> Self {
        ReadError::new(Problem::UnknownField {
            name: name.to_owned(),
            expected,
        })
    }

    fn missing_field(name: &'static str) -> Self {
        ReadError::new(Problem::MissingField(name))
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.problem {
            Problem::MissingField(name) => write!(f, "missing field `{name}`"),
            Problem::UnknownField { name, .. } => write!(f, "unknown field `{name}`"),
            Problem::UnknownName { name, .. } => write!(f, "unknown name `{name}`"),
            Problem::WrongType { got, expected } | Problem::WrongValue { got, expected } => {
                write!(f, "expected {}, got {got}", readable(expected))
            }
            Problem::Other(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for ReadError {}

/// What kind of value a JS caller passed where another kind belongs, in words,
/// without formatting the value itself.
fn kind_of(got: &Unexpected<'_>) -> &'static str {
    match got {
        Unexpected::Bool(_) => "a boolean",
        Unexpected::Float(value) if value.fract() != 0.0 => "a number with a fraction",
        Unexpected::Unsigned(_) | Unexpected::Signed(_) | Unexpected::Float(_) => "a number",
        Unexpected::Char(_) | Unexpected::Str(_) => "a string",
        Unexpected::Unit => "null",
        Unexpected::Seq => "an array",
        Unexpected::Map => "an object",
        Unexpected::Other("undefined") => "undefined",
        Unexpected::Other("a bigint") => "a bigint",
        Unexpected::Other("a symbol") => "a symbol",
        Unexpected::Other("a function") => "a function",
        _ => "another kind of value",
    }
}

/// What was wrong with a value of the right kind that the type cannot hold (a count
/// given −2 or 10¹²).
fn out_of_range(got: &Unexpected<'_>) -> &'static str {
    match got {
        Unexpected::Signed(value) if *value < 0 => "a negative number",
        Unexpected::Unsigned(_) | Unexpected::Signed(_) => "a number too large",
        other => kind_of(other),
    }
}

/// Rust's names for what a type expects, in a JS caller's words.
fn readable(expected: &str) -> &str {
    match expected {
        "f64" | "f32" => "a number",
        "u32" | "u16" | "u8" | "usize" | "u64" => "a whole number of 0 or more",
        "a boolean" | "bool" => "true or false",
        "a string" | "string" => "a string",
        other if other.starts_with("struct ") => "an object",
        other if other.starts_with("a sequence") => "an array",
        other => other,
    }
}

/// `` `a`, `b`, `c` `` for a list of names.
fn names(list: &[&str]) -> String {
    list.iter()
        .map(|name| format!("`{name}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `` `a` or `b` ``, `` `a`, `b` or `c` `` for the names of a choice.
fn alternatives(list: &[&str]) -> String {
    match list.split_last() {
        Some((last, [])) => format!("`{last}`"),
        Some((last, rest)) => format!("{} or `{last}`", names(rest)),
        None => "one of the documented names".to_owned(),
    }
}

/// `name` under `path`, the object that should have had it.
fn child(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

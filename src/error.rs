//! The one error type every opscalc function returns.
//!
//! An [`Error`] is data: a stable machine-readable [`ErrorCode`], the path of the
//! offending input field (`"demand"`, `"breaks[2].unit_cost"`; empty when the input as
//! a whole is at fault), and a human message that does not repeat the field name, so a
//! form can show it next to the field.

use std::borrow::Cow;
use std::fmt;

/// What kind of problem an [`Error`] reports. The string form ([`ErrorCode::as_str`])
/// is stable: programs may match on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {
    /// A number is NaN or infinite. Code `not_finite`.
    NotFinite,
    /// A number that must be greater than zero is zero or negative. Code `not_positive`.
    NotPositive,
    /// A number that must be zero or more is negative. Code `negative`.
    Negative,
    /// A value lies outside its allowed range, or contradicts another input
    /// (a minimum above a maximum, say). Code `out_of_range`.
    OutOfRange,
    /// Every input is valid on its own, but together their magnitudes put the result
    /// outside what a 64-bit float can hold (overflow to infinity, or underflow to
    /// zero where a positive result is needed). Code `numeric_range`.
    NumericRange,
    /// A required field is absent. Code `missing_field`.
    MissingField,
    /// A field the function does not know, most often a misspelling. Code `unknown_field`.
    UnknownField,
    /// A field holds a value of the wrong type, such as a string where a number is
    /// expected. Code `invalid_type`.
    InvalidType,
    /// Fields that exclude one another were given together. Code `conflicting_fields`.
    ConflictingFields,
    /// Two entries of a list share an id that must be unique. Code `duplicate_id`.
    DuplicateId,
    /// A reference to an id that no entry has (a predecessor that is not a task, say).
    /// Code `unknown_id`.
    UnknownId,
    /// References between entries go round in a circle (task A must follow B, which must
    /// follow A); the message lists the circle. Code `cycle`.
    Cycle,
    /// An input is larger than the function accepts (the limit is in the message).
    /// Code `too_large`.
    TooLarge,
    /// A pairwise comparison matrix is not reciprocal: the entry in row j, column i is
    /// not 1 over the entry in row i, column j. Code `not_reciprocal`.
    NotReciprocal,
    /// The input is malformed in a way no other code describes. Code `invalid_input`.
    InvalidInput,
    /// A defect in opscalc itself, not in the input; please report it. Code `internal`.
    Internal,
}

impl ErrorCode {
    /// Every code, in declaration order.
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::NotFinite,
        ErrorCode::NotPositive,
        ErrorCode::Negative,
        ErrorCode::OutOfRange,
        ErrorCode::NumericRange,
        ErrorCode::MissingField,
        ErrorCode::UnknownField,
        ErrorCode::InvalidType,
        ErrorCode::ConflictingFields,
        ErrorCode::DuplicateId,
        ErrorCode::UnknownId,
        ErrorCode::Cycle,
        ErrorCode::TooLarge,
        ErrorCode::NotReciprocal,
        ErrorCode::InvalidInput,
        ErrorCode::Internal,
    ];

    /// The stable snake_case string for this code, as JavaScript sees it in `error.code`.
    ///
    /// # Examples
    /// ```
    /// use opscalc::ErrorCode;
    /// assert_eq!(ErrorCode::NotPositive.as_str(), "not_positive");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorCode::NotFinite => "not_finite",
            ErrorCode::NotPositive => "not_positive",
            ErrorCode::Negative => "negative",
            ErrorCode::OutOfRange => "out_of_range",
            ErrorCode::NumericRange => "numeric_range",
            ErrorCode::MissingField => "missing_field",
            ErrorCode::UnknownField => "unknown_field",
            ErrorCode::InvalidType => "invalid_type",
            ErrorCode::ConflictingFields => "conflicting_fields",
            ErrorCode::DuplicateId => "duplicate_id",
            ErrorCode::UnknownId => "unknown_id",
            ErrorCode::Cycle => "cycle",
            ErrorCode::TooLarge => "too_large",
            ErrorCode::NotReciprocal => "not_reciprocal",
            ErrorCode::InvalidInput => "invalid_input",
            ErrorCode::Internal => "internal",
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An input error: what is wrong ([`code`](Error::code)), where
/// ([`field`](Error::field)), and a sentence for people ([`message`](Error::message)).
///
/// `Display` prints `field: message`, or the message alone when the field is empty.
///
/// # Examples
/// ```
/// use opscalc::{Error, ErrorCode};
/// let error = Error::new(ErrorCode::NotPositive, "demand", "must be greater than zero");
/// assert_eq!(error.to_string(), "demand: must be greater than zero");
/// assert_eq!(error.within("items[3]").field(), "items[3].demand");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(Box<ErrorParts>);

/// What an [`Error`] holds, behind one pointer: a `Result<T, Error>` is then little
/// bigger than `T`, and every `?` that passes an error on moves one word, not seven
/// (in the wasm, where errors pass through every layer, that is tens of kilobytes).
#[derive(Debug, Clone, PartialEq, Eq)]
struct ErrorParts {
    code: ErrorCode,
    field: String,
    message: Cow<'static, str>,
}

impl Error {
    /// An error of kind `code` about the input at path `field` (empty for the whole input).
    pub fn new(
        code: ErrorCode,
        field: impl Into<String>,
        message: impl Into<Cow<'static, str>>,
    ) -> Self {
        Error(Box::new(ErrorParts {
            code,
            field: field.into(),
            message: message.into(),
        }))
    }

    /// The stable kind of problem.
    pub fn code(&self) -> ErrorCode {
        self.0.code
    }

    /// The path of the offending field, in the Rust field names (`ordering_cost`,
    /// `tasks[3].predecessors`); empty when the input as a whole is at fault.
    pub fn field(&self) -> &str {
        &self.0.field
    }

    /// What is wrong, for people, without the field name: `"must be greater than zero"`.
    pub fn message(&self) -> &str {
        &self.0.message
    }

    /// The same error with its field path placed under `parent`: a field `unit_cost`
    /// within `breaks[2]` becomes `breaks[2].unit_cost`; an index path `[1]` within
    /// `tasks[0].predecessors` becomes `tasks[0].predecessors[1]`.
    #[must_use]
    pub fn within(mut self, parent: &str) -> Self {
        self.0.field = join_path(parent, &self.0.field);
        self
    }
}

/// Joins a parent path and a child path: `a` + `b` is `a.b`, `a` + `[0]` is `a[0]`,
/// and an empty side leaves the other unchanged.
fn join_path(parent: &str, child: &str) -> String {
    match (parent.is_empty(), child.is_empty()) {
        (true, _) => child.to_owned(),
        (false, true) => parent.to_owned(),
        (false, false) if child.starts_with('[') => format!("{parent}{child}"),
        (false, false) => format!("{parent}.{child}"),
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.field.is_empty() {
            f.write_str(&self.0.message)
        } else {
            write!(f, "{}: {}", self.0.field, self.0.message)
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    /// An exhaustive match: a new variant does not compile until it is placed here,
    /// and the test then fails until `ALL` lists it in the same place.
    fn declaration_index(code: ErrorCode) -> usize {
        match code {
            ErrorCode::NotFinite => 0,
            ErrorCode::NotPositive => 1,
            ErrorCode::Negative => 2,
            ErrorCode::OutOfRange => 3,
            ErrorCode::NumericRange => 4,
            ErrorCode::MissingField => 5,
            ErrorCode::UnknownField => 6,
            ErrorCode::InvalidType => 7,
            ErrorCode::ConflictingFields => 8,
            ErrorCode::DuplicateId => 9,
            ErrorCode::UnknownId => 10,
            ErrorCode::Cycle => 11,
            ErrorCode::TooLarge => 12,
            ErrorCode::NotReciprocal => 13,
            ErrorCode::InvalidInput => 14,
            ErrorCode::Internal => 15,
        }
    }

    #[test]
    fn all_lists_every_code_in_declaration_order() {
        assert_eq!(ErrorCode::ALL.len(), 16);
        for (index, code) in ErrorCode::ALL.iter().enumerate() {
            assert_eq!(declaration_index(*code), index, "{code}");
        }
    }

    #[test]
    fn codes_are_distinct_snake_case_strings() {
        let mut seen = std::collections::HashSet::new();
        for &code in ErrorCode::ALL {
            let text = code.as_str();
            assert!(seen.insert(text), "duplicate code {text}");
            assert!(text.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
            assert_eq!(code.to_string(), text);
        }
    }

    #[test]
    fn within_builds_dotted_and_indexed_paths() {
        let leaf = Error::new(ErrorCode::Negative, "unit_cost", "must be zero or more");
        assert_eq!(leaf.within("breaks[2]").field(), "breaks[2].unit_cost");

        let index = Error::new(ErrorCode::InvalidInput, "[1]", "unknown id");
        assert_eq!(
            index.within("predecessors").within("tasks[0]").field(),
            "tasks[0].predecessors[1]"
        );

        let whole = Error::new(ErrorCode::NumericRange, "", "overflow");
        assert_eq!(whole.clone().within("model").field(), "model");
        assert_eq!(whole.within("").field(), "");
    }

    #[test]
    fn an_error_is_one_pointer_so_results_stay_small() {
        // Boxing the parts cut the wasm by 92 KB raw (25 KB gzipped): every `?` moves
        // the error, and there are thousands of them.
        assert_eq!(size_of::<Error>(), size_of::<usize>());
        assert_eq!(size_of::<Result<(), Error>>(), size_of::<usize>());
        assert!(size_of::<Result<f64, Error>>() <= 2 * size_of::<f64>());
    }

    #[test]
    fn display_omits_an_empty_field() {
        let whole = Error::new(ErrorCode::NumericRange, "", "too big");
        assert_eq!(whole.to_string(), "too big");
        let field = Error::new(ErrorCode::NotFinite, "demand", "must be a finite number");
        assert_eq!(field.to_string(), "demand: must be a finite number");
        assert_eq!(field.message(), "must be a finite number");
        assert_eq!(field.code(), ErrorCode::NotFinite);
    }
}

//! Input checks shared by every formula: each returns the value when it is valid and
//! an [`Error`] naming the field when it is not. Formulas validate first, then compute.

use crate::error::{Error, ErrorCode};
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::hash::{BuildHasherDefault, Hash, Hasher};

/// Ids or names mapped to the index of the entry that has them, hashed with
/// [`IdHasher`]. Every such map in the crate is this one type, so the wasm holds one
/// instance of the hash table's code (each key or value type is a copy of its own).
#[derive(Default)]
pub(crate) struct IdMap<'a>(HashMap<Id<'a>, usize, BuildHasherDefault<IdHasher>>);

impl<'a> IdMap<'a> {
    /// An empty map with room for `capacity` ids.
    pub(crate) fn with_capacity(capacity: usize) -> Self {
        IdMap(HashMap::with_capacity_and_hasher(
            capacity,
            BuildHasherDefault::default(),
        ))
    }

    /// The index given for `id`, if any.
    pub(crate) fn get(&self, id: &str) -> Option<usize> {
        self.0.get(&Id(id)).copied()
    }

    /// The index `id` was first given, unchanged; or `None`, after giving it `index`.
    pub(crate) fn first_or_insert(&mut self, id: &'a str, index: usize) -> Option<usize> {
        match self.0.entry(Id(id)) {
            Entry::Occupied(first) => Some(*first.get()),
            Entry::Vacant(entry) => {
                entry.insert(index);
                None
            }
        }
    }
}

/// `value` is a finite number (not NaN, not ±infinity).
pub(crate) fn finite(field: &str, value: f64) -> Result<f64, Error> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(Error::new(
            ErrorCode::NotFinite,
            field,
            "must be a finite number",
        ))
    }
}

/// `value` is finite and greater than zero.
pub(crate) fn positive(field: &str, value: f64) -> Result<f64, Error> {
    if is_positive(value) {
        Ok(value)
    } else {
        finite(field, value)?;
        Err(Error::new(
            ErrorCode::NotPositive,
            field,
            "must be greater than zero",
        ))
    }
}

/// Whether [`positive`] accepts `value`: finite and greater than zero (NaN is not).
/// For hot loops that check many values at once and ask [`positive`] for the error.
#[inline(always)]
pub(crate) fn is_positive(value: f64) -> bool {
    value > 0.0 && value < f64::INFINITY
}

/// An optional `value`, when given, is finite and greater than zero.
pub(crate) fn positive_if_given(field: &str, value: Option<f64>) -> Result<Option<f64>, Error> {
    value.map(|value| positive(field, value)).transpose()
}

/// `value` is finite and zero or more. −0 passes and comes back as +0, so that a result
/// computed from it never shows as "-0" in JavaScript.
pub(crate) fn non_negative(field: &str, value: f64) -> Result<f64, Error> {
    if finite(field, value)? >= 0.0 {
        Ok(value + 0.0)
    } else {
        Err(Error::new(
            ErrorCode::Negative,
            field,
            "must be zero or more",
        ))
    }
}

/// `value` is a probability strictly between 0 and 1: a service level, a fill rate.
/// The ends are excluded because they ask for certainty (an infinite safety factor) or
/// for nothing at all.
pub(crate) fn probability(field: &str, value: f64) -> Result<f64, Error> {
    if finite(field, value)? > 0.0 && value < 1.0 {
        Ok(value)
    } else {
        Err(Error::new(
            ErrorCode::OutOfRange,
            field,
            "must be between 0 and 1, both excluded (0.95 for 95 %)",
        ))
    }
}

/// A name (a group, a manager) is not empty: `invalid_input` naming `field` when it is.
pub(crate) fn not_empty(field: &str, text: &str) -> Result<(), Error> {
    if text.is_empty() {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            field,
            "must not be empty",
        ));
    }
    Ok(())
}

/// A list has 1 to `max` entries: `out_of_range` when empty, `too_large` when longer.
pub(crate) fn list_length(field: &str, length: usize, max: u32) -> Result<(), Error> {
    if length == 0 {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            field,
            "must not be empty",
        ));
    }
    if u32::try_from(length).map_or(true, |length| length > max) {
        let message = format!("must have at most {max} entries");
        return Err(Error::new(ErrorCode::TooLarge, field, message));
    }
    Ok(())
}

/// The ids of a list's entries seen so far, to check each entry's id in turn: not empty,
/// and not the id of an earlier entry. Errors name the field `id` (the caller places them
/// under the entry, `items[3].id`) and say which entry holds the id first.
pub(crate) struct UniqueIds<'a> {
    list: &'static str,
    /// The field that holds the entries' id, which messages name: `id` unless
    /// [`naming`](Self::naming) says.
    noun: &'static str,
    first_with_id: IdMap<'a>,
}

impl<'a> UniqueIds<'a> {
    /// An empty record for the list named `list` (`"items"`), used in error messages.
    pub(crate) fn new(list: &'static str) -> Self {
        Self::with_capacity(list, 0)
    }

    /// An empty record with room for `capacity` ids.
    pub(crate) fn with_capacity(list: &'static str, capacity: usize) -> Self {
        UniqueIds {
            list,
            noun: "id",
            first_with_id: IdMap::with_capacity(capacity),
        }
    }

    /// The record for a list whose entries' id is the field `noun` (`label`): errors are
    /// placed under that field and say `"repeats the label of bands[0]"`.
    pub(crate) fn naming(self, noun: &'static str) -> Self {
        UniqueIds { noun, ..self }
    }

    /// The index of the entry with `id`, when one has been checked.
    pub(crate) fn index_of(&self, id: &str) -> Option<usize> {
        self.first_with_id.get(id)
    }

    /// Checks the id of the entry at `index` and remembers it.
    pub(crate) fn check(&mut self, index: usize, id: &'a str) -> Result<(), Error> {
        if id.is_empty() {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                self.noun,
                "must not be empty",
            ));
        }
        match self.first_with_id.first_or_insert(id, index) {
            Some(first) => {
                let message = format!("repeats the {} of {}[{first}]", self.noun, self.list);
                Err(Error::new(ErrorCode::DuplicateId, self.noun, message))
            }
            None => Ok(()),
        }
    }
}

/// An id as a key of [`IdMap`]: hashed as its bytes in one call, as the table holds
/// nothing but single ids (a `str` adds a terminating byte, for keys made of several).
#[derive(PartialEq, Eq)]
struct Id<'a>(&'a str);

impl Hash for Id<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write(self.0.as_bytes());
    }
}

/// A fast hash of [`Id`]s for [`IdMap`], in the manner of FxHash: each 8 bytes are added
/// to the state, which is then multiplied by an odd constant; `finish` folds the high
/// half, where the multiplications mix best, into the low half, which the table uses.
///
/// Not resistant to HashDoS, unlike the standard library's SipHash: the ids hashed are
/// the caller's own, in a call that computes for the caller alone, so ids chosen to
/// collide would only slow down the call of whoever chose them.
#[derive(Default)]
struct IdHasher {
    state: u64,
}

impl IdHasher {
    /// From rustc-hash 2 (an odd number with well-spread bits).
    const MULTIPLIER: u64 = 0xf135_7aea_2e62_a9c5;

    fn add(&mut self, word: u64) {
        self.state = self.state.wrapping_add(word).wrapping_mul(Self::MULTIPLIER);
    }
}

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for word in words.by_ref() {
            self.add(u64::from_le_bytes(word.try_into().unwrap_or_default()));
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            self.add(
                rest.iter()
                    .fold(0, |word, &byte| word << 8 | u64::from(byte)),
            );
        }
    }

    fn finish(&self) -> u64 {
        self.state ^ (self.state >> 32)
    }
}

/// The ids seen so far anywhere in a nested input (a scorecard's perspectives, objectives
/// and KPIs share one id space), with the path of the entry that has each. Errors name
/// `{path}.id`.
pub(crate) struct PathIds<'a> {
    scope: &'static str,
    /// Each id with the index of its entry's path in `paths`.
    first_at: IdMap<'a>,
    paths: Vec<String>,
}

impl<'a> PathIds<'a> {
    /// An empty record; `scope` names the id space in messages (`"the scorecard"`).
    pub(crate) fn new(scope: &'static str) -> Self {
        PathIds {
            scope,
            first_at: IdMap::default(),
            paths: Vec::new(),
        }
    }

    /// Checks the id of the entry at `path` (`perspectives[0].objectives[1]`): not
    /// empty, and not the id of an entry seen before.
    pub(crate) fn check(&mut self, id: &'a str, path: &str) -> Result<(), Error> {
        if id.is_empty() {
            return Err(
                Error::new(ErrorCode::InvalidInput, "id", "must not be empty").within(path),
            );
        }
        if let Some(first) = self.first_at.first_or_insert(id, self.paths.len()) {
            let first = self.paths.get(first).map_or("", String::as_str);
            let message = format!(
                "repeats the id of {first} (ids are unique across {})",
                self.scope
            );
            return Err(Error::new(ErrorCode::DuplicateId, "id", message).within(path));
        }
        self.paths.push(path.to_owned());
        Ok(())
    }
}

/// A computed result is finite and, where `positive` says so, above zero: otherwise the
/// inputs' magnitudes overflowed or underflowed `f64`, which no single field is to blame for.
pub(crate) fn representable(value: f64, positive: bool) -> Result<f64, Error> {
    if value.is_finite() && (!positive || value > 0.0) {
        Ok(value)
    } else {
        Err(Error::new(
            ErrorCode::NumericRange,
            "",
            "the inputs' magnitudes put the result outside the range of a 64-bit float",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finite_rejects_nan_and_infinities() {
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            let error = finite("x", bad).unwrap_err();
            assert_eq!(error.code(), ErrorCode::NotFinite);
            assert_eq!(error.field(), "x");
        }
        assert_eq!(finite("x", -3.5), Ok(-3.5));
    }

    #[test]
    fn positive_rejects_zero_negative_and_non_finite() {
        assert_eq!(
            positive("x", 0.0).unwrap_err().code(),
            ErrorCode::NotPositive
        );
        assert_eq!(
            positive("x", -0.0).unwrap_err().code(),
            ErrorCode::NotPositive
        );
        assert_eq!(
            positive("x", -1.0).unwrap_err().code(),
            ErrorCode::NotPositive
        );
        assert_eq!(
            positive("x", f64::NAN).unwrap_err().code(),
            ErrorCode::NotFinite
        );
        assert_eq!(positive("x", f64::MIN_POSITIVE), Ok(f64::MIN_POSITIVE));
    }

    #[test]
    fn positive_if_given_passes_none_through() {
        assert_eq!(positive_if_given("x", None), Ok(None));
        assert_eq!(positive_if_given("x", Some(2.0)), Ok(Some(2.0)));
        assert_eq!(positive_if_given("x", Some(0.0)).unwrap_err().field(), "x");
    }

    #[test]
    fn non_negative_accepts_zero_only_from_below() {
        assert_eq!(non_negative("x", 0.0), Ok(0.0));
        assert!(non_negative("x", -0.0).unwrap().is_sign_positive());
        assert_eq!(
            non_negative("x", -1e-300).unwrap_err().code(),
            ErrorCode::Negative
        );
        assert_eq!(
            non_negative("x", f64::INFINITY).unwrap_err().code(),
            ErrorCode::NotFinite
        );
    }

    #[test]
    fn probability_accepts_only_the_open_unit_interval() {
        assert_eq!(probability("p", 0.95), Ok(0.95));
        assert_eq!(probability("p", f64::MIN_POSITIVE), Ok(f64::MIN_POSITIVE));
        for bad in [0.0, -0.0, 1.0, -0.5, 1.5, 95.0] {
            let error = probability("p", bad).unwrap_err();
            assert_eq!((error.code(), error.field()), (ErrorCode::OutOfRange, "p"));
        }
        assert_eq!(
            probability("p", f64::NAN).unwrap_err().code(),
            ErrorCode::NotFinite
        );
    }

    #[test]
    fn list_length_accepts_one_to_max() {
        assert_eq!(list_length("xs", 1, 3), Ok(()));
        assert_eq!(list_length("xs", 3, 3), Ok(()));
        let empty = list_length("xs", 0, 3).unwrap_err();
        assert_eq!((empty.code(), empty.field()), (ErrorCode::OutOfRange, "xs"));
        let long = list_length("xs", 4, 3).unwrap_err();
        assert_eq!(
            (long.code(), long.message()),
            (ErrorCode::TooLarge, "must have at most 3 entries")
        );
    }

    #[test]
    fn unique_ids_rejects_empty_and_repeated_ids() {
        let mut ids = UniqueIds::new("options");
        assert_eq!(ids.check(0, "make"), Ok(()));
        assert_eq!(ids.check(1, "buy"), Ok(()));
        let repeated = ids.check(2, "make").unwrap_err();
        assert_eq!(
            (repeated.code(), repeated.field(), repeated.message()),
            (ErrorCode::DuplicateId, "id", "repeats the id of options[0]")
        );
        let again = ids.check(3, "make").unwrap_err();
        assert_eq!(again.message(), "repeats the id of options[0]");
        let empty = ids.check(4, "").unwrap_err();
        assert_eq!(
            (empty.field(), empty.message()),
            ("id", "must not be empty")
        );
    }

    #[test]
    fn not_empty_rejects_only_the_empty_string() {
        assert_eq!(not_empty("group", " "), Ok(()));
        let error = not_empty("group", "").unwrap_err();
        assert_eq!(
            (error.code(), error.field()),
            (ErrorCode::InvalidInput, "group")
        );
    }

    #[test]
    fn representable_flags_overflow_and_underflow() {
        assert_eq!(
            representable(f64::INFINITY, false).unwrap_err().code(),
            ErrorCode::NumericRange
        );
        assert_eq!(representable(0.0, true).unwrap_err().field(), "");
        assert_eq!(representable(0.0, false), Ok(0.0));
    }
}

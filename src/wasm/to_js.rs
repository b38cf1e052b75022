//! Writing results: each mirror result type becomes a plain JS object.
//!
//! Like reading ([`super::from_js`]), writing needs far less than serde's machinery:
//! [`ToJs`] has one impl per kind of value, shared by every type, and [`to_js!`] gives
//! each result type one short function that writes its fields in order. Keys are the
//! fields' camelCase names, computed at compile time; an absent optional field is left
//! out. The whole result is encoded in wasm and crosses once, to be built into plain
//! objects and arrays by `codec.js` ([`super::codec`]).

use super::codec::{KeyTable, Writer};
use wasm_bindgen::JsValue;

/// A value a result can hold.
///
/// A type implements [`write`](Self::write), which encodes it for `codec.js` (a value
/// that already lives in JS, a typed array, is passed as it is: [`Writer::value`]).
/// Fields are written through `&dyn ToJs`, so every method here is in each type's
/// vtable, there whether used or not: the trait keeps to what fields need.
pub(crate) trait ToJs {
    /// Encodes the value into `out`.
    fn write(&self, out: &mut Writer);

    /// Whether a field holding this value is left out of its object (`None`).
    fn is_absent(&self) -> bool {
        false
    }

    /// Encodes an array of `items`, one element after another unless a type knows better.
    fn write_array(items: &[Self], out: &mut Writer)
    where
        Self: Sized,
    {
        out.list(items.len());
        for item in items {
            item.write(out);
        }
    }
}

impl ToJs for f64 {
    fn write(&self, out: &mut Writer) {
        out.number(*self);
    }

    fn write_array(items: &[f64], out: &mut Writer) {
        out.numbers(items);
    }
}

impl ToJs for u32 {
    fn write(&self, out: &mut Writer) {
        out.number(f64::from(*self));
    }
}

impl ToJs for bool {
    fn write(&self, out: &mut Writer) {
        out.flag(*self);
    }
}

impl ToJs for String {
    fn write(&self, out: &mut Writer) {
        out.text(self);
    }
}

impl<T: ToJs> ToJs for Option<T> {
    fn write(&self, out: &mut Writer) {
        match self {
            Some(value) => value.write(out),
            None => out.undefined(),
        }
    }

    fn is_absent(&self) -> bool {
        self.is_none()
    }
}

impl<T: ToJs> ToJs for Vec<T> {
    fn write(&self, out: &mut Writer) {
        T::write_array(self, out);
    }
}

/// The JS value of a result: written, then built in JS in one crossing.
pub(crate) fn js_value_of(value: &dyn ToJs) -> JsValue {
    let mut out = Writer::default();
    value.write(&mut out);
    out.finish()
}

/// Encodes an object whose key `i` of `keys` holds `values[i]`, absent ones left out.
/// The keys are one `static` table per type, so a type's `write` only lists its values.
pub(crate) fn object(out: &mut Writer, keys: &KeyTable, values: &[&dyn ToJs]) {
    out.object(values.iter().filter(|value| !value.is_absent()).count());
    for (id, value) in (keys.first_id()..).zip(values) {
        if !value.is_absent() {
            out.key(id);
            value.write(out);
        }
    }
}

/// The camelCase name of a field, as a `&'static str` computed at compile time.
macro_rules! camel_case {
    ($field:ident) => {
        $crate::wasm::to_js::camel_case_of!(stringify!($field))
    };
}

/// The camelCase form of a snake_case `&'static str` constant, computed at compile time;
/// other characters (the commas of [`key_names!`]) stay as they are.
macro_rules! camel_case_of {
    ($snake:expr) => {{
        const LENGTH: usize = $crate::naming::camel_case_length($snake);
        const BYTES: [u8; LENGTH] = $crate::naming::camel_case_bytes($snake);
        const NAME: &str = match ::core::str::from_utf8(&BYTES) {
            Ok(name) => name,
            Err(_) => "",
        };
        NAME
    }};
}

/// The camelCase names of fields joined by commas, computed at compile time:
/// `key_names!(order_quantity, total_cost)` is `"orderQuantity,totalCost"`.
macro_rules! key_names {
    ($first:ident $(, $rest:ident)*) => {
        $crate::wasm::to_js::camel_case_of!(concat!(stringify!($first) $(, ",", stringify!($rest))*))
    };
}

/// Implements [`ToJs`] for a result struct from its field list (checked against the
/// struct, since every field is read): `to_js!(EoqResult { quantity, total_cost });`.
macro_rules! to_js {
    ($name:ident { $($field:ident),* $(,)? }) => {
        impl $crate::wasm::to_js::ToJs for $name {
            fn write(&self, out: &mut $crate::wasm::codec::Writer) {
                // Destructuring names every field: one left out of the list does not compile.
                let $name { $($field),* } = self;
                static KEYS: $crate::wasm::codec::KeyTable =
                    $crate::wasm::codec::KeyTable::new($crate::wasm::to_js::key_names!($($field),*));
                $crate::wasm::to_js::object(out, &KEYS, &[
                    $($field as &dyn $crate::wasm::to_js::ToJs),*
                ])
            }
        }
    };
}

pub(crate) use {camel_case, camel_case_of, key_names, to_js};

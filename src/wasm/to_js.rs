//! Writing results: each mirror result type becomes a plain JS object.
//!
//! Like reading ([`super::from_js`]), writing needs far less than serde's machinery:
//! [`ToJs`] has one impl per kind of value, shared by every type, and [`to_js!`] gives
//! each result type one short function that sets its fields in order. Keys are the
//! fields' camelCase names, computed at compile time; an absent optional field is left
//! out; long arrays of numbers cross in one copy.

use js_sys::{Array, Float64Array};
use std::cell::RefCell;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

#[wasm_bindgen]
extern "C" {
    /// A plain object being filled in.
    #[wasm_bindgen(extends = js_sys::Object)]
    type PlainObject;

    /// `object[key] = value`: a direct store, without the exception wrapper of
    /// `Reflect.set` (a fresh plain object cannot refuse a property).
    #[wasm_bindgen(method, indexing_setter)]
    fn set(this: &PlainObject, key: &JsValue, value: &JsValue);
}

/// A value a result can hold.
pub(crate) trait ToJs {
    /// The JS value.
    fn to_js(&self) -> JsValue;

    /// Whether a field holding this value is left out of its object (`None`).
    fn is_absent(&self) -> bool {
        false
    }

    /// A JS array of `items`, one element at a time unless a type knows better.
    fn array_to_js(items: &[Self]) -> JsValue
    where
        Self: Sized,
    {
        let array = Array::new_with_length(u32::try_from(items.len()).unwrap_or(u32::MAX));
        for (index, item) in (0..).zip(items) {
            array.set(index, item.to_js());
        }
        array.into()
    }
}

impl ToJs for f64 {
    fn to_js(&self) -> JsValue {
        JsValue::from_f64(*self)
    }

    /// Long arrays of numbers cross as one typed array, copied into a plain `Array` on
    /// the JS side; short ones are quicker one element at a time.
    fn array_to_js(items: &[f64]) -> JsValue {
        if items.len() <= 16 {
            let array = Array::new_with_length(u32::try_from(items.len()).unwrap_or(u32::MAX));
            for (index, item) in (0..).zip(items) {
                array.set(index, JsValue::from_f64(*item));
            }
            array.into()
        } else {
            Array::from(&Float64Array::from(items)).into()
        }
    }
}

impl ToJs for u32 {
    fn to_js(&self) -> JsValue {
        JsValue::from_f64(f64::from(*self))
    }
}

impl ToJs for bool {
    fn to_js(&self) -> JsValue {
        JsValue::from_bool(*self)
    }
}

impl ToJs for String {
    fn to_js(&self) -> JsValue {
        JsValue::from_str(self)
    }
}

impl<T: ToJs> ToJs for Option<T> {
    fn to_js(&self) -> JsValue {
        self.as_ref().map_or(JsValue::UNDEFINED, ToJs::to_js)
    }

    fn is_absent(&self) -> bool {
        self.is_none()
    }
}

impl<T: ToJs> ToJs for Vec<T> {
    fn to_js(&self) -> JsValue {
        T::array_to_js(self)
    }
}

/// A new object with `fields` set, absent ones left out.
pub(crate) fn object(fields: &[(&'static str, &dyn ToJs)]) -> JsValue {
    let object: PlainObject = js_sys::Object::new().unchecked_into();
    for (key, value) in fields {
        if !value.is_absent() {
            object.set(&key_to_js(key), &value.to_js());
        }
    }
    object.into()
}

thread_local! {
    /// The JS string of every key written so far, by the address of its `&'static str`,
    /// sorted for binary search.
    static KEYS: RefCell<Vec<(usize, JsValue)>> = const { RefCell::new(Vec::new()) };
}

/// The JS string for a key. Decoding a string into JS costs about a microsecond, so each
/// key's string is made once and kept, found again by its address (keys are
/// compile-time constants) without hashing.
fn key_to_js(key: &'static str) -> JsValue {
    let address = key.as_ptr() as usize;
    KEYS.with(|keys| {
        let Ok(mut keys) = keys.try_borrow_mut() else {
            return JsValue::from_str(key); // not reentrant; never taken
        };
        match keys.binary_search_by_key(&address, |(known, _)| *known) {
            Ok(index) => keys
                .get(index)
                .map_or_else(|| JsValue::from_str(key), |(_, value)| value.clone()),
            Err(index) => {
                let value = JsValue::from_str(key);
                keys.insert(index, (address, value.clone()));
                value
            }
        }
    })
}

/// The camelCase name of a field, as a `&'static str` computed at compile time.
macro_rules! camel_case {
    ($field:ident) => {{
        const LENGTH: usize = $crate::naming::camel_case_length(stringify!($field));
        const BYTES: [u8; LENGTH] = $crate::naming::camel_case_bytes(stringify!($field));
        const NAME: &str = match ::core::str::from_utf8(&BYTES) {
            Ok(name) => name,
            Err(_) => "",
        };
        NAME
    }};
}

/// Implements [`ToJs`] for a result struct from its field list (checked against the
/// struct, since every field is read): `to_js!(EoqResult { quantity, total_cost });`.
macro_rules! to_js {
    ($name:ident { $($field:ident),* $(,)? }) => {
        impl $crate::wasm::to_js::ToJs for $name {
            fn to_js(&self) -> ::wasm_bindgen::JsValue {
                // Destructuring names every field: one left out of the list does not compile.
                let $name { $($field),* } = self;
                $crate::wasm::to_js::object(&[
                    $(($crate::wasm::to_js::camel_case!($field), $field as &dyn $crate::wasm::to_js::ToJs)),*
                ])
            }
        }
    };
}

pub(crate) use {camel_case, to_js};

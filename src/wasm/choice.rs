//! A choice among names (`scheme: "allUnits" | "incremental"`): a Rust enum of unit
//! variants, read from and written as its JS strings.

/// Implements reading ([`FromJs`](super::from_js::FromJs)) and writing
/// ([`ToJs`](super::to_js::ToJs)) for an enum of unit variants, each with its JS string:
/// `js_choice!(DiscountScheme { AllUnits = "allUnits", Incremental = "incremental" });`.
/// Reading another string is `out_of_range`: "must be `allUnits` or `incremental`".
macro_rules! js_choice {
    ($name:ident { $first:ident = $first_text:literal $(, $variant:ident = $text:literal)* $(,)? }) => {
        impl $crate::wasm::from_js::FromJs for $name {
            fn from_js(data: $crate::wasm::js_data::JsData<'_>) -> Result<Self, $crate::Error> {
                match data.value() {
                    $crate::wasm::js_data::Value::Text($first_text) => Ok($name::$first),
                    $($crate::wasm::js_data::Value::Text($text) => Ok($name::$variant),)*
                    $crate::wasm::js_data::Value::Text(_) => {
                        Err($crate::wasm::from_js::not_one_of(&[$first_text, $($text),*]))
                    }
                    other => Err($crate::wasm::from_js::wrong_kind("a string", &other)),
                }
            }

            fn placeholder() -> Self {
                $name::$first
            }
        }

        impl $crate::wasm::to_js::ToJs for $name {
            fn write(&self, out: &mut $crate::wasm::codec::Writer) {
                out.text(match self {
                    $name::$first => $first_text,
                    $($name::$variant => $text,)*
                });
            }
        }
    };
}

pub(crate) use js_choice;

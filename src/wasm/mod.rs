//! The JavaScript boundary, built for `wasm32` only: the one place that uses
//! wasm-bindgen and tsify. It holds no formula.
//!
//! Every exported function takes one options object and returns a plain object. The
//! mirror types in `inventory/` and `capacity/` (`EoqOptions`, `EoqResult`) carry the
//! camelCase names and the TypeScript declarations. `js_data` and `from_js` read the
//! options, `to_js` writes the results, `choice` does both for choices among names, and
//! `boundary` runs each call and turns an [`Error`](crate::Error) into a thrown JS
//! `Error` with `code` and `field`.
//!
//! `pub` items here are reached from JavaScript through `#[wasm_bindgen]`, not from Rust.
#![allow(unreachable_pub)]

mod batch;
mod boundary;
mod capacity;
mod choice;
mod codec;
mod from_js;
mod inventory;
mod js_data;
mod line;
mod number_list;
mod operations;
mod people;
mod quality;
mod read_failure;
mod scorecard;
mod stats;
mod to_js;

use wasm_bindgen::prelude::wasm_bindgen;

/// The heap: Talc, which grows wasm memory as it needs it, in place of Rust's default
/// dlmalloc: 3.3 KB smaller gzipped, and the first call compiles 14.4 KB of code
/// instead of 20.5 (README "Size"). The module is single-threaded (no `atomics`).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen(typescript_custom_section)]
const ERROR_TYPES: &'static str = r#"
/** The stable codes an {@link OpscalcError} carries; see the Rust `ErrorCode` docs. */
export type ErrorCode =
  | "not_finite"
  | "not_positive"
  | "negative"
  | "out_of_range"
  | "numeric_range"
  | "missing_field"
  | "unknown_field"
  | "invalid_type"
  | "conflicting_fields"
  | "duplicate_id"
  | "unknown_id"
  | "cycle"
  | "too_large"
  | "not_reciprocal"
  | "invalid_input"
  | "internal";

/**
 * What every opscalc function throws for invalid input: a real `Error` whose
 * `name` is "OpscalcError". `message` reads "field: reason".
 */
export interface OpscalcError extends Error {
  name: "OpscalcError";
  /** What kind of problem, stable for programs to match on. */
  code: ErrorCode;
  /** Path of the offending field in the options ("demand", "model.points"); "" for the whole input. */
  field: string;
  /** What is wrong, without the field name, to show next to the field. */
  reason: string;
}
"#;

/// Every error code, in the order of the Rust `ErrorCode` enum.
#[wasm_bindgen(js_name = errorCodes, unchecked_return_type = "ErrorCode[]")]
pub fn error_codes() -> js_sys::Array {
    crate::ErrorCode::ALL
        .iter()
        .map(|code| wasm_bindgen::JsValue::from_str(code.as_str()))
        .collect()
}

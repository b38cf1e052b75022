//! Columns across the boundary: a `Float64Array` or one number in, typed arrays out.
//!
//! A batch runs in parts of [`PART`] items: each part of each input array is copied
//! into a small buffer in wasm memory, the core computes the part, and its results are
//! copied into the output arrays, made at full length up front. Every value is copied
//! once in and once out, as a whole-array copy would, but the buffers stay in the cache
//! and the wasm memory does not grow with the batch.

use crate::Error;
use crate::batch::Column;
use crate::wasm::from_js::{FromJs, wrong_kind};
use crate::wasm::js_data::JsData;
use crate::wasm::to_js::ToJs;
use js_sys::Float64Array;
use std::ops::Range;
use wasm_bindgen::JsValue;

/// Items per part: 4 input and 4 output buffers of 32 KiB fit in a core's cache.
pub const PART: usize = 4096;

/// An input column as JS gives it: a `Float64Array` (one value per item) or a number
/// (the same for all items).
#[derive(Debug)]
pub enum JsColumn {
    /// The array, read part by part.
    Each(Float64Array),
    /// The number.
    All(f64),
}

impl JsColumn {
    /// The number of items of an array; `None` for a number.
    pub fn items(&self) -> Option<usize> {
        match self {
            JsColumn::Each(array) => usize::try_from(array.length()).ok(),
            JsColumn::All(_) => None,
        }
    }
}

impl FromJs for JsColumn {
    fn from_js(data: JsData) -> Result<Self, Error> {
        match data {
            JsData::Floats(array) => Ok(JsColumn::Each(array)),
            JsData::Number(value) => Ok(JsColumn::All(value)),
            other => Err(wrong_kind("a Float64Array or a number", &other)),
        }
    }
}

/// The parts of a batch of `items` items: `0..PART`, `PART..2 PART`, ...
pub fn parts(items: usize) -> impl Iterator<Item = Range<usize>> {
    (0..items)
        .step_by(PART)
        .map(move |start| start..items.min(start.saturating_add(PART)))
}

/// Reads one input column part by part.
#[derive(Debug)]
pub struct ColumnReader<'a> {
    column: &'a JsColumn,
    buffer: Vec<f64>,
}

impl<'a> ColumnReader<'a> {
    /// A reader of `column`.
    pub fn new(column: &'a JsColumn) -> Self {
        let buffer = match column {
            JsColumn::Each(_) => vec![0.0; PART],
            JsColumn::All(_) => Vec::new(),
        };
        ColumnReader { column, buffer }
    }

    /// The items `part` of the column (the whole batch's length checked beforehand).
    pub fn read(&mut self, part: &Range<usize>) -> Column<'_> {
        match self.column {
            JsColumn::All(value) => Column::All(*value),
            JsColumn::Each(array) => {
                let buffer = self.buffer.get_mut(..part.len()).unwrap_or_default();
                array
                    .subarray(to_u32(part.start), to_u32(part.end))
                    .copy_to(buffer);
                Column::Each(buffer)
            }
        }
    }
}

/// Writes one output column part by part into a `Float64Array` of the batch's length.
#[derive(Debug)]
pub struct ColumnWriter {
    array: Float64Array,
    buffer: Vec<f64>,
}

impl ColumnWriter {
    /// A writer of a new array of `items` items.
    pub fn new(items: usize) -> Self {
        ColumnWriter {
            array: Float64Array::new_with_length(to_u32(items)),
            buffer: vec![0.0; PART.min(items)],
        }
    }

    /// The buffer for the results of `part`.
    pub fn buffer(&mut self, part: &Range<usize>) -> &mut [f64] {
        self.buffer.get_mut(..part.len()).unwrap_or_default()
    }

    /// Copies the buffer's results of `part` into the array.
    pub fn write(&self, part: &Range<usize>) {
        if let Some(buffer) = self.buffer.get(..part.len()) {
            self.array
                .subarray(to_u32(part.start), to_u32(part.end))
                .copy_from(buffer);
        }
    }

    /// The array, written.
    pub fn finish(self) -> Float64Column {
        Float64Column(self.array)
    }
}

/// A batch has at most `MAX_BATCH_ITEMS` (10 million) items: indexes fit in `u32`.
fn to_u32(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

/// A result column: a `Float64Array`.
#[derive(Debug)]
pub struct Float64Column(pub Float64Array);

impl ToJs for Float64Column {
    fn to_js(&self) -> JsValue {
        self.0.clone().into()
    }
}

//! Columns across the boundary: a `Float64Array` or one number in, typed arrays out.
//!
//! A batch runs in parts of [`PART`] items: each part of each input array is copied
//! into a small buffer in wasm memory, the core computes the part, and its results are
//! copied into the output arrays, made at full length up front. Every value is copied
//! once in and once out, as a whole-array copy would, but the buffers stay in the cache
//! and the wasm memory does not grow with the batch.

use crate::Error;
use crate::batch::{Column, batch_length};
use crate::inventory::HoldingCostFields;
use crate::wasm::codec::Writer;
use crate::wasm::from_js::{FromJs, wrong_kind};
use crate::wasm::js_data::{JsData, Value};
use crate::wasm::to_js::ToJs;
use js_sys::{Float64Array, Uint8Array, Uint32Array};
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
    fn from_js(data: JsData<'_>) -> Result<Self, Error> {
        match data.value() {
            Value::Floats(array) => Ok(JsColumn::Each(array.array())),
            Value::Number(value) => Ok(JsColumn::All(value)),
            other => Err(wrong_kind("a Float64Array or a number", &other)),
        }
    }

    fn placeholder() -> Self {
        JsColumn::All(0.0)
    }
}

/// The parts of a batch of `items` items: `0..PART`, `PART..2 PART`, ...; one empty
/// part for a batch of no items, so that the core still checks its inputs once.
pub fn parts(items: usize) -> impl Iterator<Item = Range<usize>> {
    (0..items.max(1))
        .step_by(PART)
        .map(move |start| start.min(items)..items.min(start.saturating_add(PART)))
}

/// A column's values in wasm memory: the array copied once, or the number; for a batch
/// that needs all items at once.
#[derive(Debug)]
pub enum Owned {
    /// The array's values.
    Each(Vec<f64>),
    /// The number.
    All(f64),
}

impl Owned {
    /// `column` copied into wasm memory.
    pub fn of(column: &JsColumn) -> Owned {
        match column {
            JsColumn::Each(array) => Owned::Each(array.to_vec()),
            JsColumn::All(value) => Owned::All(*value),
        }
    }

    /// The column for the core.
    pub fn column(&self) -> Column<'_> {
        match self {
            Owned::Each(values) => Column::Each(values),
            Owned::All(value) => Column::All(*value),
        }
    }
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

/// The element of an output column, and the typed array that holds it.
pub trait Element: Copy + Default {
    /// `Float64Array` for `f64`, `Uint8Array` for `u8`.
    type Array: Clone + Into<JsValue>;
    /// A new array of `length` zeros.
    fn new_array(length: u32) -> Self::Array;
    /// Copies `values` into `array` at `start..end`.
    fn copy_into(array: &Self::Array, start: u32, end: u32, values: &[Self]);
}

macro_rules! element {
    ($($element:ty => $array:ty),*) => {$(
        impl Element for $element {
            type Array = $array;
            fn new_array(length: u32) -> $array {
                <$array>::new_with_length(length)
            }
            fn copy_into(array: &$array, start: u32, end: u32, values: &[$element]) {
                array.subarray(start, end).copy_from(values);
            }
        }
    )*};
}

element!(f64 => Float64Array, u8 => Uint8Array);

/// Writes one output column part by part into a typed array of the batch's length.
#[derive(Debug)]
pub struct ColumnWriter<T: Element> {
    array: T::Array,
    buffer: Vec<T>,
}

impl<T: Element> ColumnWriter<T> {
    /// A writer of a new array of `items` items.
    pub fn new(items: usize) -> Self {
        ColumnWriter {
            array: T::new_array(to_u32(items)),
            buffer: vec![T::default(); PART.min(items)],
        }
    }

    /// The buffer for the results of `part`.
    pub fn buffer(&mut self, part: &Range<usize>) -> &mut [T] {
        self.buffer.get_mut(..part.len()).unwrap_or_default()
    }

    /// Copies the buffer's results of `part` into the array.
    pub fn write(&self, part: &Range<usize>) {
        if let Some(buffer) = self.buffer.get(..part.len()) {
            T::copy_into(&self.array, to_u32(part.start), to_u32(part.end), buffer);
        }
    }

    /// The array, written.
    pub fn finish(self) -> ArrayColumn<T::Array> {
        ArrayColumn(self.array)
    }
}

/// The input columns of a batch, checked to agree on the number of items, read part by
/// part.
#[derive(Debug)]
pub struct BatchColumns<'a, const K: usize> {
    items: usize,
    readers: [Option<ColumnReader<'a>>; K],
}

impl<'a, const K: usize> BatchColumns<'a, K> {
    /// The columns given (field name in Rust, and the column or `None` when absent), in
    /// input order.
    ///
    /// # Errors
    /// Those of [`batch_length`].
    pub fn new(columns: [(&'static str, Option<&'a JsColumn>); K]) -> Result<Self, Error> {
        let lengths: Vec<(&'static str, Option<usize>)> = columns
            .iter()
            .filter_map(|(field, column)| column.map(|column| (*field, column.items())))
            .collect();
        Ok(BatchColumns {
            items: batch_length(&lengths)?,
            readers: columns.map(|(_, column)| column.map(ColumnReader::new)),
        })
    }

    /// The number of items.
    pub fn items(&self) -> usize {
        self.items
    }

    /// The items `part` of each column, `None` for an absent one.
    pub fn read(&mut self, part: &Range<usize>) -> [Option<Column<'_>>; K] {
        self.readers
            .each_mut()
            .map(|reader| reader.as_mut().map(|reader| reader.read(part)))
    }
}

/// A column that is always given (an absent one, which the options reader rules out,
/// would read as NaN for every item).
pub fn given(column: Option<Column<'_>>) -> Column<'_> {
    column.unwrap_or(Column::All(f64::NAN))
}

/// The holding cost's columns as given, checked to be `holding_cost` alone or
/// `holding_rate` with `unit_cost` (the errors of [`crate::batch::HoldingCostColumns::from_fields`],
/// before any column is read), with their field names.
///
/// # Errors
/// `conflicting_fields` or `missing_field`.
#[allow(clippy::type_complexity)]
pub fn holding_fields<'a>(
    holding_cost: Option<&'a JsColumn>,
    holding_rate: Option<&'a JsColumn>,
    unit_cost: Option<&'a JsColumn>,
) -> Result<[(&'static str, Option<&'a JsColumn>); 3], Error> {
    HoldingCostFields::choose(holding_cost, holding_rate, unit_cost)?;
    Ok([
        ("holding_cost", holding_cost),
        ("holding_rate", holding_rate),
        ("unit_cost", unit_cost),
    ])
}

/// Runs a batch of `N` number columns out: reads `columns` part by part, has `part`
/// compute each part's items (the columns, the output buffers and the part's first item
/// number) and copies its results out.
///
/// # Errors
/// Those of [`BatchColumns::new`] and the first of `part`.
pub fn run_batch<const K: usize, const N: usize>(
    columns: [(&'static str, Option<&JsColumn>); K],
    mut part: impl FnMut([Option<Column<'_>>; K], [&mut [f64]; N], usize) -> Result<(), Error>,
) -> Result<[Float64Column; N], Error> {
    let mut columns = BatchColumns::new(columns)?;
    let mut writers: [ColumnWriter<f64>; N] =
        std::array::from_fn(|_| ColumnWriter::new(columns.items()));
    for range in parts(columns.items()) {
        let buffers = writers.each_mut().map(|writer| writer.buffer(&range));
        part(columns.read(&range), buffers, range.start)?;
        for writer in &writers {
            writer.write(&range);
        }
    }
    Ok(writers.map(ColumnWriter::finish))
}

/// A batch has at most `MAX_BATCH_ITEMS` (10 million) items: indexes fit in `u32`.
fn to_u32(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

/// A result column: a typed array.
#[derive(Debug)]
pub struct ArrayColumn<A>(pub A);

/// A result column of numbers.
pub type Float64Column = ArrayColumn<Float64Array>;

/// A result column of small indexes.
pub type Uint8Column = ArrayColumn<Uint8Array>;

/// A result column of counts or numbers of things.
pub type Uint32Column = ArrayColumn<Uint32Array>;

impl<A: Clone + Into<JsValue>> ToJs for ArrayColumn<A> {
    fn write(&self, out: &mut Writer) {
        out.value(&self.0.clone().into());
    }
}

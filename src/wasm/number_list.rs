//! Arrays of numbers as JS gives them: a `Float64Array` (copied in at once) or an array
//! of numbers.

use crate::Error;
use crate::wasm::from_js::{FromJs, in_item, whole_number, wrong_kind};
use crate::wasm::js_data::{JsData, Value};

/// A `Float64Array` or an array of numbers.
pub struct NumberList(pub Vec<f64>);

impl FromJs for NumberList {
    fn from_js(data: JsData<'_>) -> Result<Self, Error> {
        match data.value() {
            Value::Floats(array) => Ok(NumberList(array.array().to_vec())),
            Value::List(_) => Vec::<f64>::from_js(data).map(NumberList),
            other => Err(wrong_kind("a Float64Array or an array of numbers", &other)),
        }
    }

    fn placeholder() -> Self {
        NumberList(Vec::new())
    }
}

/// A `Float64Array` or an array of whole numbers of 0 or more; an entry that is not one
/// is named by its index (`[3]`).
pub struct WholeNumberList(pub Vec<u32>);

impl FromJs for WholeNumberList {
    fn from_js(data: JsData<'_>) -> Result<Self, Error> {
        let NumberList(numbers) = NumberList::from_js(data)?;
        // A whole number of 0 to u32::MAX is the one that survives the saturating cast
        // to u32 and back (NaN, fractions, negatives and larger numbers do not; −0 is 0).
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let whole = |number: f64| number as u32;
        #[allow(clippy::float_cmp)] // exactly the same number, on purpose
        let is_whole = |number: f64| f64::from(whole(number)) == number;
        if let Some(index) = numbers.iter().position(|&number| !is_whole(number)) {
            let number = numbers.get(index).copied().unwrap_or(f64::NAN);
            whole_number(number).map_err(|error| in_item(error, index))?;
        }
        Ok(WholeNumberList(
            numbers.iter().map(|&number| whole(number)).collect(),
        ))
    }

    fn placeholder() -> Self {
        WholeNumberList(Vec::new())
    }
}

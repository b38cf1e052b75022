//! A column of a batch: one value per item, or one value for every item; and the checks
//! that a batch's columns agree on the number of items.

use crate::error::{Error, ErrorCode};
use crate::inventory::{HoldingCost, HoldingCostFields};
use crate::lanes::Lanes;

/// The most items one batch call accepts: ten million. Past that the columns alone take
/// hundreds of megabytes (in the browser, of the wasm's memory); split the catalogue.
pub const MAX_BATCH_ITEMS: u32 = 10_000_000;

/// One input of a batch function: a value for each item, or one value for all of them.
///
/// # Examples
/// ```
/// use opscalc::batch::Column;
/// let demand = Column::Each(&[1000.0, 2000.0]);
/// let ordering_cost = Column::All(10.0);
/// assert_eq!((demand.items(), ordering_cost.items()), (Some(2), None));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Column<'a> {
    /// One value per item, in item order.
    Each(&'a [f64]),
    /// The same value for every item.
    All(f64),
}

impl Column<'_> {
    /// The number of items of an [`Each`](Column::Each) column; `None` for
    /// [`All`](Column::All), which fits any number.
    pub fn items(&self) -> Option<usize> {
        match self {
            Column::Each(values) => Some(values.len()),
            Column::All(_) => None,
        }
    }

    /// The value of item `index` (NaN past the end of an `Each` column, which the
    /// batch functions' length check rules out).
    ///
    /// # Examples
    /// ```
    /// use opscalc::batch::Column;
    /// assert_eq!((Column::Each(&[1.0, 2.0]).at(1), Column::All(5.0).at(7)), (2.0, 5.0));
    /// assert!(Column::Each(&[1.0]).at(1).is_nan());
    /// ```
    #[inline(always)]
    pub fn at(&self, index: usize) -> f64 {
        match *self {
            Column::Each(values) => values.get(index).copied().unwrap_or(f64::NAN),
            Column::All(value) => value,
        }
    }

    /// Whether one value stands for every item.
    pub(crate) fn is_all(&self) -> bool {
        matches!(self, Column::All(_))
    }

    /// Items `index..index + L::WIDTH` as lanes: the array's values, or the number in
    /// every lane; `None` when the array ends before.
    #[inline(always)]
    pub(crate) fn lanes<L: Lanes>(&self, index: usize) -> Option<L> {
        match *self {
            Column::Each(values) => L::load(values, index),
            Column::All(value) => Some(L::splat(value)),
        }
    }
}

/// The holding cost of a batch, as [`HoldingCost`] for one item: `H` per unit, or a
/// rate of the unit cost; each part a [`Column`].
///
/// # Examples
/// ```
/// use opscalc::batch::{Column, HoldingCostColumns};
/// let h = HoldingCostColumns::Rate { rate: Column::All(0.25), unit_cost: Column::Each(&[60.0, 8.0]) };
/// assert_eq!(h, HoldingCostColumns::from_fields(None, Some(Column::All(0.25)), Some(Column::Each(&[60.0, 8.0])))?);
/// # Ok::<(), opscalc::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum HoldingCostColumns<'a> {
    /// `H`, money per unit per period. Field `holding_cost`.
    PerUnit(Column<'a>),
    /// `H = rate × unit_cost`. Fields `holding_rate` and `unit_cost`.
    Rate {
        /// Share of the unit cost per period, as a fraction (0.25 for 25 %).
        rate: Column<'a>,
        /// Cost of one unit, money.
        unit_cost: Column<'a>,
    },
}

impl<'a> HoldingCostColumns<'a> {
    /// The holding cost from the flat fields: `holding_cost`, or `holding_rate` with
    /// `unit_cost`.
    ///
    /// # Errors
    /// Those of [`HoldingCost::from_fields`]: `conflicting_fields` or `missing_field`.
    pub fn from_fields(
        holding_cost: Option<Column<'a>>,
        holding_rate: Option<Column<'a>>,
        unit_cost: Option<Column<'a>>,
    ) -> Result<Self, Error> {
        Ok(
            match HoldingCostFields::choose(holding_cost, holding_rate, unit_cost)? {
                HoldingCostFields::PerUnit(cost) => HoldingCostColumns::PerUnit(cost),
                HoldingCostFields::Rate { rate, unit_cost } => {
                    HoldingCostColumns::Rate { rate, unit_cost }
                }
            },
        )
    }

    /// The columns with their field names, for [`Shape::of`].
    pub(crate) fn named(&self) -> [(&'static str, Column<'a>); 2] {
        match *self {
            HoldingCostColumns::PerUnit(cost) => [("holding_cost", cost), ("holding_cost", cost)],
            HoldingCostColumns::Rate { rate, unit_cost } => {
                [("holding_rate", rate), ("unit_cost", unit_cost)]
            }
        }
    }

    /// `H` per unit of items `index..index + L::WIDTH` as lanes (`rate × unit cost` for
    /// a rate, as [`HoldingCost::per_unit`] computes it), with the lanes whose fields
    /// and `H` are above zero (NaN is not); `None` when an array ends before. An
    /// infinite field or `H` is left to the formula's own checks (it makes `Q*` zero or
    /// infinite).
    #[inline(always)]
    pub(crate) fn lanes_per_unit<L: Lanes>(&self, index: usize) -> Option<(L, L::Mask)> {
        match *self {
            HoldingCostColumns::PerUnit(cost) => {
                let cost = cost.lanes::<L>(index)?;
                Some((cost, cost.gt(0.0)))
            }
            HoldingCostColumns::Rate { rate, unit_cost } => {
                let (rate, unit_cost) = (rate.lanes::<L>(index)?, unit_cost.lanes::<L>(index)?);
                let cost = rate * unit_cost;
                Some((cost, rate.gt(0.0) & unit_cost.gt(0.0) & cost.gt(0.0)))
            }
        }
    }

    /// Item `index`'s holding cost, as [`Column::at`] gives each part.
    ///
    /// # Examples
    /// ```
    /// use opscalc::batch::{Column, HoldingCostColumns};
    /// use opscalc::inventory::HoldingCost;
    /// let h = HoldingCostColumns::Rate { rate: Column::All(0.25), unit_cost: Column::Each(&[60.0, 8.0]) };
    /// assert_eq!(h.at(1), HoldingCost::Rate { rate: 0.25, unit_cost: 8.0 });
    /// ```
    #[inline(always)]
    pub fn at(&self, index: usize) -> HoldingCost {
        match self {
            HoldingCostColumns::PerUnit(cost) => HoldingCost::PerUnit(cost.at(index)),
            HoldingCostColumns::Rate { rate, unit_cost } => HoldingCost::Rate {
                rate: rate.at(index),
                unit_cost: unit_cost.at(index),
            },
        }
    }
}

/// The number of items of a batch from its columns' lengths (`None` for a column of one
/// value for all items), with the field name of each column, in input order.
///
/// # Errors
/// - `invalid_input` naming `""` when no column has a value per item (nothing says how
///   many items there are);
/// - `conflicting_fields` naming the first column whose length differs from the first
///   array column's;
/// - `too_large` naming the first array column when it has more than
///   [`MAX_BATCH_ITEMS`] items.
///
/// # Examples
/// ```
/// use opscalc::batch::batch_length;
/// assert_eq!(batch_length(&[("demand", Some(3)), ("ordering_cost", None)]), Ok(3));
/// let error = batch_length(&[("demand", Some(3)), ("ordering_cost", Some(2))]).unwrap_err();
/// assert_eq!((error.code().as_str(), error.field()), ("conflicting_fields", "ordering_cost"));
/// ```
pub fn batch_length(lengths: &[(&'static str, Option<usize>)]) -> Result<usize, Error> {
    let mut arrays = lengths
        .iter()
        .filter_map(|&(field, length)| length.map(|length| (field, length)));
    let Some((first, items)) = arrays.next() else {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            "",
            "needs at least one column with a value per item, to give the number of items",
        ));
    };
    if u32::try_from(items).map_or(true, |items| items > MAX_BATCH_ITEMS) {
        return Err(Error::new(
            ErrorCode::TooLarge,
            first,
            "must have at most 10000000 items (split the batch)",
        ));
    }
    if let Some((field, _)) = arrays.find(|&(_, length)| length != items) {
        // The message names no field: its names differ between Rust and JS.
        let message = format!("must have as many items as the first array column ({items})");
        return Err(Error::new(ErrorCode::ConflictingFields, field, message));
    }
    Ok(items)
}

/// The number of items of a batch, and which of its fields hold one value for all.
#[derive(Debug, Clone)]
pub(crate) struct Shape {
    /// Items in every `Each` column.
    pub(crate) items: usize,
    /// Fields whose column is `All`: an error in one names the field without an index.
    all: Vec<&'static str>,
    /// The number of the first item in error paths.
    first_index: usize,
}

impl Shape {
    /// The shape of the columns `named` (field name and column, in input order).
    ///
    /// # Errors
    /// - `invalid_input` naming `""` when no column has one value per item (nothing
    ///   says how many items there are);
    /// - `conflicting_fields` naming the first column whose length differs from the
    ///   first `Each` column's;
    /// - `too_large` naming the first `Each` column when it has more than
    ///   [`MAX_BATCH_ITEMS`] items.
    pub(crate) fn of(named: &[(&'static str, Column<'_>)]) -> Result<Shape, Error> {
        let lengths: Vec<(&'static str, Option<usize>)> = named
            .iter()
            .map(|(field, column)| (*field, column.items()))
            .collect();
        let all = named
            .iter()
            .filter(|(_, column)| column.is_all())
            .map(|(field, _)| *field)
            .collect();
        Ok(Shape {
            items: batch_length(&lengths)?,
            all,
            first_index: 0,
        })
    }

    /// The same shape for items numbered from `first_index` in error paths: for a part
    /// of a larger batch.
    pub(crate) fn numbered_from(self, first_index: usize) -> Shape {
        Shape {
            first_index,
            ..self
        }
    }

    /// Checks that an output column has one entry per item.
    ///
    /// # Errors
    /// `invalid_input` naming `field` when it does not.
    pub(crate) fn check_output<T>(&self, field: &'static str, output: &[T]) -> Result<(), Error> {
        if output.len() == self.items {
            Ok(())
        } else {
            Err(Error::new(
                ErrorCode::InvalidInput,
                field,
                "must have one entry per item of the input columns",
            ))
        }
    }

    /// An item's error placed at the item: field `demand` of item 12 becomes
    /// `demand[12]`, unless one value stands for all items (then `demand` stays); an error
    /// of the item as a whole (an overflow, field `""`) becomes `[12]`. An `out_of_range`
    /// error compares the field with others of the item (a production rate not above the
    /// item's demand), so it is placed at the item even when the field is one value for
    /// all.
    #[cold]
    pub(crate) fn locate(&self, error: Error, index: usize) -> Error {
        if error.code() != ErrorCode::OutOfRange && self.all.contains(&error.field()) {
            return error;
        }
        let field = format!("{}[{}]", error.field(), self.first_index + index);
        Error::new(error.code(), field, error.message().to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape_counts_items_and_places_errors() {
        let shape = Shape::of(&[
            ("demand", Column::Each(&[1.0, 2.0])),
            ("ordering_cost", Column::All(3.0)),
        ])
        .unwrap();
        assert_eq!(shape.items, 2);
        let error = |field| Error::new(ErrorCode::NotPositive, field, "must be greater than zero");
        assert_eq!(shape.locate(error("demand"), 1).field(), "demand[1]");
        assert_eq!(
            shape.locate(error("ordering_cost"), 1).field(),
            "ordering_cost"
        );
        assert_eq!(shape.locate(error(""), 7).field(), "[7]");
        let relation = Error::new(ErrorCode::OutOfRange, "ordering_cost", "must exceed demand");
        assert_eq!(shape.locate(relation, 1).field(), "ordering_cost[1]");
        assert_eq!(
            shape.locate(error("demand"), 1).message(),
            "must be greater than zero"
        );
    }

    #[test]
    fn at_past_the_end_is_nan() {
        assert!(Column::Each(&[1.0]).at(1).is_nan());
        assert_eq!(Column::All(2.0).at(99).to_bits(), 2.0_f64.to_bits());
    }
}

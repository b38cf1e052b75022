//! ABC analysis: items ranked by annual value (demand × unit cost) and split into
//! class A (the few that carry most of the value), B and C (the many that carry little).

use crate::error::{Error, ErrorCode};
use crate::validate::{UniqueIds, list_length, non_negative, positive, representable};

/// The most items one analysis may have.
pub const MAX_ABC_ITEMS: u32 = 100_000;

/// Slack when comparing a cumulative share with a cutoff, so that a share that is
/// exactly on the cutoff in decimal arithmetic is not pushed over it by binary rounding.
const BOUNDARY_TOLERANCE: f64 = 1e-9;

/// One inventory item.
#[derive(Debug, Clone, PartialEq)]
pub struct AbcItem {
    /// The caller's name for the item (a stock number, say): non-empty and unique in
    /// the list. Field `id`.
    pub id: String,
    /// Units used per year (or per any period, the same for every item). Field `annual_demand`.
    pub annual_demand: f64,
    /// Money per unit. Field `unit_cost`.
    pub unit_cost: f64,
}

impl AbcItem {
    /// An item `id` using `annual_demand` units a year at `unit_cost` each.
    pub fn new(id: impl Into<String>, annual_demand: f64, unit_cost: f64) -> Self {
        AbcItem {
            id: id.into(),
            annual_demand,
            unit_cost,
        }
    }
}

/// What the cutoffs divide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AbcBasis {
    /// Classes by cumulative share of annual value: by default A up to 80 %, B the next
    /// 15 %, C the last 5 %. The default.
    #[default]
    Value,
    /// Classes by cumulative share of the number of items, in value order: by default
    /// A the top 20 % of items, B the next 30 %, C the other 50 %.
    Items,
}

/// The shares of classes A and B, as fractions; class C gets the rest, `1 − a − b`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AbcCutoffs {
    /// Share of class A, as a fraction, above 0 and at most 1 (0.8 for 80 %). Field `cutoffs.a`.
    pub a: f64,
    /// Share of class B, as a fraction, 0 or more, with `a + b` at most 1. Field `cutoffs.b`.
    pub b: f64,
}

impl AbcCutoffs {
    /// The default cutoffs by value: A 80 %, B 15 %, C 5 %.
    pub const BY_VALUE: AbcCutoffs = AbcCutoffs { a: 0.8, b: 0.15 };
    /// The default cutoffs by items: A 20 %, B 30 %, C 50 %.
    pub const BY_ITEMS: AbcCutoffs = AbcCutoffs { a: 0.2, b: 0.3 };

    /// The share left to class C, `1 − a − b` (never below 0).
    ///
    /// # Examples
    /// ```
    /// use opscalc::inventory::AbcCutoffs;
    /// assert!((AbcCutoffs::BY_VALUE.c() - 0.05).abs() < 1e-15);
    /// ```
    pub fn c(&self) -> f64 {
        (1.0 - self.a - self.b).max(0.0)
    }

    fn validated(self) -> Result<Self, Error> {
        let in_cutoffs = |error: Error| error.within("cutoffs");
        let a = positive("a", self.a).map_err(in_cutoffs)?;
        if a > 1.0 {
            let error = Error::new(ErrorCode::OutOfRange, "a", "must be at most 1 (100 %)");
            return Err(in_cutoffs(error));
        }
        let b = non_negative("b", self.b).map_err(in_cutoffs)?;
        if a + b > 1.0 + BOUNDARY_TOLERANCE {
            let error = Error::new(
                ErrorCode::OutOfRange,
                "b",
                "must be at most 1 minus the share of class A",
            );
            return Err(in_cutoffs(error));
        }
        Ok(AbcCutoffs { a, b })
    }

    /// The class of an item whose predecessors' cumulative share is `start`.
    fn class_at(&self, start: f64) -> AbcClass {
        if start + BOUNDARY_TOLERANCE < self.a {
            AbcClass::A
        } else if start + BOUNDARY_TOLERANCE < self.a + self.b {
            AbcClass::B
        } else {
            AbcClass::C
        }
    }
}

/// Inputs of an ABC analysis.
///
/// # Examples
/// ```
/// use opscalc::inventory::{AbcBasis, AbcCutoffs, AbcInput, AbcItem};
/// let input = AbcInput::new(vec![AbcItem::new("bolt", 1000.0, 0.1), AbcItem::new("motor", 20.0, 95.0)])
///     .with_basis(AbcBasis::Items)
///     .with_cutoffs(AbcCutoffs { a: 0.5, b: 0.5 });
/// assert_eq!(input.cutoffs, Some(AbcCutoffs { a: 0.5, b: 0.5 }));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct AbcInput {
    /// The items, in any order; 1 to [`MAX_ABC_ITEMS`]. Field `items`.
    pub items: Vec<AbcItem>,
    /// The class shares; `None` for the basis's defaults ([`AbcCutoffs::BY_VALUE`] or
    /// [`AbcCutoffs::BY_ITEMS`]). Field `cutoffs`.
    pub cutoffs: Option<AbcCutoffs>,
    /// What the cutoffs divide: value (the default) or the number of items. Field `basis`.
    pub basis: AbcBasis,
}

impl AbcInput {
    /// An analysis by value with the default cutoffs, 80 / 15 / 5 %.
    pub fn new(items: Vec<AbcItem>) -> Self {
        AbcInput {
            items,
            cutoffs: None,
            basis: AbcBasis::Value,
        }
    }

    /// The same analysis with other cutoffs.
    #[must_use]
    pub fn with_cutoffs(self, cutoffs: AbcCutoffs) -> Self {
        AbcInput {
            cutoffs: Some(cutoffs),
            ..self
        }
    }

    /// The same analysis on another basis.
    #[must_use]
    pub fn with_basis(self, basis: AbcBasis) -> Self {
        AbcInput { basis, ..self }
    }
}

/// An ABC class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AbcClass {
    /// The few items that carry most of the value: control them tightly.
    A,
    /// The middle.
    B,
    /// The many items that carry little of the value: control them simply.
    C,
}

/// One item of the ranked table.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AbcRow {
    /// Position by annual value, from 1 (the most valuable); equal values keep their
    /// input order.
    pub rank: u32,
    /// The item's position in the input list, from 0.
    pub input_index: u32,
    /// The item's id.
    pub id: String,
    /// Units per year, as given.
    pub annual_demand: f64,
    /// Money per unit, as given.
    pub unit_cost: f64,
    /// `annual demand × unit cost`, money per year.
    pub annual_value: f64,
    /// The item's annual value as a fraction of the total.
    pub share: f64,
    /// The shares of this item and every item ranked above it.
    pub cumulative_share: f64,
    /// `rank / number of items`: the fraction of items ranked at or above this one.
    pub cumulative_item_share: f64,
    /// The item's class.
    pub class: AbcClass,
}

/// The totals of one class.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct AbcClassTotals {
    /// Which class.
    pub class: AbcClass,
    /// How many items it has (possibly 0).
    pub item_count: u32,
    /// The sum of its items' annual values, money per year.
    pub annual_value: f64,
    /// `annual_value / total value`.
    pub value_share: f64,
    /// `item_count / number of items`.
    pub item_share: f64,
    /// The rank of its first item, `None` when it has none.
    pub first_rank: Option<u32>,
    /// The rank of its last item, `None` when it has none.
    pub last_rank: Option<u32>,
}

/// The ranked, classified items and the totals per class.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AbcAnalysis {
    /// Every item, by rank (descending annual value), with its input index.
    pub rows: Vec<AbcRow>,
    /// The totals of classes A, B and C, in that order.
    pub classes: [AbcClassTotals; 3],
    /// The sum of all annual values, money per year.
    pub total_value: f64,
    /// The number of items.
    pub item_count: u32,
    /// The basis used.
    pub basis: AbcBasis,
    /// The cutoffs used (given or the basis's defaults).
    pub cutoffs: AbcCutoffs,
}

/// ABC analysis: each item's annual value `demand × unit cost`, its share of the
/// total, its rank and cumulative share, and its class.
///
/// Items are ranked by annual value, highest first; equal values keep their input
/// order. Each class is the fewest next items in rank order that bring the cumulative
/// share up to its cutoff: of value (`basis` value, the default) or of the number of
/// items (`basis` items). With cutoffs `a` and `b`:
///
/// - **A**: the top items up to and including the one whose cumulative share reaches
///   `a`, that is, every item whose predecessors' cumulative share is below `a`;
/// - **B**: the following items up to the one that reaches `a + b` (predecessors'
///   share below `a + b`);
/// - **C**: the rest.
///
/// So an item whose cumulative share lands exactly on a cutoff closes its class (the
/// item that brings the total to exactly 80 % is A, and the next is B), and an item
/// that crosses a cutoff belongs to the class it started in (the item that takes the
/// total from 72 % to 83 % is A). The most valuable item is always A. Comparisons
/// allow 10⁻⁹ of slack for binary rounding. Classes are contiguous in rank order. B
/// or C may be empty, when one item spans past a cutoff; zero-value items, whose
/// predecessors already hold 100 % of the value, are always C.
///
/// By items, class A is the top `⌈a n⌉` of `n` items and A with B the top
/// `⌈(a + b) n⌉`: with `a = 0.2`, `b = 0.3` and ten items, 2, 3 and 5 items, the
/// textbooks' "20 % of the items" split.
///
/// Reference: Heizer & Render, *Operations Management*, Inventory Management chapter,
/// ABC analysis.
///
/// # Errors
/// - `out_of_range` naming `items` when it is empty; `too_large` naming `items` with
///   more than [`MAX_ABC_ITEMS`];
/// - `invalid_input` naming `items[i].id` when it is empty or repeats an earlier id;
/// - `not_finite` / `negative` naming `items[i].annual_demand` or `items[i].unit_cost`;
/// - `not_positive` naming `items` when every annual value is zero;
/// - `not_finite` / `not_positive` / `out_of_range` naming `cutoffs.a`, and
///   `not_finite` / `negative` / `out_of_range` naming `cutoffs.b` (`a + b` above 1);
/// - `numeric_range` when a value or the total overflows `f64`.
///
/// # Examples
/// Heizer & Render, *Operations Management*, Inventory Management chapter, Silicon
/// Chips, Inc.: ten items worth $232,057 a year. By items (20 % / 30 % / 50 %), A is
/// the top two, about 72 % of the value.
/// ```
/// use approx::assert_relative_eq;
/// use opscalc::inventory::{abc_analysis, AbcBasis, AbcClass, AbcInput, AbcItem};
/// let items = [
///     (1000.0, 90.0), (500.0, 154.0), (1550.0, 17.0), (350.0, 42.86), (1000.0, 12.5),
///     (600.0, 14.17), (2000.0, 0.6), (100.0, 8.5), (1200.0, 0.42), (250.0, 0.6),
/// ];
/// let items = items
///     .iter()
///     .enumerate()
///     .map(|(index, &(demand, cost))| AbcItem::new(format!("item {}", index + 1), demand, cost))
///     .collect();
/// let result = abc_analysis(&AbcInput::new(items).with_basis(AbcBasis::Items))?;
/// assert_relative_eq!(result.total_value, 232_057.0, max_relative = 1e-12);
/// let [a, b, c] = result.classes;
/// assert_eq!((a.item_count, b.item_count, c.item_count), (2, 3, 5));
/// assert_relative_eq!(a.value_share, 167_000.0 / 232_057.0, max_relative = 1e-12);
/// assert_eq!(result.rows[0].class, AbcClass::A);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn abc_analysis(input: &AbcInput) -> Result<AbcAnalysis, Error> {
    let values = validate_items(&input.items)?;
    let ranking = rank_by_value(&values, input.cutoffs, input.basis, "items")?;
    let mut rows = Vec::with_capacity(ranking.rows.len());
    for ranked in &ranking.rows {
        let Some(item) = input.items.get(ranked.input_index) else {
            continue;
        };
        rows.push(AbcRow {
            rank: ranked.rank,
            input_index: count_u32(ranked.input_index),
            id: item.id.clone(),
            annual_demand: item.annual_demand,
            unit_cost: item.unit_cost,
            annual_value: ranked.value,
            share: ranked.share,
            cumulative_share: ranked.cumulative_share,
            cumulative_item_share: ranked.cumulative_item_share,
            class: ranked.class,
        });
    }
    let (total_value, count, cutoffs) = (ranking.total_value, rows.len(), ranking.cutoffs);
    let item_count = count_u32(count);

    let classes = [AbcClass::A, AbcClass::B, AbcClass::C]
        .map(|class| class_totals(class, &rows, total_value, count));
    Ok(AbcAnalysis {
        rows,
        classes,
        total_value,
        item_count,
        basis: input.basis,
        cutoffs,
    })
}

/// One item's place in an ABC ranking.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ranked {
    /// The item's position in the input, from 0.
    pub(crate) input_index: usize,
    /// 1 for the highest annual value.
    pub(crate) rank: u32,
    /// Annual value.
    pub(crate) value: f64,
    /// Share of the total annual value.
    pub(crate) share: f64,
    /// Share of the total annual value of this item and all ranked above it.
    pub(crate) cumulative_share: f64,
    /// Share of the items ranked up to this one.
    pub(crate) cumulative_item_share: f64,
    /// The item's class.
    pub(crate) class: AbcClass,
}

/// An ABC ranking: the items in rank order, the total annual value and the cutoffs used.
#[derive(Debug, Clone)]
pub(crate) struct Ranking {
    pub(crate) rows: Vec<Ranked>,
    pub(crate) total_value: f64,
    pub(crate) cutoffs: AbcCutoffs,
}

/// Ranks items by their checked annual `values` (highest first, ties in input order) and
/// classes them by `cutoffs` (the basis's defaults when `None`) on `basis`: the core of
/// [`abc_analysis`], shared with the batch `abc_batch`.
///
/// # Errors
/// The cutoffs' errors (`cutoffs.a`, `cutoffs.b`); `not_positive` naming `total_field`
/// when the total annual value is zero; `numeric_range` when it overflows.
pub(crate) fn rank_by_value(
    values: &[f64],
    cutoffs: Option<AbcCutoffs>,
    basis: AbcBasis,
    total_field: &'static str,
) -> Result<Ranking, Error> {
    let cutoffs = cutoffs
        .unwrap_or(match basis {
            AbcBasis::Value => AbcCutoffs::BY_VALUE,
            AbcBasis::Items => AbcCutoffs::BY_ITEMS,
        })
        .validated()?;

    // Stable: equal values keep their input order.
    let value = |index: usize| values.get(index).copied().unwrap_or(0.0);
    let order = crate::sort::descending_order(values);

    // Summed in rank order, so that the last cumulative share is exactly 1.
    let total_value = representable(order.iter().map(|&index| value(index)).sum(), false)?;
    if total_value <= 0.0 {
        return Err(Error::new(
            ErrorCode::NotPositive,
            total_field,
            "must have a total annual value greater than zero",
        ));
    }
    let count = order.len();
    let item_count = count_u32(count);

    let mut rows = Vec::with_capacity(count);
    let mut cumulative_value = 0.0;
    for (position, input_index) in order.into_iter().enumerate() {
        let value = value(input_index);
        let share_before = cumulative_value / total_value;
        let item_share_before = f64::from(count_u32(position)) / f64::from(item_count);
        cumulative_value += value;
        let rank = position + 1;
        rows.push(Ranked {
            input_index,
            rank: count_u32(rank),
            value,
            share: value / total_value,
            cumulative_share: cumulative_value / total_value,
            cumulative_item_share: f64::from(count_u32(rank)) / f64::from(item_count),
            class: cutoffs.class_at(match basis {
                AbcBasis::Value => share_before,
                AbcBasis::Items => item_share_before,
            }),
        });
    }
    Ok(Ranking {
        rows,
        total_value,
        cutoffs,
    })
}

/// An item's annual value, `annual demand × unit cost`, checked.
///
/// # Errors
/// `not_finite` / `negative` naming `annual_demand` or `unit_cost`; `numeric_range` when
/// the product overflows.
pub(crate) fn annual_value(annual_demand: f64, unit_cost: f64) -> Result<f64, Error> {
    let demand = non_negative("annual_demand", annual_demand)?;
    let unit_cost = non_negative("unit_cost", unit_cost)?;
    representable(demand * unit_cost, false)
}

/// Checks the list and each item in field order, and returns the annual values.
fn validate_items(items: &[AbcItem]) -> Result<Vec<f64>, Error> {
    list_length("items", items.len(), MAX_ABC_ITEMS)?;
    let mut ids = UniqueIds::new("items");
    let mut values = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let in_item = |error: Error| error.within(&format!("items[{index}]"));
        ids.check(index, &item.id).map_err(in_item)?;
        values.push(annual_value(item.annual_demand, item.unit_cost).map_err(in_item)?);
    }
    Ok(values)
}

fn class_totals(
    class: AbcClass,
    rows: &[AbcRow],
    total_value: f64,
    count: usize,
) -> AbcClassTotals {
    let members = || rows.iter().filter(move |row| row.class == class);
    let item_count = members().count();
    // From +0: `sum()` of no values is −0, which would show as "-0" in JavaScript.
    let annual_value = members().fold(0.0, |sum, row| sum + row.annual_value);
    AbcClassTotals {
        class,
        item_count: count_u32(item_count),
        annual_value,
        value_share: annual_value / total_value,
        item_share: f64::from(count_u32(item_count)) / f64::from(count_u32(count)),
        first_rank: members().next().map(|row| row.rank),
        last_rank: members().next_back().map(|row| row.rank),
    }
}

/// A count or index below [`MAX_ABC_ITEMS`] as `u32`.
fn count_u32(count: usize) -> u32 {
    u32::try_from(count).unwrap_or(u32::MAX)
}

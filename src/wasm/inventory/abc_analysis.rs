//! JS mirror of ABC analysis: option and result types with camelCase names and
//! TypeScript declarations, and the exported function. No formulas: it converts the
//! options to the core input, calls the core, and converts the result.

use crate::inventory::{self, AbcCutoffs, AbcInput, AbcItem};
use crate::wasm::boundary::call;
use crate::wasm::choice::js_choice;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// One inventory item.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct AbcItemOptions {
    /// The item's name (a stock number, say): a non-empty string, unique in the list.
    pub id: String,
    /// Units used per year.
    pub annual_demand: f64,
    /// Money per unit.
    pub unit_cost: f64,
}

from_js!(AbcItemOptions {
    id,
    annual_demand,
    unit_cost
});

/// The shares of classes A and B, as fractions; class C gets the rest, 1 − a − b.
#[derive(Tsify)]
pub struct AbcCutoffsOptions {
    /// Share of class A, above 0 and at most 1 (0.8 for 80 %).
    pub a: f64,
    /// Share of class B, 0 or more, with a + b at most 1.
    pub b: f64,
}

from_js!(AbcCutoffsOptions { a, b });

/// What the cutoffs divide: `"value"`, the cumulative share of annual value;
/// `"items"`, the cumulative share of the number of items (in value order).
#[derive(Clone, Copy, Tsify)]
#[serde(rename_all = "camelCase")]
pub enum AbcBasis {
    /// By cumulative share of annual value.
    Value,
    /// By cumulative share of the number of items.
    Items,
}

js_choice!(AbcBasis { Value = "value", Items = "items" });

impl From<AbcBasis> for inventory::AbcBasis {
    fn from(basis: AbcBasis) -> Self {
        match basis {
            AbcBasis::Value => inventory::AbcBasis::Value,
            AbcBasis::Items => inventory::AbcBasis::Items,
        }
    }
}

impl From<inventory::AbcBasis> for AbcBasis {
    fn from(basis: inventory::AbcBasis) -> Self {
        match basis {
            inventory::AbcBasis::Value => AbcBasis::Value,
            inventory::AbcBasis::Items => AbcBasis::Items,
        }
    }
}

/// Options of {@link abcAnalysis}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct AbcAnalysisOptions {
    /// The items, in any order; 1 to 100000 of them.
    pub items: Vec<AbcItemOptions>,
    /// Class shares (default by value a = 0.8, b = 0.15; by items a = 0.2, b = 0.3).
    #[tsify(optional)]
    pub cutoffs: Option<AbcCutoffsOptions>,
    /// `"value"` (the default) or `"items"`.
    #[tsify(optional)]
    pub basis: Option<AbcBasis>,
}

from_js!(AbcAnalysisOptions {
    items,
    cutoffs,
    basis
});

impl From<AbcAnalysisOptions> for AbcInput {
    fn from(options: AbcAnalysisOptions) -> Self {
        AbcInput {
            items: options
                .items
                .into_iter()
                .map(|item| AbcItem::new(item.id, item.annual_demand, item.unit_cost))
                .collect(),
            cutoffs: options.cutoffs.map(|cutoffs| AbcCutoffs {
                a: cutoffs.a,
                b: cutoffs.b,
            }),
            basis: options.basis.map(Into::into).unwrap_or_default(),
        }
    }
}

/// An ABC class.
#[derive(Tsify)]
pub enum AbcClass {
    /// The few items that carry most of the value.
    A,
    /// The middle.
    B,
    /// The many items that carry little of the value.
    C,
}

js_choice!(AbcClass { A = "A", B = "B", C = "C" });

impl From<inventory::AbcClass> for AbcClass {
    fn from(class: inventory::AbcClass) -> Self {
        match class {
            inventory::AbcClass::A => AbcClass::A,
            inventory::AbcClass::B => AbcClass::B,
            inventory::AbcClass::C => AbcClass::C,
        }
    }
}

/// One item of the ranked table.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct AbcRowResult {
    /// Position by annual value, from 1; equal values keep their input order.
    pub rank: u32,
    /// The item's position in `items`, from 0.
    pub input_index: u32,
    /// The item's id.
    pub id: String,
    /// Units per year, as given.
    pub annual_demand: f64,
    /// Money per unit, as given.
    pub unit_cost: f64,
    /// Annual demand × unit cost, money per year.
    pub annual_value: f64,
    /// The item's annual value as a fraction of the total.
    pub share: f64,
    /// The shares of this item and every item ranked above it.
    pub cumulative_share: f64,
    /// rank / number of items.
    pub cumulative_item_share: f64,
    /// The item's class.
    pub class: AbcClass,
}

to_js!(AbcRowResult {
    rank,
    input_index,
    id,
    annual_demand,
    unit_cost,
    annual_value,
    share,
    cumulative_share,
    cumulative_item_share,
    class
});

/// The totals of one class.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct AbcClassTotalsResult {
    /// Which class.
    pub class: AbcClass,
    /// How many items it has (possibly 0).
    pub item_count: u32,
    /// The sum of its items' annual values, money per year.
    pub annual_value: f64,
    /// annualValue / total value.
    pub value_share: f64,
    /// itemCount / number of items.
    pub item_share: f64,
    /// The rank of its first item; absent when it has none.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub first_rank: Option<u32>,
    /// The rank of its last item; absent when it has none.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub last_rank: Option<u32>,
}

to_js!(AbcClassTotalsResult {
    class,
    item_count,
    annual_value,
    value_share,
    item_share,
    first_rank,
    last_rank
});

/// The class shares used, as fractions.
#[derive(Tsify)]
pub struct AbcCutoffsResult {
    /// Share of class A.
    pub a: f64,
    /// Share of class B.
    pub b: f64,
    /// Share left to class C, 1 − a − b.
    pub c: f64,
}

to_js!(AbcCutoffsResult { a, b, c });

/// Result of {@link abcAnalysis}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct AbcAnalysisResult {
    /// Every item by rank (descending annual value), with its input index.
    pub rows: Vec<AbcRowResult>,
    /// The totals of classes A, B and C, in that order.
    pub classes: Vec<AbcClassTotalsResult>,
    /// The sum of all annual values, money per year.
    pub total_value: f64,
    /// The number of items.
    pub item_count: u32,
    /// The basis used.
    pub basis: AbcBasis,
    /// The cutoffs used (given, or the basis's defaults).
    pub cutoffs: AbcCutoffsResult,
}

to_js!(AbcAnalysisResult {
    rows,
    classes,
    total_value,
    item_count,
    basis,
    cutoffs
});

impl From<inventory::AbcAnalysis> for AbcAnalysisResult {
    fn from(analysis: inventory::AbcAnalysis) -> Self {
        AbcAnalysisResult {
            rows: analysis
                .rows
                .into_iter()
                .map(|row| AbcRowResult {
                    rank: row.rank,
                    input_index: row.input_index,
                    id: row.id,
                    annual_demand: row.annual_demand,
                    unit_cost: row.unit_cost,
                    annual_value: row.annual_value,
                    share: row.share,
                    cumulative_share: row.cumulative_share,
                    cumulative_item_share: row.cumulative_item_share,
                    class: row.class.into(),
                })
                .collect(),
            classes: analysis
                .classes
                .into_iter()
                .map(|class| AbcClassTotalsResult {
                    class: class.class.into(),
                    item_count: class.item_count,
                    annual_value: class.annual_value,
                    value_share: class.value_share,
                    item_share: class.item_share,
                    first_rank: class.first_rank,
                    last_rank: class.last_rank,
                })
                .collect(),
            total_value: analysis.total_value,
            item_count: analysis.item_count,
            basis: analysis.basis.into(),
            cutoffs: AbcCutoffsResult {
                a: analysis.cutoffs.a,
                b: analysis.cutoffs.b,
                c: analysis.cutoffs.c(),
            },
        }
    }
}

/// ABC analysis: each item's annual value (demand × unit cost), share, rank,
/// cumulative share and class, and the totals per class. Class A is the fewest top
/// items whose cumulative share (of value, or of items) reaches `a`; B the next ones
/// up to `a + b`; C the rest.
///
/// Throws an {@link OpscalcError} naming the field for invalid options (`items[3].unitCost`).
#[wasm_bindgen(js_name = abcAnalysis, unchecked_return_type = "AbcAnalysisResult")]
pub fn abc_analysis(
    #[wasm_bindgen(unchecked_param_type = "AbcAnalysisOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: AbcAnalysisOptions| {
        inventory::abc_analysis(&AbcInput::from(options)).map(AbcAnalysisResult::from)
    })
}

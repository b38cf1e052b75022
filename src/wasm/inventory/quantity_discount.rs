//! JS mirror of the quantity discount model and its cost curve: option and result types
//! with camelCase names and TypeScript declarations, and the exported functions. No
//! formulas: each function converts its options to the core input, calls the core, and
//! converts the result.

use super::cost_curve::CostCurveOptions;
use crate::Error;
use crate::inventory::{self, DiscountHoldingCost};
use crate::wasm::boundary::call;
use crate::wasm::choice::js_choice;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// How the supplier applies the tier prices: `"allUnits"`, every unit of an order pays
/// the price of the tier the order falls in; `"incremental"`, each tier's price
/// applies only to the units inside that tier.
#[derive(Clone, Copy, Tsify)]
#[serde(rename_all = "camelCase")]
pub enum DiscountScheme {
    /// Every unit pays the price of the order's tier.
    AllUnits,
    /// Each tier's price applies to the units inside it.
    Incremental,
}

js_choice!(DiscountScheme { AllUnits = "allUnits", Incremental = "incremental" });

impl From<DiscountScheme> for inventory::DiscountScheme {
    fn from(scheme: DiscountScheme) -> Self {
        match scheme {
            DiscountScheme::AllUnits => inventory::DiscountScheme::AllUnits,
            DiscountScheme::Incremental => inventory::DiscountScheme::Incremental,
        }
    }
}

impl From<inventory::DiscountScheme> for DiscountScheme {
    fn from(scheme: inventory::DiscountScheme) -> Self {
        match scheme {
            inventory::DiscountScheme::AllUnits => DiscountScheme::AllUnits,
            inventory::DiscountScheme::Incremental => DiscountScheme::Incremental,
        }
    }
}

/// One price tier: orders of at least `minQuantity` units pay `unitCost` a unit.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct PriceBreakOptions {
    /// The tier's smallest order quantity, units (the first tier's is 0 or 1).
    pub min_quantity: f64,
    /// The tier's unit price, money per unit (never above the tier before).
    pub unit_cost: f64,
}

from_js!(PriceBreakOptions {
    min_quantity,
    unit_cost
});

/// Options of {@link quantityDiscount}. All rates share one planning period (a year, say).
/// Give the holding cost either as `holdingCost` (the same in every tier) or as
/// `holdingRate` (a share of each tier's unit cost).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct QuantityDiscountOptions {
    /// D: demand, units per period.
    pub demand: f64,
    /// S: cost of placing one order, money per order.
    pub ordering_cost: f64,
    /// H: cost of holding one unit for one period, money per unit per period, in every tier.
    #[tsify(optional)]
    pub holding_cost: Option<f64>,
    /// i: holding cost as a share of each tier's unit cost per period, as a fraction (0.2 for 20 %).
    #[tsify(optional)]
    pub holding_rate: Option<f64>,
    /// The price tiers by increasing `minQuantity`, 1 to 100 of them: the first starts at
    /// 0 or 1; each tier runs up to the next one's `minQuantity`.
    pub breaks: Vec<PriceBreakOptions>,
    /// `"allUnits"` (the default) or `"incremental"`.
    #[tsify(optional)]
    pub scheme: Option<DiscountScheme>,
}

from_js!(QuantityDiscountOptions {
    demand,
    ordering_cost,
    holding_cost,
    holding_rate,
    breaks,
    scheme
});

impl TryFrom<QuantityDiscountOptions> for inventory::QuantityDiscountInput {
    type Error = Error;

    fn try_from(options: QuantityDiscountOptions) -> Result<Self, Error> {
        Ok(inventory::QuantityDiscountInput {
            demand: options.demand,
            ordering_cost: options.ordering_cost,
            holding_cost: DiscountHoldingCost::from_fields(
                options.holding_cost,
                options.holding_rate,
            )?,
            breaks: options
                .breaks
                .into_iter()
                .map(|tier| inventory::PriceBreak::new(tier.min_quantity, tier.unit_cost))
                .collect(),
            scheme: options.scheme.map(Into::into).unwrap_or_default(),
        })
    }
}

/// How a tier's candidate follows from its EOQ: `"eoq"`, the EOQ lies in the tier;
/// `"raisedToMinimum"`, the EOQ is below the tier, so the candidate is the tier's
/// smallest quantity; `"excluded"`, the EOQ is above the tier, which then has no
/// candidate (the next tier's smallest quantity is cheaper than any in it).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub enum CandidateRule {
    /// The EOQ lies in the tier.
    Eoq,
    /// The EOQ is below the tier: the candidate is the tier's minimum.
    RaisedToMinimum,
    /// The EOQ is above the tier: no candidate.
    Excluded,
}

js_choice!(CandidateRule { Eoq = "eoq", RaisedToMinimum = "raisedToMinimum", Excluded = "excluded" });

impl From<inventory::CandidateRule> for CandidateRule {
    fn from(rule: inventory::CandidateRule) -> Self {
        match rule {
            inventory::CandidateRule::Eoq => CandidateRule::Eoq,
            inventory::CandidateRule::RaisedToMinimum => CandidateRule::RaisedToMinimum,
            inventory::CandidateRule::Excluded => CandidateRule::Excluded,
        }
    }
}

/// One order quantity and its costs per period under the schedule.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct DiscountOrderResult {
    /// Q, units per order.
    pub quantity: f64,
    /// C(Q) / Q: the average price of a unit of this order (the tier price under all-units).
    pub average_unit_cost: f64,
    /// D × C(Q) / Q, money per period.
    pub purchase_cost_per_period: f64,
    /// (D / Q) × S, money per period.
    pub ordering_cost_per_period: f64,
    /// (Q / 2) × H, or with a holding rate i × C(Q) / 2, money per period.
    pub holding_cost_per_period: f64,
    /// Purchase plus ordering plus holding, money per period.
    pub total_cost: f64,
}

to_js!(DiscountOrderResult {
    quantity,
    average_unit_cost,
    purchase_cost_per_period,
    ordering_cost_per_period,
    holding_cost_per_period,
    total_cost
});

impl From<inventory::DiscountOrder> for DiscountOrderResult {
    fn from(order: inventory::DiscountOrder) -> Self {
        DiscountOrderResult {
            quantity: order.quantity,
            average_unit_cost: order.average_unit_cost,
            purchase_cost_per_period: order.purchase_cost_per_period,
            ordering_cost_per_period: order.ordering_cost_per_period,
            holding_cost_per_period: order.holding_cost_per_period,
            total_cost: order.total_cost,
        }
    }
}

/// One row of the candidate table: a tier, its EOQ, and its best order quantity.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct DiscountCandidateResult {
    /// The tier's index in `breaks`, from 0.
    pub tier: u32,
    /// The tier's smallest order quantity, units.
    pub min_quantity: f64,
    /// The next tier's `minQuantity` (the tier covers minQuantity ≤ Q < maxQuantity); absent for the last tier.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub max_quantity: Option<f64>,
    /// c: the tier's unit price, money per unit.
    pub unit_cost: f64,
    /// R: the fixed part of the purchase cost C(Q) = R + cQ in this tier (0 under all-units).
    pub fixed_cost: f64,
    /// C(minQuantity) = R + c × minQuantity: the purchase cost of an order of exactly minQuantity units.
    pub cost_at_min_quantity: f64,
    /// H in this tier (i × c with a holding rate), money per unit per period.
    pub holding_cost: f64,
    /// The tier's EOQ, √(2D(S + R) / H), units.
    pub eoq: f64,
    /// Whether the EOQ lies in the tier.
    pub feasible: bool,
    /// How the candidate follows from the EOQ.
    pub rule: CandidateRule,
    /// The candidate quantity and its costs; absent when the tier is excluded.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub order: Option<DiscountOrderResult>,
    /// Whether this row is the answer (exactly one is).
    pub chosen: bool,
}

to_js!(DiscountCandidateResult {
    tier,
    min_quantity,
    max_quantity,
    unit_cost,
    fixed_cost,
    cost_at_min_quantity,
    holding_cost,
    eoq,
    feasible,
    rule,
    order,
    chosen
});

impl From<inventory::DiscountCandidate> for DiscountCandidateResult {
    fn from(candidate: inventory::DiscountCandidate) -> Self {
        DiscountCandidateResult {
            tier: candidate.tier,
            min_quantity: candidate.min_quantity,
            max_quantity: candidate.max_quantity,
            unit_cost: candidate.unit_cost,
            fixed_cost: candidate.fixed_cost,
            cost_at_min_quantity: candidate.cost_at_min_quantity,
            holding_cost: candidate.holding_cost,
            eoq: candidate.eoq,
            feasible: candidate.feasible,
            rule: candidate.rule.into(),
            order: candidate.order.map(Into::into),
            chosen: candidate.chosen,
        }
    }
}

/// Result of {@link quantityDiscount}: the cheapest order quantity and the candidate table.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct QuantityDiscountResult {
    /// The scheme used.
    pub scheme: DiscountScheme,
    /// Q*: the cheapest order quantity, units per order.
    pub quantity: f64,
    /// The index in `breaks` of the tier Q* falls in.
    pub tier: u32,
    /// That tier's price, money per unit (under incremental, the price of the last units).
    pub unit_cost: f64,
    /// C(Q*) / Q*, the average price of a unit (the tier price under all-units).
    pub average_unit_cost: f64,
    /// H in that tier, money per unit per period.
    pub holding_cost: f64,
    /// D × C(Q*) / Q*, money per period.
    pub purchase_cost_per_period: f64,
    /// (D / Q*) × S, money per period.
    pub ordering_cost_per_period: f64,
    /// Holding cost at Q*, money per period.
    pub holding_cost_per_period: f64,
    /// Purchase plus ordering plus holding at Q*, money per period.
    pub total_cost: f64,
    /// D / Q*, orders per period.
    pub orders_per_period: f64,
    /// One row per tier, in schedule order.
    pub candidates: Vec<DiscountCandidateResult>,
}

to_js!(QuantityDiscountResult {
    scheme,
    quantity,
    tier,
    unit_cost,
    average_unit_cost,
    holding_cost,
    purchase_cost_per_period,
    ordering_cost_per_period,
    holding_cost_per_period,
    total_cost,
    orders_per_period,
    candidates
});

impl From<inventory::QuantityDiscount> for QuantityDiscountResult {
    fn from(result: inventory::QuantityDiscount) -> Self {
        QuantityDiscountResult {
            scheme: result.scheme.into(),
            quantity: result.quantity,
            tier: result.tier,
            unit_cost: result.unit_cost,
            average_unit_cost: result.average_unit_cost,
            holding_cost: result.holding_cost,
            purchase_cost_per_period: result.purchase_cost_per_period,
            ordering_cost_per_period: result.ordering_cost_per_period,
            holding_cost_per_period: result.holding_cost_per_period,
            total_cost: result.total_cost,
            orders_per_period: result.orders_per_period,
            candidates: result.candidates.into_iter().map(Into::into).collect(),
        }
    }
}

/// Quantity discount model (all-units or incremental): per tier the EOQ and the best
/// order quantity, its purchase, ordering and holding cost per period, and the cheapest
/// of them.
///
/// Throws an {@link OpscalcError} naming the field for invalid options
/// (`breaks[2].unitCost`).
#[wasm_bindgen(js_name = quantityDiscount, unchecked_return_type = "QuantityDiscountResult")]
pub fn quantity_discount(
    #[wasm_bindgen(unchecked_param_type = "QuantityDiscountOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: QuantityDiscountOptions| {
        let input = inventory::QuantityDiscountInput::try_from(options)?;
        inventory::quantity_discount(&input).map(QuantityDiscountResult::from)
    })
}

/// Options of {@link quantityDiscountCostCurve}: the discount model (as for
/// {@link quantityDiscount}) and which order quantities to evaluate.
#[tsify::declare]
pub type QuantityDiscountCostCurveOptions = CostCurveOptions<QuantityDiscountOptions>;

/// One tier's cost function over the whole curve.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct TierCostCurveResult {
    /// The tier's index in `breaks`.
    pub tier: u32,
    /// The tier's unit price, money per unit.
    pub unit_cost: f64,
    /// The tier's smallest order quantity, units.
    pub min_quantity: f64,
    /// The next tier's smallest order quantity; absent for the last tier.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub max_quantity: Option<f64>,
    /// Total cost per period at each of the curve's quantities under this tier's cost
    /// function (the actual cost only inside the tier).
    pub total_cost: Vec<f64>,
}

to_js!(TierCostCurveResult {
    tier,
    unit_cost,
    min_quantity,
    max_quantity,
    total_cost
});

/// Result of {@link quantityDiscountCostCurve}: columns of equal length, one entry per
/// order quantity, and each tier's own curve.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct QuantityDiscountCostCurveResult {
    /// Order quantities Q, units, ascending (the breaks inside the range included).
    pub quantity: Vec<f64>,
    /// The tier each Q falls in (its index in `breaks`).
    pub tier: Vec<u32>,
    /// C(Q) / Q at each Q, money per unit.
    pub average_unit_cost: Vec<f64>,
    /// D × C(Q) / Q at each Q, money per period.
    pub purchase_cost_per_period: Vec<f64>,
    /// (D / Q) × S at each Q, money per period.
    pub ordering_cost_per_period: Vec<f64>,
    /// Holding cost at each Q, money per period.
    pub holding_cost_per_period: Vec<f64>,
    /// Purchase plus ordering plus holding at each Q, money per period (it jumps down at each break under all-units).
    pub total_cost: Vec<f64>,
    /// Each tier's cost curve, in schedule order.
    pub tiers: Vec<TierCostCurveResult>,
    /// Q* of {@link quantityDiscount}, units.
    pub optimal_quantity: f64,
    /// Total cost at Q*, money per period.
    pub minimum_total_cost: f64,
}

to_js!(QuantityDiscountCostCurveResult {
    quantity,
    tier,
    average_unit_cost,
    purchase_cost_per_period,
    ordering_cost_per_period,
    holding_cost_per_period,
    total_cost,
    tiers,
    optimal_quantity,
    minimum_total_cost
});

impl From<inventory::QuantityDiscountCostCurve> for QuantityDiscountCostCurveResult {
    fn from(curve: inventory::QuantityDiscountCostCurve) -> Self {
        QuantityDiscountCostCurveResult {
            quantity: curve.quantity,
            tier: curve.tier,
            average_unit_cost: curve.average_unit_cost,
            purchase_cost_per_period: curve.purchase_cost_per_period,
            ordering_cost_per_period: curve.ordering_cost_per_period,
            holding_cost_per_period: curve.holding_cost_per_period,
            total_cost: curve.total_cost,
            tiers: curve
                .tiers
                .into_iter()
                .map(|tier| TierCostCurveResult {
                    tier: tier.tier,
                    unit_cost: tier.unit_cost,
                    min_quantity: tier.min_quantity,
                    max_quantity: tier.max_quantity,
                    total_cost: tier.total_cost,
                })
                .collect(),
            optimal_quantity: curve.optimal_quantity,
            minimum_total_cost: curve.minimum_total_cost,
        }
    }
}

/// Purchase, ordering, holding and total cost per period over a range of order
/// quantities under a discount schedule, with each tier's cost curve: the data of the
/// textbook chart of total cost by tier.
///
/// Throws an {@link OpscalcError} naming the field for invalid options (model errors
/// under `model`, e.g. `model.breaks[1].unitCost`).
#[wasm_bindgen(js_name = quantityDiscountCostCurve, unchecked_return_type = "QuantityDiscountCostCurveResult")]
pub fn quantity_discount_cost_curve(
    #[wasm_bindgen(unchecked_param_type = "QuantityDiscountCostCurveOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: QuantityDiscountCostCurveOptions| {
        let input: inventory::QuantityDiscountCostCurveInput = options.into_input()?;
        inventory::quantity_discount_cost_curve(&input).map(QuantityDiscountCostCurveResult::from)
    })
}

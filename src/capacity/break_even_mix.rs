//! Multi-product break-even analysis by sales mix: the sales revenue at which the
//! products, sold in a given mix, together cover the fixed cost.

use crate::capacity::break_even::{CostLine, chart_end, chart_points};
use crate::error::{Error, ErrorCode};
use crate::validate::{UniqueIds, list_length, non_negative, positive, representable};

/// The most products one analysis may have.
pub const MAX_MIX_PRODUCTS: u32 = 1_000;

/// How far the sales shares may add up away from 1 (0.01, one percentage point): enough
/// for shares printed rounded to two or three decimals, not enough to hide a forgotten
/// product or a share given in percent.
pub const SALES_SHARE_TOLERANCE: f64 = 0.01;

/// Slack for binary rounding when comparing the sum of the shares with the tolerance.
const ROUNDING_SLACK: f64 = 1e-9;

/// How much of the sales one product makes up: every product of one analysis gives it
/// the same way.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SalesMix {
    /// `W`: the product's share of sales revenue, as a fraction (0.62 for 62 %), 0 or
    /// more. The shares of all products must add up to 1 within
    /// [`SALES_SHARE_TOLERANCE`]; they are then scaled to add up to exactly 1. Field
    /// `sales_share`.
    SalesShare(f64),
    /// Forecast sales of the product, units per period, 0 or more: its share of sales
    /// revenue is `W = P u / Σ P u`. Field `forecast_units`.
    ForecastUnits(f64),
}

impl SalesMix {
    /// The mix from the flat fields a form or a JSON object has: either `sales_share`
    /// or `forecast_units`. `expected` is how the other products give their mix: its
    /// field is the one reported missing when neither is given.
    ///
    /// # Errors
    /// `conflicting_fields` naming `forecast_units` when both are given;
    /// `missing_field` naming `sales_share` or `forecast_units` (as `expected`) when
    /// neither is.
    ///
    /// # Examples
    /// ```
    /// use opscalc::capacity::{MixBasis, SalesMix};
    /// let units = SalesMix::from_fields(None, Some(9000.0), MixBasis::SalesShare);
    /// assert_eq!(units, Ok(SalesMix::ForecastUnits(9000.0)));
    /// let error = SalesMix::from_fields(None, None, MixBasis::ForecastUnits).unwrap_err();
    /// assert_eq!(error.field(), "forecast_units");
    /// ```
    pub fn from_fields(
        sales_share: Option<f64>,
        forecast_units: Option<f64>,
        expected: MixBasis,
    ) -> Result<Self, Error> {
        match (sales_share, forecast_units) {
            (Some(share), None) => Ok(SalesMix::SalesShare(share)),
            (None, Some(units)) => Ok(SalesMix::ForecastUnits(units)),
            (Some(_), Some(_)) => Err(Error::new(
                ErrorCode::ConflictingFields,
                "forecast_units",
                "give either a sales share or forecast units, not both",
            )),
            (None, None) => Err(Error::new(
                ErrorCode::MissingField,
                expected.field(),
                match expected {
                    MixBasis::SalesShare => "is required (or forecast units for every product)",
                    MixBasis::ForecastUnits => "is required (or a sales share for every product)",
                },
            )),
        }
    }

    fn basis(self) -> MixBasis {
        match self {
            SalesMix::SalesShare(_) => MixBasis::SalesShare,
            SalesMix::ForecastUnits(_) => MixBasis::ForecastUnits,
        }
    }
}

/// How the mix was given: as sales shares or as forecast units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MixBasis {
    /// Each product's share of sales revenue.
    SalesShare,
    /// Each product's forecast sales in units.
    ForecastUnits,
}

impl MixBasis {
    /// The field that gives the mix in this basis, for errors.
    fn field(self) -> &'static str {
        match self {
            MixBasis::SalesShare => "sales_share",
            MixBasis::ForecastUnits => "forecast_units",
        }
    }
}

/// One product of the mix.
#[derive(Debug, Clone, PartialEq)]
pub struct MixProduct {
    /// The caller's name for the product; when given, not empty and unique in the list.
    /// Field `id`.
    pub id: Option<String>,
    /// `P`: selling price, money per unit; above 0. Field `unit_price`.
    pub unit_price: f64,
    /// `V`: variable cost, money per unit; 0 or more. It may exceed the price (a loss
    /// leader), as long as the mix as a whole contributes. Field `variable_cost`.
    pub variable_cost: f64,
    /// The product's part of the sales.
    pub mix: SalesMix,
}

impl MixProduct {
    /// A product without an id.
    pub fn new(unit_price: f64, variable_cost: f64, mix: SalesMix) -> Self {
        MixProduct {
            id: None,
            unit_price,
            variable_cost,
            mix,
        }
    }

    /// The same product with an id.
    #[must_use]
    pub fn with_id(self, id: impl Into<String>) -> Self {
        MixProduct {
            id: Some(id.into()),
            ..self
        }
    }
}

/// Inputs of a multi-product break-even analysis. Money and units share one period.
///
/// # Examples
/// ```
/// use opscalc::capacity::{BreakEvenMixInput, MixProduct, SalesMix};
/// let input = BreakEvenMixInput::new(
///     36_000.0,
///     vec![MixProduct::new(5.0, 3.0, SalesMix::ForecastUnits(9000.0)).with_id("Sandwich")],
/// );
/// assert_eq!(input.products[0].id.as_deref(), Some("Sandwich"));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct BreakEvenMixInput {
    /// `F`: fixed cost of all products together, money per period; 0 or more. Field
    /// `fixed_cost`.
    pub fixed_cost: f64,
    /// The products, 1 to [`MAX_MIX_PRODUCTS`], all with their mix given the same way.
    /// Field `products`.
    pub products: Vec<MixProduct>,
}

impl BreakEvenMixInput {
    /// A multi-product analysis of fixed cost `F` over `products`.
    pub fn new(fixed_cost: f64, products: Vec<MixProduct>) -> Self {
        BreakEvenMixInput {
            fixed_cost,
            products,
        }
    }
}

/// One product at the break-even point.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MixProductRow {
    /// The product's id, as given.
    pub id: Option<String>,
    /// `P`, money per unit, as given.
    pub unit_price: f64,
    /// `V`, money per unit, as given.
    pub variable_cost: f64,
    /// `V / P`.
    pub variable_cost_ratio: f64,
    /// `1 − V / P`: the share of each sale of this product left for fixed cost and
    /// profit (negative for a loss leader).
    pub contribution_ratio: f64,
    /// `P u`, the forecast sales revenue, money per period, when the mix is given in
    /// forecast units.
    pub forecast_revenue: Option<f64>,
    /// `W`: the product's share of sales revenue, as a fraction (the given share scaled
    /// so that the shares add up to 1, or `P u / Σ P u`).
    pub sales_share: f64,
    /// `(1 − V / P) × W`: what each unit of money of the mix's sales contributes through
    /// this product.
    pub weighted_contribution: f64,
    /// `W × BEP$`, the product's sales at break-even, money per period.
    pub revenue: f64,
    /// `W × BEP$ / P`, the product's sales at break-even, units per period.
    pub units: f64,
    /// `(1 − V / P) × W × BEP$`, what the product contributes at break-even, money per
    /// period; the contributions add up to `F`.
    pub contribution: f64,
}

/// The forecast's outcome, when the mix is given in forecast units.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct MixForecast {
    /// `Σ P u`, money per period.
    pub revenue: f64,
    /// `Σ (P − V) u`, money per period.
    pub contribution: f64,
    /// `Σ (P − V) u − F`, money per period; negative for a loss.
    pub profit: f64,
    /// `Σ P u − BEP$`, money per period: how far sales may fall, in the same mix,
    /// before the products lose money; negative below break-even.
    pub margin_of_safety_revenue: f64,
    /// `(Σ P u − BEP$) / Σ P u`, as a fraction of the forecast revenue.
    pub margin_of_safety_ratio: f64,
}

/// The lines of the break-even chart in money, as columns of equal length against
/// sales revenue `R` (in the given mix): revenue `R` itself and total cost
/// `F + Σ (V / P) W × R` cross at `BEP$`. Points at revenue 0, `BEP$`, the forecast
/// revenue (when given) and the chart's end, ascending and without repeats.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BreakEvenMixChart {
    /// Sales revenue `R`, money per period, ascending, from 0: the x axis and the
    /// revenue line.
    pub revenue: Vec<f64>,
    /// `F + (1 − Σ (1 − V / P) W) × R`, money per period.
    pub total_cost: Vec<f64>,
    /// `F` at every point, money per period.
    pub fixed_cost: Vec<f64>,
    /// `Σ (1 − V / P) W × R − F`, money per period.
    pub profit: Vec<f64>,
}

/// The break-even revenue of a product mix, and each product's part in it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BreakEvenMix {
    /// `BEP$ = F / Σ (1 − V / P) W`, money per period.
    pub break_even_revenue: f64,
    /// `Σ (1 − V / P) W`: the mix's contribution per unit of money of sales.
    pub weighted_contribution: f64,
    /// How the mix was given.
    pub basis: MixBasis,
    /// `Σ` of the given sales shares before scaling, when the mix is given in shares.
    pub share_sum: Option<f64>,
    /// Every product, in input order.
    pub products: Vec<MixProductRow>,
    /// The forecast's profit and margin of safety, when the mix is given in forecast
    /// units.
    pub forecast: Option<MixForecast>,
    /// The revenue and cost lines, from 0 to twice `BEP$` (or a quarter past the
    /// forecast revenue, when that is further), rounded up to a round number.
    pub chart: BreakEvenMixChart,
}

/// Multi-product break-even analysis by sales mix (the weighted contribution method).
///
/// Each product `i` has price `P_i`, variable cost `V_i` and a share `W_i` of sales
/// revenue. With fixed cost `F` (money per period):
///
/// - `BEP$ = F / Σ [(1 − V_i / P_i) × W_i]`, the sales revenue at which the mix breaks
///   even; the denominator is the weighted contribution;
/// - each product's revenue at break-even is `W_i × BEP$`, its units
///   `W_i × BEP$ / P_i`, and its contribution `(1 − V_i / P_i) × W_i × BEP$` (they add
///   up to `F`).
///
/// The mix is a mix of *revenue*, as in Heizer & Render. Give it either as each
/// product's share of sales revenue (shares adding up to 1 within
/// [`SALES_SHARE_TOLERANCE`], then scaled to exactly 1), or as forecast units `u_i`,
/// from which `W_i = P_i u_i / Σ P_j u_j` (the forecast also gives the profit and the
/// margin of safety). A mix known as shares of *units* is a forecast: give those shares
/// as `forecast_units`. The result holds only while the products sell in this mix.
///
/// A product may have a variable cost above its price (a loss leader); the mix as a
/// whole must contribute.
///
/// Reference: Heizer & Render, *Operations Management*, capacity supplement,
/// break-even analysis, multiproduct case (Le Bistro).
///
/// # Errors
/// - `not_finite` / `negative` naming `fixed_cost`;
/// - `out_of_range` naming `products` when it is empty; `too_large` with more than
///   [`MAX_MIX_PRODUCTS`];
/// - `invalid_input` naming `products[i].id` when it is empty or repeats an earlier id;
/// - `not_finite` / `not_positive` naming `products[i].unit_price`;
/// - `not_finite` / `negative` naming `products[i].variable_cost`,
///   `products[i].sales_share` or `products[i].forecast_units`;
/// - `conflicting_fields` naming `products[i].sales_share` or
///   `products[i].forecast_units` when products give the mix in different ways;
/// - `out_of_range` naming `products` when the shares do not add up to 1, or the
///   weighted contribution is not above 0 (no sales revenue breaks even);
///   `not_positive` naming `products` when every forecast is 0;
/// - `numeric_range` when valid inputs of extreme magnitude overflow `f64` (a revenue,
///   a contribution, or the margin of safety's ratio to a tiny forecast revenue).
///
/// # Examples
/// Hand-computed, after Heizer & Render, *Operations Management*, capacity supplement,
/// Le Bistro: fixed cost $3,000 a month ($36,000 a year); sandwiches $5.00 (cost $3.00),
/// drinks $1.50 ($0.50), baked potatoes $2.00 ($1.00); forecasts 9,000, 9,000 and 7,000
/// a year. The forecast revenue is $72,500 and contributes $34,000, so the weighted
/// contribution is 34,000 / 72,500 ≈ 0.469 and `BEP$` = 36,000 × 72,500 / 34,000.
/// ```
/// use approx::assert_relative_eq;
/// use opscalc::capacity::{break_even_mix, BreakEvenMixInput, MixProduct, SalesMix};
/// let products = [("Sandwich", 5.0, 3.0, 9000.0), ("Drinks", 1.5, 0.5, 9000.0), ("Baked potato", 2.0, 1.0, 7000.0)]
///     .map(|(id, price, cost, units)| MixProduct::new(price, cost, SalesMix::ForecastUnits(units)).with_id(id));
/// let result = break_even_mix(&BreakEvenMixInput::new(36_000.0, products.to_vec()))?;
/// assert_relative_eq!(result.weighted_contribution, 34_000.0 / 72_500.0, max_relative = 1e-12);
/// assert_relative_eq!(result.break_even_revenue, 76_764.70588235294, max_relative = 1e-12);
/// assert_relative_eq!(result.products[0].sales_share, 45_000.0 / 72_500.0, max_relative = 1e-12);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn break_even_mix(input: &BreakEvenMixInput) -> Result<BreakEvenMix, Error> {
    // `+ 0.0` turns a −0 into 0, which JavaScript would otherwise show as "-0".
    let fixed_cost = non_negative("fixed_cost", input.fixed_cost)? + 0.0;
    let (basis, weights) = validate_products(&input.products)?;

    // W: each product's share of sales revenue, scaled to add up to 1.
    let weight_sum = representable(weights.iter().sum(), false)?;
    let share_sum = match basis {
        MixBasis::SalesShare => {
            if (weight_sum - 1.0).abs() > SALES_SHARE_TOLERANCE + ROUNDING_SLACK {
                return Err(Error::new(
                    ErrorCode::OutOfRange,
                    "products",
                    "must have sales shares that add up to 1 (100 %)",
                ));
            }
            Some(weight_sum)
        }
        MixBasis::ForecastUnits if weight_sum <= 0.0 => {
            return Err(Error::new(
                ErrorCode::NotPositive,
                "products",
                "must have a forecast above zero for at least one product",
            ));
        }
        MixBasis::ForecastUnits => None,
    };

    // (1 − V / P) and W of each product.
    let mut ratios = Vec::with_capacity(weights.len());
    for (product, &weight) in input.products.iter().zip(&weights) {
        let margin = product.unit_price - product.variable_cost;
        let contribution_ratio = representable(margin / product.unit_price, false)?;
        ratios.push((contribution_ratio, weight / weight_sum));
    }
    let weighted_contribution: f64 = ratios.iter().map(|&(ratio, share)| ratio * share).sum();
    if weighted_contribution <= 0.0 {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "products",
            "must have a weighted contribution above zero: in this mix, no sales revenue breaks even",
        ));
    }
    let break_even_revenue = representable(fixed_cost / weighted_contribution, false)?;

    let rows = input
        .products
        .iter()
        .zip(ratios)
        .zip(&weights)
        .map(|((product, (contribution_ratio, sales_share)), &weight)| {
            let variable_cost = product.variable_cost + 0.0;
            let revenue = sales_share * break_even_revenue;
            MixProductRow {
                id: product.id.clone(),
                unit_price: product.unit_price,
                variable_cost,
                variable_cost_ratio: variable_cost / product.unit_price,
                contribution_ratio,
                forecast_revenue: (basis == MixBasis::ForecastUnits).then_some(weight),
                sales_share,
                weighted_contribution: contribution_ratio * sales_share,
                revenue,
                units: revenue / product.unit_price,
                contribution: contribution_ratio * revenue,
            }
        })
        .collect();

    let forecast = match basis {
        MixBasis::ForecastUnits => Some(forecast(
            &input.products,
            weight_sum,
            fixed_cost,
            break_even_revenue,
        )?),
        MixBasis::SalesShare => None,
    };
    let forecast_revenue: Vec<f64> = forecast.iter().map(|forecast| forecast.revenue).collect();
    let end = chart_end(2.0 * break_even_revenue, &forecast_revenue);
    let marks = [0.0, break_even_revenue, end]
        .into_iter()
        .chain(forecast_revenue);
    let chart = mix_chart(
        chart_points(marks.collect()),
        fixed_cost,
        weighted_contribution,
    )?;

    Ok(BreakEvenMix {
        break_even_revenue,
        weighted_contribution,
        basis,
        share_sum,
        products: rows,
        forecast,
        chart,
    })
}

/// Checks the list and each product in field order, and returns the mix's basis and
/// each product's weight: its share as given, or its forecast revenue `P u`.
fn validate_products(products: &[MixProduct]) -> Result<(MixBasis, Vec<f64>), Error> {
    list_length("products", products.len(), MAX_MIX_PRODUCTS)?;
    let basis = products
        .first()
        .map_or(MixBasis::SalesShare, |product| product.mix.basis());
    let mut ids = UniqueIds::new("products");
    let mut weights = Vec::with_capacity(products.len());
    for (index, product) in products.iter().enumerate() {
        let in_product = |error: Error| error.within(&format!("products[{index}]"));
        if let Some(id) = &product.id {
            ids.check(index, id).map_err(in_product)?;
        }
        let unit_price = positive("unit_price", product.unit_price).map_err(in_product)?;
        non_negative("variable_cost", product.variable_cost).map_err(in_product)?;
        let given = product.mix.basis();
        if given != basis {
            let error = Error::new(
                ErrorCode::ConflictingFields,
                given.field(),
                "every product must give its mix the same way: all sales shares or all forecast units",
            );
            return Err(in_product(error));
        }
        let weight = match product.mix {
            SalesMix::SalesShare(share) => non_negative("sales_share", share),
            SalesMix::ForecastUnits(units) => non_negative("forecast_units", units)
                .and_then(|units| representable(unit_price * units, false)),
        }
        .map_err(in_product)?;
        weights.push(weight);
    }
    Ok((basis, weights))
}

/// The forecast's revenue, contribution, profit and margin of safety.
fn forecast(
    products: &[MixProduct],
    revenue: f64,
    fixed_cost: f64,
    break_even_revenue: f64,
) -> Result<MixForecast, Error> {
    let contribution = products
        .iter()
        .map(|product| match product.mix {
            SalesMix::ForecastUnits(units) => (product.unit_price - product.variable_cost) * units,
            SalesMix::SalesShare(_) => 0.0,
        })
        .sum();
    let contribution = representable(contribution, false)?;
    let margin_of_safety_revenue = revenue - break_even_revenue;
    Ok(MixForecast {
        revenue,
        contribution,
        profit: contribution - fixed_cost,
        margin_of_safety_revenue,
        // A tiny forecast revenue (subnormal units) overflows the ratio.
        margin_of_safety_ratio: representable(margin_of_safety_revenue / revenue, false)?,
    })
}

/// The chart's columns at the given revenues: the single-product chart of one unit of
/// money of sales in this mix, priced 1 with a variable cost of `1 − Σ (1 − V / P) W`.
fn mix_chart(
    revenue: Vec<f64>,
    fixed_cost: f64,
    weighted_contribution: f64,
) -> Result<BreakEvenMixChart, Error> {
    let per_unit_of_sales = CostLine {
        fixed_cost,
        unit_price: 1.0,
        variable_cost: 1.0 - weighted_contribution,
    };
    let chart = per_unit_of_sales.chart(revenue)?;
    Ok(BreakEvenMixChart {
        revenue: chart.volume,
        total_cost: chart.total_cost,
        fixed_cost: chart.fixed_cost,
        profit: chart.profit,
    })
}

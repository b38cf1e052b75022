//! Cost per unit: a period's costs, named by component (material, labour, overhead),
//! over the good units made, with each component's cost per unit and share.

use crate::error::{Error, ErrorCode};
use crate::validate::{UniqueIds, list_length, non_negative, positive, representable};

/// The most cost components one call may list.
pub const MAX_COST_COMPONENTS: u32 = 100;

/// One component of a period's cost: material, labour, overhead, energy.
#[derive(Debug, Clone, PartialEq)]
pub struct CostComponent {
    /// The component's name: not empty, unique in the list. Field `id`.
    pub id: String,
    /// What it cost over the period, money, 0 or more. Field `cost`.
    pub cost: f64,
}

impl CostComponent {
    /// A component `id` that cost `cost` over the period.
    pub fn new(id: impl Into<String>, cost: f64) -> Self {
        CostComponent {
            id: id.into(),
            cost,
        }
    }
}

/// Inputs of [`unit_cost`].
///
/// # Examples
/// ```
/// use opscalc::operations::{CostComponent, UnitCostInput};
/// let input = UnitCostInput {
///     units: 7040.0,
///     costs: vec![CostComponent::new("labour", 1000.0), CostComponent::new("materials", 520.0)],
/// };
/// assert_eq!(input.costs.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct UnitCostInput {
    /// The units the costs were spent on, above 0: the good units made (rejects carry
    /// no cost of their own; their cost falls on the good ones). Field `units`.
    pub units: f64,
    /// The period's costs, 1 to [`MAX_COST_COMPONENTS`] components, in one currency;
    /// together above 0. Field `costs`.
    pub costs: Vec<CostComponent>,
}

/// One component's part of the cost per unit.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ComponentUnitCost {
    /// The component's name.
    pub id: String,
    /// Its cost over the period, as given.
    pub cost: f64,
    /// `cost / units`: the component's cost per unit, money per unit.
    pub unit_cost: f64,
    /// `cost / total cost`: its share of the total, a fraction.
    pub share: f64,
}

/// The cost per unit and its make-up.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnitCost {
    /// The units, as given.
    pub units: f64,
    /// `Σ cost`: the period's total cost, money.
    pub total_cost: f64,
    /// `total cost / units`: money per unit.
    pub unit_cost: f64,
    /// Each component, in the order given; their unit costs add up to `unit_cost` and
    /// their shares to 1.
    pub components: Vec<ComponentUnitCost>,
}

/// Cost per unit: a period's total cost over the units made, and each component's part.
///
/// With components costing `c₁ … cₙ` over a period and `Q` good units made in it:
///
/// - total cost `C = Σ cᵢ`
/// - cost per unit `= C / Q`, and each component's `cᵢ / Q`
/// - each component's share `= cᵢ / C`
///
/// The cost per unit is the reciprocal of multifactor productivity (units per money of
/// all inputs, [`crate::capacity::productivity`]): the same figures read the other way.
/// Dividing by the good units only makes scrap and rework visible: fewer good units
/// for the same spending raise every component's cost per unit.
///
/// Reference: Horngren, Datar & Rajan, *Cost Accounting*, cost terminology chapter
/// (unit cost = total cost / number of units; direct materials, direct labour and
/// manufacturing overhead); Stevenson, *Operations Management*, productivity chapter
/// (multifactor productivity = output / (labour + materials + overhead)).
///
/// # Errors
/// - `not_finite` / `not_positive` naming `units`;
/// - `out_of_range` naming `costs` when empty, `too_large` when longer than
///   [`MAX_COST_COMPONENTS`];
/// - `invalid_input` / `duplicate_id` naming `costs[i].id` when empty or repeated;
/// - `not_finite` / `negative` naming `costs[i].cost`;
/// - `not_positive` naming `costs` when the costs add up to 0;
/// - `numeric_range` when a result overflows or underflows `f64`.
///
/// # Examples
/// Stevenson, *Operations Management*, productivity chapter, multifactor productivity:
/// 7,040 units from labour $1,000, materials $520 and overhead $2,000. Published:
/// 7,040 / 3,520 = 2 units per dollar, so (hand-computed) $0.50 a unit.
/// ```
/// use opscalc::operations::{unit_cost, CostComponent, UnitCostInput};
/// let result = unit_cost(&UnitCostInput {
///     units: 7040.0,
///     costs: vec![
///         CostComponent::new("labour", 1000.0),
///         CostComponent::new("materials", 520.0),
///         CostComponent::new("overhead", 2000.0),
///     ],
/// })?;
/// assert_eq!(result.total_cost, 3520.0);
/// assert_eq!(result.unit_cost, 0.5);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn unit_cost(input: &UnitCostInput) -> Result<UnitCost, Error> {
    let units = positive("units", input.units)?;
    list_length("costs", input.costs.len(), MAX_COST_COMPONENTS)?;
    let mut ids = UniqueIds::new("costs");
    let mut costs = Vec::with_capacity(input.costs.len());
    for (index, component) in input.costs.iter().enumerate() {
        let in_component = |error: Error| error.within(&format!("costs[{index}]"));
        ids.check(index, &component.id).map_err(in_component)?;
        costs.push(non_negative("cost", component.cost).map_err(in_component)?);
    }
    let total = representable(costs.iter().sum(), false)?;
    if total <= 0.0 {
        return Err(Error::new(
            ErrorCode::NotPositive,
            "costs",
            "must add up to more than zero",
        ));
    }

    let per_unit = |cost: f64| representable(cost / units, false);
    let components = input
        .costs
        .iter()
        .zip(costs)
        .map(|(component, cost)| {
            Ok(ComponentUnitCost {
                id: component.id.clone(),
                cost,
                unit_cost: per_unit(cost)?,
                share: cost / total,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    Ok(UnitCost {
        units,
        total_cost: total,
        unit_cost: representable(total / units, true)?,
        components,
    })
}

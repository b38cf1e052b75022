//! Capacity requirements: how many machines (or workers) a product mix needs, from each
//! product's demand, processing time and setups, with a capacity cushion.

use crate::error::{Error, ErrorCode};
use crate::validate::{UniqueIds, list_length, non_negative, positive, representable};

/// The most products one requirement may have.
pub const MAX_CAPACITY_PRODUCTS: u32 = 10_000;

/// Slack when rounding the exact requirement up, so that a requirement that is a whole
/// number in decimal arithmetic (3 machines) is not pushed to the next one (4) by binary
/// rounding (3.0000000000000004).
const WHOLE_TOLERANCE: f64 = 1e-9;

/// Products made in lots, with a setup before each lot.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BatchSetup {
    /// `s`: time to set up for one lot, in the processing time's unit (hours); 0 or
    /// more. Field `setup_time`.
    pub setup_time: f64,
    /// `Q`: units made between two setups, above 0. Field `lot_size`.
    pub lot_size: f64,
}

impl BatchSetup {
    /// The setup from the two optional fields a form or a JSON object has: both or
    /// neither.
    ///
    /// # Errors
    /// `missing_field` naming `lot_size` when only the setup time is given, and
    /// `setup_time` when only the lot size is.
    ///
    /// # Examples
    /// ```
    /// use opscalc::capacity::BatchSetup;
    /// assert_eq!(BatchSetup::from_fields(None, None), Ok(None));
    /// let setup = BatchSetup::from_fields(Some(3.0), Some(20.0))?;
    /// assert_eq!(setup, Some(BatchSetup { setup_time: 3.0, lot_size: 20.0 }));
    /// assert_eq!(BatchSetup::from_fields(Some(3.0), None).unwrap_err().field(), "lot_size");
    /// # Ok::<(), opscalc::Error>(())
    /// ```
    pub fn from_fields(
        setup_time: Option<f64>,
        lot_size: Option<f64>,
    ) -> Result<Option<Self>, Error> {
        match (setup_time, lot_size) {
            (None, None) => Ok(None),
            (Some(setup_time), Some(lot_size)) => Ok(Some(BatchSetup {
                setup_time,
                lot_size,
            })),
            (Some(_), None) => Err(Error::new(
                ErrorCode::MissingField,
                "lot_size",
                "is required with a setup time (the units made per setup)",
            )),
            (None, Some(_)) => Err(Error::new(
                ErrorCode::MissingField,
                "setup_time",
                "is required with a lot size (0 if there is no setup)",
            )),
        }
    }
}

/// One product (or service) that uses the machines.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityProduct {
    /// The caller's name for the product; when given, non-empty and unique in the list.
    /// Field `id`.
    pub id: Option<String>,
    /// `D`: units needed per period (a year, say). Field `demand`.
    pub demand: f64,
    /// `p`: machine time per unit, in the available time's unit (hours). Field
    /// `processing_time`.
    pub processing_time: f64,
    /// Lots and their setup time; `None` for a product made without setups.
    pub setup: Option<BatchSetup>,
}

impl CapacityProduct {
    /// A product with `demand` units per period taking `processing_time` each, without
    /// setups or an id.
    pub fn new(demand: f64, processing_time: f64) -> Self {
        CapacityProduct {
            id: None,
            demand,
            processing_time,
            setup: None,
        }
    }

    /// The same product with an id.
    #[must_use]
    pub fn with_id(self, id: impl Into<String>) -> Self {
        CapacityProduct {
            id: Some(id.into()),
            ..self
        }
    }

    /// The same product made in lots of `lot_size`, each taking `setup_time` to set up.
    #[must_use]
    pub fn with_setup(self, setup_time: f64, lot_size: f64) -> Self {
        CapacityProduct {
            setup: Some(BatchSetup {
                setup_time,
                lot_size,
            }),
            ..self
        }
    }
}

/// Inputs of [`capacity_requirement`]. Demand is per one period (a year, say); the
/// processing, setup and available times share one time unit (hours, say).
///
/// # Examples
/// ```
/// use opscalc::capacity::{CapacityProduct, CapacityRequirementInput};
/// let products = vec![CapacityProduct::new(400.0, 5.0), CapacityProduct::new(300.0, 8.0)];
/// let input = CapacityRequirementInput::new(products, 2000.0).with_cushion(0.15);
/// assert_eq!(input.cushion, Some(0.15));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityRequirementInput {
    /// The products, 1 to [`MAX_CAPACITY_PRODUCTS`]. Field `products`.
    pub products: Vec<CapacityProduct>,
    /// `N`: time one machine is available per period (2,000 hours for one 8-hour shift
    /// on 250 days). Field `available_time`.
    pub available_time: f64,
    /// `C`: the share of each machine's time to hold in reserve, as a fraction from 0
    /// up to (not including) 1 (0.15 for 15 %); `None` for none. Field `cushion`.
    pub cushion: Option<f64>,
}

impl CapacityRequirementInput {
    /// A requirement without a capacity cushion.
    pub fn new(products: Vec<CapacityProduct>, available_time: f64) -> Self {
        CapacityRequirementInput {
            products,
            available_time,
            cushion: None,
        }
    }

    /// The same requirement with a capacity cushion, a fraction.
    #[must_use]
    pub fn with_cushion(self, cushion: f64) -> Self {
        CapacityRequirementInput {
            cushion: Some(cushion),
            ..self
        }
    }
}

/// The machine time one product needs per period.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ProductRequirement {
    /// The product's id, when given.
    pub id: Option<String>,
    /// `D × p`: processing time per period.
    pub processing_time_needed: f64,
    /// `D / Q`: setups (lots) per period, for a product made in lots.
    pub setups: Option<f64>,
    /// `(D / Q) × s`: setup time per period (0 without setups).
    pub setup_time_needed: f64,
    /// `D × p + (D / Q) × s`: the product's machine time per period.
    pub time_needed: f64,
}

/// The machines a product mix needs.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CapacityRequirement {
    /// Each product's time, in input order.
    pub products: Vec<ProductRequirement>,
    /// `Σ D × p`: processing time of all products per period.
    pub processing_time_needed: f64,
    /// `Σ (D / Q) × s`: setup time of all products per period.
    pub setup_time_needed: f64,
    /// `Σ [D × p + (D / Q) × s]`: machine time needed per period.
    pub time_needed: f64,
    /// The cushion used, a fraction (0 when none is given).
    pub cushion: f64,
    /// `N × (1 − C)`: the time one machine may be planned for per period.
    pub available_time_after_cushion: f64,
    /// `M = time needed / (N × (1 − C))`: machines needed, as a fraction.
    pub exact_requirement: f64,
    /// `⌈M⌉`: whole machines needed (at least 1).
    pub machines: u32,
    /// `time needed / (machines × N)`: the share of the machines' available time in
    /// use with that many machines.
    pub utilization: f64,
    /// `1 − utilization`: the cushion that many machines leave (at least the cushion asked for).
    pub resulting_cushion: f64,
}

/// How many machines (or workers) a product mix needs, with setups and a capacity
/// cushion.
///
/// With, for each product, demand `D` (units per period), processing time `p` (hours a
/// unit) and, when made in lots, lot size `Q` and setup time `s` (hours a lot); the
/// time one machine is available per period `N` (hours) and the cushion `C` (a
/// fraction):
///
/// - `M = Σ [D p + (D / Q) s] / (N (1 − C))`, rounded up to whole machines;
/// - utilization with `⌈M⌉` machines `= Σ [D p + (D / Q) s] / (⌈M⌉ N)`.
///
/// A requirement within 10⁻⁹ of a whole number is taken as that number, so that binary
/// rounding does not add a machine.
///
/// Reference: Stevenson, *Operations Management*, capacity planning chapter
/// (calculating processing requirements); Krajewski, Ritzman & Malhotra, *Operations
/// Management: Processes and Supply Chains*, capacity planning chapter (estimating
/// capacity requirements).
///
/// # Errors
/// - `out_of_range` naming `products` when it is empty; `too_large` naming `products`
///   with more than [`MAX_CAPACITY_PRODUCTS`];
/// - `invalid_input` naming `products[i].id` when it is empty or repeats an earlier id;
/// - `not_finite` / `not_positive` naming `products[i].demand`,
///   `products[i].processing_time` or `products[i].lot_size`, and `not_finite` /
///   `negative` naming `products[i].setup_time`;
/// - `not_finite` / `not_positive` naming `available_time`; `not_finite` / `negative` /
///   `out_of_range` (1 or more) naming `cushion`;
/// - `numeric_range` when a time overflows `f64` or more than 2³² − 1 machines are needed.
///
/// # Examples
/// Krajewski, Ritzman & Malhotra, *Operations Management*, capacity planning chapter,
/// the copy center: 250 days a year of one 8-hour shift, a 15 % cushion; client X,
/// 2,000 copies a year at 0.5 hour, lots of 20 with 0.25 hour setups; client Y, 6,000
/// copies at 0.7 hour, lots of 30 with 0.4 hour setups. Published: M = 5,305 / 1,700 =
/// 3.12, so four machines.
/// ```
/// use approx::assert_relative_eq;
/// use opscalc::capacity::{capacity_requirement, CapacityProduct, CapacityRequirementInput};
/// let products = vec![
///     CapacityProduct::new(2000.0, 0.5).with_id("X").with_setup(0.25, 20.0),
///     CapacityProduct::new(6000.0, 0.7).with_id("Y").with_setup(0.4, 30.0),
/// ];
/// let input = CapacityRequirementInput::new(products, 250.0 * 8.0).with_cushion(0.15);
/// let result = capacity_requirement(&input)?;
/// assert_relative_eq!(result.time_needed, 5305.0, max_relative = 1e-12);
/// assert_relative_eq!(result.available_time_after_cushion, 1700.0, max_relative = 1e-12);
/// assert_eq!(format!("{:.2}", result.exact_requirement), "3.12");
/// assert_eq!(result.machines, 4);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn capacity_requirement(
    input: &CapacityRequirementInput,
) -> Result<CapacityRequirement, Error> {
    let products = product_requirements(&input.products)?;
    let available_time = positive("available_time", input.available_time)?;
    let cushion = match input.cushion {
        None => 0.0,
        Some(cushion) => {
            let cushion = non_negative("cushion", cushion)?;
            if cushion >= 1.0 {
                return Err(Error::new(
                    ErrorCode::OutOfRange,
                    "cushion",
                    "must be below 1 (a fraction: 0.15 for 15 %)",
                ));
            }
            cushion
        }
    };

    let sum = |part: fn(&ProductRequirement) -> f64| {
        representable(products.iter().map(part).sum(), false)
    };
    let processing_time_needed = sum(|product| product.processing_time_needed)?;
    let setup_time_needed = sum(|product| product.setup_time_needed)?;
    let time_needed = sum(|product| product.time_needed)?;
    let available_time_after_cushion = representable(available_time * (1.0 - cushion), true)?;
    let exact_requirement = representable(time_needed / available_time_after_cushion, true)?;
    let machines = whole_machines(exact_requirement)?;
    // Divided in this order so that no intermediate overflows: time / N ≤ M.
    let utilization = time_needed / available_time / f64::from(machines);

    Ok(CapacityRequirement {
        products,
        processing_time_needed,
        setup_time_needed,
        time_needed,
        cushion,
        available_time_after_cushion,
        exact_requirement,
        machines,
        utilization,
        resulting_cushion: 1.0 - utilization,
    })
}

/// Checks each product in field order and works out its time.
fn product_requirements(products: &[CapacityProduct]) -> Result<Vec<ProductRequirement>, Error> {
    list_length("products", products.len(), MAX_CAPACITY_PRODUCTS)?;
    let mut ids = UniqueIds::new("products");
    let mut requirements = Vec::with_capacity(products.len());
    for (index, product) in products.iter().enumerate() {
        let in_product = |error: Error| error.within(&format!("products[{index}]"));
        if let Some(id) = &product.id {
            ids.check(index, id).map_err(in_product)?;
        }
        requirements.push(product_requirement(product).map_err(in_product)?);
    }
    Ok(requirements)
}

fn product_requirement(product: &CapacityProduct) -> Result<ProductRequirement, Error> {
    let demand = positive("demand", product.demand)?;
    let processing_time = positive("processing_time", product.processing_time)?;
    let processing_time_needed = representable(demand * processing_time, true)?;
    let (setups, setup_time_needed) = match product.setup {
        None => (None, 0.0),
        Some(BatchSetup {
            setup_time,
            lot_size,
        }) => {
            let setup_time = non_negative("setup_time", setup_time)?;
            let lot_size = positive("lot_size", lot_size)?;
            let setups = representable(demand / lot_size, true)?;
            (Some(setups), representable(setups * setup_time, false)?)
        }
    };
    Ok(ProductRequirement {
        id: product.id.clone(),
        processing_time_needed,
        setups,
        setup_time_needed,
        time_needed: representable(processing_time_needed + setup_time_needed, true)?,
    })
}

/// `⌈exact⌉`, at least 1, taking a value within [`WHOLE_TOLERANCE`] of a whole number as
/// that number.
fn whole_machines(exact: f64) -> Result<u32, Error> {
    let nearest = exact.round();
    let whole = if (exact - nearest).abs() <= WHOLE_TOLERANCE * nearest.max(1.0) {
        nearest
    } else {
        exact.ceil()
    };
    let whole = whole.max(1.0);
    if whole > f64::from(u32::MAX) {
        return Err(Error::new(
            ErrorCode::NumericRange,
            "",
            "needs more machines than a 32-bit count holds (4,294,967,295)",
        ));
    }
    // In range and whole, so the conversion is exact.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Ok(whole as u32)
}

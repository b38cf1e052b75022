//! Six Sigma defect measures: defects per unit, per opportunity and per million
//! opportunities, the yield per opportunity, and the process sigma level they mean.

use crate::error::{Error, ErrorCode};
use crate::stats::normal;

/// The conventional long-term drift of a process mean, in standard deviations, that a
/// short-term sigma level adds back: 3.4 defects per million opportunities is
/// `4.5 + 1.5 = 6` sigma.
pub const SIGMA_SHIFT: f64 = 1.5;

/// Inputs of [`six_sigma`]: counts of one inspection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SixSigmaInput {
    /// Defects found, from 0 to `units × opportunities_per_unit`. Field `defects`.
    pub defects: u32,
    /// Units inspected, 1 or more. Field `units`.
    pub units: u32,
    /// Opportunities for a defect in each unit (the things that can go wrong and are
    /// checked), 1 or more. Field `opportunities_per_unit`.
    pub opportunities_per_unit: u32,
}

/// The defect measures of one inspection and the sigma level they mean.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct SixSigma {
    /// `units × opportunities per unit`: the chances for a defect, in all.
    pub opportunities: f64,
    /// `DPU = defects / units`: defects per unit.
    pub dpu: f64,
    /// `DPO = defects / (units × opportunities per unit)`: defects per opportunity, a
    /// fraction from 0 to 1.
    pub dpo: f64,
    /// `DPMO = DPO × 1,000,000`: defects per million opportunities.
    pub dpmo: f64,
    /// `1 − DPO`: the share of opportunities without a defect (the yield per
    /// opportunity), a fraction.
    pub opportunity_yield: f64,
    /// `z = Φ⁻¹(1 − DPO)`: the long-term z, how many standard deviations of the
    /// normal distribution leave a tail of DPO. `None` when DPO is 0 (no defects: the
    /// z is unbounded) or 1 (every opportunity defective).
    pub long_term_z: Option<f64>,
    /// `z + 1.5` ([`SIGMA_SHIFT`]): the short-term process sigma level, as Six Sigma
    /// tables print it (3.4 DPMO is 6 sigma, 66,807 DPMO is 3 sigma). `None` with
    /// [`long_term_z`](SixSigma::long_term_z).
    pub sigma_level: Option<f64>,
}

/// Defects per unit, per opportunity and per million opportunities, and the sigma level.
///
/// - `DPU = D / U`
/// - `DPO = D / (U × O)`, `DPMO = DPO × 10⁶`, yield per opportunity `= 1 − DPO`
/// - sigma level `= Φ⁻¹(1 − DPO) + 1.5`
///
/// where `D` is the defects found, `U` the units inspected and `O` the opportunities
/// for a defect per unit. The sigma level is short-term: it adds the conventional
/// 1.5σ drift of the mean ([`SIGMA_SHIFT`]) to the long-term z, as the Six Sigma
/// conversion table does. With no defects (or only defects) there is no finite level,
/// and both z values are `None`.
///
/// References: Evans & Lindsay, *Managing for Quality and Performance Excellence*, Six
/// Sigma chapter (DPU, DPMO and the sigma level); Pyzdek & Keller, *The Six Sigma
/// Handbook* (the conversion table with the 1.5σ shift).
///
/// # Errors
/// - `not_positive` naming `units` or `opportunities_per_unit` when it is 0;
/// - `out_of_range` naming `defects` when there are more defects than opportunities.
///
/// # Examples
/// 5 defects in 100 units of 10 opportunities each (hand-computed): DPO = 5 / 1,000 =
/// 0.005, DPMO = 5,000, sigma level = Φ⁻¹(0.995) + 1.5 = 2.576 + 1.5 ≈ 4.08.
/// ```
/// use opscalc::quality::{six_sigma, SixSigmaInput};
/// let result = six_sigma(&SixSigmaInput { defects: 5, units: 100, opportunities_per_unit: 10 })?;
/// assert_eq!((result.dpu, result.dpo, result.dpmo), (0.05, 0.005, 5000.0));
/// assert_eq!(result.opportunity_yield, 0.995);
/// assert!(result.sigma_level.is_some_and(|sigma| (sigma - 4.0758).abs() < 1e-4));
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn six_sigma(input: &SixSigmaInput) -> Result<SixSigma, Error> {
    if input.units == 0 {
        return Err(Error::new(
            ErrorCode::NotPositive,
            "units",
            "must be 1 or more",
        ));
    }
    if input.opportunities_per_unit == 0 {
        return Err(Error::new(
            ErrorCode::NotPositive,
            "opportunities_per_unit",
            "must be 1 or more",
        ));
    }
    // Both below 2³², so the product is below 2⁶⁴ and exact to 1 part in 2⁵³.
    let opportunities = f64::from(input.units) * f64::from(input.opportunities_per_unit);
    let defects = f64::from(input.defects);
    if defects > opportunities {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "defects",
            "must not exceed the opportunities (units × opportunities per unit)",
        ));
    }
    let dpo = defects / opportunities;
    // Φ⁻¹(1 − DPO) as −Φ⁻¹(DPO): exact even where 1 − DPO rounds to 1.
    let long_term_z = (dpo > 0.0 && dpo < 1.0).then(|| -normal::quantile(dpo));
    Ok(SixSigma {
        opportunities,
        dpu: defects / f64::from(input.units),
        dpo,
        // Scaled before dividing, so that whole numbers of defects per million stay whole.
        dpmo: defects * 1e6 / opportunities,
        opportunity_yield: 1.0 - dpo,
        long_term_z,
        sigma_level: long_term_z.map(|z| z + SIGMA_SHIFT),
    })
}

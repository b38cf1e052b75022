//! Process capability: how the natural spread of a process (six standard deviations)
//! compares with the specification limits, and the share of output expected outside
//! them.

use crate::error::{Error, ErrorCode};
use crate::stats::normal;
use crate::validate::{finite, positive, representable};

/// Inputs of [`process_capability`]: the process's mean and standard deviation and its
/// specification limits, all in the unit of the measured characteristic (minutes,
/// inches). Give one limit or both.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProcessCapabilityInput {
    /// `μ`: the process mean. Field `mean`.
    pub mean: f64,
    /// `σ`: the process standard deviation, above 0. Field `standard_deviation`.
    pub standard_deviation: f64,
    /// `LSL`: the lower specification limit, if any. Field `lower_spec`.
    pub lower_spec: Option<f64>,
    /// `USL`: the upper specification limit, if any; above the lower one. Field
    /// `upper_spec`.
    pub upper_spec: Option<f64>,
}

/// The capability indices and the expected share of output outside the limits.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct ProcessCapability {
    /// `Cp = (USL − LSL) / 6σ`: the specification width over the process spread, with
    /// both limits; `None` with one.
    pub cp: Option<f64>,
    /// `Cpu = (USL − μ) / 3σ`, with an upper limit.
    pub cpu: Option<f64>,
    /// `Cpl = (μ − LSL) / 3σ`, with a lower limit.
    pub cpl: Option<f64>,
    /// `Cpk = min(Cpu, Cpl)` of those present: the capability on the side nearer the
    /// mean. Negative when the mean lies outside a limit.
    pub cpk: f64,
    /// `(USL − μ) / σ`: the upper limit's distance from the mean in standard
    /// deviations, with an upper limit.
    pub z_upper: Option<f64>,
    /// `(μ − LSL) / σ`: the lower limit's distance from the mean in standard
    /// deviations, with a lower limit.
    pub z_lower: Option<f64>,
    /// `P(X > USL) = 1 − Φ(z_upper)` for a normal process: the share of output above
    /// the upper limit (0 without one).
    pub fraction_above: f64,
    /// `P(X < LSL) = 1 − Φ(z_lower)`: the share below the lower limit (0 without one).
    pub fraction_below: f64,
    /// The share outside the limits: `fraction_above + fraction_below`.
    pub fraction_outside: f64,
    /// The same in parts per million: `fraction_outside × 10⁶`.
    pub ppm_outside: f64,
}

/// Process capability indices Cp, Cpu, Cpl and Cpk, and the expected share out of
/// specification.
///
/// - `Cp = (USL − LSL) / 6σ`
/// - `Cpu = (USL − μ) / 3σ`, `Cpl = (μ − LSL) / 3σ`, `Cpk = min(Cpu, Cpl)`
/// - share above `= 1 − Φ((USL − μ) / σ)`, share below `= Φ((LSL − μ) / σ)`
///
/// Cp compares the spreads alone; Cpk also sees where the mean sits. A capable process
/// has Cp (and Cpk) of at least 1; 1.33 is a common target, and Six Sigma quality is a
/// Cp of 2. The shares assume a normal process that is in statistical control. With a
/// one-sided specification, Cp is `None` and Cpk is the one index present.
///
/// References: Heizer & Render, *Operations Management*, Supplement 6 (Statistical
/// Process Control), process capability ratio Cp and index Cpk; Montgomery,
/// *Introduction to Statistical Quality Control*, process capability ratios.
///
/// # Errors
/// - `not_finite` naming `mean`, `lower_spec` or `upper_spec`;
/// - `not_finite` / `not_positive` naming `standard_deviation`;
/// - `missing_field` naming `upper_spec` when neither limit is given;
/// - `out_of_range` naming `upper_spec` when it is not above the lower limit;
/// - `numeric_range` when the inputs' magnitudes overflow `f64`.
///
/// # Examples
/// Heizer & Render, *Operations Management*, Supplement 6, insurance claims process:
/// mean 210.0 minutes, σ = .516, specification 210 ± 3 minutes:
/// `Cp = (213 − 207) / (6 × .516) = 6 / 3.096 = 1.938`.
/// ```
/// use opscalc::quality::{process_capability, ProcessCapabilityInput};
/// let result = process_capability(&ProcessCapabilityInput {
///     mean: 210.0,
///     standard_deviation: 0.516,
///     lower_spec: Some(207.0),
///     upper_spec: Some(213.0),
/// })?;
/// assert_eq!(result.cp.map(|cp| format!("{cp:.3}")).as_deref(), Some("1.938"));
/// assert_eq!(Some(result.cpk), result.cp); // centred: Cpk = Cp
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn process_capability(input: &ProcessCapabilityInput) -> Result<ProcessCapability, Error> {
    let mean = finite("mean", input.mean)?;
    let sigma = positive("standard_deviation", input.standard_deviation)?;
    let lower = input
        .lower_spec
        .map(|limit| finite("lower_spec", limit))
        .transpose()?;
    let upper = input
        .upper_spec
        .map(|limit| finite("upper_spec", limit))
        .transpose()?;
    if let (Some(lower), Some(upper)) = (lower, upper)
        && upper <= lower
    {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "upper_spec",
            "must be above the lower specification limit",
        ));
    }

    // Each limit's distance from the mean, in standard deviations.
    let z_upper = upper
        .map(|upper| representable((upper - mean) / sigma, false))
        .transpose()?;
    let z_lower = lower
        .map(|lower| representable((mean - lower) / sigma, false))
        .transpose()?;
    let cp = match (lower, upper) {
        (Some(lower), Some(upper)) => Some(representable((upper - lower) / (6.0 * sigma), true)?),
        _ => None,
    };
    let cpu = z_upper.map(|z| z / 3.0);
    let cpl = z_lower.map(|z| z / 3.0);
    let cpk = match (cpu, cpl) {
        (Some(cpu), Some(cpl)) => cpu.min(cpl),
        (Some(index), None) | (None, Some(index)) => index,
        (None, None) => {
            return Err(Error::new(
                ErrorCode::MissingField,
                "upper_spec",
                "give an upper or a lower specification limit, or both",
            ));
        }
    };
    let fraction_above = z_upper.map_or(0.0, normal::sf);
    let fraction_below = z_lower.map_or(0.0, normal::sf);
    let fraction_outside = fraction_above + fraction_below;
    Ok(ProcessCapability {
        cp,
        cpu,
        cpl,
        cpk,
        z_upper,
        z_lower,
        fraction_above,
        fraction_below,
        fraction_outside,
        ppm_outside: fraction_outside * 1e6,
    })
}

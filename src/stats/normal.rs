//! The standard normal distribution: density, distribution function, its inverse, and
//! the loss function that service-level and newsvendor formulas use.
//!
//! Accuracy (tested against 50-digit references): the distribution function to about
//! 1e-16 relative (`libm::erfc`), the inverse to about 1e-15 relative (Wichura's AS 241),
//! the loss function to 1e-15 absolute.
//!
//! These are mathematical functions: outside its domain a function returns NaN rather
//! than an error; the formulas that call them validate their own inputs first.

use std::f64::consts::{FRAC_1_SQRT_2, PI};

/// Density `φ(z) = exp(−z²/2) / √(2π)`.
///
/// # Examples
/// ```
/// use opscalc::stats::normal;
/// assert!((normal::pdf(0.0) - 0.398_942_280_401_432_7).abs() < 1e-16);
/// ```
pub fn pdf(z: f64) -> f64 {
    // libm's exp, as erfc uses: one exp in the wasm, and the same bits natively.
    libm::exp(-0.5 * z * z) / (2.0 * PI).sqrt()
}

/// Distribution function `Φ(z) = P(Z ≤ z) = erfc(−z / √2) / 2`.
///
/// # Examples
/// ```
/// use opscalc::stats::normal;
/// assert!((normal::cdf(1.96) - 0.975_002_104_851_779_6).abs() < 1e-15);
/// ```
pub fn cdf(z: f64) -> f64 {
    0.5 * libm::erfc(-z * FRAC_1_SQRT_2)
}

/// Upper tail `1 − Φ(z) = P(Z > z)`, computed directly so it keeps its precision
/// where `Φ(z)` is close to 1.
///
/// # Examples
/// ```
/// use opscalc::stats::normal;
/// assert!((normal::sf(5.0) - 2.866_515_718_791_939e-7).abs() < 1e-21);
/// ```
pub fn sf(z: f64) -> f64 {
    0.5 * libm::erfc(z * FRAC_1_SQRT_2)
}

/// The standard normal loss function `G(z) = E[max(Z − z, 0)] = φ(z) − z (1 − Φ(z))`:
/// the expected amount by which a standard normal variable exceeds `z`. With demand
/// during lead time normal with spread σ, the expected shortage per cycle at a safety
/// factor `z` is `σ G(z)`.
///
/// # Examples
/// ```
/// use opscalc::stats::normal;
/// assert!((normal::loss(1.0) - 0.083_315_470_587_686_3).abs() < 1e-15);
/// ```
pub fn loss(z: f64) -> f64 {
    pdf(z) - z * sf(z)
}

/// The inverse distribution function `Φ⁻¹(p)`: the `z` with `P(Z ≤ z) = p`.
///
/// Returns NaN for `p` outside [0, 1] or NaN, −∞ at 0 and +∞ at 1.
///
/// Algorithm: Wichura, M. J. (1988), Algorithm AS 241, *The Percentage Points of the
/// Normal Distribution*, Applied Statistics 37(3), 477–484 (PPND16, accurate to about
/// 1 part in 10¹⁶).
///
/// # Examples
/// ```
/// use opscalc::stats::normal;
/// assert!((normal::quantile(0.95) - 1.644_853_626_951_472_7).abs() < 1e-14);
/// ```
pub fn quantile(p: f64) -> f64 {
    if p.is_nan() || !(0.0..=1.0).contains(&p) {
        return f64::NAN;
    }
    let q = p - 0.5;
    if q.abs() <= 0.425 {
        let r = 0.180_625 - q * q;
        return q * rational(r, &AS241_A, &AS241_B);
    }
    let tail = if q < 0.0 { p } else { 1.0 - p };
    if tail <= 0.0 {
        return if q < 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    let r = (-tail.ln()).sqrt();
    let magnitude = if r <= 5.0 {
        rational(r - 1.6, &AS241_C, &AS241_D)
    } else {
        rational(r - 5.0, &AS241_E, &AS241_F)
    };
    if q < 0.0 { -magnitude } else { magnitude }
}

/// The inverse of the loss function: the `z` with `G(z) = g`, for `g > 0`.
///
/// `G` falls strictly from +∞ to 0, so every positive `g` has exactly one `z`; NaN for
/// `g ≤ 0` or NaN, and +∞ where `g` is below what `f64` can resolve (about 1e-300).
/// Solved by Newton's method (`G′(z) = −(1 − Φ(z))`) inside a bisection bracket.
///
/// # Examples
/// ```
/// use opscalc::stats::normal;
/// let z = normal::loss_inverse(0.01);
/// assert!((z - 1.938_356_307_290_102_3).abs() < 1e-13);
/// ```
pub fn loss_inverse(g: f64) -> f64 {
    if g.is_nan() || g <= 0.0 {
        return f64::NAN;
    }
    if g.is_infinite() {
        return f64::NEG_INFINITY;
    }
    // Bracket: G(low) ≥ g ≥ G(high). G(z) ≥ −z, and G(z) ≤ φ(z)/z for z > 0.
    let mut low = (-g).min(0.0) - 1.0;
    let mut high = 1.0_f64;
    while loss(high) > g {
        high *= 2.0;
        if high > 40.0 {
            return f64::INFINITY; // g below the smallest loss f64 can hold
        }
    }
    let mut z = if g < loss(0.0) {
        quantile(1.0 - g.min(0.5))
    } else {
        -g
    };
    for _ in 0..200 {
        let value = loss(z) - g;
        if value > 0.0 {
            low = z;
        } else {
            high = z;
        }
        let slope = sf(z);
        let newton = z + value / slope;
        let next = if slope > 0.0 && newton > low && newton < high {
            newton
        } else {
            0.5 * (low + high)
        };
        if (next - z).abs() <= 1e-15 * z.abs().max(1.0) {
            return next;
        }
        z = next;
    }
    z
}

/// `(c0 + c1 x + … + c7 x⁷) / (1 + d1 x + … + d7 x⁷)` by Horner's rule.
fn rational(x: f64, numerator: &[f64; 8], denominator: &[f64; 7]) -> f64 {
    let top = numerator.iter().rev().fold(0.0, |sum, c| sum * x + c);
    let bottom = denominator.iter().rev().fold(0.0, |sum, d| sum * x + d) * x + 1.0;
    top / bottom
}

// AS 241's coefficients, kept digit for digit as published so they can be checked
// against the paper.
#[allow(clippy::excessive_precision)]
const AS241_A: [f64; 8] = [
    3.3871328727963666080e0,
    1.3314166789178437745e+2,
    1.9715909503065514427e+3,
    1.3731693765509461125e+4,
    4.5921953931549871457e+4,
    6.7265770927008700853e+4,
    3.3430575583588128105e+4,
    2.5090809287301226727e+3,
];
#[allow(clippy::excessive_precision)]
const AS241_B: [f64; 7] = [
    4.2313330701600911252e+1,
    6.8718700749205790830e+2,
    5.3941960214247511077e+3,
    2.1213794301586595867e+4,
    3.9307895800092710610e+4,
    2.8729085735721942674e+4,
    5.2264952788528545610e+3,
];
#[allow(clippy::excessive_precision)]
const AS241_C: [f64; 8] = [
    1.42343711074968357734e0,
    4.63033784615654529590e0,
    5.76949722146069140550e0,
    3.64784832476320460504e0,
    1.27045825245236838258e0,
    2.41780725177450611770e-1,
    2.27238449892691845833e-2,
    7.74545014278341407640e-4,
];
#[allow(clippy::excessive_precision)]
const AS241_D: [f64; 7] = [
    2.05319162663775882187e0,
    1.67638483018380384940e0,
    6.89767334985100004550e-1,
    1.48103976427480074590e-1,
    1.51986665636164571966e-2,
    5.47593808499534494600e-4,
    1.05075007164441684324e-9,
];
#[allow(clippy::excessive_precision)]
const AS241_E: [f64; 8] = [
    6.65790464350110377720e0,
    5.46378491116411436990e0,
    1.78482653991729133580e0,
    2.96560571828504891230e-1,
    2.65321895265761230930e-2,
    1.24266094738807843860e-3,
    2.71155556874348757815e-5,
    2.01033439929228813265e-7,
];
#[allow(clippy::excessive_precision)]
const AS241_F: [f64; 7] = [
    5.99832206555887937690e-1,
    1.36929880922735805310e-1,
    1.48753612908506148525e-2,
    7.86869131145613259100e-4,
    1.84631831751005468180e-5,
    1.42151175831644588870e-7,
    2.04426310338993978564e-15,
];

//! Reading decimal numbers from text exactly, without the large tables of the general
//! float parser (which would weigh more in the wasm than the line-balancing code).
//!
//! Clinger's fast path: a decimal with at most 15 significant digits is an integer
//! mantissa below 2⁵³ times a power of ten; with the power within ±22, both are exact
//! doubles, and one multiplication or division rounds correctly. Task times and counts
//! are far shorter; longer numbers are refused, not rounded twice.

/// The value of `text`: an optional sign, digits with at most one decimal point, and an
/// optional exponent (`12`, `-0.5`, `1.25e3`). `None` for anything else, or beyond 15
/// significant digits or a resulting power of ten outside ±22.
pub(crate) fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, text.get(1..)?),
        Some(b'+') => (false, text.get(1..)?),
        _ => (false, text),
    };
    let (number, exponent) = match rest.find(['e', 'E']) {
        Some(at) => (rest.get(..at)?, parse_exponent(rest.get(at + 1..)?)?),
        None => (rest, 0),
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let mut mantissa: u64 = 0;
    let mut significant = 0;
    for byte in whole.bytes().chain(fraction.bytes()) {
        let digit = byte.checked_sub(b'0').filter(|digit| *digit <= 9)?;
        if mantissa > 0 || digit > 0 {
            significant += 1;
        }
        mantissa = mantissa * 10 + u64::from(digit);
        if significant > 15 {
            return None;
        }
    }
    let fraction_digits = i32::try_from(fraction.len()).ok()?;
    let power = exponent - fraction_digits;
    // Below 2⁵³ (15 digits): exact as a double.
    #[allow(clippy::cast_precision_loss)]
    let mantissa = mantissa as f64;
    let value = match power {
        0 => mantissa,
        1..=22 => mantissa * POWERS_OF_TEN.get(usize::try_from(power).ok()?)?,
        -22..=-1 => mantissa / POWERS_OF_TEN.get(usize::try_from(-power).ok()?)?,
        _ if mantissa == 0.0 => 0.0,
        _ => return None,
    };
    Some(if negative { -value } else { value })
}

fn parse_exponent(text: &str) -> Option<i32> {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, text.get(1..)?),
        Some(b'+') => (false, text.get(1..)?),
        _ => (false, text),
    };
    if digits.is_empty() || digits.len() > 4 {
        return None;
    }
    let mut value: i32 = 0;
    for byte in digits.bytes() {
        value = value * 10 + i32::from(byte.checked_sub(b'0').filter(|digit| *digit <= 9)?);
    }
    Some(if negative { -value } else { value })
}

/// 10⁰ to 10²²: every one an exact double.
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

#[cfg(test)]
#[allow(clippy::float_cmp)] // exact parsing is the point
mod tests {
    use super::parse_decimal;

    #[test]
    fn decimals_read_exactly_as_rust_reads_them() {
        for text in [
            "0",
            "12",
            "0.5",
            "-0.5",
            "+3",
            "1.25",
            ".5",
            "5.",
            "0.1",
            "0.3",
            "123.456",
            "1e3",
            "2.5E-2",
            "999999999999999",
            "0.000000000000001",
            "7e22",
            "1e-22",
        ] {
            assert_eq!(
                parse_decimal(text),
                Some(text.parse::<f64>().unwrap()),
                "{text}"
            );
        }
    }

    #[test]
    fn anything_else_is_not_a_number() {
        for text in [
            "",
            "-",
            ".",
            "a",
            "1.2.3",
            "1e",
            "1e+",
            "0x10",
            "1,5",
            " 1",
            "NaN",
            "inf",
            "1234567890123456",
            "1e23",
            "1e-23",
        ] {
            assert_eq!(parse_decimal(text), None, "{text}");
        }
        assert_eq!(parse_decimal("0e99"), Some(0.0));
    }
}

//! The checks every weighting method that reads a matrix shares: rows of equal length,
//! within limits, each entry finite.

use crate::validate::finite;
use crate::{Error, ErrorCode};

/// The most rows (alternatives) a decision matrix may have.
pub const MAX_ALTERNATIVES: u32 = 10_000;

/// The most columns (criteria) a decision matrix may have.
pub const MAX_CRITERIA: u32 = 100;

/// Checks that `matrix` (named `field`) has `min_rows..=max_rows` rows, each with the
/// same number (1 to `max_columns`) of finite entries, and returns (rows, columns).
///
/// Errors: `out_of_range` naming `field` for too few rows, `too_large` for too many
/// rows or columns, `out_of_range` naming `field[i]` for an empty row or one whose
/// length differs from the first row's, `not_finite` naming `field[i][j]`.
pub(crate) fn matrix_shape(
    matrix: &[Vec<f64>],
    field: &str,
    min_rows: usize,
    max_rows: u32,
    max_columns: u32,
) -> Result<(usize, usize), Error> {
    if matrix.len() < min_rows {
        let message = if min_rows <= 1 {
            "must not be empty".into()
        } else {
            format!("must have at least {min_rows} rows")
        };
        return Err(Error::new(ErrorCode::OutOfRange, field, message));
    }
    if exceeds(matrix.len(), max_rows) {
        let message = format!("must have at most {max_rows} rows");
        return Err(Error::new(ErrorCode::TooLarge, field, message));
    }
    let columns = matrix.first().map_or(0, Vec::len);
    if exceeds(columns, max_columns) {
        let message = format!("rows must have at most {max_columns} entries");
        return Err(Error::new(
            ErrorCode::TooLarge,
            format!("{field}[0]"),
            message,
        ));
    }
    for (row_index, row) in matrix.iter().enumerate() {
        if row.is_empty() || row.len() != columns {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                format!("{field}[{row_index}]"),
                "must have as many entries as the first row, at least one",
            ));
        }
        for (column, &value) in row.iter().enumerate() {
            finite(&format!("{field}[{row_index}][{column}]"), value)?;
        }
    }
    Ok((matrix.len(), columns))
}

fn exceeds(length: usize, max: u32) -> bool {
    u32::try_from(length).map_or(true, |length| length > max)
}

/// Column `j` of `matrix`.
pub(crate) fn column(matrix: &[Vec<f64>], j: usize) -> Vec<f64> {
    matrix
        .iter()
        .filter_map(|row| row.get(j).copied())
        .collect()
}

//! The pairwise comparison matrix of the analytic hierarchy process: read from a full
//! matrix or from a list of comparisons, checked, and completed reciprocally.

use super::decision_matrix::matrix_shape;
use crate::validate::{UniqueIds, list_length, positive};
use crate::{Error, ErrorCode};

/// The most criteria one pairwise comparison may have: the random index tables stop
/// at 15.
pub const MAX_AHP_CRITERIA: u32 = 15;

/// How far `a_ij × a_ji` may be from 1 (and the diagonal from 1) for a matrix to count
/// as reciprocal: 0.5 %. Entries written to 3 significant digits pass (1/3 as 0.333 is
/// 0.1 % off, 1/7 as 0.143 also 0.1 %; the worst 3-digit rounding is 0.5 %), while a
/// wrong entry (1/2 where 1/3 belongs) is far outside.
pub const RECIPROCAL_TOLERANCE: f64 = 5e-3;

/// One judgement: how much more important criterion `a` is than criterion `b`
/// (Saaty's 1–9 scale: 1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme; 1/3
/// when `b` is moderately more important).
#[derive(Debug, Clone, PartialEq)]
pub struct PairwiseComparison {
    /// The id of the first criterion. Field `a`.
    pub a: String,
    /// The id of the second criterion. Field `b`.
    pub b: String,
    /// `a_ab`, a positive number. Field `value`.
    pub value: f64,
}

impl PairwiseComparison {
    /// `a` is `value` times as important as `b`.
    pub fn new(a: impl Into<String>, b: impl Into<String>, value: f64) -> Self {
        PairwiseComparison {
            a: a.into(),
            b: b.into(),
            value,
        }
    }
}

/// The judgements, as a full matrix or as comparisons of named criteria.
#[derive(Debug, Clone, PartialEq)]
pub enum PairwiseJudgements {
    /// `A = (a_ij)`, `n × n`: positive, diagonal 1, `a_ji = 1/a_ij` (within
    /// [`RECIPROCAL_TOLERANCE`]). Field `matrix`.
    Matrix(Vec<Vec<f64>>),
    /// Every pair of `criteria` compared exactly once, in either order.
    Comparisons {
        /// The criteria's ids, in the order of the weights. Field `criteria`.
        criteria: Vec<String>,
        /// The judgements. Field `comparisons`.
        comparisons: Vec<PairwiseComparison>,
    },
}

/// The complete reciprocal matrix the judgements describe: the upper triangle as given
/// (`a_ij`, `i < j`), the diagonal 1, and the lower triangle exactly `1/a_ij` (a lower
/// entry given to 3 digits is checked, then replaced by the exact reciprocal).
pub(crate) fn pairwise_matrix(judgements: &PairwiseJudgements) -> Result<Vec<Vec<f64>>, Error> {
    match judgements {
        PairwiseJudgements::Matrix(matrix) => from_matrix(matrix),
        PairwiseJudgements::Comparisons {
            criteria,
            comparisons,
        } => from_comparisons(criteria, comparisons),
    }
}

fn from_matrix(matrix: &[Vec<f64>]) -> Result<Vec<Vec<f64>>, Error> {
    let (n, columns) = matrix_shape(matrix, "matrix", 1, MAX_AHP_CRITERIA, MAX_AHP_CRITERIA)?;
    if columns != n {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "matrix[0]",
            "must have as many entries as the matrix has rows (a square matrix)",
        ));
    }
    for (i, row) in matrix.iter().enumerate() {
        for (j, &value) in row.iter().enumerate() {
            positive(&format!("matrix[{i}][{j}]"), value)?;
        }
    }
    let entry = |i: usize, j: usize| matrix.get(i).and_then(|row| row.get(j)).copied();
    let mut complete = vec![vec![1.0; n]; n];
    for i in 0..n {
        if !near_one(entry(i, i).unwrap_or(1.0)) {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                format!("matrix[{i}][{i}]"),
                "must be 1: a criterion is as important as itself",
            ));
        }
        for j in i + 1..n {
            let (upper, lower) = (entry(i, j).unwrap_or(1.0), entry(j, i).unwrap_or(1.0));
            if !near_one(upper * lower) {
                return Err(Error::new(
                    ErrorCode::NotReciprocal,
                    format!("matrix[{j}][{i}]"),
                    format!("must be 1 over matrix[{i}][{j}] (to 3 significant digits)"),
                ));
            }
            set_pair(&mut complete, i, j, upper);
        }
    }
    Ok(complete)
}

fn near_one(value: f64) -> bool {
    (value - 1.0).abs() <= RECIPROCAL_TOLERANCE
}

/// `a_ij = value`, `a_ji = 1/value`.
fn set_pair(matrix: &mut [Vec<f64>], i: usize, j: usize, value: f64) {
    if let Some(cell) = matrix.get_mut(i).and_then(|row| row.get_mut(j)) {
        *cell = value;
    }
    if let Some(cell) = matrix.get_mut(j).and_then(|row| row.get_mut(i)) {
        *cell = 1.0 / value;
    }
}

fn from_comparisons(
    criteria: &[String],
    comparisons: &[PairwiseComparison],
) -> Result<Vec<Vec<f64>>, Error> {
    list_length("criteria", criteria.len(), MAX_AHP_CRITERIA)?;
    let mut ids = UniqueIds::new("criteria");
    for (index, id) in criteria.iter().enumerate() {
        ids.check(index, id).map_err(|error| {
            Error::new(
                error.code(),
                format!("criteria[{index}]"),
                error.message().to_owned(),
            )
        })?;
    }
    let n = criteria.len();
    let index_of = |id: &str| criteria.iter().position(|known| known == id);
    // Which comparison set each pair (i < j), to report a repeat.
    let mut given: Vec<Option<usize>> = vec![None; n * n];
    let mut matrix = vec![vec![1.0; n]; n];
    for (k, comparison) in comparisons.iter().enumerate() {
        let field = |name: &str| format!("comparisons[{k}].{name}");
        let unknown = |name: &str| {
            Error::new(
                ErrorCode::UnknownId,
                field(name),
                "is not one of the criteria",
            )
        };
        let a = index_of(&comparison.a).ok_or_else(|| unknown("a"))?;
        let b = index_of(&comparison.b).ok_or_else(|| unknown("b"))?;
        if a == b {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                field("b"),
                "must differ from a: a criterion is not compared with itself",
            ));
        }
        let value = positive(&field("value"), comparison.value)?;
        let (i, j, upper) = if a < b {
            (a, b, value)
        } else {
            (b, a, 1.0 / value)
        };
        match given.get_mut(i * n + j) {
            Some(Some(first)) => {
                let message = format!("compares the same pair as comparisons[{first}]");
                return Err(Error::new(
                    ErrorCode::DuplicateId,
                    format!("comparisons[{k}]"),
                    message,
                ));
            }
            Some(slot) => *slot = Some(k),
            None => {}
        }
        set_pair(&mut matrix, i, j, upper);
    }
    for i in 0..n {
        for j in i + 1..n {
            if matches!(given.get(i * n + j), Some(None)) {
                let (first, second) = (name(criteria, i), name(criteria, j));
                return Err(Error::new(
                    ErrorCode::MissingField,
                    "comparisons",
                    format!("lack the comparison of `{first}` with `{second}`"),
                ));
            }
        }
    }
    Ok(matrix)
}

fn name(criteria: &[String], index: usize) -> &str {
    criteria.get(index).map_or("", String::as_str)
}

//! Status bands: cut points on a score and the name of each band ("red", "amber",
//! "green"), shared by a KPI's score and every roll-up node of a scorecard.

use crate::lanes::Lanes;
use crate::validate::{finite, list_length};
use crate::{Error, ErrorCode};

/// The most bands a status scale may have (so at most 9 cut points).
pub const MAX_STATUS_BANDS: u32 = 10;

/// The default cut points: a score below 0.7 is the first band, from 0.7 to below 0.9
/// the second, 0.9 and above the third.
pub const DEFAULT_THRESHOLDS: [f64; 2] = [0.7, 0.9];

/// The default band names, worst first.
pub const DEFAULT_STATUS_NAMES: [&str; 3] = ["red", "amber", "green"];

/// A status scale: `n` ascending cut points on the score divide it into `n + 1` bands,
/// each with a name, worst (lowest scores) first. Built by [`StatusBands::new`], which
/// validates, so a value of this type is always a valid scale.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusBands {
    thresholds: Vec<f64>,
    names: Vec<String>,
}

impl Default for StatusBands {
    /// Cut points 0.7 and 0.9, bands `red`, `amber`, `green`.
    fn default() -> Self {
        StatusBands {
            thresholds: DEFAULT_THRESHOLDS.to_vec(),
            names: DEFAULT_STATUS_NAMES.map(str::to_owned).to_vec(),
        }
    }
}

impl StatusBands {
    /// A scale from optional cut points and names; an absent part takes its default
    /// ([`DEFAULT_THRESHOLDS`], [`DEFAULT_STATUS_NAMES`]).
    ///
    /// # Errors
    /// - `out_of_range` naming `thresholds` when it is empty, `too_large` with more than
    ///   9 cut points (10 bands); `not_finite` naming `thresholds[i]`, and `out_of_range`
    ///   naming `thresholds[i]` when it is not above the cut point before it;
    /// - `out_of_range` naming `status_names` when it does not have one name more than
    ///   there are cut points (`missing_field` when cut points other than two are given
    ///   without names); `invalid_input` naming `status_names[i]` when a name is empty.
    ///
    /// # Examples
    /// ```
    /// use opscalc::scorecard::StatusBands;
    /// let bands = StatusBands::new(Some(vec![0.5]), Some(vec!["off".into(), "on".into()]))?;
    /// assert_eq!(bands.status_of(0.5), (1, "on"));
    /// assert_eq!(StatusBands::default().status_of(0.89), (1, "amber"));
    /// # Ok::<(), opscalc::Error>(())
    /// ```
    pub fn new(thresholds: Option<Vec<f64>>, names: Option<Vec<String>>) -> Result<Self, Error> {
        let given_thresholds = thresholds.is_some();
        let thresholds = thresholds.unwrap_or_else(|| DEFAULT_THRESHOLDS.to_vec());
        list_length("thresholds", thresholds.len(), MAX_STATUS_BANDS - 1)?;
        let mut previous = f64::NEG_INFINITY;
        for (index, &cut) in thresholds.iter().enumerate() {
            let field = format!("thresholds[{index}]");
            if finite(&field, cut)? <= previous {
                return Err(Error::new(
                    ErrorCode::OutOfRange,
                    field,
                    "must be above the cut point before it (cut points ascend)",
                ));
            }
            previous = cut;
        }
        let names = match names {
            Some(names) => names,
            None if thresholds.len() == DEFAULT_THRESHOLDS.len() => {
                DEFAULT_STATUS_NAMES.map(str::to_owned).to_vec()
            }
            None => {
                return Err(Error::new(
                    ErrorCode::MissingField,
                    "status_names",
                    "is required when the cut points are not two (the default names are red, amber and green)",
                ));
            }
        };
        if names.len() != thresholds.len() + 1 {
            let message = if given_thresholds {
                "must have one name more than there are cut points in thresholds"
            } else {
                "must have 3 names, one more than the 2 default cut points"
            };
            return Err(Error::new(ErrorCode::OutOfRange, "status_names", message));
        }
        if let Some(index) = names.iter().position(String::is_empty) {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                format!("status_names[{index}]"),
                "must not be empty",
            ));
        }
        Ok(StatusBands { thresholds, names })
    }

    /// The cut points, ascending.
    pub fn thresholds(&self) -> &[f64] {
        &self.thresholds
    }

    /// The band names, worst first: one more than the cut points.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// The band a score falls in: its index (0 = worst) and name. A score equal to a cut
    /// point is in the band above it (with the defaults, 0.9 is green).
    ///
    /// # Examples
    /// ```
    /// use opscalc::scorecard::StatusBands;
    /// let bands = StatusBands::default();
    /// assert_eq!(bands.status_of(0.69), (0, "red"));
    /// assert_eq!(bands.status_of(0.7), (1, "amber"));
    /// assert_eq!(bands.status_of(1.2), (2, "green"));
    /// ```
    pub fn status_of(&self, score: f64) -> (u32, &str) {
        let index = self.band_index(score);
        let name = usize::try_from(index)
            .ok()
            .and_then(|index| self.names.get(index))
            .map_or("", String::as_str);
        (index, name)
    }

    /// The index of the band a score falls in, 0 = worst: for [`status_of`](Self::status_of).
    #[inline(always)]
    pub(crate) fn band_index(&self, score: f64) -> u32 {
        self.band_count(score)
    }

    /// The band index of each lane's score: how many cut points it reaches (a NaN
    /// reaches none). [`band_index`](Self::band_index) for a batch of scores.
    #[inline(always)]
    pub(crate) fn band_count<L: Lanes>(&self, score: L) -> L::Count {
        let mut count = L::Count::default();
        for &cut in &self.thresholds {
            count = L::count_if(count, score.ge(cut));
        }
        count
    }
}

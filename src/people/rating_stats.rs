//! The summary of a set of ratings that 360-degree feedback and calibration both show:
//! count, mean, population standard deviation and range.

/// Count, mean, population standard deviation and range of a non-empty set of ratings.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct RatingStats {
    /// How many ratings, 1 or more.
    pub count: u32,
    /// `x̄ = Σ x / n`, in rating points.
    pub mean: f64,
    /// The population standard deviation `σ = √(Σ (x − x̄)² / n)`, in rating points:
    /// 0 for a single rating. The ratings are the whole group, not a sample of it.
    pub sd: f64,
    /// The lowest rating.
    pub min: f64,
    /// The highest rating.
    pub max: f64,
}

impl RatingStats {
    /// The summary of `ratings`, or `None` when there are none.
    ///
    /// # Examples
    /// Ratings 2, 4, 4 and 5: mean 3.75, σ = √((3.0625 + 0.0625 + 0.0625 + 1.5625) / 4)
    /// = √1.1875 ≈ 1.0897, range 2 to 5.
    /// ```
    /// use opscalc::people::RatingStats;
    /// let stats = RatingStats::of(&[2.0, 4.0, 4.0, 5.0]).ok_or("no ratings")?;
    /// assert_eq!((stats.count, stats.mean, stats.min, stats.max), (4, 3.75, 2.0, 5.0));
    /// assert!((stats.sd - 1.1875_f64.sqrt()).abs() < 1e-15);
    /// assert!(RatingStats::of(&[]).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn of(ratings: &[f64]) -> Option<RatingStats> {
        let (&first, _) = ratings.split_first()?;
        let count = u32::try_from(ratings.len()).unwrap_or(u32::MAX);
        let n = ratings.len() as f64;
        let mean = ratings.iter().sum::<f64>() / n;
        let squares: f64 = ratings.iter().map(|x| (x - mean) * (x - mean)).sum();
        let (min, max) = ratings
            .iter()
            .fold((first, first), |(min, max), &x| (min.min(x), max.max(x)));
        Some(RatingStats {
            count,
            mean,
            sd: (squares / n).sqrt(),
            min,
            max,
        })
    }
}

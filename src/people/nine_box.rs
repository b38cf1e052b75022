//! The nine-box talent grid: each person placed by performance and potential into a
//! 3 × 3 grid of named cells.

use super::rating_scale::RatingScale;
use crate::validate::{UniqueIds, list_length};
use crate::{Error, ErrorCode};

/// The most people one grid accepts.
pub const MAX_NINE_BOX_PEOPLE: u32 = 10_000;

/// The cell names, potential low → high (rows), then performance low → high (columns):
/// `NINE_BOX_NAMES[3 × potential + performance]`.
pub const NINE_BOX_NAMES: [&str; 9] = [
    "Talent risk",
    "Effective",
    "Trusted professional",
    "Inconsistent player",
    "Core player",
    "High performer",
    "Rough diamond",
    "Emerging star",
    "Star",
];

/// A level on one axis of the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NineBoxLevel {
    /// Below the low cut.
    Low,
    /// From the low cut to below the high cut.
    Moderate,
    /// From the high cut.
    High,
}

impl NineBoxLevel {
    /// 0, 1 or 2.
    pub fn index(self) -> u32 {
        match self {
            NineBoxLevel::Low => 0,
            NineBoxLevel::Moderate => 1,
            NineBoxLevel::High => 2,
        }
    }

    const ALL: [NineBoxLevel; 3] = [
        NineBoxLevel::Low,
        NineBoxLevel::Moderate,
        NineBoxLevel::High,
    ];
}

/// One person: an id and two ratings on the scale.
#[derive(Debug, Clone, PartialEq)]
pub struct NineBoxPerson {
    /// Unique, not empty. Field `id`.
    pub id: String,
    /// The performance rating (an appraisal's overall rating, say). Field `performance`.
    pub performance: f64,
    /// The potential rating. Field `potential`.
    pub potential: f64,
}

impl NineBoxPerson {
    /// A person.
    pub fn new(id: impl Into<String>, performance: f64, potential: f64) -> Self {
        NineBoxPerson {
            id: id.into(),
            performance,
            potential,
        }
    }
}

/// The two cut points of one axis: below `low` is low, from `high` is high.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NineBoxCuts {
    /// The low cut. Field `[0]`.
    pub low: f64,
    /// The high cut, above `low`. Field `[1]`.
    pub high: f64,
}

impl NineBoxCuts {
    /// The thirds of a scale: `min + span / 3` and `min + 2 span / 3` (2⅓ and 3⅔ on 1 to 5).
    pub fn thirds(scale: &RatingScale) -> Self {
        NineBoxCuts {
            low: scale.min + scale.span() / 3.0,
            high: scale.min + 2.0 * scale.span() / 3.0,
        }
    }

    fn check(self, field: &str, scale: &RatingScale) -> Result<Self, Error> {
        let low = scale
            .check("[0]", self.low)
            .map_err(|error| error.within(field))?;
        let high = scale
            .check("[1]", self.high)
            .map_err(|error| error.within(field))?;
        if high <= low {
            let message = "must be above the low cut";
            return Err(Error::new(ErrorCode::OutOfRange, "[1]", message).within(field));
        }
        Ok(self)
    }

    /// The level of a rating.
    pub fn level_of(&self, rating: f64) -> NineBoxLevel {
        if rating >= self.high {
            NineBoxLevel::High
        } else if rating >= self.low {
            NineBoxLevel::Moderate
        } else {
            NineBoxLevel::Low
        }
    }
}

/// Inputs of [`nine_box`].
#[derive(Debug, Clone, PartialEq)]
pub struct NineBoxInput {
    /// 1 to [`MAX_NINE_BOX_PEOPLE`] people. Field `people`.
    pub people: Vec<NineBoxPerson>,
    /// The performance cuts (default the thirds of the scale). Field `cuts.performance`.
    pub performance_cuts: Option<NineBoxCuts>,
    /// The potential cuts (default the thirds of the scale). Field `cuts.potential`.
    pub potential_cuts: Option<NineBoxCuts>,
    /// The rating scale (default 1 to 5). Field `scale`.
    pub scale: RatingScale,
}

impl NineBoxInput {
    /// People on the default scale with the default cuts.
    pub fn new(people: Vec<NineBoxPerson>) -> Self {
        NineBoxInput {
            people,
            performance_cuts: None,
            potential_cuts: None,
            scale: RatingScale::default(),
        }
    }
}

/// A person's place in the grid.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NineBoxPlacement {
    /// The person's id.
    pub id: String,
    /// The performance level (column).
    pub performance: NineBoxLevel,
    /// The potential level (row).
    pub potential: NineBoxLevel,
    /// The cell's index, 3 × potential + performance (0 = low/low, 8 = high/high).
    pub cell: u32,
    /// The cell's name.
    pub name: &'static str,
}

/// One cell of the grid and the people in it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NineBoxCell {
    /// The performance level (column).
    pub performance: NineBoxLevel,
    /// The potential level (row).
    pub potential: NineBoxLevel,
    /// The cell's name.
    pub name: &'static str,
    /// How many people are in it.
    pub count: u32,
    /// Their ids, in input order.
    pub people: Vec<String>,
}

/// The result of [`nine_box`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NineBox {
    /// Each person's place, in input order.
    pub people: Vec<NineBoxPlacement>,
    /// The 9 cells, potential low → high, then performance low → high.
    pub cells: Vec<NineBoxCell>,
    /// The performance cuts used.
    pub performance_cuts: NineBoxCuts,
    /// The potential cuts used.
    pub potential_cuts: NineBoxCuts,
}

/// Places people in the nine-box grid: on each axis a rating below the low cut is low,
/// from the low cut to below the high cut moderate, from the high cut high (default cuts
/// at the thirds of the rating scale: 2⅓ and 3⅔ on 1 to 5). The cell is
/// `3 × potential + performance`, named after [`NINE_BOX_NAMES`].
///
/// Reference: the performance-potential grid adapted for talent reviews from the
/// GE-McKinsey nine-box matrix (MindTools, "The Nine-Box Grid for Talent Management",
/// which notes that cell names vary between versions); the names here follow the
/// common talent-review set (Talent risk … Star).
///
/// # Errors
/// - `out_of_range` naming `people` when empty, `too_large` beyond
///   [`MAX_NINE_BOX_PEOPLE`]; `invalid_input` / `duplicate_id` naming `people[i].id`;
/// - `not_finite` / `out_of_range` naming `people[i].performance` or
///   `people[i].potential` off the scale;
/// - `not_finite` / `out_of_range` naming `cuts.performance[0]`, `cuts.performance[1]`
///   (and the same for `potential`) when off the scale, or the high cut not above the low.
///
/// # Examples
/// Performance 4.2 (high, ≥ 3⅔) with potential 3 (moderate): "High performer".
/// ```
/// use opscalc::people::{nine_box, NineBoxInput, NineBoxLevel, NineBoxPerson};
/// let result = nine_box(&NineBoxInput::new(vec![NineBoxPerson::new("ana", 4.2, 3.0)]))?;
/// let ana = &result.people[0];
/// assert_eq!((ana.performance, ana.potential), (NineBoxLevel::High, NineBoxLevel::Moderate));
/// assert_eq!((ana.cell, ana.name), (5, "High performer"));
/// assert_eq!(result.cells[5].count, 1);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn nine_box(input: &NineBoxInput) -> Result<NineBox, Error> {
    let scale = &input.scale;
    let performance_cuts = input
        .performance_cuts
        .unwrap_or_else(|| NineBoxCuts::thirds(scale))
        .check("cuts.performance", scale)?;
    let potential_cuts = input
        .potential_cuts
        .unwrap_or_else(|| NineBoxCuts::thirds(scale))
        .check("cuts.potential", scale)?;
    list_length("people", input.people.len(), MAX_NINE_BOX_PEOPLE)?;
    let mut ids = UniqueIds::new("people");
    let mut cells: Vec<NineBoxCell> = NineBoxLevel::ALL
        .iter()
        .flat_map(|&potential| {
            NineBoxLevel::ALL
                .iter()
                .zip(NINE_BOX_NAMES.iter().skip(3 * potential.index() as usize))
                .map(move |(&performance, &name)| NineBoxCell {
                    performance,
                    potential,
                    name,
                    count: 0,
                    people: Vec::new(),
                })
        })
        .collect();
    let mut people = Vec::with_capacity(input.people.len());
    for (index, person) in input.people.iter().enumerate() {
        let path = format!("people[{index}]");
        let in_person = |error: Error| error.within(&path);
        ids.check(index, &person.id).map_err(in_person)?;
        scale
            .check("performance", person.performance)
            .map_err(in_person)?;
        scale
            .check("potential", person.potential)
            .map_err(in_person)?;
        let performance = performance_cuts.level_of(person.performance);
        let potential = potential_cuts.level_of(person.potential);
        let cell = 3 * potential.index() + performance.index();
        let slot = cells
            .get_mut(cell as usize)
            .ok_or_else(|| Error::new(ErrorCode::Internal, "", "cell out of range"))?;
        slot.count += 1;
        slot.people.push(person.id.clone());
        people.push(NineBoxPlacement {
            id: person.id.clone(),
            performance,
            potential,
            cell,
            name: slot.name,
        });
    }
    Ok(NineBox {
        people,
        cells,
        performance_cuts,
        potential_cuts,
    })
}

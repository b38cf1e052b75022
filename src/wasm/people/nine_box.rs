//! JS mirror of the nine-box grid. No formulas: it converts the options to the core
//! input, calls the core, and converts the result.

use super::rating_scale::{RatingScaleOptions, scale_or_default};
use crate::people::{self, NineBoxCuts, NineBoxInput, NineBoxPerson};
use crate::wasm::boundary::call;
use crate::wasm::choice::js_choice;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use crate::{Error, ErrorCode};
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// A level on one axis of the grid: `"low"`, `"moderate"` or `"high"`.
#[derive(Clone, Copy, Tsify)]
#[serde(rename_all = "camelCase")]
pub enum NineBoxLevel {
    /// Below the low cut.
    Low,
    /// From the low cut to below the high cut.
    Moderate,
    /// From the high cut.
    High,
}

js_choice!(NineBoxLevel {
    Low = "low",
    Moderate = "moderate",
    High = "high",
});

impl From<people::NineBoxLevel> for NineBoxLevel {
    fn from(level: people::NineBoxLevel) -> Self {
        match level {
            people::NineBoxLevel::Low => NineBoxLevel::Low,
            people::NineBoxLevel::Moderate => NineBoxLevel::Moderate,
            people::NineBoxLevel::High => NineBoxLevel::High,
        }
    }
}

/// A person to place.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct NineBoxPersonOptions {
    /// Unique, not empty.
    pub id: String,
    /// The performance rating on the scale (an appraisal's overall rating, say).
    pub performance: f64,
    /// The potential rating on the scale.
    pub potential: f64,
}

from_js!(NineBoxPersonOptions {
    id,
    performance,
    potential
});

/// The cut points of each axis, `[low, high]` on the scale: below `low` is low, from
/// `high` is high. Default: the thirds of the scale (7/3 and 11/3 on 1 to 5).
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct NineBoxCutsOptions {
    /// The performance cuts.
    #[tsify(optional, type = "[number, number]")]
    pub performance: Option<Vec<f64>>,
    /// The potential cuts.
    #[tsify(optional, type = "[number, number]")]
    pub potential: Option<Vec<f64>>,
}

from_js!(NineBoxCutsOptions {
    performance,
    potential
});

/// Options of {@link nineBox}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct NineBoxOptions {
    /// 1 to 10 000 people.
    pub people: Vec<NineBoxPersonOptions>,
    /// The cut points of each axis.
    #[tsify(optional)]
    pub cuts: Option<NineBoxCutsOptions>,
    /// The rating scale of both axes: default 1 to 5.
    #[tsify(optional)]
    pub scale: Option<RatingScaleOptions>,
}

from_js!(NineBoxOptions {
    people,
    cuts,
    scale
});

/// Two cut points from a list, which must hold exactly two.
fn cuts(list: Option<Vec<f64>>, field: &str) -> Result<Option<NineBoxCuts>, Error> {
    list.map(|list| match list.as_slice() {
        &[low, high] => Ok(NineBoxCuts { low, high }),
        _ => Err(Error::new(
            ErrorCode::OutOfRange,
            field,
            "must hold two cut points, [low, high]",
        )),
    })
    .transpose()
}

impl TryFrom<NineBoxOptions> for NineBoxInput {
    type Error = Error;

    fn try_from(options: NineBoxOptions) -> Result<Self, Error> {
        let people = options
            .people
            .into_iter()
            .map(|person| NineBoxPerson::new(person.id, person.performance, person.potential))
            .collect();
        let mut input = NineBoxInput::new(people);
        if let Some(given) = options.cuts {
            input.performance_cuts = cuts(given.performance, "cuts.performance")?;
            input.potential_cuts = cuts(given.potential, "cuts.potential")?;
        }
        input.scale = scale_or_default(options.scale)?;
        Ok(input)
    }
}

/// A person's place in the grid.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct NineBoxPlacementResult {
    /// The person's id.
    pub id: String,
    /// The performance level (the column).
    pub performance: NineBoxLevel,
    /// The potential level (the row).
    pub potential: NineBoxLevel,
    /// The cell's index in `cells`: 3 × potential + performance, 0 = low/low, 8 = high/high.
    pub cell: u32,
    /// The cell's name.
    pub name: String,
}

to_js!(NineBoxPlacementResult {
    id,
    performance,
    potential,
    cell,
    name
});

/// A cell of the grid and the people in it.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct NineBoxCellResult {
    /// The performance level (the column).
    pub performance: NineBoxLevel,
    /// The potential level (the row).
    pub potential: NineBoxLevel,
    /// The cell's name: potential low → high rows "Talent risk", "Effective", "Trusted
    /// professional"; "Inconsistent player", "Core player", "High performer"; "Rough
    /// diamond", "Emerging star", "Star".
    pub name: String,
    /// How many people are in it.
    pub count: u32,
    /// Their ids, in input order.
    pub people: Vec<String>,
}

to_js!(NineBoxCellResult {
    performance,
    potential,
    name,
    count,
    people
});

/// The cut points used.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct NineBoxCutsResult {
    /// The performance cuts, [low, high].
    #[tsify(type = "[number, number]")]
    pub performance: Vec<f64>,
    /// The potential cuts, [low, high].
    #[tsify(type = "[number, number]")]
    pub potential: Vec<f64>,
}

to_js!(NineBoxCutsResult {
    performance,
    potential
});

/// Result of {@link nineBox}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct NineBoxResult {
    /// Each person's place, in input order.
    pub people: Vec<NineBoxPlacementResult>,
    /// The 9 cells: potential low → high, then performance low → high.
    pub cells: Vec<NineBoxCellResult>,
    /// The cut points used.
    pub cuts: NineBoxCutsResult,
}

to_js!(NineBoxResult {
    people,
    cells,
    cuts
});

impl From<people::NineBox> for NineBoxResult {
    fn from(result: people::NineBox) -> Self {
        NineBoxResult {
            people: result
                .people
                .into_iter()
                .map(|person| NineBoxPlacementResult {
                    id: person.id,
                    performance: person.performance.into(),
                    potential: person.potential.into(),
                    cell: person.cell,
                    name: person.name.to_owned(),
                })
                .collect(),
            cells: result
                .cells
                .into_iter()
                .map(|cell| NineBoxCellResult {
                    performance: cell.performance.into(),
                    potential: cell.potential.into(),
                    name: cell.name.to_owned(),
                    count: cell.count,
                    people: cell.people,
                })
                .collect(),
            cuts: NineBoxCutsResult {
                performance: vec![result.performance_cuts.low, result.performance_cuts.high],
                potential: vec![result.potential_cuts.low, result.potential_cuts.high],
            },
        }
    }
}

/// Places people in the nine-box talent grid by performance and potential (low below
/// the low cut, high from the high cut), names each cell, and lists the people of each
/// of the 9 cells.
///
/// Throws an {@link OpscalcError} naming the field (`people[1].potential` off the scale,
/// `cuts.performance[1]` not above the low cut).
#[wasm_bindgen(js_name = nineBox, unchecked_return_type = "NineBoxResult")]
pub fn nine_box(
    #[wasm_bindgen(unchecked_param_type = "NineBoxOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: NineBoxOptions| {
        let input = NineBoxInput::try_from(options)?;
        people::nine_box(&input).map(NineBoxResult::from)
    })
}

//! The nine-box grid: levels at the default and given cuts, cell names, counts in input
//! order, and every error path.
//!
//! The grid is the performance-potential matrix of talent reviews, adapted from the
//! GE-McKinsey nine-box matrix (MindTools, "The Nine-Box Grid for Talent Management",
//! mindtools.com, which notes that the cell names vary between versions). Placements are
//! hand-computed: on 1 to 5 the default cuts are 1 + 4/3 = 2⅓ and 1 + 8/3 = 3⅔.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp, clippy::indexing_slicing)]

mod common;

use approx::assert_relative_eq;
use common::{error_at, failure};
use opscalc::ErrorCode;
use opscalc::people::{
    NINE_BOX_NAMES, NineBoxCuts, NineBoxInput, NineBoxLevel, NineBoxPerson, RatingScale, nine_box,
};

fn team() -> NineBoxInput {
    NineBoxInput::new(vec![
        NineBoxPerson::new("ana", 4.5, 4.0),
        NineBoxPerson::new("ben", 3.0, 3.0),
        NineBoxPerson::new("cy", 2.0, 4.8),
        NineBoxPerson::new("dee", 1.5, 1.0),
        NineBoxPerson::new("eve", 3.7, 2.3),
        NineBoxPerson::new("fay", 3.2, 2.4),
    ])
}

/// ana (4.5, 4.0): high/high, Star; ben (3, 3): Core player; cy (2, 4.8): Rough
/// diamond; dee (1.5, 1): Talent risk; eve (3.7 ≥ 3⅔, 2.3 < 2⅓): high performance, low
/// potential, Trusted professional; fay (3.2, 2.4): Core player.
#[test]
fn default_cuts_place_each_person() {
    let result = nine_box(&team()).unwrap();
    assert_relative_eq!(result.performance_cuts.low, 7.0 / 3.0, epsilon = 1e-12);
    assert_relative_eq!(result.potential_cuts.high, 11.0 / 3.0, epsilon = 1e-12);
    let names: Vec<&str> = result.people.iter().map(|p| p.name).collect();
    assert_eq!(
        names,
        [
            "Star",
            "Core player",
            "Rough diamond",
            "Talent risk",
            "Trusted professional",
            "Core player"
        ]
    );
    let eve = &result.people[4];
    assert_eq!(
        (eve.performance, eve.potential, eve.cell),
        (NineBoxLevel::High, NineBoxLevel::Low, 2)
    );
    assert_eq!(result.cells.len(), 9);
    let core = &result.cells[4];
    assert_eq!((core.name, core.count), ("Core player", 2));
    assert_eq!(core.people, ["ben", "fay"]);
    let counts: Vec<u32> = result.cells.iter().map(|c| c.count).collect();
    assert_eq!(counts, [1, 0, 1, 0, 2, 0, 1, 0, 1]);
    for (index, cell) in result.cells.iter().enumerate() {
        assert_eq!(cell.name, NINE_BOX_NAMES[index]);
        assert_eq!(
            3 * cell.potential.index() + cell.performance.index(),
            index as u32
        );
    }
}

/// Given cuts [3, 4]: a rating on a cut is in the level above. ben (3, 3) becomes
/// moderate/moderate still; with performance cuts [2, 3] ben is high: High performer.
#[test]
fn given_cuts_and_cut_points() {
    let mut input = team();
    input.performance_cuts = Some(NineBoxCuts {
        low: 2.0,
        high: 3.0,
    });
    input.potential_cuts = Some(NineBoxCuts {
        low: 3.0,
        high: 4.0,
    });
    let result = nine_box(&input).unwrap();
    assert_eq!(result.people[1].name, "High performer");
    assert_eq!(result.people[0].name, "Star");
    assert_eq!(result.people[2].performance, NineBoxLevel::Moderate);
}

#[test]
fn errors_name_the_field() {
    let check = |edit: fn(&mut NineBoxInput), code: ErrorCode, field: &str| {
        let mut input = team();
        edit(&mut input);
        assert_eq!(failure(nine_box(&input)), error_at(code, field), "{field}");
    };
    check(|i| i.people.clear(), ErrorCode::OutOfRange, "people");
    check(
        |i| {
            i.people = (0..10_001)
                .map(|n| NineBoxPerson::new(n.to_string(), 3.0, 3.0))
                .collect()
        },
        ErrorCode::TooLarge,
        "people",
    );
    check(
        |i| i.people[3].id = "ana".into(),
        ErrorCode::DuplicateId,
        "people[3].id",
    );
    check(
        |i| i.people[0].id = String::new(),
        ErrorCode::InvalidInput,
        "people[0].id",
    );
    check(
        |i| i.people[2].performance = 5.5,
        ErrorCode::OutOfRange,
        "people[2].performance",
    );
    check(
        |i| i.people[2].potential = f64::NAN,
        ErrorCode::NotFinite,
        "people[2].potential",
    );
    check(
        |i| {
            i.performance_cuts = Some(NineBoxCuts {
                low: 0.0,
                high: 3.0,
            })
        },
        ErrorCode::OutOfRange,
        "cuts.performance[0]",
    );
    check(
        |i| {
            i.potential_cuts = Some(NineBoxCuts {
                low: 3.0,
                high: f64::INFINITY,
            })
        },
        ErrorCode::NotFinite,
        "cuts.potential[1]",
    );
    check(
        |i| {
            i.potential_cuts = Some(NineBoxCuts {
                low: 3.0,
                high: 3.0,
            })
        },
        ErrorCode::OutOfRange,
        "cuts.potential[1]",
    );
    check(
        |i| i.scale = RatingScale::new(0.0, 1.0).unwrap(),
        ErrorCode::OutOfRange,
        "people[0].performance",
    );
}

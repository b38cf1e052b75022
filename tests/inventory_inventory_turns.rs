//! Inventory turnover and weeks (or days) of supply against the published textbook
//! example, and every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{FieldSetter, TEXTBOOK, assert_fields_must_be_positive, error_at, failure};
use opscalc::ErrorCode;
use opscalc::inventory::{InventoryTurnsInput, inventory_turns};

/// Heizer & Render, *Operations Management*, supply chain management chapter, solved
/// problem 11.1 (Jack's Pottery Outlet): total assets $5 million at year end, inventory
/// $375,000 at the start of the year and $325,000 at its end, cost of goods sold $7
/// million. Published: average inventory (375,000 + 325,000) / 2 = $350,000; percent
/// invested in inventory 350,000 / 5,000,000 = 7 %; inventory turnover 7,000,000 /
/// 350,000 = 20; weeks of supply 350,000 / (7,000,000 / 52) = 350,000 / 134,615 = 2.6.
#[test]
fn heizer_render_jacks_pottery_outlet() {
    let average = (375_000.0 + 325_000.0) / 2.0;
    assert_eq!(average, 350_000.0);
    let input = InventoryTurnsInput::new(7_000_000.0, average)
        .with_weeks_per_period(52.0)
        .with_total_assets(5_000_000.0);
    let result = inventory_turns(&input).unwrap();
    assert_eq!(result.turns, 20.0);
    assert_eq!(result.weeks_of_supply, Some(2.6));
    assert_relative_eq!(
        result.inventory_share_of_assets.unwrap(),
        0.07,
        max_relative = TEXTBOOK
    );
    // The weekly cost of goods sold, printed rounded to the dollar.
    assert_relative_eq!(
        result.cost_of_goods_sold_per_week.unwrap(),
        134_615.0,
        epsilon = 0.5
    );
    assert_relative_eq!(result.periods_of_supply, 0.05, max_relative = TEXTBOOK);
    assert_eq!(
        (result.days_of_supply, result.cost_of_goods_sold_per_day),
        (None, None)
    );
}

/// Jacobs & Chase, *Operations and Supply Chain Management*, global sourcing and
/// procurement chapter: weeks of supply = average aggregate inventory value / cost of
/// goods sold × 52 weeks, "mathematically the inverse of inventory turn times 52".
/// Checked on Jack's Pottery Outlet (hand-computed): 52 / 20 = 2.6 weeks.
#[test]
fn weeks_of_supply_is_52_over_the_turns() {
    let input = InventoryTurnsInput::new(7_000_000.0, 350_000.0).with_weeks_per_period(52.0);
    let result = inventory_turns(&input).unwrap();
    assert_relative_eq!(
        result.weeks_of_supply.unwrap(),
        52.0 / result.turns,
        max_relative = TEXTBOOK
    );
}

/// Days of supply over a 365-day year (hand-computed): cost of goods sold $5.2 million
/// a year, average inventory $400,000: 13 turns, $14,246.58 a day, 400,000 × 365 /
/// 5,200,000 = 28.08 days; over 52 weeks, $100,000 a week and 4 weeks of supply.
#[test]
fn days_and_weeks_of_supply_together() {
    let input = InventoryTurnsInput::new(5_200_000.0, 400_000.0)
        .with_days_per_period(365.0)
        .with_weeks_per_period(52.0);
    let result = inventory_turns(&input).unwrap();
    assert_eq!(result.turns, 13.0);
    assert_relative_eq!(
        result.days_of_supply.unwrap(),
        400_000.0 * 365.0 / 5_200_000.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.days_of_supply.unwrap(), 28.08, epsilon = 0.005);
    assert_relative_eq!(
        result.cost_of_goods_sold_per_day.unwrap(),
        14_246.58,
        epsilon = 0.005
    );
    assert_eq!(result.cost_of_goods_sold_per_week, Some(100_000.0));
    assert_eq!(result.weeks_of_supply, Some(4.0));
    assert_eq!(result.inventory_share_of_assets, None);
}

#[test]
fn every_figure_must_be_positive() {
    let fields: [(&str, FieldSetter<InventoryTurnsInput>); 5] = [
        ("cost_of_goods_sold", |input, value| {
            input.cost_of_goods_sold = value;
        }),
        ("average_inventory", |input, value| {
            input.average_inventory = value;
        }),
        ("days_per_period", |input, value| {
            input.days_per_period = Some(value);
        }),
        ("weeks_per_period", |input, value| {
            input.weeks_per_period = Some(value);
        }),
        ("total_assets", |input, value| {
            input.total_assets = Some(value);
        }),
    ];
    assert_fields_must_be_positive(
        || {
            InventoryTurnsInput::new(7_000_000.0, 350_000.0)
                .with_days_per_period(365.0)
                .with_weeks_per_period(52.0)
                .with_total_assets(5_000_000.0)
        },
        &fields,
        |input| inventory_turns(input).err(),
    );
}

#[test]
fn total_assets_hold_the_inventory() {
    let with_assets =
        |assets| inventory_turns(&InventoryTurnsInput::new(100.0, 50.0).with_total_assets(assets));
    let error = with_assets(49.0).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::OutOfRange, "total_assets")
    );
    assert_eq!(
        error.message(),
        "must be at least the average inventory, which is one of the assets"
    );
    assert_eq!(
        with_assets(50.0).unwrap().inventory_share_of_assets,
        Some(1.0)
    );
}

#[test]
fn magnitudes_beyond_f64_are_a_numeric_range_error() {
    assert_eq!(
        failure(inventory_turns(&InventoryTurnsInput::new(1e300, 1e-300))),
        error_at(ErrorCode::NumericRange, "")
    );
    assert_eq!(
        failure(inventory_turns(
            &InventoryTurnsInput::new(1e-300, 1e300).with_days_per_period(1e300)
        )),
        error_at(ErrorCode::NumericRange, "")
    );
}

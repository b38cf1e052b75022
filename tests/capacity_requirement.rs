//! Capacity requirements against the published textbook examples, the rounding, and
//! every error path.
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;

use approx::assert_relative_eq;
use common::{PRINTED_ROUNDING, TEXTBOOK, error_at, failure};
use opscalc::ErrorCode;
use opscalc::capacity::{
    BatchSetup, CapacityProduct, CapacityRequirementInput, MAX_CAPACITY_PRODUCTS,
    capacity_requirement,
};

/// One 8-hour shift on 250 days: 2,000 hours a year.
const ONE_SHIFT_YEAR: f64 = 8.0 * 250.0;

/// Stevenson's three products: annual demand and standard processing time (hours a unit).
fn stevenson_products() -> Vec<CapacityProduct> {
    vec![
        CapacityProduct::new(400.0, 5.0).with_id("#1"),
        CapacityProduct::new(300.0, 8.0).with_id("#2"),
        CapacityProduct::new(700.0, 2.0).with_id("#3"),
    ]
}

/// Krajewski, Ritzman & Malhotra's copy center clients.
fn copy_center() -> CapacityRequirementInput {
    let products = vec![
        CapacityProduct::new(2000.0, 0.5)
            .with_id("X")
            .with_setup(0.25, 20.0),
        CapacityProduct::new(6000.0, 0.7)
            .with_id("Y")
            .with_setup(0.4, 30.0),
    ];
    CapacityRequirementInput::new(products, ONE_SHIFT_YEAR).with_cushion(0.15)
}

/// Stevenson, *Operations Management*, capacity planning chapter, calculating processing
/// requirements: a department works one 8-hour shift, 250 days a year (2,000 hours);
/// products #1, #2 and #3 have annual demands of 400, 300 and 700 and standard
/// processing times of 5.0, 8.0 and 2.0 hours a unit. Published: 2,000 + 2,400 + 1,400
/// = 5,800 hours, 5,800 / 2,000 = 2.90 machines, so 3 machines.
#[test]
fn stevenson_processing_requirements() {
    let input = CapacityRequirementInput::new(stevenson_products(), ONE_SHIFT_YEAR);
    let result = capacity_requirement(&input).unwrap();
    let needed: Vec<f64> = result.products.iter().map(|p| p.time_needed).collect();
    assert_eq!(needed, [2000.0, 2400.0, 1400.0]);
    assert_eq!(result.products[1].id.as_deref(), Some("#2"));
    assert_eq!(result.products[1].setups, None);
    assert_eq!(result.products[1].setup_time_needed, 0.0);
    assert_eq!(result.processing_time_needed, 5800.0);
    assert_eq!(result.setup_time_needed, 0.0);
    assert_eq!(result.time_needed, 5800.0);
    assert_eq!(result.cushion, 0.0);
    assert_eq!(result.available_time_after_cushion, 2000.0);
    assert_relative_eq!(result.exact_requirement, 2.9, max_relative = TEXTBOOK);
    assert_eq!(result.machines, 3);
    // Hand-computed: 5,800 of 3 × 2,000 hours, 96.67 %.
    assert_relative_eq!(result.utilization, 5800.0 / 6000.0, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.resulting_cushion,
        200.0 / 6000.0,
        max_relative = TEXTBOOK
    );
}

/// Hand-computed, after Stevenson's processing requirements example, with the products
/// made in batches of 20, 40 and 30 and setups of 3, 4 and 2 hours a batch: 400 / 20 =
/// 20 setups (60 hours), 300 / 40 = 7.5 (30 hours), 700 / 30 = 23.33 (46.67 hours),
/// 136.67 setup hours in all; 5,936.67 hours, 2.97 machines, still 3.
#[test]
fn stevenson_with_setups() {
    let setups = [(3.0, 20.0), (4.0, 40.0), (2.0, 30.0)];
    let products = stevenson_products()
        .into_iter()
        .zip(setups)
        .map(|(product, (time, lot))| product.with_setup(time, lot))
        .collect();
    let result =
        capacity_requirement(&CapacityRequirementInput::new(products, ONE_SHIFT_YEAR)).unwrap();
    let counts: Vec<f64> = result.products.iter().map(|p| p.setups.unwrap()).collect();
    assert_relative_eq!(counts[0], 20.0, max_relative = TEXTBOOK);
    assert_relative_eq!(counts[1], 7.5, max_relative = TEXTBOOK);
    assert_relative_eq!(counts[2], 70.0 / 3.0, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.products[2].setup_time_needed,
        140.0 / 3.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.products[2].time_needed,
        1400.0 + 140.0 / 3.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.setup_time_needed,
        410.0 / 3.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.setup_time_needed, 136.67, epsilon = PRINTED_ROUNDING);
    assert_eq!(result.processing_time_needed, 5800.0);
    assert_relative_eq!(result.time_needed, 5936.67, epsilon = PRINTED_ROUNDING);
    assert_relative_eq!(
        result.exact_requirement,
        (5800.0 + 410.0 / 3.0) / 2000.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.exact_requirement, 2.97, epsilon = PRINTED_ROUNDING);
    assert_eq!(result.machines, 3);
}

/// Krajewski, Ritzman & Malhotra, *Operations Management: Processes and Supply Chains*,
/// capacity planning chapter, the copy center: 250 days a year, one 8-hour shift, a
/// 15 % capacity cushion. Client X: 2,000 copies a year, 0.5 hour a copy, reports of
/// 20 copies with 0.25 hour setups; client Y: 6,000 copies, 0.7 hour, reports of 30
/// with 0.40 hour setups. Published: M = [2,000(0.5) + (2,000/20)(0.25)] +
/// [6,000(0.7) + (6,000/30)(0.40)] / [2,000 (1 − 0.15)] = 5,305 / 1,700 = 3.12, so four
/// machines.
#[test]
fn krajewski_copy_center() {
    let result = capacity_requirement(&copy_center()).unwrap();
    let [x, y] = [&result.products[0], &result.products[1]];
    assert_eq!(
        (x.processing_time_needed, x.setups, x.setup_time_needed),
        (1000.0, Some(100.0), 25.0)
    );
    assert_eq!(x.time_needed, 1025.0);
    assert_relative_eq!(y.processing_time_needed, 4200.0, max_relative = TEXTBOOK);
    assert_relative_eq!(y.setup_time_needed, 80.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.time_needed, 5305.0, max_relative = TEXTBOOK);
    assert_relative_eq!(result.setup_time_needed, 105.0, max_relative = TEXTBOOK);
    assert_eq!(result.cushion, 0.15);
    assert_relative_eq!(
        result.available_time_after_cushion,
        1700.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(
        result.exact_requirement,
        5305.0 / 1700.0,
        max_relative = TEXTBOOK
    );
    assert_relative_eq!(result.exact_requirement, 3.12, epsilon = PRINTED_ROUNDING);
    assert_eq!(result.machines, 4);
    // Hand-computed: 5,305 of 4 × 2,000 hours in use, leaving a 33.7 % cushion.
    assert_relative_eq!(result.utilization, 5305.0 / 8000.0, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.resulting_cushion,
        2695.0 / 8000.0,
        max_relative = TEXTBOOK
    );
}

/// Hand-computed, after Krajewski, Ritzman & Malhotra's Stout Manufacturing problem
/// (capacity planning chapter): 8 hours a day, 5 days a week, 50 weeks (2,000 hours),
/// a 15 % cushion; product A, 3,000 a year at 0.5 hour, lots of 20 with 2-hour setups;
/// B, 2,000 at 0.8 hour, lots of 40 with 8-hour setups. 1,500 + 300 + 1,600 + 400 =
/// 3,800 hours, 3,800 / 1,700 = 2.24, so 3 machines.
#[test]
fn krajewski_stout_manufacturing() {
    let products = vec![
        CapacityProduct::new(3000.0, 0.5).with_setup(2.0, 20.0),
        CapacityProduct::new(2000.0, 0.8).with_setup(8.0, 40.0),
    ];
    let input = CapacityRequirementInput::new(products, 8.0 * 5.0 * 50.0).with_cushion(0.15);
    let result = capacity_requirement(&input).unwrap();
    assert_eq!(result.products[0].id, None);
    assert_eq!(result.products[0].time_needed, 1800.0);
    assert_relative_eq!(result.time_needed, 3800.0, max_relative = TEXTBOOK);
    assert_relative_eq!(
        result.exact_requirement,
        3800.0 / 1700.0,
        max_relative = TEXTBOOK
    );
    assert_eq!(result.machines, 3);
}

/// A requirement that is a whole number in decimal arithmetic is that many machines,
/// even when binary rounding lands a hair above it; a hair below rounds up as usual.
#[test]
fn a_whole_requirement_is_not_pushed_up_by_rounding() {
    // 3 × 0.1 = 0.30000000000000004 hours, over 0.1 hour: 3.0000000000000004 machines.
    let input = CapacityRequirementInput::new(vec![CapacityProduct::new(3.0, 0.1)], 0.1);
    let result = capacity_requirement(&input).unwrap();
    assert!(result.exact_requirement > 3.0);
    assert_eq!(result.machines, 3);
    assert_relative_eq!(result.utilization, 1.0, max_relative = TEXTBOOK);

    // 3,400 hours over 2,000 × 0.85: 2 machines.
    let input = CapacityRequirementInput::new(vec![CapacityProduct::new(3400.0, 1.0)], 2000.0)
        .with_cushion(0.15);
    assert_eq!(capacity_requirement(&input).unwrap().machines, 2);

    let just_over = CapacityRequirementInput::new(vec![CapacityProduct::new(2001.0, 1.0)], 2000.0);
    assert_eq!(capacity_requirement(&just_over).unwrap().machines, 2);
    let tiny = CapacityRequirementInput::new(vec![CapacityProduct::new(1.0, 0.001)], 2000.0);
    assert_eq!(capacity_requirement(&tiny).unwrap().machines, 1);
}

/// A zero setup time is allowed: the product is still made in lots, with no setup hours.
#[test]
fn a_zero_setup_time_adds_no_hours() {
    let input = CapacityRequirementInput::new(
        vec![CapacityProduct::new(400.0, 5.0).with_setup(0.0, 20.0)],
        ONE_SHIFT_YEAR,
    );
    let result = capacity_requirement(&input).unwrap();
    assert_eq!(result.products[0].setups, Some(20.0));
    assert_eq!(result.setup_time_needed, 0.0);
    assert_eq!(result.time_needed, 2000.0);
}

fn with_product(index: usize, change: impl Fn(&mut CapacityProduct)) -> CapacityRequirementInput {
    let mut input = copy_center();
    if let Some(product) = input.products.get_mut(index) {
        change(product);
    }
    input
}

#[test]
fn the_list_must_have_one_to_max_products() {
    let empty = CapacityRequirementInput::new(Vec::new(), 2000.0);
    assert_eq!(
        failure(capacity_requirement(&empty)),
        error_at(ErrorCode::OutOfRange, "products")
    );
    let many = vec![CapacityProduct::new(1.0, 1.0); MAX_CAPACITY_PRODUCTS as usize + 1];
    let error = capacity_requirement(&CapacityRequirementInput::new(many, 2000.0)).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::TooLarge, "products")
    );
    assert_eq!(error.message(), "must have at most 10000 entries");
}

#[test]
fn ids_when_given_must_be_present_and_unique() {
    let input = with_product(1, |product| product.id = Some(String::new()));
    assert_eq!(
        failure(capacity_requirement(&input)),
        error_at(ErrorCode::InvalidInput, "products[1].id")
    );
    let input = with_product(1, |product| product.id = Some("X".into()));
    let error = capacity_requirement(&input).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::DuplicateId, "products[1].id")
    );
    assert_eq!(error.message(), "repeats the id of products[0]");
    // Products without ids are fine, however many.
    let input = CapacityRequirementInput::new(vec![CapacityProduct::new(1.0, 1.0); 3], 10.0);
    assert!(capacity_requirement(&input).is_ok());
}

#[test]
fn product_numbers_must_be_valid() {
    type Setter = fn(&mut CapacityProduct, f64);
    let cases: [(Setter, &str, f64, ErrorCode); 10] = [
        (|p, v| p.demand = v, "demand", 0.0, ErrorCode::NotPositive),
        (
            |p, v| p.demand = v,
            "demand",
            f64::NAN,
            ErrorCode::NotFinite,
        ),
        (
            |p, v| p.processing_time = v,
            "processing_time",
            -1.0,
            ErrorCode::NotPositive,
        ),
        (
            |p, v| p.processing_time = v,
            "processing_time",
            f64::INFINITY,
            ErrorCode::NotFinite,
        ),
        (
            |p, v| set_setup(p, v, 30.0),
            "setup_time",
            -0.5,
            ErrorCode::Negative,
        ),
        (
            |p, v| set_setup(p, v, 30.0),
            "setup_time",
            f64::NAN,
            ErrorCode::NotFinite,
        ),
        (
            |p, v| set_setup(p, 0.4, v),
            "lot_size",
            0.0,
            ErrorCode::NotPositive,
        ),
        (
            |p, v| set_setup(p, 0.4, v),
            "lot_size",
            -0.0,
            ErrorCode::NotPositive,
        ),
        (
            |p, v| set_setup(p, 0.4, v),
            "lot_size",
            -30.0,
            ErrorCode::NotPositive,
        ),
        (
            |p, v| set_setup(p, 0.4, v),
            "lot_size",
            f64::NEG_INFINITY,
            ErrorCode::NotFinite,
        ),
    ];
    for (set, field, value, code) in cases {
        let input = with_product(1, |product| set(product, value));
        let expected = error_at(code, &format!("products[1].{field}"));
        assert_eq!(
            failure(capacity_requirement(&input)),
            expected,
            "{field} = {value}"
        );
    }
}

fn set_setup(product: &mut CapacityProduct, setup_time: f64, lot_size: f64) {
    product.setup = Some(BatchSetup {
        setup_time,
        lot_size,
    });
}

#[test]
fn a_setup_needs_both_its_time_and_its_lot_size() {
    let error = BatchSetup::from_fields(Some(3.0), None).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::MissingField, "lot_size")
    );
    let error = BatchSetup::from_fields(None, Some(20.0)).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        (ErrorCode::MissingField, "setup_time")
    );
    assert_eq!(
        error.within("products[2]").field(),
        "products[2].setup_time"
    );
}

#[test]
fn available_time_and_cushion_must_be_valid() {
    let with = |available: f64, cushion: Option<f64>| {
        let mut input = copy_center();
        input.available_time = available;
        input.cushion = cushion;
        failure(capacity_requirement(&input))
    };
    assert_eq!(
        with(0.0, None),
        error_at(ErrorCode::NotPositive, "available_time")
    );
    assert_eq!(
        with(f64::NAN, None),
        error_at(ErrorCode::NotFinite, "available_time")
    );
    assert_eq!(
        with(2000.0, Some(-0.1)),
        error_at(ErrorCode::Negative, "cushion")
    );
    assert_eq!(
        with(2000.0, Some(1.0)),
        error_at(ErrorCode::OutOfRange, "cushion")
    );
    assert_eq!(
        with(2000.0, Some(15.0)),
        error_at(ErrorCode::OutOfRange, "cushion")
    );
    assert_eq!(
        with(2000.0, Some(f64::NAN)),
        error_at(ErrorCode::NotFinite, "cushion")
    );
}

#[test]
fn extreme_magnitudes_are_a_numeric_range_error() {
    let one = |product: CapacityProduct, available: f64| {
        failure(capacity_requirement(&CapacityRequirementInput::new(
            vec![product],
            available,
        )))
    };
    // 10³⁰⁰ units in lots of 10⁻³⁰⁰: the setups overflow, within the product.
    assert_eq!(
        one(
            CapacityProduct::new(1e300, 1.0).with_setup(1.0, 1e-300),
            1.0
        ),
        error_at(ErrorCode::NumericRange, "products[0]")
    );
    // Each product fits, their sum does not.
    let two_huge = CapacityRequirementInput::new(vec![CapacityProduct::new(1e300, 1e8); 2], 1.0);
    assert_eq!(
        failure(capacity_requirement(&two_huge)),
        error_at(ErrorCode::NumericRange, "")
    );
    // More machines than a u32 counts; exactly u32::MAX is still fine.
    assert_eq!(
        one(CapacityProduct::new(1e12, 1.0), 1.0),
        error_at(ErrorCode::NumericRange, "")
    );
    assert_eq!(
        one(CapacityProduct::new(1.0, 1.0), 1e-300),
        error_at(ErrorCode::NumericRange, "")
    );
    let most =
        CapacityRequirementInput::new(vec![CapacityProduct::new(f64::from(u32::MAX), 1.0)], 1.0);
    assert_eq!(capacity_requirement(&most).unwrap().machines, u32::MAX);
}

/// A cushion close to 1 with a huge requirement: 10⁹ machines of 10³⁰³ hours each hold
/// more hours than an `f64` can, yet the utilization is still worked out (it is at most
/// 1 − C).
#[test]
fn utilization_does_not_overflow() {
    let input = CapacityRequirementInput::new(vec![CapacityProduct::new(1e306, 1.0)], 1e303)
        .with_cushion(0.999_999);
    let result = capacity_requirement(&input).unwrap();
    assert!(f64::from(result.machines) * 1e303 == f64::INFINITY);
    assert_relative_eq!(result.utilization, 1e-6, max_relative = 1e-6);
    assert!(result.utilization <= 1e-6 * (1.0 + 1e-9));
}

//! Properties of ABC analysis over random item lists (proptest; native only).
// Unwrapping is the assertion in a test, and exact float equality is asserted on purpose.
#![allow(clippy::unwrap_used, clippy::float_cmp)]
#![cfg(not(target_arch = "wasm32"))]

use opscalc::inventory::{AbcBasis, AbcClass, AbcCutoffs, AbcInput, AbcItem, abc_analysis};
use proptest::prelude::*;

/// Up to 60 items with demands and costs over many magnitudes, some of them zero and
/// some repeated (so values tie).
fn items() -> impl Strategy<Value = Vec<AbcItem>> {
    let amount = prop_oneof![
        1 => Just(0.0),
        2 => Just(10.0),
        8 => (-2.0_f64..5.0).prop_map(|exponent| 10.0_f64.powf(exponent)),
    ];
    prop::collection::vec((amount.clone(), amount), 1..60)
        .prop_filter("some value", |pairs| pairs.iter().any(|(d, c)| d * c > 0.0))
        .prop_map(|pairs| {
            pairs
                .into_iter()
                .enumerate()
                .map(|(index, (demand, cost))| AbcItem::new(format!("#{index}"), demand, cost))
                .collect()
        })
}

fn cutoffs() -> impl Strategy<Value = Option<AbcCutoffs>> {
    prop_oneof![
        Just(None),
        (0.01_f64..1.0, 0.0_f64..1.0).prop_map(|(a, b_part)| Some(AbcCutoffs {
            a,
            b: (1.0 - a) * b_part
        })),
    ]
}

fn basis() -> impl Strategy<Value = AbcBasis> {
    prop_oneof![Just(AbcBasis::Value), Just(AbcBasis::Items)]
}

proptest! {
    /// Shares sum to 1 and the cumulative share rises to exactly 1; values fall with
    /// rank, ties in input order; every input item appears once; classes are
    /// contiguous in rank order and their totals add up.
    #[test]
    fn the_table_is_consistent(items in items(), cutoffs in cutoffs(), basis in basis()) {
        let input = AbcInput { items: items.clone(), cutoffs, basis };
        let result = abc_analysis(&input).unwrap();
        let n = items.len();
        prop_assert_eq!(result.rows.len(), n);

        let share_sum: f64 = result.rows.iter().map(|row| row.share).sum();
        prop_assert!((share_sum - 1.0).abs() <= 1e-12 * n as f64, "shares sum to {}", share_sum);
        prop_assert_eq!(result.rows.last().unwrap().cumulative_share, 1.0);

        let mut seen = vec![false; n];
        for (index, row) in result.rows.iter().enumerate() {
            prop_assert_eq!(row.rank as usize, index + 1);
            let original = &items[row.input_index as usize];
            prop_assert_eq!(&row.id, &original.id);
            prop_assert_eq!(row.annual_value, original.annual_demand * original.unit_cost);
            prop_assert!(!seen[row.input_index as usize]);
            seen[row.input_index as usize] = true;
        }
        for pair in result.rows.windows(2) {
            prop_assert!(pair[0].cumulative_share <= pair[1].cumulative_share);
            prop_assert!(pair[0].annual_value >= pair[1].annual_value);
            if pair[0].annual_value == pair[1].annual_value {
                prop_assert!(pair[0].input_index < pair[1].input_index, "ties keep input order");
            }
            prop_assert!(pair[0].class <= pair[1].class, "classes are contiguous");
        }

        let counted: u32 = result.classes.iter().map(|class| class.item_count).sum();
        prop_assert_eq!(counted as usize, n);
        let value_shares: f64 = result.classes.iter().map(|class| class.value_share).sum();
        prop_assert!((value_shares - 1.0).abs() <= 1e-12 * n as f64);
        for class in &result.classes {
            let members: Vec<_> = result.rows.iter().filter(|row| row.class == class.class).collect();
            prop_assert_eq!(members.len(), class.item_count as usize);
            prop_assert_eq!(class.first_rank, members.first().map(|row| row.rank));
            prop_assert_eq!(class.last_rank, members.last().map(|row| row.rank));
        }
    }

    /// By value, class A is the fewest top items whose share reaches a, and A with B
    /// the fewest that reach a + b; the most valuable item is always A.
    #[test]
    fn by_value_classes_are_the_fewest_items_reaching_the_cutoffs(items in items(), cutoffs in cutoffs()) {
        let result = abc_analysis(&AbcInput { items, cutoffs, basis: AbcBasis::Value }).unwrap();
        let AbcCutoffs { a, b } = result.cutoffs;
        let [class_a, class_b, _] = result.classes;
        prop_assert_eq!(result.rows[0].class, AbcClass::A);
        prop_assert!(class_a.value_share >= a - 1e-9);
        prop_assert!(class_a.value_share + class_b.value_share >= a + b - 1e-9);
        let mut before = 0.0;
        for row in &result.rows {
            prop_assert_eq!(before + 1e-9 < a, row.class == AbcClass::A);
            prop_assert_eq!(before + 1e-9 < a + b, row.class <= AbcClass::B);
            before = row.cumulative_share;
        }
    }

    /// By items, class A is the top ⌈a n⌉ items and A with B the top ⌈(a + b) n⌉.
    #[test]
    fn by_items_classes_are_counts(items in items(), cutoffs in cutoffs()) {
        let n = items.len() as f64;
        let result = abc_analysis(&AbcInput { items, cutoffs, basis: AbcBasis::Items }).unwrap();
        let AbcCutoffs { a, b } = result.cutoffs;
        let [class_a, class_b, _] = result.classes;
        let top_a = f64::from(class_a.item_count);
        let top_ab = f64::from(class_a.item_count + class_b.item_count);
        // ⌈x⌉ within the 10⁻⁹ slack: x ≤ count < x + 1.
        prop_assert!(a * n <= top_a + 1e-6 && top_a < a * n + 1.0);
        prop_assert!((a + b) * n <= top_ab + 1e-6 && top_ab < (a + b) * n + 1.0);
        for row in &result.rows {
            prop_assert_eq!(row.cumulative_item_share, f64::from(row.rank) / n);
        }
    }
}

//! The crate's sorts, one instance of each kind for the whole library.
//!
//! Every `sort_by` with its own closure or element type is a new copy of the standard
//! library's sort in the wasm (1 to 3 KB each). The setup-time sorts therefore sort
//! indices through one comparison function, and the few sorts of plain numbers share one
//! instance each.

use std::cmp::Ordering;

/// The indices `0..len` ordered by `compare`; equal ones stay in index order (stable).
pub(crate) fn stable_order(
    len: usize,
    compare: &mut dyn FnMut(usize, usize) -> Ordering,
) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// `items` rearranged so that the item at `order[i]` comes `i`th; `order` is a
/// permutation of the indices of `items`.
pub(crate) fn in_order<T>(items: Vec<T>, order: &[usize]) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&index| slots.get_mut(index).and_then(Option::take))
        .collect()
}

/// `values` in ascending [`f64::total_cmp`] order. Values that compare equal are the
/// same bits, so a stable and an unstable sort give the same slice. By [`sort_words`]:
/// no comparison sort of its own in the wasm.
pub(crate) fn sort_f64(values: &mut [f64]) {
    let sorted = sort_words(values.iter().map(|&value| total_order_bits(value)));
    for (value, &bits) in values.iter_mut().zip(&sorted) {
        // Each entry is one of the words.
        *value = from_total_order_bits(bits as u64);
    }
}

/// `values` ascending, by [`sort_words`] as [`sort_f64`] sorts: small lists of ranks,
/// where a comparison sort would be a copy of its own in the wasm.
pub(crate) fn sort_u32(values: &mut [u32]) {
    let sorted = sort_words(values.iter().map(|&value| u64::from(value)));
    for (value, &word) in values.iter_mut().zip(&sorted) {
        // Each entry is one of the u32 values.
        *value = word as u32;
    }
}

/// `words` ascending, each widened to a `u128`, by the radix sort of [`sort_u128`]
/// (which passes over the high bytes, all zero).
fn sort_words(words: impl Iterator<Item = u64>) -> Vec<u128> {
    let mut sorted: Vec<u128> = words.map(u128::from).collect();
    sort_u128(&mut sorted);
    sorted
}

/// `tasks` by ascending `rank[task]` (`missing` for a task past its end). Unstable:
/// for the solver's hot paths, where ranks are distinct.
pub(crate) fn sort_by_rank(tasks: &mut [u32], rank: &[u32], missing: u32) {
    tasks.sort_unstable_by_key(|&task| rank.get(task as usize).copied().unwrap_or(missing));
}

/// The indices of `keys` from the largest key to the smallest in [`f64::total_cmp`]
/// order, equal keys in index order: what [`stable_order`] gives for
/// `key(b).total_cmp(&key(a))`, by a radix sort of each key's order (the high 64 bits)
/// with its index below it, in index order already, O(n) a pass. For ABC analysis over a
/// million items and a scorecard's nodes.
pub(crate) fn descending_order(keys: &[f64]) -> Vec<usize> {
    let mut packed: Vec<u128> = keys
        .iter()
        .enumerate()
        .map(|(index, &key)| (u128::from(!total_order_bits(key)) << 64) | index as u128)
        .collect();
    sort_u128_from_byte(&mut packed, 8);
    // The low 64 bits are the index, which fits a usize.
    packed.iter().map(|&key| key as u64 as usize).collect()
}

/// `value`'s bits as an unsigned number in [`f64::total_cmp`] order: a negative value's
/// bits inverted whole, a positive value's sign bit set.
fn total_order_bits(value: f64) -> u64 {
    let bits = value.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

/// The value whose [`total_order_bits`] are `bits`.
fn from_total_order_bits(bits: u64) -> f64 {
    f64::from_bits(if bits >> 63 == 1 {
        bits & !(1 << 63)
    } else {
        !bits
    })
}

/// `values` ascending: a least-significant-digit radix sort, a byte a pass, skipping the
/// bytes in which all values agree. O(n) a pass, where a comparison sort of 128-bit
/// numbers (two compares each, through a call in the size-first build) is O(n log n).
pub(crate) fn sort_u128(values: &mut Vec<u128>) {
    sort_u128_from_byte(values, 0);
}

/// `values` ascending by their bytes from `first_byte` up (little-endian places: 8 for
/// the high 64 bits) as [`sort_u128`] sorts, stable: values equal in those bytes keep
/// their order, so bytes below `first_byte` already in order need no pass.
pub(crate) fn sort_u128_from_byte(values: &mut Vec<u128>, first_byte: usize) {
    let Some(&first) = values.first() else {
        return;
    };
    let varying = values
        .iter()
        .fold(0, |bits, &value| bits | (value ^ first))
        .to_le_bytes();
    // A byte by its place, not by a shift: a 128-bit shift by a variable amount is a
    // call in wasm.
    let digit =
        |value: u128, byte: usize| usize::from(value.to_le_bytes().get(byte).copied().unwrap_or(0));
    let mut sorted = vec![0_u128; values.len()];
    let sorted_bytes = |(byte, bits): &(usize, &u8)| *byte >= first_byte && **bits != 0;
    for (byte, _) in varying.iter().enumerate().filter(sorted_bytes) {
        // Where the values of each digit start in `sorted`.
        let mut start = [0_usize; 256];
        for &value in values.iter() {
            if let Some(count) = start.get_mut(digit(value, byte)) {
                *count += 1;
            }
        }
        let mut total = 0;
        for slot in &mut start {
            let count = *slot;
            *slot = total;
            total += count;
        }
        for &value in values.iter() {
            if let Some(next) = start.get_mut(digit(value, byte)) {
                if let Some(slot) = sorted.get_mut(*next) {
                    *slot = value;
                }
                *next += 1;
            }
        }
        std::mem::swap(values, &mut sorted);
    }
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_index_order() {
        let keys = [2, 1, 2, 0, 1];
        let order = stable_order(keys.len(), &mut |a, b| keys[a].cmp(&keys[b]));
        assert_eq!(order, [3, 1, 4, 0, 2]);
        assert_eq!(
            in_order(vec!['a', 'b', 'c', 'd', 'e'], &order),
            ['d', 'b', 'e', 'a', 'c']
        );
    }

    #[test]
    fn numbers_and_ranks_sort_ascending() {
        let mut values = [3.0, -0.0, f64::INFINITY, 0.0, -1.5];
        sort_f64(&mut values);
        assert_eq!(
            values.map(f64::to_bits),
            [-1.5, -0.0, 0.0, 3.0, f64::INFINITY].map(f64::to_bits)
        );
        let mut extremes = [
            f64::NAN,
            1e-310,
            f64::MIN,
            -f64::NAN,
            f64::NEG_INFINITY,
            -1e-310,
            f64::MAX,
        ];
        sort_f64(&mut extremes);
        assert_eq!(
            extremes.map(f64::to_bits),
            [
                -f64::NAN,
                f64::NEG_INFINITY,
                f64::MIN,
                -1e-310,
                1e-310,
                f64::MAX,
                f64::NAN
            ]
            .map(f64::to_bits)
        );
        let mut wide: Vec<u128> = (0..5_000_u128)
            .map(|index| {
                index.wrapping_mul(0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C834) ^ (index << 100)
            })
            .chain([0, u128::MAX, 7, 7])
            .collect();
        let mut expected = wide.clone();
        expected.sort_unstable();
        sort_u128(&mut wide);
        assert_eq!(wide, expected);
        let mut ranks = [3, 1, u32::MAX, 0, 3, 2];
        sort_u32(&mut ranks);
        assert_eq!(ranks, [0, 1, 2, 3, 3, u32::MAX]);
        let mut tasks = [0, 1, 2, 7];
        sort_by_rank(&mut tasks, &[2, 0, 1], 9);
        assert_eq!(tasks, [1, 2, 0, 7]);
    }

    #[test]
    fn descending_order_is_the_stable_order_of_total_cmp_reversed() {
        let keys = [
            1.5,
            -0.0,
            f64::NAN,
            0.0,
            1.5,
            f64::INFINITY,
            -2.0,
            1e-310,
            f64::NEG_INFINITY,
            -f64::NAN,
            0.0,
            f64::MAX,
        ];
        let expected = stable_order(keys.len(), &mut |a, b| keys[b].total_cmp(&keys[a]));
        assert_eq!(descending_order(&keys), expected);
        assert_eq!(expected, [2, 5, 11, 0, 4, 7, 3, 10, 1, 6, 8, 9]);
        assert!(descending_order(&[]).is_empty());
    }
}

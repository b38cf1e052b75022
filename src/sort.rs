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
/// same bits, so a stable and an unstable sort give the same slice.
pub(crate) fn sort_f64(values: &mut [f64]) {
    values.sort_unstable_by(f64::total_cmp);
}

/// `tasks` by ascending `rank[task]` (`missing` for a task past its end). Unstable:
/// for the solver's hot paths, where ranks are distinct.
pub(crate) fn sort_by_rank(tasks: &mut [u32], rank: &[u32], missing: u32) {
    tasks.sort_unstable_by_key(|&task| rank.get(task as usize).copied().unwrap_or(missing));
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
        let mut tasks = [0, 1, 2, 7];
        sort_by_rank(&mut tasks, &[2, 0, 1], 9);
        assert_eq!(tasks, [1, 2, 0, 7]);
    }
}

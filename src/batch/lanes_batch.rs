//! The loop the lot-size batch functions share: items a group of lanes at a time
//! through the formula written over [`Lanes`] (two per instruction in wasm), and the
//! single call, with its checks, for an item the fast check is unsure of.

use super::column::Shape;
use crate::error::Error;
use crate::lanes::{Lanes, Wide};

/// A batch function of `K` input columns and `N` figures per item, as the shared loop
/// ([`solve_batch`]) runs it.
pub(crate) trait LanesBatch<const K: usize, const N: usize> {
    /// The input columns as arrays, in the order [`solve_group`](Self::solve_group)
    /// takes them, when every one is an array (the holding cost per unit): the common
    /// case, taken without a branch per column per item. `None` otherwise.
    fn arrays(&self) -> Option<[&[f64]; K]>;

    /// The figures of group `group` of the arrays (each cut into groups of
    /// `L::WIDTH`), when the single call surely accepts every lane; `None` when it may
    /// not, and past the end.
    fn solve_group<L: Lanes>(arrays: &[&[L::Group]; K], group: usize) -> Option<[L; N]>;

    /// The figures of items `index..index + L::WIDTH` from the columns as given (a
    /// number for all items, a rate), when the single call surely accepts every one;
    /// `None` when it may not, and past the end.
    fn solve_lanes<L: Lanes>(&self, index: usize) -> Option<[L; N]>;

    /// Item `index`'s figures by the single call, or its error.
    fn solve_item(&self, index: usize) -> Result<[f64; N], Error>;
}

/// Runs `batch` over `shape`'s items into `outputs` (one slice per figure, each of one
/// entry per item): the arrays a group at a time while the fast check holds, then the
/// rest a group at a time or, where the fast check is unsure, an item at a time.
///
/// # Errors
/// The first bad item's error from the single call, placed at the item.
pub(crate) fn solve_batch<const K: usize, const N: usize, B: LanesBatch<K, N>>(
    batch: &B,
    mut outputs: [&mut [f64]; N],
    shape: &Shape,
) -> Result<(), Error> {
    let mut index = match batch.arrays() {
        Some(arrays) => solve_groups::<Wide, K, N, B>(arrays, &mut outputs),
        None => 0,
    };
    while index < shape.items {
        if let Some(figures) = batch.solve_lanes::<Wide>(index) {
            store(&mut outputs, index, figures);
            index += Wide::WIDTH;
        } else {
            let figures = batch
                .solve_item(index)
                .map_err(|error| shape.locate(error, index))?;
            store(&mut outputs, index, figures);
            index += 1;
        }
    }
    Ok(())
}

/// The whole groups of `arrays` up to the first the fast check fails; how many items
/// it wrote.
fn solve_groups<L: Lanes, const K: usize, const N: usize, B: LanesBatch<K, N>>(
    arrays: [&[f64]; K],
    outputs: &mut [&mut [f64]; N],
) -> usize {
    let inputs = arrays.map(L::groups);
    let mut outputs = outputs.each_mut().map(|output| L::groups_mut(output));
    let groups = inputs.first().map_or(0, |input| input.len());
    for group in 0..groups {
        let Some(figures) = B::solve_group::<L>(&inputs, group) else {
            return group * L::WIDTH;
        };
        for (figure, output) in figures.iter().zip(outputs.iter_mut()) {
            if let Some(output) = output.get_mut(group) {
                figure.to_group(output);
            }
        }
    }
    groups * L::WIDTH
}

/// Writes `figures` of items `index..index + L::WIDTH`.
#[inline(always)]
fn store<L: Lanes, const N: usize>(outputs: &mut [&mut [f64]; N], index: usize, figures: [L; N]) {
    for (figure, output) in figures.iter().zip(outputs.iter_mut()) {
        figure.store(output, index);
    }
}

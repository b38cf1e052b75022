//! The memory of branch, bound and remember (Sewell & Jacobson 2012): every set of
//! assigned tasks the search has expanded, with the fewest stations it was reached in.
//! A set reached again in as many stations or more cannot lead anywhere new, so it is
//! pruned; this dominance rule collapses the many orders in which the same stations can
//! be formed.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The sets of tasks seen, as bitsets of `u64` words, each with its station count.
#[derive(Debug)]
pub(crate) struct Memo {
    seen: HashMap<Box<[u64]>, u32, BuildHasherDefault<WordHasher>>,
    max_entries: usize,
}

/// What [`Memo::visit`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Visit {
    /// Not seen in this many stations or fewer: expand it (now remembered).
    New,
    /// Seen already in as many stations or fewer: prune it.
    Dominated,
    /// The memory is full.
    Full,
}

impl Memo {
    /// An empty memory for bitsets of `words` words, holding at most `max_bytes` (an
    /// estimate: key, value and the table's overhead per entry).
    pub(crate) fn new(words: usize, max_bytes: f64) -> Self {
        let bytes_per_entry = words * 8 + 40;
        let max_entries = (max_bytes / bytes_per_entry as f64).max(0.0);
        Memo {
            seen: HashMap::default(),
            max_entries: if max_entries < usize::MAX as f64 {
                max_entries as usize
            } else {
                usize::MAX
            },
        }
    }

    /// Looks `set` up as reached in `stations` stations, and remembers it when new.
    pub(crate) fn visit(&mut self, set: &[u64], stations: u32) -> Visit {
        if let Some(best) = self.seen.get_mut(set) {
            if *best <= stations {
                return Visit::Dominated;
            }
            *best = stations;
            return Visit::New;
        }
        if self.seen.len() >= self.max_entries {
            return Visit::Full;
        }
        self.seen.insert(set.into(), stations);
        Visit::New
    }
}

/// A fast hash of whole `u64` words (the multiply-rotate of rustc's FxHasher); the keys
/// are not chosen by an adversary.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct WordHasher {
    hash: u64,
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.hash
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0_u8; 8];
            for (slot, byte) in word.iter_mut().zip(chunk) {
                *slot = *byte;
            }
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    fn write_u64(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_usize(&mut self, word: usize) {
        self.write_u64(word as u64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_the_fewest_stations_and_fills_up() {
        let mut memo = Memo::new(1, 2.0 * 48.0);
        assert_eq!(memo.visit(&[0b101], 3), Visit::New);
        assert_eq!(memo.visit(&[0b101], 3), Visit::Dominated);
        assert_eq!(memo.visit(&[0b101], 4), Visit::Dominated);
        assert_eq!(memo.visit(&[0b101], 2), Visit::New);
        assert_eq!(memo.visit(&[0b101], 2), Visit::Dominated);
        assert_eq!(memo.visit(&[0b111], 2), Visit::New);
        assert_eq!(memo.visit(&[0b011], 2), Visit::Full);
    }
}

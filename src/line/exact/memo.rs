//! The memory of branch, bound and remember (Sewell & Jacobson 2012): every set of
//! assigned tasks the search has made, with the fewest stations it was reached in. A
//! set reached again in as many stations or more cannot lead anywhere new, so it is
//! pruned; this dominance rule collapses the many orders in which the same stations can
//! be formed.
//!
//! The sets themselves live in the search's node list; the memory is an open-addressing
//! table of node numbers with their hashes, so remembering a set allocates nothing.

use std::hash::Hasher;

/// A table of node numbers by the hash of their sets.
#[derive(Debug)]
pub(crate) struct Memo {
    /// Per slot: the set's hash (32 bits) and its node number plus one (0: empty).
    slots: Vec<(u32, u32)>,
    len: usize,
}

/// Where [`Memo::find`] found a set, or where it would go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// The set is at this slot, with this node.
    Found(usize, u32),
    /// The set is not there; it would go in this slot.
    Vacant(usize),
}

impl Memo {
    /// An empty memory.
    pub(crate) fn new() -> Self {
        Memo {
            slots: vec![(0, 0); 1024],
            len: 0,
        }
    }

    /// The bytes the table takes.
    pub(crate) fn bytes(&self) -> usize {
        self.slots.len() * 8
    }

    /// Looks for the set of hash `hash`; `same(node)` says whether a node holds it.
    pub(crate) fn find(&self, hash: u32, same: impl Fn(u32) -> bool) -> Place {
        let mask = self.slots.len() - 1;
        let mut slot = hash as usize & mask;
        loop {
            match self.slots.get(slot) {
                Some(&(stored, node)) if node != 0 => {
                    if stored == hash && same(node - 1) {
                        return Place::Found(slot, node - 1);
                    }
                }
                _ => return Place::Vacant(slot),
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Puts `node` (its set of hash `hash`) in `slot` from [`Memo::find`]: a vacant slot,
    /// or the found one (the set reached in fewer stations).
    pub(crate) fn put(&mut self, place: Place, hash: u32, node: u32) {
        match place {
            Place::Found(slot, _) => {
                if let Some(entry) = self.slots.get_mut(slot) {
                    *entry = (hash, node + 1);
                }
            }
            Place::Vacant(slot) => {
                if let Some(entry) = self.slots.get_mut(slot) {
                    *entry = (hash, node + 1);
                }
                self.len += 1;
                if self.len * 2 > self.slots.len() {
                    self.grow();
                }
            }
        }
    }

    /// Doubles the table.
    fn grow(&mut self) {
        let doubled = vec![(0, 0); self.slots.len() * 2];
        let old = std::mem::replace(&mut self.slots, doubled);
        let mask = self.slots.len() - 1;
        for (hash, node) in old.into_iter().filter(|&(_, node)| node != 0) {
            let mut slot = hash as usize & mask;
            while self.slots.get(slot).is_some_and(|&(_, taken)| taken != 0) {
                slot = (slot + 1) & mask;
            }
            if let Some(entry) = self.slots.get_mut(slot) {
                *entry = (hash, node);
            }
        }
    }
}

/// The hash of a set of tasks.
pub(crate) fn hash(set: &[u64]) -> u32 {
    let mut hasher = WordHasher::default();
    for &word in set {
        hasher.write_u64(word);
    }
    let hash = hasher.finish();
    // Both halves: the high bits are the best mixed.
    u32::try_from((hash ^ (hash >> 32)) & 0xffff_ffff).unwrap_or(0)
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

    fn write_u32(&mut self, word: u32) {
        self.write_u64(u64::from(word));
    }

    fn write_usize(&mut self, word: usize) {
        self.write_u64(word as u64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_it_holds_and_grows() {
        let sets: Vec<[u64; 1]> = (0..5000_u64).map(|k| [k * 7 + 1]).collect();
        let mut memo = Memo::new();
        for (node, set) in (0_u32..).zip(&sets) {
            let place = memo.find(hash(set), |other| sets[other as usize] == *set);
            assert!(matches!(place, Place::Vacant(_)));
            memo.put(place, hash(set), node);
        }
        assert!(memo.bytes() >= 10_000 * 8);
        for (node, set) in (0_u32..).zip(&sets) {
            let place = memo.find(hash(set), |other| sets[other as usize] == *set);
            assert!(matches!(place, Place::Found(_, found) if found == node));
        }
        // A set found again, put with a new node, is found with it.
        let place = memo.find(hash(&sets[3]), |other| sets[other as usize] == sets[3]);
        memo.put(place, hash(&sets[3]), 3);
        assert!(matches!(
            memo.find(hash(&[99_999]), |_| false),
            Place::Vacant(_)
        ));
    }
}

//! The available tasks of a line being balanced, at their places in the rule's order:
//! the first one that fits in the time left, found in O(log n).

/// The available tasks at their places: a tournament tree over the places holding the
/// shortest time under each node (`∞` where no task is), so the first task that fits is
/// found by one descent.
pub(crate) struct Queue {
    /// Leaves from `leaves`: `minimum[leaves + place]`; node `i`'s children are `2i`, `2i + 1`.
    minimum: Vec<f64>,
    task_at: Vec<u32>,
    leaves: usize,
}

impl Queue {
    pub(crate) fn new(count: usize) -> Self {
        let leaves = count.next_power_of_two();
        Queue {
            minimum: vec![f64::INFINITY; 2 * leaves],
            task_at: vec![0; leaves],
            leaves,
        }
    }

    pub(crate) fn insert(&mut self, place: u32, task: u32, time: f64) {
        if let Some(slot) = self.task_at.get_mut(place as usize) {
            *slot = task;
        }
        self.set(place, time);
    }

    pub(crate) fn remove(&mut self, place: u32) {
        self.set(place, f64::INFINITY);
    }

    /// Puts `time` at `place` and updates the minimums above it, up to the first that
    /// stays as it was (those above it stay too). A node's new minimum is the smaller of
    /// the child just updated and its sibling, so one read per level.
    fn set(&mut self, place: u32, time: f64) {
        let mut node = self.leaves + place as usize;
        let mut minimum = time;
        if let Some(slot) = self.minimum.get_mut(node) {
            *slot = minimum;
        }
        while node > 1 {
            let sibling = self.minimum.get(node ^ 1).copied().unwrap_or(f64::INFINITY);
            // `f64::min` by a comparison (the size-first wasm build calls `fmin` for
            // it): times are finite and positive (validated) or ∞, never NaN, so the
            // two agree.
            if sibling < minimum {
                minimum = sibling;
            }
            node /= 2;
            match self.minimum.get_mut(node) {
                Some(slot) if slot.to_bits() != minimum.to_bits() => *slot = minimum,
                _ => break,
            }
        }
    }

    /// The first place holding a task of time at most `limit`, and that task.
    pub(crate) fn first_fitting(&self, limit: f64) -> Option<(u32, u32)> {
        let fits = |node: usize| self.minimum.get(node).is_some_and(|&time| time <= limit);
        if !fits(1) {
            return None;
        }
        let mut node = 1;
        while node < self.leaves {
            node = if fits(2 * node) {
                2 * node
            } else {
                2 * node + 1
            };
        }
        let place = node - self.leaves;
        let task = self.task_at.get(place).copied()?;
        Some((u32::try_from(place).ok()?, task))
    }

    /// Every task of time at most `limit`, in the order of their places.
    pub(crate) fn all_fitting(&self, limit: f64) -> Vec<u32> {
        let fits = |node: usize| self.minimum.get(node).is_some_and(|&time| time <= limit);
        let mut found = Vec::new();
        let mut stack = vec![1_usize];
        while let Some(node) = stack.pop() {
            if !fits(node) {
                continue;
            }
            if node >= self.leaves {
                found.extend(self.task_at.get(node - self.leaves));
            } else {
                // The right child is taken after the whole left subtree.
                stack.push(2 * node + 1);
                stack.push(2 * node);
            }
        }
        found
    }
}

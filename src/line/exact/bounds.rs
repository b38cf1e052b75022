//! Lower bounds on the number of stations the unassigned tasks need, from bin packing
//! (Scholl & Klein 1997, SALOME; Sewell & Jacobson 2012, BB&R):
//!
//! - LB1 = ⌈Σ t / c⌉: the work content over the cycle time;
//! - LB2 = #{t > c/2} + ⌈#{t = c/2} / 2⌉: no two tasks longer than half the cycle share
//!   a station;
//! - LB3 = ⌈Σ w(t)⌉ with w = 1 above 2c/3, 2/3 at 2c/3, 1/2 strictly between c/3 and
//!   2c/3, 1/3 at c/3: no station holds more than one whole of these weights.
//!
//! Each is kept as a sum over the assigned tasks, so a search updates it in O(1) per task.

/// Per-task weights of the three bounds, and their totals over all tasks.
#[derive(Debug, Clone)]
pub(crate) struct Bounds {
    cycle_time: f64,
    tolerance: f64,
    /// LB2 weight in halves: 2 above c/2, 1 at c/2.
    half: Vec<u32>,
    /// LB3 weight in sixths: 6, 4, 3, 2 or 0.
    sixth: Vec<u32>,
    total_time: f64,
    total_half: u32,
    total_sixth: u32,
}

/// What is assigned so far: the sums the bounds subtract from their totals.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Assigned {
    pub(crate) time: f64,
    pub(crate) half: u32,
    pub(crate) sixth: u32,
}

impl Bounds {
    /// The weights of `times` for cycle time `cycle_time`, comparing with `tolerance`.
    pub(crate) fn new(times: &[f64], cycle_time: f64, tolerance: f64) -> Self {
        let near = |a: f64, b: f64| (a - b).abs() <= tolerance;
        let half: Vec<u32> = times
            .iter()
            .map(|&t| {
                if near(t, cycle_time / 2.0) {
                    1
                } else if t > cycle_time / 2.0 {
                    2
                } else {
                    0
                }
            })
            .collect();
        let sixth: Vec<u32> = times
            .iter()
            .map(|&t| {
                let (third, two_thirds) = (cycle_time / 3.0, 2.0 * cycle_time / 3.0);
                if near(t, two_thirds) {
                    4
                } else if t > two_thirds {
                    6
                } else if near(t, third) {
                    2
                } else if t > third {
                    3
                } else {
                    0
                }
            })
            .collect();
        Bounds {
            cycle_time,
            tolerance,
            total_time: times.iter().sum(),
            total_half: half.iter().sum(),
            total_sixth: sixth.iter().sum(),
            half,
            sixth,
        }
    }

    /// `assigned` with task `task` (of time `time`) added.
    pub(crate) fn add(&self, assigned: Assigned, task: u32, time: f64) -> Assigned {
        let index = task as usize;
        Assigned {
            time: assigned.time + time,
            half: assigned.half + self.half.get(index).copied().unwrap_or(0),
            sixth: assigned.sixth + self.sixth.get(index).copied().unwrap_or(0),
        }
    }

    /// max(LB1, LB2, LB3) for the tasks not in `assigned`.
    pub(crate) fn remaining(&self, assigned: Assigned) -> u32 {
        let time = (self.total_time - assigned.time).max(0.0);
        let ratio = time / self.cycle_time - self.tolerance / self.cycle_time;
        let lb1 = if ratio <= 0.0 {
            0
        } else if ratio < f64::from(u32::MAX) {
            ratio.ceil() as u32
        } else {
            u32::MAX
        };
        let lb2 = self.total_half.saturating_sub(assigned.half).div_ceil(2);
        let lb3 = self.total_sixth.saturating_sub(assigned.sixth).div_ceil(6);
        lb1.max(lb2).max(lb3)
    }

    /// The bound for all tasks.
    pub(crate) fn all(&self) -> u32 {
        self.remaining(Assigned::default()).max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_bound_can_be_the_largest() {
        // LB1: 10 tasks of 3 at c = 10 → 30 / 10 = 3.
        assert_eq!(Bounds::new(&[3.0; 10], 10.0, 1e-9).all(), 3);
        // LB2: 4 tasks of 6 at c = 10 → 4 (LB1 = 3).
        assert_eq!(Bounds::new(&[6.0; 4], 10.0, 1e-9).all(), 4);
        // Two of exactly half share a station.
        assert_eq!(Bounds::new(&[5.0; 3], 10.0, 1e-9).all(), 2);
        // LB3: 3 tasks of 4 at c = 10 (each 1/2) → 2, and LB1 = 2; 5 of 4 → 3 (LB1 = 2).
        assert_eq!(Bounds::new(&[4.0; 5], 10.0, 1e-9).all(), 3);
        // 7, 7 (> 2c/3) and 4, 4, 4: 1 + 1 + 3/2 = 3.5 → 4, while LB1 = 3, LB2 = 2.
        let bounds = Bounds::new(&[7.0, 7.0, 4.0, 4.0, 4.0], 10.0, 1e-9);
        assert_eq!(bounds.all(), 4);
        let assigned = bounds.add(Assigned::default(), 0, 7.0);
        assert_eq!(bounds.remaining(assigned), 3);
    }
}
